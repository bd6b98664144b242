package smtpcheck

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	require.NoError(t, err)
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
	const suspended, hold = "suspended@example.test", "Account suspended: contact support"
	d := realserver.StartDovecot(t, realserver.DovecotOptions{Env: map[string]string{"HOLD": hold},
		RefusedUsers: []realserver.User{{Name: suspended, Password: "pw", Extra: "reason=%{env:HOLD}"}}})
	pf := realserver.StartPostfix(t, realserver.PostfixOptions{Dovecot: d})

	t.Run("starttls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.Submission, probe.SecurityStartTLS, pf.RootCAs))
		assert.True(t, res.OK, "OK")
		a, _ := step(res, probe.StageAuthenticate)
		assert.Equal(t, "235 2.7.0 Authentication successful", a.Server, "authenticate")
		assert.Contains(t, res.Banner, "ESMTP Postfix", "Banner")
		// Postfix at smtpd_tls_security_level=encrypt offers AUTH only
		// after STARTTLS.
		assert.Nil(t, res.EHLOBeforeTLS.AuthMechanisms, "AUTH before TLS")
		assert.True(t, res.EHLOBeforeTLS.StartTLS, "STARTTLS before TLS")
	})
	t.Run("implicit tls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs))
		assert.True(t, res.OK, "OK")
		assert.True(t, res.Auth.OverTLS, "Auth.OverTLS")
	})
	t.Run("wrong password", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Password = "wrong horse"
		res := probeOK(t, o)
		assert.False(t, res.OK, "OK")
		assert.Equal(t, probe.StageAuthenticate, res.Stage, "Stage")
		require.NotNil(t, res.Reply, "no Reply")
		assert.Equal(t, 535, res.Reply.Code, "Code")
		assert.Equal(t, "5.7.8", res.Reply.EnhancedCode, "EnhancedCode")
		assert.True(t, strings.HasPrefix(res.Reply.Text, "Error: authentication failed:"), "Text = %q", res.Reply.Text)
	})
	// Dovecot's auth service refuses with a reason, and Postfix appends
	// it: the reply is kept as sent, for diagnose to read.
	t.Run("refused with a reason", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Username, o.Password = suspended, "pw"
		res := probeOK(t, o)
		assert.False(t, res.OK, "OK")
		require.NotNil(t, res.Reply, "no Reply")
		assert.Equal(t, []string{"535 5.7.8 Error: authentication failed: " + hold}, res.Reply.Lines, "Reply.Lines")
		assert.Equal(t, "Error: authentication failed: "+hold, res.Reply.Text, "Reply.Text")
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, x509.NewCertPool()))
		assert.Equal(t, probe.StageTLSHandshake, res.Stage, "Stage")
		assert.Equal(t, probe.NetTLSCert, res.Error.Kind, "Error.Kind")
		assert.Equal(t, probe.CertUnknownAuthority, res.Error.CertReason, "CertReason")
		if assert.NotNil(t, res.TLS, "no chain summary") {
			assert.NotEmpty(t, res.TLS.Chain, "no chain summary")
		}
	})
	t.Run("tls on the starttls port", func(t *testing.T) {
		res := probeOK(t, realOptions(t, pf.Submission, probe.SecurityTLS, pf.RootCAs))
		assert.Equal(t, probe.NetTLSNotTLS, res.Error.Kind, "Error.Kind")
		assert.Equal(t, "220 l", res.Error.RecordHeader, "RecordHeader")
	})
	t.Run("starttls on the implicit tls port", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityStartTLS, pf.RootCAs)
		o.StageTimeout = time.Second
		res := probeOK(t, o)
		assert.Equal(t, probe.StageGreeting, res.Stage, "Stage")
		assert.Equal(t, probe.NetTimeout, res.Error.Kind, "Error.Kind")
		require.NotNil(t, res.ModeCheck, "ModeCheck")
		require.True(t, res.ModeCheck.HandshakeOK, "ModeCheck.HandshakeOK")
		assert.True(t, strings.HasPrefix(res.ModeCheck.Greeting, "220 "), "ModeCheck.Greeting = %q", res.ModeCheck.Greeting)
	})
	t.Run("plaintext auth on the encrypt listener", func(t *testing.T) {
		// Postfix offers no AUTH before STARTTLS here and would answer
		// AUTH with "530 5.7.0 Must issue a STARTTLS command first"; the
		// probe does not send what was not offered.
		o := realOptions(t, pf.Submission, probe.SecurityNone, pf.RootCAs)
		o.AllowPlaintextAuth = true
		res := probeOK(t, o)
		assert.Equal(t, probe.StopAuthNotOffered, res.StopReason, "StopReason")
		assert.False(t, res.Auth.Attempted, "Auth.Attempted")
	})
	t.Run("envelope accepted", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Recipient = "bob@example.test"
		res := probeOK(t, o)
		assert.True(t, res.OK, "OK")
		assert.True(t, res.Envelope.Accepted, "Accepted")
	})
	t.Run("envelope sender mismatch", func(t *testing.T) {
		o := realOptions(t, pf.SubmissionTLS, probe.SecurityTLS, pf.RootCAs)
		o.Recipient, o.From = "bob@example.test", "boss@example.test"
		res := probeOK(t, o)
		assert.False(t, res.OK, "OK")
		assert.Equal(t, probe.StageEnvelope, res.Stage, "Stage")
		assert.Equal(t, 250, res.Envelope.Mail.Code, "Mail.Code")
		require.NotNil(t, res.Reply, "Reply")
		require.NotNil(t, res.Envelope.Rcpt, "Envelope.Rcpt")
		assert.Equal(t, 553, res.Reply.Code, "Reply.Code")
		assert.Equal(t, "5.7.1", res.Reply.EnhancedCode, "EnhancedCode")
		assert.Contains(t, res.Reply.Text, "Sender address rejected: not owned by user "+realserver.Alice, "Text")
	})
}

func TestRealDovecotSubmission(t *testing.T) {
	realserver.RequireDovecot(t)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{})

	t.Run("starttls good password", func(t *testing.T) {
		res := probeOK(t, realOptions(t, d.Submission, probe.SecurityStartTLS, d.RootCAs))
		assert.True(t, res.OK, "OK")
		a, _ := step(res, probe.StageAuthenticate)
		assert.Equal(t, "235 2.7.0 Logged in.", a.Server, "authenticate")
	})
	t.Run("implicit tls wrong password", func(t *testing.T) {
		o := realOptions(t, d.SubmissionTLS, probe.SecurityTLS, d.RootCAs)
		o.Password = "wrong horse"
		res := probeOK(t, o)
		assert.Equal(t, probe.StageAuthenticate, res.Stage, "Stage")
		require.NotNil(t, res.Reply, "no Reply")
		assert.Equal(t, []string{"535 5.7.8 Authentication failed."}, res.Reply.Lines, "Reply.Lines")
	})
	t.Run("no AUTH mechanisms before TLS", func(t *testing.T) {
		o := realOptions(t, d.Submission, probe.SecurityNone, d.RootCAs)
		o.AllowPlaintextAuth = true
		res := probeOK(t, o)
		assert.Equal(t, probe.StopAuthNotOffered, res.StopReason, "StopReason")
	})
}
