// Command mailcheck probes IMAP and SMTP logins and explains why they fail
// and what to do about it.
//
// Run "mailcheck help" for the commands, and see docs/cli.md for the JSON
// each command prints and the exit statuses.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], osEnv())
	stop()
	os.Exit(code)
}
