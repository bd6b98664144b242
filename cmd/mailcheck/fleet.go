package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/internal/redact"
)

const fleetSynopsis = "mailcheck fleet --accounts FILE.csv [--secrets FILE.json] [--json] [--html FILE] [--ledger FILE] [--state FILE] [flags]"

const fleetAbout = `Check a whole practice's mailboxes at once, group them by cause, and write
the message for whoever must act: the tenant admin, the application's vendor
or the users.

The accounts file is CSV with a header line. The email column is required;
username, imap, imap_security, smtp, smtp_security mean what check's flags of
those names mean, and tenant names the organisation when it is not the email
domain. The secrets file maps each email to {"password": "..."} or
{"token": "..."}; it must not be readable by group or others. An account
without a secret is checked without signing in.

With --ledger, no account and protocol is signed in to twice within the
cool-down, by fleet or by check --ledger. With --state, each account's last
result and server facts are kept, and what changed since is reported.

Exit status: 0 every checked mailbox works, 1 a problem was diagnosed or an
entry could not be checked (malformed, held back by the ledger), 2 usage
error, 3 internal error, 130 interrupted (Ctrl-C: no more accounts are started,
those signing in end within --timeout, what finished is written, and the
ledger and state are saved; a second Ctrl-C ends at once).`

// fleetFlags is the parsed command line of fleet.
type fleetFlags struct {
	accounts, secrets, html, ledger, state, handoffs string
	caFile                                           caFileFlag
	timeout, cooldown                                positiveDuration
	asOf                                             asOfFlag
	limit, perHost                                   positiveInt
	allowPlaintext, jsonOut                          bool
}

func parseFleetFlags(e *env, args []string) (*fleetFlags, *flagSet, error) {
	ff := &fleetFlags{timeout: positiveDuration{fleet.DefaultAccountTimeout}, cooldown: positiveDuration{fleet.DefaultCooldown},
		limit: positiveInt{fleet.DefaultLimit}, perHost: positiveInt{fleet.DefaultPerHost}}
	fs := newFlagSet("fleet", fleetSynopsis, fleetAbout)
	fs.StringVar(&ff.accounts, "accounts", "", "the accounts `FILE.csv` (required)")
	fs.StringVar(&ff.secrets, "secrets", "", "`FILE.json` mapping each email to its password or token (mode 0600)")
	fs.BoolVar(&ff.jsonOut, "json", false, "write one JSON line per account as it finishes, then a summary line (see docs/cli.md)")
	fs.StringVar(&ff.html, "html", "", "also write the report as one self-contained HTML `FILE`")
	fs.StringVar(&ff.handoffs, "handoffs", "", "also write every hand-off message to `FILE` (Markdown when it ends in .md, plain text otherwise)")
	fs.StringVar(&ff.ledger, "ledger", "", "the attempt ledger `FILE`: sign in to each account and protocol at most once per cool-down")
	fs.Var(&ff.cooldown, "cooldown", "with --ledger, the time `D` between two sign-in attempts of one account and protocol")
	fs.StringVar(&ff.state, "state", "", "the state `FILE` of the last run: report what changed since, then record this run")
	fs.Var(&ff.caFile, "ca-file", "also trust the CA certificates in this `PEM` file")
	fs.Var(&ff.timeout, "timeout", "give up on one account after `D` (like 10s or 2m)")
	fs.Var(&ff.asOf, "as-of", "word dated advice as it will read on `YYYY-MM-DD` (default today); the probes keep the real clock")
	fs.Var(&ff.limit, "limit", "check at most `N` accounts at once")
	fs.Var(&ff.perHost, "per-host", "talk to one server for at most `N` accounts at once")
	fs.BoolVar(&ff.allowPlaintext, "allow-plaintext-auth", false, "allow sending passwords over an unencrypted connection")

	if err := rejectPasswordFlag(fs, args); err != nil {
		return nil, fs, err
	}
	if err := fs.parse(args, e.Stdout); err != nil {
		return nil, fs, err
	}
	switch {
	case fs.NArg() > 0:
		return nil, fs, fs.strayArgErr("--accounts", func(a string) bool {
			l := strings.ToLower(a)
			return strings.HasSuffix(l, ".csv") || strings.HasSuffix(l, ".txt")
		})
	case ff.accounts == "":
		return nil, fs, fs.usageErr("--accounts is required")
	}
	return ff, fs, nil
}

// runFleet is "mailcheck fleet".
func runFleet(ctx context.Context, e *env, args []string) error {
	ff, fs, err := parseFleetFlags(e, args)
	if err != nil {
		return err
	}
	af, err := openAccounts(ff.accounts)
	if err != nil {
		return fs.usageErr("%v", err)
	}
	for _, c := range af.warn {
		fmt.Fprintf(e.Stderr, "mailcheck: %s: ignoring unknown column %s\n", ff.accounts, quoteForError(c))
	}
	secrets := map[string]secret{}
	if ff.secrets != "" {
		if secrets, err = readSecrets(ff.secrets); err != nil {
			return fs.usageErr("%v", err)
		}
	}
	if err := ff.checkOutputPaths(); err != nil {
		return fs.usageErr("%v", err)
	}
	opts, err := ff.options(e)
	if err != nil {
		return fs.usageErr("%v", err)
	}

	// Every byte that leaves goes through one gate that knows the secrets.
	gate := newSecretGate(secrets)
	stdout := gate.writer(e.Stdout)
	out := &fleetOutput{e: e, w: stdout, json: ff.jsonOut}
	if !ff.jsonOut && e.IsTerminal(e.Stderr) {
		// Only the progress bar needs the total: the accounts file is read
		// ahead for it on a terminal alone.
		out.total = countLines(ff.accounts)
		out.bar = gate.writer(e.Stderr)
		out.st = newStyleFor(e, e.Stderr)
	}
	opts.OnResult = out.result

	// Ctrl-C starts no new account, but the checks already signing in run
	// to their end (their budget bounds them): say so at once, rather than
	// stay silent for seconds (a new CLI user's find).
	noteDone := make(chan struct{})
	stopNote := context.AfterFunc(ctx, func() {
		defer close(noteDone)
		out.note(gate.writer(e.Stderr), fmt.Sprintf("mailcheck: interrupted: finishing the checks already started (each within %v), then writing what finished; Ctrl-C again stops at once", ff.timeout.v))
	})

	var ioErr error
	rep, runErr := fleet.Run(ctx, af.accounts(secrets, &ioErr), opts)
	if !stopNote() {
		<-noteDone // the note, once started, comes before anything the run's end writes
	}
	out.endBar()
	if rep == nil && errors.Is(runErr, fleet.ErrNoAccounts) {
		return fs.usageErr("%s has a header but no accounts", ff.accounts)
	}
	if rep == nil {
		return fmt.Errorf("internal error: %v", runErr)
	}
	if ioErr != nil {
		fmt.Fprintf(e.Stderr, "mailcheck: %s: %v\n", ff.accounts, ioErr)
	}
	if !rep.Interrupted && ioErr == nil {
		// A secrets entry no account uses is most often a typo in an
		// address, and its mailbox was checked without signing in (a
		// new CLI user's find: nothing said so).
		addrs, unsafe := unusedSecrets(secrets, rep.Accounts)
		for _, addr := range addrs {
			fmt.Fprintf(gate.writer(e.Stderr), "mailcheck: %s has an entry for %s, which no account in %s uses (a typo in the address?)\n", ff.secrets, printableLine(addr), ff.accounts)
		}
		if unsafe > 0 {
			fmt.Fprintf(gate.writer(e.Stderr), "mailcheck: %s has %s that no account in %s uses, and whose key is not shown: it is no plain address, or its value is one (are the address and the password swapped?)\n", ff.secrets, plural(unsafe, "entry", "entries"), ff.accounts)
		}
	}
	// What finished is written whatever happened: an interrupted run still
	// leaves its partial report, state and ledger behind.
	var saveErrs []error
	if opts.State != nil {
		saveErrs = append(saveErrs, opts.State.Save())
	}
	if ff.html != "" {
		saveErrs = append(saveErrs, writeFileVia(gate, ff.html, func(w io.Writer) error {
			return fleet.WriteHTML(w, rep, &fleet.PageOptions{Generator: "mailcheck " + moduleVersion()})
		}))
	}
	if ff.handoffs != "" {
		saveErrs = append(saveErrs, writeFileVia(gate, ff.handoffs, func(w io.Writer) error {
			return writeHandoffs(w, rep, strings.HasSuffix(strings.ToLower(ff.handoffs), ".md"))
		}))
	}
	if ff.jsonOut {
		saveErrs = append(saveErrs, writeJSONLine(stdout, summaryOf(rep)))
	} else {
		renderFleet(stdout, newStyle(e), rep)
	}
	if err := errors.Join(saveErrs...); err != nil {
		return fmt.Errorf("internal error: %v", err)
	}
	switch {
	case runErr != nil && ctx.Err() != nil:
		return errInterrupted
	case runErr != nil:
		return fmt.Errorf("internal error: %v", runErr)
	case ioErr != nil:
		return errProblem
	}
	c := rep.Counts
	if c.Failing > 0 || c.Invalid > 0 || c.Skipped > 0 || c.NoSecret > 0 {
		// A mailbox checked without signing in reads login_not_tried: its
		// sign-in is unchecked, as check says with status 1 (docs/cli.md).
		return errProblem
	}
	return nil
}

// options builds the fleet's options from the flags.
func (ff *fleetFlags) options(e *env) (*fleet.Options, error) {
	d := &diagnose.Options{Budget: ff.timeout.v, AllowPlaintextAuth: ff.allowPlaintext, Now: e.Now, AsOf: ff.asOf.day}
	if len(ff.caFile.certs) > 0 {
		d.TLSConfig = &tls.Config{RootCAs: rootsWith(ff.caFile.certs)}
	}
	opts := &fleet.Options{Diagnose: d, Limit: ff.limit.v, PerHost: ff.perHost.v, AccountTimeout: ff.timeout.v}
	if ff.ledger != "" {
		l, err := fleet.OpenLedger(ff.ledger, ff.cooldown.v)
		if err != nil {
			return nil, err
		}
		l.Now = e.Now // lockouts count real attempts
		opts.Ledger = l
	}
	if ff.state != "" {
		st, err := fleet.OpenState(ff.state)
		if err != nil {
			return nil, err
		}
		opts.State = st
	}
	return opts, nil
}

// fleetOutput writes results as they finish: JSON lines, or a progress
// bar on a terminal. fleet.Run never calls it concurrently.
type fleetOutput struct {
	// mu orders the progress bar and the interrupt note, which come from
	// different goroutines.
	mu          sync.Mutex
	e           *env
	w           io.Writer
	json        bool
	bar         io.Writer // nil: no progress bar
	st          style
	total, done int
	failing     int
	err         error
}

// fleetAccountLine is one --json line per account.
type fleetAccountLine struct {
	Type string `json:"type"`
	fleet.Result
}

// fleetSummary is the last --json line: the report without its
// per-account rows, which were the lines before it.
type fleetSummary struct {
	Type        string             `json:"type"`
	FinishedAt  time.Time          `json:"finished_at"`
	Interrupted bool               `json:"interrupted"`
	Counts      fleet.Counts       `json:"counts"`
	Groups      []fleet.Group      `json:"groups"`
	Conclusions []fleet.Conclusion `json:"conclusions"`
	Warnings    []fleet.Warning    `json:"warnings"`
	Handoffs    []fleet.Handoff    `json:"handoffs"`
}

func summaryOf(r *fleet.Report) fleetSummary {
	return fleetSummary{Type: "summary", FinishedAt: r.FinishedAt, Interrupted: r.Interrupted, Counts: r.Counts,
		Groups: r.Groups, Conclusions: r.Conclusions, Warnings: r.Warnings, Handoffs: r.Handoffs}
}

func (o *fleetOutput) result(r fleet.Result) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.done++
	if r.Status == fleet.StatusChecked && (r.Verdict != diagnose.CodeOK) {
		o.failing++
	}
	if o.json {
		if err := writeJSONLine(o.w, fleetAccountLine{Type: "account", Result: r}); err != nil && o.err == nil {
			o.err = err
		}
		return
	}
	if o.bar != nil {
		o.drawBar()
	}
}

// drawBar redraws the progress line in place.
func (o *fleetOutput) drawBar() {
	const width = 30
	total := max(o.total, o.done)
	filled := 0
	if total > 0 {
		filled = o.done * width / total
	}
	bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
	fmt.Fprintf(o.bar, "\r  %s %d/%d checked, %s", bar, o.done, total, o.st.red(strconv.Itoa(o.failing)+" with a problem"))
}

func (o *fleetOutput) endBar() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.bar != nil && o.done > 0 {
		fmt.Fprintln(o.bar)
	}
}

// note writes a line to w (stderr) between redraws of the progress bar.
func (o *fleetOutput) note(w io.Writer, line string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.bar != nil && o.done > 0 {
		fmt.Fprintln(w) // end the bar's line
	}
	fmt.Fprintln(w, line)
}

// countLines counts the non-blank lines after the header, for the
// progress bar; 0 when the file cannot be read.
func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	lines := newCSVLines(f)
	n := 0
	for lines.Scan() {
		if !lines.Blank() {
			n++
		}
	}
	return max(n-1, 0)
}

// writeJSONLine writes v as one compact JSON line.
func writeJSONLine(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeHandoffs writes every hand-off, separated by a rule.
func writeHandoffs(w io.Writer, rep *fleet.Report, markdown bool) error {
	var b strings.Builder
	if msg := rep.NothingToHandOff(); msg != "" {
		b.WriteString(msg + "\n")
	}
	for i, h := range rep.Handoffs {
		if i > 0 {
			if markdown {
				b.WriteString("\n---\n\n")
			} else {
				b.WriteString("\n" + strings.Repeat("-", 72) + "\n\n")
			}
		}
		if markdown {
			b.WriteString(h.Markdown())
		} else {
			b.WriteString(h.Text())
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeFileVia renders into memory, passes the bytes through the gate,
// and writes them to path (mode 0600: the page names every mailbox).
func writeFileVia(gate *secretGate, path string, render func(io.Writer) error) error {
	var b bytes.Buffer
	if err := render(&b); err != nil {
		return err
	}
	f, err := openPrivate(path, os.O_CREATE|os.O_TRUNC)
	if err != nil {
		return err
	}
	_, err = f.WriteString(gate.scrub(b.String()))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// openPrivate opens path for writing (with flag's extra os.O_ bits) and
// makes it private, mode 0600, before anything is written to it: the mode
// OpenFile gives applies to a new file only, and an existing one kept its
// 0644 (a fresh reviewer's find).
func openPrivate(path string, flag int) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|flag, 0o600)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// checkOutputPaths refuses, before any mailbox is signed in to, an output
// file that cannot be written: its folder missing or not writable, or the
// path a folder (a fresh reviewer's find: a mistyped --state failed after
// every sign-in, which the ledger then held back for the cool-down).
func (ff *fleetFlags) checkOutputPaths() error {
	for _, o := range []struct{ flag, path string }{
		{"--html", ff.html}, {"--handoffs", ff.handoffs}, {"--state", ff.state}, {"--ledger", ff.ledger},
	} {
		if o.path == "" {
			continue
		}
		if info, err := os.Stat(o.path); err == nil && info.IsDir() {
			return fmt.Errorf("%s %s is a folder, not a file", o.flag, o.path)
		} else if err == nil && (o.flag == "--html" || o.flag == "--handoffs") {
			// An existing page must be writable and made private (mode
			// 0600) now, not after every sign-in.
			f, err := openPrivate(o.path, 0)
			if err == nil {
				f.Close()
			}
			if err != nil {
				return fmt.Errorf("%s %s: cannot write it as a private file (mode 0600): %v", o.flag, o.path, unwrapPath(err))
			}
		}
		dir := filepath.Dir(o.path)
		f, err := os.CreateTemp(dir, ".mailcheck-write-check-*")
		if err != nil {
			return fmt.Errorf("%s %s: cannot write in %s: %v", o.flag, o.path, dir, unwrapPath(err))
		}
		f.Close()
		os.Remove(f.Name())
	}
	return nil
}

// secretGate is the last line of defence for fleet's output: whatever a
// server echoed, no password or token from the secrets file leaves whole,
// in any form internal/redact knows (redact.Forms: raw, quoted, escaped,
// base64 of both alphabets at every alignment, hex), in lower, upper or
// the given case. Callers write whole lines or documents per Write, so a
// secret is never split across two calls.
//
// Pieces of a secret are the probes' work: every text of a mailbox's
// probe has passed its own redactor, which removes any four bytes of that
// mailbox's secrets. The gate does not look for pieces, because what it
// sees is the whole page: mailcheck's own words and every mailbox's
// address, which share four bytes with some password as a rule
// ("alex@contoso.example" and "Tenant-alex-01!", "Tenant admin:" and the
// same), and which say nothing about it.
type secretGate struct {
	r *strings.Replacer
}

// minGatedSecret is the shortest form the gate looks for: shorter ones
// would match ordinary words and blank them out, and no provider accepts
// a password that short.
const minGatedSecret = 4

func newSecretGate(secrets map[string]secret) *secretGate {
	seen := map[string]bool{}
	var forms []string
	for _, s := range secrets {
		if s.Unsafe {
			continue // never used, so no server saw it (unsafeSecret)
		}
		for _, v := range []string{s.Password.Reveal(), s.Token.Reveal()} {
			if len(v) < minGatedSecret {
				continue
			}
			raw, b64, hx := redact.Forms(v)
			for _, f := range slices.Concat(raw, b64, hx) {
				for _, c := range []string{f, strings.ToLower(f), strings.ToUpper(f)} {
					if len(c) >= minGatedSecret && !seen[c] {
						seen[c] = true
						forms = append(forms, c)
					}
				}
			}
		}
	}
	if len(forms) == 0 {
		return &secretGate{}
	}
	// A Replacer tries its patterns in order at each position: longest
	// first, so a whole encoding goes before a part of it.
	slices.SortStableFunc(forms, func(a, b string) int { return len(b) - len(a) })
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, redact.Marker)
	}
	return &secretGate{r: strings.NewReplacer(pairs...)}
}

func (g *secretGate) scrub(s string) string {
	if g.r == nil {
		return s
	}
	return g.r.Replace(s)
}

func (g *secretGate) writer(w io.Writer) io.Writer { return &gatedWriter{g: g, w: w} }

type gatedWriter struct {
	mu sync.Mutex
	g  *secretGate
	w  io.Writer
}

func (gw *gatedWriter) Write(p []byte) (int, error) {
	gw.mu.Lock()
	defer gw.mu.Unlock()
	if _, err := io.WriteString(gw.w, gw.g.scrub(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// positiveInt is a --limit value: a whole number above zero.
type positiveInt struct{ v int }

func (f *positiveInt) String() string {
	if f == nil {
		return ""
	}
	return strconv.Itoa(f.v)
}

func (f *positiveInt) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 || n > 10000 {
		return fmt.Errorf("%q is not a whole number from 1 to 10000", s)
	}
	f.v = n
	return nil
}

// unusedSecrets returns the secrets file's addresses that no account
// uses, sorted, and how many unused entries are left out because their
// key may be a secret: a key that is not a plain address (a password
// with an "@" in it passes readSecrets' check), or an entry whose value
// is an address, as when the key and the value were swapped.
func unusedSecrets(secrets map[string]secret, accounts []fleet.Result) (addrs []string, unsafe int) {
	used := map[string]bool{}
	for _, r := range accounts {
		used[strings.ToLower(strings.TrimSpace(r.Email))] = true
	}
	for key, s := range secrets {
		switch {
		case used[key]:
		case !plainAddress(key) || plainAddress(string(s.Password)) || plainAddress(string(s.Token)):
			unsafe++
		default:
			addrs = append(addrs, key)
		}
	}
	slices.Sort(addrs)
	return addrs, unsafe
}

// plainAddress reports whether s is an email address alone whose domain
// has a dot ("user@example.com"; not "p@ssw0rd").
func plainAddress(s string) bool {
	a, err := parseAddress(s)
	return err == nil && strings.Contains(a[strings.LastIndexByte(a, '@')+1:], ".")
}
