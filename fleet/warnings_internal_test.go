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
