package diagnose

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Held-out rounds (issue 10: "on real texts that this project has never
// seen, at least 85 % of primary codes right"). The corpus in
// responses.json is what the rules were written beside, so its score is an
// upper bound. A held-out round is a set of real texts collected and
// labelled by someone who did not read the rules and did not run the
// classifier on them; it is scored once, before any rule is changed
// because of it, and that first score is recorded in
// testdata/heldout/scores.json. Only that first score measures texts
// never seen; the current score on an older round is reported beside it
// but says nothing new. See testdata/heldout/README.md.

// minHeldOutRight is issue 10's target for texts never seen: the share of
// primary codes right at a round's first score.
const minHeldOutRight = 0.85

// heldOutRound is one file of testdata/heldout.
type heldOutRound struct {
	Round int
	File  string
	Rows  []responseRow
}

// heldOutScore is a round's first score, as recorded before any rule was
// changed because of the round.
type heldOutScore struct {
	Round int `json:"round"`
	Texts int `json:"texts"`
	Right int `json:"right"`
	// OKCalledFailure counts texts labelled ok that the classifier
	// answered with a failure.
	OKCalledFailure int `json:"ok_called_failure"`
	HighRight       int `json:"high_right"`
	High            int `json:"high"`
	// TextTexts and TextRight count the texts whose own words decide
	// their label (the collector's note starts with "text:"; the others
	// start with "context:", labelled from what the source found later).
	// Rounds from 17 on mark every text so.
	TextTexts int `json:"text_texts,omitempty"`
	TextRight int `json:"text_right,omitempty"`
	// Top2Right counts the texts whose label is the primary code or the
	// first alternative the finding ranks (recorded from round 26 on): a
	// person reading the finding meets the right code first or second.
	Top2Right int `json:"top2_right,omitempty"`
	// Commit is the main commit the round was scored at, Date the day.
	Commit string `json:"commit"`
	Date   string `json:"date"`
	Note   string `json:"note"`
}

var roundFile = regexp.MustCompile(`^round(\d+)\.json$`)

func loadHeldOut(t testing.TB) []heldOutRound {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", "heldout"))
	require.NoError(t, err)
	var rounds []heldOutRound
	for _, e := range entries {
		m := roundFile.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", "heldout", e.Name()))
		require.NoError(t, err)
		var r heldOutRound
		_, err = fmt.Sscan(m[1], &r.Round)
		require.NoError(t, err)
		r.File = e.Name()
		require.NoError(t, json.Unmarshal(b, &r.Rows), e.Name())
		rounds = append(rounds, r)
	}
	sort.Slice(rounds, func(i, j int) bool { return rounds[i].Round < rounds[j].Round })
	return rounds
}

func loadHeldOutScores(t testing.TB) map[int]heldOutScore {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "heldout", "scores.json"))
	require.NoError(t, err)
	var list []heldOutScore
	require.NoError(t, json.Unmarshal(b, &list))
	out := map[int]heldOutScore{}
	for _, s := range list {
		out[s.Round] = s
	}
	return out
}

// heldOutTally scores one round as it is scored the first time, from the
// corpus's own summary.
func heldOutTally(res []corpusResult) heldOutScore {
	s := summarise(res)
	var okCalledFailure int
	for got, n := range s.confusion[CodeOK] {
		if got != CodeOK {
			okCalledFailure += n
		}
	}
	out := heldOutScore{Texts: s.total, Right: s.right, OKCalledFailure: okCalledFailure,
		High: s.byConf[ConfidenceHigh], HighRight: s.rightByConf[ConfidenceHigh]}
	for _, r := range res {
		if r.got.Code == r.row.Code || len(r.got.Alternatives) > 0 && r.got.Alternatives[0].Code == r.row.Code {
			out.Top2Right++
		}
		if textDecides(r.row) {
			out.TextTexts++
			if r.got.Code == r.row.Code {
				out.TextRight++
			}
		}
	}
	return out
}

// textDecides reports whether a held-out text's collector found that its
// own words decide its label.
func textDecides(r responseRow) bool {
	return strings.HasPrefix(r.Note, "text:")
}

// normText is a text as compared for "seen before": case, spacing and
// line breaks do not make a text new.
func normText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// TestHeldOut checks each held-out round: real texts with sources, none
// in the corpus the rules were written beside, a first score recorded for
// every round, and the classifier now at least as right on each round as
// the target. Scoring a new round: run
// go test ./diagnose -run TestHeldOut -v before touching any rule, and
// record the logged first score in testdata/heldout/scores.json.
func TestHeldOut(t *testing.T) {
	rounds := loadHeldOut(t)
	require.NotEmpty(t, rounds, "testdata/heldout holds no round")
	scores := loadHeldOutScores(t)

	seen := map[string]string{}
	for _, r := range loadResponses(t) {
		seen[normText(r.Text)] = r.ID
	}
	ids := map[string]bool{}
	for _, round := range rounds {
		prefix := fmt.Sprintf("r%d-", round.Round)
		for _, r := range round.Rows {
			assert.True(t, strings.HasPrefix(r.ID, prefix), "%s: %s ids start with %q", r.ID, round.File, prefix)
			assert.False(t, ids[r.ID], "%s: duplicate id", r.ID)
			ids[r.ID] = true
			if id, ok := seen[normText(r.Text)]; ok {
				assert.Fail(t, "a held-out text is in the corpus", "%s is %s of responses.json (or another held-out text)", r.ID, id)
			}
			seen[normText(r.Text)] = r.ID
			assert.True(t, strings.HasPrefix(r.Source, "https://") || strings.HasPrefix(r.Source, "http://"), "%s: source %q", r.ID, r.Source)
			// Year 0: the page gives no date (a knowledge-base article).
			assert.True(t, r.Year == 0 || r.Year >= 1995 && r.Year <= 2026, "%s: year %d", r.ID, r.Year)
			assert.True(t, r.Code.Known(), "%s: unknown code %q", r.ID, r.Code)
			for _, a := range r.Alternatives {
				assert.True(t, a.Known(), "%s: unknown alternative %q", r.ID, a)
			}
			assert.NotEmpty(t, strings.TrimSpace(r.Text), "%s: empty text", r.ID)
		}

		now := heldOutTally(explainCorpus(round.Rows))
		t.Logf("round %d (%s): %d texts, %d right (%s), ok called a failure %d, high-confidence right %d of %d, own words decide %d right of %d, primary or first alternative right %d",
			round.Round, round.File, now.Texts, now.Right, pct(now.Right, now.Texts), now.OKCalledFailure, now.HighRight, now.High, now.TextRight, now.TextTexts, now.Top2Right)
		first, ok := scores[round.Round]
		if !assert.True(t, ok, "round %d has no first score in testdata/heldout/scores.json: record the score above before changing any rule", round.Round) {
			continue
		}
		assert.Equal(t, first.Texts, len(round.Rows), "round %d changed after its first score: a text added later was not held out; start a new round", round.Round)
		if first.TextTexts > 0 {
			assert.Equal(t, first.TextTexts, now.TextTexts, "round %d: texts marked \"text:\" changed after its first score", round.Round)
		}
		assert.NotEmpty(t, first.Commit, "round %d: the commit it was first scored at", round.Round)
		assert.Zero(t, now.OKCalledFailure, "round %d: an ok text is called a failure", round.Round)
		// Rules changed after a round's first score must not lose what it
		// got right then. The 85 % target is reported in docs/accuracy.md,
		// not asserted: a test cannot make texts never seen come out right.
		assert.GreaterOrEqual(t, now.Right, first.Right, "round %d: fewer right now than at its first score", round.Round)
	}
	for n := range scores {
		found := false
		for _, r := range rounds {
			found = found || r.Round == n
		}
		assert.True(t, found, "scores.json records round %d, which has no file", n)
	}
}

// heldOutDoc is the held-out section of docs/accuracy.md.
func heldOutDoc(t testing.TB) string {
	rounds := loadHeldOut(t)
	scores := loadHeldOutScores(t)
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("\n## Texts never seen: held-out rounds\n\n")
	w("Each round in [diagnose/testdata/heldout](../diagnose/testdata/heldout/README.md) was collected\n")
	w("and labelled by someone who had not read the rules and did not run mailcheck on the texts, and\n")
	w("was scored once, before any rule was changed because of it. That first score is the measure of\n")
	w("texts never seen (issue 10's target: at least 85 %% of primary codes right, no `ok` text called\n")
	w("a failure). After its first score a round is no longer unseen: rules may be improved on its\n")
	w("misses, so its current score is shown only beside the first.\n\n")
	w("| round | texts | first score (never seen) | ok called a failure | high confidence right | scored at | now |\n")
	w("|---|---:|---:|---:|---:|---|---:|\n")
	var all []corpusResult
	for _, round := range rounds {
		res := explainCorpus(round.Rows)
		all = append(all, res...)
		now := heldOutTally(res)
		first, ok := scores[round.Round]
		if !ok {
			w("| %d | %d | not scored yet | | | | %s |\n", round.Round, now.Texts, pct(now.Right, now.Texts))
			continue
		}
		w("| %d | %d | %d (%s) | %d | %d of %d | %s, %s | %d (%s) |\n", round.Round, first.Texts,
			first.Right, pct(first.Right, first.Texts), first.OKCalledFailure, first.HighRight, first.High,
			first.Date, shortCommit(first.Commit), now.Right, pct(now.Right, now.Texts))
	}
	var firstRight, firstTexts int
	for _, round := range rounds {
		if s, ok := scores[round.Round]; ok {
			firstRight += s.Right
			firstTexts += s.Texts
		}
	}
	if firstTexts > 0 {
		verdict := "met"
		if float64(firstRight)/float64(firstTexts) < minHeldOutRight {
			verdict = "not met"
		}
		w("\nAll rounds at their first score: %d of %d right (%s); the target of %.0f %% is %s.\n",
			firstRight, firstTexts, pct(firstRight, firstTexts), 100*minHeldOutRight, verdict)
	}
	// recorded sums a figure over the rounds whose first score holds it.
	recorded := func(figure func(heldOutScore) (right, texts int, held bool)) (right, texts int, names []string) {
		for _, round := range rounds {
			if s, ok := scores[round.Round]; ok {
				if r, n, held := figure(s); held {
					right, texts = right+r, texts+n
					names = append(names, fmt.Sprint(round.Round))
				}
			}
		}
		return right, texts, names
	}
	if textRight, textTexts, textRounds := recorded(func(s heldOutScore) (int, int, bool) { return s.TextRight, s.TextTexts, s.TextTexts > 0 }); textTexts > 0 {
		w("\nFrom round %s on, collectors mark whether a text's own words decide its label, or whether\n", textRounds[0])
		w("the label comes from what its source found later (the note starts with `text:` or `context:`).\n")
		w("On texts whose own words decide (rounds %s), at their first score: %d of %d right (%s).\n",
			strings.Join(textRounds, ", "), textRight, textTexts, pct(textRight, textTexts))
	}
	if top2Right, top2Texts, top2Rounds := recorded(func(s heldOutScore) (int, int, bool) { return s.Top2Right, s.Texts, s.Top2Right > 0 }); top2Texts > 0 {
		w("\nFrom round %s on, the first score also records how often the label is the primary code or\n", top2Rounds[0])
		w("the first alternative the finding ranks, the two codes a person reads first (rounds %s):\n", strings.Join(top2Rounds, ", "))
		w("%d of %d (%s).\n", top2Right, top2Texts, pct(top2Right, top2Texts))
	}
	b.WriteString(secondLabelDoc(t, rounds))
	for _, round := range rounds {
		if s, ok := scores[round.Round]; ok && s.Note != "" {
			w("\nRound %d: %s\n", round.Round, s.Note)
		}
	}
	w("\n### Held-out texts missed now\n\n")
	if s := summarise(all); s.right == s.total {
		w("None.\n")
		return b.String()
	}
	writeMisses(&b, all)
	return b.String()
}

func shortCommit(c string) string {
	if len(c) > 12 {
		return c[:12]
	}
	return c
}
