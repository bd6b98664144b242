package main

import (
	"context"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair and returns both sides, so the
// prompt can be tested without a real terminal.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	require.NoError(t, unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0), "unlockpt")
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	require.NoError(t, err, "ptsname")
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return m, s
}

func echoOn(t *testing.T, f *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	require.NoError(t, err)
	return tio.Lflag&unix.ECHO != 0
}

// TestPromptNoEcho reads a password from a pseudo-terminal with echo off
// and checks that echo is back on afterwards and the prompt went out.
func TestPromptNoEcho(t *testing.T) {
	master, tty := openPTY(t)
	require.True(t, echoOn(t, tty), "a new terminal echoes")
	assert.True(t, isTerminal(tty))

	var prompt strings.Builder
	done := make(chan struct{})
	var got string
	var err error
	go func() {
		defer close(done)
		got, err = promptNoEcho(t.Context(), int(tty.Fd()), &prompt, "Password: ")
	}()
	// Wait until echo is off, then type. prompt is read only after done.
	require.Eventually(t, func() bool { return !echoOn(t, tty) }, testTimeout, pollInterval)
	_, werr := master.Write([]byte("s3cret\n"))
	require.NoError(t, werr)
	<-done
	require.NoError(t, err)
	assert.Equal(t, "s3cret", got)
	assert.True(t, echoOn(t, tty), "echo is restored")
	assert.Equal(t, "Password: \n", prompt.String())
}

// TestPromptCanceled: Ctrl-C while the prompt waits restores echo and
// returns the context's error.
func TestPromptCanceled(t *testing.T) {
	_, tty := openPTY(t)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		_, err := promptNoEcho(ctx, int(tty.Fd()), io.Discard, "Password: ")
		done <- err
	}()
	require.Eventually(t, func() bool { return !echoOn(t, tty) }, testTimeout, pollInterval)
	cancel()
	assert.ErrorIs(t, <-done, context.Canceled)
	assert.True(t, echoOn(t, tty), "echo is restored")
}

// TestNotATerminal: a pipe and /dev/null are not terminals, and the prompt
// refuses them rather than read with echo on.
func TestNotATerminal(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	assert.False(t, isTerminal(r))
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	assert.False(t, isTerminal(null))
	_, err = promptNoEcho(t.Context(), int(null.Fd()), io.Discard, "Password: ")
	assert.Error(t, err)
}
