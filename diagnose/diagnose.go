package diagnose

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/internal/dial"
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// dnsTimeout bounds the DNS look-ups made for discovery and provider
// detection (MX, TXT, CNAME and four SRV queries run one after another);
// a resolver that needs longer is itself the problem and the probes will
// show it.
const dnsTimeout = 8 * time.Second

// ErrInvalidAccount is wrapped by the errors Diagnose returns for an
// account it cannot check (no email, a malformed address, a bad port).
var ErrInvalidAccount = errors.New("diagnose: invalid account")

// Diagnose checks one mail account: it finds the servers when they are not
// given, runs the IMAP and SMTP probes side by side (one authentication
// attempt each), identifies the provider, classifies what happened and
// returns one Report with remediation.
//
// A Report always comes back when the account is well-formed, whatever the
// servers did: a closed port or a refused password is a finding, not an
// error. The error is for misuse, and wraps ErrInvalidAccount or
// ErrInvalidOptions.
//
// Time: the whole diagnosis answers within opts.Budget (DefaultBudget when
// zero); a budget that runs out is a finding (Report.BudgetExhausted), not
// an error. When ctx ends first (canceled, or its own deadline passed),
// Diagnose stops every step at once and returns the partial Report
// together with ctx's error, so errors.Is(err, context.Canceled) tells a
// canceled check from a diagnosis. Use the budget, not a ctx deadline, to
// bound a check whose answer you want.
//
// Credentials are sent only to a host the caller named, the provider table
// gives, or the domain's own SRV records publish; a host guessed from MX
// names is probed without them, and the report says so.
func Diagnose(ctx context.Context, acct Account, opts *Options) (*Report, error) {
	if opts == nil {
		opts = &Options{}
	}
	sh, err := shareBudget(opts)
	if err != nil {
		return nil, err
	}
	domain, err := checkAccount(&acct)
	if err != nil {
		return nil, err
	}
	// From here on every step works under the budget's context and each
	// probe step under its share (run.StageTimeout).
	run := *opts
	run.StageTimeout = sh.stage
	bctx, cancel := withBudget(ctx, sh)
	defer cancel()
	callerEnded := watchCaller(ctx)
	defer callerEnded.stop()
	// The rules compile at a process's first classification; start that
	// now, while the probes wait on the network, so that the first
	// diagnosis does not spend its afterword reserve (at most 250 ms)
	// compiling them. Later calls find them compiled and return at once.
	go compiledRules()

	now := opts.Now
	if now == nil {
		now = time.Now
	}
	rep := &Report{Email: acct.Email, CheckedAt: now().UTC(), BudgetMS: sh.budget.Milliseconds()}

	needDiscovery := (!acct.NoIMAP && acct.IMAP.Host == "") || (!acct.NoSMTP && acct.SMTP.Host == "")
	// DNS is asked when discovery needs it, or whenever the caller supplied
	// a resolver (theirs to answer, so tests may use reserved names); the
	// system resolver is never asked about reserved names.
	if opts.Resolver != nil || (needDiscovery && domainAllowsDNS(domain)) {
		dctx, cancel := context.WithTimeout(bctx, sh.dns)
		rep.DNS = LookupDNS(dctx, resolverOf(opts), domain)
		cancel()
	}
	early := DetectProvider(DetectInput{Email: acct.Email, IMAPHost: acct.IMAP.Host, SMTPHost: acct.SMTP.Host, DNS: rep.DNS})

	plan := planServers(bctx, acct, early, rep.DNS, &run)
	rep.Discovery = plan.discovery

	// The probes run side by side; each goroutine writes only its own
	// result, and classification waits for both.
	var (
		wg      sync.WaitGroup
		imapRes *imapcheck.Result
		smtpRes *smtpcheck.Result
		imapErr error
		smtpErr error
		// When each probe returned, on the machine's clock, to tell a
		// probe the caller's context stopped from one that ended first.
		imapStopped, smtpStopped time.Time
	)
	if plan.imap != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			imapRes, imapErr = runIMAP(bctx, acct, plan.imap, &run)
			imapStopped = time.Now()
		}()
	}
	if plan.smtp != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			smtpRes, smtpErr = runSMTP(bctx, acct, plan.smtp, &run)
			smtpStopped = time.Now()
		}()
	}
	wg.Wait()
	if err := errors.Join(imapErr, smtpErr); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidAccount, err)
	}
	if rep.Discovery != nil {
		// A provider-table or SRV candidate was probed for real: its
		// greeting is in the probe's result.
		if imapRes != nil {
			rep.Discovery.markAnswered(ProtocolIMAP, (&candidateResult{imap: imapRes}).answered())
		}
		if smtpRes != nil {
			rep.Discovery.markAnswered(ProtocolSMTP, (&candidateResult{smtp: smtpRes}).answered())
		}
	}
	// Read how the run ended before classifying: the caller's context
	// ending is the caller's news (returned as the error), the budget
	// running out is ours (a finding).
	canceled := ended(ctx)
	spent := canceled == nil && budgetSpent(bctx)
	var cut *probe.Step // a step its share of the budget cut short
	if canceled == nil && !spent && sh.binding(opts) {
		// A step cut short by its share of the budget, when a longer
		// budget would have waited longer. A greeting wait the probe ended
		// itself, because the wrong-TLS-mode check had its answer, is not
		// one: a longer budget observes nothing more there.
		if imapRes != nil {
			cut = cutByShare(imapRes.Steps, imapRes.ModeCheck)
		}
		if cut == nil && smtpRes != nil {
			cut = cutByShare(smtpRes.Steps, smtpRes.ModeCheck)
		}
	}
	rep.BudgetExhausted = spent || cut != nil
	rep.Interrupted = canceled != nil

	in := DetectInput{Email: acct.Email, DNS: rep.DNS}
	if imapRes != nil {
		in.IMAPHost, in.IMAPGreeting, in.IMAPCaps = imapRes.Host, imapRes.Greeting, imapRes.Capabilities
	} else if plan.imap != nil {
		in.IMAPHost = plan.imap.endpoint.Host
	}
	if smtpRes != nil {
		in.SMTPHost, in.SMTPBanner = smtpRes.Host, smtpRes.Banner
		if smtpRes.EHLO != nil {
			in.SMTPEHLO = smtpRes.EHLO.Greeting
		}
	}
	rep.Provider = DetectProvider(in)
	adviceDay := rep.CheckedAt
	if !opts.AsOf.IsZero() {
		adviceDay = opts.AsOf
	}
	rep.AsOf = adviceDay.Format(time.DateOnly)
	vars := Vars{Email: acct.Email, Username: acct.Username, Domain: domain, Now: adviceDay}

	var imapF, smtpF []Finding
	if imapRes != nil {
		imapF = classifyIMAPAt(imapRes, rep.Provider, adviceDay)
		imapF = loginNotTried(ProtocolIMAP, imapF, imapRes.Steps, imapRes.StopReason, plan.imap)
	}
	if smtpRes != nil {
		smtpF = classifySMTPAt(smtpRes, rep.Provider, adviceDay)
		smtpF = loginNotTried(ProtocolSMTP, smtpF, smtpRes.Steps, smtpRes.StopReason, plan.smtp)
	}
	if canceled != nil {
		// A protocol the caller's context stopped has no answer: what its
		// last step shows is the stop, not the server (an embedding
		// developer's find: a deadline read as a silent server).
		end := callerEnded.when()
		if imapRes != nil && cutByCaller(imapRes.OK, imapRes.Error, imapStopped, end) {
			imapF = []Finding{interrupted(ProtocolIMAP, imapRes.Steps, imapRes.Stage)}
		}
		if smtpRes != nil && cutByCaller(smtpRes.OK, smtpRes.Error, smtpStopped, end) {
			smtpF = []Finding{interrupted(ProtocolSMTP, smtpRes.Steps, smtpRes.Stage)}
		}
	}
	rep.Verdict, imapF, smtpF = crossCheck(imapF, smtpF, imapRes != nil && smtpRes != nil && strings.EqualFold(imapRes.Host, smtpRes.Host))
	switch {
	case rep.Verdict.Code == CodeOK:
	case spent:
		rep.Verdict.Reason += fmt.Sprintf(" The %v time budget ran out before every step finished; a longer budget may observe more.", sh.budget)
	case cut != nil:
		rep.Verdict.Reason += cutReason(cut, sh, opts)
	}
	remedyID := rep.remedyProvider()
	remediateAll(imapF, remedyID, withUser(vars, acct.IMAPUsername))
	remediateAll(smtpF, remedyID, withUser(vars, acct.SMTPUsername))

	if imapRes != nil {
		rep.IMAP = &IMAPReport{Outcome: outcome(imapF, imapRes.Stage, plan.imap), Probe: imapRes}
	}
	if smtpRes != nil {
		rep.SMTP = &SMTPReport{Outcome: outcome(smtpF, smtpRes.Stage, plan.smtp), Probe: smtpRes}
	}
	rep.Findings = primaryFirst(orderFindings(imapF, smtpF), rep.Verdict)
	rep.Summary = summarize(rep)
	if opts.Lean {
		rep = rep.Lean()
	}
	// A canceled diagnosis still hands back what it saw, with ctx's error
	// so the caller cannot mistake it for a diagnosis.
	return rep, canceled
}

// Wait returns when the LOGOUT and QUIT that diagnoses finish in the
// background have ended. Diagnose returns as soon as its answer is known:
// each probe sends its goodbye and reads the server's reply after the
// Report has gone back, within 2 seconds, so a diagnosis costs no round
// trip it does not need. A program that must end with no goroutine left
// (a test checking for leaks, a CLI about to exit) calls Wait first; it
// returns at most 2 seconds after the last diagnosis.
func Wait() {
	imapcheck.Wait() // the probes share one set of goodbyes; this waits for both
}

// withUser returns v with the protocol's own login name, when it has one.
func withUser(v Vars, username string) Vars {
	if username != "" {
		v.Username = username
	}
	return v
}

// checkAccount validates and normalises acct, returning the email domain.
func checkAccount(acct *Account) (string, error) {
	if strings.TrimSpace(acct.Email) == "" {
		return "", fmt.Errorf("%w: email is empty", ErrInvalidAccount)
	}
	if field := secretInField(acct); field != "" {
		return "", fmt.Errorf("%w: the %s holds the password or token: give each value in its own field (mailcheck neither looks it up nor shows it)", ErrInvalidAccount, field)
	}
	addr, err := mail.ParseAddress(acct.Email)
	if err != nil || addr.Address != strings.TrimSpace(acct.Email) {
		// The text quoted back is the caller's, but a password typed into
		// the wrong box (an embedding developer's find) must not come
		// back with it.
		quoted := strconv.Quote(acct.redacted(acct.Email))
		return "", fmt.Errorf("%w: %s is not a plain email address (want user@example.com)", ErrInvalidAccount, quoted)
	}
	acct.Email = addr.Address
	at := strings.LastIndexByte(addr.Address, '@')
	domain := strings.ToLower(addr.Address[at+1:])
	if acct.Username == "" {
		acct.Username = acct.Email
	}
	if acct.IMAPUsername == "" {
		acct.IMAPUsername = acct.Username
	}
	if acct.SMTPUsername == "" {
		acct.SMTPUsername = acct.Username
	}
	if err := saslmech.CheckSecrets(acct.Password.Reveal(), acct.Token.Reveal()); err != nil {
		return "", fmt.Errorf("%w: %w", ErrInvalidAccount, err)
	}
	for _, ep := range []struct {
		name string
		e    *Endpoint
	}{{"imap", &acct.IMAP}, {"smtp", &acct.SMTP}} {
		if ep.e.Port < 0 || ep.e.Port > 65535 {
			return "", fmt.Errorf("%w: %s port %d out of range", ErrInvalidAccount, ep.name, ep.e.Port)
		}
		// A host given is checked here, as both probes check it, so that
		// "imaps://...", "host:993" or a stray newline is a usage error
		// for both protocols at once, not a DNS failure of one.
		if ep.e.Host != "" {
			h, err := dial.CheckHost(ep.e.Host, acct.Password.Reveal(), acct.Token.Reveal())
			if err != nil {
				return "", fmt.Errorf("%w: %s: %w", ErrInvalidAccount, ep.name, err)
			}
			ep.e.Host = h
		}
		if ep.e.Security != "" {
			// As a mail program's settings name it ("STARTTLS", "SSL/TLS").
			sec, err := probe.ParseSecurity(string(ep.e.Security))
			if err != nil {
				// ParseSecurity quotes the value given: a password there
				// must not come back.
				msg := acct.redacted(err.Error())
				return "", fmt.Errorf("%w: %s: %s", ErrInvalidAccount, ep.name, msg)
			}
			ep.e.Security = sec
		}
	}
	if acct.SendTestTo != "" {
		if a, err := mail.ParseAddress(acct.SendTestTo); err != nil || a.Address != acct.SendTestTo {
			quoted := strconv.Quote(acct.redacted(acct.SendTestTo))
			return "", fmt.Errorf("%w: send-test-to %s is not a plain email address", ErrInvalidAccount, quoted)
		}
	}
	if acct.NoIMAP && acct.NoSMTP {
		return "", fmt.Errorf("%w: both IMAP and SMTP are switched off; nothing to check", ErrInvalidAccount)
	}
	return domain, nil
}

// secretInField names the first field of acct that holds its password or
// token, typed into the wrong box: an address or a host holding it would
// be looked up in DNS and shown in the report, and a user name that is the
// password would be shown. Empty when there is none.
func secretInField(acct *Account) string {
	secrets := []string{acct.Password.Reveal(), acct.Token.Reveal()}
	for _, f := range []struct{ name, value string }{
		{"email", acct.Email}, {"IMAP host", acct.IMAP.Host}, {"SMTP host", acct.SMTP.Host}, {"send-test-to address", acct.SendTestTo},
	} {
		if redact.InField(f.value, secrets...) {
			return f.name
		}
	}
	for _, f := range []struct{ name, value string }{
		{"user name", acct.Username}, {"IMAP user name", acct.IMAPUsername}, {"SMTP user name", acct.SMTPUsername},
	} {
		// The whole name, not a part: a name may hold a short password
		// by chance.
		v := strings.TrimSpace(f.value)
		if slices.ContainsFunc(secrets, func(s string) bool { s = strings.TrimSpace(s); return len(s) >= redact.MinInField && s == v }) {
			return f.name
		}
	}
	return ""
}

// redacted returns s without acct's password or token, for an error that
// quotes what the caller gave.
func (acct *Account) redacted(s string) string {
	return redact.New(acct.Password.Reveal(), acct.Token.Reveal()).String(s)
}

// domainAllowsDNS reports whether DNS may be asked about domain. The names
// RFC 2606 and RFC 6761 reserve (example.*, *.test, *.invalid,
// *.localhost) are never looked up: they are what tests and documentation
// use, and asking the network about them is a leak.
func domainAllowsDNS(domain string) bool {
	d := strings.TrimSuffix(strings.ToLower(domain), ".")
	for _, tld := range []string{".test", ".invalid", ".localhost", ".example", ".local"} {
		if strings.HasSuffix(d, tld) || d == strings.TrimPrefix(tld, ".") {
			return false
		}
	}
	for _, r := range []string{"example.com", "example.net", "example.org"} {
		if d == r || strings.HasSuffix(d, "."+r) {
			return false
		}
	}
	return d != ""
}

// imapOptions are the probe options every IMAP probe of a diagnosis
// shares: the endpoint, the caller's TLS, timeout and network seams.
// Credentials are added by the caller, only where they may go.
func imapOptions(ep Endpoint, opts *Options) imapcheck.Options {
	o := imapcheck.Options{Host: ep.Host, Port: ep.Port, Security: ep.Security,
		AllowPlaintextAuth: opts.AllowPlaintextAuth, TLSConfig: opts.TLSConfig,
		StageTimeout: opts.StageTimeout, Dialer: opts.Dialer, Now: opts.Now, ReturnEarly: !opts.WaitForGoodbye}
	if opts.Resolver != nil {
		o.Resolver = opts.Resolver
	}
	return o
}

// smtpOptions is imapOptions for SMTP.
func smtpOptions(ep Endpoint, opts *Options) smtpcheck.Options {
	o := smtpcheck.Options{Host: ep.Host, Port: ep.Port, Security: ep.Security,
		AllowPlaintextAuth: opts.AllowPlaintextAuth, TLSConfig: opts.TLSConfig,
		StageTimeout: opts.StageTimeout, Dialer: opts.Dialer, Now: opts.Now, ReturnEarly: !opts.WaitForGoodbye}
	if opts.Resolver != nil {
		o.Resolver = opts.Resolver
	}
	return o
}

func runIMAP(ctx context.Context, acct Account, s *serverPlan, opts *Options) (*imapcheck.Result, error) {
	if s.greetingOnly != nil {
		return s.greetingOnly.imap, nil
	}
	o := imapOptions(s.endpoint, opts)
	o.Username = acct.IMAPUsername
	if s.credentials {
		o.Password, o.Token = acct.Password, acct.Token
	}
	if opts.Progress != nil {
		o.Progress = func(st probe.Step) { opts.Progress(ProtocolIMAP, st) }
	}
	return imapcheck.Probe(ctx, o)
}

func runSMTP(ctx context.Context, acct Account, s *serverPlan, opts *Options) (*smtpcheck.Result, error) {
	if s.greetingOnly != nil {
		return s.greetingOnly.smtp, nil
	}
	o := smtpOptions(s.endpoint, opts)
	o.Username = acct.SMTPUsername
	if s.credentials {
		o.Password, o.Token = acct.Password, acct.Token
		if acct.SendTestTo != "" {
			o.Recipient, o.From = acct.SendTestTo, acct.Email
		}
	}
	if opts.Progress != nil {
		o.Progress = func(st probe.Step) { opts.Progress(ProtocolSMTP, st) }
	}
	return smtpcheck.Probe(ctx, o)
}

func remediateAll(fs []Finding, provider ProviderID, v Vars) {
	for i := range fs {
		if fs[i].Code == CodeOK && fs[i].Severity == SeverityInfo {
			continue
		}
		fs[i].Remediation = RemediateFinding(fs[i], provider, v)
	}
}

// outcome reads a protocol's verdict off its findings: the first error
// finding decides, otherwise the protocol is ok.
func outcome(fs []Finding, stage probe.Stage, s *serverPlan) Outcome {
	o := Outcome{Code: CodeOK, Stage: stage, Host: s.endpoint.Host, Port: s.endpoint.Port, Security: s.endpoint.Security, SettingsSource: s.source}
	for _, f := range fs {
		if f.Severity == SeverityError {
			o.Code, o.Summary = f.Code, f.Summary
			if f.Stage != "" {
				o.Stage = f.Stage
			}
			return o
		}
	}
	for _, f := range fs {
		if f.Code == CodeLoginNotTried || f.Code == CodeInterrupted {
			// Reached, but the login was not tried, or the check was
			// stopped before it knew: never "ok".
			o.Code, o.Summary = f.Code, f.Summary
			return o
		}
	}
	o.Summary = "works"
	for _, f := range fs {
		if f.Code == CodeOK && f.Summary != "" {
			o.Summary = f.Summary
			break
		}
	}
	return o
}

// orderFindings lists errors before warnings before information, IMAP
// before SMTP within each. A protocol's leading "ok" finding only says the
// protocol works, which its Outcome already says, so it is left out;
// later ok findings are notes (a guessed server) and stay.
func orderFindings(lists ...[]Finding) []Finding {
	out := []Finding{}
	for _, sev := range []Severity{SeverityError, SeverityWarning, SeverityInfo} {
		for _, l := range lists {
			for i, f := range l {
				if f.Severity == sev && (i > 0 || f.Code != CodeOK) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// summarize writes the one-line summary. It leads with the Verdict's code
// (and the protocol that decided it), so the line, Verdict and Primary
// say the same thing; each protocol's own code and the reason follow.
func summarize(r *Report) string {
	s := r.Email + ": " + string(r.Verdict.Code)
	if d := upper(r.Verdict.DecidedBy); d == "IMAP" || d == "SMTP" {
		s += " (" + d + ")"
	}
	var parts []string
	if r.IMAP != nil {
		parts = append(parts, "IMAP "+string(r.IMAP.Code))
	}
	if r.SMTP != nil {
		parts = append(parts, "SMTP "+string(r.SMTP.Code))
	}
	if len(parts) > 0 {
		s += "; " + strings.Join(parts, ", ")
	}
	if r.Provider.ID != "" && r.Provider.ID != "unknown" {
		s += " (" + r.Provider.Name + ")"
	}
	if r.Verdict.Code != CodeOK && r.Verdict.Reason != "" {
		s += ". " + r.Verdict.Reason
	}
	return s
}
