package diagnose

import (
	"regexp"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// clientError turns the words of a client or library error into the fact a
// probe would have recorded: a network failure kind (with a certificate
// reason), or a stop. The rules then read the fact exactly as they read a
// probe's. The first matching entry wins, so narrower entries come first.
type clientError struct {
	// Phrases are lower-case substrings; Pattern a regular expression
	// matched against the lower-cased text. Either may match.
	Phrases []string
	Pattern string
	re      *regexp.Regexp

	Kind  probe.NetErrorKind
	Cert  probe.CertReason
	Stop  probe.StopReason
	Stage probe.Stage
	// Who says it, for readers of the table.
	Seen string
}

// stage returns the stage the error belongs to; a timeout is a connect
// timeout unless the text speaks of a greeting.
func (c *clientError) stage(lower string) probe.Stage {
	if c.Kind == probe.NetTimeout && strings.Contains(lower, "greeting") {
		return probe.StageGreeting
	}
	return c.Stage
}

func (c *clientError) match(lower string) bool {
	for _, p := range c.Phrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return c.re != nil && c.re.MatchString(lower)
}

// clientErrors: what Go, Python, Java, .NET/MailKit, Node.js/nodemailer
// and PHP say for the failures a probe records as facts. Sources: the
// error texts of each runtime (Go net and crypto/tls, OpenSSL reason
// strings, JSSE, SslStream/MailKit, Node's error codes).
var clientErrors = compileClientErrors([]clientError{
	// A TLS handshake answered in plaintext: the port is not implicit TLS.
	{Phrases: []string{"first record does not look like a tls handshake", "wrong_version_number", "wrong version number",
		"unrecognized ssl message", "plaintext connection?", "unexpected packet format", "ssl3_get_record"},
		Kind: probe.NetTLSNotTLS, Stage: probe.StageTLSHandshake, Seen: "Go, OpenSSL (Python, PHP, Node), Java, .NET"},

	// Certificates, most specific first.
	{Pattern: `current time [^\n]{0,80} is after`,
		Kind: probe.NetTLSCert, Cert: probe.CertExpired, Stage: probe.StageTLSHandshake, Seen: "Go"},
	{Pattern: `current time [^\n]{0,80} is before`,
		Kind: probe.NetTLSCert, Cert: probe.CertNotYetValid, Stage: probe.StageTLSHandshake, Seen: "Go"},
	{Phrases: []string{"certificate has expired", "cert_has_expired", "certificateexpiredexception", "certificate expired"},
		Kind: probe.NetTLSCert, Cert: probe.CertExpired, Stage: probe.StageTLSHandshake, Seen: "Go, OpenSSL, Java, Node"},
	{Phrases: []string{"not yet valid", "cert_not_yet_valid", "certificatenotyetvalidexception"},
		Kind: probe.NetTLSCert, Cert: probe.CertNotYetValid, Stage: probe.StageTLSHandshake, Seen: "OpenSSL, Node, Java"},
	{Phrases: []string{"certificate is valid for", "certificate is not valid for", "hostname mismatch", "does not match certificate", "altnames", "remotecertificatenamemismatch", "no subject alternative", "server name does not match", "cert_altname_invalid", "certificate name mismatch"},
		Kind: probe.NetTLSCert, Cert: probe.CertWrongHost, Stage: probe.StageTLSHandshake, Seen: "Go, Python, Node, .NET, Java, PHP"},
	{Phrases: []string{"unknown authority", "unable to get local issuer", "self-signed certificate", "self signed certificate", "self_signed_cert", "unable to verify the first certificate", "unable_to_get_issuer", "pkix path building failed", "remotecertificatechainerrors", "not trusted", "untrusted root", "unable to get issuer"},
		Kind: probe.NetTLSCert, Cert: probe.CertUnknownAuthority, Stage: probe.StageTLSHandshake, Seen: "Go, OpenSSL, Java, .NET/MailKit, Node"},
	{Phrases: []string{"x509:", "certificate verify failed", "remote certificate is invalid", "certificate_verify_failed", "certificate failure", "failed to verify certificate", "certificate validation"},
		Kind: probe.NetTLSCert, Cert: probe.CertOther, Stage: probe.StageTLSHandshake, Seen: "Go, Python, .NET, PHP"},

	// Other TLS failures.
	{Phrases: []string{"remote error: tls", "alert handshake failure", "alert_handshake_failure", "tlsv1_alert", "sslv3_alert", "received fatal alert", "alert protocol version"},
		Kind: probe.NetTLSAlert, Stage: probe.StageTLSHandshake, Seen: "Go, OpenSSL, Java"},
	{Phrases: []string{"tls: ", "unsupported_protocol", "unsupported protocol", "no protocols available", "handshake failed", "handshake failure", "ssl handshake", "sslhandshakeexception", "could not convert socket to tls", "remote party has closed the transport stream", "terminated the handshake", "ssl routines", "ssl operation failed", "tls handshake"},
		Kind: probe.NetTLSOther, Stage: probe.StageTLSHandshake, Seen: "Go, OpenSSL, Java, .NET/MailKit, PHP"},

	// The probe would have stopped on its own.
	{Phrases: []string{"starttls extension not supported", "doesn't support starttls", "does not support starttls", "starttls is not supported", "server does not support starttls"},
		Stop: probe.StopStartTLSUnavailable, Stage: probe.StageStartTLS, Seen: "Python smtplib, Go net/smtp, nodemailer"},
	{Phrases: []string{"smtp auth extension not supported", "server doesn't support auth", "does not support authentication", "authentication not supported by server"},
		Stop: probe.StopAuthNotOffered, Stage: probe.StageAuthenticate, Seen: "Python smtplib, Go net/smtp"},
	{Phrases: []string{"unencrypted connection"},
		Stop: probe.StopPlaintextNotAllowed, Stage: probe.StageAuthenticate, Seen: "Go net/smtp PlainAuth"},

	// DNS.
	{Phrases: []string{"no such host", "enotfound", "name or service not known", "nodename nor servname", "getaddrinfo failed", "unknownhostexception", "no such host is known", "could not resolve", "name does not resolve", "host not found", "nxdomain"},
		Kind: probe.NetDNSNotFound, Stage: probe.StageResolve, Seen: "Go, Node, Python, Java, .NET, PHP"},
	{Phrases: []string{"temporary failure in name resolution", "eai_again", "server misbehaving", "servfail"},
		Kind: probe.NetDNSTemporary, Stage: probe.StageResolve, Seen: "glibc, Node, Go"},

	// TCP.
	{Phrases: []string{"connection refused", "econnrefused", "actively refused"},
		Kind: probe.NetRefused, Stage: probe.StageConnect, Seen: "Go, Node, Python, .NET, PHP"},
	{Phrases: []string{"network is unreachable", "no route to host", "enetunreach", "ehostunreach", "host is unreachable", "unreachable network"},
		Kind: probe.NetUnreachable, Stage: probe.StageConnect, Seen: "Go, Node, Python"},
	{Phrases: []string{"i/o timeout", "timed out", "etimedout", "timeout", "deadline exceeded", "did not properly respond", "greeting never received"},
		Kind: probe.NetTimeout, Stage: probe.StageConnect, Seen: "Go, Node, Python, Java, .NET"},
	{Phrases: []string{"connection reset", "econnreset", "forcibly closed"},
		Kind: probe.NetReset, Seen: "Go, Node, .NET"},
	{Phrases: []string{"unexpected eof", "connection unexpectedly closed", "connection closed", "socket hang up", "serverdisconnected", "connection lost"}, Pattern: `\beof\b`,
		Kind: probe.NetClosed, Seen: "Go, Python, Node"},
})

func compileClientErrors(list []clientError) []clientError {
	for i := range list {
		if list[i].Pattern != "" {
			list[i].re = regexp.MustCompile(list[i].Pattern) // matched against lower-case text
		}
	}
	return list
}

// matchClientError returns the first client error the text matches.
func matchClientError(lower string) *clientError {
	for i := range clientErrors {
		if clientErrors[i].match(lower) {
			return &clientErrors[i]
		}
	}
	return nil
}

// lineContaining returns the first line the client error matches, as
// evidence.
func lineContaining(lines []string, lower string, c *clientError) string {
	for _, l := range lines {
		if c.match(strings.ToLower(l)) {
			return l
		}
	}
	return strings.TrimSpace(lower)
}

// explainProvider picks the provider id for pasted text: the hint, then
// DetectProvider over the host and the text (as greeting or banner), then
// this file's own host and text fingerprints.
func explainProvider(h Hints, proto Protocol, text string) ProviderID {
	if id := normalizeProviderID(h.Provider); id != "" {
		return id
	}
	head := text
	if len(head) > detectTextBytes {
		head = strings.ToValidUTF8(head[:detectTextBytes], "")
	}
	head = greetingIn(head, proto)
	in := DetectInput{}
	switch proto {
	case ProtocolSMTP:
		in.SMTPHost, in.SMTPBanner = h.Host, head
	default:
		in.IMAPHost, in.IMAPGreeting = h.Host, head
	}
	if id := normalizeProviderID(DetectProvider(in).ID); id != "" {
		return id
	}
	if id := providerFromHost(h.Host); id != "" {
		return id
	}
	return providerFromText(strings.ToLower(text))
}

// greetingIn returns the greeting or banner line of pasted text when it
// holds one ("* OK ...", "220 ..."), else the text: DetectProvider reads
// greetings line by line.
func greetingIn(text string, proto Protocol) string {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case proto != ProtocolSMTP && strings.HasPrefix(l, "* OK"),
			proto == ProtocolSMTP && strings.HasPrefix(l, "220"):
			return l
		}
	}
	return text
}

// detectTextBytes is how much of pasted text provider detection reads:
// fingerprints sit in the first lines (greetings, reply trailers).
const detectTextBytes = 4 << 10

// hostSuffixes map server host names to provider ids (providers.md,
// "Endpoints" of each provider). Longer, more specific suffixes first.
var hostSuffixes = []struct {
	suffix string
	id     ProviderID
}{
	{"smtp-mail.outlook.com", "outlook"},
	{"smtp-legacy.office365.com", "microsoft365"},
	{"office365.com", "microsoft365"},
	{"partner.outlook.cn", "microsoft365"},
	{"outlook.com", "microsoft365"},
	{"gmail.com", "gmail"},
	{"googlemail.com", "gmail"},
	{"google.com", "gmail"},
	{"mail.yahoo.com", "yahoo"},
	{"yahoo.com", "yahoo"},
	{"aol.com", "aol"},
	{"mail.me.com", "icloud"},
	{"icloud.com", "icloud"},
	{"zoho.com", "zoho"}, {"zoho.eu", "zoho"}, {"zoho.in", "zoho"}, {"zoho.com.au", "zoho"}, {"zoho.jp", "zoho"}, {"zohomail.com", "zoho"},
	{"fastmail.com", "fastmail"}, {"messagingengine.com", "fastmail"},
	{"gmx.net", "gmx"}, {"gmx.com", "gmx"}, {"gmx.de", "gmx"},
	{"web.de", "webde"},
	{"protonmail.ch", "proton_bridge"}, {"proton.me", "proton_bridge"},
	{"yandex.com", "yandex"}, {"yandex.ru", "yandex"}, {"yandex.net", "yandex"},
	{"mail.ru", "mailru"},
}

// providerFromHost maps a server host name to a provider id.
func providerFromHost(host string) ProviderID {
	h := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	if h == "" {
		return ""
	}
	for _, s := range hostSuffixes {
		if h == s.suffix || strings.HasSuffix(h, "."+s.suffix) {
			return s.id
		}
	}
	return ""
}

// textFingerprints are provider traces inside pasted text, the one place
// Explain reads them: Microsoft's error trailers and links, Gmail's
// "- gsmtp", greetings, and reply texts that only one provider sends
// (providers.md, "Server texts" of each provider). They are used only when
// neither the hints nor DetectProvider name the provider. Phrases are lower
// case; the first entry that matches wins, so a provider's own texts come
// before broader traces ("microsoft exchange" is on-premises as well).
//
// Exchange Online and Outlook.com share servers and most texts; like the
// trailers, their texts map to microsoft365 (a host or provider hint tells
// Outlook.com apart).
var textFingerprints = []struct {
	phrases []string
	re      *regexp.Regexp // matched against the lower-cased text
	id      ProviderID
}{
	// Exchange Online trailers, hosts and links.
	{phrases: []string{".prod.outlook.com", ".prod.exchangelabs.com", "outlook.office365.com", "aka.ms/smtp_auth",
		"microsoft esmtp mail service", "partner.outlook.cn"}, id: "microsoft365"},
	// Exchange Online reply texts (providers.md §1 and §2): the 5.7.139
	// family, the Client Submission retirement text, the IMAP "not
	// connected" refusal, the outbound spam block, the TLS 1.0/1.1 refusal.
	// On-premises Exchange answers 5.7.3 instead.
	{phrases: []string{"5.7.139", "smtpclientauthentication", "the user credentials were incorrect",
		"basic authentication is not supported for client submission", "user is authenticated but not connected",
		"did not meet the criteria to be authenticated successfully", "organization's security defaults policy",
		"bad outbound sender", "tls 1.0 and 1.1 are not supported"}, id: "microsoft365"},
	{re: regexp.MustCompile(`microsoft exchange imap4 service is ready\. \[[a-z0-9+/=]{16,}\]`), id: "microsoft365"},
	{phrases: []string{"microsoft exchange"}, id: "exchange"},
	// Google: the gsmtp trailer and support links in Gmail's replies.
	{phrases: []string{"- gsmtp", "support.google.com", "gimap ready", "gpop ready", "smtp.gmail.com"}, id: "gmail"},
	// Yahoo's coded refusals (providers.md §6).
	{phrases: []string{"#auth005", "#mbr1212", "yahoo"}, id: "yahoo"},
	{phrases: []string{"iscream"}, id: "icloud"},
	{phrases: []string{"zoho"}, id: "zoho"},
	{phrases: []string{"yandex"}, id: "yandex"},
	{phrases: []string{"dovecot"}, id: "dovecot"},
	{phrases: []string{"esmtp postfix"}, id: "postfix"},
	{phrases: []string{"esmtp exim"}, id: "exim"},
	{phrases: []string{"cyrus imap"}, id: "cyrus"},
	{phrases: []string{"courier-imap"}, id: "courier"},
}

// providerFromText finds a provider fingerprint in the lower-cased text.
func providerFromText(lower string) ProviderID {
	for _, f := range textFingerprints {
		for _, p := range f.phrases {
			if strings.Contains(lower, p) {
				return f.id
			}
		}
		if f.re != nil && f.re.MatchString(lower) {
			return f.id
		}
	}
	return ""
}
