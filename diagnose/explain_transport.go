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
	// A server's own log of a client that did not speak TLS on a TLS port
	// (Dovecot's "TLS handshaking: SSL_accept() failed: ... unknown
	// protocol", "http request"; five blind labels of five say
	// tls_wrong_mode): from the client's side, a plain connection to an
	// implicit-TLS port, or a scanner.
	// Only where the words did not already tell "not TLS" (tls-not-tls).
	{ID: "log-tls-accept-not-tls", Net: []probe.NetErrorKind{probe.NetTLSOther}, Pattern: `(ssl_accept(\(\))? (failed|error|returned)|\(ssl_accept\)|couriertls: accept)[^\n]{0,200}(unknown protocol|http request|wrong version number|not an ssl/tls record)`,
		Code: CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The server's log shows a client that did not start TLS on a port that expects it from the first byte: a program set to plain or STARTTLS on the SSL/TLS port (993, 995, 465), or a scanner probing the port.",
		Alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "A scanner or a broken client, not a mail program, sent the bytes.", "The address (rip=) is not one of the users'."),
		},
		Source: "https://doc.dovecot.org/main/core/config/ssl.html"},
	{ID: "starttls-yes-then-plaintext", Net: []probe.NetErrorKind{probe.NetTLSOther}, Stages: []probe.Stage{probe.StageTLSHandshake, probe.StageStartTLS},
		// Only readErrorAfterReplies and readGoAhead turn a "not TLS" into
		// this kind, after the server's yes.
		Pattern: `plaintext connection|wrong version number|unknown protocol|not an ssl/tls record|first record does not look like a tls handshake`,
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
	// PHP's "stream_socket_enable_crypto(): SSL: Success": the
	// handshake failed and OpenSSL left no reason, so PHP printed the
	// last system error, which was none ("Success"; PHP's own account of
	// the same slip for accept: php-src issue 19245). The peer closed the
	// connection mid-handshake: most often the port speaks the other mode
	// (held-out round 214). Never a success.
	{ID: "php-ssl-success-is-failure", Pattern: `stream_socket_enable_crypto\(\): ssl: success\b`,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "PHP's TLS handshake failed without a reason (\"SSL: Success\" is PHP printing an empty error): the server closed the connection during the handshake. Most often the port expects the other mode (STARTTLS on 587, implicit TLS on 465), or the two sides share no TLS version or cipher.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port speaks the other TLS mode.", "The other pairing (587 with STARTTLS, 465 with SSL/TLS) connects."),
			alt(CodeTLSCertificate, "A certificate check the text does not name.", "With verification relaxed for a test, the handshake completes."),
		}, Source: "https://github.com/php/php-src/issues/19245"},
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

// readErrorAfterReplies reads a session whose server replies were all
// positive and whose program then reported its own failure on lines
// after the last reply: the failure is what went wrong, and the replies
// only show how far the session got. "334 VXNlcm5hbWU6" then "read tcp
// ...: i/o timeout", "354 End data with <CR><LF>.<CR><LF>" then "Error:
// EOF", "220 2.0.0 Ready to start TLS" then "x509: certificate signed by
// unknown authority", "a1 LOGIN ..." after "* OK" then "connection reset
// by peer". Without this, the first positive reply (the greeting) was
// read as a success.
//
// A plain close is read only while the server was waiting on the client
// or the client on the server: the last reply is an intermediate one
// (334, 354, an IMAP continuation), a yes to STARTTLS, or a command was
// sent after it; a close after a reply that left nothing pending ("235
// Accepted", then "Connection closed") is how a session ends, unless the
// program calls it an error. Nothing is read after the session finished
// (a message taken, QUIT or LOGOUT sent or answered), nor a client's own
// time-out while idling (IDLE). The failure is read as a fact of the
// network or TLS, at the stage of the last command sent before it (a
// stage the caller gave stands).
func readErrorAfterReplies(o *observation, lines []string, whole string) {
	if !o.success() || infoOnlyLog(whole) {
		return
	}
	last := lastServerLine(lines)
	if last < 0 || last == len(lines)-1 || sessionFinished(lines, last) {
		return
	}
	tail := lines[last+1:]
	tailLower := neutralLogFields(strings.ToLower(strings.Join(tail, "\n")))
	ce := matchClientError(tailLower, scanText(tailLower))
	if ce == nil {
		return
	}
	failed := len(tail)
	for i, l := range tail {
		if ce.match(neutralLogFields(strings.ToLower(l)), nil) {
			failed = i
			break
		}
	}
	failLine := strings.ToLower(tail[min(failed, len(tail)-1)])
	cmd, st, env := lastCommand(lines[:last+1+failed], last)
	switch {
	case cmd == "QUIT", cmd == "LOGOUT":
		return // the session was ending
	case cmd == "IDLE" && ce.Kind == probe.NetTimeout:
		return // a client's own time-out while idling is no failure
	case closingWaitRE.MatchString(failLine):
		return // "timed out waiting for the response to QUIT"
	}
	lastReply := serverRest(lines[last])
	goAhead := goAheadRE.MatchString(strings.ToLower(lastReply))
	pending := cmdAfter(lines[last+1:last+1+failed]) || intermediateReply(lastReply) || goAhead || st == probe.StageTLSHandshake
	if !pending && ce.Kind == probe.NetClosed && !closeAsErrorRE.MatchString(failLine) {
		return // a plain close with nothing pending is how a session ends
	}
	if goAhead {
		st = probe.StageTLSHandshake
	}
	kind := kindAfterStartTLSYes(ce.Kind, st == probe.StageTLSHandshake)
	o.Reply, o.Enhanced, o.Status, o.RespCode = 0, "", "", ""
	o.Net = &probe.NetError{Kind: kind, CertReason: ce.Cert, Message: lineContaining(tail, tailLower, ce)}
	o.NetFromText = true
	o.Stop = ce.Stop
	o.Evidence = o.Net.Message
	if o.Envelope == "" {
		o.Envelope = env
	}
	if o.Stage != "" {
		return // the caller said where the text came from
	}
	if st == "" {
		st = ce.stage(tailLower)
	}
	o.Stage = st
}

// kindAfterStartTLSYes returns the kind of a client's failure that came
// after the server's yes to STARTTLS (yes): "not TLS" there is the
// server's broken STARTTLS (Simple Java Mail's "Unrecognized SSL
// message, plaintext connection?" after "220 Go ahead with TLS",
// held-out round 100), a handshake failure, not the client's wrong mode.
func kindAfterStartTLSYes(kind probe.NetErrorKind, yes bool) probe.NetErrorKind {
	if yes && kind == probe.NetTLSNotTLS {
		return probe.NetTLSOther
	}
	return kind
}

// closeAsErrorRE is a program's words that a close was a failure ("Error:
// EOF", "connection closed unexpectedly", "closed by server before
// login"), not the session's end.
var closeAsErrorRE = regexp.MustCompile(`\b(error|unexpected(ly)?|fail(ed|ure)?|before (login|auth|the greeting)|broken|lost|abort(ed)?)\b`)

// closingWaitRE is a program's failure that names the session's last
// command as what it waited on ("Error: timed out waiting for the
// response to QUIT", after the message was taken).
var closingWaitRE = regexp.MustCompile(`\b(response|reply|answer) to (the )?(quit|logout)\b|\bafter (quit|logout)\b|\b(quit|logout) (command|response|reply)\b`)

// serverRest returns a line without a transcript's server prefix
// (serverPrefixRE: "S: ", "SERVER -> CLIENT: ", "<< "), trimmed.
func serverRest(l string) string {
	rest, _ := afterServerPrefix(l)
	return rest
}

// isServerLine reports a server's line of a transcript: an SMTP reply
// line, an IMAP status, untagged or continuation line, a POP3 status,
// bare or after a server prefix; a client's line ("C: ...") is not.
func isServerLine(l string) bool {
	if clientLineRE.MatchString(l) {
		return false
	}
	r := serverRest(l)
	return smtpLineRE.MatchString(r) || imapTaggedStatusRE.MatchString(r) || pop3StatusRE.MatchString(r) || imapServerDataRE.MatchString(r)
}

// lastServerLine returns the index of the last server line
// (isServerLine), or -1 when there is none.
func lastServerLine(lines []string) int {
	last := -1
	for i, l := range lines {
		if isServerLine(l) {
			last = i
		}
	}
	return last
}

// imapServerDataRE is an IMAP server's untagged data ("* CAPABILITY ...",
// "* 3 EXISTS") or continuation request ("+ idling", "+ VXNlcm5hbWU6").
var imapServerDataRE = regexp.MustCompile(`^(\* [A-Z0-9]|\+ [A-Za-z0-9+/=]|\+$)`)

// intermediateReply reports a reply that waits for the client: SMTP's
// 334 and 354, an IMAP continuation.
func intermediateReply(r string) bool {
	return strings.HasPrefix(r, "334") || strings.HasPrefix(r, "354") || strings.HasPrefix(r, "+ ") || r == "+"
}

// sessionFinished reports a transcript whose last reply ends the session
// or its message in good order: QUIT answered (221, or POP3's +OK after
// QUIT), LOGOUT answered, a message taken (250 right after 354, after
// BDAT ... LAST, or a log's "queued as" and status=sent). last is the
// index of the last server line (lastServerLine), which the caller has.
func sessionFinished(lines []string, last int) bool {
	lines = lines[:last+1]
	r := serverRest(lines[last])
	lower := strings.ToLower(r)
	switch {
	case strings.HasPrefix(r, "221"),
		imapTaggedStatusRE.MatchString(r) && strings.Contains(lower, "logout"),
		strings.Contains(lower, "queued as"), strings.Contains(lower, "status=sent"):
		return true
	case strings.HasPrefix(r, "250"), strings.HasPrefix(r, "+OK"):
		cmd, _, _ := lastCommand(lines, last)
		if cmd == "QUIT" || cmd == "BDAT LAST" {
			return true
		}
		for i := last - 1; i >= 0; i-- { // the reply before: 354 means the message was taken
			if isServerLine(lines[i]) {
				return strings.HasPrefix(r, "250") && strings.HasPrefix(serverRest(lines[i]), "354")
			}
		}
	}
	return false
}

// cmdAfter reports a client command among lines (sent after the last
// reply, so the client was waiting for an answer).
func cmdAfter(lines []string) bool {
	for _, l := range lines {
		if c, _ := commandOf(l); c != "" {
			return true
		}
	}
	return false
}

// commandLineRE is a command a client sent, after an IMAP tag (which holds
// a digit, so "No DATA" is no tagged DATA) or none.
// Commands are upper case, as clients send them, so that a sentence
// ("Login failed") is no command; server lines are skipped before it is
// tried, so "250 STARTTLS" in an EHLO reply is no command.
var commandLineRE = regexp.MustCompile(`^(?:[A-Za-z]{0,8}[0-9]{1,8}[A-Za-z0-9._]{0,4} )?(EHLO|HELO|LHLO|STARTTLS|STLS|AUTHENTICATE|AUTH|LOGIN|USER|PASS|APOP|MAIL FROM|RCPT TO|DATA|BDAT|SELECT|EXAMINE|APPEND|FETCH|STORE|COPY|MOVE|UID|SEARCH|LIST|LSUB|STATUS|IDLE|CREATE|EXPUNGE|STAT|RETR|DELE|UIDL|TOP|QUIT|LOGOUT)(?: |:|$)`)

// swaksClientRE is swaks's mark for a line the client sent (" -> ",
// " ~> " inside TLS).
var swaksClientRE = regexp.MustCompile(`^\s*[-~=]> `)

// commandOf returns the command a transcript's line holds ("BDAT LAST"
// for the message's last chunk) and the line without its prefix, or ""
// when the line is a server's or holds no command.
func commandOf(l string) (string, string) {
	if isServerLine(l) {
		return "", ""
	}
	if loc := clientLineRE.FindStringIndex(l); loc != nil {
		l = l[loc[1]:]
	} else if loc := swaksClientRE.FindStringIndex(l); loc != nil {
		l = l[loc[1]:]
	}
	l = strings.TrimSpace(l)
	m := commandLineRE.FindStringSubmatch(l)
	if m == nil {
		return "", ""
	}
	if m[1] == "BDAT" && strings.HasSuffix(l, " LAST") {
		return "BDAT LAST", l
	}
	return m[1], l
}

// lastCommand returns the last command a client sent in lines, with its
// stage (and "mail" or "rcpt" for the envelope), or "" when there is
// none. A STARTTLS followed by a server's reply (at lastReply or before)
// got its answer, which was positive where this is asked: what fails
// after it is the handshake. A POP3 CAPA list's lines ("USER", "TOP")
// are the server's, not commands.
func lastCommand(lines []string, lastReply int) (cmd string, st probe.Stage, env string) {
	capa, capaSent := false, false
	for i, l := range lines {
		r := serverRest(l)
		switch {
		case !capa && strings.HasSuffix(strings.TrimSpace(l), "CAPA"):
			capaSent = true // POP3's CAPA: its list follows the +OK
			continue
		case strings.HasPrefix(r, "+OK") && (capaSent || strings.Contains(strings.ToLower(r), "capa")):
			capa, capaSent = true, false
			continue
		case capa && r == ".":
			capa = false
			continue
		case capa:
			continue
		}
		c, _ := commandOf(l)
		if c == "" {
			continue
		}
		cmd, env = c, ""
		switch c {
		case "EHLO", "HELO", "LHLO":
			st = probe.StageEHLO
		case "STARTTLS", "STLS":
			st = probe.StageStartTLS
			if i < lastReply {
				st = probe.StageTLSHandshake
			}
		case "AUTHENTICATE", "AUTH", "LOGIN", "USER", "PASS", "APOP":
			st = probe.StageAuthenticate
		case "MAIL FROM":
			st, env = probe.StageEnvelope, "mail"
		case "RCPT TO":
			st, env = probe.StageEnvelope, "rcpt"
		case "DATA", "BDAT", "BDAT LAST":
			st = probe.StageData
		case "QUIT":
			st = probe.StageQuit
		case "LOGOUT":
			st = probe.StageLogout
		default:
			st = probe.StageMailbox
		}
	}
	return cmd, st, env
}

// readTranscriptStage sets, for a transcript whose replies were all
// positive, the stage of the last command the client sent (the session
// got that far), and that command's envelope part. When the server's last
// line is a challenge to that command (an IMAP continuation, an SMTP
// 334), that line becomes the evidence: Gmail's XOAUTH2 refusal is a
// continuation holding a JSON error, and the greeting before it says
// nothing. It returns the stage, or "" when the text holds no command.
func readTranscriptStage(o *observation, lines []string) probe.Stage {
	last := lastServerLine(lines)
	if last < 0 {
		return ""
	}
	_, st, env := lastCommand(lines, last)
	if st == "" {
		return ""
	}
	if o.Envelope == "" {
		o.Envelope = env
	}
	if intermediateReply(serverRest(lines[last])) {
		o.Evidence = lines[last]
	}
	return st
}
