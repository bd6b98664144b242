package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/probe"
)

// defaultCheckTimeout is the whole check's budget (diagnose.Options.Budget):
// discovery, DNS and both probes (which run side by side). It is the
// synopsis's "--timeout 20s": someone waiting at a terminal never waits
// more than 20 s, and the budget's shares give each network step 8 s, so a
// single silent step is reported as that step's timeout with time left to
// explain it. A provider's deliberate delay after a failed login (a few
// seconds) fits within a step.
const defaultCheckTimeout = 20 * time.Second

const checkSynopsis = "mailcheck check --email ADDR [--imap HOST[:PORT]] [--smtp HOST[:PORT]] [flags]"

const checkAbout = `Probe and diagnose one account: sign in to IMAP and SMTP once each, then say
per protocol what works, what failed, why, and who must do what.

Servers not given are discovered from the address. The password is never an
argument: it comes from MAILCHECK_PASSWORD (or an OAuth 2.0 access token from
MAILCHECK_TOKEN), from the first line of stdin with --password-stdin, or from
a prompt without echo on a terminal. With none of these, mailcheck checks
connectivity only.

Exit status: 0 every probed protocol works, 1 a problem was diagnosed,
2 usage error, 3 internal error, 130 interrupted (Ctrl-C; 143 for SIGTERM).`

// checkFlags is the parsed command line of check.
type checkFlags struct {
	email, sendTestTo             addressFlag
	username                      string
	imapUsername, smtpUsername    string
	imap, smtp                    endpointFlag
	imapSecurity, smtpSecurity    securityFlag
	noIMAP, noSMTP                bool
	caFile                        caFileFlag
	timeout                       positiveDuration
	allowPlaintext, passwordStdin bool
	jsonOut, transcript           bool
	ledger                        string
	cooldown                      positiveDuration
	asOf                          asOfFlag
}

func parseCheckFlags(e *env, args []string) (*checkFlags, *flagSet, error) {
	cf := &checkFlags{timeout: positiveDuration{defaultCheckTimeout}, cooldown: positiveDuration{fleet.DefaultCooldown}}
	fs := newFlagSet("check", checkSynopsis, checkAbout)
	fs.Var(&cf.email, "email", "`ADDR`: the account's email address (required)")
	fs.StringVar(&cf.username, "username", "", "the login name `U`, when it is not the email address")
	fs.StringVar(&cf.imapUsername, "imap-username", "", "the IMAP login name `U`, when the host wants another one than for SMTP (default --username)")
	fs.StringVar(&cf.smtpUsername, "smtp-username", "", "the SMTP login name `U`, when the host wants another one than for IMAP (default --username)")
	fs.Var(&cf.imap, "imap", "`HOST[:PORT]` of the IMAP server; discovered when not given")
	fs.Var(&cf.imapSecurity, "imap-security", "`tls|starttls|none`: IMAP connection security (default from the port: 993 tls, 143 starttls)")
	fs.Var(&cf.smtp, "smtp", "`HOST[:PORT]` of the SMTP submission server; discovered when not given")
	fs.Var(&cf.smtpSecurity, "smtp-security", "`tls|starttls|none`: SMTP connection security (default from the port: 465 tls, 587 starttls)")
	fs.BoolVar(&cf.noIMAP, "no-imap", false, "do not check IMAP")
	fs.BoolVar(&cf.noSMTP, "no-smtp", false, "do not check SMTP")
	fs.Var(&cf.caFile, "ca-file", "also trust the CA certificates in this `PEM` file")
	fs.Var(&cf.timeout, "timeout", "the whole check's time budget `D` (like 10s or 2m): the answer comes within it")
	fs.Var(&cf.sendTestTo, "send-test-to", "after signing in to SMTP, check that the server accepts `ADDR` as a recipient (MAIL FROM, RCPT TO, RSET; no mail is sent)")
	fs.BoolVar(&cf.allowPlaintext, "allow-plaintext-auth", false, "allow sending the password over an unencrypted connection")
	fs.BoolVar(&cf.passwordStdin, "password-stdin", false, "read the password from the first line of stdin")
	fs.Var(&cf.asOf, "as-of", "word dated advice as it will read on `YYYY-MM-DD` (default today); the probes keep the real clock")
	fs.BoolVar(&cf.jsonOut, "json", false, "print one JSON document instead of text (see docs/cli.md)")
	fs.BoolVar(&cf.transcript, "transcript", false, "also print the exchange with the servers, credentials redacted")
	fs.StringVar(&cf.ledger, "ledger", "", "the attempt ledger `FILE` shared with fleet: sign in to each protocol at most once per cool-down")
	fs.Var(&cf.cooldown, "cooldown", "with --ledger, the time `D` between two sign-in attempts of one account and protocol")

	if err := rejectPasswordFlag(fs, args); err != nil {
		return nil, fs, err
	}
	if err := fs.parse(args, e.Stdout); err != nil {
		return nil, fs, err
	}
	switch {
	case fs.NArg() > 0:
		return nil, fs, fs.strayArgErr("--email", func(a string) bool { return strings.Contains(a, "@") })
	case cf.email.v == "":
		return nil, fs, fs.usageErr("--email is required")
	case cf.noIMAP && cf.noSMTP:
		return nil, fs, fs.usageErr("--no-imap and --no-smtp together leave nothing to check")
	case cf.imapSecurity.v != "" && cf.imap.host == "":
		return nil, fs, fs.usageErr("--imap-security needs --imap HOST")
	case cf.smtpSecurity.v != "" && cf.smtp.host == "":
		return nil, fs, fs.usageErr("--smtp-security needs --smtp HOST")
	}
	return cf, fs, nil
}

// runCheck is "mailcheck check".
func runCheck(ctx context.Context, e *env, args []string) error {
	cf, fs, err := parseCheckFlags(e, args)
	if err != nil {
		return err
	}
	creds, err := readCredentials(ctx, e, cf.passwordStdin, cf.email.v)
	if err != nil {
		if ctx.Err() != nil {
			return errInterrupted // Ctrl-C at the password prompt
		}
		return fs.usageErr("%v", err)
	}
	if creds.source == "" {
		fmt.Fprintln(e.Stderr, "mailcheck: no password given (MAILCHECK_PASSWORD, MAILCHECK_TOKEN, --password-stdin or the terminal prompt): checking connectivity only")
	}

	acct := diagnose.Account{
		Email:        cf.email.v,
		Username:     cf.username,
		IMAPUsername: cf.imapUsername,
		SMTPUsername: cf.smtpUsername,
		Password:     creds.password,
		Token:        creds.token,
		IMAP:         diagnose.Endpoint{Host: cf.imap.host, Port: cf.imap.port, Security: cf.imapSecurity.v},
		SMTP:         diagnose.Endpoint{Host: cf.smtp.host, Port: cf.smtp.port, Security: cf.smtpSecurity.v},
		NoIMAP:       cf.noIMAP,
		NoSMTP:       cf.noSMTP,
		SendTestTo:   cf.sendTestTo.v,
	}
	opts := &diagnose.Options{
		Budget:             cf.timeout.v,
		AllowPlaintextAuth: cf.allowPlaintext,
		Now:                e.Now,
		AsOf:               cf.asOf.day,
	}
	if len(cf.caFile.certs) > 0 {
		opts.TLSConfig = &tls.Config{RootCAs: rootsWith(cf.caFile.certs)}
	}
	var ledger *fleet.Ledger
	if cf.ledger != "" && creds.source != "" {
		var err error
		if ledger, err = reserveCheck(e, cf, fs, &acct); err != nil {
			return err
		}
	}
	if e.IsTerminal(e.Stderr) && !cf.jsonOut {
		opts.Progress = progressPrinter(e.Stderr, newStyleFor(e, e.Stderr))
	}

	rep, err := diagnose.Diagnose(ctx, acct, opts)
	if ledger != nil {
		// A protocol that never reached the sign-in made no attempt; a
		// release that fails leaves the reservation (the safe side).
		_ = ledger.ReleaseUnused(acct, rep)
	}
	switch {
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		// SIGINT or SIGTERM: what the probes saw after that is not a
		// diagnosis.
		return errInterrupted
	case errors.Is(err, diagnose.ErrInvalidAccount), errors.Is(err, diagnose.ErrInvalidOptions):
		return fs.usageErr("%v", err)
	case err != nil:
		return fmt.Errorf("internal error: %v", err)
	}
	if opts.Progress != nil {
		fmt.Fprintln(e.Stderr) // set the progress apart from the report
	}
	if cf.jsonOut {
		if !cf.transcript {
			stripTranscripts(rep)
		}
		if err := writeJSON(e.Stdout, rep); err != nil {
			return err
		}
	} else {
		renderReport(e.Stdout, newStyle(e), rep, cf.transcript)
	}
	securityTip(e.Stderr, rep, cf)
	if !reportOK(rep) {
		return errProblem
	}
	return nil
}

// securityTip says, on stderr, how to check a port in the other TLS mode
// when a wrong mode was diagnosed on a port whose mode mailcheck chose
// itself (a new CLI user's find: the fake's STARTTLS port on a random
// number was checked with implicit TLS, and the advice about ports 993
// and 465 did not say how to tell mailcheck).
func securityTip(w io.Writer, rep *diagnose.Report, cf *checkFlags) {
	for _, p := range []struct {
		name  string
		given probe.Security
		out   *diagnose.Outcome
	}{
		{"imap", cf.imapSecurity.v, protocolOutcome(rep, diagnose.ProtocolIMAP)},
		{"smtp", cf.smtpSecurity.v, protocolOutcome(rep, diagnose.ProtocolSMTP)},
	} {
		// Only where mailcheck chose the mode: a port the user named that
		// is not one of the standard ones (on 993, 465, 143 and 587 the
		// port decides, and the advice says so; a server found from DNS
		// has no --imap to go with the flag).
		if p.out == nil || p.given != "" || p.out.Code != diagnose.CodeTLSWrongMode ||
			p.out.SettingsSource != "given" || standardPort(p.out.Port) {
			continue
		}
		other := "starttls"
		if p.out.Security != probe.SecurityTLS {
			other = "tls"
		}
		fmt.Fprintf(w, "mailcheck: %s port %d was checked with %s, the mode mailcheck chose for it; to check it with %s, add --%s-security %s\n",
			strings.ToUpper(p.name), p.out.Port, p.out.Security, other, p.name, other)
	}
}

func standardPort(port int) bool {
	switch port {
	case 25, 110, 143, 465, 587, 993, 995:
		return true
	}
	return false
}

// rootsWith returns the system roots plus certs; only certs when the
// system pool is unavailable.
func rootsWith(certs []*x509.Certificate) *x509.CertPool {
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	for _, c := range certs {
		pool.AddCert(c)
	}
	return pool
}

// reportOK reports whether every probed protocol works.
func reportOK(r *diagnose.Report) bool {
	if r.IMAP != nil && r.IMAP.Code != diagnose.CodeOK {
		return false
	}
	if r.SMTP != nil && r.SMTP.Code != diagnose.CodeOK {
		return false
	}
	return true
}

// stripTranscripts removes the redacted exchanges, which only --transcript
// asks for.
func stripTranscripts(r *diagnose.Report) {
	if r.IMAP != nil && r.IMAP.Probe != nil {
		r.IMAP.Probe.Transcript = nil
	}
	if r.SMTP != nil && r.SMTP.Probe != nil {
		r.SMTP.Probe.Transcript = nil
	}
}

// writeJSON writes v as one indented JSON document.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// progressPrinter prints each finished stage on w as it happens. The two
// probes run side by side, so lines are written under a mutex.
func progressPrinter(w io.Writer, st style) func(diagnose.Protocol, probe.Step) {
	var mu sync.Mutex
	return func(p diagnose.Protocol, s probe.Step) {
		mark := st.green("✔")
		switch s.Outcome {
		case probe.OutcomeFailed:
			mark = st.red("✘")
		case probe.OutcomeSkipped:
			mark = st.dim("-")
		}
		detail := s.Detail
		if s.Error != nil && detail == "" {
			detail = s.Error.Message
		}
		line := fmt.Sprintf("  %s %-4s %-15s %6.0f ms  %s", mark, strings.ToUpper(string(p)), printableLine(string(s.Stage)), s.ElapsedMS, printableLine(detail))
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

// reserveCheck asks the ledger before signing in: a protocol tried within
// the cool-down is left out with a note saying when it may be tried; when
// both are, nothing is checked and the exit status is 1. It returns the
// ledger, to release what the check never signed in to.
func reserveCheck(e *env, cf *checkFlags, fs *flagSet, acct *diagnose.Account) (*fleet.Ledger, error) {
	l, err := fleet.OpenLedger(cf.ledger, cf.cooldown.v)
	if err != nil {
		return nil, fs.usageErr("%v", err)
	}
	l.Now = e.Now // lockouts count real attempts
	held, none, err := l.ReserveAccount(acct)
	if err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	for _, h := range held {
		fmt.Fprintf(e.Stderr, "mailcheck: %s was signed in to at %s; not again before %s (ledger %s, cool-down %s)\n",
			strings.ToUpper(string(h.Protocol)), h.LastAttempt.Format(time.RFC3339), h.RetryAt.Format(time.RFC3339), cf.ledger, l.Cooldown())
	}
	if none {
		if cf.jsonOut {
			// A script that asked for JSON gets one document, shaped as
			// fleet's line for a held account (a reviewer's find: stdout
			// was empty).
			if err := writeJSON(e.Stdout, heldCheck{Email: acct.Email, Status: "skipped", Skipped: held}); err != nil {
				return nil, err
			}
		}
		return nil, errProblem
	}
	return l, nil
}

// heldCheck is check --json's document when the ledger held back every
// protocol: nothing was checked.
type heldCheck struct {
	Email   string       `json:"email"`
	Status  string       `json:"status"`
	Skipped []fleet.Skip `json:"skipped"`
}
