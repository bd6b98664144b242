package main

import (
	"os"
	"syscall"
)

// isTerminalFile reports whether f is a console. NUL is a character device
// too, so the file mode cannot tell; GetConsoleMode fails on anything but
// a console.
func isTerminalFile(f *os.File) bool {
	var mode uint32
	return syscall.GetConsoleMode(syscall.Handle(f.Fd()), &mode) == nil
}
