package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"github.com/mailcheck-go/mailcheck/catalog"
	"net"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// knownCodes is diagnose.Codes (diagnose/code.go), copied so this package's
// tests do not depend on the classifier being buildable; a test in package
// diagnose may compare the two lists.
var knownCodes = []string{
	"ok", "dns_failure", "connection_refused", "connection_timeout", "network_unreachable",
	"tls_handshake_failed", "tls_certificate_invalid", "tls_wrong_mode", "starttls_unavailable",
	"plaintext_auth_disallowed", "server_unavailable", "protocol_error",
	"invalid_credentials", "password_expired", "app_password_required", "basic_auth_disabled",
	"policy_blocked", "protocol_disabled", "web_login_required", "account_locked",
	"rate_limited", "temporary_failure", "mechanism_unsupported",
	"sender_not_permitted", "relay_denied", "sending_blocked", "unknown",
}

func TestScenarioData(t *testing.T) {
	kebab := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	seen := map[string]bool{}
	for _, sc := range Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			assert.Regexp(t, kebab, sc.Name, "name is not kebab-case")
			assert.False(t, seen[sc.Name], "name %q is not unique", sc.Name)
			seen[sc.Name] = true
			assert.NotEmpty(t, sc.Description, "missing description")
			assert.NotEmpty(t, sc.Provider, "missing provider")
			if sc.Provider != ProviderGeneric {
				assert.NotEmpty(t, sc.Sources, "a provider scenario needs sources")
				assert.True(t, catalog.Registered(sc.Provider), "provider %q is not in the registry", sc.Provider)
			}
			for _, src := range sc.Sources {
				assert.True(t, strings.HasPrefix(src, "https://"), "source %q is not a URL", src)
			}
			checkCode(t, "IMAPCode", sc.IMAPCode, sc.IMAP != nil)
			checkCode(t, "SMTPCode", sc.SMTPCode, sc.SMTP != nil)
			if assert.NotEmpty(t, sc.Accounts, "the first account needs an address and a password") {
				assert.NotEmpty(t, sc.Accounts[0].Email, "the first account needs an address")
				assert.NotEmpty(t, sc.Accounts[0].Password, "the first account needs a password")
			}
			if b := sc.IMAP; b != nil {
				assert.True(t, strings.HasPrefix(b.Greeting, "* "), "IMAP needs a greeting: %q", b.Greeting)
				assert.NotEmpty(t, b.Failure, "IMAP needs a failure reply")
				assert.NotEmpty(t, b.Capabilities, "IMAP needs capabilities")
			}
			if b := sc.SMTP; b != nil {
				assert.NotEmpty(t, b.Banner, "SMTP needs a banner")
				assert.NotEmpty(t, b.Hello, "SMTP needs a hello line")
				assert.NotEmpty(t, b.Failure, "SMTP needs a failure reply")
			}
		})
	}
	assert.GreaterOrEqual(t, len(seen), 30, "scenarios")
}

func checkCode(t *testing.T, field, code string, served bool) {
	t.Helper()
	if !served {
		assert.Empty(t, code, "%s for a protocol the scenario does not serve", field)
		return
	}
	assert.Contains(t, knownCodes, code, "%s is not a diagnose code", field)
}

func TestScenariosAreCopies(t *testing.T) {
	a, _ := Lookup("microsoft365-ok")
	a.IMAP.Capabilities[0] = "CHANGED"
	a.Accounts[0].Password = "changed"
	b, _ := Lookup("microsoft365-ok")
	assert.NotEqual(t, "CHANGED", b.IMAP.Capabilities[0], "changing a looked-up scenario changed the catalogue")
	assert.NotEqual(t, "changed", b.Accounts[0].Password, "changing a looked-up scenario changed the catalogue")
}

// TestEveryScenarioGreets starts every scenario and reads the greeting or
// banner on every listener, over TLS where the listener speaks it.
func TestEveryScenarioGreets(t *testing.T) {
	for _, sc := range Scenarios() {
		if sc.Fault.NoGreeting || sc.Cert != CertValid && sc.Cert != CertExpiringSoon || sc.Fault.SlowDrip > 0 {
			continue // covered by TestFaults
		}
		t.Run(sc.Name, func(t *testing.T) {
			t.Parallel()
			s := startScenario(t, sc.Name, nil)
			cfg := s.ClientTLSConfig()
			tlsFirst := func(tlsListener bool) *tls.Config {
				if tlsListener != sc.Fault.PlainOnTLSPort || sc.Fault.TLSOnPlainPort {
					return cfg
				}
				return nil
			}
			want := func(lines ...string) string { return strings.Join(lines, "\n") }
			check := func(addr string, tlsListener bool, greeting string, banner []string) {
				if addr == "" {
					return
				}
				c := dial(t, addr, tlsFirst(tlsListener))
				switch {
				case sc.Fault.Garbage != "":
					assert.Equal(t, sc.Fault.Garbage, c.line(), addr)
				case banner != nil:
					assert.Equal(t, want(banner...), want(c.smtpReply()...), "%s: banner", addr)
				default:
					got := c.line()
					if !strings.Contains(greeting, "{") {
						assert.Equal(t, greeting, got, "%s: greeting", addr)
					}
					assert.NotContains(t, got, "{", "%s: unexpanded placeholder", addr)
				}
			}
			if b := sc.IMAP; b != nil {
				check(s.IMAPTLS, true, b.Greeting, nil)
				check(s.IMAPStartTLS, false, b.Greeting, nil)
			}
			if b := sc.SMTP; b != nil {
				check(s.SMTPTLS, true, "", b.Banner)
				check(s.SMTPStartTLS, false, "", b.Banner)
			}
		})
	}
}

func TestListeners(t *testing.T) {
	s := startScenario(t, "microsoft365-ok", nil)
	// Exchange Online listeners: IMAP over TLS, SMTP with STARTTLS.
	assert.NotEmpty(t, s.IMAPTLS, "IMAPTLS")
	assert.Empty(t, s.IMAPStartTLS, "IMAPStartTLS")
	assert.Empty(t, s.SMTPTLS, "SMTPTLS")
	assert.NotEmpty(t, s.SMTPStartTLS, "SMTPStartTLS")
	bp := s.BoundPorts()
	assert.Equal(t, s.IMAPTLS, net.JoinHostPort(s.Host(), strconv.Itoa(bp.IMAPTLS)), "host and port of IMAPTLS")
	assert.Equal(t, s.SMTPStartTLS, net.JoinHostPort(s.Host(), strconv.Itoa(bp.SMTPStartTLS)), "host and port of SMTPStartTLS")
	assert.Zero(t, bp.SMTPTLS, "no SMTP over implicit TLS")
	b, err := json.Marshal(s.Listing("/tmp/ca.pem"))
	require.NoError(t, err)
	want := `{"scenario":"microsoft365-ok","host":"` + s.Host() + `","imap":{"tls":"` + s.IMAPTLS + `"},"smtp":{"starttls":"` + s.SMTPStartTLS +
		`"},"ca_file":"/tmp/ca.pem","accounts":[{"email":"adele@contoso.example","username":"adele@contoso.example","password":"Correct-Horse-365","token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Vq3wZp8Kx"}]}`
	assert.Equal(t, want, string(b), "listing JSON")
	info, _ := json.Marshal(Scenarios()[0].Info())
	assert.Equal(t, `{"name":"microsoft365-ok","description":"`+Scenarios()[0].Description+`","provider":"microsoft365","imap_code":"ok","smtp_code":"ok"}`, string(info), "info JSON")
	dir := t.TempDir()
	p, err := s.WriteCAFile(dir)
	require.NoError(t, err)
	pem, _ := os.ReadFile(p)
	assert.True(t, x509.NewCertPool().AppendCertsFromPEM(pem), "CA file holds no certificate")
}

func TestCertificates(t *testing.T) {
	tests := []struct {
		scenario string
		ok       bool
	}{
		{"dovecot-postfix-ok", true},
		{"cert-expiring-soon", true},
		{"cert-expired", false},
		{"cert-not-yet-valid", false},
		{"cert-wrong-host", false},
		{"cert-self-signed", false},
	}
	for _, tc := range tests {
		t.Run(tc.scenario, func(t *testing.T) {
			s := startScenario(t, tc.scenario, nil)
			conn, err := tls.Dial("tcp", s.IMAPTLS, s.ClientTLSConfig())
			if err == nil {
				conn.Close()
			}
			if tc.ok {
				require.NoError(t, err, "handshake")
			} else {
				require.Error(t, err, "handshake")
				var verr *tls.CertificateVerificationError
				assert.ErrorAs(t, err, &verr, "not a certificate verification error")
				// The server saw the client's alert.
				require.Eventually(t, func() bool { r := s.Records(); return len(r) == 1 && r[0].HandshakeError != "" },
					5*time.Second, 10*time.Millisecond, "the server saw no handshake error")
			}
		})
	}
	// The leaf follows the server's clock.
	sc, _ := Lookup("cert-expired")
	s := NewUnstartedServer(sc)
	fixed := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	s.Now = func() time.Time { return fixed }
	require.NoError(t, s.Start())
	defer s.Close()
	got := s.Certificate().NotAfter
	assert.True(t, got.Equal(fixed.Add(-24*time.Hour)), "NotAfter = %v, want a day before %v", got, fixed)
}

func TestFaults(t *testing.T) {
	t.Run("no-greeting", func(t *testing.T) {
		s := startScenario(t, "no-greeting", nil)
		c := dial(t, s.IMAPTLS, s.ClientTLSConfig()) // TLS completes
		_ = c.nc.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		var ne net.Error
		_, err := c.br.ReadByte()
		if assert.ErrorAs(t, err, &ne, "read: want a timeout") {
			assert.True(t, ne.Timeout(), "read = %v, want a timeout", err)
		}
	})
	t.Run("tls-on-plain-port", func(t *testing.T) {
		s := startScenario(t, "tls-on-plain-port", nil)
		c := dial(t, s.SMTPStartTLS, s.ClientTLSConfig())
		r := c.smtpReply()
		assert.True(t, strings.HasPrefix(r[0], "220 "), "banner over TLS on the plain port = %q", r)
	})
	t.Run("plain-on-tls-port", func(t *testing.T) {
		s := startScenario(t, "plain-on-tls-port", nil)
		_, err := tls.Dial("tcp", s.IMAPTLS, s.ClientTLSConfig())
		var rh tls.RecordHeaderError
		if assert.ErrorAs(t, err, &rh, "TLS dial: want a RecordHeaderError") {
			assert.True(t, strings.HasPrefix(string(rh.RecordHeader[:]), "* OK "), "record header %q, want the greeting", rh.RecordHeader[:])
		}
	})
	t.Run("reset-during-auth", func(t *testing.T) {
		s := startScenario(t, "reset-during-auth", nil)
		c := dial(t, s.SMTPTLS, s.ClientTLSConfig())
		c.smtpReply()
		c.send("EHLO x")
		c.smtpReply()
		c.send("AUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x"))
		_, err := c.br.ReadByte()
		assert.ErrorIs(t, err, syscall.ECONNRESET, "read after AUTH")
	})
	t.Run("slow-server", func(t *testing.T) {
		s := startScenario(t, "slow-server", func(sc *Scenario) { sc.Fault.SlowDrip = 40 * time.Millisecond })
		c := dial(t, s.SMTPTLS, s.ClientTLSConfig())
		r := c.smtpReply()
		assert.Equal(t, "220 mail.example.org ESMTP Postfix", r[0], "banner = %q", r)
	})
}

func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	for _, name := range []string{"dovecot-postfix-ok", "no-greeting", "slow-server", "garbage-greeting"} {
		s, err := NewServer(mustLookup(t, name))
		require.NoError(t, err)
		// Leave connections in every state: greeted, mid-handshake
		// (plain dial on a TLS port), silent, mid-drip.
		for _, addr := range []string{s.IMAPTLS, s.IMAPStartTLS, s.SMTPTLS, s.SMTPStartTLS} {
			c, err := net.Dial("tcp", addr)
			require.NoError(t, err)
			defer c.Close()
		}
		require.Eventually(t, func() bool { return len(s.Records()) == 4 }, 5*time.Second, 10*time.Millisecond)
		done := make(chan struct{})
		go func() { s.Close(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			require.FailNow(t, "Close blocked", name)
		}
		s.Close() // twice is fine
	}
	// Eventually runs the condition on a goroutine of its own: one more
	// than were running before.
	require.Eventually(t, func() bool { return runtime.NumGoroutine() <= before+1 }, 5*time.Second, 10*time.Millisecond,
		"goroutines left after Close")
	NewUnstartedServer(mustLookup(t, "gmail-ok")).Close() // never started
}

func mustLookup(t *testing.T, name string) Scenario {
	t.Helper()
	sc, ok := Lookup(name)
	require.True(t, ok, "no scenario %q", name)
	return sc
}
