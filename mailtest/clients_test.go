package mailtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests point mail clients this project did not write at the fakes
// and check they see the scenario's exact text. A missing client skips the
// test, except in CI (CI=true), where it fails it.

func needClient(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		require.NotEqual(t, "true", os.Getenv("CI"), "%s is required in CI: %v", name, err)
		t.Skipf("%s not installed: %v", name, err)
	}
	return p
}

// run runs a client with a timeout and returns its combined output and exit
// code.
func run(t *testing.T, name string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	require.NoError(t, ctx.Err(), "%s timed out; output:\n%s", name, out)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err, name)
	}
	if testing.Verbose() {
		t.Logf("%s %s:\n%s", name, strings.Join(args, " "), out)
	}
	return string(out), code
}

func caFile(t *testing.T, s *Server) string {
	t.Helper()
	p, err := s.WriteCAFile(t.TempDir())
	require.NoError(t, err)
	return p
}

// curl's exit status 67: "The user name, password, or similar was not
// accepted and curl failed to log in."
const curlLoginDenied = 67

func TestCurl(t *testing.T) {
	curl := needClient(t, "curl")
	tests := []struct {
		scenario string
		url      func(*Server) string
		extra    []string
		exit     int
		want     string // a line curl -v shows from the server
	}{
		{"microsoft365-imap-basic-auth-retired", func(s *Server) string { return "imaps://" + s.IMAPTLS + "/" },
			nil, curlLoginDenied, "NO AUTHENTICATE failed."},
		{"gmail-app-password-required", func(s *Server) string { return "imaps://" + s.IMAPTLS + "/" },
			nil, curlLoginDenied, "NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)"},
		{"dovecot-postfix-ok", func(s *Server) string { return "imap://" + s.IMAPStartTLS + "/" },
			[]string{"--ssl-reqd"}, 0, `* LIST (\HasNoChildren) "/" INBOX`},
		// curl's SMTP: AUTH LOGIN, the only password mechanism Exchange
		// Online offers.
		{"microsoft365-wrong-password", func(s *Server) string { return "smtp://" + s.SMTPStartTLS }, []string{"--ssl-reqd",
			"--mail-from", "megan@contoso.example", "--mail-rcpt", "bob@example.org", "--upload-file", "-"},
			curlLoginDenied, "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]"},
		{"gmail-web-login-required", func(s *Server) string { return "smtps://" + s.SMTPTLS }, []string{
			"--mail-from", "alice.mailtest@gmail.com", "--mail-rcpt", "bob@example.org", "--upload-file", "-"},
			curlLoginDenied, "534-5.7.14 in via your web browser and then try again."},
	}
	for _, tc := range tests {
		t.Run(tc.scenario, func(t *testing.T) {
			s := startScenario(t, tc.scenario, nil)
			a := s.Accounts()[0]
			args := append([]string{"--verbose", "--silent", "--show-error", "--max-time", "20",
				"--cacert", caFile(t, s), "--user", a.Login() + ":" + a.Password, "--url", tc.url(s)}, tc.extra...)
			out, code := run(t, curl, args...)
			assert.Equal(t, tc.exit, code, "exit status; output:\n%s", out)
			assert.True(t, serverSaid(out, tc.want), "curl did not show %q; output:\n%s", tc.want, out)
			assert.False(t, s.SentCredentialsInClear(), "curl sent credentials before TLS")
		})
	}
}

// serverSaid reports whether curl -v showed a server line ("< ...")
// containing want.
func serverSaid(out, want string) bool {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "< ") && strings.Contains(l, want) {
			return true
		}
	}
	return false
}

// pythonClient logs in with imaplib or smtplib and prints "OK" or "ERROR "
// and the exception, which carries the server's text.
const pythonClient = `
import imaplib, smtplib, ssl, sys
mode, host, port, cafile, user, password = sys.argv[1:7]
ctx = ssl.create_default_context(cafile=cafile)
try:
    if mode == "imap-tls":
        c = imaplib.IMAP4_SSL(host, int(port), ssl_context=ctx)
        print("GREETING", c.welcome.decode())
        c.login(user, password)
        c.select("INBOX", readonly=True)
        c.logout()
    elif mode == "imap-starttls":
        c = imaplib.IMAP4(host, int(port))
        print("GREETING", c.welcome.decode())
        c.starttls(ssl_context=ctx)
        c.login(user, password)
        c.select("INBOX", readonly=True)
        c.logout()
    elif mode == "smtp-tls":
        c = smtplib.SMTP_SSL(host, int(port), context=ctx)
        c.login(user, password)
        c.quit()
    else:
        c = smtplib.SMTP(host, int(port))
        c.starttls(context=ctx)
        c.login(user, password)
        c.quit()
    print("OK")
except Exception as e:
    print("ERROR", type(e).__name__, e)
`

func TestPython(t *testing.T) {
	python := needClient(t, "python3")
	script := filepath.Join(t.TempDir(), "client.py")
	require.NoError(t, os.WriteFile(script, []byte(pythonClient), 0o644))
	tests := []struct {
		scenario, mode string
		addr           func(*Server) string
		want           []string // substrings of the output
	}{
		{"microsoft365-imap-basic-auth-retired", "imap-tls", func(s *Server) string { return s.IMAPTLS },
			[]string{"GREETING * OK The Microsoft Exchange IMAP4 service is ready.", "ERROR error b'LOGIN failed.'"}},
		{"microsoft365-imap-basic-auth-retired", "smtp-starttls", func(s *Server) string { return s.SMTPStartTLS },
			[]string{"OK"}},
		{"microsoft365-not-connected", "imap-tls", func(s *Server) string { return s.IMAPTLS },
			[]string{"User is authenticated but not connected."}},
		{"gmail-app-password-required", "imap-tls", func(s *Server) string { return s.IMAPTLS },
			[]string{"ERROR error b'[ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)'"}},
		{"gmail-app-password-required", "smtp-tls", func(s *Server) string { return s.SMTPTLS },
			[]string{"ERROR SMTPAuthenticationError (534, b'5.7.9 Application-specific password required. Learn more at\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor"}},
		{"microsoft365-smtp-auth-disabled-tenant", "smtp-starttls", func(s *Server) string { return s.SMTPStartTLS },
			[]string{"ERROR SMTPAuthenticationError (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."}},
		{"dovecot-postfix-ok", "imap-starttls", func(s *Server) string { return s.IMAPStartTLS },
			[]string{"GREETING * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready.", "OK"}},
		{"dovecot-postfix-wrong-password", "smtp-starttls", func(s *Server) string { return s.SMTPStartTLS },
			[]string{"ERROR SMTPAuthenticationError (535, b'5.7.8 Error: authentication failed: authentication failure')"}},
		{"yahoo-app-password-required", "imap-tls", func(s *Server) string { return s.IMAPTLS },
			[]string{"ERROR error b'[AUTHENTICATIONFAILED] LOGIN Invalid credentials'"}},
		{"icloud-auth-failed", "imap-tls", func(s *Server) string { return s.IMAPTLS },
			[]string{"iSCREAM ready to rumble", "ERROR error b'[AUTHENTICATIONFAILED] Authentication Failed'"}},
	}
	for _, tc := range tests {
		t.Run(tc.scenario+"/"+tc.mode, func(t *testing.T) {
			s := startScenario(t, tc.scenario, nil)
			a := s.Accounts()[0]
			host, port, _ := strings.Cut(tc.addr(s), ":")
			if strings.HasPrefix(tc.addr(s), "[") { // [::1]:port
				i := strings.LastIndex(tc.addr(s), ":")
				host, port = strings.Trim(tc.addr(s)[:i], "[]"), tc.addr(s)[i+1:]
			}
			_, err := strconv.Atoi(port)
			require.NoError(t, err, "bad address %q", tc.addr(s))
			out, code := run(t, python, script, tc.mode, host, port, caFile(t, s), a.Login(), a.Password)
			require.Equal(t, 0, code, "python exit status; output:\n%s", out)
			for _, w := range tc.want {
				assert.Contains(t, out, w, "output")
			}
			assert.False(t, s.SentCredentialsInClear(), "python sent credentials before TLS")
		})
	}
}
