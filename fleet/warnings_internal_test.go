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
