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
	// Phases are the wordings, each valid from its From day (UTC) until the
	// next phase's; the first phase has a zero From. Text may contain
	// {days} (whole days from the reading day to Date; "1 day", "27 days")
	// and {date} (Date as "31 December 2026").
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
		// docs/providers.md §1, "Servers": Message Center MC1293480.
		ID:   "ms-imap-pop-tls12",
		Date: day(2026, time.December, 31),
		Phases: []Phase{
			{Text: "Microsoft will also refuse TLS 1.0 and 1.1 for IMAP and POP, in a rollout from July to the end of December 2026"},
			{From: day(2026, time.July, 1), Text: "Microsoft is rolling out the same refusal for IMAP and POP, to be complete at the end of December 2026, in {days}"},
			{From: day(2027, time.January, 1), Text: "Since the end of December 2026 Microsoft refuses TLS 1.0 and 1.1 for IMAP and POP as well"},
		},
		Source: Source{URL: "https://mc.merill.net/message/MC1293480", Section: "§1", Checked: "2026-11-22"},
	},
	{
		// docs/providers.md §1, "Timeline": the Exchange Team's update of
		// 27 January 2026 put the March–April 2026 cut-off on hold.
		ID:   "ms-smtp-basic-default-off",
		Date: day(2026, time.December, 31),
		Phases: []Phase{
			{Text: "Microsoft switches password (Basic) SMTP AUTH off by default for existing tenants at the end of December 2026 (about {days} from now: Microsoft names the month, not the day); after that an administrator can switch it back on until Microsoft's final removal"},
			{From: day(2026, time.December, 31), Text: "Microsoft switches password (Basic) SMTP AUTH off by default for existing tenants at the end of December 2026, that is now (Microsoft names the month, not the day); an administrator can switch it back on until Microsoft's final removal"},
			{From: day(2027, time.January, 1), Text: "Since the end of December 2026, password (Basic) SMTP AUTH has been off by default in existing tenants; your administrator can switch it back on until Microsoft's final removal"},
		},
		Source: Source{URL: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835", Section: "§1", Checked: "2026-12-05"},
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
			{Text: "Exchange Online blocks EWS from 1 October 2026 in tenants that left its setting at the default, and switches EWS off for every tenant on {date}, in {days}"},
			{From: day(2026, time.October, 1), Text: "Since 1 October 2026 Exchange Online blocks EWS in tenants that left its setting at the default, and on {date}, in {days}, it switches EWS off for every tenant, with no exceptions"},
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

// Wording returns the fact's wording on the day now falls on (UTC), with
// {days} and {date} filled in.
func (f DatedFact) Wording(now time.Time) string {
	today := now.UTC().Truncate(24 * time.Hour)
	text := ""
	for _, p := range f.Phases {
		if !today.Before(p.From) {
			text = p.Text
		}
	}
	days := int(f.Date.Sub(today).Hours() / 24)
	n := fmt.Sprintf("%d days", days)
	if days == 1 || days == -1 {
		n = "1 day"
	}
	text = strings.ReplaceAll(text, "{days}", n)
	return strings.ReplaceAll(text, "{date}", f.Date.Format("2 January 2006"))
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
