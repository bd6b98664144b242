package mailtest_test

import (
	"context"
	"crypto/tls"
	"net"
	"syscall"
	"testing"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestDiagnoseSeesProductionHosts gives Diagnose nothing but the email and
// password, plus the fake's Resolver, Dialer and TLS configuration: it
// finds the provider's production hosts (from the provider table, the MX
// of a custom domain, or SRV records), reaches the fake under those names,
// verifies the certificate for them, and reports as in production.
func TestDiagnoseSeesProductionHosts(t *testing.T) {
	tests := []struct {
		scenario           string
		provider           diagnose.ProviderID
		imapHost, smtpHost string
		imapCode, smtpCode diagnose.Code
	}{
		{"microsoft365-imap-basic-auth-retired", "microsoft365", "outlook.office365.com", "smtp.office365.com", "basic_auth_disabled", "ok"},
		{"gmail-app-password-required", "gmail", "imap.gmail.com", "smtp.gmail.com", "app_password_required", "app_password_required"},
		{"dovecot-postfix-ok", "dovecot", "mail.example.org", "mail.example.org", "ok", "ok"},
	}
	for _, tc := range tests {
		t.Run(tc.scenario, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, tc.scenario)
			a := srv.Accounts()[0]
			rep, err := diagnose.Diagnose(context.Background(), diagnose.Account{Email: a.Email, Password: probe.Secret(a.Password)},
				&diagnose.Options{Resolver: srv.Resolver(), Dialer: srv.Dialer(), TLSConfig: srv.ProductionTLSConfig()})
			require.NoError(t, err)
			assert.Equal(t, tc.provider, rep.Provider.ID, "provider")
			require.NotNil(t, rep.IMAP, "IMAP probed")
			require.NotNil(t, rep.SMTP, "SMTP probed")
			assert.Equal(t, tc.imapHost, rep.IMAP.Host, "IMAP host")
			assert.Equal(t, tc.smtpHost, rep.SMTP.Host, "SMTP host")
			assert.Equal(t, tc.imapCode, rep.IMAP.Code, "IMAP code: %s", rep.IMAP.Summary)
			assert.Equal(t, tc.smtpCode, rep.SMTP.Code, "SMTP code: %s", rep.SMTP.Summary)
		})
	}
}

// TestResolverAndDialerStayLocal: names that are not the fake's are "no
// such host", addresses that are not its own are refused without a
// connection, and a production port the scenario lacks is refused.
func TestResolverAndDialerStayLocal(t *testing.T) {
	srv := mailtest.NewTestServer(t, "microsoft365-ok")
	ctx := context.Background()
	r, d := srv.Resolver(), srv.Dialer()

	addrs, err := r.LookupHost(ctx, "Outlook.Office365.com.")
	require.NoError(t, err)
	assert.Equal(t, []string{srv.Host()}, addrs)
	_, err = r.LookupHost(ctx, "example.com")
	var dnsErr *net.DNSError
	require.ErrorAs(t, err, &dnsErr)
	assert.True(t, dnsErr.IsNotFound, "unknown names are NXDOMAIN")
	mx, err := r.LookupMX(ctx, "contoso.example")
	require.NoError(t, err)
	require.Len(t, mx, 1)
	assert.Equal(t, "contoso-example.mail.protection.outlook.com.", mx[0].Host)

	for _, addr := range []string{"93.184.215.14:993", "imap.gmail.com:993", "127.0.0.1:993x"} {
		_, err := d.DialContext(ctx, "tcp", addr)
		assert.Error(t, err, "dial %s", addr)
	}
	_, err = d.DialContext(ctx, "tcp", "smtp.office365.com:465")
	assert.ErrorContains(t, err, "no listener for port 465", "Exchange Online offers no 465")
	assert.ErrorIs(t, err, syscall.ECONNREFUSED, "refused as a closed port refuses, so a diagnosis reads connection_refused")

	// An application's own client, configured with the production host,
	// verifies the certificate for it.
	raw, err := d.DialContext(ctx, "tcp", "outlook.office365.com:993")
	require.NoError(t, err)
	tc := tls.Client(raw, &tls.Config{RootCAs: srv.RootCAs(), ServerName: "outlook.office365.com", MinVersion: tls.VersionTLS12})
	defer tc.Close()
	require.NoError(t, tc.Handshake(), "certificate verified for outlook.office365.com")
	c := imapclient.New(tc, nil)
	defer c.Close()
	require.NoError(t, c.WaitGreeting())
}
