package fleet

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// Facts are what a server showed one account: enough to notice a change,
// nothing secret.
type Facts struct {
	// Host and Port are the server probed.
	Host string `json:"host,omitempty"`
	// Port is the port probed.
	Port int `json:"port,omitempty"`
	// Greeting is the IMAP greeting or the SMTP banner, exact.
	Greeting string `json:"greeting,omitempty"`
	// Capabilities are the IMAP capabilities or SMTP EHLO keywords in
	// force when authenticating.
	Capabilities []string `json:"capabilities,omitempty"`
	// Mechanisms are the SASL mechanisms offered.
	Mechanisms []string `json:"mechanisms,omitempty"`
	// TLSVersion is "TLS 1.3" and the like.
	TLSVersion string `json:"tls_version,omitempty"`
	// CertSHA256 is the leaf certificate's SHA-256 fingerprint.
	CertSHA256 string `json:"cert_sha256,omitempty"`
	// CertNotAfter is when the leaf certificate expires.
	CertNotAfter time.Time `json:"cert_not_after,omitzero"`
}

func imapFacts(r *imapcheck.Result) Facts {
	f := Facts{Host: strings.ToLower(r.Host), Port: r.Port, Greeting: r.Greeting, Capabilities: slices.Clone(r.Capabilities)}
	for _, c := range r.Capabilities {
		if m, ok := strings.CutPrefix(strings.ToUpper(c), "AUTH="); ok {
			f.Mechanisms = append(f.Mechanisms, m)
		}
	}
	if r.Auth != nil && len(f.Mechanisms) == 0 {
		f.Mechanisms = slices.Clone(r.Auth.Offered)
	}
	tlsFacts(&f, r.TLS)
	return f
}

func smtpFacts(r *smtpcheck.Result) Facts {
	f := Facts{Host: strings.ToLower(r.Host), Port: r.Port, Greeting: r.Banner}
	if r.EHLO != nil {
		for _, e := range r.EHLO.Extensions {
			f.Capabilities = append(f.Capabilities, strings.Fields(e)[0])
		}
		f.Mechanisms = slices.Clone(r.EHLO.AuthMechanisms)
	}
	tlsFacts(&f, r.TLS)
	return f
}

func tlsFacts(f *Facts, ti *probe.TLSInfo) {
	if ti == nil {
		return
	}
	f.TLSVersion = ti.Version
	if len(ti.Chain) > 0 {
		f.CertSHA256 = ti.Chain[0].SHA256
		f.CertNotAfter = ti.Chain[0].NotAfter
	}
}

// ProtocolState is what the state file remembers of one protocol of one
// account.
type ProtocolState struct {
	// Code is the last result's code.
	Code diagnose.Code `json:"code"`
	// Summary is the last result's sentence.
	Summary string `json:"summary,omitempty"`
	// CheckedAt is when it was last checked (UTC).
	CheckedAt time.Time `json:"checked_at"`
	// LastOK is when it last worked (UTC); zero when never seen working.
	LastOK time.Time `json:"last_ok,omitzero"`
	// Authenticated reports whether the last check signed in.
	Authenticated bool `json:"authenticated"`
	// Facts are the server facts last seen.
	Facts Facts `json:"facts"`
}

// AccountState is what the state file remembers of one account.
type AccountState struct {
	// IMAP and SMTP are nil when the protocol was never checked.
	IMAP *ProtocolState `json:"imap,omitempty"`
	// SMTP is the SMTP state.
	SMTP *ProtocolState `json:"smtp,omitempty"`
}

// Change is one difference from the last run.
type Change struct {
	// Protocol is imap or smtp.
	Protocol diagnose.Protocol `json:"protocol"`
	// Kind is stable: "stopped_working", "works_again", "code_changed",
	// "server_changed", "certificate_replaced", "mechanism_removed",
	// "mechanism_added", "tls_version_changed" or "greeting_changed".
	Kind string `json:"kind"`
	// Text says what changed, for people ("worked on 2026-11-20; since
	// then SMTP fails: ...").
	Text string `json:"text"`
}

// State holds each account's last results and server facts, kept in a
// file between runs. Observe compares a new result with it; Save writes
// it back, merged under a lock with whatever another run saved meanwhile.
// It never holds a secret: codes, dates and what servers said publicly.
// It is safe for concurrent use.
type State struct {
	file     stateFile
	mu       sync.Mutex
	accounts map[string]*AccountState
	touched  map[string]bool
}

type stateData struct {
	Version  int                      `json:"version"`
	Accounts map[string]*AccountState `json:"accounts"`
}

// OpenState reads the state file at path (a missing file is an empty
// state). It fails when the file exists and is not a state file.
func OpenState(path string) (*State, error) {
	if path == "" {
		return nil, errors.New("fleet: state path is empty")
	}
	st := &State{file: stateFile{path: path}, touched: map[string]bool{}}
	data, err := st.file.read()
	if err != nil {
		return nil, err
	}
	d, err := parseState(path, data)
	if err != nil {
		return nil, err
	}
	st.accounts = d.Accounts
	return st, nil
}

func parseState(path string, data []byte) (stateData, error) {
	d := stateData{Version: 1, Accounts: map[string]*AccountState{}}
	if len(data) == 0 {
		return d, nil
	}
	if err := json.Unmarshal(data, &d); err != nil || d.Version != 1 {
		return d, fmt.Errorf("fleet: %s is not a mailcheck state file (want JSON with \"version\": 1)", path)
	}
	if d.Accounts == nil {
		d.Accounts = map[string]*AccountState{}
	}
	return d, nil
}

// Last returns a copy of what the state remembers of email.
func (st *State) Last(email string) (AccountState, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	a, ok := st.accounts[strings.ToLower(email)]
	if !ok {
		return AccountState{}, false
	}
	return *a, true
}

// Observe compares a checked result with the account's last state,
// records the result, and returns what changed. Protocols not probed this
// time keep their old state.
func (st *State) Observe(res Result, now time.Time) []Change {
	st.mu.Lock()
	defer st.mu.Unlock()
	key := strings.ToLower(res.Email)
	a := st.accounts[key]
	if a == nil {
		a = &AccountState{}
		st.accounts[key] = a
	}
	st.touched[key] = true
	var out []Change
	a.IMAP, out = observe(diagnose.ProtocolIMAP, a.IMAP, res.IMAP, now, out)
	a.SMTP, out = observe(diagnose.ProtocolSMTP, a.SMTP, res.SMTP, now, out)
	return out
}

func observe(proto diagnose.Protocol, prev *ProtocolState, cur *ProtocolResult, now time.Time, out []Change) (*ProtocolState, []Change) {
	if cur == nil {
		return prev, out
	}
	next := &ProtocolState{Code: cur.Code, Summary: cur.Summary, CheckedAt: now.UTC(), Authenticated: cur.Authenticated, Facts: cur.facts}
	if prev != nil {
		next.LastOK = prev.LastOK
	}
	if cur.Code == diagnose.CodeOK && cur.Authenticated {
		next.LastOK = now.UTC()
	}
	if prev != nil {
		out = append(out, Drift(proto, *prev, *next)...)
	}
	// An unauthenticated check says nothing about signing in; keep the
	// last authenticated verdict so the next real check compares with it.
	if prev != nil && prev.Authenticated && untried(cur.Code, cur.Authenticated) {
		next.Code, next.Summary, next.Authenticated = prev.Code, prev.Summary, true
	}
	return next, out
}

// Drift lists what changed for one protocol between two states. It is a
// pure function.
func Drift(proto diagnose.Protocol, prev, cur ProtocolState) []Change {
	var out []Change
	p := strings.ToUpper(string(proto))
	add := func(kind, text string) { out = append(out, Change{Protocol: proto, Kind: kind, Text: text}) }
	switch {
	case untried(cur.Code, cur.Authenticated):
		// reachable without signing in: no statement on sign-in
	case prev.Code == diagnose.CodeOK && cur.Code != diagnose.CodeOK:
		when := prev.LastOK
		if when.IsZero() {
			when = prev.CheckedAt
		}
		add("stopped_working", "worked on "+day(when)+"; since then "+p+" fails: "+cur.Summary+" ("+string(cur.Code)+")")
	case prev.Code != diagnose.CodeOK && cur.Code == diagnose.CodeOK:
		// "again" only where an earlier run saw it work (a firm
		// administrator's find: a mailbox that never worked "works again").
		verb := " works again"
		if prev.LastOK.IsZero() {
			verb = " now works"
		}
		add("works_again", p+verb+" (it failed on "+day(prev.CheckedAt)+" with "+string(prev.Code)+")")
	case prev.Code != cur.Code:
		text := p + " now fails with " + string(cur.Code) + " instead of " + string(prev.Code) + ": " + cur.Summary
		if !prev.LastOK.IsZero() {
			text += " (last worked on " + day(prev.LastOK) + ")"
		}
		add("code_changed", text)
	}
	pf, cf := prev.Facts, cur.Facts
	if pf.Host != "" && cf.Host != "" && (pf.Host != cf.Host || pf.Port != cf.Port) {
		add("server_changed", fmt.Sprintf("%s server changed from %s:%d to %s:%d", p, pf.Host, pf.Port, cf.Host, cf.Port))
	}
	if pf.CertSHA256 != "" && cf.CertSHA256 != "" && pf.CertSHA256 != cf.CertSHA256 {
		// The old certificate's end is a past expiry only when it came
		// before this check (a new CLI user's find: "the old one expired
		// 2027-12-07" was written a year before that day).
		old := "would have been valid until " + day(pf.CertNotAfter)
		if !cur.CheckedAt.IsZero() && pf.CertNotAfter.Before(cur.CheckedAt) {
			old = "had expired on " + day(pf.CertNotAfter)
		}
		add("certificate_replaced", fmt.Sprintf("%s certificate replaced (the old one %s; the new one is valid until %s)", p, old, day(cf.CertNotAfter)))
	}
	if len(pf.Mechanisms) > 0 && len(cf.Mechanisms) > 0 {
		for _, m := range pf.Mechanisms {
			if !containsFold(cf.Mechanisms, m) {
				add("mechanism_removed", p+" "+m+" no longer offered")
			}
		}
		for _, m := range cf.Mechanisms {
			if !containsFold(pf.Mechanisms, m) {
				add("mechanism_added", p+" "+m+" now offered")
			}
		}
	}
	if pf.TLSVersion != "" && cf.TLSVersion != "" && pf.TLSVersion != cf.TLSVersion {
		add("tls_version_changed", p+" TLS version changed from "+pf.TLSVersion+" to "+cf.TLSVersion)
	}
	if pf.Greeting != "" && cf.Greeting != "" && maskVolatile(pf.Greeting) != maskVolatile(cf.Greeting) {
		add("greeting_changed", p+" greeting changed from "+quote(pf.Greeting)+" to "+quote(cf.Greeting))
	}
	return out
}

// maskVolatile hides what changes per connection in a greeting (server
// ids, dates, session ids: any word with a digit, day and month names),
// so that only a different server or software counts as a change.
func maskVolatile(s string) string {
	ws := strings.Fields(normalizeEvidence(s))
	for i, w := range ws {
		if strings.ContainsAny(w, "0123456789") || dateWords[strings.Trim(w, ",.")] {
			ws[i] = "#"
		}
	}
	return strings.Join(ws, " ")
}

// dateWords are the day and month names of RFC 5322 dates, which SMTP
// banners carry.
var dateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec") {
		dateWords[w] = true
	}
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

func day(t time.Time) string { return t.UTC().Format(time.DateOnly) }

// Save writes the accounts observed since OpenState into the file,
// merged under the file's lock with what another run saved meanwhile:
// accounts this run did not observe keep the file's version.
func (st *State) Save() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.file.update(func(old []byte) (any, error) {
		d, err := parseState(st.file.path, old)
		if err != nil {
			return nil, err
		}
		for k := range st.touched {
			d.Accounts[k] = st.accounts[k]
		}
		return d, nil
	})
}
