package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileServersOnATerminal runs the built binary with its stderr on a
// pseudo-terminal, so live progress is printed as it is on a support
// engineer's screen (the path where an OAuth token once leaked: progress
// was printed before the probe scrubbed its steps), against every hostile
// behaviour that holds a secret. Whatever reaches the terminal must show
// no piece of the password or the token.
func TestHostileServersOnATerminal(t *testing.T) {
	for _, b := range hostileBehaviours() {
		if !b.holdsSecret() {
			continue // the floods and stalls hold no secret; TestHostileServers covers them
		}
		for _, sec := range b.secrets() {
			t.Run(b.name+"/"+secretName(sec), func(t *testing.T) { runHostileOnATerminal(t, b, sec) })
		}
	}
}

// runHostileOnATerminal runs one behaviour with one secret, its stderr on
// a pseudo-terminal.
func runHostileOnATerminal(t *testing.T, b behaviour, sec string) {
	env := "MAILCHECK_PASSWORD=" + sec
	if b.token {
		env = "MAILCHECK_TOKEN=" + sec
	}
	args := startHostile(t, b, sec)
	master, tty := openPTY(t)
	cmd := exec.CommandContext(t.Context(), binary, args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TERM=xterm", env}
	var stdout bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(""), &stdout, tty
	require.NoError(t, cmd.Start())
	tty.Close() // the child holds the terminal now: its exit ends the reads below
	var screen bytes.Buffer
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(&screen, master); close(copied) }()
	err := cmd.Wait()
	<-copied
	if ee, ok := err.(*exec.ExitError); ok {
		assert.Contains(t, []int{exitOK, exitProblem}, ee.ExitCode())
	} else {
		require.NoError(t, err)
	}
	require.Contains(t, screen.String(), "ms", "progress was printed on the terminal:\n%s", screen.String())
	for _, s := range hostileSecrets {
		if l := leaksBeyondOwnWords(screen.String(), s); len(l) > 0 {
			t.Errorf("terminal: four bytes of %q show: %s\nterminal:\n%s", s, leakContext(screen.String(), l), screen.String())
		}
		if l := leaksBeyondOwnWords(stdout.String(), s); len(l) > 0 {
			t.Errorf("stdout: four bytes of %q show: %s\nstdout:\n%s", s, leakContext(stdout.String(), l), clipOut(stdout.String()))
		}
	}
}
