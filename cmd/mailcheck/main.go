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

	"github.com/mailcheck-go/mailcheck/diagnose"
)

func main() {
	ctx, stop := notifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], osEnv())
	if ctx.Err() == nil {
		// Diagnoses return before their LOGOUT and QUIT are answered;
		// let those end (at most 2 s, after the output is out) rather
		// than cut them off. Interrupted, mailcheck leaves at once.
		diagnose.Wait()
	}
	stop()
	os.Exit(code)
}

// notifyContext is signal.NotifyContext, except that the context's cause
// is the signal (a signalled), so run can exit 130 for SIGINT and 143 for
// SIGTERM; Go 1.24's NotifyContext gives no cause. After the first
// signal the default behaviour comes back: a second Ctrl-C ends mailcheck
// at once.
func notifyContext(parent context.Context, sigs ...os.Signal) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(signalled{s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(context.Canceled)
	}
}
