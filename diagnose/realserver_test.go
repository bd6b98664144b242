package diagnose_test

import (
	"crypto/tls"
	"github.com/mailcheck-go/mailcheck/catalog"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/internal/realserver"
	"github.com/mailcheck-go/mailcheck/probe"
)

// TestRealServers runs Diagnose end to end against a real Dovecot (IMAP)
// and a real Postfix (submission, SASL through Dovecot), started on
// loopback with their own configurations, and checks the primary code of
// each protocol. Plaintext listeners sit on 127.0.0.2 so that Dovecot and
// Postfix treat the client as remote: Dovecot counts a connection from the
// address it arrives on as secured and would allow a plaintext password.
func TestRealServers(t *testing.T) {
	realserver.RequirePostfix(t)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{})
	p := realserver.StartPostfix(t, realserver.PostfixOptions{Dovecot: d})
	trusted := &tls.Config{RootCAs: d.RootCAs}

	closed := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		addr := l.Addr().String()
		require.NoError(t, l.Close())
		return addr
	}()

	for _, tc := range []struct {
		name      string
		password  string
		imap      diagnose.Endpoint
		smtp      diagnose.Endpoint
		tls       *tls.Config
		plaintext bool // AllowPlaintextAuth
		wantIMAP  diagnose.Code
		wantSMTP  diagnose.Code
		wantStage probe.Stage // IMAP's stage
	}{
		{"good password", realserver.AlicePassword,
			endpoint(t, d.IMAPTLS, probe.SecurityTLS), endpoint(t, p.SubmissionTLS, probe.SecurityTLS), trusted, false,
			diagnose.CodeOK, diagnose.CodeOK, probe.StageLogout},
		{"good password, STARTTLS", realserver.AlicePassword,
			endpoint(t, d.IMAP, probe.SecurityStartTLS), endpoint(t, p.Submission, probe.SecurityStartTLS), trusted, false,
			diagnose.CodeOK, diagnose.CodeOK, probe.StageLogout},
		{"wrong password", "wrong horse",
			endpoint(t, d.IMAPTLS, probe.SecurityTLS), endpoint(t, p.SubmissionTLS, probe.SecurityTLS), trusted, false,
			diagnose.CodeInvalidCredentials, diagnose.CodeInvalidCredentials, probe.StageAuthenticate},
		// mailcheck refuses to send the password in clear: its own stop.
		{"plaintext, not allowed by the caller", realserver.AlicePassword,
			endpoint(t, d.IMAP, probe.SecurityNone), endpoint(t, p.Submission, probe.SecurityNone), trusted, false,
			diagnose.CodePlaintextDisallowed, diagnose.CodePlaintextDisallowed, probe.StageAuthenticate},
		// The caller allows it; the servers refuse: Dovecot advertises
		// LOGINDISABLED, Postfix offers no AUTH before STARTTLS.
		{"plaintext, refused by the servers", realserver.AlicePassword,
			endpoint(t, d.IMAP, probe.SecurityNone), endpoint(t, p.Submission, probe.SecurityNone), trusted, true,
			diagnose.CodePlaintextDisallowed, diagnose.CodePlaintextDisallowed, probe.StageAuthenticate},
		{"untrusted certificate", realserver.AlicePassword,
			endpoint(t, d.IMAPTLS, probe.SecurityTLS), endpoint(t, p.SubmissionTLS, probe.SecurityTLS), nil, false,
			diagnose.CodeTLSCertificate, diagnose.CodeTLSCertificate, probe.StageTLSHandshake},
		{"closed port", realserver.AlicePassword,
			endpoint(t, closed, probe.SecurityTLS), endpoint(t, closed, probe.SecurityTLS), trusted, false,
			diagnose.CodeConnectionRefused, diagnose.CodeConnectionRefused, probe.StageConnect},
		// Implicit TLS against a plaintext greeting.
		{"TLS against the plaintext ports", realserver.AlicePassword,
			endpoint(t, d.IMAP, probe.SecurityTLS), endpoint(t, p.Submission, probe.SecurityTLS), trusted, false,
			diagnose.CodeTLSWrongMode, diagnose.CodeTLSWrongMode, probe.StageTLSHandshake},
		// STARTTLS against a port that waits for a ClientHello.
		{"STARTTLS against the TLS ports", realserver.AlicePassword,
			endpoint(t, d.IMAPTLS, probe.SecurityStartTLS), endpoint(t, p.SubmissionTLS, probe.SecurityStartTLS), trusted, false,
			diagnose.CodeTLSWrongMode, diagnose.CodeTLSWrongMode, probe.StageGreeting},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
				Email:    realserver.Alice,
				Password: probe.Secret(tc.password),
				IMAP:     tc.imap,
				SMTP:     tc.smtp,
			}, &diagnose.Options{TLSConfig: tc.tls, AllowPlaintextAuth: tc.plaintext, StageTimeout: 2 * time.Second})
			require.NoError(t, err)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, tc.wantIMAP, rep.IMAP.Code, "IMAP: %s", rep.Summary)
			assert.Equal(t, tc.wantSMTP, rep.SMTP.Code, "SMTP: %s", rep.Summary)
			assert.Equal(t, tc.wantStage, rep.IMAP.Stage)
			if tc.wantIMAP == diagnose.CodeOK {
				assert.Equal(t, catalog.IDDovecot, rep.Provider.ID, "recognised from the greeting")
			}
			if t.Failed() {
				t.Logf("IMAP transcript:\n%s", rep.IMAP.Probe.Transcript)
				t.Logf("SMTP transcript:\n%s", rep.SMTP.Probe.Transcript)
			}
		})
	}
}
