//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// openDevNull opens /dev/null for reading: a character device that is not
// a terminal.
func openDevNull(t *testing.T) *os.File {
	t.Helper()
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// TestIsTerminal checks that only a terminal counts: /dev/null is a
// character device, and the old ModeCharDevice test took it for one.
// TestPromptNoEcho checks that a pseudo-terminal does count.
func TestIsTerminal(t *testing.T) {
	assert.False(t, isTerminal(openDevNull(t)), "/dev/null")

	r, w, err := os.Pipe()
	require.NoError(t, err)
	t.Cleanup(func() { r.Close(); w.Close() })
	assert.False(t, isTerminal(r), "pipe, read end")
	assert.False(t, isTerminal(w), "pipe, write end")

	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	assert.False(t, isTerminal(f), "regular file")

	assert.False(t, isTerminal(strings.NewReader("")), "not a file")
	assert.False(t, isTerminal((*os.File)(nil)), "nil file")
	assert.False(t, isTerminal(nil), "nil")
}

// devNullEnv is the env of "mailcheck ... </dev/null" with stdout and
// stderr captured, deciding terminals as main does. A prompt fails the
// test.
func devNullEnv(t *testing.T) *testEnv {
	te := &testEnv{}
	te.env = env{
		Stdin:      openDevNull(t),
		Stdout:     &te.stdout,
		Stderr:     &te.stderr,
		Getenv:     func(string) string { return "" },
		IsTerminal: isTerminal,
		Now:        time.Now,
		ReadPassword: func(context.Context, string) (string, error) {
			t.Error("prompted for a password with stdin on /dev/null")
			return "", io.EOF
		},
	}
	return te
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return strconv.Itoa(port)
}

// TestRunStdinDevNull runs check and explain in-process with stdin on
// /dev/null: check proceeds without credentials (connectivity only) and
// exits as the diagnosis says; explain reads the empty stdin without a
// paste prompt and says there is no text (usage error, status 2).
func TestRunStdinDevNull(t *testing.T) {
	t.Run("check-works", func(t *testing.T) {
		srv := mailtest.NewTestServer(t, "dovecot-postfix-ok")
		args, _ := checkArgs(t, srv)
		te := devNullEnv(t)
		code := run(t.Context(), args, &te.env)
		// Reached, not signed in: login_not_tried, a problem to report.
		assert.Equal(t, exitProblem, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
		assert.Contains(t, te.stdout.String(), "login_not_tried")
		assert.Contains(t, te.stderr.String(), "checking connectivity only")
		assert.NotContains(t, te.stderr.String(), "reading the password")
		assert.NotContains(t, te.stdout.String(), "\x1b[", "no colour: stdout is not a terminal")
	})
	t.Run("check-refused", func(t *testing.T) {
		te := devNullEnv(t)
		code := run(t.Context(), []string{"check", "--email", "a@b.example", "--imap", "127.0.0.1:" + closedPort(t), "--no-smtp"}, &te.env)
		assert.Equal(t, exitProblem, code, "stdout: %s\nstderr: %s", te.stdout.String(), te.stderr.String())
		assert.Contains(t, te.stdout.String(), "connection_refused")
		assert.Contains(t, te.stderr.String(), "checking connectivity only")
		assert.NotContains(t, te.stderr.String(), "usage:")
	})
	t.Run("explain", func(t *testing.T) {
		te := devNullEnv(t)
		code := run(t.Context(), []string{"explain"}, &te.env)
		assert.Equal(t, exitUsage, code)
		assert.Empty(t, te.stdout.String())
		assert.NotContains(t, te.stderr.String(), "Paste", "no prompt: nobody is there to paste")
		assert.Contains(t, te.stderr.String(), "no text to explain")
	})
}

// TestBinaryStdinDevNull is the reviewer's command line, run as a program
// with stdin on /dev/null.
func TestBinaryStdinDevNull(t *testing.T) {
	r := runBinary(t, invocation{
		args:    []string{"check", "--email", "a@b.example", "--imap", "127.0.0.1:" + closedPort(t), "--no-smtp"},
		devNull: true,
	})
	assert.Equal(t, exitProblem, r.code, "stdout: %s\nstderr: %s", r.stdout, r.stderr)
	assert.NotContains(t, r.stderr, "inappropriate ioctl")
	assert.Contains(t, r.stderr, "checking connectivity only")
	assert.Contains(t, r.stdout, "connection_refused")

	r = runBinary(t, invocation{args: []string{"explain"}, devNull: true})
	assert.Equal(t, exitUsage, r.code)
	assert.NotContains(t, r.stderr, "Paste")
	assert.Contains(t, r.stderr, "no text to explain")
}
