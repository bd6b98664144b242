package smtpcheck

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/realserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Integration tests against real Postfix and Dovecot submission, started
// by internal/realserver. They skip when the servers are not installed
// (and fail in CI), and under -short.

// realOptions aims a probe at addr ("127.0.0.2:port") as alice.
func realOptions(t *testing.T, addr string, sec probe.Security, roots *x509.CertPool) Options {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(port)
	return Options{
		Host:         host,
		Port:         n,
		Security:     sec,
		Username:     realserver.Alice,
		Password:     realserver.AlicePassword,
		TLSConfig:    &tls.Config{RootCAs: roots},
		StageTimeout: 5 * time.Second,
	}
}

func TestRealPostfix(t *testing.T) {
	realserver.RequirePostfix(t)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{})
	pf := realserver.StartPostfix(t, realserver.PostfixOptions{Dovecot: d})

	t.Run("starttls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.Submission, probe.SecurityStartTLS, pf.RootCAs))
		equal(t, "OK", res.OK, true)
		a, _ := step(res, probe.StageAuthenticate)
		equal(t, "authenticate", a.Server, "235 2.7.0 Authentication successful")
		if !strings.HasSuffix(res.Banner, "ESMTP Postfix") && !strings.Contains(res.Banner, "ESMTP Postfix") {
			t.Errorf("Banner = %q", res.Banner)
		}
		// Postfix at smtpd_tls_security_level=encrypt offers AUTH only
		// after STARTTLS.
		equal(t, "AUTH before TLS", res.EHLOBeforeTLS.AuthMechanisms, []string(nil))
		equal(t, "STARTTLS before TLS", res.EHLOBeforeTLS.StartTLS, true)
	})
	t.Run("implicit tls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs))
		equal(t, "OK", res.OK, true)
		equal(t, "Auth.OverTLS", res.Auth.OverTLS, true)
	})
	t.Run("wrong password", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Password = "wrong horse"
		res := probeOK(t, o)
		equal(t, "OK", res.OK, false)
		equal(t, "Stage", res.Stage, probe.StageAuthenticate)
		if res.Reply == nil {
			t.Fatal("no Reply")
		}
		equal(t, "Code", res.Reply.Code, 535)
		equal(t, "EnhancedCode", res.Reply.EnhancedCode, "5.7.8")
		if !strings.HasPrefix(res.Reply.Text, "Error: authentication failed:") {
			t.Errorf("Text = %q", res.Reply.Text)
		}
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, x509.NewCertPool()))
		equal(t, "Stage", res.Stage, probe.StageTLSHandshake)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTLSCert)
		equal(t, "CertReason", res.Error.CertReason, probe.CertUnknownAuthority)
		if res.TLS == nil || len(res.TLS.Chain) == 0 {
			t.Error("no chain summary")
		}
	})
	t.Run("tls on the starttls port", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.Submission, probe.SecurityTLS, pf.RootCAs))
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTLSNotTLS)
		equal(t, "RecordHeader", res.Error.RecordHeader, "220 l")
	})
	t.Run("starttls on the implicit tls port", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityStartTLS, pf.RootCAs)
		o.StageTimeout = time.Second
		res := probeOK(t, o)
		equal(t, "Stage", res.Stage, probe.StageGreeting)
		equal(t, "Error.Kind", res.Error.Kind, probe.NetTimeout)
		if res.ModeCheck == nil || !res.ModeCheck.HandshakeOK {
			t.Fatalf("ModeCheck = %+v", res.ModeCheck)
		}
		if !strings.HasPrefix(res.ModeCheck.Greeting, "220 ") {
			t.Errorf("ModeCheck.Greeting = %q", res.ModeCheck.Greeting)
		}
	})
	t.Run("plaintext auth on the encrypt listener", func(t *testing.T) {
		// Postfix offers no AUTH before STARTTLS here and would answer
		// AUTH with "530 5.7.0 Must issue a STARTTLS command first"; the
		// probe does not send what was not offered.
		o := realOptions(t, pf.Submission, probe.SecurityNone, pf.RootCAs)
		o.AllowPlaintextAuth = true
		res := probeOK(t, o)
		equal(t, "StopReason", res.StopReason, probe.StopAuthNotOffered)
		equal(t, "Auth.Attempted", res.Auth.Attempted, false)
	})
	t.Run("envelope accepted", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Recipient = "bob@example.test"
		res := probeOK(t, o)
		equal(t, "OK", res.OK, true)
		equal(t, "Accepted", res.Envelope.Accepted, true)
	})
	t.Run("envelope sender mismatch", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Recipient, o.From = "bob@example.test", "boss@example.test"
		res := probeOK(t, o)
		equal(t, "OK", res.OK, false)
		equal(t, "Stage", res.Stage, probe.StageEnvelope)
		equal(t, "Mail.Code", res.Envelope.Mail.Code, 250)
		if res.Reply == nil || res.Envelope.Rcpt == nil {
			t.Fatalf("Reply = %+v, Envelope = %+v", res.Reply, res.Envelope)
		}
		equal(t, "Reply.Code", res.Reply.Code, 553)
		equal(t, "EnhancedCode", res.Reply.EnhancedCode, "5.7.1")
		if !strings.Contains(res.Reply.Text, "Sender address rejected: not owned by user "+realserver.Alice) {
			t.Errorf("Text = %q", res.Reply.Text)
		}
	})
}

func TestRealDovecotSubmission(t *testing.T) {
	realserver.RequireDovecot(t)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{})

	t.Run("starttls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, d.Submission, probe.SecurityStartTLS, d.RootCAs))
		equal(t, "OK", res.OK, true)
		a, _ := step(res, probe.StageAuthenticate)
		equal(t, "authenticate", a.Server, "235 2.7.0 Logged in.")
	})
	t.Run("implicit tls wrong password", func(t *testing.T) {
		o := realOptions(t, d.SubmissionTLS, probe.SecurityTLS, d.RootCAs)
		o.Password = "wrong horse"
		res := probeOK(t, o)
		equal(t, "Stage", res.Stage, probe.StageAuthenticate)
		if res.Reply == nil {
			t.Fatal("no Reply")
		}
		equal(t, "Reply.Lines", res.Reply.Lines, []string{"535 5.7.8 Authentication failed."})
	})
	t.Run("no AUTH mechanisms before TLS", func(t *testing.T) {
		o := realOptions(t, d.Submission, probe.SecurityNone, d.RootCAs)
		o.AllowPlaintextAuth = true
		res := probeOK(t, o)
		equal(t, "StopReason", res.StopReason, probe.StopAuthNotOffered)
	})
}
