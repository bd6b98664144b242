package smtpcheck

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/scriptserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

// This file holds a small scripted SMTP line server for tests where exact
// wording matters (go-smtp's server fixes its banner and has no LOGIN),
// and the certificates the tests use.

// testCA is built once per process: ECDSA keys are cheap, but not free.
var testCA = sync.OnceValue(func() *certgen.CA {
	ca, err := certgen.NewCA("mailcheck test CA", time.Now())
	if err != nil {
		panic(err)
	}
	return ca
})

// leaf issues a certificate for hosts valid from notBefore to notAfter
// relative to now.
func leaf(t testing.TB, notBefore, notAfter time.Duration, hosts ...string) tls.Certificate {
	t.Helper()
	now := time.Now()
	c, err := testCA().Leaf(certgen.LeafOptions{Hosts: hosts, NotBefore: now.Add(notBefore), NotAfter: now.Add(notAfter)})
	require.NoError(t, err)
	return c
}

// serverTLS is a server config with a valid certificate for 127.0.0.1.
func serverTLS(t testing.TB) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{leaf(t, -time.Hour, 24*time.Hour, "127.0.0.1", "localhost")}}
}

func rootCAs() *x509.CertPool { return testCA().Pool() }

// fakeServer is a scripted SMTP server on loopback (internal/scriptserver,
// the accept loop imapcheck's tests share). Every connection runs handle;
// every line a client sent is recorded, on every connection.
type fakeServer struct {
	*scriptserver.Server
	host string
	port int
}

func startFake(t testing.TB, implicit *tls.Config, handle func(*fakeConn)) *fakeServer {
	t.Helper()
	srv := scriptserver.Start(t, implicit, func(c *scriptserver.Conn) { handle(&fakeConn{c}) })
	return &fakeServer{Server: srv, host: srv.Host, port: srv.Port}
}

// received returns every line clients sent, in order.
func (s *fakeServer) received() []string { return s.Received() }

func (s *fakeServer) connections() int { return s.Connections() }

type fakeConn struct{ *scriptserver.Conn }

// send writes each line with CRLF.
func (c *fakeConn) send(lines ...string) { c.Send(lines...) }

// readLine reads one client line and records it.
func (c *fakeConn) readLine() (string, bool) { return c.ReadLine() }

// silent says nothing and returns when the client hangs up.
func (c *fakeConn) silent() { c.Silent() }

// startTLS upgrades the connection after the 220 to STARTTLS.
func (c *fakeConn) startTLS(cfg *tls.Config) bool { return c.StartTLS(cfg) }

// script is a data-driven conversation: banner, EHLO replies before and
// after TLS, and replies per command verb. Zero fields get plain defaults.
type script struct {
	banner  []string // nil: "220 fake.test ESMTP ready"
	ehlo    []string // EHLO reply before TLS (and after, if ehloTLS is nil)
	ehloTLS []string
	tls     *tls.Config // answers STARTTLS when set
	// auth handles the AUTH line; nil refuses with 535.
	auth    func(c *fakeConn, line string)
	replies map[string][]string // by verb: "HELO", "MAIL", "RCPT", "RSET", "STARTTLS"...
}

func (sc script) handle(c *fakeConn) {
	banner := sc.banner
	if banner == nil {
		banner = []string{"220 fake.test ESMTP ready"}
	}
	c.send(banner...)
	inTLS := false
	for {
		line, ok := c.readLine()
		if !ok {
			return
		}
		v := verb(line)
		if r, ok := sc.replies[v]; ok {
			c.send(r...)
			if r[0][:3] == "221" || r[0][:3] == "421" {
				return
			}
			continue
		}
		switch v {
		case "EHLO":
			e := sc.ehlo
			if inTLS && sc.ehloTLS != nil {
				e = sc.ehloTLS
			}
			if e == nil {
				e = []string{"250-fake.test", "250 AUTH PLAIN LOGIN"}
			}
			c.send(e...)
		case "STARTTLS":
			if sc.tls == nil {
				c.send("502 5.5.1 Unrecognized command")
				continue
			}
			c.send("220 2.0.0 Ready to start TLS")
			if !c.startTLS(sc.tls) {
				return
			}
			inTLS = true
		case "AUTH":
			if sc.auth == nil {
				c.send("535 5.7.8 Authentication failed")
				continue
			}
			sc.auth(c, line)
		case "QUIT":
			c.send("221 2.0.0 Bye")
			return
		case "DATA":
			c.send("554 5.5.1 the probe must never send DATA")
		default:
			c.send("250 2.0.0 OK")
		}
	}
}

// Secrets used by the tests. They share no four bytes with the fakes'
// words: the redactor removes any four bytes of a secret wherever they
// are (internal/redact), so a passphrase such as "correct horse battery
// staple" would blank the " sta" of "250 STARTTLS" and the "correct" of
// "Incorrect", which tests of other things should not have to expect.
// The price of passphrases is pinned in internal/redact and in the
// hostile-server suite (cmd/mailcheck).
const (
	testUser     = "alice@example.test"
	testPassword = "Zq7#kW2p horse 9xV!"
	testToken    = "ya29.a0AfB_byC-Xq8-acc3ss-tok3n-9Kz"
)

// authPlain accepts PLAIN with testUser/testPassword.
func authPlain(c *fakeConn, line string) {
	f := strings.Fields(line)
	if len(f) != 3 || !strings.EqualFold(f[1], "PLAIN") {
		c.send("504 5.5.4 Unsupported mechanism")
		return
	}
	want := "\x00" + testUser + "\x00" + testPassword
	if got, _ := base64.StdEncoding.DecodeString(f[2]); string(got) == want {
		c.send("235 2.7.0 Authentication successful")
		return
	}
	c.send("535 5.7.8 Error: authentication failed: authentication failure")
}

// authLogin runs LOGIN's two prompts and checks testUser/testPassword.
func authLogin(c *fakeConn, line string) {
	if !strings.EqualFold(strings.TrimSpace(line), "AUTH LOGIN") {
		c.send("504 5.5.4 Unsupported mechanism")
		return
	}
	c.send("334 VXNlcm5hbWU6")
	u, ok := c.readLine()
	if !ok {
		return
	}
	c.send("334 UGFzc3dvcmQ6")
	pw, ok := c.readLine()
	if !ok {
		return
	}
	gu, _ := base64.StdEncoding.DecodeString(u)
	gp, _ := base64.StdEncoding.DecodeString(pw)
	if string(gu) == testUser && string(gp) == testPassword {
		c.send("235 2.7.0 Authentication successful")
		return
	}
	c.send("535 5.7.8 Authentication failed")
}

// gmailXOAuth2Error is the challenge Gmail sends for a bad token, from
// https://developers.google.com/gmail/imap/xoauth2-protocol.
const gmailXOAuth2Error = `{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`

// authXOAuth2 accepts XOAUTH2 with testUser/token, and fails the way Gmail
// does: a 334 JSON challenge, then 535 after the client's empty line.
func authXOAuth2(token string) func(c *fakeConn, line string) {
	return func(c *fakeConn, line string) {
		f := strings.Fields(line)
		if len(f) != 3 || !strings.EqualFold(f[1], "XOAUTH2") {
			c.send("504 5.5.4 Unsupported mechanism")
			return
		}
		want := "user=" + testUser + "\x01auth=Bearer " + token + "\x01\x01"
		if got, _ := base64.StdEncoding.DecodeString(f[2]); string(got) == want {
			c.send("235 2.7.0 Accepted")
			return
		}
		c.send("334 " + base64.StdEncoding.EncodeToString([]byte(gmailXOAuth2Error)))
		if l, ok := c.readLine(); !ok || l != "" {
			c.send("501 5.5.2 expected an empty line")
			return
		}
		c.send("535-5.7.8 Username and Password not accepted. For more information, go to",
			"535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a.123 - gsmtp")
	}
}

// ehloTLSAuth is an EHLO reply that offers STARTTLS and, after TLS, AUTH.
var (
	ehloStartTLS = []string{"250-fake.test Hello", "250-PIPELINING", "250-SIZE 35882577", "250 STARTTLS"}
	ehloAuth     = []string{"250-fake.test Hello", "250-PIPELINING", "250-SIZE 35882577", "250 AUTH PLAIN LOGIN"}
)

// optionsFor returns probe options for s that trust the test CA, with a
// short stage timeout so a failing test fails fast.
func optionsFor(s *fakeServer, sec probe.Security) Options {
	return Options{
		Host:         s.host,
		Port:         s.port,
		Security:     sec,
		Username:     testUser,
		Password:     testPassword,
		TLSConfig:    &tls.Config{RootCAs: rootCAs()},
		StageTimeout: 3 * time.Second,
	}
}
