package fleet_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// startOn starts a scenario on a given loopback host with the given
// mailboxes of one domain (all with the scenario's first password).
func startOn(t *testing.T, name, host string, users ...string) *mailtest.Server {
	t.Helper()
	sc, ok := mailtest.Lookup(name)
	require.True(t, ok)
	tmpl := sc.Accounts[0]
	sc.Accounts = nil
	for _, u := range users {
		a := tmpl
		a.Email, a.Username = u+"@fabrikam.example", ""
		sc.Accounts = append(sc.Accounts, a)
	}
	srv := mailtest.NewUnstartedServer(sc)
	srv.ListenHost = host
	srv.Now = asOfClock
	require.NoError(t, srv.Start())
	t.Cleanup(srv.Close)
	return srv
}

// TestOneHostDiffers: a practice whose mailboxes mostly live on one
// server, with one mailbox on a second server whose certificate expired.
// Both readings come out, end to end on fakes: the mailbox uses another
// server than the rest, and that server's certificate is the problem, not
// the domain's.
func TestOneHostDiffers(t *testing.T) {
	main := startOn(t, "dovecot-postfix-ok", "127.0.0.1", "ann", "bob", "cai")
	odd := startOn(t, "cert-expired", "127.0.0.2", "dee")
	accounts := append(fleetAccounts(t, main), fleetAccounts(t, odd)...)
	opts := options(main)
	// Trust both fakes' CA: the expired certificate must fail on its date,
	// not on an unknown authority.
	pool := main.RootCAs()
	pool.AppendCertsFromPEM(odd.CAPEM())
	opts.Diagnose.TLSConfig = main.ClientTLSConfig()
	opts.Diagnose.TLSConfig.RootCAs = pool
	rep := run(t, accounts, opts)

	cert, ok := conclusion(rep, "host_certificate_invalid", diagnose.ProtocolIMAP)
	require.True(t, ok, "conclusions: %v", rules(rep))
	assert.Equal(t, []string{"dee@fabrikam.example"}, cert.Mailboxes)
	assert.Contains(t, cert.Title, "127.0.0.2")
	assert.Equal(t, diagnose.AudienceAdmin, cert.Audience)

	other, ok := conclusion(rep, "mailbox_other_server", diagnose.ProtocolSMTP)
	require.True(t, ok, "conclusions: %v", rules(rep))
	assert.Equal(t, []string{"dee@fabrikam.example"}, other.Mailboxes)
	assert.Contains(t, other.Evidence, "3 other mailboxes of fabrikam.example: SMTP server 127.0.0.1")
	assert.True(t, strings.HasPrefix(other.Title, "dee@fabrikam.example uses SMTP server 127.0.0.2,"), "one mailbox uses: %s", other.Title)

	g := group(t, rep, "fabrikam.example/imap/tls_certificate_invalid")
	assert.Equal(t, []fleet.HostMailboxes{{Host: "127.0.0.2", Mailboxes: []string{"dee@fabrikam.example"}}}, g.Hosts)
	assert.Equal(t, probe.CertExpired, g.CertReason)
}
