//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"context"
	"os"
	"syscall"
	"unsafe"
)

// readPasswordTTY prompts on stderr and reads a line from stdin with echo
// off. It uses the termios ioctls directly so mailcheck needs no
// golang.org/x/term.
func readPasswordTTY(ctx context.Context, prompt string) (string, error) {
	return promptNoEcho(ctx, os.Stdin.Fd(), os.Stdin, os.Stderr, prompt)
}

// disableEcho turns off ECHO on the terminal fd and returns a function that
// restores the previous state.
func disableEcho(fd uintptr) (restore func(), err error) {
	var old syscall.Termios
	if err := termios(fd, ioctlGetTermios, &old); err != nil {
		return nil, err
	}
	t := old
	t.Lflag &^= syscall.ECHO
	t.Lflag |= syscall.ICANON | syscall.ISIG
	if err := termios(fd, ioctlSetTermios, &t); err != nil {
		return nil, err
	}
	return func() { _ = termios(fd, ioctlSetTermios, &old) }, nil
}

func termios(fd uintptr, req uintptr, t *syscall.Termios) error {
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, req, uintptr(unsafe.Pointer(t)))
	if errno != 0 {
		return errno
	}
	return nil
}

// isTerminalFile reports whether f is a terminal: whether the terminal
// driver answers the get-attributes ioctl, as isatty(3) does. /dev/null,
// pipes and files answer ENOTTY (any other error is "no" as well). It
// goes through SyscallConn rather than Fd, which would put f into
// blocking mode.
func isTerminalFile(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	var ioctlErr error
	if err := rc.Control(func(fd uintptr) {
		var t syscall.Termios
		ioctlErr = termios(fd, ioctlGetTermios, &t)
	}); err != nil {
		return false
	}
	return ioctlErr == nil
}
