package diagnose

import (
	"time"

	"github.com/mailcheck-go/mailcheck/catalog"
)

// Primary returns the finding that decided the Verdict: the one to show
// when there is room for one. Its Code is always Verdict.Code, and when
// Verdict.DecidedBy names one protocol its Protocol is that protocol.
// Diagnose also puts it first in Findings.
//
// When everything works (Verdict.Code "ok") there is no failure to show:
// Primary returns an ok finding whose Summary is the Verdict's reason and
// whose Remediation is the note for working accounts: the provider's when
// the report warns that password sign-in is going away (at Microsoft 365,
// the end of password SMTP AUTH), the general one otherwise. Primary
// does no I/O and returns a copy the caller may change. A nil Report has
// nothing to show: its Primary has code unknown.
func (r *Report) Primary() Finding {
	if r == nil {
		return Finding{Code: CodeUnknown, Severity: SeverityError, Confidence: ConfidenceLow,
			Summary: "No report.", Alternatives: []Alternative{}, Evidence: Evidence{Kind: "probe"}}
	}
	if k := primaryIndex(r.Findings, r.Verdict); k >= 0 {
		return r.Findings[k].Clone()
	}
	f := Finding{Code: r.Verdict.Code, Severity: SeverityInfo, Confidence: ConfidenceHigh,
		Summary: r.Verdict.Reason, Alternatives: []Alternative{}, Evidence: Evidence{Kind: "probe", Text: r.Verdict.Reason}}
	switch r.Verdict.DecidedBy {
	case string(ProtocolIMAP):
		f.Protocol = ProtocolIMAP
	case string(ProtocolSMTP):
		f.Protocol = ProtocolSMTP
	}
	if f.Code != CodeOK {
		// A verdict no finding carries (only a hand-built Report can say
		// so): keep Code and Verdict in agreement, mark it an error.
		f.Severity, f.Confidence = SeverityError, ConfidenceLow
		return f
	}
	// Everything works: the provider's note for working accounts, or the
	// general one, worded for this mailbox and the report's day (an
	// embedding developer rendered "the sign-in for <user@example.com>"
	// from a Primary without it).
	v := Vars{Email: r.Email, Domain: emailDomain(r.Email), Now: r.CheckedAt}
	if day, err := time.Parse(time.DateOnly, r.AsOf); err == nil {
		v.Now = day
	}
	if r.SMTP != nil && r.SMTP.Probe != nil && r.SMTP.Probe.Username != "" {
		v.Username = r.SMTP.Probe.Username // the name the steps' commands take
	}
	// The provider's note is for an account that signs in with a
	// password where that is going away (its report then carries the
	// warning); an account on OAuth, or with nothing of the kind, gets
	// the general note (a reviewer's find: the Microsoft 365 note told an
	// OAuth account to move to OAuth).
	provider := ProviderID("")
	for _, g := range r.Findings {
		if g.Severity == SeverityWarning && g.Code == CodeBasicAuthDisabled {
			provider = r.remedyProvider()
			break
		}
	}
	f.Remediation = Remediate(CodeOK, provider, v)
	return f
}

// remedyProvider is the provider whose remediation a report's findings
// take: GoDaddy-federated Microsoft 365 tenants have their own admin path
// for policies.
func (r *Report) remedyProvider() ProviderID {
	id := r.Provider.ID
	if r.Provider.Reseller == goDaddy.Reseller && id == catalog.IDMicrosoft365 {
		id = catalog.IDMicrosoft365GoDaddy
	}
	return id
}

// primaryIndex finds the finding that decided v among fs: the first with
// v's code from the deciding protocol (either protocol when both decided).
// An ok verdict is decided by no failure, so only an error or warning
// with code ok would match, and none exists: ok returns -1.
func primaryIndex(fs []Finding, v Verdict) int {
	if v.Code == CodeOK {
		return -1
	}
	for k, f := range fs {
		if f.Code != v.Code {
			continue
		}
		if v.DecidedBy == "both" || v.DecidedBy == "" || string(f.Protocol) == v.DecidedBy {
			return k
		}
	}
	for k, f := range fs {
		if f.Code == v.Code {
			return k
		}
	}
	return -1
}

// primaryFirst moves the finding that decided v to the front of fs,
// keeping the others in order.
func primaryFirst(fs []Finding, v Verdict) []Finding {
	k := primaryIndex(fs, v)
	if k <= 0 {
		return fs
	}
	p := fs[k]
	copy(fs[1:k+1], fs[:k])
	fs[0] = p
	return fs
}

// Lean returns a copy of r without the probes' raw results (IMAP.Probe
// and SMTP.Probe, and with them the transcripts, steps, TLS chains and
// capability lists): what to store or send when the verdicts, findings
// and remediation are what matter. A lean report of a typical diagnosis
// marshals to a few KB instead of tens. The copy shares no slice or map
// with r. See Options.Lean to leave them out from the start.
func (r *Report) Lean() *Report {
	if r == nil {
		return nil
	}
	c := *r
	if r.IMAP != nil {
		c.IMAP = &IMAPReport{Outcome: r.IMAP.Outcome}
	}
	if r.SMTP != nil {
		c.SMTP = &SMTPReport{Outcome: r.SMTP.Outcome}
	}
	c.Provider.Evidence = append([]string(nil), r.Provider.Evidence...)
	c.Findings = make([]Finding, len(r.Findings))
	for k, f := range r.Findings {
		c.Findings[k] = f.Clone()
	}
	if r.Discovery != nil {
		d := Discovery{Tried: append([]Candidate(nil), r.Discovery.Tried...)}
		c.Discovery = &d
	}
	if r.DNS != nil {
		c.DNS = r.DNS.clone()
	}
	return &c
}

// clone returns a deep copy of d.
func (d *DNSFacts) clone() *DNSFacts {
	c := *d
	c.MX = append([]string(nil), d.MX...)
	if d.SRV != nil {
		c.SRV = make(map[string][]string, len(d.SRV))
		for k, v := range d.SRV {
			c.SRV[k] = append([]string(nil), v...)
		}
	}
	return &c
}
