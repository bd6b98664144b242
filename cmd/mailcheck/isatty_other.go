//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package main

import "os"

// isTerminalFile is the portable fallback for systems where mailcheck does
// not know the terminal ioctl: a character device counts as a terminal.
// That may take a null device for one; the worst that does is a prompt
// nobody answers (or a refusal to prompt, see readPasswordTTY), which
// MAILCHECK_PASSWORD, --password-stdin or explain's TEXT arguments avoid.
func isTerminalFile(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
