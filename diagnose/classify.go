package diagnose

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// ClassifyIMAP reads one IMAP probe result and returns its findings: first
// the primary one (the failure, or a finding with Code ok and severity
// info when everything the probe tried worked), then warnings. p is the
// detected provider; its ID selects provider-specific rules and
// remediation. A nil r yields nil.
//
// ClassifyIMAP is pure: it performs no I/O and reads no clock (certificate
// expiry is measured from r.StartedAt). Every returned code is Known.
//
// Dated advice (Microsoft's end-2026 SMTP AUTH change) is worded for the
// day of r.StartedAt.
func ClassifyIMAP(r *imapcheck.Result, p Provider) []Finding {
	if r == nil {
		return nil
	}
	return classifyIMAPAt(r, p, r.StartedAt)
}

// classifyIMAPAt is ClassifyIMAP with dated advice worded for now.
func classifyIMAPAt(r *imapcheck.Result, p Provider, now time.Time) []Finding {
	v := varsFor(r.Username)
	v.Now = now
	var primary Finding
	if r.OK {
		primary = okFinding(ProtocolIMAP, r.Stage, r.StopReason)
	} else {
		primary = classify(observeIMAP(r, p), v)
	}
	out := []Finding{primary}
	return append(out, imapWarnings(r, p, v)...)
}

// ClassifySMTP reads one SMTP probe result and returns its findings: the
// primary one first (a failure, including a refused envelope check:
// sender_not_permitted, relay_denied or sending_blocked; or ok), then
// warnings. It is pure, like ClassifyIMAP. A nil r yields nil.
func ClassifySMTP(r *smtpcheck.Result, p Provider) []Finding {
	if r == nil {
		return nil
	}
	return classifySMTPAt(r, p, r.StartedAt)
}

// classifySMTPAt is ClassifySMTP with dated advice worded for now.
func classifySMTPAt(r *smtpcheck.Result, p Provider, now time.Time) []Finding {
	v := varsFor(r.Username)
	v.Now = now
	var primary Finding
	if r.OK {
		primary = okFinding(ProtocolSMTP, r.Stage, r.StopReason)
	} else {
		primary = classify(observeSMTP(r, p), v)
	}
	out := []Finding{primary}
	return append(out, smtpWarnings(r, p, v)...)
}

// classify runs the rules over o and builds the finding, with remediation.
func classify(o *observation, v Vars) Finding {
	f := findingFor(o, firstMatch(o))
	attachRemediation(&f, o.Provider, v)
	return f
}

// findingFor builds the finding a rule decides; a nil rule gives unknown.
func findingFor(o *observation, r *rule) Finding {
	f := Finding{
		Code:         CodeUnknown,
		Severity:     SeverityError,
		Protocol:     o.Protocol,
		Stage:        o.Stage,
		Confidence:   ConfidenceLow,
		Evidence:     Evidence{Text: o.Evidence, Kind: unmatchedKind(o)},
		Alternatives: []Alternative{},
		OAuth:        o.OAuth,
	}
	if o.Net != nil && o.Evidence == netEvidence(o.Net) {
		f.Evidence.Kind = "network"
	}
	if r == nil {
		f.Summary = defaultSummary[CodeUnknown] + " " + lowConfidenceNote
		return f
	}
	f.Code = r.Code
	f.OAuth = (f.OAuth || r.Token) && !r.Password && !r.Local
	f.phase = r.Phase
	f.situation = r.Situation
	f.Confidence = r.Confidence
	f.Scope = r.Scope
	f.Summary = r.Summary
	if f.Summary == "" {
		f.Summary = defaultSummary[r.Code]
	}
	f.Evidence.Kind = r.evidenceKind(o)
	f.Evidence.Rule = r.ID
	f.Evidence.Source = r.Source
	if f.Evidence.Text == "" && r.Stop != "" {
		f.Evidence.Text = "probe stopped: " + string(r.Stop)
	}
	relayAfterSignIn := f.Code == CodeRelayDenied && o.SignedIn && f.situation == ""
	for _, a := range r.Alternatives {
		if a.Code != f.Code && !(relayAfterSignIn && a.Code == CodeInvalidCredentials) {
			f.Alternatives = append(f.Alternatives, a)
		}
	}
	if relayAfterSignIn {
		// The usual reading of a relay refusal, a program that did not
		// sign in, is not what happened (a fresh reviewer's find: "Turn
		// on SMTP authentication" beside the 235 that answered it).
		f.situation = "relay-after-signin"
		f.Summary += " The sign-in itself worked: the server accepted it before this refusal, so the password is not the problem."
	}
	if f.Code == CodeTLSCertificate && o.Net != nil {
		f.CertReason = o.Net.CertReason
		if f.CertReason == "" {
			f.CertReason = probe.CertOther
		}
		if s, ok := certReasonSummary[f.CertReason]; ok && f.Summary == defaultSummary[CodeTLSCertificate] {
			f.Summary = s
			if f.CertReason == probe.CertWrongHost && len(o.CertNames) > 0 && o.Host != "" && len(o.CertNames[0]) <= maxCertNamesText {
				f.Summary = fmt.Sprintf("The server's certificate is for %s, not for %s, the name connected to.", listNames(o.CertNames), o.Host)
				if f.situation == "" {
					f.situation = "cert-other-name"
				}
			}
		}
		// A clock, or an issuer no one here trusts: their own steps, not
		// "renew the certificate" (a new CLI user's find).
		if f.situation == "" {
			switch f.CertReason {
			case probe.CertNotYetValid:
				f.situation = "cert-not-yet-valid"
			case probe.CertUnknownAuthority:
				f.situation = "cert-unknown-issuer"
			}
		}
	}
	if f.Code == CodeOK {
		f.Severity = SeverityInfo
		f.Alternatives = []Alternative{}
		return f
	}
	if r.ServerWords && !o.programWords() {
		if w := replyWords(o.Evidence); w != "" {
			f.ServerSays = w
			f.Summary = "The server says: \"" + w + "\". " + f.Summary
		}
	}
	if f.Confidence == ConfidenceLow {
		f.Summary += " " + lowConfidenceNote
	}
	return f
}

// lowConfidenceNote ends the summary of every low-confidence finding, so
// that the person reading it knows it is a guess.
const lowConfidenceNote = "This is a guess: the evidence is thin and fits other causes too; check the alternatives."

// guessTitlePrefix starts the advice's title when the finding is a guess.
const guessTitlePrefix = "If this is the cause: "

// lowerFirst lower-cases the first letter of s, for a title that follows
// another phrase; a title that starts with a name keeps it.
func lowerFirst(s string) string {
	for _, name := range []string{"Microsoft", "Google", "Gmail", "Yahoo", "iCloud", "Apple", "Exchange", "Outlook", "IMAP", "SMTP", "POP", "TLS", "STARTTLS", "DNS", "OAuth", "GoDaddy", "Zoho", "Dovecot", "Postfix"} {
		if strings.HasPrefix(s, name) {
			return s
		}
	}
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// maxServerSays bounds the server's words quoted in a summary.
const maxServerSays = 300

// replyWords returns the human words of a server reply: without the IMAP
// tag, status and response code, the SMTP reply and enhanced codes, the
// POP3 status, and a trailing bracket of server ids (Microsoft's
// "[MN2PR05CA0004.namprd05.prod.outlook.com ...]"). Lines of a multi-line
// reply are joined.
func replyWords(evidence string) string {
	var parts []string
	for _, l := range strings.Split(evidence, "\n") {
		l = strings.TrimSpace(l)
		if m := imapStatusRE.FindStringIndex(l); m != nil {
			l = l[m[1]:]
		}
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, "-ERR"), "+OK"))
		if m := smtpLineRE.FindStringIndex(l); m != nil {
			l = l[m[1]:]
		}
		l = strings.TrimSpace(l)
		if m := leadingEnhancedRE.FindStringIndex(l); m != nil {
			l = l[m[1]:]
		}
		for strings.HasPrefix(l, "[") {
			end := strings.IndexByte(l, ']')
			if end < 0 {
				break
			}
			l = strings.TrimSpace(l[end+1:])
		}
		l = strings.TrimSpace(serverIDTrailerRE.ReplaceAllString(l, ""))
		// Postfix's stock words before the reason it appends: "535 5.7.8
		// Error: authentication failed: Account disabled" says
		// "Account disabled".
		if m := stockReasonPrefixRE.FindStringIndex(l); m != nil && m[1] < len(l) {
			l = strings.TrimSpace(l[m[1]:])
		}
		if l != "" {
			parts = append(parts, l)
		}
	}
	w := strings.Join(parts, " ")
	if len(w) > maxServerSays {
		w = strings.ToValidUTF8(w[:maxServerSays], "") + "…"
	}
	return w
}

var (
	stockReasonPrefixRE = regexp.MustCompile(`(?i)^(error: )?authentication failed: `)
	leadingEnhancedRE   = regexp.MustCompile(`^[245]\.[0-9]{1,3}\.[0-9]{1,3}\s*`)
	serverIDTrailerRE   = regexp.MustCompile(`\s*\[[A-Za-z0-9-]+\.[A-Za-z0-9.-]+\.(com|net|org)[^\]]*\]\s*$`)
)

// Rule ids of the ok findings of probes: a real sign-in that worked, and a
// connectivity-only check.
const (
	ruleProbeOK        = "probe-ok"
	ruleProbeReachable = "probe-reachable"
)

// okFinding is the primary finding of a probe that did what it tried.
func okFinding(p Protocol, stage probe.Stage, stop probe.StopReason) Finding {
	f := Finding{
		Code:         CodeOK,
		Severity:     SeverityInfo,
		Protocol:     p,
		Stage:        stage,
		Confidence:   ConfidenceHigh,
		Summary:      "Everything the check tried worked.",
		Evidence:     Evidence{Text: "probe succeeded", Kind: "probe", Rule: ruleProbeOK},
		Alternatives: []Alternative{},
	}
	if stop == probe.StopNoCredentials {
		f.Summary = "The server is reachable and ready for sign-in; no credentials were given, so sign-in was not tested."
		f.Evidence.Text = "probe stopped: " + string(stop)
		f.Evidence.Rule = ruleProbeReachable
	}
	return f
}

// attachRemediation fills f.Remediation from the catalogue, and the
// placeholders of the summary and the rule's alternatives ({username} in
// a Get-CASMailbox command, {when:...} dated facts) from the same v; ok
// findings have neither.
func attachRemediation(f *Finding, provider ProviderID, v Vars) {
	if f.Code == CodeOK {
		return
	}
	f.Remediation = RemediateFinding(*f, provider, v)
	if f.Remediation != nil && f.Confidence == ConfidenceLow && f.Code != CodeUnknown {
		// A guess's advice says it is one: the summary says so, and the
		// title a person reads first must not state it as fact (review
		// 17: "The recipient address does not exist" for a text only
		// like such refusals).
		f.Remediation.Title = guessTitlePrefix + lowerFirst(f.Remediation.Title)
	}
	fill := v.filler()
	f.Summary = fill(f.Summary)
	for k := range f.Alternatives {
		f.Alternatives[k].Why = fill(f.Alternatives[k].Why)
		f.Alternatives[k].Tell = fill(f.Alternatives[k].Tell)
	}
}

// varsFor fills remediation variables from the login name.
func varsFor(username string) Vars {
	v := Vars{Username: username}
	if at := strings.LastIndexByte(username, '@'); at > 0 && at < len(username)-1 {
		v.Email = username
		v.Domain = username[at+1:]
	}
	return v
}

// maxCertNames is how many of a certificate's names a summary lists.
const maxCertNames = 4

// maxCertNamesText bounds the names a summary lists, in bytes.
const maxCertNamesText = 200

// listNames lists a certificate's names for a summary: at most
// maxCertNames of them and maxCertNamesText bytes, and how many more.
func listNames(names []string) string {
	var b strings.Builder
	shown := 0
	for _, n := range names {
		if shown == maxCertNames || b.Len()+len(n) > maxCertNamesText {
			break
		}
		if shown > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n)
		shown++
	}
	if more := len(names) - shown; more > 0 {
		fmt.Fprintf(&b, " and %d more", more)
	}
	return b.String()
}

// certReasonSummary says what is wrong with the certificate when the
// finding knows it and no rule wrote a summary of its own.
var certReasonSummary = map[probe.CertReason]string{
	probe.CertExpired:          "The server's certificate has expired (or this computer's clock is wrong): it is no longer valid for this connection.",
	probe.CertNotYetValid:      "The server's certificate is not valid yet (or this computer's clock is behind).",
	probe.CertWrongHost:        "The server's certificate names another host than the one connected to.",
	probe.CertUnknownAuthority: "The server's certificate is not signed by an authority this computer trusts (a self-signed certificate, or a missing intermediate).",
}

// defaultSummary is the one-sentence summary of a code when a rule has no
// summary of its own.
var defaultSummary = map[Code]string{
	CodeOK:                   "The server answered normally.",
	CodeDNSFailure:           "The server's host name does not resolve.",
	CodeConnectionRefused:    "Nothing accepts connections on that host and port.",
	CodeConnectionTimeout:    "The server did not answer in time: a firewall, a wrong host or port, or a silent server.",
	CodeNetworkUnreachable:   "There is no network route to the server.",
	CodeTLSHandshakeFailed:   "TLS could not be negotiated with the server.",
	CodeTLSCertificate:       "The server's certificate is not valid for this connection.",
	CodeTLSWrongMode:         "The TLS mode does not match the port: implicit TLS on a plaintext/STARTTLS port, or the reverse.",
	CodeStartTLSUnavailable:  "STARTTLS was wanted but the server did not offer it.",
	CodePlaintextDisallowed:  "A password may not be sent over an unencrypted connection.",
	CodeServerUnavailable:    "The server refused service or closed the connection.",
	CodeProtocolError:        "The server's answer does not fit the protocol the client spoke.",
	CodeInvalidCredentials:   "The server refused the user name or password.",
	CodePasswordExpired:      "The password has expired and must be changed.",
	CodeAppPasswordRequired:  "The account needs an app password, not the account password.",
	CodeBasicAuthDisabled:    "Password sign-in is switched off; the provider wants OAuth.",
	CodePolicyBlocked:        "A policy refused it: an organisation's policy on this sign-in, or a mail server's policy on this message.",
	CodeProtocolDisabled:     "The protocol is not enabled for this account.",
	CodeWebLoginRequired:     "The provider wants an interactive sign-in in a web browser first.",
	CodeAccountLocked:        "The account is locked, disabled or suspended.",
	CodeRateLimited:          "A limit that passes with time: too many attempts, connections or messages; the server is throttling.",
	CodeTemporaryFailure:     "The server had a temporary problem; try again later.",
	CodeMechanismUnsupported: "There is no authentication mechanism both sides can use.",
	CodeSenderNotPermitted:   "This login may not send as that sender address.",
	CodeRelayDenied:          "The server will not relay mail for this client.",
	CodeSendingBlocked:       "The account's sending is suspended (spam, abuse or a compromised account); it is not a limit that passes by itself.",
	CodeRecipientUnknown:     "The recipient address does not exist on the receiving server.",
	CodeMessageTooLarge:      "The message is bigger than the server accepts.",
	CodeQuotaExceeded:        "The mailbox or its storage is full.",
	CodeMailboxMissing:       "A folder the client asked for does not exist on the server.",
	CodeUnknown:              "The failure did not match any known pattern; the evidence is quoted as is.",
}

// unmatchedKind is the evidence kind before a rule says more: "pasted"
// for pasted words with no reply code, status or response code (a QA
// recheck's find: "Server said: Access denied" where no rule spoke),
// else "server_reply".
func unmatchedKind(o *observation) string {
	if o.Pasted && o.Reply == 0 && o.Status == "" && o.RespCode == "" && o.Net == nil {
		return "pasted"
	}
	return "server_reply"
}
