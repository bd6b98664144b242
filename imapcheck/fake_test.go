package imapcheck

import (
	"crypto/tls"
	"encoding/base64"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
)

// Test credentials, as in internal/realserver.
const (
	testUser     = "alice@example.test"
	testPassword = "correct horse"
	testToken    = "ya29.token-for-tests"
)

// testNow is the fixed clock of tests that need determinism; certificates
// are issued relative to it.
var testNow = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// testCA is the CA every fake's certificate is signed by.
var testCA = sync.OnceValue(func() *certgen.CA {
	ca, err := certgen.NewCA("imapcheck test CA", testNow)
	if err != nil {
		panic(err)
	}
	return ca
})

// leaf issues a certificate for 127.0.0.1 and localhost valid around
// testNow; adjust changes the options first.
func leaf(t testing.TB, adjust func(*certgen.LeafOptions)) tls.Certificate {
	t.Helper()
	o := certgen.LeafOptions{Hosts: []string{"127.0.0.1", "localhost"}, NotBefore: testNow.Add(-24 * time.Hour), NotAfter: testNow.Add(365 * 24 * time.Hour)}
	if adjust != nil {
		adjust(&o)
	}
	c, err := testCA().Leaf(o)
	require.NoError(t, err)
	return c
}

// clientTLS trusts the test CA.
func clientTLS() *tls.Config { return &tls.Config{RootCAs: testCA().Pool()} }

// fake is a scripted IMAP server on loopback (internal/scriptserver, the
// accept loop smtpcheck's tests share): each connection runs script, which
// says exactly what the server sends. Every line a client sent is
// recorded, redacting nothing, so tests can prove what the probe did not
// send.
type fake struct {
	*scriptserver.Server
	cert     *tls.Certificate // for implicit TLS (implicit) or STARTTLS
	implicit bool
}

// fakeOpt adjusts a fake before it starts.
type fakeOpt func(*fake)

// withTLS makes the fake speak implicit TLS with cert.
func withTLS(cert tls.Certificate) fakeOpt {
	return func(f *fake) { f.cert, f.implicit = &cert, true }
}

// withSTARTTLS lets the script's c.startTLS use cert.
func withSTARTTLS(cert tls.Certificate) fakeOpt {
	return func(f *fake) { f.cert = &cert }
}

// startFake starts a fake server; it is closed when the test ends.
func startFake(t testing.TB, script func(c *fconn), opts ...fakeOpt) *fake {
	t.Helper()
	f := &fake{}
	for _, o := range opts {
		o(f)
	}
	var implicit *tls.Config
	if f.implicit {
		implicit = f.tlsConfig()
	}
	f.Server = scriptserver.Start(t, implicit, func(c *scriptserver.Conn) { script(&fconn{Conn: c, f: f}) })
	return f
}

func (f *fake) tlsConfig() *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{*f.cert}}
}

// port is the fake's port.
func (f *fake) port() int { return f.Port }

// got returns every line clients sent, joined by "\n".
func (f *fake) got() string { return strings.Join(f.Received(), "\n") }

// connCount is how many connections the fake accepted.
func (f *fake) connCount() int { return f.Connections() }

// fconn is one connection of a fake.
type fconn struct {
	*scriptserver.Conn
	f *fake
}

// send writes lines, each with CRLF.
func (c *fconn) send(lines ...string) { c.Send(lines...) }

// read returns the next client line, or false when the client is gone.
func (c *fconn) read() (string, bool) { return c.ReadLine() }

// cmd reads the next command and splits it into tag, verb (upper case) and
// the rest.
func (c *fconn) cmd() (tag, verb, rest string, ok bool) {
	l, ok := c.read()
	if !ok {
		return "", "", "", false
	}
	tag, l, _ = strings.Cut(l, " ")
	verb, rest, _ = strings.Cut(l, " ")
	return tag, strings.ToUpper(verb), rest, true
}

// startTLS upgrades to TLS as a server.
func (c *fconn) startTLS() bool { return c.StartTLS(c.f.tlsConfig()) }

// handler answers one command: reply lines with "{tag}" standing for the
// tag, or nil to use the default answer.
type handler func(c *fconn, tag, verb, rest string) []string

// serve answers commands until LOGOUT or the client leaves. caps is the
// CAPABILITY list before TLS, capsTLS after (empty means the same).
func (c *fconn) serve(caps, capsTLS string, h handler) {
	if capsTLS == "" {
		capsTLS = caps
	}
	tlsUp := c.f.implicit
	for {
		tag, verb, rest, ok := c.cmd()
		if !ok {
			return
		}
		var out []string
		if h != nil {
			out = h(c, tag, verb, rest)
		}
		if out == nil {
			switch verb {
			case "CAPABILITY":
				cp := caps
				if tlsUp {
					cp = capsTLS
				}
				out = []string{"* CAPABILITY " + cp, "{tag} OK CAPABILITY completed"}
			case "STARTTLS":
				c.send(tag + " OK Begin TLS negotiation now")
				if !c.startTLS() {
					return
				}
				tlsUp = true
				continue
			case "LOGIN":
				out = []string{"{tag} " + checkLogin(rest)}
			case "AUTHENTICATE":
				out = []string{"{tag} " + c.authPlain(rest)}
			case "EXAMINE", "SELECT":
				out = []string{"* 0 EXISTS", "* OK [UIDVALIDITY 1] UIDs valid", "{tag} OK [READ-ONLY] EXAMINE completed"}
			case "LOGOUT":
				c.send("* BYE Logging out", tag+" OK Logout completed")
				return
			default:
				out = []string{"{tag} BAD unknown command"}
			}
		}
		for _, l := range out {
			c.send(strings.ReplaceAll(l, "{tag}", tag))
		}
	}
}

// checkLogin answers LOGIN with quoted arguments.
func checkLogin(rest string) string {
	user, pass, ok := parseTwoQuoted(rest)
	if ok && user == testUser && pass == testPassword {
		return "OK LOGIN completed"
	}
	return "NO [AUTHENTICATIONFAILED] Authentication failed."
}

func parseTwoQuoted(s string) (string, string, bool) {
	a, rest, ok := unquote(s)
	if !ok || !strings.HasPrefix(rest, " ") {
		return "", "", false
	}
	b, rest, ok := unquote(rest[1:])
	return a, b, ok && rest == ""
}

func unquote(s string) (string, string, bool) {
	if !strings.HasPrefix(s, `"`) {
		return "", "", false
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
			if i < len(s) {
				b.WriteByte(s[i])
			}
		case '"':
			return b.String(), s[i+1:], true
		default:
			b.WriteByte(s[i])
		}
	}
	return "", "", false
}

// authPlain answers AUTHENTICATE PLAIN, with or without an initial
// response.
func (c *fconn) authPlain(rest string) string {
	mech, ir, _ := strings.Cut(rest, " ")
	if !strings.EqualFold(mech, "PLAIN") {
		return "NO Unsupported authentication mechanism."
	}
	if ir == "" {
		c.send("+ ")
		l, ok := c.read()
		if !ok {
			return ""
		}
		ir = l
	}
	dec, err := base64.StdEncoding.DecodeString(ir)
	if err != nil {
		return "BAD Invalid base64 data in continued response"
	}
	if string(dec) == "\x00"+testUser+"\x00"+testPassword {
		return "OK Logged in"
	}
	return "NO [AUTHENTICATIONFAILED] Authentication failed."
}

// dovecotLike is a script for a well-behaved server: greeting with
// capabilities, then serve. It stands in for go-imap's imapserver, which
// needs go-message, a module this repository's go.sum does not hold.
func dovecotLike(greeting, caps, capsTLS string) func(c *fconn) {
	return func(c *fconn) {
		c.send(greeting)
		c.serve(caps, capsTLS, nil)
	}
}

// Real capability lists (Dovecot 2.3 on Debian 12, see real-servers.md).
const (
	dovecotCapsTLS   = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN"
	dovecotCapsPlain = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED"
	dovecotGreeting  = "* OK [CAPABILITY " + dovecotCapsTLS + "] Dovecot (Debian) ready."
)

// closedPort returns a port nothing listens on.
func closedPort(t testing.TB) int { return scriptserver.ClosedPort(t) }
