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
var goAheadRE = regexp.MustCompile(`\b220[ -](?:2\.0\.0 )?[^\n]{0,24}?(?:ready to start tls|go ahead with tls|tls go ahead|ready for tls|ready to start tls negotiation)|\bok (?:\[[^\]\n]*\] )?begin tls negotiation|\+ok begin (?:tls|starttls) negotiation`)

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
	if o.Stage == "" {
		o.Stage = probe.StageTLSHandshake
	}
	return true
}

// transportFactRules follow factRules: a handshake that failed after the
// server's go-ahead, where the client's words name no TLS reason (a
// reason, a certificate or an alert, decides in factRules first).
var transportFactRules = []rule{
	{ID: "failure-after-starttls-go-ahead", Stages: []probe.Stage{probe.StageTLSHandshake}, Phrases: failureWords,
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "The server agreed to STARTTLS, then the TLS handshake failed on the client's side.",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The client did not trust the server's certificate (self-signed, expired, another host name, an old CA bundle).", "The client's debug output names a certificate, or turning verification off (for a test only) makes it work."),
		}, Source: "https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php"},
}
