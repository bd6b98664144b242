package diagnose

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkScan fails when the automaton's answer for any literal differs
// from strings.Contains on text.
func checkScan(t *testing.T, a *acAutomaton, list []string, text string) {
	t.Helper()
	sc := a.scan(text)
	for id, lit := range list {
		if got, want := sc.has(int32(id), lit), strings.Contains(text, lit); got != want {
			t.Fatalf("literal %q in %q: scan says %v, strings.Contains %v", lit, clipEvidence(text), got, want)
		}
	}
}

// TestLitScanSmall: overlapping literals, suffixes of one another, found
// at the end of the text, in the middle, or not at all.
func TestLitScanSmall(t *testing.T) {
	list := []string{"he", "she", "his", "hers", "e", "usher", "rate limit", "limit", "ate li", "xyz", "\xff\x00"}
	a := newAutomaton(list)
	for _, text := range []string{"", "ushers", "his rate limit", "rate limi", "shis", "hhhhhe", "limit", "xy z", "a\xff\x00b", "she sells"} {
		checkScan(t, a, list, text)
	}
	sc := a.scan("ushers")
	for id, want := range []bool{true, true, false, true, true, true, false, false, false, false, false} {
		assert.Equal(t, want, sc.has(int32(id), list[id]), "%q in ushers", list[id])
	}
}

// TestLitScanAgreesWithContains: with every literal the tables name,
// over the corpus joined into long texts, over each text alone, and over
// random bytes drawn from the literals themselves.
func TestLitScanAgreesWithContains(t *testing.T) {
	a := theAutomaton()
	list := lits.list[:a.n]
	require.Greater(t, len(list), 1000, "the tables name fewer literals than expected")
	var b strings.Builder
	for i, r := range loadResponses(t) {
		lower := strings.ToLower(r.Text)
		if i%50 == 0 {
			checkScan(t, a, list, lower)
		}
		b.WriteString(lower)
		b.WriteString("\n")
		if b.Len() > 16<<10 {
			checkScan(t, a, list, b.String())
			b.Reset()
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		b.Reset()
		for b.Len() < 4<<10 {
			lit := list[rng.IntN(len(list))]
			// A literal cut short or whole, so that near misses abound.
			b.WriteString(lit[:rng.IntN(len(lit)+1)])
		}
		checkScan(t, a, list, b.String())
	}
}

// TestLitScanExplainSame: Explain answers the same with the scan as with
// the prefilters' own strings.Contains, on long pastes made of corpus
// texts.
func TestLitScanExplainSame(t *testing.T) {
	rows := loadResponses(t)
	filler := strings.Repeat("2026-12-05 01:02:03 sync: fetched 12 messages from INBOX in 0.4s\n", 20)
	for i, r := range rows {
		if i%(4*raceSlowdown) != 0 { // under -race, a tenth as many
			continue
		}
		text := filler + r.Text
		h := Hints{Protocol: r.Protocol, Host: r.Host, Stage: probe.Stage(r.Stage)}
		with := Explain(text, h)
		old := scanMinLen
		scanMinLen = 1 << 30
		without := Explain(text, h)
		scanMinLen = old
		assert.Equal(t, without.Code, with.Code, "%s", r.ID)
		assert.Equal(t, without.Evidence, with.Evidence, "%s", r.ID)
	}
}

// FuzzLitScan: for any text, the scan agrees with strings.Contains on
// every literal the tables name.
func FuzzLitScan(f *testing.F) {
	for _, s := range []string{"", "535 5.7.8 username and password not accepted", "rate limit exceeded", "\xff\xfe", strings.Repeat("ab", 600)} {
		f.Add(s)
	}
	a := theAutomaton()
	list := lits.list[:a.n]
	f.Fuzz(func(t *testing.T, text string) {
		checkScan(t, a, list, strings.ToLower(text))
	})
}

// BenchmarkLitScan: one automaton pass over a 64 KiB log, against which
// the per-literal scans it replaces are measured by BenchmarkExplainLarge.
func BenchmarkLitScan(b *testing.B) {
	text := strings.Repeat("2026-12-05 01:02:03 info sync: fetched 12 messages from inbox for user@example.com in 0.4s\n", 800)[:maxExplainBytes]
	a := theAutomaton()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = a.scan(text)
	}
}

// TestLitScanKnowsTheRulesLiterals: the scanner is built after the rules
// register their literals, even when the first thing a process does is
// scan a long text (Explain scans before it matches rules) and another
// goroutine compiles the rules at the same time (Diagnose starts the
// compile in the background). Run in a fresh process, where neither has
// happened yet; under -race it also shows the two do not race.
func TestLitScanKnowsTheRulesLiterals(t *testing.T) {
	if os.Getenv("MAILCHECK_SCAN_FIRST") == "1" {
		done := make(chan struct{})
		go func() { compiledRules(); close(done) }()
		sc := scanText(strings.Repeat("535 5.7.8 Error: authentication failed ", 64))
		<-done
		require.NotNil(t, sc)
		require.Equal(t, int32(len(lits.list)), sc.n, "the scanner knows every literal the rules registered")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLitScanKnowsTheRulesLiterals$", "-test.count=1")
	cmd.Env = append(os.Environ(), "MAILCHECK_SCAN_FIRST=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "PASS")
}
