//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import (
	"context"
	"errors"
)

// readPasswordTTY cannot turn echo off on this system, so it refuses
// rather than show the password as it is typed.
func readPasswordTTY(ctx context.Context, prompt string) (string, error) {
	return "", errors.New("cannot prompt without echo on this system: set MAILCHECK_PASSWORD or use --password-stdin")
}

func disableEcho(fd uintptr) (restore func(), err error) {
	return nil, errors.New("cannot turn echo off on this system")
}
