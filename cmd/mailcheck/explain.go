package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// explainProtocols are the values --protocol accepts. The synopsis, the
// flag's help and its error message are all made from this list, so they
// cannot disagree.
var explainProtocols = []string{"imap", "smtp", "pop3"}

// explainStages are the values --stage accepts, from diagnose.ExplainStages.
var explainStages = func() []string {
	var out []string
	for _, st := range diagnose.ExplainStages {
		out = append(out, string(st))
	}
	return out
}()

var explainSynopsis = "mailcheck explain [--host H] [--protocol " + strings.Join(explainProtocols, "|") + "] [--provider ID] [--stage STAGE] [--email ADDR] [--username U] [--as-of YYYY-MM-DD] [--json] TEXT..."

const explainAbout = `Classify a server response or client error pasted from a log, a bug report
or an error dialog, and say what it means and what to do. TEXT is the
arguments joined by spaces or, with no arguments, everything on stdin.
Nothing is sent anywhere.

The host (and protocol, when the text does not show it) sharpen the
diagnosis: Microsoft 365's "AUTHENTICATE failed." means something else
from outlook.office365.com than from a Dovecot server.

Exit status: 0 the text says everything worked, 1 it shows a problem,
2 usage error (no text at all), 3 internal error, 130 interrupted while
reading stdin (Ctrl-C).`

// maxExplainInput bounds what explain keeps of stdin: a pasted log
// excerpt, not a whole mailbox. A longer input keeps its first and last
// halves: in a log the latest failure is at the end (a reviewer's 1.3 MB
// log whose last line was Microsoft's 5.7.139 read as unknown when only
// its first MiB was kept). maxExplainRead bounds how much is read to
// find that end.
const maxExplainInput = 1 << 20

var maxExplainRead int64 = 256 << 20 // a variable for the test of the limit

// runExplain is "mailcheck explain".
func runExplain(ctx context.Context, e *env, args []string) error {
	var (
		host, provider string
		email          addressFlag
		username       string
		protocol       = choiceFlag{choices: explainProtocols}
		stage          = choiceFlag{choices: explainStages}
		jsonOut        bool
		asOf           asOfFlag
	)
	fs := newFlagSet("explain", explainSynopsis, explainAbout)
	fs.StringVar(&host, "host", "", "the server `H` the text came from, for provider detection")
	fs.Var(&protocol, "protocol", "`"+strings.Join(explainProtocols, "|")+"`: the protocol the text came from; guessed from the text when not given")
	fs.StringVar(&provider, "provider", "", "the provider `ID` (microsoft365, gmail, ...), when the host does not tell")
	fs.Var(&stage, "stage", "the `STAGE` the text came at: "+strings.Join(explainStages, ", ")+"; inferred from the text when not given")
	fs.Var(&email, "email", "the mailbox `ADDR` the text is about, so the advice names it")
	fs.StringVar(&username, "username", "", "the mailbox's login name `U`, when it is not the address")
	fs.Var(&asOf, "as-of", "word dated advice as it will read on `YYYY-MM-DD` (default today)")
	fs.BoolVar(&jsonOut, "json", false, "print the finding as one JSON document (see docs/cli.md)")
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	if id := catalog.Resolve(provider); id != "" && !catalog.Registered(id) {
		var known []string
		for _, p := range diagnose.Providers() {
			known = append(known, string(p.ID))
		}
		return fs.usageErr("unknown provider %s for --provider; known ids: %s", quoteForError(provider), strings.Join(known, ", "))
	}
	text := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if text == "" {
		if e.IsTerminal(e.Stdin) {
			fmt.Fprintln(e.Stderr, "Paste the server's response, then press Ctrl-D:")
		}
		b, err := readAll(ctx, e.Stdin)
		if errors.Is(err, errInputTooLong) {
			// What was kept is the start and the end of the first 256
			// MiB: say so, for the latest lines were not read.
			fmt.Fprintf(e.Stderr, "mailcheck: stdin is longer than %d MiB; only its first %d MiB were read, so its latest lines were not\n", maxExplainRead>>20, maxExplainRead>>20)
			err = nil
		}
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		text = strings.TrimSpace(string(b))
	}
	if text == "" {
		return fs.usageErr("no text to explain: give it as arguments or on stdin")
	}

	f := diagnose.Explain(text, diagnose.Hints{
		Protocol: diagnose.Protocol(protocol.v),
		Host:     host,
		Provider: diagnose.ProviderID(provider),
		Stage:    probe.Stage(stage.v),
		Now:      asOf.at(e.Now()).UTC(), // the UTC day, as check words it (CheckedAt)
		Email:    email.v,
		Username: username,
	})
	if jsonOut {
		if err := writeJSON(e.Stdout, f); err != nil {
			return err
		}
	} else {
		renderExplained(e.Stdout, newStyle(e), f)
	}
	if f.Code != diagnose.CodeOK {
		return errProblem
	}
	return nil
}

// errInputTooLong says stdin went on past maxExplainRead; what was read
// comes with it.
var errInputTooLong = errors.New("input longer than the read limit")

// readAll is io.ReadAll that gives up with errInterrupted when ctx ends:
// main catches SIGINT, so Ctrl-C at the paste prompt would otherwise do
// nothing until Ctrl-D. The reading goroutine is left behind, blocked on
// stdin, and ends with the process.
func readAll(ctx context.Context, r io.Reader) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	ch := make(chan result, 1)
	go func() {
		lr := &io.LimitedReader{R: r, N: maxExplainRead + 1}
		b, err := readHeadTail(lr, maxExplainInput/2)
		if err == nil && lr.N == 0 {
			err = errInputTooLong
		}
		ch <- result{b, err}
	}()
	select {
	case res := <-ch:
		return res.b, res.err
	case <-ctx.Done():
		return nil, errInterrupted
	}
}

// readHeadTail reads r to its end and returns all of it when it is at
// most 2*half bytes long; otherwise its first and last half bytes, a
// line break between them. It holds at most about three halves at once.
func readHeadTail(r io.Reader, half int) ([]byte, error) {
	head := make([]byte, 0, half)
	var tail []byte
	var total int64
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		total += int64(n)
		chunk := buf[:n]
		if room := half - len(head); room > 0 {
			k := min(room, len(chunk))
			head = append(head, chunk[:k]...)
			chunk = chunk[k:]
		}
		tail = append(tail, chunk...)
		if len(tail) > 2*half {
			tail = append(tail[:0], tail[len(tail)-half:]...)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if total <= int64(2*half) {
		return append(head, tail...), nil
	}
	return append(append(head, '\n'), tail[len(tail)-half:]...), nil
}

// renderExplained writes an explained finding for people.
func renderExplained(w io.Writer, st style, f diagnose.Finding) {
	mark, code := st.red("✘"), st.red(string(f.Code))
	if f.Code == diagnose.CodeOK {
		mark, code = st.green("✔"), st.green(string(f.Code))
	}
	var about []string
	// Protocol and stage come from flags or the pasted text: escaped
	// like any outside text.
	if f.Protocol != "" {
		about = append(about, printableLine(strings.ToUpper(string(f.Protocol))))
	}
	if f.Stage != "" {
		about = append(about, "at "+printableLine(string(f.Stage)))
	}
	if f.Confidence != "" {
		about = append(about, string(f.Confidence)+" confidence")
	}
	fmt.Fprintf(w, "%s %s  %s\n", mark, code, st.dim(strings.Join(about, ", ")))
	renderFinding(w, st, f, "  ")
}
