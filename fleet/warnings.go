package fleet

import (
	"cmp"
	"slices"
	"strings"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

// Warning is something that works today but needs attention, shared by
// mailboxes of one domain (and tenant) on one protocol: a Microsoft 365
// tenant whose programs still send with a password before Microsoft turns
// that off by default, a certificate about to expire, TLS below 1.2. Each
// is one of diagnose's warning findings (Severity warning), grouped by its
// rule, so that an admin checking the whole firm sees it once with every
// mailbox it concerns, not once per mailbox or not at all.
type Warning struct {
	// ID is stable within a report: "contoso.example/smtp/warn-microsoft-smtp-basic-ending".
	ID string `json:"id"`
	// Rule is the warning's id (diagnose's Evidence.Rule).
	Rule string `json:"rule"`
	// Domain is the email domain.
	Domain string `json:"domain"`
	// Tenant is the caller's tenant label, when given.
	Tenant string `json:"tenant,omitempty"`
	// Provider is the provider id diagnose found for the first mailbox.
	Provider string `json:"provider,omitempty"`
	// Protocol is imap or smtp.
	Protocol diagnose.Protocol `json:"protocol"`
	// Code names what will or could go wrong.
	Code diagnose.Code `json:"code"`
	// Count is the number of mailboxes.
	Count int `json:"count"`
	// Mailboxes lists them, sorted.
	Mailboxes []string `json:"mailboxes"`
	// Summary is the warning in words, as Diagnose worded it for the
	// first mailbox (dated advice for the run's day).
	Summary string `json:"summary"`
	// Evidence is what the probe observed for the first mailbox.
	Evidence string `json:"evidence,omitempty"`
	// Remediation is the catalogue text Diagnose attached, for the first
	// mailbox.
	Remediation *diagnose.Remediation `json:"remediation,omitempty"`
	// Differs reports that the mailboxes' own summaries or evidence
	// differ (another certificate, another expiry date): Summary and
	// Evidence are the first mailbox's, and each mailbox's result has its
	// own.
	Differs bool `json:"differs,omitempty"`
}

// warningNote is what an account's result keeps of one warning until the
// run groups it.
type warningNote struct {
	rule, summary, evidence string
	code                    diagnose.Code
	remedy                  *diagnose.Remediation
}

// anyOutcomeWarnings are the warnings about the server itself, told
// whether or not the mailbox works (Microsoft's legacy-TLS endpoints go
// whatever happened); every other warning is about something that works,
// and a mailbox whose protocol failed has its failure's hand-off instead.
var anyOutcomeWarnings = []string{"warn-microsoft-legacy-tls-endpoint"}

// warningNotes reads a protocol's warnings from a report, one per rule;
// ok says whether the protocol works.
func warningNotes(rep *diagnose.Report, proto diagnose.Protocol, ok bool) (rules []string, notes []warningNote) {
	for _, f := range rep.Findings {
		if f.Protocol != proto || f.Severity != diagnose.SeverityWarning || f.Evidence.Rule == "" || slices.Contains(rules, f.Evidence.Rule) {
			continue
		}
		if !ok && !slices.Contains(anyOutcomeWarnings, f.Evidence.Rule) {
			continue
		}
		rules = append(rules, f.Evidence.Rule)
		// The summary is mailcheck's own sentence (dated wording and all),
		// longer than a server's line; the evidence may carry server
		// words (a certificate's subject) and keeps their cap.
		n := warningNote{rule: f.Evidence.Rule, summary: capTextAt(f.Summary, maxWarningSummary), evidence: capText(f.Evidence.Text), code: f.Code}
		if f.Remediation != nil {
			n.remedy = f.Clone().Remediation
		}
		notes = append(notes, n)
	}
	return rules, notes
}

// differsNote follows a warning's words where its mailboxes' details
// differ.
const differsNote = "(The details differ between the mailboxes: this is the first one's; each mailbox's own result has its own.)"

// maxWarningSummary caps a warning's summary as kept per account.
const maxWarningSummary = 2048

type warningKey struct {
	domain, tenant string
	proto          diagnose.Protocol
	rule           string
}

// addWarnings adds an account's warnings on one protocol to the run's.
func (ag *aggregate) addWarnings(res Result, proto diagnose.Protocol, p *ProtocolResult) {
	for _, n := range p.notes {
		k := warningKey{domain: res.Domain, tenant: res.Tenant, proto: proto, rule: n.rule}
		w, ok := ag.warnings[k]
		if !ok {
			w = &Warning{Rule: n.rule, Domain: res.Domain, Tenant: res.Tenant, Provider: res.Provider, Protocol: proto,
				Code: n.code, Summary: n.summary, Evidence: n.evidence, Remediation: n.remedy}
			ag.warnings[k] = w
			ag.warningOrder = append(ag.warningOrder, k)
		} else if n.summary != w.Summary || n.evidence != w.Evidence {
			w.Differs = true
		}
		w.Count++
		w.Mailboxes = append(w.Mailboxes, res.Email)
	}
}

// sortedWarnings returns the run's warnings, larger first, then by id.
func (ag *aggregate) sortedWarnings() []Warning {
	out := []Warning{}
	for _, k := range ag.warningOrder {
		w := *ag.warnings[k]
		w.ID = warningID(w)
		slices.Sort(w.Mailboxes)
		out = append(out, w)
	}
	slices.SortFunc(out, func(a, b Warning) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

func warningID(w Warning) string {
	id := w.Domain
	if w.Tenant != "" && w.Tenant != w.Domain {
		id = w.Tenant + ":" + w.Domain
	}
	return id + "/" + string(w.Protocol) + "/" + w.Rule
}

// WarningHandoffs writes one message per warning, to whoever its advice
// is for (for Microsoft's end of password sending, the tenant's
// administrator): the warning's words, the catalogue's steps, the
// mailboxes it concerns.
func WarningHandoffs(ws []Warning) []Handoff {
	out := []Handoff{}
	for _, w := range ws {
		aud := diagnose.AudienceAdmin
		if w.Remediation != nil && w.Remediation.Audience != "" {
			aud = w.Remediation.Audience
		}
		org := w.Domain
		if w.Tenant != "" {
			org = w.Tenant
		}
		what := "works, but needs attention"
		if slices.Contains(anyOutcomeWarnings, w.Rule) {
			what = "their server needs attention"
		}
		if w.Remediation != nil && w.Remediation.Title != "" && w.Remediation.Code == diagnose.CodeOK {
			what = w.Remediation.Title
		}
		subject := plural(w.Count, "mailbox", "mailboxes") + " of " + org + ", " + strings.ToUpper(string(w.Protocol)) + ": " + what
		explanation := w.Summary
		if w.Differs {
			explanation += " " + differsNote
		}
		h := Handoff{Audience: aud, To: recipient(aud, org, w.Provider), Subject: subject, Explanation: explanation,
			Mailboxes: slices.Clone(w.Mailboxes), Groups: []string{w.ID}, Steps: []string{}, Rule: w.Rule, Evidence: []string{}}
		if w.Evidence != "" {
			h.Evidence = append(h.Evidence, w.Evidence+" ("+plural(w.Count, "mailbox", "mailboxes")+")")
		}
		if w.Remediation != nil {
			addRemedy(&h, &Group{Count: w.Count, Mailboxes: w.Mailboxes, Remediation: w.Remediation}, aud)
		}
		out = append(out, h)
	}
	return out
}
