package diagnose

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// observation is what the rule engine reads: the facts of one probe, or
// what could be read from a pasted message. ClassifyIMAP, ClassifySMTP and
// Explain each build one, so that they share every rule.
type observation struct {
	Protocol Protocol // "" when unknown
	// ClientProtocol reports that Protocol is the client's own (a probe's,
	// the caller's hint, the client's log naming its scheme), not a guess
	// from the server's words.
	ClientProtocol bool
	// HintOverruled says, in a sentence for people, which of the
	// caller's hints the text itself contradicted and was read instead
	// ("" when none was): a 535 with an enhanced code is SMTP whatever
	// --protocol said.
	HintOverruled string
	Stage         probe.Stage // "" when unknown
	Provider      ProviderID  // provider id, "" when unknown
	Port          int         // 0 when unknown
	// Security is the mode the client used; "" when unknown.
	Security probe.Security
	// Plaintext reports that the connection was known to be unencrypted
	// when the failure happened.
	Plaintext bool
	// OAuth reports that the credential was an OAuth token.
	OAuth bool
	// StartTLSOffered reports that the server advertised STARTTLS;
	// ServerRefusesPlain that it refuses a password before TLS by itself
	// (LOGINDISABLED; SMTP AUTH offered only after STARTTLS).
	StartTLSOffered, ServerRefusesPlain bool
	// NoAuthOffered reports an SMTP server whose EHLO before TLS lists no
	// AUTH mechanism: it offered no sign-in on the connection as it was.
	NoAuthOffered bool

	// Net is the network or TLS failure, if any.
	Net *probe.NetError
	// NetFromText reports that Net was read from a pasted text (a
	// program's own words), not observed by a probe.
	NetFromText bool
	// ModeTLS reports that the mode-check connection found TLS on the port;
	// ModeNoTLS that the mode check ran and its TLS handshake did not
	// succeed.
	ModeTLS, ModeNoTLS bool
	// Encrypted reports that the connection had completed a TLS handshake
	// (implicit TLS, or after STARTTLS) before the failure.
	Encrypted bool
	// Stop is why the probe stopped on its own.
	Stop probe.StopReason
	// Host is the host the probe connected to; CertNames the names the
	// server's certificate is valid for (its leaf's DNS names and IP
	// addresses), when the probe saw a certificate.
	Host      string
	CertNames []string
	// Pasted reports an observation read from a pasted text (Explain),
	// not made by a probe.
	Pasted bool
	// SignedIn reports that the sign-in was accepted before the failure:
	// the probe's AUTH or LOGIN succeeded, or a pasted session shows the
	// server's acceptance (235) before its refusal.
	SignedIn bool
	// SignInRetried reports a pasted session whose sign-in was refused
	// and then, tried again, accepted, with nothing refused after it.
	SignInRetried bool
	// ReplyArriving reports that the probe's step ran out of time while
	// the server's reply to it was still coming: part of it had arrived.
	ReplyArriving bool

	// Status is the IMAP status ("NO", "BYE"...) or POP3 status ("-ERR").
	Status string
	// RespCode is the IMAP or POP3 response code, upper case.
	RespCode string
	// Reply and Enhanced are the SMTP reply code and enhanced status code.
	Reply    int
	Enhanced string
	// Envelope is "mail" or "rcpt" when the envelope check was refused.
	Envelope string

	// Text is every piece of server or client text worth matching; lower
	// is its lower-case copy, made once.
	Text  string
	lower string
	// redacted reports that the text holds the probes' marker for
	// removed bytes (see containsRedacted).
	redacted bool
	// restored is lower with the words markers cut put back
	// (restoreWords), when there are any; only rules' patterns and
	// phrases read it, and it is never shown.
	restored string
	// restoredScan is restored's literal scan, as scan is lower's (a
	// restored text is read by every rule too).
	restoredScan *litScan
	// scan is lower's literal scan (litscan.go), nil for a short text;
	// set by Explain once lower is final.
	scan *litScan
	// Evidence is the exact line(s) that will be quoted as evidence.
	Evidence string
}

// programWords reports a pasted text that holds a program's own account
// of a network failure and no server reply or status: its words are the
// program's, not the server's ("Error: getaddrinfo ENOTFOUND
// smtp.example.org" is Node's), and are not quoted as what the server
// said.
func (o *observation) programWords() bool {
	return o.NetFromText && o.Reply == 0 && o.Status == ""
}

// setText sets the text to match and its lower-case copy.
func (o *observation) setText(s string) {
	s = clipClassifyText(s)
	o.Text = s
	o.lower = typographicQuotes.Replace(strings.ToLower(s))
	o.redacted = strings.Contains(o.lower, redactedMarker)
	o.restore()
}

// restore sets restored from lower; call it whenever lower changes.
func (o *observation) restore() {
	o.restored, o.restoredScan = "", nil
	if o.redacted {
		if r := restoreWords(o.lower); r != o.lower {
			o.restored, o.restoredScan = r, scanText(r)
		}
	}
}

// typographicQuotes are the curly quotes a text copied from a web page or
// a word processor carries ("This user doesn’t have a ... account",
// held-out round 140): the rules read them as the plain ones.
var typographicQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// success reports whether the reply read is a success: an IMAP OK or
// PREAUTH, a POP3 +OK, an SMTP 2xx or 3xx.
func (o *observation) success() bool {
	switch o.Status {
	case "OK", "PREAUTH", "+OK":
		return true
	}
	return o.Reply >= 200 && o.Reply < 400
}

// containsPhrase reports whether the text contains any of r's lower-case
// phrases, whole or with the probes' redaction marker in place of part.
func (o *observation) containsPhrase(r *rule) bool {
	if r.phrases.holdsIn(o.lower, o.scan) || o.restored != "" && r.phrases.holdsIn(o.restored, o.restoredScan) {
		return true
	}
	if o.redacted {
		for _, p := range r.Phrases {
			if containsRedacted(o.lower, p) {
				return true
			}
		}
	}
	return false
}

// implicitTLSPort reports whether the client spoke plaintext first to a
// port where implicit TLS is the convention (RFC 8314: 465, 993, 995).
func (o *observation) implicitTLSPort() bool {
	if o.Security == probe.SecurityTLS {
		return false
	}
	switch o.Port {
	case 465, 993, 995:
		return true
	}
	return false
}

// observeIMAP turns an IMAP probe result into an observation.
func observeIMAP(r *imapcheck.Result, p Provider) *observation {
	o := &observation{
		Protocol:       ProtocolIMAP,
		ClientProtocol: true,
		Stage:          r.Stage,
		Provider:       normalizeProviderID(p.ID),
		Port:           r.Port,
		Security:       r.Security,
		Net:            r.Error,
		Stop:           r.StopReason,
	}
	o.probeFacts(r.Auth, r.Security, r.TLS, r.ModeCheck, r.Steps, r.Host)
	caps := r.Capabilities
	if len(r.CapabilitiesBeforeTLS) > 0 {
		caps = r.CapabilitiesBeforeTLS
	}
	for _, c := range caps {
		switch strings.ToUpper(c) {
		case "STARTTLS":
			o.StartTLSOffered = true
		case "LOGINDISABLED":
			o.ServerRefusesPlain = true
		}
	}
	var text []string
	if resp := r.Response; resp != nil {
		o.Status = strings.ToUpper(resp.Type)
		o.RespCode = strings.ToUpper(resp.Code)
		o.Evidence = resp.Line
		if o.Evidence == "" {
			o.Evidence = strings.TrimSpace(resp.Type + " " + resp.Text)
		}
		text = append(text, resp.Line, resp.Text)
	} else if g := r.Greeting; r.Stage == probe.StageGreeting && strings.HasPrefix(strings.ToUpper(g), "* BYE") {
		// A server that says BYE instead of hello.
		o.Status = "BYE"
		o.RespCode = imapRespCode(g)
		o.Evidence = g
		text = append(text, g)
	} else if line := unparsedGreeting(o, r.Steps); line != "" {
		// A first line that is no IMAP at all (an SMTP "220" greeting:
		// the incoming settings name the outgoing port).
		o.Evidence = line
		text = append(text, line)
	}
	// Alerts carry the words that matter on some servers (Gmail's
	// "[ALERT] Application-specific password required", Dovecot's
	// plaintext warning), so they are matched too.
	text = append(text, r.Alerts...)
	o.setText(strings.Join(text, "\n"))
	o.setNetEvidence()
	return o
}

// observeSMTP turns an SMTP probe result into an observation.
func observeSMTP(r *smtpcheck.Result, p Provider) *observation {
	o := &observation{
		Protocol:       ProtocolSMTP,
		ClientProtocol: true,
		Stage:          r.Stage,
		Provider:       normalizeProviderID(p.ID),
		Port:           r.Port,
		Security:       r.Security,
		Net:            r.Error,
		Stop:           r.StopReason,
	}
	o.probeFacts(r.Auth, r.Security, r.TLS, r.ModeCheck, r.Steps, r.Host)
	if e := r.EHLO; e != nil && !o.Encrypted {
		o.StartTLSOffered = e.StartTLS
		o.ServerRefusesPlain = e.StartTLS && len(e.AuthMechanisms) == 0
		o.NoAuthOffered = len(e.AuthMechanisms) == 0
	}
	rep := r.Reply
	if env := r.Envelope; env != nil && !env.Accepted && rep == nil {
		// The envelope check was refused: the MAIL FROM reply if that
		// failed, else the RCPT TO reply.
		switch {
		case env.Mail != nil && env.Mail.Code >= 400:
			rep, o.Envelope = env.Mail, "mail"
		case env.Rcpt != nil && env.Rcpt.Code >= 400:
			rep, o.Envelope = env.Rcpt, "rcpt"
		}
		if o.Envelope != "" {
			o.Stage = probe.StageEnvelope
		}
	}
	if rep != nil {
		o.Reply = rep.Code
		o.Enhanced = rep.EnhancedCode
		o.Evidence = strings.Join(rep.Lines, "\n")
		if o.Evidence == "" {
			o.Evidence = strings.TrimSpace(rep.Text)
		}
		o.setText(o.Evidence + "\n" + rep.Text)
	}
	if rep == nil {
		// A refusal cut off before its last line (the step's time ran out
		// with "535-5.7.8 ..." read): its code is fixed by its first line
		// (RFC 5321 §4.2.1), and its words are the server's.
		if code, enhanced, text := partialRefusal(r.Steps); code != 0 {
			o.Reply, o.Enhanced, o.Evidence = code, enhanced, text
			o.setText(text)
			o.ReplyArriving = false
		}
	}
	if line := unparsedGreeting(o, r.Steps); rep == nil && o.Reply == 0 && line != "" {
		// A first line that is no SMTP reply at all (an IMAP or POP3
		// greeting: the outgoing settings name the incoming port).
		o.setText(line)
		o.Evidence = line
	}
	o.setNetEvidence()
	return o
}

// probeFacts sets what both probes observe alike: the credential and
// encryption, the mode check, a reply still arriving, and the TLS names.
func (o *observation) probeFacts(auth *probe.Auth, sec probe.Security, tls *probe.TLSInfo, mc *probe.ModeCheck, steps []probe.Step, host string) {
	o.OAuth, o.Plaintext = authFacts(auth, sec, tls)
	o.SignedIn = auth != nil && auth.Succeeded
	o.ModeTLS, o.ModeNoTLS = modeFacts(mc)
	o.Encrypted = tls != nil && tls.Version != ""
	o.ReplyArriving = replyArriving(steps)
	o.Host, o.CertNames = tlsHost(host, tls), certNames(tls)
}

// certNames returns the names the leaf certificate of t is valid for, as
// far as they are host names or addresses: a certificate is the server's
// text, and a name with a control character or of any length would go
// into a summary a terminal prints.
func certNames(t *probe.TLSInfo) []string {
	if t == nil || len(t.Chain) == 0 {
		return nil
	}
	leaf := t.Chain[0]
	var out []string
	for _, n := range append(append([]string(nil), leaf.DNSNames...), leaf.IPAddresses...) {
		if certNameRE.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}

// certNameRE is a DNS name (a wildcard's "*." included) or an IP address.
var certNameRE = regexp.MustCompile(`^[A-Za-z0-9*._:-]{1,253}$`)

// tlsHost is the name a TLS handshake was verified against: the server
// name the client sent, else the host connected to.
func tlsHost(host string, t *probe.TLSInfo) string {
	if t != nil && t.ServerName != "" {
		return t.ServerName
	}
	return host
}

// partialReplyRE is the start of an SMTP refusal: its code and, when
// there is one, its enhanced status code.
var partialReplyRE = regexp.MustCompile(`^([45][0-9][0-9])[ -](?:([245]\.[0-9]{1,3}\.[0-9]{1,3})\b)?`)

// partialRefusal returns the code, enhanced code and lines of a refusal
// the failed step had begun to read when it ended, or 0.
func partialRefusal(steps []probe.Step) (code int, enhanced, text string) {
	st := lastFailedStep(steps)
	if st == nil {
		return 0, "", ""
	}
	text = strings.TrimSpace(st.Server)
	m := partialReplyRE.FindStringSubmatch(text)
	if m == nil {
		return 0, "", ""
	}
	code, _ = strconv.Atoi(m[1])
	return code, m[2], text
}

// replyArriving reports whether the step a probe failed at ran out of time
// with part of the server's reply already read: the server was answering,
// slowly, not silent.
func replyArriving(steps []probe.Step) bool {
	st := lastFailedStep(steps)
	return st != nil && st.Error != nil && st.Error.Kind == probe.NetTimeout && strings.TrimSpace(st.Server) != ""
}

// lastFailedStep returns the last step that failed, or nil.
func lastFailedStep(steps []probe.Step) *probe.Step {
	for k := len(steps) - 1; k >= 0; k-- {
		if steps[k].Outcome == probe.OutcomeFailed {
			return &steps[k]
		}
	}
	return nil
}

// setNetEvidence quotes the network failure when no server text decides.
func (o *observation) setNetEvidence() {
	if o.Evidence == "" && o.Net != nil {
		o.Evidence = netEvidence(o.Net)
	}
}

// netEvidence renders a network failure as one line of evidence.
func netEvidence(e *probe.NetError) string {
	s := e.Message
	if s == "" {
		s = string(e.Kind)
	}
	if e.RecordHeader != "" {
		s += " (server sent " + quoteShort(e.RecordHeader) + ")"
	}
	return s
}

func quoteShort(s string) string { return `"` + strings.TrimSpace(s) + `"` }

// modeFacts reads the mode check: whether it found TLS on the port, and
// whether it ran without finding it. A probe runs it only after a
// plaintext connection got no greeting.
func modeFacts(mc *probe.ModeCheck) (tls, noTLS bool) {
	if mc == nil {
		return false, false
	}
	return mc.HandshakeOK, !mc.HandshakeOK
}

// authFacts reads whether an OAuth token was used and whether the
// connection was unencrypted at the failure.
func authFacts(a *probe.Auth, sec probe.Security, tls *probe.TLSInfo) (oauth, plaintext bool) {
	if a != nil {
		switch strings.ToUpper(a.Mechanism) {
		case "XOAUTH2", "OAUTHBEARER":
			oauth = true
		}
		if a.Attempted {
			return oauth, !a.OverTLS
		}
	}
	return oauth, sec == probe.SecurityNone || (sec == probe.SecurityStartTLS && (tls == nil || tls.Version == ""))
}

// imapRespCode returns the response code of an IMAP status line, if any.
func imapRespCode(line string) string {
	i := strings.IndexByte(line, '[')
	if i < 0 {
		return ""
	}
	rest := line[i+1:]
	end := respCodeEnd(rest)
	if end <= 0 {
		return ""
	}
	c := strings.ToUpper(rest[:end])
	if !knownRespCodes[c] && !redactedRespCode(c) {
		return ""
	}
	return c
}

// respCodeEnd returns where the response code at the start of s ends: at
// a space or a closing bracket, the probes' redaction markers (which hold
// brackets themselves) read as part of it.
func respCodeEnd(s string) int {
	low := strings.ToLower(s)
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(low[i:], redactedMarker):
			i += len(redactedMarker)
		case s[i] == ' ' || s[i] == ']':
			return i
		default:
			i++
		}
	}
	return -1
}

// redactedRespCode reports whether c, holding redaction markers, reads as
// one of the known response codes (see containsRedacted).
func redactedRespCode(c string) bool {
	low := strings.ToLower(c)
	if !strings.Contains(low, redactedMarker) {
		return false
	}
	for k := range knownRespCodes {
		if containsRedacted(low, strings.ToLower(k)) {
			return true
		}
	}
	return false
}

// knownRespCodes are the IMAP (RFC 3501, 5530, 9051) and POP3 (RFC 2449,
// 3206) response codes the rules may read. A bracket holding anything else
// (Microsoft's "[MN2PR05CA0004.namprd05.prod.outlook.com ...]") is not a
// response code.
var knownRespCodes = map[string]bool{
	"ALERT": true, "AUTHENTICATIONFAILED": true, "AUTHORIZATIONFAILED": true,
	"EXPIRED": true, "PRIVACYREQUIRED": true, "CONTACTADMIN": true, "NOPERM": true,
	"INUSE": true, "EXPUNGEISSUED": true, "CORRUPTION": true, "SERVERBUG": true,
	"CLIENTBUG": true, "CANNOT": true, "LIMIT": true, "OVERQUOTA": true,
	"ALREADYEXISTS": true, "NONEXISTENT": true, "UNAVAILABLE": true,
	"PARSE": true, "TRYCREATE": true, "CAPABILITY": true, "WEBALERT": true,
	"THROTTLED": true, // Exchange Online: "NO [THROTTLED] Request is throttled."
	"TOOBIG":    true, // RFC 7889 (APPENDLIMIT): the message is over the server's limit
	// POP3
	"AUTH": true, "SYS/TEMP": true, "SYS/PERM": true, "IN-USE": true, "LOGIN-DELAY": true,
}

// normalizeProviderID maps aliases a person might type to provider ids.
func normalizeProviderID(id ProviderID) ProviderID {
	return catalog.Resolve(string(id))
}

// maxClassifyText bounds the text the rules read. The probes already bound
// what they keep (16 KiB of server text per step, eight alerts of 1 KiB),
// so this is the classifier's own guarantee: its regular expressions run
// in time linear in their input, and the input is never more than this,
// whatever a server sent or a caller built. 64 KiB is Explain's bound too.
const maxClassifyText = 64 << 10

// clipClassifyText cuts s to maxClassifyText bytes, on a UTF-8 boundary.
func clipClassifyText(s string) string {
	if len(s) <= maxClassifyText {
		return s
	}
	return strings.ToValidUTF8(s[:maxClassifyText], "")
}

// unparsedGreeting returns the server's first line when the greeting did
// not parse as the probe's protocol (another service on the port), as the
// greeting step recorded it, redacted like every step; "" otherwise.
func unparsedGreeting(o *observation, steps []probe.Step) string {
	if o.Stage != probe.StageGreeting || o.Net == nil || o.Net.Kind != probe.NetProtocol {
		return ""
	}
	for _, st := range steps {
		if st.Stage == probe.StageGreeting && st.Server != "" {
			line, _, _ := strings.Cut(st.Server, "\n")
			return line
		}
	}
	return ""
}
