package fleet

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/diagnose"
)

// TestWarningsOnlyForWhatWorks: a mailbox whose protocol failed has its
// failure's hand-off; a warning about what works (old TLS on a refused
// sign-in) is not told about it as if it worked (a reviewer's find: a
// hand-off said "works, but needs attention" of a failing mailbox). Only
// a warning about the server itself is told whatever the outcome.
func TestWarningsOnlyForWhatWorks(t *testing.T) {
	rep := &diagnose.Report{Findings: []diagnose.Finding{
		{Protocol: diagnose.ProtocolIMAP, Severity: diagnose.SeverityError, Code: diagnose.CodeInvalidCredentials},
		{Protocol: diagnose.ProtocolIMAP, Severity: diagnose.SeverityWarning, Code: diagnose.CodeTLSHandshakeFailed, Evidence: diagnose.Evidence{Rule: "warn-tls-below-1.2"}},
		{Protocol: diagnose.ProtocolIMAP, Severity: diagnose.SeverityWarning, Code: diagnose.CodeTLSHandshakeFailed, Evidence: diagnose.Evidence{Rule: "warn-microsoft-legacy-tls-endpoint"}},
		{Protocol: diagnose.ProtocolSMTP, Severity: diagnose.SeverityWarning, Code: diagnose.CodeTLSHandshakeFailed, Evidence: diagnose.Evidence{Rule: "warn-tls-below-1.2"}},
	}}
	rules, _ := warningNotes(rep, diagnose.ProtocolIMAP, false)
	assert.Equal(t, []string{"warn-microsoft-legacy-tls-endpoint"}, rules, "failing: only the server's own warning")
	rules, _ = warningNotes(rep, diagnose.ProtocolIMAP, true)
	assert.Equal(t, []string{"warn-tls-below-1.2", "warn-microsoft-legacy-tls-endpoint"}, rules)
	rules, _ = warningNotes(rep, diagnose.ProtocolSMTP, true)
	assert.Equal(t, []string{"warn-tls-below-1.2"}, rules, "each protocol its own")

	hs := WarningHandoffs([]Warning{{ID: "x/imap/warn-microsoft-legacy-tls-endpoint", Rule: "warn-microsoft-legacy-tls-endpoint", Domain: "x", Protocol: diagnose.ProtocolIMAP, Count: 1, Mailboxes: []string{"a@x"}}})
	assert.NotContains(t, hs[0].Subject, "works", "a failing mailbox's server warning does not say it works")
}

// TestNothingToHandOffSaysWhatWasNotChecked: a run with no hand-off says
// nothing is wrong only with the mailboxes that were signed in to (a
// reviewer's find: a run the ledger held back whole said "every mailbox
// checked works").
func TestNothingToHandOffSaysWhatWasNotChecked(t *testing.T) {
	held := &Report{Counts: Counts{Accounts: 13, Checked: 1, NoSecret: 1, Skipped: 12}}
	msg := held.NothingToHandOff()
	assert.Contains(t, msg, "no mailbox was signed in to, so nothing is known to work")
	assert.Contains(t, msg, "12 mailboxes were held back by the ledger")
	assert.Contains(t, msg, "1 mailbox was checked without signing in")

	fine := &Report{Counts: Counts{Accounts: 3, Checked: 3, Working: 3}}
	assert.Equal(t, "Nothing to hand off: the 3 mailboxes checked and signed in to work.", fine.NothingToHandOff())
	one := &Report{Counts: Counts{Accounts: 1, Checked: 1, Working: 1}}
	assert.Equal(t, "Nothing to hand off: the one mailbox checked and signed in to works.", one.NothingToHandOff())

	withHandoff := &Report{Handoffs: []Handoff{{}}}
	assert.Empty(t, withHandoff.NothingToHandOff())
}

// TestWarningDetailsThatDiffer: mailboxes of one domain whose warnings
// share a rule but not their details (two servers' certificates expiring
// on different days) are grouped, and the group says its words are the
// first mailbox's (a reviewer's find: the first mailbox's dates stood
// for all).
func TestWarningDetailsThatDiffer(t *testing.T) {
	note := func(summary string) *ProtocolResult {
		return &ProtocolResult{notes: []warningNote{{rule: "warn-cert-expiring", summary: summary, evidence: "CN=mail.x", code: diagnose.CodeTLSCertificate}}}
	}
	ag := newAggregate()
	ag.addWarnings(Result{Email: "a@x", Domain: "x"}, diagnose.ProtocolIMAP, note("The certificate expires in 5 days."))
	ag.addWarnings(Result{Email: "b@x", Domain: "x"}, diagnose.ProtocolIMAP, note("The certificate expires in 5 days."))
	ws := ag.sortedWarnings()
	assert.Len(t, ws, 1)
	assert.False(t, ws[0].Differs, "the same words for both")

	ag.addWarnings(Result{Email: "c@x", Domain: "x"}, diagnose.ProtocolIMAP, note("The certificate expires in 20 days."))
	ws = ag.sortedWarnings()
	assert.Equal(t, 3, ws[0].Count)
	assert.True(t, ws[0].Differs)
	hs := WarningHandoffs(ws)
	assert.Contains(t, hs[0].Explanation, "The certificate expires in 5 days.")
	assert.Contains(t, hs[0].Explanation, "The details differ between the mailboxes")
}
