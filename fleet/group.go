package fleet

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Report is a fleet run's outcome: the mailboxes grouped by cause, the
// conclusions drawn across them, a hand-off per failing group and one row
// per account. It marshals to stable JSON.
type Report struct {
	// FinishedAt is when the run ended (UTC).
	FinishedAt time.Time `json:"finished_at"`
	// Interrupted is set when the run was cancelled: the report covers
	// what finished.
	Interrupted bool `json:"interrupted,omitempty"`
	// Counts are the accounts by status, and the mailboxes that work.
	Counts Counts `json:"counts"`
	// Groups are the mailboxes grouped by domain (and tenant), protocol
	// and code; failing groups first, largest first.
	Groups []Group `json:"groups"`
	// Conclusions are what the rules read across mailboxes, each with its
	// evidence.
	Conclusions []Conclusion `json:"conclusions"`
	// Warnings are what works today but needs attention, grouped by
	// domain, protocol and warning; largest first.
	Warnings []Warning `json:"warnings"`
	// Handoffs are the messages for whoever must act, one per failing
	// group (groups a conclusion covers share its message), then one per
	// warning.
	Handoffs []Handoff `json:"handoffs"`
	// Accounts is one row per account in the order results finished.
	Accounts []Result `json:"accounts"`
}

// Counts tallies a run.
type Counts struct {
	// Accounts is every account the stream yielded.
	Accounts int `json:"accounts"`
	// Checked, Skipped, Invalid, Duplicate and Interrupted count accounts
	// by Status.
	Checked     int `json:"checked"`
	Skipped     int `json:"skipped"`
	Invalid     int `json:"invalid"`
	Duplicate   int `json:"duplicate"`
	Interrupted int `json:"interrupted"`
	// Working counts checked accounts that signed in and whose every
	// probed protocol works; an account checked without a secret is not
	// counted, as its sign-in was not tried.
	Working int `json:"working"`
	// Failing counts checked accounts with at least one failing protocol.
	Failing int `json:"failing"`
	// NoSecret counts accounts checked without authentication.
	NoSecret int `json:"no_secret"`
}

// Group is the mailboxes of one domain (and tenant) that share an outcome
// on one protocol.
type Group struct {
	// ID is stable within a report: "contoso.example/smtp/invalid_credentials".
	ID string `json:"id"`
	// Domain is the email domain.
	Domain string `json:"domain"`
	// Tenant is the caller's tenant label, when given.
	Tenant string `json:"tenant,omitempty"`
	// Provider is the provider id diagnose found for the first mailbox.
	Provider string `json:"provider,omitempty"`
	// Protocol is imap or smtp.
	Protocol diagnose.Protocol `json:"protocol"`
	// Code is the outcome shared by the group.
	Code diagnose.Code `json:"code"`
	// Unauthenticated is set for mailboxes checked without credentials:
	// "ok" then only means the server is reachable.
	Unauthenticated bool `json:"unauthenticated,omitempty"`
	// Scope is the level a refusal applies at, when every member's server
	// said the same.
	Scope diagnose.Scope `json:"scope,omitempty"`
	// CertReason is set for tls_certificate_invalid.
	CertReason probe.CertReason `json:"cert_reason,omitempty"`
	// Count is the number of mailboxes.
	Count int `json:"count"`
	// Mailboxes lists them, sorted.
	Mailboxes []string `json:"mailboxes"`
	// Hosts lists the servers the mailboxes were probed on.
	Hosts []HostMailboxes `json:"hosts"`
	// Evidence lists the distinct server texts (up to MaxGroupEvidence),
	// most frequent first.
	Evidence []EvidenceLine `json:"evidence"`
	// Remediation is the catalogue text for the group's code at its
	// provider, as Diagnose gave it for the first mailbox.
	Remediation *diagnose.Remediation `json:"remediation,omitempty"`
	// Summary is one sentence for people.
	Summary string `json:"summary"`
}

// HostMailboxes is one server and the mailboxes of a group probed on it.
type HostMailboxes struct {
	// Host is the server's name.
	Host string `json:"host"`
	// Mailboxes are the members probed on it, sorted.
	Mailboxes []string `json:"mailboxes"`
}

// EvidenceLine is one distinct text and how many mailboxes saw it.
type EvidenceLine struct {
	// Text is the server's words, exact as first seen.
	Text string `json:"text"`
	// Count is how many members saw the same words (session trailers such
	// as Exchange's "[MN2PR05CA0004... 2023-09-12T20:59:57Z ...]" aside).
	Count int `json:"count"`
	// First is the first mailbox that saw it.
	First string `json:"first"`
}

// MaxGroupEvidence caps the distinct texts a group keeps. A group's
// members usually share one or two texts; a cap keeps a hostile or
// chatty server from growing the report with every account.
const MaxGroupEvidence = 5

// groupKey identifies a group.
type groupKey struct {
	domain, tenant string
	proto          diagnose.Protocol
	code           diagnose.Code
	unauth         bool
}

// aggregate collects results into groups and rows. Not safe for
// concurrent use; the runner serialises calls.
type aggregate struct {
	groups       map[groupKey]*Group
	order        []groupKey
	warnings     map[warningKey]*Warning
	warningOrder []warningKey
	rows         []Result
	counts       Counts
}

func newAggregate() *aggregate {
	return &aggregate{groups: map[groupKey]*Group{}, warnings: map[warningKey]*Warning{}}
}

func (ag *aggregate) add(res Result) {
	ag.counts.Accounts++
	switch res.Status {
	case StatusChecked:
		ag.counts.Checked++
		if res.NoSecret {
			ag.counts.NoSecret++
		}
		switch {
		case !resultOK(res):
			ag.counts.Failing++
		case !res.NoSecret:
			ag.counts.Working++
		}
	case StatusSkipped:
		ag.counts.Skipped++
	case StatusInvalid:
		ag.counts.Invalid++
	case StatusDuplicate:
		ag.counts.Duplicate++
	case StatusInterrupted:
		ag.counts.Interrupted++
	}
	row := res
	row.Report = nil
	row.IMAP, row.SMTP = res.IMAP.lean(), res.SMTP.lean()
	ag.rows = append(ag.rows, row)
	if res.Status != StatusChecked {
		return
	}
	for _, pp := range []struct {
		proto diagnose.Protocol
		p     *ProtocolResult
	}{{diagnose.ProtocolIMAP, res.IMAP}, {diagnose.ProtocolSMTP, res.SMTP}} {
		if pp.p != nil {
			ag.addTo(res, pp.proto, pp.p)
			ag.addWarnings(res, pp.proto, pp.p)
		}
	}
}

func (ag *aggregate) addTo(res Result, proto diagnose.Protocol, p *ProtocolResult) {
	k := groupKey{domain: res.Domain, tenant: res.Tenant, proto: proto, code: p.Code, unauth: untried(p.Code, p.Authenticated)}
	g, ok := ag.groups[k]
	if !ok {
		g = &Group{Domain: k.domain, Tenant: k.tenant, Protocol: proto, Code: p.Code, Unauthenticated: k.unauth,
			Provider: res.Provider, Scope: p.Scope, CertReason: p.CertReason, Remediation: p.remedy}
		ag.groups[k] = g
		ag.order = append(ag.order, k)
	}
	g.Count++
	g.Mailboxes = append(g.Mailboxes, res.Email)
	if g.Scope != p.Scope {
		g.Scope = "" // members disagree: the level is not known for all
	}
	addHost(g, p.Host, res.Email)
	if p.Evidence != "" {
		addEvidence(g, p.Evidence, res.Email)
	}
}

func addHost(g *Group, host, email string) {
	for i := range g.Hosts {
		if g.Hosts[i].Host == host {
			g.Hosts[i].Mailboxes = append(g.Hosts[i].Mailboxes, email)
			return
		}
	}
	g.Hosts = append(g.Hosts, HostMailboxes{Host: host, Mailboxes: []string{email}})
}

func addEvidence(g *Group, text, email string) {
	norm := normalizeEvidence(text)
	for i := range g.Evidence {
		e := &g.Evidence[i]
		if sameWords(normalizeEvidence(e.Text), norm) {
			e.Count++
			// Of two spellings of the same words (see sameWords), show
			// the one the redactor left more of.
			if markers(text) < markers(e.Text) {
				e.Text, e.First = text, email
			}
			return
		}
	}
	if len(g.Evidence) < MaxGroupEvidence {
		g.Evidence = append(g.Evidence, EvidenceLine{Text: text, Count: 1, First: email})
	}
}

// sessionTrailer matches the bracketed server and session ids providers
// append to a refusal ("[MN2PR05CA0004.namprd05.prod.outlook.com
// 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]", Gmail's "- gsmtp" tail and
// its per-session id), which differ per connection but not per cause.
var sessionTrailer = regexp.MustCompile(`\s*\[[A-Za-z0-9.\-]+(\s[^\]]*)?\]\s*$|\s+[A-Za-z0-9_\-]{10,}\s+-\s+gsmtp\s*$`)

// imapTag matches the tag in front of a tagged IMAP reply ("a2 NO ..."),
// which depends on the client, not the server.
var imapTag = regexp.MustCompile(`^[A-Za-z]{1,4}[0-9]{1,6} `)

// normalizeEvidence returns the part of a server text that names the
// cause: IMAP tag and session trailers removed, spaces collapsed.
func normalizeEvidence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for {
		// Removing one tag or trailer may bare another; repeat until
		// nothing changes, so the result is stable.
		t := strings.Join(strings.Fields(sessionTrailer.ReplaceAllString(imapTag.ReplaceAllString(s, ""), "")), " ")
		if t == s {
			return t
		}
		s = t
	}
}

// report builds the Report: groups sorted, rules applied, hand-offs
// written.
func (ag *aggregate) report(now time.Time) *Report {
	rep := &Report{FinishedAt: now, Counts: ag.counts, Groups: []Group{}, Accounts: ag.rows}
	if rep.Accounts == nil {
		rep.Accounts = []Result{}
	}
	for _, k := range ag.order {
		g := *ag.groups[k]
		g.ID = groupID(g)
		slices.Sort(g.Mailboxes)
		for i := range g.Hosts {
			slices.Sort(g.Hosts[i].Mailboxes)
		}
		slices.SortFunc(g.Hosts, func(a, b HostMailboxes) int { return cmp.Compare(a.Host, b.Host) })
		slices.SortStableFunc(g.Evidence, func(a, b EvidenceLine) int { return cmp.Compare(b.Count, a.Count) })
		g.Summary = groupSummary(g)
		rep.Groups = append(rep.Groups, g)
	}
	slices.SortFunc(rep.Groups, compareGroups)
	rep.Conclusions = Conclude(rep.Groups, nil)
	rep.Warnings = ag.sortedWarnings()
	rep.Handoffs = append(Handoffs(rep.Groups, rep.Conclusions), WarningHandoffs(rep.Warnings)...)
	return rep
}

// compareGroups puts failing groups first, larger before smaller, then
// by id so the order is stable.
func compareGroups(a, b Group) int {
	if fa, fb := failing(a.Code), failing(b.Code); fa != fb {
		if fa {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(b.Count, a.Count); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func groupID(g Group) string {
	id := g.Domain
	if g.Tenant != "" && g.Tenant != g.Domain {
		id = g.Tenant + ":" + g.Domain
	}
	id += "/" + string(g.Protocol) + "/" + string(g.Code)
	if g.Unauthenticated {
		id += "/unauthenticated"
	}
	return id
}

func groupSummary(g Group) string {
	proto := strings.ToUpper(string(g.Protocol))
	n := plural(g.Count, "mailbox", "mailboxes")
	switch {
	case g.Unauthenticated:
		return n + " of " + g.Domain + ": " + proto + " server reachable; not signed in (no password or token given)"
	case g.Code == diagnose.CodeOK:
		return n + " of " + g.Domain + ": " + proto + " works"
	case g.Remediation != nil && g.Remediation.Title != "":
		return n + " of " + g.Domain + ": " + proto + " " + string(g.Code) + " (" + g.Remediation.Title + ")"
	}
	return n + " of " + g.Domain + ": " + proto + " " + string(g.Code)
}

// lean returns a copy without the catalogue text and server facts, which
// the groups and the state keep; a row stays a few hundred bytes.
func (p *ProtocolResult) lean() *ProtocolResult {
	if p == nil {
		return nil
	}
	c := *p
	c.remedy, c.facts, c.notes = nil, Facts{}, nil
	return &c
}

// resultOK reports whether every probed protocol of a checked account
// works.
func resultOK(r Result) bool {
	return (r.IMAP == nil || !failing(r.IMAP.Code)) && (r.SMTP == nil || !failing(r.SMTP.Code))
}

// failing reports whether code is a problem. login_not_tried is not: the
// account had no secret (or its server was guessed), so nothing about
// signing in was observed, as with a reachable server checked without one.
func failing(code diagnose.Code) bool {
	return code != diagnose.CodeOK && code != diagnose.CodeLoginNotTried
}

// untried reports whether a protocol was reached but its login was not
// tried: Diagnose reads that as login_not_tried, never ok.
func untried(code diagnose.Code, authenticated bool) bool {
	return !authenticated && (code == diagnose.CodeOK || code == diagnose.CodeLoginNotTried)
}

func plural(n int, one, many string) string {
	return itoa(n) + " " + verbFor(n, one, many)
}
