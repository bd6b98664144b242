package diagnose

import (
	"bytes"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mailcheck-go/mailcheck/catalog"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Hints tell Explain what is known about pasted text. Every field is
// optional; the zero value means "detect from the text".
type Hints struct {
	// Protocol is the protocol the text came from; "" means detect.
	Protocol Protocol
	// Host is the server the client talked to; it identifies the provider
	// ("outlook.office365.com", "imap.gmail.com").
	Host string
	// Provider is a registry id (catalog.IDMicrosoft365, "gmail"...) or an
	// alias a person types ("Office 365", "hotmail"; see catalog.Resolve);
	// it wins over Host and over fingerprints in the text.
	Provider ProviderID
	// Stage is where the text came from (probe.StageAuthenticate for a
	// refused login, probe.StageMailbox for a reply to SELECT or APPEND
	// after the login, probe.StageEnvelope for MAIL FROM or RCPT TO,
	// probe.StageData for DATA); one of ExplainStages. "" means infer it
	// from the text where the text tells (a 535, an IMAP [TRYCREATE], an
	// SMTP 5.1.1 or 5.3.4); a refusal that tells nothing is then not read
	// as a refused password.
	Stage probe.Stage
	// Email and Username name the mailbox the text is about, so that the
	// remediation's steps and commands name it too ("Set-CASMailbox
	// -Identity alice@contoso.com") instead of a placeholder. Username
	// defaults to Email. Neither changes the classification.
	Email, Username string
	// Now is the day the advice is written for: dated facts (Microsoft's
	// end-2026 SMTP AUTH change) read "in 27 days" before their date and
	// "since" after it. Zero means the current time. It never changes the
	// classification.
	Now time.Time
}

// vars are the remediation placeholders the hints fill.
func (h Hints) vars() Vars {
	v := Vars{Email: strings.TrimSpace(h.Email), Username: strings.TrimSpace(h.Username), Now: h.Now}
	if v.Username == "" {
		v.Username = v.Email
	}
	// The domain provider detection reads from the same address.
	v.Domain = emailDomain(v.Email)
	return v
}

// ExplainStages are the stages a pasted text may come from, in the order
// of a session: the probes' stage names, plus probe.StageData for the
// message itself.
var ExplainStages = []probe.Stage{
	probe.StageResolve, probe.StageConnect, probe.StageTLSHandshake, probe.StageGreeting, probe.StageCapabilities,
	probe.StageEHLO, probe.StageStartTLS, probe.StageAuthenticate, probe.StageMailbox,
	probe.StageEnvelope, probe.StageData, probe.StageLogout, probe.StageQuit,
}

// explainStage is the stage hint when it is one of ExplainStages; any
// other value (a typo, "auth") counts as no hint, so the stage is then
// inferred from the text rather than matching no rule at all.
func explainStage(s probe.Stage) probe.Stage {
	for _, k := range ExplainStages {
		if s == k {
			return s
		}
	}
	return ""
}

// maxExplainBytes bounds the text the rules read: a pasted reply is a few
// hundred bytes; a pasted log or stack trace a few KiB. A longer paste is
// read in part (see boundText), so that work stays bounded whatever is
// pasted.
const maxExplainBytes = 64 << 10

// A paste longer than maxExplainBytes is read as its first explainHead
// bytes, its last explainTail bytes (a log ends where it failed), and, in
// between, the last lines that look like a failure, up to the bytes left.
// At most maxExplainScan bytes before the tail are looked at for those.
const (
	explainHead    = 8 << 10
	explainTail    = 40 << 10
	maxExplainScan = 16 << 20
	// maxPickedLine is the longest line picked from the middle: a
	// failure is a line of a log, not a blob.
	maxPickedLine = 2 << 10
)

// maxEvidence bounds the evidence quoted back from pasted text.
const maxEvidence = 2048

// Explain classifies text a customer pasted: an IMAP status line (tagged
// or not, with or without a [CODE]), an SMTP reply (one or more lines), a
// POP3 reply, a bare phrase a mail client showed, or a client or library
// error ("x509: certificate has expired or is not yet valid", "dial tcp
// 1.2.3.4:993: connect: connection refused", Python's "[SSL:
// WRONG_VERSION_NUMBER]", Java's "javax.mail.AuthenticationFailedException:
// AUTHENTICATE failed."). It detects the protocol when hints do not say,
// identifies the provider from hints or fingerprints in the text
// (Microsoft's "[XXXX.namprd05.prod.outlook.com ...]" trailers, Gmail's
// "- gsmtp", texts only one provider sends such as Microsoft's "5.7.139"
// replies or Yahoo's "#AUTH005"), and runs the same rules as ClassifyIMAP
// and ClassifySMTP.
//
// The Finding carries remediation for its code (for ok, none). Explain is
// pure and never panics: binary garbage or huge input yields a finding
// with code unknown. A paste longer than 64 KiB is read in part: its
// start, its end and the failure-looking lines between them
// (Evidence.Cut says so, and an ok reading of it is low confidence).
//
// Text that names no server but uses one provider's typical wording (a
// bare "AUTHENTICATE failed.", Exchange's words and nearly always Exchange
// Online's) keeps its code, but its remediation leads with that
// provider's case, says which fact would confirm it, and the provider's
// reading comes first among the alternatives.
func Explain(text string, hints Hints) Finding {
	return explain(text, hints, "")
}

// hintHost is the server name in a host hint written as a person writes
// it: "imaps://outlook.office365.com:993", "outlook.office365.com:993",
// " smtp.example.org. " all name the server; a hint read whole as a name
// recognised no provider, and the advice went to the wrong person (a
// reviewer's find). User info before an "@" is dropped, never shown.
func hintHost(h string) string {
	h = strings.TrimSpace(h)
	if i := strings.Index(h, "://"); i >= 0 {
		h = h[i+3:]
		if j := strings.IndexAny(h, "/?#"); j >= 0 {
			h = h[:j]
		}
	}
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	if name, port, err := net.SplitHostPort(h); err == nil && port != "" {
		if _, err := strconv.Atoi(port); err == nil {
			h = name
		}
	}
	return strings.TrimSuffix(strings.Trim(h, "[]"), ".")
}

// oauthWordsRE are a pasted text's words that the program signed in with
// OAuth (review 12: "OAuth2 sign-in succeeded, but the IMAP server
// rejected the token: A1 NO AUTHENTICATE failed."); oauthAdviceRE are a
// server's or client's advice to move to OAuth, which say the opposite.
var (
	// "AUTH=XOAUTH2" in a capability list only offers OAuth.
	oauthWordsRE  = regexp.MustCompile(`(^|[^=])\b(xoauth2|oauthbearer)|\boauth ?2(\.0)?\b[^\n]{0,40}\b(sign-?in|token|signed)|\b(access|oauth|bearer) token\b|signed in with (microsoft|google)`)
	oauthAdviceRE = regexp.MustCompile(`\b(use|move to|switch to|requires?|supports?|only) (an? )?(modern authentication|oauth)`)
)

// explain is Explain, for measuring on the known texts themselves: given
// the id of the known text being explained, the comparison leaves out the
// same text and, for a held-out round's text ("r12-..."), every text of
// that round.
func explain(text string, hints Hints, id string) Finding {
	hints.Host = hintHost(hints.Host)
	text = strings.TrimPrefix(fromUTF16(text), "\ufeff") // a byte-order mark is no word of the text
	if notText(text) {
		f := Finding{Code: CodeUnknown, Severity: SeverityError, Protocol: hints.Protocol, Confidence: ConfidenceLow,
			Summary:      notTextSummary,
			Evidence:     Evidence{Text: "(binary data, " + strconv.Itoa(len(text)) + " bytes)", Kind: "input"},
			Alternatives: []Alternative{}, situation: "not-text"}
		attachRemediation(&f, "", hints.vars())
		return f
	}
	o := observeText(text, hints)
	r := firstMatch(o)
	f := findingFor(o, r)
	if r == nil { // a rule that answers unknown has its own alternatives
		q := likeQuery{text: text, protocol: o.Protocol, leaveOut: id != "", leaveOutPrefix: roundPrefix(id)}
		likeKnownTexts(&f, q, loadKnownIndex())
	}
	v := hints.vars()
	attachRemediation(&f, o.Provider, v)
	if o.Provider == "" && strings.TrimSpace(hints.Host) == "" && f.Code != CodeOK {
		leadWithLikelyProvider(&f, o, text, v)
	}
	inPastersWords(&f)
	if line := recoveredAfter(text); line != "" && f.Code != CodeOK {
		f.Summary += " The paste's last line reports success since (\"" + quoteKnown(line) + "\"): the failure above may have passed; check again before acting."
	}
	if o.HintOverruled != "" {
		f.Summary += " " + o.HintOverruled
	}
	if len(text) > maxExplainBytes {
		markCut(&f)
	}
	hidePastedSecrets(&f, text)
	return f
}

// cutNote ends the summary of a finding read from part of a long paste.
const cutNote = "The text is longer than mailcheck reads (64 KiB): it read the start, the end and the lines between them that look like failures; a cause in the rest was not read."

// markCut marks a finding read from part of a long paste (boundText): it
// says so, and an ok reading, which the unread part might contradict, is
// never more than a guess.
func markCut(f *Finding) {
	f.Evidence.Cut = true
	if f.Code == CodeOK {
		f.Confidence = ConfidenceLow
	}
	f.Summary += " " + cutNote
}

// probeWords are the sentences of rules and catalogue entries written for
// what mailcheck's own probe did, with their words for a pasted text,
// where another program stopped: mailcheck took no part in it.
var probeWords = strings.NewReplacer(
	"so mailcheck did not send the password", "so the program did not send the password",
	"mailcheck did not send it over the unencrypted connection either", "the program did not send it over the unencrypted connection either",
	"mailcheck did not send the password unencrypted", "the program did not send the password unencrypted",
)

// inPastersWords rewrites f's probe sentences for a pasted text.
func inPastersWords(f *Finding) {
	f.Summary = probeWords.Replace(f.Summary)
	if f.Remediation != nil {
		f.Remediation.Explanation = probeWords.Replace(f.Remediation.Explanation)
	}
}

// leadWithLikelyProvider rewrites f's remediation for text whose wording
// is typical of one provider (catalog.Info.LikelyWording) when nothing
// named the server: the provider's advice for the code its own rules give,
// opened by the provider's case and what would confirm it, with the
// generic reading kept as the last step. f.Code does not change: the text
// alone does not prove the provider.
func leadWithLikelyProvider(f *Finding, o *observation, text string, v Vars) {
	if len(text) > detectTextBytes {
		text = text[:detectTextBytes]
	}
	info, phrase, ok := catalog.Likely(text)
	if !ok {
		return
	}
	po := *o
	po.Provider = info.ID
	pf := findingFor(&po, firstMatch(&po))
	attachRemediation(&pf, info.ID, v)
	if pf.Remediation == nil || pf.Code == CodeUnknown {
		return
	}
	r := pf.Remediation.Clone()
	r.Title = "If this is " + info.Name + ": " + r.Title
	r.Explanation = info.LikelyLead + ". The words \"" + phrase + "\" are typical of " + info.Name + ", but nothing here names the server. " +
		info.LikelyConfirm + "\n\n" + r.Explanation
	if f.Remediation != nil && f.Remediation.Provider == "" && pf.Code != f.Code {
		r.UserSteps = append(r.UserSteps, "If the server turns out not to be "+info.Name+" (or is a server your organisation runs itself), these words usually mean a wrong user name or password: check both by signing in to that server's webmail.")
	}
	f.Remediation = &r
	lead := Alternative{Code: pf.Code, Why: info.LikelyLead + ".", Tell: info.LikelyConfirm}
	alts := []Alternative{lead}
	for _, a := range f.Alternatives {
		if a.Code != pf.Code {
			alts = append(alts, a)
		}
	}
	if pf.Code != f.Code {
		f.Alternatives = alts
	}
	f.AdviceIf = info.Name
}

// observeText reads pasted text into an observation.
func observeText(text string, h Hints) *observation {
	text = innerReply(unquoteTranscript(logText(bytesLiteralLines(k9ResponseLines(cleanText(text))))))
	lines := splitLines(text)
	retryOK, rest := signInRetried(lines)
	if rest != nil {
		lines = rest
		text = strings.Join(rest, "\n")
	}
	o := &observation{Protocol: h.Protocol, ClientProtocol: h.Protocol != "", Stage: explainStage(h.Stage), Pasted: true}
	given := o.Stage // the caller's stage, before the text's own clues
	o.setText(serverPart(text))
	o.lower = neutralLogFields(unwrapLower(o.lower))
	o.scan = scanText(o.lower)
	o.restore()

	o.SignInRetried = retryOK != ""
	o.SignedIn = rest != nil // accepted on a second try, then refused
	imapLine, imapStatus := findIMAPStatus(lines)
	if imapStatus == "" {
		imapLine, imapStatus = mailkitIMAPReply(text)
	}
	popLine, popStatus := findPOP3Status(lines)
	smtpLines, smtpCode, enhanced := findSMTPReply(lines, text)
	if smtpCode == 0 {
		smtpCode = dotnetReply(text, enhanced) // .NET named the code (rules_status.go)
	}
	if smtpCode == 0 && enhanced == "" {
		smtpCode = bareReplyAtEnd(text) // "Negative SMTP reply: 553" (rules_status.go)
	}

	if p := replyProtocol(imapLine, imapStatus, popStatus != "", smtpCode, enhanced); p != "" && o.Protocol != "" && p != o.Protocol {
		o.HintOverruled = "The text is " + protocolArticle(p) + " reply, though the hint said " + strings.ToUpper(string(o.Protocol)) + "; it is read as " + strings.ToUpper(string(p)) + "."
		o.Protocol, o.ClientProtocol = p, false
	}
	if o.Protocol == "" {
		o.Protocol = clientScheme(text)
		o.ClientProtocol = o.Protocol != ""
	}
	if o.Protocol == "" {
		o.Protocol = logProtocol(o.lower)
	}
	if o.Protocol == "" {
		o.Protocol = detectProtocol(o.lower, h.Host, imapStatus != "", popStatus != "", smtpCode != 0 || enhanced != "")
	}
	switch o.Protocol {
	case ProtocolIMAP:
		o.Status, o.Evidence = imapStatus, imapLine
		o.RespCode = imapRespCode(imapLine)
		if o.RespCode == "" {
			o.RespCode = findRespCode(text)
		}
	case ProtocolPOP3:
		o.Status, o.Evidence = popStatus, popLine
		o.RespCode = pop3RespCode(popLine)
	case ProtocolSMTP:
		o.Reply, o.Enhanced = smtpCode, enhanced
		o.Evidence = strings.Join(smtpLines, "\n")
	default:
		// Unknown protocol: keep whatever structure was found.
		o.Reply, o.Enhanced = smtpCode, enhanced
		o.RespCode = findRespCode(text)
	}
	whole := strings.ToLower(text) // the whole paste, wrapper's words included
	var providerOverruled string
	o.Provider, providerOverruled = explainProvider(h, o.Protocol, text, whole)
	if providerOverruled != "" {
		o.HintOverruled = strings.TrimSpace(o.HintOverruled + " " + providerOverruled)
	}
	o.OAuth = oauthWordsRE.MatchString(o.lower) && !oauthAdviceRE.MatchString(o.lower)
	o.Port = portInText(text)
	o.Envelope = envelopeInText(o.lower)
	bounceSt, bounceEnv := bounceStage(o.lower)
	if o.Envelope == "" {
		o.Envelope = bounceEnv
	}

	if o.Protocol == ProtocolSMTP && o.Reply >= 400 && authAcceptedRE.MatchString(o.lower) {
		o.SignedIn = true
	}

	goAhead := readGoAhead(o) // a STARTTLS go-ahead, then a failure (explain_transport.go)

	// A client or library error is read only when the text holds no
	// server reply: the reply is the better evidence, and words such as
	// "timeout" or "connection closed" inside it are not network facts.
	// Nylas labels its own errors "[ALERT] (Failure): [Errno 1] ..."
	// (held-out round 42): that [ALERT] is no server's reply.
	serverReply := o.Status != "" || o.Reply != 0 || o.RespCode != "" && !(o.RespCode == "ALERT" && strings.Contains(o.lower, "[alert] (failure): [errno"))
	if serverReply {
		// Only a program's failure after the last of positive replies
		// is read (explain_transport.go).
		readErrorAfterReplies(o, lines, whole)
	} else if ce := matchClientError(o.lower, o.scan); ce != nil && !infoOnlyLog(whole) {
		kind := kindAfterStartTLSYes(ce.Kind, goAhead) // explain_transport.go
		o.Net = &probe.NetError{Kind: kind, CertReason: ce.Cert, Message: lineContaining(lines, o.lower, ce)}
		o.NetFromText = true
		o.Stop = ce.Stop
		if ce.Cert == probe.CertWrongHost {
			o.Host, o.CertNames = pastedCertNames(text)
		}
		// A caller's "connect" for a program whose own words say the
		// connection opened and no greeting came (JavaMail's "Could not
		// connect to SMTP host: x, port: 465, response: -1", held-out
		// round 100) is the greeting: people say "connect" for the whole
		// start of the session.
		if st := ce.stage(o.lower); o.Stage == "" || o.Stage == probe.StageConnect && st == probe.StageGreeting {
			o.Stage = st
		}
		if o.Evidence == "" {
			o.Evidence = o.Net.Message
		}
	}
	// whole is not o.lower, so o.scan does not apply.
	if st, env := stageFromWrapper(whole, nil); st != "" {
		if o.Stage == "" {
			o.Stage = st
		}
		if o.Envelope == "" {
			o.Envelope = env
		}
	}
	if o.Stage == "" {
		o.Stage = bounceSt
	}
	if st, env := stageFromLog(o.lower, o.scan); o.Stage == "" && st != "" {
		o.Stage = st
		if o.Envelope == "" {
			o.Envelope = env
		}
	}
	if o.Stage == "" && o.success() {
		o.Stage = readTranscriptStage(o, lines) // explain_transport.go
	}
	if o.Stage == "" {
		o.Stage = inferStage(o)
	}
	if st, anyStage := authReplyStage(o); st != "" && st != o.Stage && (anyStage || preSessionStage(o.Stage) || o.Stage == probe.StageGreeting) {
		if given != "" && given != st {
			// Only a stage the caller gave is overruled aloud; one read
			// from the text's own clues just gives way.
			o.HintOverruled = strings.TrimSpace(o.HintOverruled + " The reply answers the sign-in, though the stage given was " + string(given) + "; it is read at the sign-in.")
		}
		o.Stage = st
	}
	if st := textStageOverGiven(o, given); st != "" {
		o.HintOverruled = strings.TrimSpace(o.HintOverruled + " The reply answers " + stagePhrase[st] + ", though the stage given was " + string(given) + "; it is read there.")
		o.Stage = st
	}
	if retryOK != "" {
		o.Evidence = retryOK // the last word on the sign-in
	}
	if o.Evidence == "" {
		o.Evidence = text
	}
	o.Evidence = clipEvidence(o.Evidence)
	return o
}

// dotnetResponse is what .NET's SmtpException puts before the server's
// reply; the sentence before it is .NET's own name for the reply code
// ("Mailbox unavailable.", "The SMTP server requires a secure connection
// or the client was not authenticated."), not the server's words.
const dotnetResponse = dotnetServerResponse + ":"

// serverPart returns the text the rules match: for a .NET SmtpException,
// only the server's reply after dotnetResponse, so that .NET's words are
// not read as the server's.
func serverPart(text string) string {
	if i := strings.LastIndex(text, dotnetResponse); i >= 0 {
		if reply := strings.TrimSpace(text[i+len(dotnetResponse):]); reply != "" {
			return reply
		}
		return text // no reply: .NET's own words are all there is
	}
	// Without the colon (older frameworks, retyped pastes), only after
	// one of .NET's own sentences, so a server's "The server response
	// was ..." in its own words stays.
	if i := strings.LastIndex(text, dotnetServerResponse); i >= 0 && dotnetReply(text, "") != 0 {
		return strings.TrimSpace(text[i+len(dotnetServerResponse):])
	}
	return text
}

// cleanText bounds the text, makes it valid UTF-8 and normalises line ends.
func cleanText(s string) string {
	s, _ = boundText(s)
	s = strings.ReplaceAll(s, "\x00", "") // a NUL is never part of what a server or a client said
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

// splitLines returns the non-empty lines, trimmed.
func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// notTextSummary is the summary for a paste that is not text.
const notTextSummary = "The pasted data is not text (most of it is binary bytes), so there is nothing to read: paste the error message, or the server's reply, as text."

// notText reports whether the start of a paste is binary: control bytes
// other than line ends, tabs and ESC make up more than a twelfth of its
// first 4 KiB, and no reply a server sends stands in it. Invalid UTF-8
// alone is no sign of binary (a reply in cp1251, KOI8-R, Shift_JIS or
// GBK is text in a legacy encoding), nor is a reply with a few stray
// control bytes ("\x00\x00535 5.7.8 Authentication failed\a").
func notText(s string) bool {
	if len(s) > 4<<10 {
		s = s[:4<<10]
	}
	if len(s) < 16 {
		return false
	}
	ctl := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b || c == 0x7f {
			ctl++
		}
	}
	return ctl*12 > len(s) && !replyInBytesRE.MatchString(s)
}

// replyInBytesRE is a server's reply among other bytes: an SMTP reply
// with its enhanced code, an IMAP status with a response code, a POP3
// status.
var replyInBytesRE = regexp.MustCompile(`(^|[^0-9])[2-5][0-9]{2}[ -][2-5]\.[0-9]{1,3}\.[0-9]{1,3}|(?i)\b(OK|NO|BAD|BYE) \[[A-Z-]{2,}|(?i)(^|[\n\x00 ])[-+](OK|ERR)\b`)

// fromUTF16 decodes a paste saved as UTF-16 (Windows PowerShell's ">"
// writes UTF-16LE with a byte-order mark): one with a byte-order mark, or
// whose first 64 bytes alternate ASCII with NUL; any other s as it is.
func fromUTF16(s string) string {
	le, be := strings.HasPrefix(s, "\xff\xfe"), strings.HasPrefix(s, "\xfe\xff")
	if le || be {
		s = s[2:]
	} else {
		n := min(len(s), 64) &^ 1
		if n < 8 {
			return s
		}
		le = true
		for i := 0; i < n; i += 2 {
			if s[i+1] != 0 || s[i] == 0 || s[i] >= 0x80 {
				le = false
				break
			}
		}
		if !le {
			return s
		}
	}
	u := make([]uint16, len(s)/2)
	for i := range u {
		if le {
			u[i] = uint16(s[2*i]) | uint16(s[2*i+1])<<8
		} else {
			u[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
		}
	}
	return string(utf16.Decode(u))
}

// replyProtocol returns the protocol a reply can only have come from:
// SMTP for a reply to a command with an enhanced status code ("535
// 5.7.139 ..."), IMAP for a tagged status ("a1 NO ..."), and "" when the
// text holds replies of more than one protocol or only replies a client
// on the wrong port also meets (an untagged "* OK" or a "+OK" greeting,
// an SMTP greeting or goodbye): those say the settings point at the
// other service, which the caller's protocol must still tell.
func replyProtocol(imapLine, imapStatus string, pop bool, smtpCode int, enhanced string) Protocol {
	f := strings.Fields(imapLine)
	tagged := imapStatus != "" && len(f) >= 2 && f[0] != "*" && !strings.EqualFold(f[0], imapStatus) && strings.EqualFold(f[1], imapStatus)
	// A greeting or a goodbye (220, 221, 421, 554) is what a client on
	// the wrong port meets whatever code follows it, so it overrules no
	// one.
	smtp := smtpCode >= 200 && smtpCode < 600 && enhanced != "" && smtpCode != 220 && smtpCode != 221 && smtpCode != 421 && smtpCode != 554
	switch {
	case smtp && !tagged && !pop:
		return ProtocolSMTP
	case tagged && !smtp && !pop && smtpCode == 0:
		return ProtocolIMAP
	}
	return ""
}

// protocolArticle is "an SMTP", "an IMAP", "a POP3".
func protocolArticle(p Protocol) string {
	if p == ProtocolPOP3 {
		return "a POP3"
	}
	return "an " + strings.ToUpper(string(p))
}

// authReplyStage returns the sign-in stage for a reply that can only
// answer the sign-in (SMTP's 535, 534, 538 and 235; IMAP's
// AUTHENTICATIONFAILED, and a NO that names the failed AUTHENTICATE or
// LOGIN command), "" otherwise; anyStage reports the last kind, whose
// words overrule whatever stage was given.
func authReplyStage(o *observation) (st probe.Stage, anyStage bool) {
	switch {
	case o.Protocol == ProtocolSMTP && (o.Reply == 535 || o.Reply == 534 || o.Reply == 538 || o.Reply == 235):
		// Only AUTH is answered so: any stage given is overruled (a QA
		// recheck's find: "--stage data" kept a 535 at DATA).
		return probe.StageAuthenticate, true
	case imapAuthCommandFailed(o):
		return probe.StageAuthenticate, true
	case o.Protocol == ProtocolIMAP && o.RespCode == "AUTHENTICATIONFAILED":
		return probe.StageAuthenticate, false
	}
	return "", false
}

// imapAuthCommandFailedRE is an IMAP NO that names the sign-in command it
// answers: Exchange Online's "AUTHENTICATE failed.", "LOGIN failed.".
// It is read line by line, behind a transcript's or a log's mark.
var imapAuthCommandFailedRE = regexp.MustCompile(`(?m)^[^\n]{0,80}?(?:^|[\s:>])(?:[a-z0-9._#-]{1,32} )?no (?:\[[^\]\n]{0,40}\] ?)?(?:authenticate|login) failed\.?[ \t\r]*$`)

// imapAuthCommandFailed reports an IMAP NO whose words name the failed
// sign-in command: whatever stage the caller gave (connect, greeting, a
// folder's), the reply answered the sign-in (a reviewer's find: given
// with --stage connect, Exchange's reading was lost).
func imapAuthCommandFailed(o *observation) bool {
	return o.Protocol == ProtocolIMAP && strings.Contains(o.lower, " failed") && imapAuthCommandFailedRE.MatchString(o.lower)
}

// recoveredLineRE is a program log's own words that the work went through
// (a sync that completed, mail that was sent); recoveredAfter returns the
// paste's last line when it says so and is no server reply, else "" (a
// fresh reviewer's find: a log whose last line said "Sync completed, 12
// new messages" after an AUTHENTICATE failure said nothing of it).
//
// A connection that worked says nothing of the sign-in or the sending that
// failed ("connected successfully" after a 535; a code review's find): it
// is not among them.
var recoveredLineRE = regexp.MustCompile(`(?i)\b(sync(hroni[sz]ation)? (completed|finished|succeeded|done)|(messages?|mails?|e-?mails?) (were |was )?sent( successfully)?\b|sent successfully|logged in successfully|fetched [0-9]+ (new )?messages?|[0-9]+ new messages?\b)`)

func recoveredAfter(text string) string {
	text = strings.TrimRight(clipUTF8Tail(text, 4<<10), " \t\r\n")
	line := strings.TrimSpace(text[strings.LastIndexByte(text, '\n')+1:])
	if line == "" || line == strings.TrimSpace(text) || !recoveredLineRE.MatchString(line) ||
		smtpLineRE.MatchString(line) || imapStatusRE.MatchString(line) || failureAfterRE.MatchString(line) {
		return ""
	}
	return line
}

// failureAfterRE is failure words on the same line as the success words
// ("0 messages sent, 3 failed").
var failureAfterRE = regexp.MustCompile(`(?i)\b(fail|error|refus|denied|reject|unable|could ?n[o']t|not sent|timed? ?out)`)

// clipUTF8Tail returns at most the last n bytes of s, from a rune start.
func clipUTF8Tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// textStageOverGiven returns the stage the reply itself answers where
// it cannot have come at the stage the caller gave, else "": a refused
// address (an X.1.x enhanced code, "Recipient address rejected") answers
// MAIL FROM or RCPT TO, not the sign-in (a fresh reviewer's find: given
// --stage authenticate, "550 5.1.1 ... User unknown" read as an unknown
// user name); and a reply to a command (an IMAP tagged status with a
// folder's response code, an SMTP reply past the greeting) cannot come
// at connect or in the TLS handshake (a tagged "NO [OVERQUOTA]" kept
// the stage connect).
func textStageOverGiven(o *observation, given probe.Stage) probe.Stage {
	if given == "" || o.Stage != given {
		return ""
	}
	// A 5.1.x beside words of the sign-in ("550 5.1.0 Authentication
	// failed", held-out rounds 2, 9 and 18) stays where it was given.
	envelope := o.Protocol == ProtocolSMTP && o.Reply >= 400 && o.Reply != 535 && o.Reply != 534 && o.Reply != 538 && o.Reply != 454 &&
		(addressRejectedRE.MatchString(o.lower) || strings.HasPrefix(o.Enhanced[min(1, len(o.Enhanced)):], ".1.") && !authWordsRE.MatchString(o.lower))
	switch {
	case envelope && (given == probe.StageAuthenticate || given == probe.StageGreeting || given == probe.StageEHLO || preSessionStage(given)):
		return probe.StageEnvelope
	case given == probe.StageAuthenticate && !authWordsRE.MatchString(o.lower):
		// A reply whose own code puts it after the sign-in (a folder's
		// [TRYCREATE], a message's 5.3.4) and has no word of a sign-in (a
		// QA recheck's find: read at authenticate, as given).
		// (A refused address is the case above, which wants a reply code:
		// "5.1.1 Command not recognized" alone, held-out round 230, is
		// a misused code at the sign-in.)
		if st := inferStage(o); st == probe.StageMailbox || st == probe.StageData {
			return st
		}
	case preSessionStage(given) && (o.Reply != 0 && o.Reply != 220 && o.Reply != 421 && o.Reply != 554 || o.Status != "" && !strings.HasPrefix(o.Evidence, "*") && !strings.HasPrefix(o.Evidence, "+") && !strings.HasPrefix(o.Evidence, "-")):
		if st := inferStage(o); st != "" && !preSessionStage(st) && st != probe.StageGreeting {
			return st
		}
	}
	return ""
}

// addressRejectedRE is a refused envelope address in Postfix's and
// Exim's words.
var addressRejectedRE = regexp.MustCompile(`\b(recipient|sender) address rejected\b|\buser unknown in [a-z ]{0,20}(table|map)\b`)

// stagePhrase names a stage in a sentence for people.
var stagePhrase = map[probe.Stage]string{
	probe.StageEnvelope:     "the envelope (MAIL FROM or RCPT TO)",
	probe.StageData:         "the message (DATA)",
	probe.StageMailbox:      "a folder command",
	probe.StageAuthenticate: "the sign-in",
	probe.StageEHLO:         "EHLO",
}

// preSessionStage reports whether st comes before any command a server
// answers: no reply to a command can have come there.
func preSessionStage(st probe.Stage) bool {
	return st == probe.StageResolve || st == probe.StageConnect || st == probe.StageTLSHandshake
}

// boundText returns s when it is at most maxExplainBytes long. A longer
// paste (a whole log) is cut to its head, its tail and the failure-looking
// lines between them, so that a failure anywhere near the end is read and
// a long run of success lines before it cannot make the reading ok; cut
// reports that it was.
func boundText(s string) (out string, cut bool) {
	if len(s) <= maxExplainBytes {
		return s, false
	}
	head := s[:explainHead]
	if i := strings.LastIndexByte(head, '\n'); i > 0 {
		head = head[:i]
	}
	tail := s[len(s)-explainTail:]
	if i := strings.IndexByte(tail, '\n'); i >= 0 && i < len(tail)-1 {
		tail = tail[i+1:]
	}
	mid := s[len(head) : len(s)-len(tail)]
	if len(mid) > maxExplainScan {
		mid = mid[len(mid)-maxExplainScan:]
	}
	budget := maxExplainBytes - len(head) - len(tail) - 2
	picked := pickFailureLines(mid, budget)
	var b strings.Builder
	b.Grow(maxExplainBytes)
	b.WriteString(head)
	b.WriteByte('\n')
	for _, p := range picked {
		b.WriteString(p.line)
		b.WriteByte('\n')
	}
	b.WriteString(tail)
	return b.String(), true
}

// pickedLine is a line of a long paste's middle, with its offset there.
type pickedLine struct {
	at   int
	line string
}

// pickFailureLines returns the middle's failure-looking lines that fit in
// budget bytes (each with its newline), in their order in mid. Going back
// from the end, it keeps each line once however often it repeats (digits
// aside: "retry 1 of 5" is "retry 2 of 5"), and lines with a 4xx or 5xx
// reply code before lines that only have a failure word: a log whose
// last megabytes repeat one warning ("timeout talking to the metrics
// server") still shows the server's refusal before them (a reviewer's
// find: such noise filled the budget, and the refusal was not read).
func pickFailureLines(mid string, budget int) []pickedLine {
	var replies, words []pickedLine
	replyBytes, wordBytes := 0, 0
	seen := map[string]bool{}
	for len(mid) > 0 && (replyBytes < budget || wordBytes < budget) {
		i := strings.LastIndexByte(mid, '\n')
		raw := mid[i+1:]
		at := i + 1
		if i < 0 {
			mid = ""
		} else {
			mid = mid[:i]
		}
		line := strings.TrimSpace(raw)
		if line == "" || len(line) > maxPickedLine || !looksLikeFailure(line) {
			continue
		}
		key := lineShape(line)
		if seen[key] {
			continue
		}
		seen[key] = true
		p := pickedLine{at: at, line: line}
		switch {
		case refusalCodeNearStart(line):
			if replyBytes+len(line)+1 <= budget {
				replies = append(replies, p)
				replyBytes += len(line) + 1
			}
		case wordBytes+len(line)+1 <= budget:
			words = append(words, p)
			wordBytes += len(line) + 1
		}
	}
	// Reply lines first, latest first, leaving room for the latest word
	// lines (up to half the budget): other lines with a status number (a
	// web log's "404 Not Found") must not push out the failure that came
	// after them (a reviewer's find); then word lines with what is left.
	reserve := min(wordBytes, budget/2)
	var picked []pickedLine
	used := 0
	for _, p := range replies {
		if used+len(p.line)+1 <= budget-reserve {
			picked = append(picked, p)
			used += len(p.line) + 1
		}
	}
	left := budget - used
	for _, p := range words {
		if len(p.line)+1 <= left {
			picked = append(picked, p)
			left -= len(p.line) + 1
		}
	}
	slices.SortFunc(picked, func(a, b pickedLine) int { return a.at - b.at })
	return picked
}

// lineShape is line with its digits taken out, so that lines that differ
// only in times, counters and ids compare equal.
func lineShape(line string) string {
	return strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return -1
		}
		return r
	}, line)
}

// failureLineWords are the words of a log line that may report a
// failure: failureWords and a protocol's or a log's own (a tagged NO, a
// POP3 -ERR, a time-out). A line with none of them, and no 4xx or 5xx
// reply code, is left out of a long paste's middle.
var failureLineWords = append([]string{"timed out", "timeout", "exception", " no ", " bad ", "-err", "bye", "abort", "disabled", "expired", "limit", "quota", "not "}, failureWords...)

// looksLikeFailure reports whether a line (at most maxPickedLine bytes)
// has a failure word or a 4xx or 5xx reply code near its start, after a
// transcript's prefix or a timestamp ("S: 535 5.7.3 ...", "<- 552 ...").
func looksLikeFailure(line string) bool {
	if refusalCodeNearStart(line) {
		return true
	}
	var buf [maxPickedLine + 2]byte
	n := copy(buf[1:], line) + 1
	buf[0], buf[n] = ' ', ' '
	low := buf[:n+1]
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	for _, w := range failureLineWords {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// refusalCodeNearStart reports whether one of the first 80 bytes of line
// begins a 4xx or 5xx reply code: three digits at the start or after a
// space, a colon, a '>' or a '-', followed by a space, a '-' or the end.
func refusalCodeNearStart(line string) bool {
	for i := 0; i < len(line)-2 && i < 80; i++ {
		if (line[i] != '4' && line[i] != '5') || !isDigit(line[i+1]) || !isDigit(line[i+2]) {
			continue
		}
		if i > 0 && !strings.ContainsRune(" \t:>-", rune(line[i-1])) {
			continue
		}
		if i+3 == len(line) || line[i+3] == ' ' || line[i+3] == '-' {
			return true
		}
	}
	return false
}

func clipEvidence(s string) string {
	if len(s) <= maxEvidence {
		return s
	}
	s = s[:maxEvidence]
	return strings.ToValidUTF8(s, "") + "…"
}

// wrapRE is a line break inside pasted text, with the indentation a log
// or mail client adds and an SMTP continuation's reply and enhanced code
// ("550-5.7.1 "); continuationRE is such a marker left inside a line by a
// paste that lost the line breaks.
var (
	wrapRE         = regexp.MustCompile(`[ \t]*\r?\n[ \t]*(?:[245][0-9]{2}[- ](?:[245]\.[0-9]{1,3}\.[0-9]{1,3}[ \t]+)?)?`)
	continuationRE = regexp.MustCompile(` [245][0-9]{2}-[245]\.[0-9]{1,3}\.[0-9]{1,3} `)
)

// unwrapLower joins the lines of a pasted text into one, so that words a
// server, a log or a mail client wrapped over lines ("on our block\n
// list", "not\n authorized") read as written. Rules read the joined
// text; the evidence keeps the lines.
func unwrapLower(lower string) string {
	lower = wrapRE.ReplaceAllString(lower, " ")
	lower = continuationRE.ReplaceAllString(lower, " ")
	// A reply whose words a log or a web page spread with runs of spaces
	// ("Daily user sending        quota exceeded", held-out round 91)
	// reads with one.
	return spacesRE.ReplaceAllString(lower, " ")
}

// spacesRE is a run of two or more spaces or tabs.
var spacesRE = regexp.MustCompile(`[ \t]{2,}`)

// k9ResponseRE is an IMAP response as K-9 Mail (Thunderbird for Android)
// logs it, its status in brackets after a tag between hashes ("null" for
// an untagged one), its parts separated by commas:
// "ImapResponseParser: conn237674745<<<#2# [OK, AUTHENTICATE completed.]",
// "<<<#null# [BYE, Session expired, please login again.]", "response: #2#
// [BAD, [CLIENTBUG], syntax: ...".
var k9ResponseRE = regexp.MustCompile(`(?m)(<<<)?#([A-Za-z0-9*]{1,32})# \[(OK|NO|BAD|BYE|PREAUTH), ([^\n]*?)\]?[ \t]*$`)

// k9ResponseLines writes K-9's responses as the status lines they are
// ("<<< 2 OK AUTHENTICATE completed.", "<<< * BYE Session expired"), so
// that they are read, and quoted, as such.
func k9ResponseLines(text string) string {
	if !strings.Contains(text, "# [") {
		return text
	}
	return k9ResponseRE.ReplaceAllStringFunc(text, func(m string) string {
		g := k9ResponseRE.FindStringSubmatch(m)
		tag, rest := g[2], g[4]
		if tag == "null" {
			tag = "*"
		}
		if strings.HasPrefix(rest, "[") { // "[AUTHENTICATIONFAILED], Authentication failed."
			rest = strings.Replace(rest, "], ", "] ", 1)
		}
		line := tag + " " + g[3] + " " + rest
		if g[1] != "" {
			return " <<< " + line
		}
		return line
	})
}

// bytesLiteralRE is a line a Python program logged as a bytes literal of
// what it read: smtplib's debug "reply: b'220 mx.example.com ESMTP\r\n'",
// or "<-- b'...'" (group 1 holds the literal), the arrow possibly after a
// log's own prefix (email-oauth2-proxy's "2022-04-29 15:17:19: IMAP
// ('127.0.0.1', 20836)     <-- b'...'", held-out round 131).
var bytesLiteralRE = regexp.MustCompile(`(?m)^(?:[ \t]*|[^\n]{0,120}?(?:<-- |reply: ))(?:<-- |reply: )?(b'[^'\n]*'|b"[^"\n]*")[ \t]*$`)

// bytesLiteralLines replaces each such line by the server's line in it.
func bytesLiteralLines(text string) string {
	if !strings.Contains(text, "b'") && !strings.Contains(text, `b"`) {
		return text
	}
	return bytesLiteralRE.ReplaceAllStringFunc(text, func(l string) string {
		return bytesLiteral(bytesLiteralRE.FindStringSubmatch(l)[1])
	})
}

// bytesLiteral returns what a Python bytes literal (b'...' or b"...")
// holds, without its escaped line end, and with an escaped line end
// inside it (two server lines read at once) made a real one; any other s
// as it is.
func bytesLiteral(s string) string {
	if len(s) < 3 || s[0] != 'b' || s[1] != '\'' && s[1] != '"' || s[len(s)-1] != s[1] {
		return s
	}
	body := strings.TrimSuffix(strings.TrimSuffix(s[2:len(s)-1], `\n`), `\r`)
	return strings.ReplaceAll(body, `\r\n`, "\n")
}

// serverLine returns what a log line quotes from the server after its
// prefix, when that is a tagged status or a reply line; else the line.
// A Python bytes literal around it (b'a1 OK done\r\n', as Python
// programs log what they read) is taken off. What follows a person's
// arrow after a line ("-ERR Authentication failed <-- here") is no
// server line.
func serverLine(l string) string {
	rest, ok := afterServerPrefix(l)
	if !ok {
		return l
	}
	rest = strings.Trim(bytesLiteral(rest), `"'`)
	if imapTaggedStatusRE.MatchString(rest) || labelledIMAPRE.MatchString(rest) || pop3StatusRE.MatchString(rest) || smtpLineRE.MatchString(rest) {
		return rest
	}
	return l
}

// IMAP status lines: "a1 NO [CODE] text", "* BYE text", or a client's
// "NO [CODE] text" without the tag. A server's source quotes its replies
// with the tag as a format verb ("%s NO Could not locate this folder",
// Citadel; held-out round 183), and Citadel's "* BYE; Server busy, try
// later" puts a semicolon after the status. Status words are upper case, as
// servers send them, so that "No such host" is not read as a NO.
var imapStatusRE = regexp.MustCompile(`^(?:(\*|[A-Za-z0-9._#-]{1,32}|%l?[sd]) )?(OK|NO|BAD|BYE|PREAUTH)(?:[ ,;]|$)`)

// imapTaggedStatusRE is an IMAP status line with its tag or "*": after a
// log's prefix, a bare "OK" is the program's own word ("[IMAP] OK,
// connection established", a person's "<-- OK so this is what I get").
var imapTaggedStatusRE = regexp.MustCompile(`^(\*|[A-Za-z0-9._#-]{1,32}|%l?[sd]) (OK|NO|BAD|BYE|PREAUTH)(?:[ ,;]|$)`)

// labelledIMAPRE is a tagged or untagged status line after an app's own
// label ("IMAP debug: 2 OK User logged in", n8n). The tag is required: a
// bare "Status: OK" is no IMAP response.
var labelledIMAPRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9 _.-]{0,30}: ((?:\*|[A-Za-z0-9._#-]{1,32}) (?:OK|NO|BAD|BYE|PREAUTH)(?:[ ,].*)?)$`)

// programStepWords are a program's names for its steps: before OK they
// make its own sentence ("Login OK; SELECT INBOX failed: Mailbox does not
// exist", "Connection OK, but ..."), not an IMAP status line with a tag,
// which a client makes of letters and digits ("a1", "A0001").
// Read as a tagged OK, the sentence was a success that hid the failure
// after it (a reviewer's finds, ok at high confidence).
var programStepWords = map[string]bool{
	"login": true, "log-in": true, "logon": true, "signin": true, "sign-in": true,
	"auth": true, "authentication": true, "connection": true, "connect": true, "connected": true,
	"test": true, "check": true, "status": true, "result": true, "server": true, "account": true,
	"imap": true, "smtp": true, "pop": true, "pop3": true, "tls": true, "ssl": true, "starttls": true,
}

// findIMAPStatus picks the status line that decides: a tagged NO or BAD
// first (it completes the command), then an untagged NO, BAD or BYE, then
// any status line (a greeting).
func findIMAPStatus(lines []string) (line, status string) {
	var untagged, any, anyStatus, untaggedStatus string
	for _, l := range lines {
		m := imapStatusRE.FindStringSubmatch(l)
		if m == nil {
			l = serverLine(l)
			if lm := labelledIMAPRE.FindStringSubmatch(l); lm != nil {
				l = lm[1]
			}
			if m = imapStatusRE.FindStringSubmatch(l); m == nil {
				continue
			}
		}
		tag, st := m[1], m[2]
		if st == "OK" && programStepWords[strings.ToLower(tag)] {
			// Only before OK: a hand-typed session may tag its commands
			// "login" or "auth", and their NO or BAD is the server's.
			continue
		}
		switch {
		case tag != "*" && (st == "NO" || st == "BAD"):
			return l, st
		case tag == "*" && (st == "NO" || st == "BAD" || st == "BYE") && untagged == "":
			untagged, untaggedStatus = l, st
		case any == "":
			any, anyStatus = l, st
		}
	}
	if untagged != "" {
		return untagged, untaggedStatus
	}
	return any, anyStatus
}

// findRespCode finds a known bracketed response code anywhere in the text
// (client messages quote "[AUTHENTICATIONFAILED] ..." without the status).
var respCodeRE = regexp.MustCompile(`\[([A-Za-z][A-Za-z/-]{1,24})[\] ]`)

func findRespCode(text string) string {
	for _, m := range respCodeRE.FindAllStringSubmatch(text, 8) {
		if c := strings.ToUpper(m[1]); knownRespCodes[c] && c != "CAPABILITY" {
			return c
		}
	}
	return ""
}

var pop3StatusRE = regexp.MustCompile(`^(\+OK|-ERR)(?:[ ]|$)`)

// findPOP3Status returns the first -ERR line, else the first +OK line.
func findPOP3Status(lines []string) (line, status string) {
	for _, l := range lines {
		l = serverLine(l)
		switch m := pop3StatusRE.FindStringSubmatch(l); {
		case m == nil:
		case m[1] == "-ERR":
			return l, m[1]
		case line == "":
			line, status = l, m[1]
		}
	}
	return line, status
}

// pop3RespCode reads "-ERR [AUTH] ..." (RFC 2449 extended response codes).
func pop3RespCode(line string) string {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "-ERR"), "+OK"))
	if !strings.HasPrefix(rest, "[") {
		return ""
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return ""
	}
	c := strings.ToUpper(rest[1:end])
	// "[LOGIN-DELAY 900]": the code, then its argument (review 14).
	if i := strings.IndexByte(c, ' '); i > 0 {
		c = c[:i]
	}
	if i := strings.IndexByte(c, '/'); i > 0 && c[:i] != "SYS" {
		c = c[:i]
	}
	if knownRespCodes[c] {
		return c
	}
	return ""
}

var (
	// A reply line: three digits, then a space, a dash or the end.
	smtpLineRE = regexp.MustCompile(`^([2-5][0-5][0-9])(?:[ -]|$)`)
	// A reply code quoted inside a client message with its enhanced code:
	// "535: 5.7.139 ...", "Invalid login: 535-5.7.8 ...", CakePHP's SMTP
	// trace "[235] 2.7.0 Accepted" (held-out round 102).
	smtpEmbeddedRE = regexp.MustCompile(`(?:^|[^0-9.])([2-5][0-5][0-9])\]?[-: ]+([245]\.[0-9]{1,3}\.[0-9]{1,3})(?:[^0-9.]|$)`)
	// Python's (535, b'...') and PHP's got code "535".
	smtpQuotedRE = regexp.MustCompile(`\(([2-5][0-5][0-9]), b?['"]|got code "?([2-5][0-5][0-9])`)
	// A reply code after a client's colon, without an enhanced code:
	// "Failed to send email: 535 Login Fail", "Invalid login: 535 Error:".
	// Also "- 535 Authentication ...", a bare "(535)", and a transcript's
	// arrow: "=> 502 TLS not available", "<< 535 Authentication ...".
	// Old PHPMailer's debug "SMTP -> FROM SERVER:220-..." has no space
	// after its colon; nodemailer's info object quotes the reply in
	// single quotes (response: '250 Accepted ...'). Servers' own logs:
	// mox's "cmd=auth code=235", MailEnable's "AUTH {blank} 235
	// Authenticated" and "AUTH VHV6aWtWb24= 235 Authenticated" (the
	// client's step, then the reply). A delivery report's
	// "Diagnostic-Code: SMTP; 554 Connection refused(mx). ..." (held-out
	// round 181) quotes the receiving server's reply after "smtp;".
	smtpAfterColonRE = regexp.MustCompile(`(?:^|: |- |\(|"|\b(?i:smtp); ?|(?i:response): '|[<>] |(?i:from server):|\bcmd=[a-z]+ code=|\{blank\} |\bAUTH [A-Za-z0-9+/]{2,}={0,2} )([2-5][0-5][0-9])(?:[ -](?:[2-5][0-5][0-9] )?[A-Za-z]|\))`)
	// An enhanced status code on its own: "5.7.3 Authentication ...".
	// Exchange's NDRs write it after "#": "Remote Server returned '<
	// #4.4.7>'".
	// A fourth number after a dot ("4.3.2.1.zen.spamhaus.org", a
	// reversed address) makes it an address, not a status.
	enhancedRE = regexp.MustCompile(`(?:^|[\s(:'"\[#])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?:[\s,;:)'"\]>]|\.(?:[^0-9]|$)|$)`)
)

// maxEmbeddedReplies bounds the quoted replies findSMTPReply weighs in
// one text.
const maxEmbeddedReplies = 64

// findSMTPReply finds the SMTP reply in the text: the block of reply
// lines that tells (the last refusal of a transcript, else its first
// block), or a reply quoted in a client message; and the enhanced status
// code.
func findSMTPReply(lines []string, text string) (block []string, code int, enhanced string) {
	var cur []string
	curCode := 0
	data := false // a 354 came after the refusal that decides so far
	take := func() {
		// A refusal after positive replies ("250 Ok", then "550 ...")
		// is what went wrong; the first block stands only while nothing
		// later was refused. A command the server did not know (EHLO
		// answered 500-504, then HELO) or a STARTTLS it could not do
		// (454, then on without TLS) does not decide when the session
		// then went through: a sign-in that worked (235), or a message
		// taken (354, then 250). A refused recipient or sign-in still
		// decides: the message did not reach that recipient, and the
		// refusal's own words are what the rules read.
		switch {
		case curCode == 0:
		case code == 0 || curCode >= 400:
			block, code, data = cur, curCode, false
		case passable(code) && curCode == 354:
			data = true
		case passable(code) && (curCode == 235 || curCode == 250 && data):
			block, code = cur, curCode
		}
		cur, curCode = nil, 0
	}
	for _, l := range lines {
		if imapStatusRE.MatchString(l) {
			continue
		}
		l = replyOfServerLine(l)
		m := smtpLineRE.FindStringSubmatch(l)
		switch {
		case m != nil && (curCode == 0 || m[1] == strconv.Itoa(curCode)):
			if curCode == 0 {
				curCode, _ = strconv.Atoi(m[1])
			}
			cur = append(cur, l)
		case curCode != 0:
			take() // the block ended
			if m != nil {
				curCode, _ = strconv.Atoi(m[1])
				cur = append(cur, l)
			}
		}
	}
	take()
	if code != 0 && code < 400 {
		// Positive reply lines, and a refusal a client quotes inside its
		// own line ("SMTP -> ERROR: RCPT not accepted from server: 550
		// 5.1.1 ... User unknown" after "250 AUTH LOGIN PLAIN"): the
		// refusal is what went wrong.
		if c, e, l := quotedRefusal(lines); c != 0 {
			return []string{l}, c, e
		}
	}
	if code != 0 {
		return block, code, enhancedIn(strings.Join(block, "\n"))
	}
	text = withoutClientLines(lines, text)
	if all := smtpEmbeddedRE.FindAllStringSubmatch(text, maxEmbeddedReplies); all != nil {
		// As with reply lines: a later refusal wins over an earlier
		// success ("status=sent (250 2.0.0 ...)", then "said: 550 5.1.1").
		m := all[0]
		for _, e := range all[1:] {
			if e[1][0] >= '4' {
				m = e
			}
		}
		code, _ = strconv.Atoi(m[1])
		return foldedLines(text, lineOf(lines, m[0])), code, m[2]
	}
	if m := smtpQuotedRE.FindStringSubmatch(text); m != nil {
		c := m[1]
		if c == "" {
			c = m[2]
		}
		code, _ = strconv.Atoi(c)
		return foldedLines(text, lineOf(lines, m[0])), code, enhancedIn(text)
	}
	if e := enhancedIn(text); e != "" {
		// qmail's "(#5.5.1)" after a reply a client quoted: "Invalid
		// login - 502 unimplemented (#5.5.1)".
		if m := replyAfterColon(text); m != nil && m[1][0] == e[0] {
			code, _ = strconv.Atoi(m[1])
			return []string{lineOf(lines, m[0][:len(m[0])-1])}, code, e
		}
		return []string{lineOf(lines, e)}, 0, e
	}
	if m := replyAfterColon(text); m != nil {
		code, _ = strconv.Atoi(m[1])
		return []string{lineOf(lines, m[0][:len(m[0])-1])}, code, ""
	}
	if code = libraryReplyCode(text); code != 0 { // explain_libraries.go
		return nil, code, ""
	}
	return nil, 0, ""
}

// clientLineRE is a transcript's line the client sent ("C: ", PHPMailer's
// "CLIENT -> SERVER:" and old "CLIENT -> SMTP:", sendmail's ">>> "; "-->" is
// the client in some logs and the server in others):
// a number in it, the message's own text included, is no reply.
var clientLineRE = regexp.MustCompile(`^(\S+\s+){0,4}(C: |C> |CLIENT -> (SERVER|SMTP): ?|>>> )`)

// passable reports a refusal a client may go past in the same session:
// a command the server does not know (500-504), STARTTLS not available
// (454).
func passable(code int) bool {
	return code >= 500 && code <= 504 || code == 454
}

// serverPrefixRE is a transcript's or log's prefix before a line the
// server sent. Word prefixes and long arrows may follow up to twelve words
// (a timestamp, a logcat or Spring Boot header, a log's quoted fields) and
// an optional quote: "S: ", "S< ", "SERVER -> CLIENT: ", old PHPMailer's
// "SMTP -> FROM SERVER:", Roundcube's "Recv: ", hMailServer's "SENT: "
// (its own replies) and "RECEIVED: " (what a remote server sent its
// client side), fetchmail's "POP3< ", "IMAP< ", Thunderbird's "SMTP
// Response: ", sendEmail's "SUCCESS => Received: ", K-9's "SMTP <<< ", mailsend-go's "[S] ", swaks's "<~ ", "<~* ", "<- ", "<** ",
// "<-- ", a protocol in brackets ("[IMAP] ", "[SMTP] ") and Perl's
// Net::Cmd debug ("Net::SMTP=GLOB(0x5f0a)<<< ", held-out round 249); a prefix
// counts only at the start of a word or after a logger's dotted name
// ("Imap.S: "), so "ERRORS: OK" holds no "S: ". Short arrows ("< ",
// "<< ", "<= ": curl, SnappyMail's "IMAP[INFO]: < "; mutt's debug log
// "5< " with its level; a monitoring probe's " Out: " beside its " In: ")
// count only at the
// start of the line or after timestamps and log labels ending in "]" or
// ":": in prose, "limit <= 250 MB" is a comparison. IMAP, POP3 and SMTP
// read the same list.
var serverPrefixRE = regexp.MustCompile(`^(?:(?:\S+\s+){0,12}["']?(?:[A-Za-z0-9_]+\.)?(?:S: |S< |\[S\] |SERVER -> CLIENT: ?|(?i:smtp -> from server): ?|<-- |<<< |RECV: |Recv: |RECEIVED: |SENT: |POP3< |IMAP4?< |SMTP Response: |=> Received: +|<~\*? +|<- +|<\*\* +|\[(?:IMAP4?|SMTP|POP3?)\] |\w+(?:::\w+)*=GLOB\(0x[0-9a-fA-F]+\)<<< )|(?:(?:\S*[\]:]|\[?[0-9][0-9:./T,+-]*)\s+){0,8}(?:<< |<= |< +|[1-5]< |Out: +))`)

// serverPrefixMarks are pieces of which every server prefix
// (serverPrefixRE) holds one: every arrow has its "<", and the words
// their colon or bracket. Most lines of a long log hold none, and the
// pattern's leading words are slow to try on every line (a 64 KiB log
// spent a fifth of its time there; BenchmarkExplainLarge).
var serverPrefixMarks = []string{"<", "S: ", "[S] ", " -> ", "RECV: ", "Recv: ", "RECEIVED: ", "SENT: ", "Response: ", "Received: ", "[IMAP", "[SMTP] ", "[POP", "Out: "}

// mayHoldServerPrefix reports whether l holds one of serverPrefixMarks.
func mayHoldServerPrefix(l string) bool {
	for _, m := range serverPrefixMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// afterServerPrefix returns a line, trimmed, without its transcript's
// server prefix (serverPrefixRE), and whether it had one.
func afterServerPrefix(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if !mayHoldServerPrefix(t) {
		return t, false
	}
	loc := serverPrefixRE.FindStringIndex(t)
	if loc == nil {
		return t, false
	}
	return strings.TrimSpace(t[loc[1]:]), true
}

// replyOfServerLine returns what a transcript's server line says after
// its prefix (serverLine), when that is an SMTP reply line; else l.
func replyOfServerLine(l string) string {
	if r := serverLine(l); r != l && smtpLineRE.MatchString(r) {
		return r
	}
	return l
}

// quotedRefusal returns the refusal (4xx or 5xx) quoted with its enhanced
// code in a line after the last reply line, with that enhanced code and
// the line, when it is the last code quoted there; 0 otherwise. A
// refusal before the last reply (a retry that then worked), one the
// client sent (the message's text), a Postfix reject_warning, or one a
// later success follows ("status=sent (250 2.0.0 ...)") is not what went
// wrong.
func quotedRefusal(lines []string) (code int, enhanced, line string) {
	last := -1
	for i, l := range lines {
		if smtpLineRE.MatchString(replyOfServerLine(l)) { // bare, or after a server prefix
			last = i
		}
	}
	for _, l := range lines[last+1:] {
		if clientLineRE.MatchString(l) || strings.Contains(l, "reject_warning") {
			continue
		}
		at := -1 // where in l the last code found starts
		for _, loc := range smtpEmbeddedRE.FindAllStringSubmatchIndex(l, maxEmbeddedReplies) {
			code, _ = strconv.Atoi(l[loc[2]:loc[3]])
			enhanced, line, at = l[loc[4]:loc[5]], l, loc[2]
		}
		// A refusal without an enhanced code after the client's own error
		// words ("ERROR: Password not accepted from server: 535 ...").
		for _, loc := range smtpAfterColonRE.FindAllStringSubmatchIndex(l, maxEmbeddedReplies) {
			if loc[2] > at && l[loc[2]] >= '4' && clientErrorBeforeRE.MatchString(l[:loc[2]]) {
				code, _ = strconv.Atoi(l[loc[2]:loc[3]])
				enhanced, line, at = "", l, loc[2]
			}
		}
	}
	if code < 400 {
		return 0, "", ""
	}
	return code, enhanced, line
}

// sourceLineRE is a source file's extension, the end of the text before
// a parenthesis (spaces trimmed): the "(230)" after "File:
// .../Client.php" (FreeScout, Webklex php-imap) is a line number, no
// reply code.
var sourceLineRE = regexp.MustCompile(`\.(?:php|py|rb|js|ts|go|java|cs|c|cc|cpp|h|pl|kt|rs)$`)

// withoutClientLines returns text without the lines the client sent
// (clientLineRE): a code in them, the message's own text included, is no
// reply.
func withoutClientLines(lines []string, text string) string {
	var keep []string
	dropped := false
	for _, l := range lines {
		if clientLineRE.MatchString(l) {
			dropped = true
			continue
		}
		keep = append(keep, l)
	}
	if !dropped {
		return text
	}
	return strings.Join(keep, "\n")
}

// clientErrorBeforeRE is a client's own error words before a reply it
// quotes on the same line ("SMTP -> ERROR: Password not accepted from
// server: 535 ...").
var clientErrorBeforeRE = regexp.MustCompile(`(?i)\berror\b|not accepted|failed`)

// replyAfterColon returns the match of smtpAfterColonRE that decides, or
// nil: the first match (source line numbers left out), unless a later
// refusal is quoted after the client's own error words on its line (old
// PHPMailer's "FROM SERVER:220 ..." then "ERROR: Password not accepted
// from server: 535 ..."). findSMTPReply has taken the client's own lines
// out of text (withoutClientLines).
func replyAfterColon(text string) []string {
	var first, refusal []string
	for _, loc := range smtpAfterColonRE.FindAllStringSubmatchIndex(text, maxEmbeddedReplies) {
		if text[loc[0]] == '(' && afterSourceFile(text[:loc[0]]) {
			continue
		}
		// An application's own status before its exception ("Code: 500
		// Exception: Connection could not be established ...
		// [Connection refused #111]", held-out round 105) is no reply.
		if rest := text[loc[3]:]; len(rest) >= len(" exception") && strings.EqualFold(rest[:len(" exception")], " exception") {
			continue
		}
		start := strings.LastIndexByte(text[:loc[0]], '\n') + 1
		m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]]}
		if first == nil {
			first = m
		}
		if m[1][0] >= '4' && clientErrorBeforeRE.MatchString(text[start:loc[0]]) {
			refusal = m
		}
	}
	if refusal != nil {
		return refusal
	}
	return first
}

// afterSourceFile reports whether before ends in a source file's name,
// spaces aside. Only its last bytes are read: a regexp anchored at the end
// would scan the whole text before each of up to maxEmbeddedReplies
// parentheses.
func afterSourceFile(before string) bool {
	before = strings.TrimRight(before, "\t\n\f\r ") // RE2's \s
	return sourceLineRE.MatchString(before[max(0, len(before)-len(".java")):])
}

func enhancedIn(s string) string {
	for _, loc := range enhancedRE.FindAllStringSubmatchIndex(s, maxEmbeddedReplies) {
		if versionBeforeRE.MatchString(s[max(0, loc[2]-24):loc[2]]) {
			continue // "CommuniGate Pro 5.0.9", "Exim 4.96.2": a version
		}
		return s[loc[2]:loc[3]]
	}
	return ""
}

// versionBeforeRE is a product or version word just before a dotted
// number: the number is that product's version, no enhanced status code.
var versionBeforeRE = regexp.MustCompile(`(?i)\b(pro|exim|postfix|sendmail|dovecot|qmail|courier|smtpd|communigate|mdaemon|version|ver\.?|v|release|build)\s*$`)

// lineOf returns the first line containing s, or s itself.
func lineOf(lines []string, s string) string {
	s = strings.TrimSpace(s)
	for _, l := range lines {
		if strings.Contains(l, s) {
			return l
		}
	}
	return s
}

// stackFrameRE is an indented line of a program's stack trace (Java's
// "\tat com.sun.mail...", Python's "  File ...", "... 12 more"): the
// program's, never the server's folded words (a reviewer's find).
var stackFrameRE = regexp.MustCompile(`^\s+(at [\w$.<>/-]+[.(]|File "|\.\.\. \d+ more|Caused by:|Traceback)`)

// maxFoldedLines bounds the continuation lines a quoted reply takes.
const maxFoldedLines = 6

// foldedLines returns line and the continuation lines that follow it in
// text: indented lines, as Postfix's bounces and Exchange's non-delivery
// reports fold a long reply ("said: 550 5.1.1" then "    <a@b>:
// Recipient address rejected: User unknown ..."), so that the server's
// words are quoted whole, not cut at the fold (a new CLI user's find).
func foldedLines(text, line string) []string {
	out := []string{line}
	raw := strings.Split(text, "\n")
	for i, l := range raw {
		if strings.TrimSpace(l) != line {
			continue
		}
		for _, next := range raw[i+1:] {
			next = strings.TrimRight(next, "\r")
			if len(out) > maxFoldedLines || next == "" || (next[0] != ' ' && next[0] != '\t') || strings.TrimSpace(next) == "" ||
				stackFrameRE.MatchString(next) {
				break
			}
			out = append(out, strings.TrimSpace(next))
		}
		break
	}
	return out
}

// detectProtocol guesses the protocol from the text's structure first,
// then from words, ports and the host name.
func detectProtocol(lower, host string, imap, pop3, smtp bool) Protocol {
	switch {
	case pop3 && !imap:
		return ProtocolPOP3
	case imap && !smtp:
		return ProtocolIMAP
	case smtp && !imap:
		return ProtocolSMTP
	}
	score := map[Protocol]int{}
	for _, w := range protocolWords {
		if strings.Contains(lower, w.word) {
			score[w.proto] += w.weight
		}
	}
	h := strings.ToLower(host)
	switch {
	case strings.HasPrefix(h, "imap"), strings.Contains(h, ".imap."):
		score[ProtocolIMAP] += 3
	case strings.HasPrefix(h, "smtp"), strings.HasPrefix(h, "mail.") && smtp:
		score[ProtocolSMTP] += 3
	case strings.HasPrefix(h, "pop"):
		score[ProtocolPOP3] += 3
	}
	best, bestScore := Protocol(""), 0
	for _, p := range []Protocol{ProtocolIMAP, ProtocolSMTP, ProtocolPOP3} {
		if score[p] > bestScore {
			best, bestScore = p, score[p]
		}
	}
	return best
}

// clientSchemeRE is the first line of MailKit's protocol log ("Connected
// to smtp://smtp.example.com:587/?starttls=when-available"), or the
// package that wrote one of mailcheck's own errors ("smtpcheck: not an
// SMTP reply: ..."): it names the client's protocol, whatever the server
// answered.
var clientSchemeRE = regexp.MustCompile(`(?i)\bconnected to (smtp|imap|pop)s?://|^\s*(smtp|imap)check: `)

// clientScheme returns the protocol a client's log names as its own, or "".
func clientScheme(text string) Protocol {
	m := clientSchemeRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	switch strings.ToLower(m[1] + m[2]) {
	case "smtp":
		return ProtocolSMTP
	case "imap":
		return ProtocolIMAP
	}
	return ProtocolPOP3
}

// protocolWords are words that point at a protocol in client messages.
var protocolWords = []struct {
	word   string
	proto  Protocol
	weight int
}{
	{"imap", ProtocolIMAP, 2}, {"authenticate failed", ProtocolIMAP, 2}, {"(failure)", ProtocolIMAP, 1},
	{":993", ProtocolIMAP, 2}, {":143", ProtocolIMAP, 2}, {"mailbox", ProtocolIMAP, 1},
	// imapsync's error names for a refused APPEND ("ERR_APPEND_SIZE").
	{"err_append", ProtocolIMAP, 3},
	{"smtp", ProtocolSMTP, 2}, {"esmtp", ProtocolSMTP, 1}, {"gsmtp", ProtocolSMTP, 2},
	{"mail from", ProtocolSMTP, 2}, {"rcpt", ProtocolSMTP, 2}, {"ehlo", ProtocolSMTP, 2},
	{"relay", ProtocolSMTP, 1}, {"sender", ProtocolSMTP, 1}, {"send mail", ProtocolSMTP, 1},
	{"client submission", ProtocolSMTP, 2}, {"sendas", ProtocolSMTP, 2},
	// nodemailer's error object: "code: 'EAUTH', ... command: 'AUTH LOGIN'".
	{"'eauth'", ProtocolSMTP, 2}, {"command: 'auth ", ProtocolSMTP, 2},
	{":465", ProtocolSMTP, 2}, {":587", ProtocolSMTP, 2}, {":25 ", ProtocolSMTP, 1}, {":25:", ProtocolSMTP, 1},
	{"pop3", ProtocolPOP3, 3}, {"poplib", ProtocolPOP3, 3}, {":995", ProtocolPOP3, 2}, {":110", ProtocolPOP3, 2},
}

// envelopeInText tells which envelope command a pasted text answered when
// it says so: Postfix's "(in reply to MAIL FROM command)", nodemailer's
// "Mail command failed", PHPMailer's "MAIL FROM command failed", and the
// same for RCPT TO.
func envelopeInText(lower string) string {
	switch {
	case strings.Contains(lower, "in reply to mail from"), strings.Contains(lower, "mail command failed"),
		strings.Contains(lower, "mail from command failed"):
		return "mail"
	case strings.Contains(lower, "in reply to rcpt to"), strings.Contains(lower, "rcpt command failed"),
		strings.Contains(lower, "rcpt to command failed"), strings.Contains(lower, "recipient command failed"):
		return "rcpt"
	}
	return ""
}

// portInText returns the first host:port port in the text, if any.
var portRE = regexp.MustCompile(`(?:[A-Za-z0-9\]]:|(?i:\bport\b):? ?)([0-9]{2,5})\b`)

func portInText(text string) int {
	for _, m := range portRE.FindAllStringSubmatch(text, 4) {
		if p, err := strconv.Atoi(m[1]); err == nil && p > 0 && p < 65536 {
			switch p {
			case 25, 110, 143, 465, 587, 993, 995, 1025, 1143, 2525:
				return p
			}
		}
	}
	return 0
}

// inferStage guesses the stage of a server reply without a hint, from
// what the text itself tells: a greeting, an EHLO reply, a reply to AUTH
// (535, 534, 538, 454, words about the password or the login), a reply
// after the login (an IMAP folder or quota code, an SMTP address, mailbox
// or size status). A refusal that tells none of these keeps the stage
// unknown, and the rules then do not read it as a refused password.
func inferStage(o *observation) probe.Stage {
	switch {
	case o.Reply == 220, o.Status == "OK" && strings.HasPrefix(o.Evidence, "*"),
		o.Status == "+OK" && strings.Contains(o.lower, "ready"):
		return probe.StageGreeting
	case o.Reply == 250 && strings.Contains(o.lower, "auth"):
		return probe.StageEHLO
	case o.Reply == 535, o.Reply == 534, o.Reply == 538, o.Reply == 454 && !strings.Contains(o.lower, "tls"):
		return probe.StageAuthenticate
	}
	switch o.RespCode {
	case "TRYCREATE", "NONEXISTENT", "OVERQUOTA", "ALREADYEXISTS", "NOPERM", "THROTTLED", "TOOBIG":
		return probe.StageMailbox
	case "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN", "AUTH":
		return probe.StageAuthenticate
	}
	if e := o.Enhanced; len(e) >= 4 {
		switch e[1:] {
		case ".3.4", ".2.3":
			return probe.StageData
		}
		switch e[1:3] {
		case ".1", ".2":
			return probe.StageEnvelope
		}
	}
	if o.Reply >= 400 && authAcceptedRE.MatchString(o.lower) {
		// The sign-in worked (235) and a refusal came after it ("235 2.7.0
		// Authentication successful" then "550 5.7.1 Relaying denied"; a
		// reviewer's find, read at the sign-in): the envelope's, when its
		// words say so.
		if envelopeWordsRE.MatchString(o.lower) {
			return probe.StageEnvelope
		}
		return ""
	}
	if (o.Status != "" || o.Reply != 0) && authWordsRE.MatchString(o.lower) && !mailAuthWordsRE.MatchString(o.lower) {
		return probe.StageAuthenticate
	}
	return ""
}

// authAcceptedRE is SMTP's reply to a sign-in that worked, at a line's
// start; envelopeWordsRE the words of a refused sender or recipient.
var (
	authAcceptedRE  = regexp.MustCompile(`(^|\n|[:<>] ?)235[ -]`)
	envelopeWordsRE = regexp.MustCompile(`\b(relay(ing)?|recipient|rcpt|sender|mail from)\b`)
)

// authWordsRE finds words about signing in: a reply that uses them
// answered a sign-in (or speaks of one), whatever its code.
// mailAuthWordsRE: words beside "auth" or "login" that are no sign-in of
// the account: the message's own authentication (SPF, DKIM, DMARC), a
// delisting page to log in to, a From address matched against the login
// (a sender refusal), an EHLO reply's AUTH capability line.
var mailAuthWordsRE = regexp.MustCompile(`\b(spf|dkim|dmarc|arc)\b|delist|\bfrom address\b|\bsender\b|250[- ]auth\b`)

var authWordsRE = regexp.MustCompile(`passw|credential|authenticat|\blog ?in\b|\blogon\b|sign[- ]?in|user ?name|\bauth\b|app(lication)?[- ]specific`)

// Sign-in lines of a pasted session, as the server wrote them: a refusal
// of the sign-in, and its success.
var (
	signInRefusedRE = regexp.MustCompile(`(?i)^(?:[a-z0-9.]{1,12} (?:no|bad)\b.*\b(?:authenticat|log ?in|logon|credential|password|user ?name|mechanism)|535[ -]|(?:504|534)[ -].*\b(?:auth|mechanism)|-err\b.*\b(?:authenticat|log ?in|logon|credential|password|user ?name|invalid|denied|failed|mechanism))`)
	signInOKRE      = regexp.MustCompile(`(?i)^(?:[a-z0-9.]{1,12} ok\b.*\b(?:log ?in|authenticate|logged in|authenticated)\b|235[ -]|\+ok\b.*\b(?:logged in|authenticated|authentication successful|(?:maildrop|mailbox) (?:locked and )?ready))`)
	laterRefusalRE  = regexp.MustCompile(`(?i)^(?:[a-z0-9.]{1,12} (?:no|bad)\b|\* bye\b|[45][0-9][0-9][ -]|-err\b)`)
	// logoutByeRE is the goodbye to a LOGOUT, which ends a session that
	// worked.
	logoutByeRE = regexp.MustCompile(`(?i)^\* bye\b.*\blog(ging )?out\b`)
)

// signInRetried reads a pasted session whose sign-in was refused and
// then, tried again, accepted ("a1 NO [AUTHENTICATIONFAILED] ..." then
// "a2 OK LOGIN completed"; or a mechanism the server does not take,
// "504 5.7.4 Unrecognized authentication type", then another that worked). When nothing is refused after the accepting
// line, the session ends signed in and ok is that line. When something
// is (a full mailbox, an unknown recipient), rest is the session after
// the accepting line: what failed then is the story, and the refused
// first try is not (a new CLI user's finds: the retried session read as
// the refusal, and a later failure was quoted and staged at the
// superseded login). Otherwise both are empty.
func signInRetried(lines []string) (ok string, rest []string) {
	refused, accepted := -1, -1
	for i, l := range lines {
		l = strings.TrimSpace(serverLine(l))
		switch {
		case signInOKRE.MatchString(l):
			if refused >= 0 && accepted < 0 {
				accepted, ok = i, l
			}
		case logoutByeRE.MatchString(l):
		case signInRefusedRE.MatchString(l):
			if accepted >= 0 {
				return "", lines[accepted+1:]
			}
			refused = i
		case accepted >= 0 && laterRefusalRE.MatchString(l):
			return "", lines[accepted+1:]
		}
	}
	if accepted < 0 {
		return "", nil
	}
	return ok, nil
}

// The words programs use for a certificate that names other hosts, with
// the host connected to and the names the certificate covers, where the
// program checks the name only once the chain is trusted: Node's "Host:
// c. is not in the cert's altnames: DNS:a, DNS:b", Python's "hostname 'c'
// doesn't match either of 'a', 'b'", and Go's "x509: certificate is
// valid for a, b, not c" where every name is a public one (see
// goCertNamesRE).
var (
	nodeCertNamesRE   = regexp.MustCompile(`(?i)host: ([^\s]{1,253}?)\.? is not in the cert's altnames: ([^\n]{1,600})`)
	pythonCertNamesRE = regexp.MustCompile(`hostname '([^'\n]{1,253})' doesn't match (?:either of )?('[^\n]{1,600})`)
	// goCertNamesRE is Go's "x509: certificate is valid for a, b, not c",
	// read only where every name is a public host name (publicCertNames):
	// a shared host's "*.secureserver.net" means "use the name it covers"
	// (a fresh reviewer's find: told to renew the certificate).
	goCertNamesRE = regexp.MustCompile(`x509: certificate is valid for ([^\n]{1,600}?), not ([^\s,]{1,253}?)\.?(?:\s|$|")`)
)

// publicCertNames reports whether every name of a comma-separated list is
// a public host name: dotted, no address, and no local name, as Go's
// wording reads the same for a self-signed certificate for "localhost"
// (Go checks the name first), where "use the name it covers" would send
// the person to localhost.
func publicCertNames(list string) bool {
	for _, n := range strings.Split(list, ",") {
		n = strings.ToLower(strings.TrimSpace(n))
		if !strings.Contains(n, ".") || net.ParseIP(n) != nil || n == "localhost" || strings.HasSuffix(n, ".localhost") ||
			strings.HasSuffix(n, ".local") || strings.HasSuffix(n, ".localdomain") || strings.HasSuffix(n, ".internal") || strings.HasSuffix(n, ".lan") {
			return false
		}
	}
	return true
}

// pastedCertNames reads, from a pasted certificate error, the host the
// program connected to and the names the certificate covers, as far as
// they are host names or addresses; empty when the words do not say.
func pastedCertNames(text string) (host string, names []string) {
	var list string
	if m := nodeCertNamesRE.FindStringSubmatch(text); m != nil {
		host, list = m[1], m[2]
	} else if m := pythonCertNamesRE.FindStringSubmatch(text); m != nil {
		host, list = m[1], strings.NewReplacer("'", "", " or ", ", ").Replace(m[2])
	} else if m := goCertNamesRE.FindStringSubmatch(text); m != nil && publicCertNames(m[1]) {
		host, list = m[2], m[1]
	} else {
		return "", nil
	}
	for _, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		n = strings.TrimPrefix(strings.TrimPrefix(n, "DNS:"), "IP Address:")
		n = strings.TrimRight(n, ".\"'")
		if certNameRE.MatchString(n) {
			names = append(names, n)
		}
	}
	if !certNameRE.MatchString(host) || len(names) == 0 {
		return "", nil
	}
	return host, names
}
