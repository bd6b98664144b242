package diagnose

import (
	"maps"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkPrefilters fails when a rule's prefilter rejects a text its
// pattern matches: the prefilter would then change a classification.
func checkPrefilters(t *testing.T, text string, matched map[string]bool) {
	t.Helper()
	checkPrefiltersOf(t, text, matched, func(*rule) bool { return true })
}

// checkPrefiltersOf is checkPrefilters for the rules of which says yes.
func checkPrefiltersOf(t *testing.T, text string, matched map[string]bool, which func(*rule) bool) {
	t.Helper()
	// Rules read no more of a paste than Explain keeps (boundText).
	text, _ = boundText(text)
	lower := strings.ToLower(text)
	rules := compiledRules()
	for i := range rules {
		r := &rules[i]
		// A filled rule's prefilter is its phrases, pieces of the very
		// texts its pattern is made of (rules_thunderbird_send.go):
		// TestThunderbirdSendPieces checks them on every text.
		if r.re == nil || r.fill != nil || !which(r) || !r.re.MatchString(lower) {
			continue
		}
		if matched != nil {
			matched[r.ID] = true
		}
		if !r.pre.holds(lower) {
			t.Errorf("rule %s: pattern matches %q but its prefilter %q rejects it", r.ID, clipEvidence(text), r.pre)
		}
	}
	for _, w := range wrapperStages() {
		if len(w.phrases) == 0 && w.re.MatchString(lower) && !w.pre.holds(lower) {
			t.Errorf("wrapper stage %q: pattern matches %q but its prefilter %q rejects it", w.Pattern, clipEvidence(text), w.pre)
		}
	}
	if bounceStageRE.MatchString(lower) && !bounceStagePre.holds(lower) {
		t.Errorf("bounce stage: pattern matches %q but its prefilter %q rejects it", clipEvidence(text), bounceStagePre)
	}
}

// wordReading reports whether r is one of the word readings of
// rules_lexicon.go: long alternations of words on both sides of a gap,
// each about as slow over a text as twenty other rules together.
func wordReading(r *rule) bool { return strings.HasPrefix(r.ID, "lexicon-") }

// TestPrefilterAgreesWithPattern: on every text of the corpus, the fuzz
// seeds and the bad inputs, a rule whose pattern matches passes its
// prefilter, so rules decide exactly as the patterns alone did.
func TestPrefilterAgreesWithPattern(t *testing.T) {
	t.Parallel() // the longest test of the package: let the waiting ones run beside it
	var texts []string
	for _, r := range loadResponses(t) {
		texts = append(texts, r.Text)
		if c := cleanText(r.Text); c != r.Text {
			texts = append(texts, c)
		}
	}
	for _, s := range explainSeeds {
		texts = append(texts, s.text)
	}
	// Each rule's own stock texts: the phrases of the other rules and the
	// remediation's words are not enough to reach every branch, so also
	// every literal a prefilter names, alone and with its neighbours, and
	// the first literal of each of its groups together (what a pattern
	// that needs two words near each other needs).
	rules := compiledRules()
	own := make([][]string, len(rules))
	for i := range rules {
		var firsts []string
		for _, c := range rules[i].pre.prefilter {
			own[i] = append(own[i], strings.Join(c, " | "))
			firsts = append(firsts, c[0])
		}
		if len(firsts) > 1 {
			own[i] = append(own[i], strings.Join(firsts, " "))
		}
	}
	// Every pattern over every text is the package's longest test: about
	// 40 s, and ten times that under the race detector, which has nothing
	// to find in these pure functions but brought the package to go test's
	// 10-minute limit once the word readings came (each as slow as twenty
	// other rules). So under -race every rule but the word readings reads
	// one corpus and seed text in raceTextStride and every stock text, and
	// the word readings read one in raceWordStride and their own stock
	// texts (the same ones each run); go test without -race checks every
	// rule against every text, and FuzzPrefilter any text. The texts are
	// split over the processors.
	type job struct {
		text  string
		which func(*rule) bool
	}
	all := func(*rule) bool { return true }
	var jobs []job
	if raceSlowdown == 1 {
		for _, s := range texts {
			jobs = append(jobs, job{s, all})
		}
		for _, o := range own {
			for _, s := range o {
				jobs = append(jobs, job{s, all})
			}
		}
	} else {
		others := func(r *rule) bool { return !wordReading(r) }
		for i, s := range texts {
			switch {
			case i%raceWordStride == 0:
				jobs = append(jobs, job{s, all})
			case i%raceTextStride == 0:
				jobs = append(jobs, job{s, others})
			}
		}
		// Every rule's own stock texts against itself; against the other
		// rules, those of one rule in raceOwnStride (the cross-check of
		// every stock text with every rule was two thirds of the package's
		// time under -race, 300 s of 900 on a slow day).
		for i, o := range own {
			self := &rules[i]
			cross := i%raceOwnStride == 0
			for _, s := range o {
				jobs = append(jobs, job{s, func(r *rule) bool { return r == self || cross && !wordReading(r) && !wordReading(self) }})
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	found := make([]map[string]bool, workers)
	var wg sync.WaitGroup
	for w := range workers {
		found[w] = map[string]bool{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(jobs); i += workers {
				checkPrefiltersOf(t, jobs[i].text, found[w], jobs[i].which)
			}
		}()
	}
	wg.Wait()
	matched := map[string]bool{}
	for _, f := range found {
		maps.Copy(matched, f)
	}
	// The texts reach most patterns, so the check above is not vacuous.
	var patterns int
	for _, r := range compiledRules() {
		if r.re != nil && r.fill == nil {
			patterns++
		}
	}
	assert.Greater(t, len(matched), patterns*3/4, "only %d of %d patterns matched any text", len(matched), patterns)
}

// raceTextStride: under -race, TestPrefilterAgreesWithPattern checks one
// corpus text in this many against every rule but the word readings;
// raceWordStride, one in this many against the word readings too.
// raceOwnStride, the rules whose own stock texts are checked against the
// other rules too (every rule's against itself).
const (
	raceTextStride = 4
	raceWordStride = 32
	raceOwnStride  = 3
)

// TestPrefilterEveryPattern: every rule's pattern has a prefilter, so no
// rule runs its regexp over every 64 KiB paste (docs/benchmarks.md).
func TestPrefilterEveryPattern(t *testing.T) {
	for _, r := range compiledRules() {
		switch {
		case r.re != nil && r.fill != nil:
			// Its phrases are its prefilter (compileRules).
			assert.NotEmpty(t, r.Phrases, "rule %s: a filled rule has phrases", r.ID)
		case r.re != nil:
			assert.NotEmpty(t, r.pre.prefilter, "rule %s: pattern %q yields no prefilter", r.ID, r.Pattern)
		}
	}
}

// TestPrefilterFor pins the analysis on small patterns.
func TestPrefilterFor(t *testing.T) {
	cases := []struct {
		pattern string
		want    prefilter
	}{
		{`rate[- ]limit`, prefilter{{"rate limit", "rate-limit"}}},
		{`too many .* attempts`, prefilter{{"too many "}, {" attempts"}}},
		{`e-?mail|mailbox`, prefilter{{"e-mail", "email", "mailbox"}}},
		{`sender.{0,40}(rejected|denied)`, prefilter{{"sender"}, {"denied", "rejected"}}},
		{`\bauth(entication)? error`, prefilter{{"auth error", "authentication error"}}},
		{`(?i)password`, nil}, // case folding: strings.Contains cannot tell
		{`.*|password`, nil},  // a branch that requires nothing
		{`x*`, nil},           // may match the empty string
		{`(ab)+c`, prefilter{{"ab"}, {"c"}}},
		{`[a-z]+ quota`, prefilter{{" quota"}}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, prefilterFor(c.pattern), c.pattern)
	}
}

// FuzzPrefilter: for any text, a rule's prefilter never rejects what its
// pattern matches.
//
// Its seeds are explainSeeds, which TestPrefilterAgreesWithPattern also
// checks. Under -race, where every pattern over every seed took two
// minutes on its own (the package then neared go test's 10-minute
// limit), the seeds are one in raceTextStride, starting at the second
// (TestPrefilterAgreesWithPattern samples its own share of them there);
// without -race, both check every seed.
func FuzzPrefilter(f *testing.F) {
	for i, s := range explainSeeds {
		if raceSlowdown == 1 || i%raceTextStride == 1 {
			f.Add(s.text)
		}
	}
	f.Add("account has been blocked from sending due to spam")
	f.Add("552 5.2.2 mailbox full; over quota")
	f.Fuzz(func(t *testing.T, text string) {
		checkPrefilters(t, text, nil)
	})
}

func TestPrefilterHolds(t *testing.T) {
	p := prefilter{{"abc", "xyz"}, {"def"}}
	require.True(t, p.holds("..xyz..def"))
	require.False(t, p.holds("..xyz..de"))
	require.False(t, p.holds("def"))
	require.True(t, prefilter(nil).holds(""))
}

// TestServerPrefixMarks: every line of the corpus and the held-out
// rounds that has a server prefix holds one of serverPrefixMarks, so the
// quick check in afterServerPrefix never hides a prefix.
func TestServerPrefixMarks(t *testing.T) {
	rows := loadResponses(t)
	for _, r := range loadHeldOut(t) {
		rows = append(rows, r.Rows...)
	}
	var prefixed int
	for _, r := range rows {
		for _, l := range strings.Split(r.Text, "\n") {
			l = strings.TrimSpace(l)
			if serverPrefixRE.MatchString(l) {
				prefixed++
				assert.True(t, mayHoldServerPrefix(l), "%s: %q has a server prefix and none of its marks", r.ID, l)
			}
		}
	}
	assert.Greater(t, prefixed, 100, "lines with a server prefix")
}

// FuzzServerPrefixMarks: on any line, a server prefix comes with one of
// serverPrefixMarks.
func FuzzServerPrefixMarks(f *testing.F) {
	for _, s := range []string{"S: 250 ok", "C: EHLO x", "12:00:01 [S] 535 no", "SERVER -> CLIENT: 220 hi", "SMTP -> FROM SERVER:250", "<-- 235 ok",
		"Net::SMTP=GLOB(0x5f0a)<<< 250 ok", "IMAP4< a1 OK", "POP3< +OK", "[IMAP] * OK", "[POP] +OK", "=> Received: 250", "<~* 250", "<** 550 x",
		"5< a1 NO x", "2024-01-01 Out: 220 x", "Recv: 250", "RECEIVED: 250", "SENT: 250", "SMTP Response: 535", "Imap.S: * OK", "< 220 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if serverPrefixRE.MatchString(l) && !mayHoldServerPrefix(l) {
			t.Errorf("%q has a server prefix and none of its marks", l)
		}
	})
}
