package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// fleetFiles writes an accounts CSV for the fake's accounts (plus extra
// lines), a secrets file with mode perm, and the fake's CA file.
func fleetFiles(t *testing.T, srv *mailtest.Server, perm os.FileMode, extra ...string) (dir, csvPath, secretsPath, caPath string) {
	t.Helper()
	dir = t.TempDir()
	var b strings.Builder
	b.WriteString("email,imap,imap_security,smtp,smtp_security\n")
	secrets := map[string]map[string]string{}
	for _, a := range srv.Accounts() {
		fmt.Fprintf(&b, "%s,%s,tls,%s,starttls\n", a.Email, srv.IMAPTLS, srv.SMTPStartTLS)
		secrets[a.Email] = map[string]string{"password": a.Password}
	}
	for _, l := range extra {
		b.WriteString(l + "\n")
	}
	csvPath = filepath.Join(dir, "accounts.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte(b.String()), 0o644))
	js, err := json.Marshal(secrets)
	require.NoError(t, err)
	secretsPath = filepath.Join(dir, "secrets.json")
	require.NoError(t, os.WriteFile(secretsPath, js, perm))
	require.NoError(t, os.Chmod(secretsPath, perm))
	caPath, err = srv.WriteCAFile(dir)
	require.NoError(t, err)
	return dir, csvPath, secretsPath, caPath
}

// jsonLines splits --json output into its account lines and summary.
func jsonLines(t *testing.T, out string) (accounts []map[string]any, summary map[string]any) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "each line is one JSON object: %s", sc.Text())
		switch m["type"] {
		case "account":
			accounts = append(accounts, m)
		case "summary":
			require.Nil(t, summary, "one summary line")
			summary = m
		default:
			t.Fatalf("line of unknown type: %s", sc.Text())
		}
	}
	require.NotNil(t, summary, "the last line is the summary")
	return accounts, summary
}

func TestFleetTenant(t *testing.T) {
	srv := mailtest.NewTestServer(t, mailtest.TenantScenario)
	first := srv.Accounts()[0]
	dir, csvPath, secretsPath, caPath := fleetFiles(t, srv, 0o600,
		`broken"line@contoso.example,x`, // line 14: a bare quote
		fmt.Sprintf("%s,%s,tls,%s,starttls", strings.ToUpper(first.Email), srv.IMAPTLS, srv.SMTPStartTLS), // a duplicate
		fmt.Sprintf("nobody@contoso.example,%s,tls,%s,starttls", srv.IMAPTLS, srv.SMTPStartTLS),           // no secret
	)
	ledger, state, page := filepath.Join(dir, "ledger.json"), filepath.Join(dir, "state.json"), filepath.Join(dir, "page.html")
	handoffs := filepath.Join(dir, "handoffs.md")
	args := []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--json",
		"--html", page, "--ledger", ledger, "--state", state, "--handoffs", handoffs, "--as-of", "2026-12-05"}
	res := runBinary(t, invocation{args: args})
	require.Equal(t, 1, res.code, "problems were diagnosed; stderr: %s", res.stderr)

	accounts, summary := jsonLines(t, res.stdout)
	assert.Len(t, accounts, 15, "one line per entry, the malformed and the duplicate included")
	statuses := map[string]int{}
	for _, a := range accounts {
		statuses[a["status"].(string)]++
		if a["status"] == "invalid" {
			assert.Equal(t, float64(14), a["line"])
			assert.Contains(t, a["error"], "accounts.csv:14: malformed CSV")
		}
		if a["email"] == "nobody@contoso.example" {
			assert.Equal(t, true, a["no_secret"], "checked without signing in, and says so")
		}
	}
	assert.Equal(t, map[string]int{"checked": 13, "invalid": 1, "duplicate": 1}, statuses)
	var rules []string
	for _, c := range summary["conclusions"].([]any) {
		rules = append(rules, c.(map[string]any)["rule"].(string))
	}
	assert.ElementsMatch(t, []string{"exchange_imap_oauth_only", "passwords_not_tenant", "mailbox_protocol_disabled"}, rules)
	assert.Nil(t, summary["accounts"], "the summary does not repeat the account lines")
	assert.Equal(t, false, summary["interrupted"], "interrupted is always written, as docs/cli.md lists it")

	for _, f := range []string{ledger, state, page, handoffs} {
		info, err := os.Stat(f)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "%s is private", f)
	}
	md, err := os.ReadFile(handoffs)
	require.NoError(t, err)
	assert.Contains(t, string(md), "### Exchange Online refuses IMAP passwords")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	ledgerData, err := os.ReadFile(ledger)
	require.NoError(t, err)
	stateData, err := os.ReadFile(state)
	require.NoError(t, err)
	for _, a := range srv.Accounts() {
		for _, out := range []string{res.stdout, res.stderr, string(md), string(html), string(ledgerData), string(stateData)} {
			assert.NotContains(t, out, a.Password, "no secret is ever written")
		}
	}

	// A second run within the cool-down signs in nowhere and says when it
	// may.
	before := len(srv.Records())
	args = []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--ledger", ledger, "--state", state}
	res = runBinary(t, invocation{args: args})
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stdout, "12 held back by the ledger")
	assert.Regexp(t, `adele@contoso\.example \(line 2\): IMAP and SMTP held back: [^\n]*; last result: IMAP basic_auth_disabled \(`, res.stdout, "with what the state remembers")
	assert.Contains(t, res.stdout, "adele@contoso.example (line 2): IMAP and SMTP held back: tried at ", "one line per account, in the file's order")
	assert.Less(t, strings.Index(res.stdout, "adele@contoso.example (line 2)"), strings.Index(res.stdout, "megan@contoso.example (line 13)"))
	assert.Contains(t, res.stdout, "may be tried again at ")
	for _, r := range srv.Records()[before:] {
		assert.Empty(t, r.Mechanism, "only the account without a secret connects, and it does not sign in")
	}
}

// TestFleetLongLine: a line longer than 64 KiB is one invalid entry; every
// other account is still checked and counted.
func TestFleetLongLine(t *testing.T) {
	srv := mailtest.NewTestServer(t, mailtest.TenantScenario)
	_, csvPath, secretsPath, caPath := fleetFiles(t, srv, 0o600,
		longLine, // line 14
		fmt.Sprintf("nobody@contoso.example,%s,tls,%s,starttls", srv.IMAPTLS, srv.SMTPStartTLS),
	)
	res := runBinary(t, invocation{args: []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--json"}})
	require.Equal(t, 1, res.code, "problems were diagnosed; stderr: %s", res.stderr)
	assert.NotContains(t, res.stderr, "not read")
	accounts, summary := jsonLines(t, res.stdout)
	assert.Equal(t, 14, len(accounts), "the twelve, the long line and the one after it")
	for _, a := range accounts {
		if a["status"] == "invalid" {
			assert.Equal(t, float64(14), a["line"])
			assert.Equal(t, csvPath+":14: line is longer than 64 KiB", a["error"])
		}
	}
	counts := summary["counts"].(map[string]any)
	assert.Equal(t, float64(14), counts["accounts"])
	assert.Equal(t, float64(13), counts["checked"])
	assert.Equal(t, float64(1), counts["invalid"])
	for _, out := range []string{res.stdout, res.stderr} {
		assert.NotContains(t, out, longSecret, "the long line is not echoed")
	}

	// The only account line too long: that is what is said, not "a
	// header but no accounts".
	only := filepath.Join(t.TempDir(), "only.csv")
	require.NoError(t, os.WriteFile(only, []byte("email\r\n"+longLine+"\r\n"), 0o600))
	res = runBinary(t, invocation{args: []string{"fleet", "--accounts", only}})
	assert.Equal(t, 1, res.code, "stderr: %s", res.stderr)
	assert.Contains(t, res.stdout, "1 could not be checked")
	assert.Contains(t, res.stdout, only+":2: line is longer than 64 KiB")
	assert.NotContains(t, res.stderr, "no accounts")
	assert.NotContains(t, res.stdout+res.stderr, longSecret)
}

func TestFleetUsage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string, perm os.FileMode) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), perm))
		require.NoError(t, os.Chmod(p, perm))
		return p
	}
	good := write("good.csv", "email\na@example.test\n", 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no accounts flag", []string{"fleet"}, "--accounts is required"},
		{"missing file", []string{"fleet", "--accounts", filepath.Join(dir, "nope.csv")}, "cannot read"},
		{"no email column", []string{"fleet", "--accounts", write("noemail.csv", "user,imap\nx,y\n", 0o644)}, "header has no email column"},
		{"semicolon separated", []string{"fleet", "--accounts", write("semicolon.csv", "email;imap\na@example.com;imap.example.com\n", 0o644)}, "separated by semicolons: save the file as comma-separated CSV"},
		{"tab separated", []string{"fleet", "--accounts", write("tab.csv", "email\timap\na@example.com\timap.example.com\n", 0o644)}, "separated by tabs"},
		{"header only", []string{"fleet", "--accounts", write("empty.csv", "email\n", 0o644)}, "has a header but no accounts"},
		{"header too long", []string{"fleet", "--accounts", write("long.csv", longLine+"\na@example.test\n", 0o644)}, "long.csv:1: header is longer than 64 KiB"},
		{"secrets readable by others", []string{"fleet", "--accounts", good, "--secrets", write("open.json", `{"a@example.test":{"password":"hunter22"}}`, 0o644)}, "readable by group or others"},
		{"secrets both", []string{"fleet", "--accounts", good, "--secrets", write("both.json", `{"a@example.test":{"password":"hunter22","token":"t0k3n"}}`, 0o600)}, "not both"},
		{"secrets not json", []string{"fleet", "--accounts", good, "--secrets", write("bad.json", `{"a@example.test": hunter22}`, 0o600)}, "not valid JSON"},
		{"secret as a key", []string{"fleet", "--accounts", good, "--secrets", write("swapped.json", `{"hunter22":{"password":"a@example.test"}}`, 0o600)}, "a key (8 characters) is not an email address"},
		{"secret as a key, value misspelt", []string{"fleet", "--accounts", good, "--secrets", write("swapped2.json", `{"hunter22":{"pasword":"x"}}`, 0o600)}, "a key (8 characters) is not an email address"},
		{"bad limit", []string{"fleet", "--accounts", good, "--limit", "0"}, "whole number"},
		{"bad as-of", []string{"fleet", "--accounts", good, "--as-of", "tomorrow"}, "not a date"},
		{"not a ledger", []string{"fleet", "--accounts", good, "--ledger", write("ledger.txt", "notes", 0o600)}, "not a mailcheck ledger"},
		{"swapped key with @", []string{"fleet", "--accounts", good, "--secrets", write("swapped3.json", `{"hunter22@x":{"pasword":"a@example.test"}}`, 0o600)}, "an entry whose key (10 characters) is no plain address"},
		{"credentials column", []string{"fleet", "--accounts", write("credcol.csv", "email,Credentials\na@example.test,hunter22\n", 0o644)}, "passwords and tokens belong in the secrets file"},
		{"imap_password column", []string{"fleet", "--accounts", write("pwcol2.csv", "email,IMAP_Password\na@example.test,hunter22\n", 0o644)}, "passwords and tokens belong in the secrets file"},
		{"password column", []string{"fleet", "--accounts", write("pwcol.csv", "email,Password\na@example.test,hunter22\n", 0o644)}, `column "password": passwords and tokens belong in the secrets file`},
		{"secrets key twice", []string{"fleet", "--accounts", good, "--secrets", write("twice.json", `{"a@example.test":{"password":"hunter22"},"a@example.test":{"password":"t0k3n-other"}}`, 0o600)}, "an address appears twice"},
		{"html in a missing folder", []string{"fleet", "--accounts", good, "--html", filepath.Join(dir, "nope", "r.html")}, "--html " + filepath.Join(dir, "nope", "r.html") + ": cannot write in"},
		{"state is a folder", []string{"fleet", "--accounts", good, "--state", dir}, "is a folder, not a file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := runBinary(t, invocation{args: tc.args})
			assert.Equal(t, 2, res.code, "stderr: %s", res.stderr)
			assert.Contains(t, res.stderr, tc.want)
			assert.NotContains(t, res.stderr, "hunter22", "a secret is never echoed")
			assert.NotContains(t, res.stderr, "t0k3n")
		})
	}
}

// TestCheckLedger: check --ledger shares fleet's ledger: a second check
// within the cool-down signs in nowhere and says when it may.
func TestCheckLedger(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	a := srv.Accounts()[0]
	dir := t.TempDir()
	ca, err := srv.WriteCAFile(dir)
	require.NoError(t, err)
	ledger := filepath.Join(dir, "ledger.json")
	args := []string{"check", "--email", a.Email, "--username", a.Login(), "--imap", srv.IMAPTLS, "--imap-security", "tls",
		"--smtp", srv.SMTPStartTLS, "--smtp-security", "starttls", "--ca-file", ca, "--ledger", ledger}
	env := []string{"MAILCHECK_PASSWORD=" + a.Password}

	res := runBinary(t, invocation{args: args, env: env})
	require.Equal(t, 0, res.code, "stderr: %s", res.stderr)
	before := len(srv.Records())

	res = runBinary(t, invocation{args: args, env: env})
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stderr, "IMAP was signed in to at ")
	assert.Contains(t, res.stderr, "SMTP was signed in to at ")
	assert.Contains(t, res.stderr, "not again before ")
	assert.Len(t, srv.Records(), before, "nothing was tried")

	// With --json, one document says what was held.
	res = runBinary(t, invocation{args: append(args, "--json"), env: env})
	assert.Equal(t, 1, res.code)
	var held struct {
		Email   string `json:"email"`
		Status  string `json:"status"`
		Skipped []struct {
			Protocol string    `json:"protocol"`
			RetryAt  time.Time `json:"retry_at"`
		} `json:"skipped"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &held), "stdout: %q", res.stdout)
	assert.Equal(t, a.Email, held.Email)
	assert.Equal(t, "skipped", held.Status)
	require.Len(t, held.Skipped, 2)
	assert.False(t, held.Skipped[0].RetryAt.IsZero())

	res = runBinary(t, invocation{args: append(args, "--cooldown", "1ns"), env: env})
	assert.Equal(t, 0, res.code, "a shorter cool-down lets it through; stderr: %s", res.stderr)
}

// TestFleetAgainstFakeBinary is the whole path a support desk takes with
// no Go: "mailcheck fake" plays the tenant, its listing becomes the CSV
// and the secrets file, and "mailcheck fleet" reads the mailboxes
// together.
func TestFleetAgainstFakeBinary(t *testing.T) {
	f := startFakeBinary(t, "--scenario", mailtest.TenantScenario)
	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(f.line), &l), f.line)
	require.GreaterOrEqual(t, len(l.Accounts), 10, "the tenant has at least ten mailboxes")
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Email,IMAP,imap_security,smtp,smtp_security,tenant\n") // header names without case
	secrets := map[string]map[string]string{}
	for _, a := range l.Accounts {
		fmt.Fprintf(&b, "%s,%s,tls,%s,starttls,Contoso\n", a.Email, l.IMAP.TLS, l.SMTP.StartTLS)
		secrets[a.Email] = map[string]string{"password": a.Password}
	}
	csvPath := filepath.Join(dir, "staff.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte(b.String()), 0o600))
	js, err := json.Marshal(secrets)
	require.NoError(t, err)
	secretsPath := filepath.Join(dir, "secrets.json")
	require.NoError(t, os.WriteFile(secretsPath, js, 0o600))

	res := runBinary(t, invocation{args: []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", l.CAFile}})
	assert.Equal(t, 1, res.code, "stderr: %s", res.stderr)
	for _, want := range []string{
		"12 mailboxes checked: 0 working, 12 with a problem.",
		"Hand-off 1 of 4, for the application vendor",
		"To: The vendor of the application that connects to Contoso's mailboxes", // the tenant column names the organisation
		"Exchange Online refuses IMAP passwords for all 12 mailboxes of Contoso",
		"3 of 12 mailboxes of Contoso are refused on SMTP as a wrong password while 8 can sign in",
		"(shown for ",
		"SMTP is switched off for megan@contoso.example only",
		// The eight that send with a password are told, once, with a
		// message for the admin (review of 2026-12-06).
		"Also worth knowing\n  !    8  SMTP basic_auth_disabled      contoso.example: Password (Basic) SMTP AUTH works here today",
		"Hand-off 4 of 4, for the administrator\nTo: The Microsoft 365 administrator of Contoso\nSubject: 8 mailboxes of Contoso, SMTP: Works today; password sending is on Microsoft's retirement path",
	} {
		assert.Contains(t, res.stdout, want)
	}
	for _, a := range l.Accounts {
		assert.NotContains(t, res.stdout+res.stderr, a.Password)
	}
	f.interrupt(t)
}

// TestFleetProgress: on a terminal, stderr shows a progress bar that ends
// at the number of accounts.
func TestFleetProgress(t *testing.T) {
	srv := mailtest.NewTestServer(t, mailtest.TenantScenario)
	_, csvPath, secretsPath, caPath := fleetFiles(t, srv, 0o600)
	te := newTestEnv("", nil, "stderr")
	code := run(t.Context(), []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath}, &te.env)
	assert.Equal(t, exitProblem, code, "stderr: %s", te.stderr.String())
	assert.Contains(t, te.stderr.String(), "\r  ")
	assert.Contains(t, te.stderr.String(), "12/12 checked, ")
	assert.True(t, strings.HasSuffix(te.stderr.String(), "\n"), "the bar ends its line before the summary")
	assert.Contains(t, te.stdout.String(), "By cause")

	te = newTestEnv("", nil, "stderr")
	code = run(t.Context(), []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--json"}, &te.env)
	assert.Equal(t, exitProblem, code)
	assert.Empty(t, te.stderr.String(), "no progress bar with --json")
}

// TestFleetJSONDocumented: every field fleet --json writes is named in
// docs/cli.md's fleet section (the remediation object is diagnose's,
// documented in docs/report.md).
func TestFleetJSONDocumented(t *testing.T) {
	srv := mailtest.NewTestServer(t, mailtest.TenantScenario)
	dir, csvPath, secretsPath, caPath := fleetFiles(t, srv, 0o600, "nobody@contoso.example", `bad"line`)
	// A second run within the cool-down yields skipped entries, and a
	// state file yields changes, so those fields show too.
	ledger, state := filepath.Join(dir, "l.json"), filepath.Join(dir, "s.json")
	args := []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--json", "--ledger", ledger, "--state", state}
	runBinary(t, invocation{args: args})
	res := runBinary(t, invocation{args: append(args, "--cooldown", "1ns")})
	out := res.stdout
	res = runBinary(t, invocation{args: args})
	out += res.stdout

	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "cli.md"))
	require.NoError(t, err)
	section := string(doc)
	section = section[strings.Index(section, "## fleet"):]
	section = section[:strings.Index(section[3:], "\n## ")+3]
	keys := map[string]bool{}
	var walk func(v any, under string)
	walk = func(v any, under string) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if under == "remediation" {
					continue
				}
				keys[k] = true
				walk(x, k)
			}
		case []any:
			for _, x := range v {
				walk(x, under)
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m))
		walk(m, "")
	}
	for _, k := range []string{"skipped", "no_secret", "conclusions", "handoffs", "error"} {
		assert.True(t, keys[k], "the runs exercise %s", k)
	}
	for k := range keys {
		assert.True(t, strings.Contains(section, "`"+k+"`") || strings.Contains(section, "`"+k+"[]`"),
			"docs/cli.md's fleet section names the JSON field %q", k)
	}
}

// TestLedgerTwoProcesses starts two checks of one account at the same
// moment with one ledger: between them, each protocol is signed in to
// once.
func TestLedgerTwoProcesses(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	args, password := checkArgs(t, srv, "--ledger", filepath.Join(t.TempDir(), "ledger.json"))
	codes := make(chan int, 2)
	for range 2 {
		go func() {
			codes <- runBinary(t, invocation{args: args, env: []string{"MAILCHECK_PASSWORD=" + password}}).code
		}()
	}
	got := []int{<-codes, <-codes}
	assert.ElementsMatch(t, []int{0, 1}, got, "one check signs in, the other is held")
	signedIn := 0
	for _, r := range srv.Records() {
		if r.Mechanism != "" {
			signedIn++
		}
	}
	assert.Equal(t, 2, signedIn, "one sign-in per protocol across both processes")
}

// runFleetOneAccount runs fleet on srv's first account, over TLS to both
// servers, with secrets as the secrets file.
func runFleetOneAccount(t *testing.T, srv *mailtest.Server, secrets string) (*testEnv, int) {
	t.Helper()
	dir := t.TempDir()
	a := srv.Accounts()[0]
	csvPath := filepath.Join(dir, "one.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte(fmt.Sprintf("email,imap,imap_security,smtp,smtp_security\n%s,%s,tls,%s,tls\n", a.Email, srv.IMAPTLS, srv.SMTPTLS)), 0o600))
	secretsPath := filepath.Join(dir, "secrets.json")
	require.NoError(t, os.WriteFile(secretsPath, []byte(secrets), 0o600))
	caPath := filepath.Join(dir, "ca.pem")
	require.NoError(t, os.WriteFile(caPath, srv.CAPEM(), 0o600))
	te := newTestEnv("", nil)
	code := run(t.Context(), []string{"fleet", "--accounts", csvPath, "--secrets", secretsPath, "--ca-file", caPath, "--timeout", "5s"}, &te.env)
	return te, code
}

// TestFleetNoSecretIsAProblem: a mailbox checked without signing in reads
// login_not_tried, and fleet exits 1 as check does (a new CLI user's find:
// a secrets file whose key had a typo signed in to nothing and exited 0).
func TestFleetNoSecretIsAProblem(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	a := srv.Accounts()[0]
	te, code := runFleetOneAccount(t, srv, `{"someone-else@example.org":{"password":"x-Unused-9"}}`)
	assert.Equal(t, exitProblem, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
	assert.Contains(t, te.stdout.String(), "checked without signing in")
	assert.Contains(t, te.stdout.String(), a.Email+" (line 2): checked without signing in", "the mailbox is named, not only counted")
	assert.Contains(t, te.stderr.String(), "has an entry for someone-else@example.org, which no account in", "the unused entry (a typo?) is told")
	assert.NotContains(t, te.stderr.String(), "x-Unused-9")
}

// TestFleetUnusedSecretKeyNotShown: an unused entry whose key may be a
// password (key and value swapped, or a key that is no plain address) is
// counted on stderr, never printed; a plain unused address still is.
func TestFleetUnusedSecretKeyNotShown(t *testing.T) {
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	a := srv.Accounts()[0]
	te, code := runFleetOneAccount(t, srv, fmt.Sprintf(`{%q:{"password":%q}, "s3cr@t-Swapped-7":{"password":%q}, "Pa55@wordNoDot":{"password":"x-Other-8"}, "typo@example.org":{"password":"x-Typo-9"}}`,
		a.Email, a.Password, a.Email))
	assert.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
	stderr := te.stderr.String()
	assert.Contains(t, stderr, "has an entry for typo@example.org, which no account in", "a plain address is still told")
	assert.Contains(t, stderr, "has 2 entries that no account in", "the others are counted")
	for _, secret := range []string{"s3cr@t", "S3CR@T", "pa55@word", "Pa55@word", "x-Other-8", "x-Typo-9", a.Password} {
		assert.NotContains(t, stderr, secret)
	}
}

// TestFleetUnsafeSecretNotUsed: a password that is a word of the report
// ("Password"), a short number or another person's address is not used
// and not gated, so the report keeps its words and codes; the mailbox is
// told, unquoted (a fresh reviewer's find: "app_[redacted]_required").
func TestFleetUnsafeSecretNotUsed(t *testing.T) {
	for name, pw := range map[string]string{"word": "Password", "short": "2026", "number": "20261207", "address": "alex@contoso.example", "address with a space": "alex@contoso.example ", "part of an address": "race@exam"} {
		t.Run(name, func(t *testing.T) {
			srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
			a := srv.Accounts()[0]
			te, code := runFleetOneAccount(t, srv, fmt.Sprintf(`{%q:{"password":%q}}`, a.Email, pw))
			assert.Equal(t, exitProblem, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
			out := te.stdout.String() + te.stderr.String()
			assert.Contains(t, out, ": "+unsafeSecretProblem+"\n", "one text whatever the reason: the report does not say which applies")
			assert.NotContains(t, out, redact.Marker, "nothing blanked out")
			if !strings.Contains(a.Email, strings.TrimSpace(pw)) { // the mailbox's own address is named
				assert.NotContains(t, out, strings.TrimSpace(pw))
			}
			assert.Empty(t, srv.Records(), "no sign-in was tried")
		})
	}
	assert.False(t, unsafeSecret("Tenant-Kq01!x", []string{"alex@contoso.example"}), "an ordinary password is used")
	assert.True(t, unsafeSecret("Contoso", []string{"alex@contoso.example"}), "part of an address")
}

// TestFleetOutputFilesPrivate: a page or hand-off file that existed with
// a wider mode is left at 0600, as the docs say (a fresh reviewer's find:
// an existing 0644 file stayed 0644).
func TestFleetOutputFilesPrivate(t *testing.T) {
	if secretsModeExempt {
		t.Skip("file modes mean nothing here")
	}
	srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
	dir := t.TempDir()
	a := srv.Accounts()[0]
	csvPath := filepath.Join(dir, "one.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte(fmt.Sprintf("email,imap,imap_security,smtp,smtp_security\n%s,%s,tls,%s,tls\n", a.Email, srv.IMAPTLS, srv.SMTPTLS)), 0o600))
	caPath := filepath.Join(dir, "ca.pem")
	require.NoError(t, os.WriteFile(caPath, srv.CAPEM(), 0o600))
	page, notes := filepath.Join(dir, "r.html"), filepath.Join(dir, "h.md")
	for _, p := range []string{page, notes} {
		require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
		require.NoError(t, os.Chmod(p, 0o644))
	}
	te := newTestEnv("", nil)
	run(t.Context(), []string{"fleet", "--accounts", csvPath, "--ca-file", caPath, "--timeout", "5s", "--html", page, "--handoffs", notes}, &te.env)
	for _, p := range []string{page, notes} {
		info, err := os.Stat(p)
		require.NoError(t, err, te.stderr.String())
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), p)
	}
}
