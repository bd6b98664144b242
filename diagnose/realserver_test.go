package diagnose_test

import (
	"crypto/tls"
	"github.com/mailcheck-go/mailcheck/catalog"
	"net"
	"strings"
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
// Every real-server case runs at a 4 s budget, as a "Test connection"
// button might give it.
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
			}, &diagnose.Options{TLSConfig: tc.tls, AllowPlaintextAuth: tc.plaintext, Budget: 4 * time.Second})
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

// TestRealServerReasons: what real servers say past the stock text. Each
// case names the account, where it signs in and the code both protocols
// must get; the server's own words come first in the summary.
func TestRealServerReasons(t *testing.T) {
	realserver.RequirePostfix(t)
	const (
		expired   = "expired@example.test"
		backend   = "backend@example.test"
		why       = "Password expired, change it at https://portal.example.test"
		suspended = "suspended@example.test"
		stale     = "stale@example.test"
		hold      = "Account suspended for abuse: contact support"
	)
	users := append(realserver.DefaultUsers(),
		// Dovecot's nologin with a reason that tells what to do.
		realserver.User{Name: expired, Password: "pw", Extra: "nologin=y reason=%{env:WHY}"},
		// A passdb that fails on its own: an extra field Dovecot cannot
		// expand is an internal failure of the auth service.
		realserver.User{Name: backend, Password: "pw", Extra: "home=%{nosuchvar:x}"},
	)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{Users: users, Env: map[string]string{"WHY": why, "HOLD": hold},
		// The right password, refused by the auth service itself with a
		// reason: every client of it (imap-login, Dovecot's submission,
		// Postfix's SASL) is told why.
		RefusedUsers: []realserver.User{
			{Name: suspended, Password: "pw", Extra: "reason=%{env:HOLD}"},
			{Name: stale, Password: "pw", Extra: "reason=%{env:WHY}"},
		}})
	// Alice may sign in but not send as herself: her address belongs to
	// another login.
	p := realserver.StartPostfix(t, realserver.PostfixOptions{Dovecot: d,
		SenderLogins: map[string][]string{realserver.Alice: {"someone-else@example.test"}}})
	trusted := &tls.Config{RootCAs: d.RootCAs}

	for _, tc := range []struct {
		name               string
		acct               diagnose.Account
		wantIMAP, wantSMTP diagnose.Code
		says               string // the server's words, shown first
		smtpSays           bool   // in the SMTP summary too
	}{
		// "NO [CONTACTADMIN] Account disabled by administrator" and
		// "525 5.7.13 Account disabled by administrator": not the password.
		{"nologin with a reason", diagnose.Account{Email: realserver.Disabled, Password: realserver.DisabledPassword,
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, d.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeAccountLocked, diagnose.CodeAccountLocked, realserver.DisabledReason, true},
		{"nologin with an expired-password reason", diagnose.Account{Email: expired, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, d.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodePasswordExpired, diagnose.CodePasswordExpired, why, true},
		// Postfix asks Dovecot's auth service, which does not apply
		// nologin: the same account sends mail.
		{"nologin, Postfix", diagnose.Account{Email: realserver.Disabled, Password: realserver.DisabledPassword,
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, p.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeAccountLocked, diagnose.CodeOK, realserver.DisabledReason, false},
		// "NO [UNAVAILABLE] Temporary authentication failure." and "454
		// 4.7.0 Temporary authentication failure.": the server's fault.
		{"passdb failing", diagnose.Account{Email: backend, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, d.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeTemporaryFailure, diagnose.CodeTemporaryFailure, "", false},
		// A passdb refusal with a reason: "NO [ALERT] Account suspended for abuse:
		// contact support" from imap-login, and Postfix appends the
		// reason it got from Dovecot's auth service: "535 5.7.8 Error:
		// authentication failed: Account suspended for abuse: contact support".
		{"passdb refusing with a reason, Postfix's appended reason", diagnose.Account{Email: suspended, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, p.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeAccountLocked, diagnose.CodeAccountLocked, hold, true},
		{"passdb refusing with an expired-password reason, Postfix's appended reason", diagnose.Account{Email: stale, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, p.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodePasswordExpired, diagnose.CodePasswordExpired, why, true},
		// Dovecot's own submission service: "535 5.7.8 Account
		// suspended for abuse: contact support".
		{"passdb refusing with a reason, Dovecot submission", diagnose.Account{Email: suspended, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, d.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeAccountLocked, diagnose.CodeAccountLocked, hold, true},
		// Postfix turns the same failure into "535 5.7.8 Error:
		// authentication failed: (reason unavailable)": its appended
		// reason says it has none, and a 535 answers AUTH.
		{"passdb failing, Postfix's appended reason", diagnose.Account{Email: backend, Password: "pw",
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, p.SubmissionTLS, probe.SecurityTLS)},
			diagnose.CodeTemporaryFailure, diagnose.CodeInvalidCredentials, "", false},
		// The login works, the address is another login's: Postfix's
		// reject_sender_login_mismatch answers RCPT TO with "553 5.7.1
		// <alice@example.test>: Sender address rejected: not owned by
		// user alice@example.test".
		{"sender refused at RCPT TO after the login", diagnose.Account{Email: realserver.Alice, Password: realserver.AlicePassword,
			IMAP: endpoint(t, d.IMAPTLS, probe.SecurityTLS), SMTP: endpoint(t, p.SubmissionTLS, probe.SecurityTLS), SendTestTo: "someone@example.org"},
			diagnose.CodeOK, diagnose.CodeSenderNotPermitted, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := diagnose.Diagnose(t.Context(), tc.acct, &diagnose.Options{TLSConfig: trusted, Budget: 4 * time.Second})
			require.NoError(t, err)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, tc.wantIMAP, rep.IMAP.Code, "IMAP: %s", rep.IMAP.Summary)
			assert.Equal(t, tc.wantSMTP, rep.SMTP.Code, "SMTP: %s", rep.SMTP.Summary)
			if tc.says != "" {
				assert.True(t, strings.HasPrefix(rep.IMAP.Summary, `The server says: "`+tc.says+`".`), rep.IMAP.Summary)
			}
			if tc.smtpSays {
				assert.True(t, strings.HasPrefix(rep.SMTP.Summary, `The server says: "`+tc.says+`".`), rep.SMTP.Summary)
			}
			if t.Failed() {
				t.Logf("IMAP transcript:\n%s", rep.IMAP.Probe.Transcript)
				t.Logf("SMTP transcript:\n%s", rep.SMTP.Probe.Transcript)
			}
		})
	}
}

// TestRealServerWrongMode: every wrong security mode against real
// Dovecot and Postfix ports, and a server with no TLS at all, at a 4 s
// budget. A wrong mode is told in under 3 s: the credential-free TLS
// check starts beside a greeting that does not come (internal/modecheck).
func TestRealServerWrongMode(t *testing.T) {
	realserver.RequirePostfix(t)
	d := realserver.StartDovecot(t, realserver.DovecotOptions{})
	p := realserver.StartPostfix(t, realserver.PostfixOptions{Dovecot: d})
	// No STARTTLS, no implicit TLS, and a password taken in the clear.
	bare := realserver.StartDovecot(t, realserver.DovecotOptions{NoTLS: true, PlaintextAuth: true})
	trusted := &tls.Config{RootCAs: d.RootCAs}

	for _, tc := range []struct {
		name       string
		imap, smtp diagnose.Endpoint
		want       diagnose.Code // both protocols
	}{
		{"plaintext against the TLS ports",
			endpoint(t, d.IMAPTLS, probe.SecurityNone), endpoint(t, p.SubmissionTLS, probe.SecurityNone), diagnose.CodeTLSWrongMode},
		{"STARTTLS against the TLS ports",
			endpoint(t, d.IMAPTLS, probe.SecurityStartTLS), endpoint(t, p.SubmissionTLS, probe.SecurityStartTLS), diagnose.CodeTLSWrongMode},
		{"TLS against the STARTTLS ports",
			endpoint(t, d.IMAP, probe.SecurityTLS), endpoint(t, p.Submission, probe.SecurityTLS), diagnose.CodeTLSWrongMode},
		// The servers themselves refuse a password before TLS
		// (LOGINDISABLED; Postfix offers AUTH only after STARTTLS).
		{"plaintext against the STARTTLS ports",
			endpoint(t, d.IMAP, probe.SecurityNone), endpoint(t, p.Submission, probe.SecurityNone), diagnose.CodePlaintextDisallowed},
		// No STARTTLS offered: mailcheck keeps the password.
		{"STARTTLS against a server with no TLS",
			endpoint(t, bare.IMAP, probe.SecurityStartTLS), endpoint(t, bare.Submission, probe.SecurityStartTLS), diagnose.CodeStartTLSUnavailable},
		// The server would take the password in the clear; mailcheck does
		// not send it, and says the server has no TLS.
		{"plaintext against a server with no TLS",
			endpoint(t, bare.IMAP, probe.SecurityNone), endpoint(t, bare.Submission, probe.SecurityNone), diagnose.CodeStartTLSUnavailable},
		{"TLS against a server with no TLS",
			endpoint(t, bare.IMAP, probe.SecurityTLS), endpoint(t, bare.Submission, probe.SecurityTLS), diagnose.CodeTLSWrongMode},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			rep, err := diagnose.Diagnose(t.Context(), diagnose.Account{
				Email: realserver.Alice, Password: realserver.AlicePassword, IMAP: tc.imap, SMTP: tc.smtp,
			}, &diagnose.Options{TLSConfig: trusted, Budget: 4 * time.Second})
			took := time.Since(start)
			require.NoError(t, err)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, tc.want, rep.IMAP.Code, "IMAP: %s", rep.IMAP.Summary)
			assert.Equal(t, tc.want, rep.SMTP.Code, "SMTP: %s", rep.SMTP.Summary)
			assert.Less(t, took, 3*time.Second, "answered within 3 s of a 4 s budget")
			if tc.want == diagnose.CodeStartTLSUnavailable {
				assert.Contains(t, rep.IMAP.Summary, "did not send the password")
			}
			if t.Failed() {
				t.Logf("IMAP transcript:\n%s", rep.IMAP.Probe.Transcript)
				t.Logf("SMTP transcript:\n%s", rep.SMTP.Probe.Transcript)
			}
		})
	}
}
