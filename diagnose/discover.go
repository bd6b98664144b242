package diagnose

import (
	"context"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// discoveryStageTimeout bounds each step of a greeting-only candidate
// check. A candidate that needs longer than this to greet is not the
// server to recommend, and discovery must not keep a support engineer
// waiting for a host that does not exist.
const discoveryStageTimeout = 5 * time.Second

// Where server settings came from.
const (
	SourceGiven         = "given"          // the caller named the host
	SourceProviderTable = "provider_table" // mailcheck's table of known providers
	SourceSRV           = "srv"            // the domain's RFC 6186 / RFC 8314 SRV records
	SourceMXGuess       = "mx_guess"       // a host name guessed from the domain and its MX
)

// serverPlan is what Diagnose will do for one protocol.
type serverPlan struct {
	endpoint    Endpoint
	source      string
	credentials bool // whether the probe may send the account's credentials
	// greetingOnly holds the candidate check's result when that result is
	// the final word (an MX guess, probed without credentials).
	greetingOnly *candidateResult
	// notes are findings discovery itself produced.
	notes []Finding
}

type plan struct {
	imap, smtp *serverPlan
	discovery  *Discovery
}

type candidateResult struct {
	imap *imapcheck.Result
	smtp *smtpcheck.Result
}

// greeted reports whether the server greeted or completed a TLS
// handshake: a guess that did is the one probed.
func (c *candidateResult) greeted() bool {
	switch {
	case c.imap != nil:
		return c.imap.Greeting != "" || c.imap.TLS != nil
	case c.smtp != nil:
		return c.smtp.Banner != "" || c.smtp.TLS != nil
	}
	return false
}

// answered reports whether the server said anything: a greeting, a TLS
// handshake, a refusal at the greeting (SMTP's 421), any line in the
// transcript, or plain text where TLS was expected (a reviewer's find:
// a 421 or a plaintext port read as no answer). It is what Candidate's
// Answered reports; which guess is probed still goes by greeted.
func (c *candidateResult) answered() bool {
	if c.greeted() {
		return true
	}
	var (
		tr probe.Transcript
		ne *probe.NetError
	)
	switch {
	case c.imap != nil:
		if c.imap.Response != nil {
			return true
		}
		tr, ne = c.imap.Transcript, c.imap.Error
	case c.smtp != nil:
		if c.smtp.Reply != nil {
			return true
		}
		tr, ne = c.smtp.Transcript, c.smtp.Error
	default:
		return false
	}
	if ne != nil && ne.Kind == probe.NetTLSNotTLS {
		return true
	}
	return slices.ContainsFunc(tr, func(l probe.Line) bool { return l.Dir == probe.DirServer })
}

// markAnswered records whether the chosen provider-table or SRV candidate
// of a protocol greeted, once the probe that used it has run (guesses are
// marked when they are checked).
func (d *Discovery) markAnswered(proto Protocol, answered bool) {
	for i := range d.Tried {
		if c := &d.Tried[i]; c.Protocol == proto && c.Chosen && c.Source != SourceMXGuess {
			c.Answered = answered
		}
	}
}

// planServers decides which server each protocol is probed on. Named hosts
// are used as given; otherwise the provider table, then SRV records, then
// guesses from the domain and its MX, whose candidates are checked side by
// side with greeting-only probes.
func planServers(ctx context.Context, acct Account, p Provider, dns *DNSFacts, opts *Options) plan {
	var pl plan
	var disc Discovery
	if !acct.NoIMAP {
		pl.imap = planOne(ctx, ProtocolIMAP, acct.IMAP, acct, p, dns, opts, &disc)
	}
	if !acct.NoSMTP {
		pl.smtp = planOne(ctx, ProtocolSMTP, acct.SMTP, acct, p, dns, opts, &disc)
	}
	if len(disc.Tried) > 0 {
		pl.discovery = &disc
	}
	return pl
}

func planOne(ctx context.Context, proto Protocol, given Endpoint, acct Account, p Provider, dns *DNSFacts, opts *Options, disc *Discovery) *serverPlan {
	if given.Host != "" {
		return &serverPlan{endpoint: completeEndpoint(proto, given), source: SourceGiven, credentials: true}
	}
	if info, ok := LookupProvider(p.ID); ok {
		ep := info.IMAP
		if proto == ProtocolSMTP {
			ep = info.SMTP
		}
		if ep.Host != "" {
			disc.Tried = append(disc.Tried, Candidate{Protocol: proto, Endpoint: ep, Source: SourceProviderTable, Chosen: true,
				Note: "known settings for " + info.Name})
			return &serverPlan{endpoint: ep, source: SourceProviderTable, credentials: true}
		}
	}
	if ep, ok := srvEndpoint(proto, dns); ok {
		disc.Tried = append(disc.Tried, Candidate{Protocol: proto, Endpoint: ep, Source: SourceSRV, Chosen: true,
			Note: "published in the domain's SRV records"})
		return &serverPlan{endpoint: ep, source: SourceSRV, credentials: true}
	}
	domain := acct.Email[strings.LastIndexByte(acct.Email, '@')+1:]
	cands := guessCandidates(proto, domain, dns)
	results := checkCandidates(ctx, proto, cands, opts)
	for i, c := range cands {
		disc.Tried = append(disc.Tried, Candidate{Protocol: proto, Endpoint: c, Source: SourceMXGuess, Answered: results[i].answered()})
	}
	for i, r := range results {
		if r.greeted() {
			disc.Tried[len(disc.Tried)-len(cands)+i].Chosen = true
			disc.Tried[len(disc.Tried)-len(cands)+i].Note = "first candidate that answered; probed without credentials"
			return &serverPlan{endpoint: cands[i], source: SourceMXGuess, greetingOnly: r,
				notes: []Finding{guessNote(proto, cands[i])}}
		}
	}
	// Nothing answered: report the most likely candidate's failure.
	ep := cands[0]
	return &serverPlan{endpoint: ep, source: SourceMXGuess, greetingOnly: results[0],
		notes: []Finding{guessNote(proto, ep)}}
}

// guessNote tells the reader that credentials were withheld from a guessed
// server, and what to do to test the login.
func guessNote(proto Protocol, ep Endpoint) Finding {
	return Finding{
		Code: CodeOK, Severity: SeverityInfo, Protocol: proto, Confidence: ConfidenceHigh,
		Summary: "The " + strings.ToUpper(string(proto)) + " server " + net.JoinHostPort(ep.Host, strconv.Itoa(ep.Port)) +
			" was guessed from the domain's names, so the password was not sent to it. Name the server explicitly to test the login.",
		Evidence:     Evidence{Kind: "probe", Text: "settings source: " + SourceMXGuess},
		Alternatives: []Alternative{},
	}
}

// completeEndpoint fills the usual port and security for a named host.
func completeEndpoint(proto Protocol, e Endpoint) Endpoint {
	if e.Security == "" {
		switch {
		case proto == ProtocolIMAP && (e.Port == 143):
			e.Security = probe.SecurityStartTLS
		case proto == ProtocolIMAP:
			e.Security = probe.SecurityTLS
		case e.Port == 465:
			e.Security = probe.SecurityTLS
		default:
			e.Security = probe.SecurityStartTLS
		}
	} else if s, err := probe.ParseSecurity(string(e.Security)); err == nil {
		e.Security = s
	}
	if e.Port == 0 {
		switch {
		case proto == ProtocolIMAP && e.Security == probe.SecurityTLS:
			e.Port = 993
		case proto == ProtocolIMAP:
			e.Port = 143
		case e.Security == probe.SecurityTLS:
			e.Port = 465
		default:
			e.Port = 587
		}
	}
	return e
}

// srvEndpoint picks the domain's own SRV record for proto, implicit TLS
// first as RFC 8314 recommends. A target of "." means the service is
// deliberately not offered (RFC 2782).
func srvEndpoint(proto Protocol, dns *DNSFacts) (Endpoint, bool) {
	if dns == nil {
		return Endpoint{}, false
	}
	order := []struct {
		name string
		sec  probe.Security
	}{{"_imaps._tcp", probe.SecurityTLS}, {"_imap._tcp", probe.SecurityStartTLS}}
	if proto == ProtocolSMTP {
		order = []struct {
			name string
			sec  probe.Security
		}{{"_submissions._tcp", probe.SecurityTLS}, {"_submission._tcp", probe.SecurityStartTLS}}
	}
	for _, o := range order {
		for _, hp := range dns.SRV[o.name] {
			host, port, err := net.SplitHostPort(hp)
			if err != nil {
				continue
			}
			host = strings.TrimSuffix(host, ".")
			n, _ := strconv.Atoi(port)
			if host == "" || n == 0 {
				continue
			}
			return Endpoint{Host: host, Port: n, Security: o.sec}, true
		}
	}
	return Endpoint{}, false
}

// guessCandidates lists hosts and ports worth trying, most likely first:
// the protocol's conventional name under the domain, mail.<domain>, and the
// first MX host, each on the implicit-TLS port and then the STARTTLS port.
func guessCandidates(proto Protocol, domain string, dns *DNSFacts) []Endpoint {
	prefix := "imap."
	ports := []Endpoint{{Port: 993, Security: probe.SecurityTLS}, {Port: 143, Security: probe.SecurityStartTLS}}
	if proto == ProtocolSMTP {
		prefix = "smtp."
		ports = []Endpoint{{Port: 465, Security: probe.SecurityTLS}, {Port: 587, Security: probe.SecurityStartTLS}}
	}
	hosts := []string{prefix + domain, "mail." + domain}
	if dns != nil && len(dns.MX) > 0 {
		hosts = append(hosts, strings.TrimSuffix(dns.MX[0], "."))
	}
	var out []Endpoint
	seen := map[string]bool{}
	for _, h := range hosts {
		if seen[h] {
			continue
		}
		seen[h] = true
		for _, p := range ports {
			out = append(out, Endpoint{Host: h, Port: p.Port, Security: p.Security})
		}
	}
	return out
}

// checkCandidates probes every candidate side by side without credentials
// and returns the results in candidate order.
func checkCandidates(ctx context.Context, proto Protocol, cands []Endpoint, opts *Options) []*candidateResult {
	out := make([]*candidateResult, len(cands))
	timeout := discoveryStageTimeout
	if opts.StageTimeout > 0 && opts.StageTimeout < timeout {
		timeout = opts.StageTimeout
	}
	var wg sync.WaitGroup
	for i, c := range cands {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &candidateResult{}
			// Greeting-only: no credentials, no extra mode-check connection,
			// a short stage timeout.
			if proto == ProtocolIMAP {
				o := imapOptions(c, opts)
				o.StageTimeout, o.SkipModeCheck = timeout, true
				r.imap, _ = imapcheck.Probe(ctx, o)
			} else {
				o := smtpOptions(c, opts)
				o.StageTimeout, o.SkipModeCheck = timeout, true
				r.smtp, _ = smtpcheck.Probe(ctx, o)
			}
			out[i] = r
		}()
	}
	wg.Wait()
	return out
}

func resolverOf(opts *Options) Resolver {
	if opts.Resolver != nil {
		return opts.Resolver
	}
	return net.DefaultResolver
}

// loginNotTried appends discovery's notes to a protocol's findings, and
// turns an "ok" from a probe that never tried the login into
// login_not_tried, which says what was checked and what was not: a check
// whose login was not tried never reads ok. The login goes untried for two
// reasons: the server was guessed from MX (mailcheck sends no password to
// a guessed server), or the caller gave no password or token (stop is
// probe.StopNoCredentials).
func loginNotTried(proto Protocol, fs []Finding, steps []probe.Step, stop probe.StopReason, s *serverPlan) []Finding {
	guessed := s.source == SourceMXGuess
	noCredentials := stop == probe.StopNoCredentials
	if (!guessed && !noCredentials) || len(fs) == 0 || fs[0].Code != CodeOK || fs[0].Severity != SeverityInfo {
		return append(fs, s.notes...)
	}
	checked := checkedSteps(steps)
	notChecked := "authenticate"
	if proto == ProtocolIMAP {
		notChecked += ", mailbox"
	}
	ep := net.JoinHostPort(s.endpoint.Host, strconv.Itoa(s.endpoint.Port))
	why, source := "no password or token was given, so the sign-in was not tried", "no credentials"
	if guessed {
		why = "it was guessed from the domain's names and answered, so the password was not sent to it"
		source = "settings source: " + SourceMXGuess
	}
	f := Finding{
		Code: CodeLoginNotTried, Severity: SeverityWarning, Protocol: proto, Stage: probe.StageAuthenticate,
		Confidence: ConfidenceHigh,
		Summary: "The " + strings.ToUpper(string(proto)) + " server " + ep + " was reached, but " + why + ": " +
			"checked " + strings.Join(checked, ", ") + "; not checked: " + notChecked + ". " + nextStep(guessed),
		Evidence:     Evidence{Kind: "probe", Text: source + "; checked: " + strings.Join(checked, ", ") + "; not checked: " + notChecked, Rule: "login-not-tried"},
		Alternatives: []Alternative{},
	}
	out := append([]Finding{f}, fs[1:]...)
	if guessed {
		return out // the finding says the server was guessed; the note would repeat it
	}
	return append(out, s.notes...)
}

// checkedSteps names the steps that worked, in order, for a finding
// that says what was and was not checked.
func checkedSteps(steps []probe.Step) []string {
	var checked []string
	for _, st := range steps {
		if st.Outcome == probe.OutcomeOK && st.Stage != probe.StageLogout && st.Stage != probe.StageQuit {
			name := string(st.Stage)
			if slices.Contains(checked, name) {
				name += " again" // SMTP's EHLO after STARTTLS
			}
			checked = append(checked, name)
		}
	}
	return checked
}

// interrupted is the finding of a protocol the caller's context stopped
// before its answer was known: what was checked, where it stopped, and
// that the stop is not the server's doing.
func interrupted(proto Protocol, steps []probe.Step, stage probe.Stage) Finding {
	checked := "nothing"
	if c := checkedSteps(steps); len(c) > 0 {
		checked = strings.Join(c, ", ")
	}
	p := strings.ToUpper(string(proto))
	return Finding{
		Code: CodeInterrupted, Severity: SeverityWarning, Protocol: proto, Stage: stage,
		Confidence: ConfidenceHigh,
		Summary: "The " + p + " check was stopped at the " + string(stage) + " step, before its answer was known: the program that ran it cancelled it, or its deadline passed. " +
			"Checked: " + checked + ". The stop is not the server's doing, and nothing is concluded from that step; run the check again and let it finish.",
		Evidence:     Evidence{Kind: "probe", Text: "the caller's context ended; checked: " + checked + "; stopped at: " + string(stage), Rule: "caller-ended"},
		Alternatives: []Alternative{},
	}
}

// nextStep says what makes the next check test the sign-in.
func nextStep(guessed bool) string {
	if guessed {
		return "Name the server to test the sign-in."
	}
	return "Give the password or token to test the sign-in."
}
