package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// m365SMTPTenant is Microsoft 365's reply when SMTP AUTH is off for the
// whole tenant. Source: https://github.com/simonrob/email-oauth2-proxy/issues/193
const m365SMTPTenant = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."

// asOf fixes the day dated advice is worded for (Microsoft's end-2026 SMTP
// AUTH change reads "in N days" before it), so goldens do not drift with
// the calendar.
const asOf = "2026-12-06"

func TestExplain(t *testing.T) {
	tests := []struct {
		name string
		inv  invocation
		code int
	}{
		{"human", invocation{args: []string{"explain", "--as-of", asOf, "--host", "smtp.office365.com", m365SMTPTenant}}, 1},
		{"json", invocation{args: []string{"explain", "--as-of", asOf, "--json", "--host", "smtp.office365.com", "--protocol", "smtp", m365SMTPTenant}}, 1},
		{"stdin", invocation{args: []string{"explain", "--as-of", asOf, "--host", "smtp.office365.com"}, stdin: m365SMTPTenant + "\n"}, 1},
		{"ok", invocation{args: []string{"explain", "--protocol", "smtp", "235 2.7.0 Authentication successful"}}, 0},
		// The mailbox named: the admin's commands carry its address.
		{"mailbox", invocation{args: []string{"explain", "--as-of", asOf, "--host", "smtp.office365.com", "--email", "alice@contoso.com", m365SMTPTenant}}, 1},
		// No colour when piped, even without NO_COLOR.
		{"no-colour-piped", invocation{args: []string{"explain", "--as-of", asOf, "--host", "smtp.office365.com", m365SMTPTenant}, env: []string{"TERM=xterm-256color"}}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runBinary(t, tc.inv)
			assert.Equal(t, tc.code, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			assert.NotContains(t, r.stdout, "\x1b[")
			golden(t, "explain-"+tc.name+".txt", r.stdout)
		})
	}

	t.Run("json-shape", func(t *testing.T) {
		r := runBinary(t, invocation{args: []string{"explain", "--json", "--host", "smtp.office365.com", m365SMTPTenant}})
		var f map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &f), r.stdout)
		assert.Equal(t, "protocol_disabled", f["code"])
		assert.Equal(t, "smtp", f["protocol"])
		for _, k := range []string{"severity", "summary", "evidence", "alternatives", "remediation", "confidence"} {
			assert.Contains(t, f, k)
		}
	})
}

func TestScenarios(t *testing.T) {
	r := runBinary(t, invocation{args: []string{"scenarios"}})
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.Len(t, lines, len(mailtest.Scenarios()))
	for i, sc := range mailtest.Scenarios() {
		assert.True(t, strings.HasPrefix(lines[i], sc.Name+" "), "line %d starts with the name: %q", i, lines[i])
	}
	golden(t, "scenarios.txt", r.stdout)

	r = runBinary(t, invocation{args: []string{"scenarios", "--json"}})
	assert.Equal(t, 0, r.code)
	var infos []map[string]string
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &infos))
	require.Len(t, infos, len(mailtest.Scenarios()))
	assert.Equal(t, "dovecot-postfix-ok", findInfo(infos, "dovecot-postfix-ok")["name"])
	assert.Equal(t, "ok", findInfo(infos, "dovecot-postfix-ok")["imap_code"])
	golden(t, "scenarios.json", r.stdout)
}

func findInfo(infos []map[string]string, name string) map[string]string {
	for _, in := range infos {
		if in["name"] == name {
			return in
		}
	}
	return nil
}

// TestDemo compares the demo with its golden output, with the advice
// worded for a fixed day: Microsoft's dated change reads "about N days
// from now", and a golden written on one day failed on the next (the
// session's fresh-clone run crossed midnight UTC).
func TestDemo(t *testing.T) {
	r := runBinary(t, invocation{args: []string{"demo", "--as-of", "2026-12-06"}})
	assert.Equal(t, 0, r.code, "stderr: %s", r.stderr)
	assert.Empty(t, r.stderr)
	golden(t, "demo.txt", r.stdout)
}

// TestFake starts "mailcheck fake", reads its JSON line, logs in through a
// listener with the printed credentials and CA, then stops it with SIGINT
// and expects exit status 0 and the CA file gone.
func TestFake(t *testing.T) {
	f := startFakeBinary(t, "--scenario", "dovecot-postfix-ok")
	line := f.line
	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(line), &l), line)
	assert.Equal(t, "dovecot-postfix-ok", l.Scenario)
	require.NotNil(t, l.IMAP)
	require.NotNil(t, l.SMTP)
	require.NotEmpty(t, l.Accounts)
	assert.FileExists(t, l.CAFile)
	golden(t, "fake-listing.json", line)

	// The listing is enough to run check against the fake.
	r := runBinary(t, invocation{
		args: []string{"check", "--email", l.Accounts[0].Email, "--username", l.Accounts[0].Username,
			"--imap", l.IMAP.TLS, "--imap-security", "tls", "--smtp", l.SMTP.StartTLS, "--smtp-security", "starttls",
			"--ca-file", l.CAFile, "--json"},
		env: []string{"MAILCHECK_PASSWORD=" + l.Accounts[0].Password},
	})
	assert.Equal(t, 0, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)

	conn, err := net.DialTimeout("tcp", l.IMAP.StartTLS, 5*time.Second)
	require.NoError(t, err)
	conn.Close()

	f.interrupt(t)
	assert.NoFileExists(t, l.CAFile, "the CA file is removed on exit")
}

// fakeBinary is a running "mailcheck fake" and the JSON line it printed.
type fakeBinary struct {
	cmd    *exec.Cmd
	stderr *strings.Builder
	line   string
}

// startFakeBinary runs "mailcheck fake" with args and reads its first
// line; the process is killed when the test ends if still running.
func startFakeBinary(t *testing.T, args ...string) *fakeBinary {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), binary, append([]string{"fake"}, args...)...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	return &fakeBinary{cmd: cmd, stderr: stderr, line: line}
}

// interrupt sends SIGINT and requires a clean exit (status 0).
func (f *fakeBinary) interrupt(t *testing.T) {
	t.Helper()
	require.NoError(t, f.cmd.Process.Signal(syscall.SIGINT))
	require.NoError(t, f.cmd.Wait(), "stderr: %s", f.stderr.String())
}

// checkArgs returns check's arguments for srv's first account, IMAP over
// implicit TLS and SMTP with STARTTLS, trusting srv's CA.
func checkArgs(t *testing.T, srv *mailtest.Server, extra ...string) (args []string, password string) {
	t.Helper()
	ca, err := srv.WriteCAFile(t.TempDir())
	require.NoError(t, err)
	a := srv.Accounts()[0]
	args = []string{"check", "--email", a.Email, "--username", a.Login(), "--ca-file", ca}
	if srv.IMAPTLS != "" {
		args = append(args, "--imap", srv.IMAPTLS, "--imap-security", "tls")
	} else {
		args = append(args, "--no-imap")
	}
	if srv.SMTPStartTLS != "" {
		args = append(args, "--smtp", srv.SMTPStartTLS, "--smtp-security", "starttls")
	} else {
		args = append(args, "--no-smtp")
	}
	return append(args, extra...), a.Password
}

// TestCheck runs check against fake servers: exit status, human output,
// JSON shape, and that the password is nowhere in the output.
func TestCheck(t *testing.T) {
	tests := []struct {
		scenario string
		code     int
	}{
		{"dovecot-postfix-ok", 0},
		{"gmail-app-password-required", 1},
		{"microsoft365-imap-basic-auth-retired", 1},
		{"cert-expired", 1},
	}
	for _, tc := range tests {
		t.Run(tc.scenario, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, tc.scenario)
			args, password := checkArgs(t, srv)
			// Advice is worded for a fixed day (dated facts, the age of
			// the facts); the probes keep the real clock, which the test
			// certificates are made for.
			args = append(args, "--as-of", asOf)
			env := []string{"MAILCHECK_PASSWORD=" + password}

			human := runBinary(t, invocation{args: args, env: env})
			assert.Equal(t, tc.code, human.code, "stderr: %s", human.stderr)
			assert.Empty(t, human.stderr, "no progress when stderr is not a terminal")
			golden(t, "check-"+tc.scenario+".txt", human.stdout)

			js := runBinary(t, invocation{args: append(args, "--json"), env: env})
			assert.Equal(t, tc.code, js.code, "stderr: %s", js.stderr)
			var rep diagnose.Report
			require.NoError(t, json.Unmarshal([]byte(js.stdout), &rep), js.stdout)
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, diagnose.Code(srv.Scenario.IMAPCode), rep.IMAP.Code)
			assert.Equal(t, diagnose.Code(srv.Scenario.SMTPCode), rep.SMTP.Code)
			if rep.IMAP.Probe != nil {
				assert.Empty(t, rep.IMAP.Probe.Transcript, "transcripts only with --transcript")
			}

			tr := runBinary(t, invocation{args: append(args, "--transcript"), env: env})
			assert.Contains(t, tr.stdout, "Transcript")

			for _, out := range []string{human.stdout, human.stderr, js.stdout, js.stderr, tr.stdout, tr.stderr} {
				assert.NotContains(t, out, password)
				assert.NotContains(t, out, base64.StdEncoding.EncodeToString([]byte(password)))
				assert.NotContains(t, out, base64.StdEncoding.EncodeToString([]byte("\x00"+srv.Accounts()[0].Login()+"\x00"+password)))
			}
		})
	}
}

// TestCheckJSONShape checks the documented top-level fields of check
// --json (docs/cli.md).
func TestCheckJSONShape(t *testing.T) {
	srv := mailtest.NewTestServer(t, "gmail-app-password-required")
	args, password := checkArgs(t, srv, "--json")
	r := runBinary(t, invocation{args: args, env: []string{"MAILCHECK_PASSWORD=" + password}})
	assert.Equal(t, 1, r.code)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.Equal(t, srv.Accounts()[0].Email, doc["email"])
	for _, k := range []string{"provider", "imap", "smtp", "findings", "verdict"} {
		assert.Contains(t, doc, k)
	}
	assert.Contains(t, doc["provider"], "id")
	assert.Contains(t, doc["imap"], "code")
	assert.Contains(t, doc["imap"], "stage")
	findings, _ := doc["findings"].([]any)
	require.NotEmpty(t, findings)
	f0 := findings[0].(map[string]any)
	for _, k := range []string{"code", "severity", "protocol", "summary", "evidence", "alternatives", "remediation"} {
		assert.Contains(t, f0, k)
	}
}

// TestCheckPasswordStdin reads the password from stdin's first line.
func TestCheckPasswordStdin(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	args, password := checkArgs(t, srv, "--password-stdin", "--json")
	r := runBinary(t, invocation{args: args, stdin: password + "\nnot the password\n"})
	assert.Equal(t, 0, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)

	r = runBinary(t, invocation{args: args, stdin: ""})
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "stdin holds no password")
}

// TestCheckNoPassword checks connectivity only, and says so: the verdict
// is login_not_tried (a check whose login was not tried never reads ok),
// which exits 1 like every code but ok.
func TestCheckNoPassword(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	args, _ := checkArgs(t, srv)
	r := runBinary(t, invocation{args: args})
	assert.Contains(t, r.stderr, "checking connectivity only")
	assert.Equal(t, 1, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)
	assert.Contains(t, r.stdout, "login_not_tried")
	assert.Contains(t, r.stdout, "no password or token was given")
	// Said once per protocol, not again under "Also worth knowing" or in
	// the verdict, and not as "both fail, each its own way"; the second
	// EHLO is named as such (a new CLI user's finds).
	assert.Equal(t, 2, strings.Count(r.stdout, "no password or token was given"), r.stdout)
	assert.NotContains(t, r.stdout, "each its own way")
	assert.Contains(t, r.stdout, "neither sign-in was tried")
	assert.Contains(t, r.stdout, "ehlo again")
}

// TestCheckUnreachable checks a closed port: a problem, exit status 1.
func TestCheckUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	r := runBinary(t, invocation{
		args: []string{"check", "--email", "a@example.com", "--imap", "127.0.0.1:" + strconv.Itoa(port), "--no-smtp", "--timeout", "10s", "--json"},
		env:  []string{"MAILCHECK_PASSWORD=x"},
	})
	assert.Equal(t, 1, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)
	var rep diagnose.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.CodeConnectionRefused, rep.IMAP.Code)
	assert.Nil(t, rep.SMTP)
}

// TestExplainBareAuthenticateFailed: the commonest report, pasted without
// a host, names the Exchange Online case first and never tells the user
// to create an app password for IMAP at Microsoft.
func TestExplainBareAuthenticateFailed(t *testing.T) {
	r := runBinary(t, invocation{args: []string{"explain", "--as-of", asOf, "AUTHENTICATE failed."}})
	assert.Equal(t, 1, r.code, "stderr: %s", r.stderr)
	golden(t, "explain-bare-authenticate-failed.txt", r.stdout)

	first := strings.Index(r.stdout, "If this is Microsoft 365 / Exchange Online, no password or app password works")
	require.GreaterOrEqual(t, first, 0, r.stdout)
	// Who acts depends on the same condition: the code is a wrong
	// password, the advice Microsoft 365's.
	assert.Contains(t, r.stdout, "Who must act: the vendor who makes the mail program or application, if this is Microsoft 365; if not, you, the mailbox owner")
	for _, other := range []string{"wrong user name or password", "Check the user name"} {
		if i := strings.Index(r.stdout, other); i >= 0 {
			assert.Greater(t, i, first, "the Exchange Online case comes before %q", other)
		}
	}
	appPassword := regexp.MustCompile(`(?i)\b(create|generate|use|make)\b[^.;:\n]*app(lication)?[- ](specific )?password`)
	negated := regexp.MustCompile(`(?i)\b(not|no|never|neither|nor)\b|n't\b`)
	for _, line := range strings.Split(r.stdout, "\n") {
		for _, sentence := range regexp.MustCompile(`[.;:]\s+`).Split(line, -1) {
			assert.False(t, appPassword.MatchString(sentence) && !negated.MatchString(sentence),
				"tells the user to make an app password: %q", sentence)
		}
	}
}

// TestCheckSecurityTip: a wrong TLS mode on a port whose mode mailcheck
// chose itself says how to check the port in the other mode; with the
// mode given, it does not (a new CLI user's find).
func TestCheckSecurityTip(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	ca, err := srv.WriteCAFile(t.TempDir())
	require.NoError(t, err)
	a := srv.Accounts()[0]
	base := []string{"check", "--email", a.Email, "--ca-file", ca, "--imap", srv.IMAPStartTLS, "--no-smtp"}
	r := runBinary(t, invocation{args: base, env: []string{"MAILCHECK_PASSWORD=" + a.Password}})
	assert.Contains(t, r.stdout, "tls_wrong_mode")
	assert.Contains(t, r.stderr, "add --imap-security starttls")
	r = runBinary(t, invocation{args: append(base, "--imap-security", "starttls"), env: []string{"MAILCHECK_PASSWORD=" + a.Password}})
	assert.Equal(t, 0, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)
	assert.NotContains(t, r.stderr, "--imap-security")
}

// TestCheckOneProtocolVerdict: with one protocol probed, the terminal's
// verdict names the finding above instead of repeating its summary; JSON
// keeps the full reason.
func TestCheckOneProtocolVerdict(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-wrong-password")
	ca, err := srv.WriteCAFile(t.TempDir())
	require.NoError(t, err)
	a := srv.Accounts()[0]
	args := []string{"check", "--email", a.Email, "--ca-file", ca, "--imap", srv.IMAPTLS, "--imap-security", "tls", "--no-smtp"}
	env := []string{"MAILCHECK_PASSWORD=" + a.Password}
	r := runBinary(t, invocation{args: args, env: env})
	assert.Contains(t, r.stdout, "Only IMAP was probed; its finding is above.")
	j := runBinary(t, invocation{args: append(args, "--json"), env: env})
	var rep struct {
		Verdict struct{ Reason string } `json:"verdict"`
	}
	require.NoError(t, json.Unmarshal([]byte(j.stdout), &rep), j.stdout)
	assert.True(t, strings.HasPrefix(rep.Verdict.Reason, "Only IMAP was probed: "), rep.Verdict.Reason)
}

// TestExplainStageResolve: --stage takes every stage the JSON reports,
// resolve included (a fresh reviewer's find: the JSON said "resolve",
// which --stage refused).
func TestExplainStageResolve(t *testing.T) {
	te := newTestEnv("", nil)
	code := run(t.Context(), []string{"explain", "--json", "--stage", "resolve", "lookup smtp.example.com: no such host"}, &te.env)
	require.Equal(t, exitProblem, code, "stderr: %s", te.stderr.String())
	var f struct {
		Code  string `json:"code"`
		Stage string `json:"stage"`
	}
	require.NoError(t, json.Unmarshal(te.stdout.Bytes(), &f), te.stdout.String())
	assert.Equal(t, "dns_failure", f.Code)
	assert.Equal(t, "resolve", f.Stage)
}
