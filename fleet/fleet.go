package fleet

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Concurrency defaults. Their product with a diagnosis's few seconds sets
// how hard a run leans on a provider, so they are polite first and fast
// second. docs/benchmarks.md ("A thousand mailboxes") gives the sources.
const (
	// DefaultLimit is how many diagnoses run at once in all. Measured on
	// two cores against a local fake, 50–200 diagnoses in flight keep
	// memory between 25 and 65 MB; 64 sits in that range and is already
	// enough to keep two cores busy (BenchmarkRun1000 is CPU-bound).
	DefaultLimit = 64
	// DefaultPerHost is how many diagnoses talk to one server at once.
	// A run opens one connection per protocol per mailbox, so the
	// providers' per-mailbox caps (Gmail's per account, Exchange's per
	// mailbox, Dovecot's mail_max_userip_connections per user and
	// address) are not what it can overrun. What it can overrun is a
	// small server's limits for everyone: Postfix allows 50 connections
	// from one client address and 100 smtpd processes in all by default,
	// Dovecot 100 login processes, and the firm's own mail programs share
	// the admin's address. Ten diagnoses open about 20 connections to a
	// name that serves both protocols (a third per probe only while
	// telling a wrong TLS mode), well inside those. Large providers
	// would take more, but publish no per-address limit to lean on; at
	// about a second per diagnosis, 10 at a time checks 600 mailboxes of
	// one provider a minute, and --per-host raises it.
	DefaultPerHost = 10
	// DefaultAccountTimeout bounds one account's diagnosis, the same
	// budget `mailcheck check` gives one account.
	DefaultAccountTimeout = 20 * time.Second
)

// budgetGrace is how far past its budget a diagnosis may run before its
// context ends it: the budget is diagnose's own promise, this is only a
// backstop.
const budgetGrace = 5 * time.Second

// sessionCacheSize is how many TLS sessions a run keeps, one per server
// name and port. A firm's mailboxes sit at one provider or a handful, so a
// few entries do the work; the bound keeps memory at a few MB (each entry
// holds a certificate chain) when every account has a server of its own.
const sessionCacheSize = 256

// pendingPerSlot scales how many accounts may wait for their host's turn
// per running slot. Waiting accounts cost one small goroutine each; the
// window lets a run keep every host busy even when the stream lists one
// host's accounts in a long row, without reading an endless stream into
// memory.
const pendingPerSlot = 4

// Account is one mailbox to check: the diagnose account plus what a fleet
// knows about where it came from.
type Account struct {
	diagnose.Account
	// Tenant names the organisation the mailbox belongs to, when the caller
	// knows it (a Microsoft 365 tenant, a Google Workspace customer). Empty
	// means the email domain.
	Tenant string
	// Line is where the account came from (a CSV line number), repeated in
	// its Result; 0 when there is no such place.
	Line int
	// Problem, when set, says why the source could not read this entry
	// (a malformed line); the account is reported invalid with it and not
	// checked, so a source's mistakes travel with the results.
	Problem string
}

// Options tunes Run. A nil *Options is the same as a zero value.
type Options struct {
	// Diagnose is given to every diagnosis (TLS roots, dialer, resolver,
	// Now, stage timeout). Its Progress hook is not used. Unless its
	// TLSConfig brings a ClientSessionCache or sets SessionTicketsDisabled,
	// the run shares one TLS session cache between its diagnoses, so each
	// server makes one full handshake per run and the rest resume it
	// (probe.TLSInfo.Resumed says which did); set SessionTicketsDisabled
	// for a full handshake, and a fresh certificate, on every connection.
	Diagnose *diagnose.Options
	// Limit is how many diagnoses run at once; default DefaultLimit.
	Limit int
	// PerHost is how many diagnoses talk to one server at once; default
	// DefaultPerHost. A diagnosis keeps its place until its connections
	// have closed (diagnose.Options.WaitForGoodbye), so a server sees at
	// most PerHost accounts' connections at a time. An account whose servers are not given counts
	// against its email domain.
	PerHost int
	// AccountTimeout bounds each diagnosis when Diagnose.Budget is zero;
	// default DefaultAccountTimeout.
	AccountTimeout time.Duration
	// Ledger, when set, is asked before every authentication attempt, so
	// that no account and protocol is tried twice within its cool-down.
	Ledger *Ledger
	// State, when set, holds each account's last result and server facts;
	// Run reports what changed since and records this run's facts. The
	// caller saves it.
	State *State
	// OnResult, when set, is called with each account's result as it
	// finishes. Calls never overlap; a slow callback slows the run.
	// Result.Report holds the full diagnosis only during the call.
	OnResult func(Result)
}

// Status says what happened to one account in a run.
type Status string

const (
	// StatusChecked: the account was diagnosed (perhaps without
	// authentication; see Result.NoSecret and Result.Skipped).
	StatusChecked Status = "checked"
	// StatusSkipped: the ledger allowed no protocol yet; Result.Skipped
	// says when each may be tried again.
	StatusSkipped Status = "skipped"
	// StatusInvalid: the account cannot be checked (a malformed address,
	// a bad port); Result.Error says why.
	StatusInvalid Status = "invalid"
	// StatusDuplicate: the same address came earlier in the stream and was
	// checked once.
	StatusDuplicate Status = "duplicate"
	// StatusInterrupted: the run was cancelled before this account's
	// diagnosis started (a diagnosis under way always ends with its
	// result); it was not signed in to, nor recorded in the ledger.
	StatusInterrupted Status = "interrupted"
)

// Result is one account's outcome in a run.
type Result struct {
	// Email is the account's address.
	Email string `json:"email"`
	// Line is the account's source line, when it came from a file.
	Line int `json:"line,omitempty"`
	// Domain is the email domain, lower case.
	Domain string `json:"domain"`
	// Tenant is the caller's tenant label; empty when not known.
	Tenant string `json:"tenant,omitempty"`
	// Status is checked, skipped, invalid, duplicate or interrupted.
	Status Status `json:"status"`
	// Provider is the provider id diagnose found ("microsoft365").
	Provider string `json:"provider,omitempty"`
	// NoSecret is set when the account had no password or token, so it was
	// checked without authentication.
	NoSecret bool `json:"no_secret,omitempty"`
	// IMAP and SMTP are each protocol's outcome; nil when not probed.
	IMAP *ProtocolResult `json:"imap,omitempty"`
	// SMTP is the SMTP outcome; nil when not probed.
	SMTP *ProtocolResult `json:"smtp,omitempty"`
	// Verdict is the code across both protocols ("ok" when all work).
	Verdict diagnose.Code `json:"verdict,omitempty"`
	// Summary is one line for people; its wording may change.
	Summary string `json:"summary,omitempty"`
	// Skipped lists protocols the ledger held back, with when each may be
	// tried again.
	Skipped []Skip `json:"skipped,omitempty"`
	// Changes is what changed since the last run in the state file.
	Changes []Change `json:"changes,omitempty"`
	// LastKnown is, for an account the ledger held back, what the state
	// file remembers of its last check; nil without --state or when it
	// was never checked.
	LastKnown *LastKnown `json:"last_known,omitempty"`
	// FirstLine is, for a duplicate, the line the address came on first
	// (0 when the accounts did not come from a file); SettingsDiffer
	// says that the duplicate named other servers, user names or security
	// than that first line, which alone was checked.
	FirstLine      int  `json:"first_line,omitempty"`
	SettingsDiffer bool `json:"settings_differ,omitempty"`
	// Error says why an invalid account could not be checked.
	Error string `json:"error,omitempty"`
	// Report is the full diagnosis. It is set only while OnResult runs and
	// never kept by Run, so memory does not grow with transcripts.
	Report *diagnose.Report `json:"-"`
}

// ProtocolResult is one protocol's outcome for one account.
type ProtocolResult struct {
	// Code is "ok" or the failure's code.
	Code diagnose.Code `json:"code"`
	// Host and Port are the server probed.
	Host string `json:"host"`
	// Port is the port probed.
	Port int `json:"port"`
	// Scope is the level a refusal applies at, when the server said.
	Scope diagnose.Scope `json:"scope,omitempty"`
	// CertReason is set for tls_certificate_invalid.
	CertReason probe.CertReason `json:"cert_reason,omitempty"`
	// Evidence is the server's exact words (or the observation) that
	// decided the code.
	Evidence string `json:"evidence,omitempty"`
	// Authenticated reports whether credentials were sent, whether or
	// not the server accepted them (Code says which).
	Authenticated bool `json:"authenticated"`
	// Summary is one sentence for people.
	Summary string `json:"summary,omitempty"`
	// Warnings are the rule ids of what works but needs attention (see
	// Warning); Report.Warnings groups them across mailboxes.
	Warnings []string `json:"warnings,omitempty"`

	remedy *diagnose.Remediation
	facts  Facts
	notes  []warningNote
}

// Skip says that the ledger held back one protocol of an account.
type Skip struct {
	// Protocol is imap or smtp.
	Protocol diagnose.Protocol `json:"protocol"`
	// LastAttempt is when credentials were last sent (UTC).
	LastAttempt time.Time `json:"last_attempt"`
	// RetryAt is when the protocol may be tried again (UTC).
	RetryAt time.Time `json:"retry_at"`
}

// ErrNoAccounts is returned by Run when the stream held no account at all.
var ErrNoAccounts = errors.New("fleet: no accounts")

// Run diagnoses every account the stream yields, at most opts.Limit at a
// time and opts.PerHost per server, and returns a report grouping the
// mailboxes by cause with the conclusions drawn across them.
//
// Accounts are read as slots free up, so the stream may be longer than
// memory. The same address twice is checked once. Each result reaches
// opts.OnResult as it finishes; the report keeps one small row per account
// and the groups, never the transcripts.
//
// When ctx ends, Run stops reading the stream and starts no more
// accounts, but lets the diagnoses in flight end, each bounded by its own
// budget, so an attempt the ledger has recorded always yields its result.
// It returns the report of what finished, marked Interrupted, with ctx's
// error; accounts not started are counted interrupted. Any other error is returned with a
// nil report.
func Run(ctx context.Context, accounts iter.Seq[Account], opts *Options) (*Report, error) {
	if opts == nil {
		opts = &Options{}
	}
	if accounts == nil {
		return nil, errors.New("fleet: accounts is nil")
	}
	r := newRunner(opts)
	n := 0
	for a := range accounts {
		if ctx.Err() != nil {
			break
		}
		n++
		r.start(ctx, a)
	}
	r.wg.Wait()
	if n == 0 && ctx.Err() == nil {
		return nil, ErrNoAccounts
	}
	rep := r.agg.report(r.now())
	if ctx.Err() != nil {
		rep.Interrupted = true
		return rep, ctx.Err()
	}
	return rep, nil
}

// runner is one Run's shared state.
type runner struct {
	opts    *Options
	dopts   diagnose.Options
	limit   *semaphore.Weighted
	pending *semaphore.Weighted
	perHost int64

	mu    sync.Mutex // guards hosts and seen
	hosts map[string]*semaphore.Weighted
	seen  map[string]firstSeen

	outMu sync.Mutex // serialises OnResult and the aggregate
	agg   *aggregate
	wg    sync.WaitGroup
}

// LastKnown is what the state file remembers of an account's last check,
// per protocol; nil where the protocol was never checked.
type LastKnown struct {
	IMAP *LastProtocol `json:"imap,omitempty"`
	SMTP *LastProtocol `json:"smtp,omitempty"`
}

// LastProtocol is one protocol's last result.
type LastProtocol struct {
	// Code is the last result's code; Summary its sentence.
	Code    diagnose.Code `json:"code"`
	Summary string        `json:"summary,omitempty"`
	// CheckedAt is when it was last checked; LastOK when it last worked
	// (zero when never seen working).
	CheckedAt time.Time `json:"checked_at"`
	LastOK    time.Time `json:"last_ok,omitzero"`
}

func lastProtocol(p *ProtocolState) *LastProtocol {
	if p == nil {
		return nil
	}
	return &LastProtocol{Code: p.Code, Summary: p.Summary, CheckedAt: p.CheckedAt, LastOK: p.LastOK}
}

// firstSeen is what a duplicate is compared with: the first line of its
// address, and its settings.
type firstSeen struct {
	line     int
	settings string
}

// accountSettings is what decides how an account is checked, besides its
// secret: user names, servers, ports and security.
func accountSettings(a diagnose.Account) string {
	ep := func(e diagnose.Endpoint) string {
		return fmt.Sprintf("%s:%d:%s", strings.ToLower(strings.TrimSuffix(e.Host, ".")), e.Port, e.Security)
	}
	// User names keep their case: some servers tell them apart.
	return fmt.Sprintf("%s|%s|%s|%s|%s|%v|%v|%s", a.Username, a.IMAPUsername, a.SMTPUsername, ep(a.IMAP), ep(a.SMTP), a.NoIMAP, a.NoSMTP, strings.ToLower(a.SendTestTo))
}

func newRunner(opts *Options) *runner {
	limit := int64(opts.Limit)
	if limit <= 0 {
		limit = DefaultLimit
	}
	perHost := int64(opts.PerHost)
	if perHost <= 0 {
		perHost = DefaultPerHost
	}
	timeout := opts.AccountTimeout
	if timeout <= 0 {
		timeout = DefaultAccountTimeout
	}
	r := &runner{
		opts: opts, limit: semaphore.NewWeighted(limit),
		pending: semaphore.NewWeighted(limit * pendingPerSlot),
		perHost: perHost,
		hosts:   map[string]*semaphore.Weighted{}, seen: map[string]firstSeen{},
		agg: newAggregate(),
	}
	if opts.Diagnose != nil {
		r.dopts = *opts.Diagnose
	}
	r.dopts.Progress = nil
	r.dopts.TLSConfig = withSessionCache(r.dopts.TLSConfig)
	// A diagnosis holds its host's slot until its connections have said
	// goodbye and closed, so PerHost bounds the connections a server sees,
	// not only the diagnoses under way.
	r.dopts.WaitForGoodbye = true
	if r.dopts.Budget <= 0 {
		r.dopts.Budget = timeout
	}
	return r
}

// withSessionCache returns a copy of cfg (a new config when nil) that
// resumes TLS sessions, one cache for the whole run, unless the caller
// brought a cache of its own or turned tickets off. A run's connections to
// one server then make one full handshake between them and resume it:
// the server signs once rather than per connection and sends its
// certificate chain once, and against a TLS 1.2 server each resumption
// saves a round trip. Every resumed connection is still verified, and
// reports that it resumed (probe.TLSInfo.Resumed).
func withSessionCache(cfg *tls.Config) *tls.Config {
	if cfg == nil {
		cfg = &tls.Config{}
	} else {
		cfg = cfg.Clone()
	}
	if cfg.ClientSessionCache == nil && !cfg.SessionTicketsDisabled {
		cfg.ClientSessionCache = tls.NewLRUClientSessionCache(sessionCacheSize)
	}
	return cfg
}

func (r *runner) now() time.Time {
	if r.dopts.Now != nil {
		return r.dopts.Now().UTC()
	}
	return time.Now().UTC()
}

// start checks one account: at once when it is a duplicate or invalid,
// otherwise in a goroutine once a pending slot is free.
func (r *runner) start(ctx context.Context, a Account) {
	res := Result{Email: strings.TrimSpace(a.Email), Line: a.Line, Tenant: a.Tenant}
	domain, err := accountDomain(res.Email)
	res.Domain = domain
	secrets := []string{a.Password.Reveal(), a.Token.Reveal()}
	rd := redact.New(secrets...)
	if redact.InField(res.Email, secrets...) {
		// An address that holds the password (Diagnose refuses it): the
		// result does not show it either.
		res.Email = rd.String(res.Email)
		res.Domain = ""
	}
	if redact.InField(res.Tenant, secrets...) {
		// The password in the tenant column: groups, hand-offs and
		// warnings are keyed by the tenant, so it goes before them.
		res.Tenant = rd.String(res.Tenant)
	}
	if err != nil {
		// Not an address: perhaps the password, typed into the wrong
		// column. Neither the result nor its error may carry it.
		// The error quotes the address, escaped: it is worded again from
		// the redacted address, where escaping cannot hide the secret.
		res.Email = rd.String(res.Email)
		if _, again := accountDomain(res.Email); again != nil {
			err = again
		} else {
			err = errors.New("fleet: the email is not a plain email address (want user@example.com)")
		}
	}
	if a.Problem != "" {
		res.Status, res.Error = StatusInvalid, a.Problem
		r.finish(res)
		return
	}
	if err != nil {
		res.Status, res.Error = StatusInvalid, err.Error()
		r.finish(res)
		return
	}
	key := strings.ToLower(res.Email)
	settings := accountSettings(a.Account)
	r.mu.Lock()
	first, dup := r.seen[key]
	if !dup {
		r.seen[key] = firstSeen{line: a.Line, settings: settings}
	}
	r.mu.Unlock()
	if dup {
		res.Status, res.FirstLine = StatusDuplicate, first.line
		res.SettingsDiffer = first.settings != settings
		r.finish(res)
		return
	}
	if err := r.pending.Acquire(ctx, 1); err != nil {
		res.Status = StatusInterrupted
		r.finish(res)
		return
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer r.pending.Release(1)
		r.check(ctx, a, res)
	}()
}

// check waits for the account's hosts and a running slot, asks the
// ledger, diagnoses, and hands the result on before it frees the slots:
// a callback that cancels the run on a result then stops the next account
// from starting, as Limit promises (with the slot freed first, a loaded
// machine let more accounts start before the callback ran).
func (r *runner) check(ctx context.Context, a Account, res Result) {
	release, err := r.acquire(ctx, hostKeys(a.Account, res.Domain))
	if err != nil {
		res.Status = StatusInterrupted
		r.finish(res)
		return
	}
	res = r.checkInSlot(ctx, a, res)
	r.finish(res)
	release()
}

// checkInSlot is check's work once the slots are held.
func (r *runner) checkInSlot(ctx context.Context, a Account, res Result) Result {
	if ctx.Err() != nil { // slots freed as the run was cancelled
		res.Status = StatusInterrupted
		return res
	}

	acct := a.Account
	res.NoSecret = acct.Password.IsZero() && acct.Token.IsZero()
	if !res.NoSecret && r.opts.Ledger != nil {
		held, none, err := r.opts.Ledger.ReserveAccount(&acct)
		if err != nil {
			res.Status, res.Error = StatusInvalid, err.Error()
			return res
		}
		res.Skipped = append(res.Skipped, held...)
		if none {
			res.Status = StatusSkipped
			if r.opts.State != nil {
				// What the last run found, for a run within the cool-down
				// (a firm administrator's find: the held-back list said
				// nothing of the results the state file holds).
				if last, ok := r.opts.State.Last(res.Email); ok {
					res.LastKnown = &LastKnown{IMAP: lastProtocol(last.IMAP), SMTP: lastProtocol(last.SMTP)}
				}
			}
			return res
		}
	}

	// Once started (and recorded in the ledger), a diagnosis runs to its
	// end even when the run is interrupted: cutting it would throw away a
	// sign-in already made. The budget bounds it; the timeout only guards
	// against a diagnosis that overruns it.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), r.dopts.Budget+budgetGrace)
	rep, err := diagnose.Diagnose(dctx, acct, &r.dopts)
	cancel()
	if !res.NoSecret && r.opts.Ledger != nil {
		// A protocol that never reached the sign-in made no attempt. A
		// release that fails leaves the reservation: it holds the account
		// back longer than needed, never shorter.
		_ = r.opts.Ledger.ReleaseUnused(acct, rep)
	}
	switch {
	case rep == nil && err != nil:
		res.Status, res.Error = StatusInvalid, err.Error()
		return res
	}
	res.Status = StatusChecked
	res.fill(rep)
	if r.opts.State != nil {
		res.Changes = r.opts.State.Observe(res, r.now())
	}
	return res
}

// finish hands a result to the callback and the aggregate, one at a time.
func (r *runner) finish(res Result) {
	r.outMu.Lock()
	defer r.outMu.Unlock()
	if r.opts.OnResult != nil {
		r.opts.OnResult(res)
	}
	res.Report = nil
	r.agg.add(res)
}

// acquire takes the per-host slots for keys (sorted, so two accounts
// sharing hosts never wait on each other crosswise), then a running slot.
func (r *runner) acquire(ctx context.Context, keys []string) (func(), error) {
	var held []*semaphore.Weighted
	release := func() {
		for _, s := range held {
			s.Release(1)
		}
	}
	for _, k := range keys {
		s := r.host(k)
		if err := s.Acquire(ctx, 1); err != nil {
			release()
			return nil, err
		}
		held = append(held, s)
	}
	if err := r.limit.Acquire(ctx, 1); err != nil {
		release()
		return nil, err
	}
	held = append(held, r.limit)
	return release, nil
}

func (r *runner) host(k string) *semaphore.Weighted {
	r.mu.Lock()
	defer r.mu.Unlock()
	s, ok := r.hosts[k]
	if !ok {
		s = semaphore.NewWeighted(r.perHost)
		r.hosts[k] = s
	}
	return s
}

// hostKeys names the servers an account will talk to, for the per-host
// limit: the given hosts, or the email domain for those to be discovered.
func hostKeys(a diagnose.Account, domain string) []string {
	var keys []string
	add := func(h string, off bool) {
		if off {
			return
		}
		h = strings.ToLower(strings.TrimSuffix(h, "."))
		if h == "" {
			h = domain
		}
		if !slices.Contains(keys, h) {
			keys = append(keys, h)
		}
	}
	add(a.IMAP.Host, a.NoIMAP)
	add(a.SMTP.Host, a.NoSMTP)
	slices.Sort(keys)
	return keys
}

// accountDomain returns the lower-case domain of a plain address.
func accountDomain(email string) (string, error) {
	at := strings.LastIndexByte(email, '@')
	if email == "" {
		return "", errors.New("fleet: email is empty")
	}
	if at <= 0 || at == len(email)-1 || strings.ContainsAny(email, " \t<>,;\"") {
		return "", errors.New("fleet: " + quote(email) + " is not a plain email address (want user@example.com)")
	}
	return strings.ToLower(email[at+1:]), nil
}

// fill copies what the fleet keeps of a diagnosis into res.
func (res *Result) fill(rep *diagnose.Report) {
	res.Report = rep
	res.Provider = string(rep.Provider.ID)
	res.Verdict = rep.Verdict.Code
	res.Summary = rep.Summary
	if rep.IMAP != nil {
		p := protocolResult(rep, diagnose.ProtocolIMAP, rep.IMAP.Outcome)
		if pr := rep.IMAP.Probe; pr != nil {
			p.Authenticated = pr.Auth != nil && pr.Auth.Attempted
			p.facts = imapFacts(pr)
		}
		res.IMAP = p
	}
	if rep.SMTP != nil {
		p := protocolResult(rep, diagnose.ProtocolSMTP, rep.SMTP.Outcome)
		if pr := rep.SMTP.Probe; pr != nil {
			p.Authenticated = pr.Auth != nil && pr.Auth.Attempted
			p.facts = smtpFacts(pr)
		}
		res.SMTP = p
	}
}

// protocolResult reads one protocol's outcome and the finding that
// decided it.
func protocolResult(rep *diagnose.Report, proto diagnose.Protocol, o diagnose.Outcome) *ProtocolResult {
	p := &ProtocolResult{Code: o.Code, Host: strings.ToLower(o.Host), Port: o.Port, Summary: o.Summary}
	for _, f := range rep.Findings {
		if f.Protocol != proto || f.Code != o.Code || f.Severity != diagnose.SeverityError {
			continue
		}
		p.Scope, p.CertReason, p.Evidence = f.Scope, f.CertReason, capText(f.Evidence.Text)
		if f.Remediation != nil {
			r := f.Clone().Remediation
			p.remedy = r
		}
		break
	}
	p.Warnings, p.notes = warningNotes(rep, proto, o.Code == diagnose.CodeOK)
	return p
}

// maxEvidenceText caps one evidence line kept per account: a server reply
// that decided a code fits in a few hundred bytes, and a hostile server's
// megabyte line must not be kept a thousand times.
const maxEvidenceText = 512

func capText(s string) string { return capTextAt(s, maxEvidenceText) }

// capTextAt cuts s to at most n bytes (and an ellipsis) on a character
// boundary.
func capTextAt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

func quote(s string) string { return strconv.Quote(capText(s)) }
