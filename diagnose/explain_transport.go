package diagnose

import (
	"regexp"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// A server's go-ahead for STARTTLS followed by a failure: the reply was
// positive, and what failed came after it, in the TLS handshake. SMTP's
// "220 2.0.0 Ready to start TLS" (Postfix, Gmail; RFC 3207 section 4),
// "220 Go ahead with TLS", IMAP's "OK Begin TLS negotiation now"
// (RFC 3501 section 6.2.1), POP3's "+OK Begin TLS negotiation"
// (RFC 2595 section 4). A client that prints the go-ahead and then its
// own failure has failed the handshake: PHPMailer's smtpConnect throws
// "SMTP Error: Could not connect to SMTP host." when startTLS() fails
// after the 220 (src/PHPMailer.php), Jakarta Mail's "Could not convert
// socket to TLS" wraps the handshake's exception after the 220.
const goAheadPattern = `\b220[ -](?:2\.0\.0 )?[^\n]{0,24}?(?:ready to start tls|go ahead with tls|tls go ahead|ready for tls|ready to start tls negotiation)|\bok (?:\[[^\]\n]*\] )?begin tls negotiation|\+ok begin (?:tls|starttls) negotiation`

var goAheadRE = regexp.MustCompile(goAheadPattern)

// afterGoAhead returns the text after a STARTTLS go-ahead when that text
// holds a failure, and "" otherwise: a lone go-ahead is a success.
func afterGoAhead(lower string) string {
	if !strings.Contains(lower, "tls") {
		return ""
	}
	loc := goAheadRE.FindStringIndex(lower)
	if loc == nil {
		return ""
	}
	rest := lower[loc[1]:]
	for _, w := range failureWords {
		if strings.Contains(rest, w) {
			return rest
		}
	}
	return ""
}

// readGoAhead turns a STARTTLS go-ahead followed by a failure into what
// happened: the positive reply is no longer the evidence, the stage is
// the TLS handshake, and the client's error after it is read as a fact.
func readGoAhead(o *observation) bool {
	if !o.success() || afterGoAhead(o.lower) == "" {
		return false
	}
	o.Reply, o.Enhanced, o.Status, o.RespCode = 0, "", "", ""
	// The go-ahead answered STARTTLS; what failed after it is the
	// handshake, whether or not the paste was labelled with STARTTLS.
	if o.Stage == "" || o.Stage == probe.StageStartTLS {
		o.Stage = probe.StageTLSHandshake
	}
	return true
}

// transportFirstFactRules come just before factRules: a handshake failure
// whose words, without a reason, name the usual cause.
var transportFirstFactRules = []rule{
	// The server said yes to STARTTLS, then spoke plain text where the
	// handshake should be (readErrorAfterReplies turns the client's "not
	// TLS" into a handshake failure): the server's STARTTLS, or a device
	// in front of it, is broken. The client's mode is right.
	{ID: "starttls-yes-then-plaintext", Net: []probe.NetErrorKind{probe.NetTLSOther}, Stages: []probe.Stage{probe.StageTLSHandshake, probe.StageStartTLS},
		Pattern: `(ready to start tls|go ahead with tls|tls go ahead|ready for tls|begin tls negotiation)(?s:.){0,400}(plaintext connection|wrong version number|unknown protocol|not an ssl/tls record|first record does not look like a tls handshake|http request)`,
		Code:    CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "The server agreed to STARTTLS and then answered in plain text instead of starting the TLS handshake: its STARTTLS is broken, or something in front of it (a firewall's mail inspection, an old proxy) removed the encryption. The program's settings are right; turning STARTTLS off would send the password in the clear.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port is not the one the settings meant, and another service answered.", "A plain connection to the port (telnet) shows another program's banner."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc3207#section-4"},
	// PHP's stream layer: "stream_socket_enable_crypto(): SSL operation
	// failed with code 1" with no "OpenSSL Error messages: ..." after it
	// (Symfony Mailer, SwiftMailer, PHPMailer cut it off). Since PHP 5.6
	// verifies the peer by default, and the usual reason printed after it
	// is "certificate verify failed"; Snipe-IT's documentation reads the
	// bare sentence so. A reason in the text decides before this
	// (tls-certificate, or OpenSSL's alert words).
	{ID: "php-ssl-operation-failed-code-1", Net: []probe.NetErrorKind{probe.NetTLSOther},
		Pattern:    `ssl operation failed with code 1\b`,
		NotPattern: `openssl error messages: [^\n]*[a-z]`,
		Code:       CodeTLSCertificate, Confidence: ConfidenceMedium,
		Summary: "PHP could not complete the TLS handshake; without OpenSSL's reason, the usual cause is a server certificate PHP does not trust (self-signed, expired, another host name, or an old CA bundle).",
		Alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "No TLS version or cipher in common with the server.", "OpenSSL's reason after the sentence names a protocol, cipher or alert rather than a certificate."),
		}, Source: "https://www.php.net/manual/en/migration56.openssl.php"},
	// PHP's imap_open (c-client) speaks plaintext unless the mailbox
	// spec says /ssl, so "{host:993}INBOX" or "{host:993/imap}" talks
	// plain to the implicit-TLS port and the server drops it (held-out
	// rounds 24 and 73). A named cause (no such host, refused, a
	// certificate, a refused sign-in) decides in the rules after.
	{ID: "php-imap-tls-port-without-ssl", Protocols: []Protocol{ProtocolIMAP, ProtocolPOP3, ""},
		// The flags are blanked before rules read the text
		// (neutralLogFields); "/ssl" leaves mailboxSpecTLSMark.
		Pattern:    `\{[^}#/\n]{1,200}:99[35]\}`,
		NotPattern: `no such host|refused|timed out|timeout|certificate|authenticat|login|password|host not found|name or service`,
		Code:       CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The mailbox spec ({host:993...} without /ssl) tells PHP's IMAP extension to speak plaintext to a port that expects TLS from the first byte, so the server drops the connection: add /ssl (\"{host:993/imap/ssl}\").",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The server is down or refuses this client.", "The same spec with /ssl fails the same way."),
		}, Source: "https://www.php.net/manual/en/function.imap-open.php"},
}

// transportFactRules follow factRules: a handshake that failed after the
// server's go-ahead, where the client's words name no TLS reason (a
// reason, a certificate or an alert, decides in factRules first).
var transportFactRules = []rule{
	// The go-ahead itself must be in the text: a handshake stage inferred
	// from other words ("certificate ...") is not this reading.
	{ID: "failure-after-starttls-go-ahead", Stages: []probe.Stage{probe.StageTLSHandshake}, Phrases: failureWords, Pattern: goAheadPattern,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "The server agreed to STARTTLS, then the TLS handshake failed on the client's side.",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The client did not trust the server's certificate (self-signed, expired, another host name, an old CA bundle).", "The client's debug output names a certificate, or turning verification off (for a test only) makes it work."),
		}, Source: "https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php"},
	// RFC 5321's stock text for 421 ("<domain> Service not available,
	// closing transmission channel") quoted inside a library's sentence
	// where no reply was parsed (fastapi-mail's "Exception raised 421
	// Service not available, check your credentials ..."): the code and
	// its stock words say the service, before the generic reading of
	// "not available" as try-later.
	{ID: "quoted-421-service-not-available", Pattern: `\b421[ -](?:4\.[0-9]\.[0-9]{1,3} )?(?:[^ \n]+ )?service (?:not available|unavailable)`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server said its service is not available (421) and closed the connection.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The server limits connections per client address.", "It works again after a pause, or the provider's page names a connection limit."),
		}, Source: "https://www.rfc-editor.org/rfc/rfc5321#section-3.8"},
}

// A session whose server replies were all positive and whose program
// then reported its own failure on lines after the last reply: the
// failure is what went wrong, and the replies only show how far the
// session got. "334 VXNlcm5hbWU6" then "read tcp ...: i/o timeout",
// "354 End data with <CR><LF>.<CR><LF>" then "Error: EOF",
// "220 2.0.0 Ready to start TLS" then "x509: certificate signed by
// unknown authority", "a1 LOGIN ..." after "* OK" then "connection reset
// by peer". Without this, the first positive reply (the greeting) was
// read as a success. A session that finished first (the message taken,
// QUIT or LOGOUT answered) is not this: a time-out or close after the
// end is harmless.

// readErrorAfterReplies reads the program's failure after the last of
// only positive server replies as a fact of the network or TLS, with the
// stage of the last command sent. It reports whether it did.
func readErrorAfterReplies(o *observation, lines []string, whole string) bool {
	if !o.success() || infoOnlyLog(whole) {
		return false
	}
	last := lastServerLine(lines)
	if last < 0 || last == len(lines)-1 || sessionFinished(lines[:last+1]) {
		return false
	}
	tail := lines[last+1:]
	tailLower := neutralLogFields(strings.ToLower(strings.Join(tail, "\n")))
	if closingRE.MatchString(tailLower) {
		return false // a time-out or close after QUIT or LOGOUT is harmless
	}
	ce := matchClientError(tailLower, scanText(tailLower))
	if ce == nil {
		return false
	}
	st, env := lastCommandStage(lines, last)
	kind := ce.Kind
	if kind == probe.NetTLSNotTLS && st == probe.StageTLSHandshake {
		// The server said yes to STARTTLS and then did not speak TLS
		// (Simple Java Mail's "Unrecognized SSL message, plaintext
		// connection?" after "220 Go ahead with TLS", held-out round
		// 100): the server's STARTTLS is broken, not the client's mode.
		kind = probe.NetTLSOther
	}
	o.Reply, o.Enhanced, o.Status, o.RespCode = 0, "", "", ""
	o.Net = &probe.NetError{Kind: kind, CertReason: ce.Cert, Message: lineContaining(tail, tailLower, ce)}
	o.NetFromText = true
	o.Stop = ce.Stop
	o.Evidence = o.Net.Message
	if o.Stage != "" {
		return true // the caller said where the text came from
	}
	if st == "" {
		st = ce.stage(tailLower)
	}
	o.Stage = st
	if o.Envelope == "" {
		o.Envelope = env
	}
	return true
}

// lastServerLine returns the index of the last line that is a server's
// reply (an SMTP reply line, an IMAP status, untagged or continuation
// line, a POP3 status), bare or after a transcript's server prefix; -1
// when there is none.
func lastServerLine(lines []string) int {
	last := -1
	for i, l := range lines {
		if clientLineRE.MatchString(l) {
			continue
		}
		r := serverRest(l)
		if smtpLineRE.MatchString(r) || imapTaggedStatusRE.MatchString(r) || pop3StatusRE.MatchString(r) || imapServerDataRE.MatchString(r) {
			last = i
		}
	}
	return last
}

// serverRest returns a line without a transcript's server prefix
// (serverPrefixRE: "S: ", "SERVER -> CLIENT: ", "<< "), trimmed.
func serverRest(l string) string {
	t := strings.TrimSpace(l)
	if loc := serverPrefixRE.FindStringIndex(t); loc != nil {
		return strings.TrimSpace(t[loc[1]:])
	}
	return t
}

// imapServerDataRE is an IMAP server's untagged data ("* CAPABILITY ...",
// "* 3 EXISTS") or continuation request ("+ idling", "+ VXNlcm5hbWU6").
var imapServerDataRE = regexp.MustCompile(`^(\* [A-Z0-9]|\+ [A-Za-z0-9+/=]|\+$)`)

// sessionFinished reports a session whose replies show it ended in good
// order: a message taken (250 after 354), QUIT answered (221), LOGOUT
// answered, or a delivery a log reports as sent.
func sessionFinished(lines []string) bool {
	data := false
	for _, l := range lines {
		r := serverLine(l)
		lower := strings.ToLower(r)
		switch {
		case strings.HasPrefix(r, "354"):
			data = true
		case strings.HasPrefix(r, "250") && data, strings.HasPrefix(r, "221"),
			imapTaggedStatusRE.MatchString(r) && strings.Contains(lower, "logout"),
			strings.Contains(lower, "queued as"), strings.Contains(lower, "status=sent"):
			return true
		}
	}
	return false
}

// closingRE finds the session's last command (QUIT, LOGOUT) in the
// lower-cased lines after the last reply.
var closingRE = regexp.MustCompile(`\b(quit|logout)\b`)

// commandLineRE is a command a client sent, after a transcript's client
// prefix, an IMAP tag, or neither. Commands are upper case, as clients
// send them, so that a sentence ("Login failed") is no command.
var commandLineRE = regexp.MustCompile(`^(?:[A-Za-z0-9._#-]{1,32} )?(EHLO|HELO|LHLO|STARTTLS|AUTHENTICATE|AUTH|LOGIN|USER|PASS|APOP|MAIL FROM|RCPT TO|DATA|BDAT|SELECT|EXAMINE|APPEND|FETCH|STORE|COPY|MOVE|UID|SEARCH|LIST|LSUB|STATUS|IDLE|CREATE|EXPUNGE|STAT|RETR|DELE|UIDL|TOP)(?: |:|$)`)

// lastCommandStage returns the stage of the last command a client sent
// in a transcript (and "mail" or "rcpt" for the envelope), or "". A
// STARTTLS answered before the server's last line (lastReply) was
// accepted: what failed after it is the handshake.
func lastCommandStage(lines []string, lastReply int) (probe.Stage, string) {
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if loc := clientLineRE.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
		}
		m := commandLineRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		switch m[1] {
		case "EHLO", "HELO", "LHLO":
			return probe.StageEHLO, ""
		case "STARTTLS":
			if i < lastReply {
				return probe.StageTLSHandshake, ""
			}
			return probe.StageStartTLS, ""
		case "AUTHENTICATE", "AUTH", "LOGIN", "USER", "PASS", "APOP":
			return probe.StageAuthenticate, ""
		case "MAIL FROM":
			return probe.StageEnvelope, "mail"
		case "RCPT TO":
			return probe.StageEnvelope, "rcpt"
		case "DATA", "BDAT":
			return probe.StageData, ""
		default:
			return probe.StageMailbox, ""
		}
	}
	return "", ""
}

// transcriptStage returns, for a transcript whose replies were all
// positive, the stage of the last command the client sent, or "" when
// the text holds no command: the session got that far. When the server's
// last line is a challenge to that command (an IMAP continuation, an
// SMTP 334), that line becomes the evidence: Gmail's XOAUTH2 refusal is
// a continuation holding a JSON error, and the greeting before it says
// nothing.
func transcriptStage(o *observation, lines []string) probe.Stage {
	last := lastServerLine(lines)
	if last < 0 {
		return ""
	}
	st, env := lastCommandStage(lines, last)
	if st == "" {
		return ""
	}
	if o.Envelope == "" {
		o.Envelope = env
	}
	if r := serverRest(lines[last]); strings.HasPrefix(r, "+") || strings.HasPrefix(r, "334") {
		o.Evidence = lines[last]
	}
	return st
}
