package catalog

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
)

// A DatedFact is a change a provider announced for a day, kept as data so
// that advice can be worded for the day it is read: "in 27 days" before
// it, "since" after it. Entries cite one by id in their text as
// {when:<id>}; [FillDates] replaces it.
type DatedFact struct {
	// ID names the fact in entry text ("ms-smtp-basic-default-off").
	ID string
	// Date is the day the change takes effect, as the provider gives it;
	// where the provider names a month ("the end of December 2026") the
	// last day of that month.
	Date time.Time
	// Phases are the wordings, each valid from its From day until the
	// next phase's; the first phase has a zero From. Text may contain
	// {days} (whole days from the reading day to Date; "1 day", "27 days"),
	// {in days} ("in 27 days", "tomorrow", "today") and {date} (Date as
	// "31 December 2026").
	Phases []Phase
	// Source is where the date comes from.
	Source Source
}

// Phase is one wording of a dated fact.
type Phase struct {
	From time.Time
	Text string
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// datedFacts are every dated fact the catalogue cites. docs/providers.md
// gives each one's source and the day it was checked.
var datedFacts = []DatedFact{
	{
		// docs/providers.md §1, "Servers": the Exchange Team's post of 27
		// April 2026 and Message Center MC1293480. The regular endpoints
		// refuse TLS 1.0 and 1.1 since 2023; this retires the opt-in
		// legacy endpoints that still took them.
		ID:   "ms-imap-pop-tls12",
		Date: day(2026, time.December, 31),
		Phases: []Phase{
			{Text: "its regular IMAP and POP endpoints have refused TLS 1.0 and 1.1 since 2023, and the opt-in legacy endpoints that still take them (imap-legacy.office365.com, pop-legacy.office365.com) are retired in a rollout from July to the end of December 2026"},
			{From: day(2026, time.July, 1), Text: "its regular IMAP and POP endpoints have refused TLS 1.0 and 1.1 since 2023, and Microsoft is retiring the opt-in legacy endpoints that still take them (imap-legacy.office365.com, pop-legacy.office365.com) in a rollout to be complete at the end of December 2026, {in days}"},
			{From: day(2027, time.January, 1), Text: "its regular IMAP and POP endpoints have refused TLS 1.0 and 1.1 since 2023, and since the end of December 2026 the opt-in legacy endpoints that took them (imap-legacy.office365.com, pop-legacy.office365.com) are retired as well"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/t5/exchange-team-blog/deprecating-legacy-tls-and-endpoints-for-pop-and-imap-in/ba-p/4515201", Section: "§1", Checked: "2026-12-06"},
	},
	{
		// docs/providers.md §1, "Timeline": the Exchange Team's update of
		// 27 January 2026 put the March–April 2026 cut-off on hold.
		ID:   "ms-smtp-basic-default-off",
		Date: day(2026, time.December, 31),
		Phases: []Phase{
			{Text: "Microsoft switches password (Basic) SMTP AUTH off by default for existing tenants at the end of December 2026 (about {days} from now: Microsoft names the month, not the day), and tenants created after that do not have it by default; an administrator can switch it back on until Microsoft's final removal"},
			{From: day(2026, time.December, 31), Text: "Microsoft switches password (Basic) SMTP AUTH off by default for existing tenants at the end of December 2026, that is now (Microsoft names the month, not the day), and tenants created after that do not have it by default; an administrator can switch it back on until Microsoft's final removal"},
			{From: day(2027, time.January, 1), Text: "Since the end of December 2026, password (Basic) SMTP AUTH has been off by default in existing tenants, and tenants created since do not have it by default; an administrator can switch it back on until Microsoft's final removal"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835", Section: "§1", Checked: "2026-12-06"},
	},
	{
		// The same change read as a cause: from the end of December 2026
		// Microsoft's new default is the likeliest reason an existing
		// tenant refuses a password for sending.
		ID:   "ms-smtp-switch-cause",
		Date: day(2026, time.December, 31),
		Phases: []Phase{
			{Text: "the SMTP AUTH switch of the mailbox or tenant"},
			{From: day(2026, time.December, 31), Text: "the SMTP AUTH switch of the mailbox or tenant (Microsoft turns it off by default in existing tenants at the end of December 2026, that is now, so this may be the cause)"},
			{From: day(2027, time.January, 1), Text: "the SMTP AUTH switch of the mailbox or tenant (off by default since the end of December 2026 in existing tenants, and in tenants created since: the likeliest cause where no administrator has switched it on)"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835", Section: "§1", Checked: "2026-12-06"},
	},
	{
		// What the facts say about password sending today; once Microsoft's
		// promised announcement is past, it says what was true when the
		// facts were checked instead of claiming it still is.
		ID:   "ms-smtp-password-status",
		Date: day(2027, time.December, 31),
		Phases: []Phase{
			{Text: "Password sign-in for sending (SMTP AUTH) still works where the tenant and mailbox allow it"},
			{From: day(2028, time.January, 1), Text: "When mailcheck's facts were checked (December 2026), password sign-in for sending (SMTP AUTH) still worked where the tenant and mailbox allowed it"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835", Section: "§1", Checked: "2026-12-06"},
	},
	{
		// docs/providers.md §1, "Timeline": the same update promises the
		// final removal date for the second half of 2027.
		ID:   "ms-smtp-final-removal",
		Date: day(2027, time.December, 31),
		Phases: []Phase{
			{Text: "Microsoft will announce the date of the final removal in the second half of 2027"},
			{From: day(2027, time.July, 1), Text: "Microsoft said it would announce the date of the final removal in the second half of 2027, after mailcheck's facts were checked: look for it on Microsoft's page before relying on password SMTP AUTH"},
			{From: day(2028, time.January, 1), Text: "Microsoft planned to announce the date of the final removal in the second half of 2027, after mailcheck's facts were checked; the removal may have happened: check Microsoft's page"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835", Section: "§1", Checked: "2026-12-05"},
	},
	{
		// docs/providers.md §1, "Exchange Web Services".
		ID:   "ms-ews-retirement",
		Date: day(2027, time.April, 1),
		Phases: []Phase{
			{Text: "Exchange Online blocks EWS from 1 October 2026 in tenants that left its setting at the default, and switches EWS off for every tenant on {date}, {in days}"},
			{From: day(2026, time.October, 1), Text: "Since 1 October 2026 Exchange Online blocks EWS in tenants that left its setting at the default, and on {date}, {in days}, it switches EWS off for every tenant, with no exceptions"},
			{From: day(2027, time.April, 1), Text: "Since 1 April 2027 Exchange Online has switched EWS off for every tenant, with no exceptions"},
		},
		Source: Source{URL: "https://blog.tophhie.cloud/m365-message-center/message/mc1227454/", Section: "§1", Checked: "2026-12-05"},
	},
}

var datedIndex = func() map[string]*DatedFact {
	m := make(map[string]*DatedFact, len(datedFacts))
	for i := range datedFacts {
		m[datedFacts[i].ID] = &datedFacts[i]
	}
	return m
}()

// DatedFacts returns a copy of every dated fact, by date.
func DatedFacts() []DatedFact {
	out := make([]DatedFact, len(datedFacts))
	for i, f := range datedFacts {
		f.Phases = append([]Phase(nil), f.Phases...)
		out[i] = f
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Date.Before(out[b].Date) })
	return out
}

// Wording returns the fact's wording on the calendar day now falls on, in
// now's own location (a caller in UTC+14 gets its own day, not UTC's;
// the CLI's --as-of is a UTC midnight, so its day is the one written),
// with the placeholders filled in.
func (f DatedFact) Wording(now time.Time) string {
	y, m, d := now.Date()
	today := day(y, m, d)
	text := ""
	for _, p := range f.Phases {
		if !today.Before(p.From) {
			text = p.Text
		}
	}
	days := int(f.Date.Sub(today).Hours() / 24)
	text = strings.ReplaceAll(text, "{in days}", inDays(days))
	text = strings.ReplaceAll(text, "{days}", countDays(days))
	return strings.ReplaceAll(text, "{date}", f.Date.Format("2 January 2006"))
}

// countDays is "1 day" or "27 days" (a count, whatever its sign).
func countDays(n int) string {
	if n < 0 {
		n = -n
	}
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// inDays is how far ahead the fact's day is, as a phrase: "in 27 days",
// "tomorrow", "today"; a day already past (a phase that should have
// ended) reads "27 days ago" rather than a negative count.
func inDays(n int) string {
	switch {
	case n == 0:
		return "today"
	case n == 1:
		return "tomorrow"
	case n < 0:
		return countDays(n) + " ago"
	}
	return "in " + countDays(n)
}

// FirstAdviceDay is the earliest day dated advice can be worded for: the
// day the earliest-checked dated fact was last checked. The catalogue
// holds providers' plans as they stood then; for an earlier day it would
// state plans not yet made (Microsoft's end-2026 SMTP AUTH date was
// announced in January 2026) and "since" dates as if already past.
func FirstAdviceDay() time.Time {
	var first time.Time
	for _, f := range datedFacts {
		d, err := time.Parse(time.DateOnly, f.Source.Checked)
		if err == nil && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	return first
}

var whenRE = regexp.MustCompile(`\{when:([a-z0-9-]+)\}`)

// FillDates replaces every {when:<id>} in s with that fact's wording at
// now. An unknown id is left as it is (the catalogue test forbids them).
func FillDates(s string, now time.Time) string {
	if !strings.Contains(s, "{when:") {
		return s
	}
	return whenRE.ReplaceAllStringFunc(s, func(m string) string {
		f, ok := datedIndex[whenRE.FindStringSubmatch(m)[1]]
		if !ok {
			return m
		}
		return f.Wording(now)
	})
}

// CitedFacts returns the ids of the dated facts s cites.
func CitedFacts(s string) []string {
	var out []string
	for _, m := range whenRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}
