package diagnose

import (
	"crypto/tls"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// Account is what Diagnose checks. Email is required; servers not given
// are discovered.
type Account struct {
	Email string
	// Username defaults to Email.
	Username string
	// IMAPUsername and SMTPUsername are the login names for one protocol,
	// for hosts where they differ (a hosting panel that wants "alice" for
	// IMAP and the address for SMTP); each defaults to Username.
	IMAPUsername, SMTPUsername string
	// Password or Token (an OAuth 2.0 access token). With neither, the
	// probes check connectivity and stop before authentication.
	Password probe.Secret
	Token    probe.Secret
	// IMAP and SMTP name the servers. A zero Host means discover; a zero
	// Port or Security means the usual one for the host.
	IMAP Endpoint
	SMTP Endpoint
	// NoIMAP and NoSMTP skip a protocol.
	NoIMAP, NoSMTP bool
	// SendTestTo turns on the SMTP envelope check (MAIL FROM the account,
	// RCPT TO this address, then RSET; no mail is sent).
	SendTestTo string
}

// Report is the outcome of Diagnose: one verdict per protocol, the
// provider, every finding, and a one-line summary. It marshals to stable
// JSON (see README.md, "Report JSON").
type Report struct {
	// Email is the account checked.
	Email string `json:"email"`
	// Provider is the provider or server software behind the account.
	Provider Provider `json:"provider"`
	// IMAP and SMTP are nil when the protocol was not probed.
	IMAP *IMAPReport `json:"imap,omitempty"`
	// SMTP is the SMTP verdict; nil when SMTP was not probed.
	SMTP *SMTPReport `json:"smtp,omitempty"`
	// Findings holds every error and warning, most important first: when
	// the Verdict is not ok, the first is the one that decided it
	// (Report.Primary).
	Findings []Finding `json:"findings"`
	// Verdict is the combined reading of both protocols.
	Verdict Verdict `json:"verdict"`
	// Summary is one line for people; its wording may change.
	Summary string `json:"summary"`
	// Discovery says how servers that were not given were found.
	Discovery *Discovery `json:"discovery,omitempty"`
	// DNS is what DNS said about the domain, when it was asked.
	DNS *DNSFacts `json:"dns,omitempty"`
	// CheckedAt when the diagnosis started (UTC).
	CheckedAt time.Time `json:"checked_at"`
	// AsOf is the day (YYYY-MM-DD) the advice is worded for: CheckedAt's
	// day, or Options.AsOf. A saved report's "in 25 days" counts from it.
	AsOf string `json:"as_of"`
	// BudgetMS is the time budget the diagnosis ran under, in milliseconds
	// (Options.Budget, or its default).
	BudgetMS int64 `json:"budget_ms,omitempty"`
	// BudgetExhausted reports that the budget ran out before every step
	// finished, or that a step timed out on its share of a budget short
	// enough to shorten steps: the step cut short reads as a timeout, and
	// a longer budget may observe more. A wait the probe ended itself
	// because it had its answer (a wrong TLS mode, proved by a handshake on
	// a second connection) does not count; the verdict's reason says which
	// of the two happened.
	BudgetExhausted bool `json:"budget_exhausted,omitempty"`
	// Interrupted reports that the caller's context ended (canceled, or
	// its own deadline) before every step finished; Diagnose returns its
	// error with the report. The findings are what was seen until then: a
	// protocol whose answer came first keeps it, and one stopped before
	// its answer reads interrupted (where it stopped and what was
	// checked), never a timeout or another fault of the server. A saved
	// report keeps the fact.
	Interrupted bool `json:"interrupted,omitempty"`
}

// Outcome is one protocol's verdict.
type Outcome struct {
	// Code is "ok" or the primary code of the failure.
	Code Code `json:"code"`
	// Stage is the probe stage that decided the code (on success, the last stage run).
	Stage probe.Stage `json:"stage"`
	// Host is the server probed.
	Host string `json:"host"`
	// Port is the port probed.
	Port int `json:"port"`
	// Security is the security mode used: tls, starttls or none.
	Security probe.Security `json:"security"`
	// SettingsSource says where the server settings came from: "given",
	// "provider_table", "srv" or "mx_guess" (a host name guessed from the domain
	// and its MX records, including the domain's own name when it has no
	// MX).
	SettingsSource string `json:"settings_source"`
	// Summary is one sentence for people; wording may change.
	Summary string `json:"summary"`
}

// IMAPReport is the IMAP verdict with the probe's full observations.
type IMAPReport struct {
	Outcome
	// Probe is everything the IMAP probe observed (imapcheck.Result).
	Probe *imapcheck.Result `json:"probe,omitempty"`
}

// SMTPReport is the SMTP verdict with the probe's full observations.
type SMTPReport struct {
	Outcome
	// Probe is everything the SMTP probe observed (smtpcheck.Result).
	Probe *smtpcheck.Result `json:"probe,omitempty"`
}

// Verdict is the reading of both protocols together.
type Verdict struct {
	// Code is the most important code across protocols ("ok" when all
	// probed protocols work).
	Code Code `json:"code"`
	// Reason says which evidence decided it, in words ("IMAP refused the
	// password while SMTP accepted it: the password is right").
	Reason string `json:"reason"`
	// DecidedBy is "imap", "smtp" or "both".
	DecidedBy string `json:"decided_by"`
}

// Discovery records how server settings were found.
type Discovery struct {
	// Tried lists every candidate looked at, in order.
	Tried []Candidate `json:"tried"`
}

// Candidate is one server considered during discovery.
type Candidate struct {
	// Protocol is imap or smtp.
	Protocol Protocol `json:"protocol"`
	Endpoint
	// Source is "provider_table", "srv" or "mx_guess".
	Source string `json:"source"`
	// Answered reports whether a greeting (or a TLS handshake, on a
	// TLS port) came back: for a guess when it was checked, for a
	// provider-table or SRV candidate from the probe that used it.
	Answered bool `json:"answered"`
	// Chosen reports whether this candidate was probed with credentials
	// (or, for an mx_guess, without them).
	Chosen bool `json:"chosen"`
	// Note says why it was or was not used.
	Note string `json:"note,omitempty"`
}

// Options tunes Diagnose. A nil *Options is the same as a zero value.
type Options struct {
	// Budget bounds the whole diagnosis: discovery, DNS and both probes.
	// Zero means DefaultBudget (60 s); InteractiveBudget (10 s) suits a
	// "Test connection" button. The stages share it: each network step
	// may use at most 40 % of it (and never more than 15 s), discovery's
	// DNS at most a fifth (and never more than 8 s), so one silent step
	// cannot eat the whole and discovery cannot starve the probes. A
	// budget that runs out is a finding (Report.BudgetExhausted, and the
	// step that was cut short reads as a timeout), not an error.
	Budget time.Duration
	// StageTimeout, when set, bounds each network step further; the
	// budget's share applies when it is zero or larger.
	StageTimeout time.Duration
	// Lean leaves the probes' raw results (IMAP.Probe and SMTP.Probe,
	// with their transcripts) out of the Report; see Report.Lean.
	Lean bool
	// TLSConfig is cloned and given to both probes (to trust a private CA).
	TLSConfig *tls.Config
	// AllowPlaintextAuth lets the probes send credentials without TLS.
	AllowPlaintextAuth bool
	// Dialer and Resolver are given to the probes and discovery.
	Dialer   probe.Dialer
	Resolver Resolver
	// Now is the clock: the probes' timestamps and certificate checks, the
	// report's CheckedAt, and, unless AsOf is set, the day remediation is
	// worded for (dated facts such as Microsoft's end-2026 SMTP AUTH change
	// read "in 27 days" before their date and "since" after it). It
	// defaults to time.Now.
	Now func() time.Time
	// AsOf, when not zero, is the day remediation and warnings are worded
	// for instead of Now's: to review advice as it will read on another
	// day while the probes (and their TLS checks) keep the real clock. The
	// day is AsOf's calendar day in its own location. The catalogue knows
	// providers' plans as of the day its facts were checked
	// (catalog.FirstAdviceDay); worded for an earlier day, its text would
	// state plans not yet made.
	AsOf time.Time
	// WaitForGoodbye makes Diagnose wait for each server's answer to
	// LOGOUT and QUIT, and for the connections to close, before it
	// returns. By default Diagnose returns once the outcome is known and
	// finishes the goodbye in the background (at most goodbye's 2 s, see
	// Wait), which saves a round trip behind a button. A caller that
	// limits how many connections are open to one host at a time (package
	// fleet's per-host limit) sets it, so that a connection still saying
	// goodbye is counted against the limit.
	WaitForGoodbye bool
	// Progress, when set, is called after each stage of each probe. The
	// two probes run side by side, so it may be called from two goroutines
	// at once.
	Progress func(Protocol, probe.Step)
}
