package imapcheck

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// fakeResolver answers LookupHost from a map; a missing name is NXDOMAIN.
type fakeResolver map[string][]string

func (r fakeResolver) LookupHost(_ context.Context, host string) ([]string, error) {
	if a, ok := r[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

// noCredentials asserts that nothing the fake received carries a login.
func noCredentials(t *testing.T, f *fake) {
	t.Helper()
	got := f.got()
	assert.NotContains(t, got, "LOGIN ")
	assert.NotContains(t, got, "AUTHENTICATE")
	assert.NotContains(t, got, testPassword)
}

// authCommands counts the authentication commands the fake received.
func authCommands(f *fake) int {
	n := 0
	for _, l := range strings.Split(f.got(), "\n") {
		_, rest, _ := strings.Cut(l, " ")
		verb, _, _ := strings.Cut(rest, " ")
		if v := strings.ToUpper(verb); v == "LOGIN" || v == "AUTHENTICATE" {
			n++
		}
	}
	return n
}

func TestProbeResolveAndConnect(t *testing.T) {
	t.Run("dns not found", func(t *testing.T) {
		o := baseOpts(993, probe.SecurityTLS)
		o.Host, o.Resolver = "imap.nonexistent.test", fakeResolver{}
		res := run(t, o)
		assert.Equal(t, probe.StageResolve, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetDNSNotFound, res.Error.Kind)
		assert.Equal(t, "lookup", res.Error.Op)
		assert.Equal(t, []string{"resolve:failed"}, outcomes(res))
	})
	t.Run("dial refused", func(t *testing.T) {
		res := run(t, baseOpts(closedPort(t), probe.SecurityTLS))
		assert.Equal(t, probe.StageConnect, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetRefused, res.Error.Kind)
		assert.False(t, res.OK)
	})
	t.Run("addresses in order until one connects", func(t *testing.T) {
		cert := leaf(t, func(o *certgen.LeafOptions) { o.Hosts = []string{"imap.example.test"} })
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityTLS)
		// Nothing listens on 127.0.0.2 at the fake's port: refused, then
		// the next address.
		o.Host, o.Resolver = "imap.example.test", fakeResolver{"imap.example.test": {"127.0.0.2", "127.0.0.1"}}
		res := run(t, o)
		assert.True(t, res.OK)
		assert.Equal(t, []string{"127.0.0.2", "127.0.0.1"}, res.Addresses)
		assert.Equal(t, net.JoinHostPort("127.0.0.1", itoa(f.port())), res.RemoteAddr)
		assert.Equal(t, "resolve:ok", outcomes(res)[0])
		assert.Contains(t, step(res, probe.StageConnect).Detail, "127.0.0.2")
		assert.Equal(t, "imap.example.test", res.TLS.ServerName)
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestProbeCertificates(t *testing.T) {
	day := 24 * time.Hour
	cases := []struct {
		name   string
		cert   func(t *testing.T) tls.Certificate
		reason probe.CertReason
	}{
		{"self-signed", func(t *testing.T) tls.Certificate {
			c, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"127.0.0.1"}, NotBefore: testNow.Add(-day), NotAfter: testNow.Add(day)})
			require.NoError(t, err)
			return c
		}, probe.CertUnknownAuthority},
		{"expired", func(t *testing.T) tls.Certificate {
			return leaf(t, func(o *certgen.LeafOptions) { o.NotBefore, o.NotAfter = testNow.Add(-30*day), testNow.Add(-day) })
		}, probe.CertExpired},
		{"not yet valid", func(t *testing.T) tls.Certificate {
			return leaf(t, func(o *certgen.LeafOptions) { o.NotBefore, o.NotAfter = testNow.Add(day), testNow.Add(30*day) })
		}, probe.CertNotYetValid},
		{"wrong host", func(t *testing.T) tls.Certificate {
			return leaf(t, func(o *certgen.LeafOptions) { o.Hosts = []string{"wrong-host.example.invalid"} })
		}, probe.CertWrongHost},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, sec := range []probe.Security{probe.SecurityTLS, probe.SecurityStartTLS} {
				opt := withTLS(tc.cert(t))
				if sec == probe.SecurityStartTLS {
					opt = withSTARTTLS(tc.cert(t))
				}
				f := startFake(t, dovecotLike("* OK Dovecot ready.", dovecotCapsPlain, dovecotCapsTLS), opt)
				res := run(t, baseOpts(f.port(), sec))
				assert.Equal(t, probe.StageTLSHandshake, res.Stage, sec)
				require.NotNil(t, res.Error, sec)
				assert.Equal(t, probe.NetTLSCert, res.Error.Kind, sec)
				assert.Equal(t, tc.reason, res.Error.CertReason, sec)
				require.NotNil(t, res.TLS, sec)
				assert.False(t, res.TLS.Verified, sec)
				assert.NotEmpty(t, res.TLS.Chain, "the chain is summarised even when it does not verify")
				assert.Nil(t, res.Auth, sec)
				noCredentials(t, f)
			}
		})
	}
}

func TestProbeWrongTLSMode(t *testing.T) {
	cert := leaf(t, nil)
	t.Run("plaintext server on the TLS port", func(t *testing.T) {
		f := startFake(t, dovecotLike("* OK Dovecot (Debian) ready.", dovecotCapsPlain, ""))
		res := run(t, baseOpts(f.port(), probe.SecurityTLS))
		assert.Equal(t, probe.StageTLSHandshake, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetTLSNotTLS, res.Error.Kind)
		assert.Equal(t, "* OK ", res.Error.RecordHeader) // the first five bytes of the greeting
		assert.Nil(t, res.ModeCheck, "the record header is evidence enough")
		assert.Equal(t, 1, f.connCount())
	})
	t.Run("TLS server on the plaintext port", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityStartTLS)
		o.StageTimeout = shortStage
		res := run(t, o)
		assert.Equal(t, probe.StageGreeting, res.Stage)
		require.NotNil(t, res.Error)
		assert.Equal(t, probe.NetTimeout, res.Error.Kind)
		require.NotNil(t, res.ModeCheck)
		assert.Equal(t, probe.ModeCheck{Tried: probe.SecurityTLS, HandshakeOK: true, Greeting: dovecotGreeting}, *res.ModeCheck)
		assert.Equal(t, []string{"resolve:skipped", "connect:ok", "greeting:failed", "tls_mode_check:ok"}, outcomes(res))
		assert.Equal(t, 2, f.connCount())
		noCredentials(t, f)
	})
	t.Run("TLS server on the plaintext port: the wait is cut short", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityStartTLS)
		// The check starts at half the stage and has the other half to
		// succeed and end the wait; a second is ample even under -race.
		o.StageTimeout = time.Second
		res := run(t, o)
		require.NotNil(t, res.Error)
		assert.Equal(t, modecheck.CutShort(), res.Error, "the wait ended by the check, not by the server")
		g := step(res, probe.StageGreeting)
		assert.Equal(t, modecheck.CutShortDetail, g.Detail)
		assert.Equal(t, modecheck.CutShort(), g.Error)
		require.NotNil(t, res.ModeCheck)
		assert.True(t, res.ModeCheck.HandshakeOK)
		assert.Equal(t, []string{"resolve:skipped", "connect:ok", "greeting:failed", "tls_mode_check:ok"}, outcomes(res))
		assert.Equal(t, 2, f.connCount())
		noCredentials(t, f)
	})
	t.Run("TLS server on the plaintext port, mode check off", func(t *testing.T) {
		f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(cert))
		o := baseOpts(f.port(), probe.SecurityNone)
		o.StageTimeout, o.SkipModeCheck = shortStage, true
		res := run(t, o)
		assert.Equal(t, probe.NetTimeout, res.Error.Kind)
		assert.Nil(t, res.ModeCheck)
		assert.Equal(t, 1, f.connCount())
	})
}

func TestProbeGreeting(t *testing.T) {
	silent := func(c *fconn) { _, _ = io.Copy(io.Discard, c) } // until the client leaves
	cases := []struct {
		name    string
		script  func(c *fconn)
		kind    probe.NetErrorKind // of res.Error, "" for none
		resp    *Response
		mode    bool // a mode check ran
		modeErr probe.NetErrorKind
	}{
		{"no greeting", silent, probe.NetTimeout, nil, true, probe.NetTimeout},
		{"closed without greeting", func(c *fconn) {}, probe.NetClosed, nil, true, ""},
		{"BYE greeting", func(c *fconn) { c.send("* BYE Too many connections from your IP") },
			"", &Response{Type: "BYE", Text: "Too many connections from your IP", Line: "* BYE Too many connections from your IP"}, false, ""},
		{"BYE greeting with code", func(c *fconn) { c.send("* BYE [UNAVAILABLE] Server shutting down") },
			"", &Response{Type: "BYE", Code: "UNAVAILABLE", Text: "Server shutting down", Line: "* BYE [UNAVAILABLE] Server shutting down"}, false, ""},
		{"SMTP banner", func(c *fconn) { c.send("220 mail.example.test ESMTP Postfix (Debian/GNU)"); silent(c) }, probe.NetProtocol, nil, false, ""},
		{"HTTP", func(c *fconn) { c.send("HTTP/1.1 400 Bad Request"); silent(c) }, probe.NetProtocol, nil, false, ""},
		{"slow drip", func(c *fconn) {
			for _, b := range "* OK Dovecot ready." {
				_, _ = c.Write([]byte{byte(b)})
				time.Sleep(100 * time.Millisecond)
			}
		}, probe.NetTimeout, nil, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, tc.script)
			o := baseOpts(f.port(), probe.SecurityStartTLS)
			o.StageTimeout = shortStage
			res := run(t, o)
			assert.Equal(t, probe.StageGreeting, res.Stage)
			assert.False(t, res.OK)
			if tc.kind == "" {
				assert.Nil(t, res.Error)
			} else if assert.NotNil(t, res.Error) {
				assert.Equal(t, tc.kind, res.Error.Kind)
			}
			assert.Equal(t, tc.resp, res.Response)
			assert.Equal(t, tc.mode, res.ModeCheck != nil)
			if tc.mode && res.ModeCheck != nil {
				assert.False(t, res.ModeCheck.HandshakeOK)
				if tc.modeErr != "" && assert.NotNil(t, res.ModeCheck.Error) {
					assert.Equal(t, tc.modeErr, res.ModeCheck.Error.Kind)
				}
			}
			noCredentials(t, f)
		})
	}
}

// Dovecot's placeholder while its auth process starts must not be taken for
// the greeting (real-servers.md).
func TestProbeDovecotWaitingGreeting(t *testing.T) {
	f := startFake(t, func(c *fconn) {
		c.send("* OK Waiting for authentication process to respond..")
		time.Sleep(50 * time.Millisecond)
		c.send(dovecotGreeting)
		c.serve(dovecotCapsTLS, "", nil)
	}, withTLS(leaf(t, nil)))
	res := run(t, baseOpts(f.port(), probe.SecurityTLS))
	assert.True(t, res.OK)
	assert.Equal(t, dovecotGreeting, res.Greeting)
	assert.Equal(t, "* OK Waiting for authentication process to respond..\n"+dovecotGreeting, step(res, probe.StageGreeting).Server)
	assert.Contains(t, res.Capabilities, "AUTH=PLAIN")
}

func TestProbePreauth(t *testing.T) {
	t.Run("plaintext", func(t *testing.T) {
		f := startFake(t, dovecotLike("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] ready, logged in as alice", "IMAP4rev1 STARTTLS", ""))
		res := run(t, baseOpts(f.port(), probe.SecurityStartTLS))
		assert.Equal(t, probe.StopPreauth, res.StopReason)
		assert.Equal(t, probe.StageGreeting, res.Stage)
		assert.False(t, res.OK)
		noCredentials(t, f)
	})
	t.Run("over TLS", func(t *testing.T) {
		f := startFake(t, dovecotLike("* PREAUTH [CAPABILITY IMAP4rev1] ready, logged in as alice", "IMAP4rev1", ""), withTLS(leaf(t, nil)))
		res := run(t, baseOpts(f.port(), probe.SecurityTLS))
		assert.True(t, res.OK)
		assert.Equal(t, "authenticate:skipped", outcomes(res)[5])
		assert.False(t, res.Auth.Attempted)
		noCredentials(t, f)
	})
}

func TestProbeStopsBeforeCredentials(t *testing.T) {
	cases := []struct {
		name  string
		sec   probe.Security
		caps  string
		allow bool
		stop  probe.StopReason
		stage probe.Stage
	}{
		{"STARTTLS not offered", probe.SecurityStartTLS, "IMAP4rev1 AUTH=PLAIN", false, probe.StopStartTLSUnavailable, probe.StageStartTLS},
		{"STARTTLS not offered, plaintext allowed", probe.SecurityStartTLS, "IMAP4rev1 AUTH=PLAIN", true, probe.StopStartTLSUnavailable, probe.StageStartTLS},
		{"mode none", probe.SecurityNone, "IMAP4rev1 AUTH=PLAIN", false, probe.StopPlaintextNotAllowed, probe.StageAuthenticate},
		{"LOGINDISABLED, no SASL", probe.SecurityNone, "IMAP4rev1 STARTTLS LOGINDISABLED", true, probe.StopLoginDisabled, probe.StageAuthenticate},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := startFake(t, dovecotLike("* OK ready", tc.caps, ""))
			o := baseOpts(f.port(), tc.sec)
			o.AllowPlaintextAuth = tc.allow
			res := run(t, o)
			assert.Equal(t, tc.stop, res.StopReason)
			assert.Equal(t, tc.stage, res.Stage)
			assert.False(t, res.OK)
			assert.Nil(t, res.Error)
			if res.Auth != nil {
				assert.False(t, res.Auth.Attempted)
			}
			noCredentials(t, f)
			assert.Contains(t, f.got(), "LOGOUT", "the probe says goodbye")
		})
	}
}

func TestProbeNoCredentials(t *testing.T) {
	f := startFake(t, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(leaf(t, nil)))
	o := baseOpts(f.port(), probe.SecurityTLS)
	o.Username, o.Password = "", ""
	res := run(t, o)
	assert.True(t, res.OK, "reachable and ready for authentication")
	assert.Equal(t, probe.StopNoCredentials, res.StopReason)
	assert.Equal(t, probe.StageAuthenticate, res.Stage)
	noCredentials(t, f)
}

func TestProbeStartTLSRefused(t *testing.T) {
	f := startFake(t, func(c *fconn) {
		c.send("* OK ready")
		c.serve("IMAP4rev1 STARTTLS", "", func(c *fconn, tag, verb, rest string) []string {
			if verb == "STARTTLS" {
				return []string{"{tag} NO [UNAVAILABLE] TLS support isn't enabled"}
			}
			return nil
		})
	})
	res := run(t, baseOpts(f.port(), probe.SecurityStartTLS))
	assert.Equal(t, probe.StageStartTLS, res.Stage)
	assert.Equal(t, &Response{Type: "NO", Code: "UNAVAILABLE", Text: "TLS support isn't enabled", Line: "a2 NO [UNAVAILABLE] TLS support isn't enabled"}, res.Response)
	noCredentials(t, f)
}

// Plaintext the server sends after the tagged STARTTLS OK arrived before
// encryption and could come from anyone on the path: it is discarded, and
// the capabilities come from after the handshake (RFC 9051 section 11.1).
func TestProbeSTARTTLSInjection(t *testing.T) {
	f := startFake(t, func(c *fconn) {
		c.send("* OK ready")
		c.serve("IMAP4rev1 STARTTLS LOGINDISABLED", dovecotCapsTLS, func(c *fconn, tag, verb, rest string) []string {
			if verb != "STARTTLS" {
				return nil
			}
			_, _ = c.Write([]byte(tag + " OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN INJECTED\r\n"))
			if !c.startTLS() {
				return []string{}
			}
			c.serve(dovecotCapsTLS, "", nil)
			return []string{}
		})
	}, withSTARTTLS(leaf(t, nil)))
	res := run(t, baseOpts(f.port(), probe.SecurityStartTLS))
	assert.True(t, res.OK)
	assert.Contains(t, step(res, probe.StageStartTLS).Detail, "discarded")
	assert.NotContains(t, res.Capabilities, "INJECTED")
}
