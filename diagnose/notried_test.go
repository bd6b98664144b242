package diagnose_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestNoCredentialsNeverReadsOK: with no password or token the probes stop
// before authentication; each protocol, and the verdict, read
// login_not_tried and say what was and was not checked, never ok.
func TestNoCredentialsNeverReadsOK(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-ok")
	acct := srv.Accounts()[0]
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email,
		IMAP: endpoint(t, srv.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, srv.SMTPTLS, probe.SecurityTLS)},
		&diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	assert.Equal(t, diagnose.CodeLoginNotTried, rep.Verdict.Code, rep.Summary)
	for _, o := range []diagnose.Outcome{rep.IMAP.Outcome, rep.SMTP.Outcome} {
		assert.Equal(t, diagnose.CodeLoginNotTried, o.Code)
		assert.Contains(t, o.Summary, "no password or token was given")
		assert.Contains(t, o.Summary, "not checked: authenticate")
	}
	require.NotEmpty(t, rep.Findings)
	assert.Equal(t, diagnose.CodeLoginNotTried, rep.Primary().Code)
	assert.NotNil(t, rep.Primary().Remediation, "the finding says what to do next")
}
