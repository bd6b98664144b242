package imapcheck

import (
	"context"
	"crypto/tls"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Generic behaviour against go-imap's imapserver and its in-memory
// backend: a second, independent IMAP implementation (greeting,
// capabilities, LOGINDISABLED, PLAIN, the mailbox check), as smtpcheck's
// tests run against go-smtp's server.

// startMemServer serves imapmemserver with one user on loopback, over
// implicit TLS when implicit is set, else plaintext with STARTTLS. It
// returns the address and a client TLS configuration trusting its
// certificate.
func startMemServer(t *testing.T, implicit bool, mailboxes ...string) (string, *tls.Config) {
	t.Helper()
	srvTLS := &tls.Config{Certificates: []tls.Certificate{leaf(t, nil)}, MinVersion: tls.VersionTLS12}

	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPassword)
	for _, m := range append([]string{"INBOX"}, mailboxes...) {
		require.NoError(t, u.Create(m, nil))
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:      imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		TLSConfig: srvTLS,
		Logger:    quietLogger{},
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	if implicit {
		l = tls.NewListener(l, srvTLS)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(l) }()
	t.Cleanup(func() {
		l.Close()
		<-done
		_ = srv.Close()
	})
	return l.Addr().String(), clientTLS()
}

type quietLogger struct{}

func (quietLogger) Printf(string, ...any) {}

func memProbe(t *testing.T, addr string, cfg *tls.Config, sec probe.Security, mutate func(*Options)) *Result {
	t.Helper()
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	o := Options{Host: host, Port: p, Security: sec, Username: testUser, Password: probe.Secret(testPassword),
		TLSConfig: cfg, StageTimeout: 5 * time.Second}
	if mutate != nil {
		mutate(&o)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := Probe(ctx, o)
	require.NoError(t, err)
	return res
}

func TestAgainstIMAPMemServer(t *testing.T) {
	t.Run("implicit TLS, PLAIN, INBOX examined", func(t *testing.T) {
		addr, cfg := startMemServer(t, true)
		res := memProbe(t, addr, cfg, probe.SecurityTLS, nil)
		assert.True(t, res.OK, "probe OK; stage %s, response %+v", res.Stage, res.Response)
		assert.Equal(t, "* OK [CAPABILITY IMAP4rev2 IMAP4rev1 SASL-IR LITERAL- AUTH=PLAIN] IMAP server ready", res.Greeting)
		assert.Contains(t, res.Capabilities, "IMAP4rev2", "the last list seen is the post-login one")
	})
	t.Run("STARTTLS: LOGINDISABLED before, PLAIN after", func(t *testing.T) {
		addr, cfg := startMemServer(t, false)
		res := memProbe(t, addr, cfg, probe.SecurityStartTLS, nil)
		assert.True(t, res.OK, "probe OK; stage %s, response %+v", res.Stage, res.Response)
		assert.Contains(t, res.CapabilitiesBeforeTLS, "LOGINDISABLED", "imapserver refuses auth before TLS")
		assert.Contains(t, res.CapabilitiesBeforeTLS, "STARTTLS")
		assert.False(t, res.Auth == nil, "authenticated after STARTTLS")
	})
	t.Run("wrong password", func(t *testing.T) {
		addr, cfg := startMemServer(t, true)
		res := memProbe(t, addr, cfg, probe.SecurityTLS, func(o *Options) { o.Password = "wrong" })
		assert.False(t, res.OK)
		require.NotNil(t, res.Response, "the refusal is kept")
		assert.Equal(t, "NO", res.Response.Type)
		assert.Equal(t, "AUTHENTICATIONFAILED", res.Response.Code, "imapserver's ErrAuthFailed: %s", res.Response.Line)
	})
	t.Run("missing mailbox", func(t *testing.T) {
		addr, cfg := startMemServer(t, true, "Archive")
		res := memProbe(t, addr, cfg, probe.SecurityTLS, func(o *Options) { o.Mailbox = "Nope" })
		assert.False(t, res.OK, "EXAMINE of a missing mailbox fails the mailbox check")
		require.NotNil(t, res.Response)
		assert.Equal(t, "NONEXISTENT", res.Response.Code, res.Response.Line)
		res = memProbe(t, addr, cfg, probe.SecurityTLS, func(o *Options) { o.Mailbox = "Archive" })
		assert.True(t, res.OK, "an existing mailbox other than INBOX")
	})
}
