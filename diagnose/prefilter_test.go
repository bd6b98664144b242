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
	// Rules read no more of a paste than Explain keeps (boundText).
	text, _ = boundText(text)
	lower := strings.ToLower(text)
	for i := range rules {
		r := &rules[i]
		if r.re == nil || !r.re.MatchString(lower) {
			continue
		}
		if matched != nil {
			matched[r.ID] = true
		}
		if !r.pre.holds(lower) {
			t.Errorf("rule %s: pattern matches %q but its prefilter %q rejects it", r.ID, clipEvidence(text), r.pre)
		}
	}
	for _, w := range wrapperStages {
		if w.re.MatchString(lower) && !w.pre.holds(lower) {
			t.Errorf("wrapper stage %q: pattern matches %q but its prefilter %q rejects it", w.Pattern, clipEvidence(text), w.pre)
		}
	}
	if bounceStageRE.MatchString(lower) && !bounceStagePre.holds(lower) {
		t.Errorf("bounce stage: pattern matches %q but its prefilter %q rejects it", clipEvidence(text), bounceStagePre)
	}
}

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
	sampled := len(texts) // the texts above; under -race, one in raceTextStride
	// Each rule's own stock texts: the phrases of the other rules and the
	// remediation's words are not enough to reach every branch, so also
	// every literal a prefilter names, alone and with its neighbours.
	for _, r := range rules {
		for _, c := range r.pre.prefilter {
			texts = append(texts, strings.Join(c, " | "))
		}
	}
	// Every pattern over every text is the package's longest test: about
	// 20 s, and ten times that under the race detector, which has nothing
	// to find in these pure functions but brought the package near go
	// test's 10-minute limit on a loaded machine. So under -race only every
	// raceTextStride-th corpus and seed text is checked (the same ones
	// each run), beside every rule's own stock texts; go test without
	// -race checks them all, and FuzzPrefilter any text. The texts are
	// split over the processors.
	if raceSlowdown > 1 {
		var kept []string
		for i, s := range texts {
			if i >= sampled || i%raceTextStride == 0 {
				kept = append(kept, s)
			}
		}
		texts = kept
	}
	workers := runtime.GOMAXPROCS(0)
	found := make([]map[string]bool, workers)
	var wg sync.WaitGroup
	for w := range workers {
		found[w] = map[string]bool{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(texts); i += workers {
				checkPrefilters(t, texts[i], found[w])
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
	for _, r := range rules {
		if r.re != nil {
			patterns++
		}
	}
	assert.Greater(t, len(matched), patterns*3/4, "only %d of %d patterns matched any text", len(matched), patterns)
}

// raceTextStride: under -race, TestPrefilterAgreesWithPattern checks one
// corpus text in this many.
const raceTextStride = 4

// TestPrefilterEveryPattern: every rule's pattern has a prefilter, so no
// rule runs its regexp over every 64 KiB paste (docs/benchmarks.md).
func TestPrefilterEveryPattern(t *testing.T) {
	for _, r := range rules {
		if r.re != nil {
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
