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
		{day(2027, time.January, 15), "tenants created since do not have it by default; an administrator can switch it back on until Microsoft's final removal"},
		// The day is the calendar day of the time given, in its own
		// location: 00:30 on 1 January in UTC+14 is already "since",
		// though it is still 31 December in UTC.
		{time.Date(2027, time.January, 1, 0, 30, 0, 0, time.FixedZone("UTC+14", 14*3600)), "Since the end of December 2026"},
		{time.Date(2026, time.December, 31, 23, 30, 0, 0, time.FixedZone("UTC-8", -8*3600)), "that is now"},
	} {
		got := FillDates("{when:ms-smtp-basic-default-off}", tc.now)
		assert.Contains(t, got, tc.want, "at %s", tc.now.Format(time.DateOnly))
		assert.NotContains(t, got, "{", "at %s", tc.now.Format(time.DateOnly))
	}
	// The wording never mixes tenses: before the date nothing says "since".
	assert.NotContains(t, FillDates("{when:ms-smtp-basic-default-off}", day(2026, time.December, 4)), "Since")
	assert.NotRegexp(t, `in \d+ days?`, FillDates("{when:ms-smtp-basic-default-off}", day(2027, time.January, 15)))

	// A rollout that ends on a named day says so on that day, not "in 0
	// days" (review of 2026-12-06).
	tls := FillDates("{when:ms-imap-pop-tls12}", day(2026, time.December, 31))
	assert.Contains(t, tls, "to be complete at the end of December 2026, today")
	assert.Contains(t, FillDates("{when:ms-imap-pop-tls12}", day(2026, time.December, 30)), "2026, tomorrow")
	assert.Contains(t, FillDates("{when:ms-imap-pop-tls12}", day(2026, time.December, 6)), "2026, in 25 days")
}

// TestSMTPStatusIsHedgedAfterTheAnnouncement: once Microsoft's promised
// announcement of the final removal is past, mailcheck no longer says
// password sending "still works"; it says when that was last true.
func TestSMTPStatusIsHedgedAfterTheAnnouncement(t *testing.T) {
	assert.Contains(t, FillDates("{when:ms-smtp-password-status}", day(2026, time.December, 6)), "still works where")
	later := FillDates("{when:ms-smtp-password-status}", day(2028, time.June, 1))
	assert.NotContains(t, later, "still works")
	assert.Contains(t, later, "When mailcheck's facts were checked (December 2026)")
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
		// Every day from a year before the fact to two years after it
		// renders without a placeholder, a count of none ("in 0 days": the
		// fact's own day needs its own wording), a count written wrongly
		// or one that has gone negative.
		for now := f.Date.AddDate(-1, 0, 0); now.Before(f.Date.AddDate(2, 0, 0)); now = now.AddDate(0, 0, 1) {
			w := f.Wording(now)
			assert.NotRegexp(t, `\{|\b0 days|\b1 days|-\d|days ago`, w, "%s on %s", f.ID, now.Format(time.DateOnly))
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
