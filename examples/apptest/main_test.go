package main

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// TestSendErrors is the pattern we recommend: run your real sending code
// against mailtest's fakes, one scenario per failure your users meet, and
// check that they see the right explanation. The Mailer dials the fake's
// loopback address while Settings keeps the provider's real host name, so
// the error handling recognises the provider as it would in production.
func TestSendErrors(t *testing.T) {
	tests := []struct {
		scenario string
		host     string // the host name a user would have configured
	}{
		{"dovecot-postfix-ok", "mail.example.org"},
		{"dovecot-postfix-wrong-password", "mail.example.org"},
		{"gmail-app-password-required", "smtp.gmail.com"},
		{"microsoft365-smtp-auth-disabled-tenant", "smtp.office365.com"},
		{"cert-expired", "mail.example.org"},
	}
	for _, tc := range tests {
		t.Run(tc.scenario, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, tc.scenario)
			acct := srv.Accounts()[0]
			m := &Mailer{
				Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
					return (&net.Dialer{}).DialContext(ctx, network, srv.SMTPStartTLS)
				},
				TLSConfig: srv.ClientTLSConfig(),
			}
			s := Settings{Host: tc.host, Username: acct.Login(), Password: acct.Password, From: acct.Email}

			err := m.Send(t.Context(), s, acct.Email, "test", "hello")

			want := diagnose.Code(srv.Scenario.SMTPCode) // what the scenario stands for
			if want == diagnose.CodeOK {
				require.NoError(t, err)
				return
			}
			var ue *UserError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, want, ue.Code, "message shown: %s", ue.Message)
			assert.NotEmpty(t, ue.Message)
			assert.NotEmpty(t, ue.Advice)
			assert.NotContains(t, ue.Message+ue.Advice, acct.Password, "the user's password is never shown back")
		})
	}
}
