package mailtest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// TestProbesSendTheSameSASL: both probes sign in with each OAuth mechanism
// and a user name holding the characters RFC 5801 escapes; the fake reads
// back the same user name over IMAP and SMTP. (smtpcheck once used
// go-sasl's OAUTHBEARER client, which does not escape them.)
func TestProbesSendTheSameSASL(t *testing.T) {
	srv := NewTestServer(t, "gmail-ok")
	const user = "a,b=c@gmail.com"
	for _, mech := range []string{"XOAUTH2", "OAUTHBEARER"} {
		t.Run(mech, func(t *testing.T) {
			srv.ResetRecords()
			im, err := imapcheck.Probe(t.Context(), imapcheck.Options{Host: srv.Host(), Port: srv.BoundPorts().IMAPTLS,
				Security: probe.SecurityTLS, Username: user, Token: "tok", Mechanism: mech, TLSConfig: srv.ClientTLSConfig()})
			require.NoError(t, err)
			sm, err := smtpcheck.Probe(t.Context(), smtpcheck.Options{Host: srv.Host(), Port: srv.BoundPorts().SMTPStartTLS,
				Security: probe.SecurityStartTLS, Username: user, Token: "tok", Mechanism: mech, TLSConfig: srv.ClientTLSConfig()})
			require.NoError(t, err)
			require.True(t, im.Auth.Attempted && sm.Auth.Attempted, "both probes tried %s", mech)
			var names []string
			for _, r := range srv.Records() {
				if r.Mechanism == mech {
					names = append(names, r.Username)
				}
			}
			assert.Equal(t, []string{user, user}, names, "the fake read the same user name over IMAP and SMTP")
		})
	}
}
