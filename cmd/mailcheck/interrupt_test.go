//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// silentServer accepts connections and never says anything, so a check
// against it waits until its timeout; each accepted connection is sent on
// the returned channel.
func silentServer(t *testing.T) (addr string, accepted <-chan net.Conn) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ch := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			ch <- c
		}
	}()
	t.Cleanup(func() {
		l.Close()
		for {
			select {
			case c := <-ch:
				c.Close()
			default:
				return
			}
		}
	})
	return l.Addr().String(), ch
}

// TestCheckInterrupted sends SIGINT (and SIGTERM) to a check that is
// waiting for a silent server: exit status 128+signal, one line on
// stderr, nothing on stdout.
func TestCheckInterrupted(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{
		{syscall.SIGINT, 130}, // 128+2, what a shell reports after Ctrl-C
		{syscall.SIGTERM, 143},
	} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			addr, accepted := silentServer(t)
			cmd := exec.CommandContext(t.Context(), binary, "check", "--email", "a@b.example", "--imap", addr, "--imap-security", "tls", "--no-smtp", "--timeout", "60s")
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "MAILCHECK_PASSWORD=x"}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			require.NoError(t, cmd.Start())
			select {
			case <-accepted: // the probe is waiting in the TLS handshake
			case <-time.After(testTimeout):
				t.Fatal("mailcheck never connected")
			}
			require.NoError(t, cmd.Process.Signal(tc.sig))
			err := cmd.Wait()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "stderr: %s", stderr.String())
			assert.Equal(t, tc.code, ee.ExitCode())
			assert.Equal(t, "mailcheck: interrupted\n", stderr.String())
			assert.Empty(t, stdout.String(), "no half diagnosis")
		})
	}
}

// TestRunInterrupted drives run in-process with the context main cancels
// on a signal, and with one cancelled without a signal.
func TestRunInterrupted(t *testing.T) {
	addr, accepted := silentServer(t)
	args := []string{"check", "--email", "a@b.example", "--imap", addr, "--imap-security", "tls", "--no-smtp"}

	ctx, cancel := context.WithCancelCause(t.Context())
	go func() {
		<-accepted
		cancel(signalled{os.Interrupt})
	}()
	te := newTestEnv("", map[string]string{"MAILCHECK_PASSWORD": "x"})
	assert.Equal(t, exitInterrupted, run(ctx, args, &te.env))
	assert.Equal(t, "mailcheck: interrupted\n", te.stderr.String())
	assert.Empty(t, te.stdout.String())

	plain, stop := context.WithCancel(t.Context())
	stop()
	te = newTestEnv("", map[string]string{"MAILCHECK_PASSWORD": "x"})
	assert.Equal(t, exitInterrupted, run(plain, args, &te.env), "stderr: %s", te.stderr.String())
	assert.Equal(t, "mailcheck: interrupted\n", te.stderr.String())
}

// TestExplainInterrupted checks that Ctrl-C at explain's paste prompt ends
// it (main catches SIGINT, so a blocked read would otherwise ignore it).
func TestExplainInterrupted(t *testing.T) {
	r, w, err := os.Pipe() // a stdin nobody writes to or closes
	require.NoError(t, err)
	t.Cleanup(func() { r.Close(); w.Close() })
	ctx, cancel := context.WithCancelCause(t.Context())
	te := newTestEnv("", nil)
	te.Stdin = r
	done := make(chan int)
	go func() { done <- run(ctx, []string{"explain"}, &te.env) }()
	cancel(signalled{os.Interrupt})
	select {
	case code := <-done:
		assert.Equal(t, 130, code)
		assert.Equal(t, "mailcheck: interrupted\n", te.stderr.String())
	case <-time.After(testTimeout):
		t.Fatal("explain ignored the interrupt")
	}
}

// TestFleetInterrupted: Ctrl-C during a fleet run writes what finished
// (the summary line, the page), keeps the ledger, and exits 130.
func TestFleetInterrupted(t *testing.T) {
	addr, accepted := silentServer(t)
	dir, csvPath, secrets := twoAccountsAt(t, addr)
	ledger, page := filepath.Join(dir, "ledger.json"), filepath.Join(dir, "page.html")
	cmd := exec.CommandContext(t.Context(), binary, "fleet", "--accounts", csvPath, "--secrets", secrets, "--json",
		"--ledger", ledger, "--html", page, "--timeout", "3s", "--per-host", "1")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Start())
	select {
	case <-accepted: // an account is waiting in the TLS handshake
	case <-time.After(4 * testTimeout): // a loaded machine starts slowly
		t.Fatal("mailcheck never connected")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	err := cmd.Wait()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", stderr.String())
	assert.Equal(t, 130, ee.ExitCode())
	assert.Contains(t, stdout.String(), `"type":"summary"`)
	assert.Contains(t, stdout.String(), `"interrupted":true`)
	assert.Contains(t, stderr.String(), "finishing the checks already started", "Ctrl-C is answered at once, not after the checks in flight")
	// The account signing in when Ctrl-C came ends with its own result
	// (its budget bounds it); the other is never started.
	status := map[string]string{}
	for line := range strings.Lines(stdout.String()) {
		var r struct{ Type, Email, Status string }
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		if r.Type != "summary" {
			status[r.Email] = r.Status
		}
	}
	require.Len(t, status, 2, "stdout: %s", stdout.String())
	data, err := os.ReadFile(ledger)
	require.NoError(t, err, "the ledger is saved")
	checked := 0
	for email, st := range status {
		if st == "checked" {
			checked++
			assert.Contains(t, string(data), email, "the attempt made is in the ledger")
		} else {
			assert.Equal(t, "interrupted", st)
			assert.NotContains(t, string(data), email, "an account never started is not in the ledger")
		}
	}
	assert.Equal(t, 1, checked, "stdout: %s", stdout.String())
	_, err = os.Stat(page)
	assert.NoError(t, err, "the partial page is written")
	assert.NotContains(t, stdout.String()+stderr.String(), "pw-a-secret")
}

// TestFleetInterruptNoteInOrder: with a progress bar on a terminal, the
// Ctrl-C note comes from another goroutine than the bar; it is written
// between redraws and before the run's last words, and -race finds no
// race between them (a reviewer's find).
func TestFleetInterruptNoteInOrder(t *testing.T) {
	addr, accepted := silentServer(t)
	_, csvPath, secrets := twoAccountsAt(t, addr)
	ctx, cancel := context.WithCancelCause(t.Context())
	go func() {
		<-accepted
		cancel(signalled{os.Interrupt})
	}()
	te := newTestEnv("", nil, "stderr")
	code := run(ctx, []string{"fleet", "--accounts", csvPath, "--secrets", secrets, "--timeout", "2s", "--per-host", "1"}, &te.env)
	assert.Equal(t, exitInterrupted, code)
	out := te.stderr.String()
	note := strings.Index(out, "finishing the checks already started")
	last := strings.LastIndex(out, "mailcheck: interrupted\n")
	require.GreaterOrEqual(t, note, 0, "stderr: %q", out)
	require.Greater(t, last, note, "the note comes before the last words: %q", out)
}

// twoAccountsAt writes an accounts file of two mailboxes on addr (IMAP
// over TLS) and their secrets file, in a new directory.
func twoAccountsAt(t *testing.T, addr string) (dir, csvPath, secrets string) {
	t.Helper()
	dir = t.TempDir()
	csvPath = filepath.Join(dir, "accounts.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte("email,imap,imap_security\na@b.example,"+addr+",tls\nc@b.example,"+addr+",tls\n"), 0o600))
	secrets = filepath.Join(dir, "secrets.json")
	require.NoError(t, os.WriteFile(secrets, []byte(`{"a@b.example":{"password":"pw-a-secret"},"c@b.example":{"password":"pw-c-secret"}}`), 0o600))
	return dir, csvPath, secrets
}
