package main

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// TestSendErrors is the pattern we recommend: run your real sending code
// against mailtest's fakes, one scenario per failure your users meet, and
// check that they see the right explanation. The fake's Dialer and TLS
// configuration let the Mailer use the provider's real host name
// (smtp.office365.com:587) as in production, so the error handling
// recognises the provider; nothing reaches the network.
func TestSendErrors(t *testing.T) {
	for _, name := range []string{
		"dovecot-postfix-ok",
		"dovecot-postfix-wrong-password",
		"gmail-app-password-required",
		"microsoft365-smtp-auth-disabled-tenant",
		"cert-expired",
	} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, name)
			acct := srv.Accounts()[0]
			m := &Mailer{Dial: srv.Dialer().DialContext, TLSConfig: srv.ProductionTLSConfig()}
			// The host name a user would have configured.
			s := Settings{Host: srv.Scenario.Hosts.SMTP, Username: acct.Login(), Password: acct.Password, From: acct.Email}

			err := m.Send(t.Context(), s, "patient@example.org", "Appointment", "See you at 10.")

			want := diagnose.Code(srv.Scenario.SMTPCode) // what the scenario stands for
			if want == diagnose.CodeOK {
				require.NoError(t, err)
				// The fake kept what was sent, with its envelope.
				ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
				defer cancel()
				sent, err := srv.NextMessage(ctx)
				require.NoError(t, err)
				assert.Equal(t, []string{"patient@example.org"}, sent.To)
				assert.Equal(t, "Appointment", sent.Header("Subject"))
				assert.True(t, sent.TLS, "sent over TLS")
				return
			}
			var ue *UserError
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, want, ue.Code, "message shown: %s", ue.Message)
			assert.NotEmpty(t, ue.Message)
			assert.NotEmpty(t, ue.Advice)
			assert.NotContains(t, ue.Message+ue.Advice, acct.Password, "the user's password is never shown back")
			assert.Empty(t, srv.Messages(), "nothing was sent")
		})
	}
}
