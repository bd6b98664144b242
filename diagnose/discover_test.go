package diagnose_test

import (
	"context"
	"github.com/mailcheck-go/mailcheck/catalog"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// fakeDNS answers from maps; everything else is NXDOMAIN. It records every
// name asked, so tests can prove what discovery looked up.
type fakeDNS struct {
	mu    sync.Mutex
	hosts map[string][]string
	mx    map[string][]*net.MX
	txt   map[string][]string
	cname map[string]string
	srv   map[string][]*net.SRV // key "_imaps._tcp.example.test"
	asked []string
}

func (f *fakeDNS) note(q string) {
	f.mu.Lock()
	f.asked = append(f.asked, q)
	f.mu.Unlock()
}

func notFound(name string) error {
	return &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

func (f *fakeDNS) LookupHost(_ context.Context, host string) ([]string, error) {
	f.note("A " + host)
	if a, ok := f.hosts[host]; ok {
		return a, nil
	}
	return nil, notFound(host)
}

func (f *fakeDNS) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	f.note("MX " + name)
	if a, ok := f.mx[name]; ok {
		return a, nil
	}
	return nil, notFound(name)
}

func (f *fakeDNS) LookupTXT(_ context.Context, name string) ([]string, error) {
	f.note("TXT " + name)
	if a, ok := f.txt[name]; ok {
		return a, nil
	}
	return nil, notFound(name)
}

func (f *fakeDNS) LookupCNAME(_ context.Context, host string) (string, error) {
	f.note("CNAME " + host)
	if a, ok := f.cname[host]; ok {
		return a, nil
	}
	return "", notFound(host)
}

func (f *fakeDNS) LookupSRV(_ context.Context, service, proto, name string) (string, []*net.SRV, error) {
	key := "_" + service + "._" + proto + "." + name
	f.note("SRV " + key)
	if a, ok := f.srv[key]; ok {
		return key, a, nil
	}
	return "", nil, notFound(key)
}

// portMap dials the fake's listeners in place of the well-known ports, so
// discovery's guesses (imap.<domain>:993 ...) reach a fake on loopback.
// Anything not mapped is refused, as a closed port would be.
type portMap map[string]string

func (m portMap) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	if to, ok := m[addr]; ok {
		return d.DialContext(ctx, network, to)
	}
	return d.DialContext(ctx, network, "127.0.0.1:1") // port 1: nothing listens, refused
}

func TestDiscoverySRV(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	imapEP := endpoint(t, srv.IMAPTLS, probe.SecurityTLS)
	smtpEP := endpoint(t, srv.SMTPStartTLS, probe.SecurityStartTLS)
	dns := &fakeDNS{
		hosts: map[string][]string{"mail.corp.test": {"127.0.0.1"}},
		srv: map[string][]*net.SRV{
			"_imaps._tcp.corp.test":      {{Target: "mail.corp.test.", Port: uint16(imapEP.Port)}},
			"_submission._tcp.corp.test": {{Target: "mail.corp.test.", Port: uint16(smtpEP.Port)}},
		},
	}
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: "alice@corp.test", Username: acct.Login(), Password: probe.Secret(acct.Password),
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Resolver: dns, StageTimeout: 3 * time.Second})
	require.NoError(t, err)
	require.NotNil(t, rep.IMAP)
	require.NotNil(t, rep.SMTP)
	assert.Equal(t, diagnose.CodeOK, rep.IMAP.Code, rep.Summary)
	assert.Equal(t, diagnose.CodeOK, rep.SMTP.Code, rep.Summary)
	assert.Equal(t, diagnose.SourceSRV, rep.IMAP.SettingsSource)
	assert.Equal(t, diagnose.SourceSRV, rep.SMTP.SettingsSource)
	assert.Equal(t, "mail.corp.test", rep.IMAP.Host)
	assert.Equal(t, probe.SecurityTLS, rep.IMAP.Security, "_imaps is implicit TLS")
	assert.Equal(t, probe.SecurityStartTLS, rep.SMTP.Security, "_submission is STARTTLS")
	require.NotNil(t, rep.Discovery)
	// The domain's own SRV records are trusted with credentials: the login
	// happened.
	assert.True(t, rep.IMAP.Probe.Auth != nil && rep.IMAP.Probe.Auth.Attempted)
	assert.True(t, rep.SMTP.Probe.Auth != nil && rep.SMTP.Probe.Auth.Attempted)
}

// TestDiscoveryLoginNotTried: a guessed server that answered is never
// "ok": its code is login_not_tried, and it says what was checked (the
// connection, TLS, the greeting) and what was not (the sign-in).
func TestDiscoveryLoginNotTried(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	dns := &fakeDNS{
		hosts: map[string][]string{"mail.corp.test": {"127.0.0.1"}},
		mx:    map[string][]*net.MX{"corp.test": {{Host: "mx.corp.test.", Pref: 10}}},
	}
	dial := portMap{"127.0.0.1:993": srv.IMAPTLS, "127.0.0.1:465": srv.SMTPTLS}
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: "alice@corp.test", Username: acct.Login(), Password: probe.Secret(acct.Password),
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Resolver: dns, Dialer: dial, StageTimeout: 3 * time.Second})
	require.NoError(t, err)
	require.NotNil(t, rep.IMAP)
	require.NotNil(t, rep.SMTP)
	for _, out := range []diagnose.Outcome{rep.IMAP.Outcome, rep.SMTP.Outcome} {
		assert.Equal(t, diagnose.CodeLoginNotTried, out.Code, rep.Summary)
		assert.Contains(t, out.Summary, "not checked: authenticate")
		assert.Contains(t, out.Summary, "checked resolve, connect, tls_handshake, greeting, ")
	}
	assert.NotEqual(t, diagnose.CodeOK, rep.Verdict.Code, "the verdict never reads ok when no login was tried")
	var f *diagnose.Finding
	for i := range rep.Findings {
		if rep.Findings[i].Code == diagnose.CodeLoginNotTried && rep.Findings[i].Protocol == diagnose.ProtocolIMAP {
			f = &rep.Findings[i]
		}
	}
	require.NotNil(t, f, "%+v", rep.Findings)
	assert.Contains(t, f.Evidence.Text, diagnose.SourceMXGuess)
	assert.NotNil(t, f.Remediation, "the reader is told how to test the sign-in")
}

func TestDiscoveryMXGuessSendsNoCredentials(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	dns := &fakeDNS{
		hosts: map[string][]string{"mail.corp.test": {"127.0.0.1"}},
		mx:    map[string][]*net.MX{"corp.test": {{Host: "mx.corp.test.", Pref: 10}}},
	}
	// mail.corp.test answers on the usual ports; imap.corp.test and
	// smtp.corp.test do not exist, and the MX host refuses.
	dial := portMap{
		"127.0.0.1:993": srv.IMAPTLS,
		"127.0.0.1:143": srv.IMAPStartTLS,
		"127.0.0.1:465": srv.SMTPTLS,
		"127.0.0.1:587": srv.SMTPStartTLS,
	}
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: "alice@corp.test", Username: acct.Login(), Password: probe.Secret(acct.Password),
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Resolver: dns, Dialer: dial, StageTimeout: 3 * time.Second})
	require.NoError(t, err)
	require.NotNil(t, rep.IMAP)
	require.NotNil(t, rep.SMTP)
	assert.Equal(t, diagnose.SourceMXGuess, rep.IMAP.SettingsSource)
	assert.Equal(t, "mail.corp.test", rep.IMAP.Host)
	assert.Equal(t, 993, rep.IMAP.Port, "the implicit-TLS port is preferred when both answer")
	assert.Equal(t, "mail.corp.test", rep.SMTP.Host)
	assert.Equal(t, 465, rep.SMTP.Port)
	for _, r := range srv.Records() {
		assert.Empty(t, r.Mechanism, "no credentials go to a guessed host (listener %s)", r.Listener)
	}
	assert.False(t, rep.IMAP.Probe.Auth != nil && rep.IMAP.Probe.Auth.Attempted)
	var note bool
	for _, f := range rep.Findings {
		if f.Protocol == diagnose.ProtocolIMAP && strings.Contains(f.Evidence.Text, diagnose.SourceMXGuess) {
			note = true
		}
	}
	assert.True(t, note, "the report says the IMAP server was guessed and no password was sent: %+v", rep.Findings)
	require.NotNil(t, rep.Discovery)
	var tried []string
	for _, c := range rep.Discovery.Tried {
		tried = append(tried, c.Host)
	}
	assert.Contains(t, tried, "imap.corp.test")
	assert.Contains(t, tried, "mx.corp.test")
}

func TestDiscoveryProviderTable(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-app-password-required")
	acct := srv.Accounts()[0]
	dns := &fakeDNS{hosts: map[string][]string{
		"imap.gmail.com": {"127.0.0.1"},
		"smtp.gmail.com": {"127.0.0.1"},
	}}
	dial := portMap{
		"127.0.0.1:993": srv.IMAPTLS,
		"127.0.0.1:465": srv.SMTPTLS,
		"127.0.0.1:587": srv.SMTPStartTLS,
	}
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: acct.Email, Password: probe.Secret(acct.Password),
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Resolver: dns, Dialer: dial, StageTimeout: 3 * time.Second})
	require.NoError(t, err)
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.SourceProviderTable, rep.IMAP.SettingsSource)
	assert.Equal(t, "imap.gmail.com", rep.IMAP.Host)
	assert.Equal(t, catalog.IDGmail, rep.Provider.ID)
	assert.Equal(t, diagnose.CodeAppPasswordRequired, rep.IMAP.Code, rep.Summary)
	for _, q := range dns.asked {
		assert.NotContains(t, q, "SRV", "a provider-table hit needs no SRV look-up")
	}
	// The table's hosts greeted: the discovery says so (an embedding
	// developer read answered: false beside a probe that had the greeting).
	require.NotNil(t, rep.Discovery)
	require.Len(t, rep.Discovery.Tried, 2)
	for _, c := range rep.Discovery.Tried {
		assert.True(t, c.Chosen, "%s %s", c.Protocol, c.Host)
		assert.True(t, c.Answered, "%s %s greeted", c.Protocol, c.Host)
	}

	// A table host that answers with a refusal, or in plain text on a TLS
	// port, answered.
	refuses := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Send("421 4.7.0 Try again later") })
	rep, err = diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password), NoIMAP: true},
		&diagnose.Options{Resolver: dns, Dialer: portMap{"127.0.0.1:587": net.JoinHostPort(refuses.Host, strconv.Itoa(refuses.Port)), "127.0.0.1:465": net.JoinHostPort(refuses.Host, strconv.Itoa(refuses.Port))}, Budget: 3 * time.Second})
	require.NoError(t, err)
	require.Len(t, rep.Discovery.Tried, 1)
	assert.True(t, rep.Discovery.Tried[0].Answered, "a 421 at the greeting is an answer: %s", rep.SMTP.Code)
	plain := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Send("* OK IMAP ready") })
	rep, err = diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password), NoSMTP: true},
		&diagnose.Options{Resolver: dns, Dialer: portMap{"127.0.0.1:993": net.JoinHostPort(plain.Host, strconv.Itoa(plain.Port))}, Budget: 3 * time.Second})
	require.NoError(t, err)
	require.Len(t, rep.Discovery.Tried, 1)
	assert.True(t, rep.Discovery.Tried[0].Answered, "plain text on a TLS port is an answer: %s", rep.IMAP.Code)

	// A table host that does not greet is not answered.
	silent := scriptserver.Start(t, nil, func(c *scriptserver.Conn) { c.Silent() })
	rep, err = diagnose.Diagnose(t.Context(), diagnose.Account{Email: acct.Email, Password: probe.Secret(acct.Password), NoSMTP: true},
		&diagnose.Options{Resolver: dns, Dialer: portMap{"127.0.0.1:993": net.JoinHostPort(silent.Host, strconv.Itoa(silent.Port))}, Budget: time.Second})
	require.NoError(t, err)
	require.NotNil(t, rep.Discovery)
	require.Len(t, rep.Discovery.Tried, 1)
	assert.False(t, rep.Discovery.Tried[0].Answered)
}

func TestDiagnoseRejectsBadAccounts(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    diagnose.Account
	}{
		{"empty email", diagnose.Account{}},
		{"not an address", diagnose.Account{Email: "alice"}},
		{"display name", diagnose.Account{Email: "Alice <alice@example.test>"}},
		{"port out of range", diagnose.Account{Email: "a@example.test", IMAP: diagnose.Endpoint{Host: "127.0.0.1", Port: 70000}}},
		{"bad security", diagnose.Account{Email: "a@example.test", SMTP: diagnose.Endpoint{Host: "127.0.0.1", Security: "ssl3"}}},
		{"bad test recipient", diagnose.Account{Email: "a@example.test", SendTestTo: "nobody"}},
		{"nothing to check", diagnose.Account{Email: "a@example.test", NoIMAP: true, NoSMTP: true}},
		// A reviewer's slips that came out as DNS failures of one
		// protocol while the other worked: a URL, a port in the host, a
		// control character; and a password no sign-in can carry.
		{"host is a url", diagnose.Account{Email: "a@example.test", IMAP: diagnose.Endpoint{Host: "imaps://imap.example.test"}}},
		{"host with a port", diagnose.Account{Email: "a@example.test", IMAP: diagnose.Endpoint{Host: "imap.example.test:993"}}},
		{"host with a control character", diagnose.Account{Email: "a@example.test", SMTP: diagnose.Endpoint{Host: "smtp.exa\x07mple.test"}}},
		{"password with a nul", diagnose.Account{Email: "a@example.test", Password: probe.Secret("pass\x00word")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := diagnose.Diagnose(t.Context(), tc.a, nil)
			require.ErrorIs(t, err, diagnose.ErrInvalidAccount)
			assert.Nil(t, rep)
			assert.NotContains(t, err.Error(), "pass\x00word", "the error never quotes a secret")
		})
	}
}

// TestDiagnoseHostErrorsKeepTheSecret: a host typed with the password in
// it (a URL with user info, or the password pasted into the wrong field)
// is refused without quoting the password (a reviewer's find: the new
// host check quoted it whole).
func TestDiagnoseHostErrorsKeepTheSecret(t *testing.T) {
	const pw = "Secr3t-Pw9"
	for _, host := range []string{"imaps://alice:" + pw + "@imap.example.test", "alice:" + pw + "@imap.example.test", "imap.example.test " + pw, "imap.example.test:" + pw} {
		_, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: "a@example.test", Password: probe.Secret(pw),
			IMAP: diagnose.Endpoint{Host: host}}, nil)
		require.ErrorIs(t, err, diagnose.ErrInvalidAccount, host)
		assert.NotContains(t, err.Error(), "Secr3t", "%q: %v", host, err)
		assert.NotContains(t, err.Error(), "cr3t-P", "%q: %v", host, err)
	}
	// A password typed into another box is refused without being looked
	// up or quoted: in an address that parses, a host, the test
	// recipient, or as the user name; and a bad security or test
	// recipient value does not quote it back.
	const pw2 = "Tr0ub4dor-Horse9"
	for name, a := range map[string]diagnose.Account{
		"email":        {Email: "x@" + pw2 + ".example"},
		"imap host":    {Email: "a@example.test", IMAP: diagnose.Endpoint{Host: pw2 + ".example"}},
		"smtp host":    {Email: "a@example.test", SMTP: diagnose.Endpoint{Host: pw2}},
		"send-test-to": {Email: "a@example.test", SendTestTo: pw2 + "@example.test"},
		"user name":    {Email: "a@example.test", Username: pw2},
		"smtp user":    {Email: "a@example.test", SMTPUsername: " " + pw2},
		"security":     {Email: "a@example.test", IMAP: diagnose.Endpoint{Host: "imap.example.test", Security: probe.Security("x" + pw2)}},
		"bad test to":  {Email: "a@example.test", SendTestTo: "x " + pw2},
	} {
		a.Password = probe.Secret(pw2)
		rep, err := diagnose.Diagnose(t.Context(), a, nil)
		require.ErrorIs(t, err, diagnose.ErrInvalidAccount, name)
		assert.Nil(t, rep, name)
		assert.NotContains(t, err.Error(), "Horse9", "%s: %v", name, err)
	}
	// A short password found by chance in an ordinary address is no slip.
	_, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: "alice@example.test", Password: "ali", NoSMTP: true,
		IMAP: diagnose.Endpoint{Host: "127.0.0.1", Port: scriptserver.ClosedPort(t), Security: probe.SecurityTLS}}, nil)
	assert.NoError(t, err)

	// The password typed into the email box, alone or beside the address,
	// in forms quoting would escape.
	for _, pw := range []string{"Secr3t-Pw9", `Se"cr3t\Pw9`, "Sécr3t-Pw9"} {
		for _, email := range []string{pw, "alice@example.test " + pw, pw + "@"} {
			_, err := diagnose.Diagnose(t.Context(), diagnose.Account{Email: email, Password: probe.Secret(pw)}, nil)
			require.ErrorIs(t, err, diagnose.ErrInvalidAccount, email)
			assert.NotContains(t, err.Error(), "cr3t", "%q: %v", email, err)
			assert.Contains(t, err.Error(), "the email holds the password", "it says which box")
		}
	}
}

// TestDiagnoseTrimsHosts: a host pasted with spaces or a newline around
// it is the same host for both protocols (IMAP read it as a name that does
// not exist while SMTP trimmed it).
func TestDiagnoseTrimsHosts(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: acct.Email, Password: probe.Secret(acct.Password),
		IMAP: diagnose.Endpoint{Host: " " + srv.Host() + "\r\n", Port: port(srv.IMAPTLS), Security: probe.SecurityTLS},
		SMTP: diagnose.Endpoint{Host: srv.Host() + " ", Port: port(srv.SMTPStartTLS), Security: probe.SecurityStartTLS},
	}, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
	require.NoError(t, err)
	assert.Equal(t, diagnose.CodeOK, rep.IMAP.Code, rep.Summary)
	assert.Equal(t, diagnose.CodeOK, rep.SMTP.Code, rep.Summary)
	assert.Equal(t, srv.Host(), rep.IMAP.Host)
}

func TestDiagnoseClosedPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
		Email: "a@example.test", Password: "secret-pw",
		IMAP: endpoint(t, addr, probe.SecurityTLS), NoSMTP: true,
	}, nil)
	require.NoError(t, err, "a closed port is a finding, not an error")
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.CodeConnectionRefused, rep.IMAP.Code)
	assert.Equal(t, probe.StageConnect, rep.IMAP.Stage)
	assert.Nil(t, rep.SMTP)
	assert.Nil(t, rep.DNS, "no DNS is asked about a reserved test domain when servers are given")
}
