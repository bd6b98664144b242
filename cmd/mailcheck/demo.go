package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

const demoAbout = `Start a few of the built-in fake servers in this process, each imitating a
typical failure with a real provider's exact words, and show what mailcheck
diagnoses for each. Needs no account and no network: everything runs on
loopback. Use 'mailcheck fake --scenario NAME' to try one with your own
client, and 'mailcheck check' on a real account.`

// demoScenarios are the scenarios the demo shows, in order: the failures
// people meet most, and one that works for contrast.
var demoScenarios = []string{
	"microsoft365-imap-basic-auth-retired",
	"microsoft365-smtp-auth-disabled-tenant",
	"gmail-app-password-required",
	"cert-expired",
	"plain-on-tls-port",
	"dovecot-postfix-ok",
}

// demoTimeout bounds the whole demo. Everything is on loopback; a demo
// that takes longer is broken, and saying so beats hanging.
const demoTimeout = 30 * time.Second

// demoResult is one scenario's outcome.
type demoResult struct {
	sc  mailtest.Scenario
	rep *diagnose.Report
	err error
}

// runDemo is "mailcheck demo".
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("demo", "mailcheck demo [--as-of YYYY-MM-DD]", demoAbout)
	var asOf asOfFlag
	fs.Var(&asOf, "as-of", "word dated advice as it will read on `YYYY-MM-DD` (default today)")
	if err := fs.parse(args, e.Stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fs.usageErr("unexpected argument %q", fs.Arg(0))
	}
	ctx, cancel := context.WithTimeout(ctx, demoTimeout)
	defer cancel()

	var scs []mailtest.Scenario
	for _, name := range demoScenarios {
		if sc, ok := mailtest.Lookup(name); ok {
			scs = append(scs, sc)
		}
	}
	if len(scs) == 0 {
		return fmt.Errorf("internal error: none of the demo scenarios exists")
	}
	// The scenarios run side by side; each goroutine writes only its own
	// slot, and the output is printed in order after the join.
	results := make([]demoResult, len(scs))
	var wg sync.WaitGroup
	for i, sc := range scs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rep, err := diagnoseScenario(ctx, sc, e.Now, asOf.day)
			results[i] = demoResult{sc, rep, err}
		}()
	}
	wg.Wait()

	st := newStyle(e)
	fmt.Fprintln(e.Stdout, st.bold("mailcheck demo: built-in fake servers on loopback, imitating real providers' exact replies"))
	var mismatches []string
	for _, r := range results {
		fmt.Fprintln(e.Stdout)
		if r.err != nil {
			mismatches = append(mismatches, fmt.Sprintf("%s: %v", r.sc.Name, r.err))
			fmt.Fprintf(e.Stdout, "%s\n  %s\n", st.bold(r.sc.Name), st.red("could not run: "+r.err.Error()))
			continue
		}
		renderDemo(e.Stdout, st, r.sc, r.rep)
		mismatches = append(mismatches, demoMismatches(r.sc, r.rep)...)
	}
	fmt.Fprintln(e.Stdout)
	fmt.Fprintln(e.Stdout, "Try one with your own client: mailcheck fake --scenario NAME ('mailcheck scenarios' lists them).")
	fmt.Fprintln(e.Stdout, "Check a real account: mailcheck check --email you@example.com")
	if len(mismatches) > 0 {
		return fmt.Errorf("internal error: the demo did not diagnose what its scenarios stand for:\n  %s", strings.Join(mismatches, "\n  "))
	}
	return nil
}

// diagnoseScenario starts sc's servers and diagnoses its first account
// against them, trusting the fake's CA.
func diagnoseScenario(ctx context.Context, sc mailtest.Scenario, now func() time.Time, asOf time.Time) (*diagnose.Report, error) {
	srv, err := mailtest.NewServer(sc)
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	accts := srv.Accounts()
	if len(accts) == 0 {
		return nil, fmt.Errorf("scenario has no account")
	}
	acct := demoAccount(srv, accts[0])
	return diagnose.Diagnose(ctx, acct, &diagnose.Options{TLSConfig: srv.ClientTLSConfig(), Now: now, AsOf: asOf})
}

// demoAccount is a's account on srv: implicit TLS for IMAP and STARTTLS
// for SMTP where the fake has both, as mail clients are usually set up.
func demoAccount(srv *mailtest.Server, a mailtest.Account) diagnose.Account {
	acct := diagnose.Account{Email: a.Email, Username: a.Login(), Password: probe.Secret(a.Password)}
	acct.IMAP = endpointOf(srv.IMAPTLS, probe.SecurityTLS, srv.IMAPStartTLS, probe.SecurityStartTLS)
	acct.SMTP = endpointOf(srv.SMTPStartTLS, probe.SecurityStartTLS, srv.SMTPTLS, probe.SecurityTLS)
	acct.NoIMAP, acct.NoSMTP = acct.IMAP.Host == "", acct.SMTP.Host == ""
	return acct
}

// endpointOf returns the first of two listener addresses that is set, with
// its security; the zero Endpoint when neither is.
func endpointOf(first string, firstSec probe.Security, second string, secondSec probe.Security) diagnose.Endpoint {
	addr, sec := first, firstSec
	if addr == "" {
		addr, sec = second, secondSec
	}
	if addr == "" {
		return diagnose.Endpoint{}
	}
	host, port, err := parseHostPort(addr)
	if err != nil {
		return diagnose.Endpoint{}
	}
	return diagnose.Endpoint{Host: host, Port: port, Security: sec}
}

// renderDemo writes one scenario's block: what it imitates, then per
// protocol the verdict and the first thing to do. No ports, no timings.
func renderDemo(w io.Writer, st style, sc mailtest.Scenario, r *diagnose.Report) {
	fmt.Fprintln(w, st.bold(sc.Name))
	fmt.Fprintln(w, indent(sc.Description, "  "))
	if r.Provider.ID != "" && r.Provider.ID != "unknown" {
		what := "Provider"
		if info, ok := catalog.Lookup(r.Provider.ID); ok && info.Kind == catalog.KindSoftware {
			what = "Server software" // Postfix, Dovecot: no provider
		}
		fmt.Fprintf(w, "  %s recognised: %s\n", what, r.Provider.Name)
	}
	line := func(p diagnose.Protocol, o diagnose.Outcome) {
		name := strings.ToUpper(string(p))
		if o.Code == diagnose.CodeOK {
			fmt.Fprintf(w, "  %s %s %s\n", name, st.green("✔"), st.green("ok"))
			// What works but needs attention, as check says it under
			// "Also worth knowing": at Microsoft 365, the end of password
			// sending.
			for _, f := range r.Findings {
				if f.Protocol == p && f.Severity == diagnose.SeverityWarning {
					fmt.Fprintf(w, "       %s %s\n", st.yellow("!"), printable(f.Summary))
				}
			}
			return
		}
		fmt.Fprintf(w, "  %s %s %s: %s\n", name, st.red("✘"), st.red(string(o.Code)), printable(o.Summary))
		for _, f := range r.Findings {
			if f.Protocol == p && f.Code == o.Code && f.Remediation != nil {
				fmt.Fprintf(w, "       → %s (%s)\n", f.Remediation.Title, audienceText(f.Remediation.Audience))
				return
			}
		}
	}
	if r.IMAP != nil {
		line(diagnose.ProtocolIMAP, r.IMAP.Outcome)
	}
	if r.SMTP != nil {
		line(diagnose.ProtocolSMTP, r.SMTP.Outcome)
	}
}

// demoMismatches lists where the diagnosis differs from the codes the
// scenario stands for.
func demoMismatches(sc mailtest.Scenario, r *diagnose.Report) []string {
	var out []string
	check := func(p string, want string, o *diagnose.Outcome) {
		got := ""
		if o != nil {
			got = string(o.Code)
		}
		if want != got {
			out = append(out, fmt.Sprintf("%s: %s is %q, the scenario stands for %q", sc.Name, p, got, want))
		}
	}
	var imap, smtp *diagnose.Outcome
	if r.IMAP != nil {
		imap = &r.IMAP.Outcome
	}
	if r.SMTP != nil {
		smtp = &r.SMTP.Outcome
	}
	check("IMAP", sc.IMAPCode, imap)
	check("SMTP", sc.SMTPCode, smtp)
	return out
}
