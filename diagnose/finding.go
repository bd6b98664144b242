package diagnose

import (
	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Protocol names the protocol a finding is about (defined in package
// catalog, where remediation entries are keyed by it).
type Protocol = catalog.Protocol

const (
	ProtocolIMAP = catalog.ProtocolIMAP
	ProtocolSMTP = catalog.ProtocolSMTP
	ProtocolPOP3 = catalog.ProtocolPOP3
)

// Severity says how bad a finding is.
type Severity string

const (
	SeverityError   Severity = "error"   // the protocol does not work
	SeverityWarning Severity = "warning" // it works today, but something needs attention
	SeverityInfo    Severity = "info"    // worth knowing
)

// Confidence says how sure the classifier is of a finding's code.
type Confidence string

const (
	// ConfidenceHigh: a response code or a provider phrase that means one
	// thing only.
	ConfidenceHigh Confidence = "high"
	// ConfidenceMedium: a provider phrase with a usual meaning, or generic
	// wording; the alternatives are worth reading.
	ConfidenceMedium Confidence = "medium"
	// ConfidenceLow: a guess from generic wording or no server text at all.
	ConfidenceLow Confidence = "low"
)

// Audience says who must act on a remediation (defined in package
// catalog).
type Audience = catalog.Audience

const (
	AudienceUser      = catalog.AudienceUser      // the mailbox owner
	AudienceAdmin     = catalog.AudienceAdmin     // the organisation's mail administrator
	AudienceDeveloper = catalog.AudienceDeveloper // whoever integrates the mail client
	AudienceVendor    = catalog.AudienceVendor    // the maker of the mail program or application
)

// Scope says at which level something is switched off, when known.
type Scope string

const (
	ScopeProvider Scope = "provider" // for everyone at this provider
	ScopeTenant   Scope = "tenant"   // for the whole organisation
	ScopeMailbox  Scope = "mailbox"  // for this mailbox only
)

// Finding is one diagnosis: a stable code, how sure, the evidence that
// decided it, the alternatives when the evidence is ambiguous, and what to
// do.
type Finding struct {
	// Code is the stable diagnosis code.
	Code Code `json:"code"`
	// Severity is error, warning or info.
	Severity Severity `json:"severity"`
	// Protocol is imap, smtp or pop3; empty when unknown.
	Protocol Protocol `json:"protocol,omitempty"`
	// Stage is the probe stage the evidence comes from, when known.
	Stage probe.Stage `json:"stage,omitempty"`
	// Confidence how sure the classifier is: high, medium or low.
	Confidence Confidence `json:"confidence"`
	// Summary is one sentence for people; its wording may change. When
	// the server gave its own reason, the summary starts by quoting it
	// (ServerSays); when the confidence is low, it says so in words.
	Summary string `json:"summary"`
	// ServerSays is the server's own reason, in its words, when a reply
	// carried words beyond its software's stock text ("Sign-in blocked
	// for this account", a Postfix reason after "authentication failed:",
	// a provider's note on a sending limit). The code never contradicts it.
	ServerSays string `json:"server_says,omitempty"`
	// Scope is set for basic_auth_disabled and protocol_disabled when the
	// evidence says at which level.
	Scope Scope `json:"scope,omitempty"`
	// CertReason is set for tls_certificate_invalid.
	CertReason probe.CertReason `json:"cert_reason,omitempty"`
	// OAuth reports that the sign-in used an OAuth 2.0 token (the probe
	// sent one, or a pasted text says so): a refusal then needs a new
	// token or consent, not a new password.
	OAuth bool `json:"oauth,omitempty"`
	// Evidence is what decided the code.
	Evidence Evidence `json:"evidence"`
	// Alternatives are other codes the same evidence fits, most likely
	// first, each with what tells it apart.
	Alternatives []Alternative `json:"alternatives"`
	// Remediation is what to do; nil only for ok.
	Remediation *Remediation `json:"remediation,omitempty"`
	// AdviceIf names the provider the remediation is written for when
	// the text names no server but uses that provider's typical words
	// (Explain on a bare "AUTHENTICATE failed."): the advice, and who
	// must act, hold if the server is that provider's; otherwise the
	// code's own reading (Code) holds, whose advice is among the steps
	// for the mailbox owner. Empty when the advice is not conditional.
	AdviceIf string `json:"advice_if,omitempty"`
	// phase is the rule's Phase: set when the rule knows which part of
	// the session its reading is about, whatever stage the text came at.
	phase catalog.SessionPhase
	// situation is the rule's Situation: the remediation entry written
	// for this reading, when there is one.
	situation string
}

// Evidence is what decided a finding.
type Evidence struct {
	// Text is the exact server line, error message or observation.
	Text string `json:"text"`
	// Kind is "server_reply", "network", "tls", "probe" (the probe stopped
	// on its own), "cross_protocol" (the other protocol's outcome decided),
	// "pasted" (pasted words with no server reply's code or status in
	// them: a program's message, or server words it quotes) or "input" (Explain's input itself, when it is no text to
	// read).
	Kind string `json:"kind"`
	// Rule is the id of the classification rule that matched.
	Rule string `json:"rule,omitempty"`
	// Source is the public source the rule is based on.
	Source string `json:"source,omitempty"`
	// Like is the known text whose code was given when no rule read the
	// text (Rule is then "like-known-text"): the closest labelled real
	// text, with its source and how close it is.
	Like *KnownText `json:"like,omitempty"`
	// Cut reports that the pasted text was longer than Explain reads (64
	// KiB): its start, its end and the failure-looking lines between
	// them were read, the rest was not.
	Cut bool `json:"cut,omitempty"`
}

// Alternative is another code that fits the same evidence.
type Alternative struct {
	// Code is the alternative code.
	Code Code `json:"code"`
	// Why says when this would be the real cause.
	Why string `json:"why"`
	// Tell says what tells it apart from the primary code. Commands in it
	// carry the mailbox's user name where Diagnose knows it.
	Tell string `json:"tell"`
}

// Remediation is catalogue text: what to do about a code, at a provider (or
// generically), written for the person who must act. See
// [catalog.Remediation].
type Remediation = catalog.Remediation

// Link is an official page worth reading.
type Link = catalog.Link

// Clone returns a deep copy of f.
func (f Finding) Clone() Finding {
	if f.Alternatives != nil {
		// [] stays [] (it marshals as an array, nil as null).
		f.Alternatives = append([]Alternative{}, f.Alternatives...)
	}
	if f.Remediation != nil {
		r := f.Remediation.Clone()
		f.Remediation = &r
	}
	return f
}
