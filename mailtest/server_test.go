package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"net"
	"os"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
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
			if !kebab.MatchString(sc.Name) || seen[sc.Name] {
				t.Errorf("name %q is not kebab-case or not unique", sc.Name)
			}
			seen[sc.Name] = true
			if sc.Description == "" || sc.Provider == "" {
				t.Error("missing description or provider")
			}
			if sc.Provider != "generic" && len(sc.Sources) == 0 {
				t.Error("a provider scenario needs sources")
			}
			for _, src := range sc.Sources {
				if !strings.HasPrefix(src, "https://") {
					t.Errorf("source %q is not a URL", src)
				}
			}
			checkCode(t, "IMAPCode", sc.IMAPCode, sc.IMAP != nil)
			checkCode(t, "SMTPCode", sc.SMTPCode, sc.SMTP != nil)
			if len(sc.Accounts) == 0 || sc.Accounts[0].Email == "" || sc.Accounts[0].Password == "" {
				t.Error("the first account needs an address and a password")
			}
			if b := sc.IMAP; b != nil && (!strings.HasPrefix(b.Greeting, "* ") || len(b.Failure) == 0 || len(b.Capabilities) == 0) {
				t.Error("IMAP needs a greeting, capabilities and a failure reply")
			}
			if b := sc.SMTP; b != nil && (len(b.Banner) == 0 || b.Hello == "" || len(b.Failure) == 0) {
				t.Error("SMTP needs a banner, a hello line and a failure reply")
			}
		})
	}
	if len(seen) < 30 {
		t.Errorf("%d scenarios, want at least 30", len(seen))
	}
}

func checkCode(t *testing.T, field, code string, served bool) {
	t.Helper()
	if !served {
		if code != "" {
			t.Errorf("%s = %q for a protocol the scenario does not serve", field, code)
		}
		return
	}
	for _, k := range knownCodes {
		if k == code {
			return
		}
	}
	t.Errorf("%s = %q is not a diagnose code", field, code)
}

func TestScenariosAreCopies(t *testing.T) {
	a, _ := Lookup("microsoft365-ok")
	a.IMAP.Capabilities[0] = "CHANGED"
	a.Accounts[0].Password = "changed"
	b, _ := Lookup("microsoft365-ok")
	if b.IMAP.Capabilities[0] == "CHANGED" || b.Accounts[0].Password == "changed" {
		t.Error("changing a looked-up scenario changed the catalogue")
	}
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
					if got := c.line(); got != sc.Fault.Garbage {
						t.Errorf("%s: got %q, want %q", addr, got, sc.Fault.Garbage)
					}
				case banner != nil:
					if got := want(c.smtpReply()...); got != want(banner...) {
						t.Errorf("%s: banner %q, want %q", addr, got, want(banner...))
					}
				default:
					got := c.line()
					if !strings.Contains(greeting, "{") && got != greeting {
						t.Errorf("%s: greeting %q, want %q", addr, got, greeting)
					}
					if strings.Contains(got, "{") {
						t.Errorf("%s: unexpanded placeholder in %q", addr, got)
					}
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
	if s.IMAPTLS == "" || s.IMAPStartTLS != "" || s.SMTPTLS != "" || s.SMTPStartTLS == "" {
		t.Errorf("Exchange Online listeners: %q %q %q %q", s.IMAPTLS, s.IMAPStartTLS, s.SMTPTLS, s.SMTPStartTLS)
	}
	b, err := json.Marshal(s.Listing("/tmp/ca.pem"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"scenario":"microsoft365-ok","imap":{"tls":"` + s.IMAPTLS + `"},"smtp":{"starttls":"` + s.SMTPStartTLS +
		`"},"ca_file":"/tmp/ca.pem","accounts":[{"email":"adele@contoso.example","username":"adele@contoso.example","password":"Correct-Horse-365","token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.mailtest.adele"}]}`
	if string(b) != want {
		t.Errorf("listing JSON:\n got %s\nwant %s", b, want)
	}
	info, _ := json.Marshal(Scenarios()[0].Info())
	if string(info) != `{"name":"microsoft365-ok","description":"`+Scenarios()[0].Description+`","provider":"microsoft365","imap_code":"ok","smtp_code":"ok"}` {
		t.Errorf("info JSON = %s", info)
	}
	dir := t.TempDir()
	p, err := s.WriteCAFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	pem, _ := os.ReadFile(p)
	if pool := x509.NewCertPool(); !pool.AppendCertsFromPEM(pem) {
		t.Error("CA file holds no certificate")
	}
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
			if ok := err == nil; ok != tc.ok {
				t.Fatalf("handshake error = %v, want ok=%v", err, tc.ok)
			}
			if !tc.ok {
				var verr *tls.CertificateVerificationError
				if !errors.As(err, &verr) {
					t.Errorf("error %v is not a certificate verification error", err)
				}
				// The server saw the client's alert.
				waitFor(t, func() bool { r := s.Records(); return len(r) == 1 && r[0].HandshakeError != "" })
			}
		})
	}
	// The leaf follows the server's clock.
	sc, _ := Lookup("cert-expired")
	s := NewUnstartedServer(sc)
	fixed := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	s.Now = func() time.Time { return fixed }
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.Certificate().NotAfter; !got.Equal(fixed.Add(-24 * time.Hour)) {
		t.Errorf("NotAfter = %v, want a day before %v", got, fixed)
	}
}

func TestFaults(t *testing.T) {
	t.Run("no-greeting", func(t *testing.T) {
		s := startScenario(t, "no-greeting", nil)
		c := dial(t, s.IMAPTLS, s.ClientTLSConfig()) // TLS completes
		_ = c.nc.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
		var ne net.Error
		if _, err := c.br.ReadByte(); !errors.As(err, &ne) || !ne.Timeout() {
			t.Errorf("read = %v, want a timeout", err)
		}
	})
	t.Run("tls-on-plain-port", func(t *testing.T) {
		s := startScenario(t, "tls-on-plain-port", nil)
		c := dial(t, s.SMTPStartTLS, s.ClientTLSConfig())
		if r := c.smtpReply(); !strings.HasPrefix(r[0], "220 ") {
			t.Errorf("banner over TLS on the plain port = %q", r)
		}
	})
	t.Run("plain-on-tls-port", func(t *testing.T) {
		s := startScenario(t, "plain-on-tls-port", nil)
		_, err := tls.Dial("tcp", s.IMAPTLS, s.ClientTLSConfig())
		var rh tls.RecordHeaderError
		if !errors.As(err, &rh) || !strings.HasPrefix(string(rh.RecordHeader[:]), "* OK ") {
			t.Errorf("TLS dial = %v, want a RecordHeaderError with the greeting", err)
		}
	})
	t.Run("reset-during-auth", func(t *testing.T) {
		s := startScenario(t, "reset-during-auth", nil)
		c := dial(t, s.SMTPTLS, s.ClientTLSConfig())
		c.smtpReply()
		c.send("EHLO x")
		c.smtpReply()
		c.send("AUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Dovecot"))
		_, err := c.br.ReadByte()
		if !errors.Is(err, syscall.ECONNRESET) {
			t.Errorf("read after AUTH = %v, want connection reset", err)
		}
	})
	t.Run("slow-server", func(t *testing.T) {
		s := startScenario(t, "slow-server", func(sc *Scenario) { sc.Fault.SlowDrip = 40 * time.Millisecond })
		c := dial(t, s.SMTPTLS, s.ClientTLSConfig())
		if r := c.smtpReply(); r[0] != "220 mail.example.org ESMTP Postfix" {
			t.Errorf("banner = %q", r)
		}
	})
}

func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	for _, name := range []string{"dovecot-postfix-ok", "no-greeting", "slow-server", "garbage-greeting"} {
		s, err := NewServer(mustLookup(t, name))
		if err != nil {
			t.Fatal(err)
		}
		// Leave connections in every state: greeted, mid-handshake
		// (plain dial on a TLS port), silent, mid-drip.
		for _, addr := range []string{s.IMAPTLS, s.IMAPStartTLS, s.SMTPTLS, s.SMTPStartTLS} {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
		}
		waitFor(t, func() bool { return len(s.Records()) == 4 })
		done := make(chan struct{})
		go func() { s.Close(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: Close blocked", name)
		}
		s.Close() // twice is fine
	}
	waitFor(t, func() bool { return runtime.NumGoroutine() <= before })
	NewUnstartedServer(mustLookup(t, "gmail-ok")).Close() // never started
}

func mustLookup(t *testing.T, name string) Scenario {
	t.Helper()
	sc, ok := Lookup(name)
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	return sc
}

// waitFor polls cond for up to five seconds (testify's Eventually).
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
