package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// The terminal comes from golang.org/x/term: the check that a stream is a
// terminal (the terminal driver answers on Unix, GetConsoleMode on
// Windows, so /dev/null and NUL are not terminals) and reading a password
// with echo off, on Unix and Windows alike.

// isTerminalFile reports whether f is a terminal. It asks through
// SyscallConn rather than Fd, which would put f into blocking mode.
func isTerminalFile(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	ok := false
	if err := rc.Control(func(fd uintptr) { ok = term.IsTerminal(int(fd)) }); err != nil {
		return false
	}
	return ok
}

// readPasswordTTY prompts on stderr and reads a line from the terminal on
// stdin with echo off.
func readPasswordTTY(ctx context.Context, prompt string) (string, error) {
	return promptNoEcho(ctx, int(os.Stdin.Fd()), os.Stderr, prompt)
}

// promptNoEcho writes prompt to w and reads one line from the terminal fd
// with echo off (term.ReadPassword). When ctx ends first (Ctrl-C while
// typing), it puts the terminal back as it found it and returns ctx's
// error; the read is abandoned, and the process is about to exit.
func promptNoEcho(ctx context.Context, fd int, w io.Writer, prompt string) (string, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return "", fmt.Errorf("not a terminal: %w", err)
	}
	fmt.Fprint(w, prompt)
	type result struct {
		b   []byte
		err error
	}
	ch := make(chan result, 1)
	go func() {
		b, err := term.ReadPassword(fd)
		ch <- result{b, err}
	}()
	select {
	case res := <-ch:
		fmt.Fprintln(w) // the user's Enter was not echoed
		if res.err != nil {
			return "", res.err
		}
		if len(res.b) > maxSecretBytes {
			return "", errSecretTooLong
		}
		return string(res.b), nil
	case <-ctx.Done():
		_ = term.Restore(fd, state)
		fmt.Fprintln(w)
		return "", ctx.Err()
	}
}
