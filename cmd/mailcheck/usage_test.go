package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUsageErrors checks that every mistake on the command line gives one
// clear line, the usage and exit status 2, and prints nothing on stdout.
func TestUsageErrors(t *testing.T) {
	notPEM := filepath.Join(t.TempDir(), "not.pem")
	require.NoError(t, os.WriteFile(notPEM, []byte("hello\n"), 0o644))

	tests := []struct {
		name string
		args []string
	}{
		{"no-args", nil},
		{"unknown-command", []string{"frobnicate"}},
		{"check-missing-email", []string{"check"}},
		{"check-unknown-flag", []string{"check", "--email", "a@example.com", "--colour"}},
		{"check-bad-email", []string{"check", "--email", "Alice <a@example.com>"}},
		{"check-bad-port", []string{"check", "--email", "a@example.com", "--imap", "imap.example.com:99999"}},
		{"check-port-zero", []string{"check", "--email", "a@example.com", "--smtp", "smtp.example.com:0"}},
		{"check-port-not-number", []string{"check", "--email", "a@example.com", "--imap", "imap.example.com:imaps"}},
		{"check-bad-security", []string{"check", "--email", "a@example.com", "--imap", "imap.example.com", "--imap-security", "ssl3"}},
		{"check-security-without-host", []string{"check", "--email", "a@example.com", "--smtp-security", "tls"}},
		{"check-ca-file-missing", []string{"check", "--email", "a@example.com", "--ca-file", "testdata/no-such-ca.pem"}},
		{"check-ca-file-not-pem", []string{"check", "--email", "a@example.com", "--ca-file", notPEM}},
		{"check-bad-timeout", []string{"check", "--email", "a@example.com", "--timeout", "-5s"}},
		{"check-bad-send-test-to", []string{"check", "--email", "a@example.com", "--send-test-to", "nobody"}},
		{"check-password-flag", []string{"check", "--email", "a@example.com", "--password", "hunter2"}},
		{"check-password-equals", []string{"check", "--email", "a@example.com", "--password=hunter2"}},
		{"check-nothing-to-check", []string{"check", "--email", "a@example.com", "--no-imap", "--no-smtp"}},
		{"check-extra-argument", []string{"check", "--email", "a@example.com", "extra"}},
		// The address typed where only flags go, before one (a new user's
		// first try): named, with the flag it needs.
		{"check-address-as-argument", []string{"check", "alice@contoso.example", "--imap", "127.0.0.1:1"}},
		{"check-first-of-two-extra", []string{"check", "--email", "a@example.com", "foo", "bar"}},
		{"fleet-file-as-argument", []string{"fleet", "staff.csv", "--json"}},
		{"explain-no-text", []string{"explain"}},
		{"explain-bad-protocol", []string{"explain", "--protocol", "pop4", "hello"}},
		{"explain-unknown-provider", []string{"explain", "--provider", "nosuch", "x"}},
		{"explain-bad-as-of", []string{"explain", "--as-of", "15/01/2027", "hello"}},
		{"check-bad-as-of", []string{"check", "--email", "a@example.com", "--as-of", "2027-13-01"}},
		{"scenarios-extra-argument", []string{"scenarios", "extra"}},
		{"fake-missing-scenario", []string{"fake"}},
		{"fake-unknown-scenario", []string{"fake", "--scenario", "no-such-scenario"}},
		{"fake-listen-host-any", []string{"fake", "--scenario", "dovecot-postfix-ok", "--listen-host", "0.0.0.0"}},
		{"fake-listen-host-not-loopback", []string{"fake", "--scenario", "dovecot-postfix-ok", "--listen-host", "192.0.2.1"}},
		{"fake-port-zero", []string{"fake", "--scenario", "dovecot-postfix-ok", "--imap-tls-port", "0"}},
		{"fake-port-too-big", []string{"fake", "--scenario", "dovecot-postfix-ok", "--smtp-starttls-port", "65536"}},
		{"fake-port-not-number", []string{"fake", "--scenario", "dovecot-postfix-ok", "--imap-starttls-port", "imap"}},
		{"fake-port-missing-listener", []string{"fake", "--scenario", "microsoft365-ok", "--smtp-tls-port", "2465"}},
		{"fake-port-twice", []string{"fake", "--scenario", "dovecot-postfix-ok", "--imap-tls-port", "2000", "--smtp-tls-port", "2000"}},
		{"fake-mailbox-not-directory", []string{"fake", "--scenario", "dovecot-postfix-ok", "--mailbox", "/nonexistent/mail"}},
		{"fake-spool-not-directory", []string{"fake", "--scenario", "dovecot-postfix-ok", "--spool", "/nonexistent/spool"}},
		{"fake-records-missing-dir", []string{"fake", "--scenario", "dovecot-postfix-ok", "--records", "/nonexistent/x.jsonl"}},
		{"version-extra-argument", []string{"version", "extra"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runBinary(t, invocation{args: tc.args})
			assert.Equal(t, 2, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stdout)
			first, _, _ := strings.Cut(r.stderr, "\n")
			assert.True(t, strings.HasPrefix(first, "mailcheck"), "first line names the program: %q", first)
			assert.NotContains(t, r.stderr, "hunter2", "a password passed as an argument is never echoed")
			golden(t, "usage-"+tc.name+".txt", r.stderr)
		})
	}
}

// TestHelp checks that help goes to stdout with exit status 0.
func TestHelp(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"top", []string{"help"}},
		{"top-flag", []string{"--help"}},
		{"check", []string{"check", "-h"}},
		{"explain", []string{"help", "explain"}},
		{"fake", []string{"fake", "--help"}},
		{"fleet", []string{"fleet", "-h"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runBinary(t, invocation{args: tc.args})
			assert.Equal(t, 0, r.code)
			assert.Empty(t, r.stderr)
			golden(t, "help-"+tc.name+".txt", r.stdout)
		})
	}
}

func TestVersion(t *testing.T) {
	r := runBinary(t, invocation{args: []string{"version"}})
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	assert.Regexp(t, `^mailcheck (devel|v\S+) go\S+\n$`, r.stdout)
}

// TestExplainProtocols checks that every --protocol value the usage line
// offers is accepted, pop3 included, and that the error for another one
// names the same values.
func TestExplainProtocols(t *testing.T) {
	for _, p := range explainProtocols {
		assert.Contains(t, explainSynopsis, p)
	}
	r := runBinary(t, invocation{args: []string{"explain", "--protocol", "pop3", "-ERR [AUTH] Authentication failed."}})
	assert.Equal(t, exitProblem, r.code, "stderr: %s", r.stderr)
	assert.NotContains(t, r.stderr, "usage:")

	r = runBinary(t, invocation{args: []string{"explain", "--protocol", "pop4", "hello"}})
	assert.Equal(t, exitUsage, r.code)
	assert.Contains(t, r.stderr, `is not imap, smtp or pop3`)
	assert.Contains(t, r.stderr, "--protocol imap|smtp|pop3")
}
