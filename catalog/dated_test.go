package catalog

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDatedFactWordingFollowsTheDay(t *testing.T) {
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{day(2026, time.December, 4), "at the end of December 2026 (about 27 days from now: Microsoft names the month, not the day)"},
		{day(2026, time.December, 30).Add(23 * time.Hour), "(about 1 day from now: Microsoft names the month"},
		{day(2026, time.December, 31).Add(9 * time.Hour), "at the end of December 2026, that is now"},
		{day(2027, time.January, 15), "Since the end of December 2026, password (Basic) SMTP AUTH has been off by default"},
		{day(2027, time.January, 15), "your administrator can switch it back on until Microsoft's final removal"},
	} {
		got := FillDates("{when:ms-smtp-basic-default-off}", tc.now)
		assert.Contains(t, got, tc.want, "at %s", tc.now.Format(time.DateOnly))
		assert.NotContains(t, got, "{", "at %s", tc.now.Format(time.DateOnly))
	}
	// The wording never mixes tenses: before the date nothing says "since".
	assert.NotContains(t, FillDates("{when:ms-smtp-basic-default-off}", day(2026, time.December, 4)), "Since")
	assert.NotRegexp(t, `in \d+ days?`, FillDates("{when:ms-smtp-basic-default-off}", day(2027, time.January, 15)))
}

func TestDatedFactsWellFormed(t *testing.T) {
	require.NotEmpty(t, DatedFacts())
	for _, f := range DatedFacts() {
		require.NotEmpty(t, f.Phases, f.ID)
		assert.True(t, f.Phases[0].From.IsZero(), "%s: the first phase must start at the beginning of time", f.ID)
		for i := 1; i < len(f.Phases); i++ {
			assert.True(t, f.Phases[i-1].From.Before(f.Phases[i].From), "%s: phases out of order", f.ID)
		}
		assert.True(t, strings.HasPrefix(f.Source.URL, "https://"), f.ID)
		assert.Regexp(t, dateRE, f.Source.Checked, f.ID)
		assert.NotEmpty(t, f.Source.Section, f.ID)
		// Every phase renders without a placeholder, on every kind of day.
		for _, p := range f.Phases {
			for _, now := range []time.Time{p.From, p.From.Add(36 * time.Hour), f.Date, f.Date.AddDate(1, 0, 0)} {
				assert.NotContains(t, f.Wording(now), "{", "%s at %s", f.ID, now)
			}
		}
	}
}

// TestCitedFactsExist fails for a {when:id} in catalogue text whose id has
// no dated fact, and for a dated fact nothing cites.
func TestCitedFactsExist(t *testing.T) {
	cited := map[string]bool{}
	for _, e := range Entries() {
		for _, s := range entryTexts(e) {
			for _, id := range CitedFacts(s) {
				cited[id] = true
				assert.Contains(t, datedIndex, id, "%s@%s cites unknown dated fact %q", e.Code, e.Provider, id)
			}
		}
	}
	for _, f := range datedFacts {
		assert.True(t, cited[f.ID], "dated fact %s is cited by no entry", f.ID)
	}
}

func entryTexts(e Remediation) []string {
	out := []string{e.Title, e.Explanation, e.Warning}
	for _, s := range [][]string{e.UserSteps, e.AdminSteps, e.VendorSteps, e.NoLongerWorks} {
		out = append(out, s...)
	}
	return out
}
