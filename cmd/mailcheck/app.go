package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"time"
)

// Exit statuses. Scripts branch on them; they never change meaning.
const (
	exitOK       = 0 // every probed protocol works (or the command did its job)
	exitProblem  = 1 // a problem was diagnosed
	exitUsage    = 2 // the command line is wrong
	exitInternal = 3 // mailcheck itself failed
	// exitInterrupted is 128+SIGINT, what shells report for a command
	// ended by Ctrl-C. SIGTERM gives 128+15 = 143 the same way
	// (interruptStatus).
	exitInterrupted = 130
)

// env is everything a command may touch outside its arguments: the standard
// streams, the environment, the clock and the terminal. main fills it from
// the process; tests fill it with buffers and fakes.
type env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// IsTerminal reports whether one of the three streams above is a
	// terminal. It decides the password prompt and explain's paste prompt
	// (Stdin), colour (Stdout) and progress (Stderr).
	IsTerminal func(stream any) bool
	Now        func() time.Time
	// ReadPassword shows prompt on the terminal and reads one line without
	// echo. It is only called when Stdin is a terminal.
	ReadPassword func(ctx context.Context, prompt string) (string, error)
}

// osEnv returns the env of the running process.
func osEnv() *env {
	return &env{
		Stdin:        os.Stdin,
		Stdout:       os.Stdout,
		Stderr:       os.Stderr,
		Getenv:       os.Getenv,
		IsTerminal:   isTerminal,
		Now:          time.Now,
		ReadPassword: readPasswordTTY,
	}
}

// isTerminal reports whether stream is an *os.File open on a terminal.
// Being a character device is not enough: /dev/null is one too, and
// "mailcheck check </dev/null" in a cron job must not try to prompt.
// isTerminalFile (terminal.go) asks the terminal driver instead, through
// golang.org/x/term.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && f != nil && isTerminalFile(f)
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"check", "probe and diagnose one account's IMAP and SMTP login", runCheck},
		{"fleet", "check a list of mailboxes at once, grouped by cause, with a hand-off per cause", runFleet},
		{"explain", "classify a server response pasted from a log or an error dialog", runExplain},
		{"demo", "diagnose a few typical failures against built-in fake servers", runDemo},
		{"fake", "run the fake servers of one scenario until interrupted", runFake},
		{"scenarios", "list the fake server scenarios", runScenarios},
		{"version", "print mailcheck's version", runVersion},
	}
}

// usageError is a mistake on the command line: exit status 2 with a
// one-line message and the command's usage.
type usageError struct {
	cmd   string // "" for the top level
	msg   string
	usage string // the synopsis line(s)
}

func (e *usageError) Error() string { return e.msg }

// problemError means a problem was diagnosed and already reported: exit
// status 1, nothing more to print.
var errProblem = errors.New("problem diagnosed")

// errHelp means -h was given and the usage was printed: exit status 0.
var errHelp = errors.New("help requested")

// errInterrupted means the command's context ended before it had its
// answer (SIGINT or SIGTERM): exit status 130 (143 for SIGTERM) and one
// line on stderr.
var errInterrupted = errors.New("interrupted")

// signalled is the cause main gives its context when a signal arrives.
type signalled struct{ sig os.Signal }

func (s signalled) Error() string { return "received " + s.sig.String() }

// interruptStatus reports whether a signal ended ctx and, if so, the exit
// status for it: 128 plus the signal's number, as shells report a command
// killed by a signal (130 for SIGINT, 143 for SIGTERM).
func interruptStatus(ctx context.Context) (int, bool) {
	var s signalled
	if !errors.As(context.Cause(ctx), &s) {
		return 0, false
	}
	if n, ok := s.sig.(syscall.Signal); ok && n > 0 && n < 128 {
		return 128 + int(n), true
	}
	return exitInterrupted, true
}

// run runs mailcheck with args (without the program name) and returns the
// exit status.
func run(ctx context.Context, args []string, e *env) (code int) {
	defer func() {
		// A panic is a bug in mailcheck; say so in one line instead of a
		// stack trace, and use the internal-error status.
		if r := recover(); r != nil {
			fmt.Fprintf(e.Stderr, "mailcheck: internal error: %v\n", r)
			code = exitInternal
		}
	}()
	if len(args) == 0 {
		fmt.Fprintf(e.Stderr, "mailcheck: no command given\n\n%s", topUsage())
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(rest) > 0 {
			// "mailcheck help check" is "mailcheck check -h".
			return run(ctx, []string{rest[0], "-h"}, e)
		}
		fmt.Fprint(e.Stdout, topUsage())
		return exitOK
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			err := c.run(ctx, e, rest)
			// A command that fails after a signal arrived (check, demo, a
			// paste cut short) was interrupted, whatever went wrong as a
			// consequence. fake's answer to a signal is to stop and
			// return nil: it did its job.
			if code, ok := interruptStatus(ctx); ok && err != nil && !errors.Is(err, errHelp) {
				fmt.Fprintln(e.Stderr, "mailcheck: interrupted")
				return code
			}
			return exitCode(e, err)
		}
	}
	return exitCode(e, &usageError{msg: fmt.Sprintf("unknown command %q", name), usage: "mailcheck <command> [flags]"})
}

// exitCode reports err as its kind requires and returns the exit status.
func exitCode(e *env, err error) int {
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errProblem):
		return exitProblem
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(e.Stderr, "mailcheck: interrupted")
		return exitInterrupted
	case errors.As(err, &ue):
		prefix := "mailcheck"
		hint := "Run 'mailcheck help' for the commands."
		if ue.cmd != "" {
			prefix += " " + ue.cmd
			hint = "Run 'mailcheck " + ue.cmd + " -h' for all flags."
		}
		fmt.Fprintf(e.Stderr, "%s: %s\nusage: %s\n%s\n", prefix, ue.msg, ue.usage, hint)
		return exitUsage
	default:
		fmt.Fprintf(e.Stderr, "mailcheck: %v\n", err)
		return exitInternal
	}
}

func topUsage() string {
	var b strings.Builder
	b.WriteString(`mailcheck probes IMAP and SMTP logins and explains why they fail.

Usage:
	mailcheck <command> [flags]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "\t%-10s %s\n", c.name, c.summary)
	}
	b.WriteString(`
Run 'mailcheck <command> -h' for a command's flags.
Start with 'mailcheck demo': it needs no account and no network.

Exit status: 0 all probed protocols work, 1 a problem was diagnosed,
2 usage error, 3 internal error, 130 interrupted (Ctrl-C; 143 for SIGTERM).
`)
	return b.String()
}
