package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openPTY opens a pseudo-terminal pair and returns the terminal (slave)
// side, so the echo handling can be tested without a real terminal.
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	var unlock int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock)))
	require.Zero(t, errno, "unlockpt")
	var n uint32
	_, _, errno = syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n)))
	require.Zero(t, errno, "ptsname")
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|syscall.O_NOCTTY, 0)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return m, s
}

func echoOn(t *testing.T, f *os.File) bool {
	t.Helper()
	var tio syscall.Termios
	require.NoError(t, termios(f.Fd(), ioctlGetTermios, &tio))
	return tio.Lflag&syscall.ECHO != 0
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
		got, err = promptNoEcho(t.Context(), tty.Fd(), tty, &prompt, "Password: ")
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
