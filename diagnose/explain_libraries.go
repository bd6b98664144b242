package diagnose

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Client libraries, library by library: the words each one's source puts
// around a failure, read as the fact, the stage or the reply code they
// tell. explain_errors.go holds the runtime errors many libraries share
// (OpenSSL reason strings, errno texts); this file holds what one library
// says in its own words, from its source:
//
//   - Python: Lib/smtplib.py, Lib/imaplib.py ("%s command error: %s %s",
//     "command: %s => %s"), Lib/poplib.py, Modules/_ssl.c and OpenSSL's
//     reason codes as "[SSL: REASON] reason (_ssl.c:NNN)";
//   - Ruby: net-smtp, net-imap, net-pop, openssl (SSL_connect returned=...);
//   - Java: Jakarta/JavaMail (com.sun.mail.smtp.SMTPTransport "Could not
//     connect to SMTP host: %s, port: %d, response: %d";
//     com.sun.mail.util.SocketFetcher "Server is not trusted", "Can't
//     verify identity of server"; IMAPFolder FolderNotFoundException),
//     JSSE (sun.security.util.HostnameChecker "No name matching %s found",
//     "No subject alternative DNS name matching %s found", PKIX);
//   - Node: nodemailer (lib/smtp-connection/index.js "Invalid greeting.
//     response="), node-imap (lib/Connection.js "Timed out while
//     authenticating with server"), Node's TLS codes (ERR_TLS_DH_PARAM_SIZE);
//   - PHP: PHPMailer, Symfony Mailer ("Unable to connect with STARTTLS."),
//     SwiftMailer, PEAR Net_SMTP/Mail_smtp ("(code: %d, response: %s)",
//     "authentication failure [SMTP: ...]", "Failed to send data"), the
//     stream layer ("Failed to enable crypto"), c-client via php-imap;
//   - Go: net/smtp, crypto/tls, crypto/x509, go-imap, go-smtp;
//   - .NET: MailKit (Security/SslHandshakeException.cs, Pop3Client.cs),
//     SslStream ("Received an unexpected EOF or 0 bytes from the transport
//     stream.");
//   - Rust: lettre (transport/smtp/error.rs: "permanent error (535): ...",
//     "Connection error: ..."), rustls's Display of its errors
//     ("received corrupt message of type InvalidContentType", "invalid peer
//     certificate: UnknownIssuer").

// clientErrorsLibraries are searched before the shared runtime texts of
// explain_errors.go: a library's own sentence is narrower than the words
// it shares with others ("SSLHandshakeException" before a certificate
// reason inside it, "certificate" inside MailKit's general advice).
var clientErrorsLibraries = []clientError{
	// JSSE's host name check (sun.security.util.HostnameChecker) and
	// JavaMail's own (SocketFetcher.checkServerIdentity), printed inside an
	// SSLHandshakeException; rustls's NotValidForName ("certificate not
	// valid for name \"x\"; certificate is only valid for ...").
	{Phrases: []string{"no subject alternative dns name matching", "no subject alternative names present", "no subject alternative names matching",
		"can't verify identity of server", "notvalidforname", "certificate not valid for name", "the host name did not match the name given in the server's ssl certificate"},
		Pattern: `\bno name matching [^ \n]{1,100} found`,
		Kind:    probe.NetTLSCert, Cert: probe.CertWrongHost, Stage: probe.StageTLSHandshake, Seen: "JSSE, JavaMail, rustls, MailKit"},
	// A chain that does not reach a trusted root: JavaMail's "Server is
	// not trusted: host" (mail.smtp.ssl.trust), rustls's UnknownIssuer.
	{Phrases: []string{"server is not trusted:", "invalid peer certificate: unknownissuer", "invalidcertificate(unknownissuer)"},
		Kind: probe.NetTLSCert, Cert: probe.CertUnknownAuthority, Stage: probe.StageTLSHandshake, Seen: "JavaMail, rustls"},
	{Phrases: []string{"invalid peer certificate: expired", "invalidcertificate(expired)", "certificate expired: verification time"},
		Kind: probe.NetTLSCert, Cert: probe.CertExpired, Stage: probe.StageTLSHandshake, Seen: "rustls"},
	// JSSE's PKIX validation of a chain it could build ("validity check
	// failed", a revoked or constrained certificate), rustls's other
	// certificate errors, MailKit's "The SSL certificate for the server
	// was not available." (RemoteCertificateNotAvailable).
	{Phrases: []string{"pkix path validation failed", "certpathvalidatorexception", "invalid peer certificate", "the ssl certificate for the server was not available",
		"do not conform to algorithm constraints", "java.security.cert.certificateexception"},
		Kind: probe.NetTLSCert, Cert: probe.CertOther, Stage: probe.StageTLSHandshake, Seen: "JSSE, rustls, MailKit"},

	// A TLS handshake answered in plaintext, in the words OpenSSL's
	// record layer uses when the first bytes are "220 " or "* OK":
	// "unknown protocol" (before 1.1), "wrong version number" (1.1),
	// "packet length too long", and "record layer failure" (3.2 and
	// later wrap the record errors in it, so Python 3.12+ prints "[SSL]
	// record layer failure" for SMTP_SSL on port 587); rustls's
	// InvalidContentType (the byte '2' of "220" is no record type).
	{Phrases: []string{"[ssl: unknown_protocol]", "[ssl: packet_length_too_long]", "packet length too long", "[ssl: record_layer_failure]", "[ssl] record layer failure",
		"received corrupt message of type invalidcontenttype", "invalidmessage(invalidcontenttype)", "err_ssl_packet_length_too_long"},
		Kind: probe.NetTLSNotTLS, Stage: probe.StageTLSHandshake, Seen: "OpenSSL via Python, Node, PHP; rustls"},
	// The client cannot speak the mechanism it was told to use:
	// nodemailer's 'Unknown authentication method "NTLM"', Ruby net-smtp's
	// "wrong authentication type".
	{Phrases: []string{"unknown authentication method \"", "wrong authentication type"},
		Stop: probe.StopNoMechanism, Stage: probe.StageAuthenticate, Seen: "nodemailer, Ruby net-smtp"},
	// A reply the library could not parse: Ruby Net::IMAP's
	// ResponseParseError ("unexpected token SPACE (expected ...)").
	{Phrases: []string{"net::imap::responseparseerror", "unexpected token space (expected"},
		Kind: probe.NetProtocol, Seen: "Ruby net-imap"},

	// Python asyncio's connect failure ("[Errno 111] Connect call failed
	// ('192.0.2.1', 587)", as aiosmtplib and aioimaplib print it) keeps
	// only the errno: 111 (Linux), 61 (macOS) and 10061 (Windows) are
	// ECONNREFUSED, 110, 60 and 10060 ETIMEDOUT, 113, 65, 101 and 51 no
	// route. Windows' own words for the same: "[WinError 1225] The remote
	// computer refused the network connection", "[WinError 121] The
	// semaphore timeout period has expired".
	{Pattern: `\[errno (111|61|10061)\] connect call failed|\bwinerror 1225\b|remote computer refused the network connection`,
		Kind: probe.NetRefused, Stage: probe.StageConnect, Seen: "Python asyncio (aiosmtplib, aioimaplib), Windows"},
	{Pattern: `\[errno (110|60|10060)\] connect call failed|\bwinerror 121\b|semaphore timeout period has expired`,
		Kind: probe.NetTimeout, Stage: probe.StageConnect, Seen: "Python asyncio, Windows"},
	{Pattern: `\[errno (113|65|101|51)\] connect call failed`,
		Kind: probe.NetUnreachable, Stage: probe.StageConnect, Seen: "Python asyncio"},

	// n8n's NodeApiError replaces Node's error code with a sentence of its
	// own (packages/workflow/src/errors/abstract/node.error.ts,
	// COMMON_ERRORS), so the Send Email and IMAP nodes show only the
	// sentence: ECONNREFUSED, ENOTFOUND (spelt "host(domain)" before
	// 2023), EAI_AGAIN, EHOSTUNREACH, ECONNRESET (once misspelt "wes
	// closed") and ECONNABORTED.
	{Phrases: []string{"the service refused the connection - perhaps it is offline"},
		Kind: probe.NetRefused, Stage: probe.StageConnect, Seen: "n8n"},
	{Phrases: []string{"this usually occurs due to an incorrect host (domain) value", "this usually occurs due to an incorrect host(domain) value"},
		Kind: probe.NetDNSNotFound, Stage: probe.StageResolve, Seen: "n8n"},
	{Phrases: []string{"the dns server returned an error, perhaps the server is offline"},
		Kind: probe.NetDNSTemporary, Stage: probe.StageResolve, Seen: "n8n"},
	{Phrases: []string{"the host is unreachable, perhaps the server is offline"},
		Kind: probe.NetUnreachable, Stage: probe.StageConnect, Seen: "n8n"},
	{Pattern: `the connection to the server w[ae]s closed unexpectedly, perhaps it is offline|the connection was aborted, perhaps the server is offline`,
		Kind: probe.NetReset, Seen: "n8n"},

	// PEAR Net_SMTP's "Invalid response code received from
	// server(code:-1),response:)": no reply line at all came back, the
	// connection was gone (Net/SMTP.php _parseResponse).
	{Pattern: `invalid response code received from server ?\(code: ?-1\b`,
		Kind: probe.NetClosed, Seen: "PEAR Net_SMTP"},

	// GnuTLS's GNUTLS_E_UNEXPECTED_PACKET ("An unexpected TLS packet was
	// received.") in the handshake: the first bytes back were no TLS
	// record, as when msmtp (tls_starttls off), nmail or libetpan speak
	// TLS at once to a STARTTLS or plaintext port and read "220 " or
	// "* OK" (lib/errors.c).
	{Phrases: []string{"an unexpected tls packet was received"},
		Kind: probe.NetTLSNotTLS, Stage: probe.StageTLSHandshake, Seen: "GnuTLS via msmtp, nmail, libetpan"},

	// msmtp's and NeoMutt's words for a server that offers no STARTTLS
	// while the client requires TLS: msmtp "the server does not support
	// TLS via the STARTTLS command" (src/smtp.c), Mutt/NeoMutt "Encrypted
	// connection unavailable" (imap/imap.c, with ssl_force_tls), libetpan's
	// MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED and
	// MAILIMAP_ERROR_STARTTLS_NOT_SUPPORTED names (as Mailspring's logs
	// print them).
	{Phrases: []string{"does not support tls via the starttls command", "encrypted connection unavailable", "_error_starttls_not_supported"},
		Stop: probe.StopStartTLSUnavailable, Stage: probe.StageStartTLS, Seen: "msmtp, Mutt, NeoMutt, libetpan"},

	// aiosmtplib's greeting timer ("SMTPConnectTimeoutError: Timed out
	// waiting for server ready message"): the TCP connection opened and no
	// 220 came, as when start_tls is used on the implicit-TLS port 465.
	{Phrases: []string{"timed out waiting for server ready message"},
		Kind: probe.NetTimeout, Stage: probe.StageGreeting, Seen: "aiosmtplib"},

	// imapflow's timers (lib/imap-flow.js): "Failed to establish
	// connection in required time" (CONNECT_TIMEOUT) and "Failed to
	// receive greeting from server in required time" (GREETING_TIMEOUT).
	{Phrases: []string{"failed to establish connection in required time"},
		Kind: probe.NetTimeout, Stage: probe.StageConnect, Seen: "imapflow"},
	{Phrases: []string{"failed to receive greeting from server in required time"},
		Kind: probe.NetTimeout, Stage: probe.StageGreeting, Seen: "imapflow"},

	// A read timeout in Rust's standard library (lettre, and the programs
	// built on it): a socket read with a timeout returns WouldBlock on
	// Unix, printed "Resource temporarily unavailable (os error 11)" (35
	// on macOS); Windows says TimedOut (os error 10060).
	{Pattern: `resource temporarily unavailable \(os error (11|35)\)`,
		Kind: probe.NetTimeout, Seen: "Rust std::net via lettre"},

	// OpenSSL 3's "unexpected eof while reading" (SSL_R_UNEXPECTED_EOF_WHILE_READING):
	// the peer closed an open TLS connection without close_notify
	// (mbsync against Gmail; held-out round 41). A closed connection, not
	// a failed handshake.
	{Pattern: `secure read from[^\n]{0,160}unexpected eof while reading`,
		Kind: probe.NetClosed, Seen: "OpenSSL 3 via mbsync"},
	// OpenSSL's "ssl_write_internal:protocol is shutdown" (PHP's
	// laminas-mail writing QUIT, held-out round 100): the TLS session was
	// already closed when the program wrote to it; the connection had
	// ended, no handshake failed.
	{Phrases: []string{"protocol is shutdown"},
		Kind: probe.NetClosed, Seen: "OpenSSL via PHP"},
	// TLS alerts that name a certificate: Go's "remote error: tls:
	// unknown certificate authority" and "tls: bad certificate" (the
	// other side refused a certificate; held-out rounds 21, 37), OpenSSL's
	// "tlsv1 alert unknown ca" and "sslv3 alert certificate unknown".
	{Phrases: []string{"tls: unknown certificate authority", "tls: bad certificate", "tls: unknown certificate", "tls: certificate expired", "tls: certificate revoked",
		"tlsv1 alert unknown ca", "alert_unknown_ca", "sslv3 alert certificate unknown", "alert_certificate_unknown", "sslv3 alert bad certificate", "alert_bad_certificate", "sslv3 alert certificate expired",
		// A Go server's log of the client's alert, without "tls:" (tmail's
		// "454 - TLS handshake failed: remote error: bad certificate",
		// held-out round 100).
		"remote error: bad certificate", "remote error: unknown certificate"},
		Kind: probe.NetTLSCert, Cert: probe.CertOther, Stage: probe.StageTLSHandshake, Seen: "Go crypto/tls, OpenSSL"},
	// emailjs's "timedout while connecting to smtp server" (one word);
	// Apple Mail's "The mail server "x" is not responding"; Exchange's
	// connectivity log "Failed connection to ip:25 (TimedOut:0000274C)"
	// (held-out rounds 35, 38, 39).
	{Phrases: []string{"timedout while connecting", "(timedout:"},
		Pattern: `(mail|imap|smtp|pop3?) server [“"'][^”"'\n]{1,100}[”"'] is not responding`,
		Kind:    probe.NetTimeout, Stage: probe.StageConnect, Seen: "emailjs, Apple Mail, Exchange connectivity log, Ruby"},
	// GnuTLS refusing its own priority string ("gnutls_priority_set_direct
	// (@SYSTEM): The request is invalid.", NeoMutt): no TLS session can
	// start on this machine.
	{Phrases: []string{"gnutls_priority_set"},
		Kind: probe.NetTLSOther, Stage: probe.StageTLSHandshake, Seen: "GnuTLS via NeoMutt"},
	// Windows' CERT_E_EXPIRED through SChannel (curl's "SEC_E_CERT_EXPIRED
	// (0x80090328)") and in Chinese ("...证书不在有效期内").
	{Phrases: []string{"sec_e_cert_expired", "0x80090328", "证书不在有效期内"},
		Kind: probe.NetTLSCert, Cert: probe.CertExpired, Stage: probe.StageTLSHandshake, Seen: "Windows SChannel via curl, .NET"},
	// .NET's name lookup failing with EAGAIN ("Resource temporarily
	// unavailable" at System.Net.Dns; held-out round 40): the resolver
	// did not answer.
	{Pattern: `resource temporarily unavailable(?s:.){0,120}system\.net\.dns\.`,
		Kind: probe.NetDNSTemporary, Stage: probe.StageResolve, Seen: ".NET on Linux"},
	// DokuWiki's SMTP plugin: "SMTP Server did not respond with anything
	// I recognized" (held-out round 35).
	{Phrases: []string{"did not respond with anything i recognized"},
		Kind: probe.NetProtocol, Seen: "DokuWiki smtp plugin"},
	// gen_smtp's error terms (Erlang and Elixir: gen_smtp_client.erl),
	// printed as terms: {missing_requirement, Host, auth} when the EHLO
	// reply offered no AUTH and auth is always, {missing_requirement,
	// Host, tls} when it offered no STARTTLS and tls is always, and
	// {temporary_failure, Host, tls_failed} when the STARTTLS handshake
	// failed (held-out rounds 22, 29, 33).
	{Pattern: `missing_requirement, ?[^,\n]{1,80}, ?:?auth\b`,
		Stop: probe.StopAuthNotOffered, Stage: probe.StageAuthenticate, Seen: "gen_smtp"},
	{Pattern: `missing_requirement, ?[^,\n]{1,80}, ?:?tls\b`,
		Stop: probe.StopStartTLSUnavailable, Stage: probe.StageStartTLS, Seen: "gen_smtp"},
	{Pattern: `_failure, ?[^,\n]{1,80}, ?:?tls_failed\b`,
		Kind: probe.NetTLSOther, Stage: probe.StageTLSHandshake, Seen: "gen_smtp"},
	// sSMTP's "Unable to locate <mailhub>" (ssmtp.c, smtp_open): the
	// mail hub's name did not resolve ("mailhub" itself is the placeholder
	// of an unedited ssmtp.conf).
	{Pattern: `\bunable to locate mailhub\b|\bssmtp(\[[0-9]+\])?: unable to locate [a-z0-9.-]+`,
		Kind: probe.NetDNSNotFound, Stage: probe.StageResolve, Seen: "sSMTP"},
	// nodemailer's resolver when this machine has no address of the
	// family the server's name resolved to ("Can not use IPv4 addresses
	// with current network"; later "Failed to resolve IPv4 addresses with
	// current network", lib/shared/index.js).
	{Pattern: `(can ?not use|failed to resolve) ipv[46] addresses with current network`,
		Kind: probe.NetUnreachable, Stage: probe.StageConnect, Seen: "nodemailer"},

	// node-imap's timer between the TCP connect and the end of the
	// sign-in: the server's greeting (or the login's answer) never came,
	// which on 993 with tls off, or 143 with tls on, is the TLS mode.
	{Phrases: []string{"timed out while authenticating with server"},
		Kind: probe.NetTimeout, Stage: probe.StageGreeting, Seen: "node-imap (lib/Connection.js, err.source \"timeout-auth\")"},
}

// clientErrorsLibrariesLast are searched after the shared runtime texts:
// words that say the handshake failed without saying why, so that a
// reason printed after them ("Unable to connect with STARTTLS:
// stream_socket_enable_crypto(): ... certificate verify failed") decides.
var clientErrorsLibrariesLast = []clientError{
	// Ruby's Timeout::Error, "execution expired" (Postal's "No SMTP
	// servers were available ... execution expired"; held-out round 40):
	// a wait ran out, unless a network error printed with it says more.
	{Phrases: []string{"execution expired"},
		Kind: probe.NetTimeout, Stage: probe.StageConnect, Seen: "Ruby (Postal)"},
	// Other handshake failures in a library's own words: Node's refusal of
	// a weak DH group, SslStream's EOF during the handshake, Symfony
	// Mailer's and PHP's failed switch to TLS, rustls's other corrupt
	// records, JSSE's close_notify during the handshake, Windows
	// SChannel through .NET ("A call to SSPI failed", "The Local Security
	// Authority cannot be contacted", SEC_E_UNSUPPORTED_FUNCTION
	// 0x80090302: no TLS version in common), UW c-client through PHP's
	// imap_open ("TLS/SSL failure for host: SSL negotiation failed",
	// src/osdep/unix/ssl_unix.c).
	{Phrases: []string{"err_tls_dh_param_size", "dh parameter size", "received an unexpected eof or 0 bytes from the transport stream",
		"unable to connect with starttls", "failed to enable crypto", "error initiating tls - ",
		"received close_notify during handshake", "ssl negotiation failed", "the authentication or decryption has failed", "tls/ssl failure for", "a call to sspi failed", "local security authority cannot be contacted", "0x80090302", "sec_e_unsupported_function", "received corrupt message", "invalidmessage("},
		Kind: probe.NetTLSOther, Stage: probe.StageTLSHandshake, Seen: "Node, .NET SslStream, Mono's SslStream (\"The authentication or decryption has failed.\"), Symfony Mailer, PHP streams, rustls"},
}

// libraryWrapperStages are the commands a library names around a reply,
// read after explain_wrappers.go's.
var libraryWrapperStages = []wrapperStage{
	// Python imaplib: a BAD raises "LOGIN command error: BAD [...]", any
	// failure inside a command "command: LOGIN => ...".
	{Pattern: `\bcommand: (login|authenticate) =>|\b(login|authenticate) command error: (bad|no)\b`,
		Stage: probe.StageAuthenticate, Seen: "Python imaplib"},
	{Pattern: `\bcommand: (select|examine|append|fetch|search|store|copy|move|list|lsub|create|delete|rename|status|expunge|subscribe|getquota(root)?|uid) =>|\b(select|examine|append|fetch|search|store|copy|move|list|lsub|create|delete|rename|status|expunge|subscribe|uid) command error: (bad|no)\b`,
		Stage: probe.StageMailbox, Seen: "Python imaplib"},
	// The greeting was not 220: nodemailer's "Invalid greeting.
	// response=554 ..." (before 6.x "Invalid greeting from server:\n554
	// ..."), JavaMail's "Could not connect to SMTP host: h, port: 25,
	// response: 421" and "Got bad greeting from SMTP host: ...".
	{Pattern: `invalid greeting\. response=|invalid greeting from server:|(could not connect to|got bad greeting from) smtp host: [^\n]{0,160}, response: -?[0-9]`,
		Stage: probe.StageGreeting, Seen: "nodemailer, JavaMail"},
	// PEAR Mail_smtp: "<method> authentication failure [SMTP: ...]",
	// "Failed to send data [SMTP: ...]".
	{Pattern: `authentication failure \[smtp: `,
		Stage: probe.StageAuthenticate, Seen: "PEAR Mail_smtp"},
	{Pattern: `failed to send data \[smtp: `,
		Stage: probe.StageData, Seen: "PEAR Mail_smtp"},
	// MailKit's Pop3CommandException for commands after the sign-in.
	{Pattern: `did not respond with a \+ok response to the (stat|list|uidl|retr|top|dele|capa) command`,
		Stage: probe.StageMailbox, Seen: "MailKit Pop3Client"},
}

// nodemailerWrapperStages: the commands nodemailer's own sentences name
// (lib/smtp-connection/index.js; _formatError appends ": " and the
// server's reply): EHLO refused or answered with 421, STARTTLS refused,
// the AUTH LOGIN and CRAM-MD5 exchange broken off, LMTP's per-recipient
// result, RSET refused. Ruby's Net::POPAuthenticationError names the
// sign-in.
var nodemailerWrapperStages = []wrapperStage{
	{Pattern: `server terminates connection:|invalid response for (ehlo/helo|lhlo):|ehlo failed but helo does not support required starttls`,
		Stage: probe.StageEHLO, Seen: "nodemailer"},
	{Pattern: `error upgrading connection with starttls|error initiating tls - `,
		Stage: probe.StageStartTLS, Seen: "nodemailer"},
	{Pattern: `invalid login sequence while waiting for|popauthenticationerror`,
		Stage: probe.StageAuthenticate, Seen: "nodemailer, Ruby Net::POP3"},
	{Pattern: `message failed for recipient `,
		Stage: probe.StageData, Seen: "nodemailer (LMTP)"},
}

// libraryReplyRE finds a reply code a library quotes in its own format,
// without the reply's text beside it: JavaMail's "response: 421",
// PEAR's "(code: 535, response: ...)", nodemailer's "response=554",
// mailsend's "Expected smtp code 250, got 552", go-smtp's SMTPError
// ("SMTP error 550: Mailbox unavailable", fmt "SMTP error %03d").
// Only a refusal (4xx, 5xx) is read so: a library that expected one
// positive reply and got another ("Expected smtp code 354, got 250") was
// not refused, and a 2xx read as the server's answer would call the
// failure ok. PEAR's "(code: N" counts only inside its "[SMTP: ...]", so
// an HTTP API's "(code: 401" is not read as SMTP.
var libraryReplyRE = regexp.MustCompile(`(?i)(?:(?:could not connect to|got bad greeting from) smtp host: [^\n]{0,160}, response: |\[smtp: [^\]\n]{0,200}\(code: |invalid greeting\. response=|expected smtp code [0-9]{3}, got |\bsmtp error )([45][0-9]{2})\b`)

// libraryReplyCode returns the reply code a library quotes in its own
// format (libraryReplyRE, lettreCodeRE), or 0.
func libraryReplyCode(text string) int {
	if m := libraryReplyRE.FindStringSubmatch(text); m != nil {
		code, _ := strconv.Atoi(m[1])
		return code
	}
	return lettreCode(text)
}

// lettreCodeRE is lettre's Debug form of a reply code
// (transport/smtp/response.rs): "Code { severity:
// PermanentNegativeCompletion, category: Unspecified3, detail: Five }",
// one enum per digit, as a Rust program prints the error with {:?}
// (or {:#?}, over several lines).
var lettreCodeRE = regexp.MustCompile(`(?i)severity:\s*(PositiveCompletion|PositiveIntermediate|TransientNegativeCompletion|PermanentNegativeCompletion),\s*category:\s*(Syntax|Information|Connections|Unspecified3|Unspecified4|MailSystem),\s*detail:\s*(Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine)\b`)

// lettreDigits are the digits of lettre's Severity, Category and Detail
// enums, by variant name (lower case).
var lettreDigits = map[string]int{
	"positivecompletion": 2, "positiveintermediate": 3, "transientnegativecompletion": 4, "permanentnegativecompletion": 5,
	"syntax": 0, "information": 1, "connections": 2, "unspecified3": 3, "unspecified4": 4, "mailsystem": 5,
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

// lettreCode decodes lettreCodeRE into a reply code, or 0.
func lettreCode(text string) int {
	m := lettreCodeRE.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	return lettreDigits[strings.ToLower(m[1])]*100 + lettreDigits[strings.ToLower(m[2])]*10 + lettreDigits[strings.ToLower(m[3])]
}

// libraryRules read a library's own sentences that say less (or other)
// than the fact explain_errors.go takes from them. They are searched
// with wrapperRules: after the server's phrases, before the fact rules.
var libraryRules = []rule{
	// mutt built without SASL: "SMTP authentication requires SASL"
	// (held-out round 104): the program cannot sign in at all.
	{ID: "client-built-without-sasl", Phrases: []string{"authentication requires sasl"}, Local: true, Situation: "client-lacks-mechanism",
		Code: CodeMechanismUnsupported, Confidence: ConfidenceHigh,
		Summary: "This build of the mail program has no SASL support, so it cannot sign in to the server whatever the password: install a build with SASL (libsasl2 or GNU SASL).",
		Source:  "https://gitlab.com/muttmua/mutt/-/blob/master/smtp.c"},
	// libetpan's error names for a failed TLS handshake as Mailspring's
	// logs print them ("mailsmtp Last Error Explanation: MAILSMTP_ERROR_SSL";
	// held-out rounds 21 and 329): the connection opened and TLS on it
	// failed, and the name says no more (src/low-level/smtp/mailsmtp_ssl.c
	// returns it whenever the TLS stream cannot be opened: a protocol, a
	// cipher or a certificate alike).
	{ID: "libetpan-error-ssl", Phrases: []string{"mailsmtp_error_ssl", "mailimap_error_ssl", "mailpop3_error_ssl"},
		// The TLS library's own words beside it say why (GnuTLS's "An
		// unexpected TLS packet was received" before nmail's
		// MAILIMAP_ERROR_SSL is the wrong mode).
		NotPattern: `unexpected tls packet|wrong version number|unknown protocol|certificate|protocol version|handshake failure`,
		Code:       CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "The connection opened, and the TLS handshake on it failed; libetpan's error name (as Mailspring logs it) does not say why. Check that the port and its security setting match (SSL/TLS for 465 and 993, STARTTLS for 587 and 143), then the server's TLS versions and certificate.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The security setting does not match the port.", "The same account connects with the other security setting."),
			alt(CodeTLSCertificate, "The program does not trust the server's certificate.", "openssl s_client to the port shows a certificate error."),
		},
		Source: "https://github.com/dinhvh/libetpan/blob/master/src/low-level/smtp/mailsmtp_types.h"},
	// rust-imap's Error::Bad, printed "BadResponse(\"Unknown command
	// ...\")" in its older releases (held-out round 100): the server
	// answered BAD, so it did not understand the command the library
	// sent; the login and the mailbox are not in question.
	{ID: "rust-imap-bad-response", Situation: "command-not-parsed", Pattern: `\bbadresponse\("`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The IMAP server answered BAD: it did not understand a command the program sent (a client bug or an extension the server lacks), not a refused login.",
		Source:  "https://github.com/jonhoo/rust-imap/blob/main/src/error.rs"},
	// Jakarta Mail's MailConnectException with no cause after it
	// ("Couldn't connect to host, port: localhost, 25; timeout -1;"): the
	// "timeout -1" is the setting (no limit), not what happened. Labelled
	// texts lean to a timeout (4 of 5), but it is a lean, not a reading.
	// The same to this very machine ("port: localhost, 25", held-out round
	// 100): most often no mail server runs on it.
	{ID: "javamail-connect-localhost", Pattern: `couldn't connect to host, port: (localhost|127\.0\.0\.1|::1), [0-9]+; timeout -?[0-9]+;?\s*$`,
		Code: CodeConnectionRefused, Confidence: ConfidenceLow,
		Summary: "The program could not connect to a mail server on this same machine (localhost), and its message leaves out why: most often no mail server runs here, or it listens on another port. Install or start one, or point the program at the real mail server.",
		Alternatives: []Alternative{
			alt(CodeConnectionTimeout, "A local firewall drops the connection.", "The nested exception says \"Connection timed out\"."),
		},
		Source: "https://javaee.github.io/javamail/docs/api/com/sun/mail/util/MailConnectException.html"},
	{ID: "javamail-connect-no-cause", Pattern: `couldn't connect to host, port: [^\n;]{1,200}; timeout -?[0-9]+;?\s*$`,
		// A cause the log printed before it decides ("java.net.SocketException:
		// Network is unreachable (connect failed). Failed messages: ...").
		NotPattern: `unreachable|refused|timed out|unknownhost|no route|reset|certificate|handshake|\bssl\b`,
		Code:       CodeConnectionTimeout, Confidence: ConfidenceLow,
		Summary: "The program could not connect to the mail server, and its message leaves out why (\"timeout -1\" is its setting, no limit): most often a firewall or the wrong host or port, so the connection never answered.",
		Alternatives: []Alternative{
			alt(CodeConnectionRefused, "Nothing listens on that host and port (a local mail server that is not running, a wrong port).", "The full stack trace's nested exception says \"Connection refused\"."),
			alt(CodeDNSFailure, "The host name does not resolve.", "The nested exception is an UnknownHostException."),
		},
		Source: "https://javaee.github.io/javamail/docs/api/com/sun/mail/util/MailConnectException.html"},
	// MailCore2's error names as apps log them (MCOErrorCode in
	// MCOConstants.h; held-out round 100): the ones whose cause is plain.
	{ID: "mailcore-error-name-limit", Phrases: []string{"mcoerrorgmailtoomanysimultaneousconnections", "mcoerrorgmailexceededbandwidthlimit"},
		Code: CodeRateLimited, Confidence: ConfidenceMedium,
		Summary: "The server refused because of a limit on the account (too many connections at once, or too much downloaded today); it passes once other mail apps disconnect or the day's limit resets.",
		Source:  "https://github.com/MailCore/mailcore2/blob/master/src/objc/abstract/MCOConstants.h"},
	{ID: "mailcore-error-name-imap-off", Phrases: []string{"mcoerrorgmailimapnotenabled"},
		Code: CodeProtocolDisabled, Confidence: ConfidenceMedium,
		Summary: "IMAP is switched off for this Gmail account: turn it on in Gmail's settings (Forwarding and POP/IMAP), or ask the Workspace admin.",
		Source:  "https://github.com/MailCore/mailcore2/blob/master/src/objc/abstract/MCOConstants.h"},
	{ID: "mailcore-error-name-app-password", Phrases: []string{"mcoerrorgmailapplicationspecificpasswordrequired"},
		Code: CodeAppPasswordRequired, Confidence: ConfidenceMedium,
		Summary: "The account needs an app password for mail apps: create one in the account's security settings and use it instead of the account password.",
		Source:  "https://github.com/MailCore/mailcore2/blob/master/src/objc/abstract/MCOConstants.h"},
	// PHPMailer in mail() or sendmail mode: "Could not instantiate mail
	// function." (PHP's mail() returned false) and "Could not execute:
	// /usr/sbin/sendmail" (held-out round 35; in French, "Impossible
	// d'instancier la fonction mail.", round 143): the machine's own mail
	// program is missing or refused, no server was contacted.
	{ID: "phpmailer-local-mail-failed", Pattern: `could not instantiate mail function|impossible d.instancier la fonction mail|could not execute: ?[^\n]{0,60}sendmail`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The program hands mail to this machine's own mail program (PHP's mail() or sendmail), and that failed: the host has no working sendmail or local mail server. Ask the host to set one up, or switch the program to SMTP with the mail provider's server and a sign-in.",
		Alternatives: []Alternative{
			alt(CodeUnknown, "The local mail program runs but refused this message (a bad From or recipient).", "The machine's mail log shows the message and its refusal."),
		},
		Source: "https://github.com/PHPMailer/PHPMailer/issues/1124"},
	// RainLoop's and SnappyMail's MailSo LoginBadMethodException: no AUTH
	// mechanism the server offered is one the client may use here (held-out
	// round 35), often because the server offers only PLAIN/LOGIN after
	// STARTTLS.
	{ID: "mailso-login-bad-method", Phrases: []string{"loginbadmethodexception"},
		Code: CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The webmail's SMTP client found no sign-in method it may use among those the server offers: switch on STARTTLS or SSL for this server (many servers offer PLAIN and LOGIN only over TLS), or allow the mechanism the server offers.",
		Alternatives: []Alternative{
			alt(CodePlaintextDisallowed, "The server offers sign-in only after STARTTLS.", "With STARTTLS on, the same account signs in."),
		},
		Source: "https://github.com/RainLoop/rainloop-webmail/issues/2033"},
	// Cyrus SASL on the client failing before anything was sent ("SASL(-1):
	// generic failure: Unable to find a callback: 18948", mbsync with the
	// XOAUTH2 plugin; held-out round 37): a local set-up problem.
	{ID: "cyrus-sasl-callback-missing", Pattern: `unable to find a callback`,
		Code: CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The sign-in failed on this machine before anything reached the server: the SASL library's plugin for the chosen mechanism (often XOAUTH2) needs a setting the program does not give. Fix the program's SASL or OAuth set-up; the password and the server are not yet involved.",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The mechanism's plugin is not installed or not usable here.", "Another mechanism (PLAIN over TLS) signs in."),
		},
		Source: "https://github.com/harishkrupo/oauth2ms/issues/9"},
	// An HTTP mail API's JSON error naming the sign-in ("type":"auth_error",
	// Nylas; held-out round 36).
	{ID: "api-auth-error-type", Pattern: `"type": ?"auth_error"`,
		NotPattern: `timed? ?out|refused|unreachable|could not connect|couldn't connect|getaddrinfo`,
		Code:       CodeInvalidCredentials, Confidence: ConfidenceLow,
		Summary:      "The service says the sign-in with the mail server failed: check the user name (often the full address) and the password or app password.",
		Alternatives: []Alternative{altAppPassword},
		Source:       "https://github.com/nylas/nylas-mail/issues/2729"},
	// Roundcube's "The krb5 extension is required for GSSAPI
	// authentication" (held-out round 39): the client was set to GSSAPI
	// and cannot speak it here.
	{ID: "client-gssapi-unavailable", Pattern: `krb5 extension is required for gssapi`,
		Code: CodeMechanismUnsupported, Confidence: ConfidenceMedium,
		Summary: "The program was set to sign in with GSSAPI (Kerberos) and cannot do so here (PHP's krb5 extension is missing): choose a password mechanism (PLAIN or LOGIN over TLS) instead.",
		Source:  "https://github.com/YetiForceCompany/YetiForceCRM/issues/4388"},
	// MailKit's "Syntax error in IMAP server greeting. Unexpected token:
	// [atom: 421]": the server sent a busy reply in SMTP's form instead
	// of an IMAP greeting (SmarterMail; held-out round 39).
	{ID: "mailkit-imap-greeting-4xx", Pattern: `syntax error in imap server greeting\. unexpected token: \[atom: 4[0-9][0-9]\]`,
		Code: CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The IMAP server answered the connection with a busy or unavailable reply (a 4xx) instead of its greeting: it takes no sessions now. Try again later; if it lasts, its administrator must look at its connection limits.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The server limits connections from this address or account.", "Fewer clients connected at once get through."),
		},
		Source: "https://github.com/jstedfast/MailKit/issues/1100"},
	// A connection that was still "in progress" (EINPROGRESS) when the
	// program gave up on it, printed as the reason ("Cannot open a
	// connection to the mailserver localhost:25 -- Operation now in
	// progress", monit; held-out round 33). EINPROGRESS is also the normal
	// state of any non-blocking connect, so only a failed connection
	// beside it counts, at low confidence.
	{ID: "connect-still-in-progress", Pattern: `(cannot|can't|could not|couldn't|unable to|failed to) (open |establish )?(a )?connect(ion)?[^\n]{0,120}operation now in progress`,
		Code: CodeConnectionTimeout, Confidence: ConfidenceLow,
		Summary: "The connection to the mail server never completed: nothing answered on that host and port in time (a server that is down, a firewall that drops the traffic, or a wrong host or port).",
		Alternatives: []Alternative{
			alt(CodeConnectionRefused, "The server is not listening on that port, and the refusal came after the program stopped waiting.", "A second try fails at once with \"Connection refused\"."),
		},
		Source: "https://man7.org/linux/man-pages/man2/connect.2.html"},
	// Android's EACCES on connect ("connect failed: EACCES (Permission
	// denied)"; held-out round 40): this device would not open the
	// connection: the app lacks network permission, or a VPN or firewall
	// app blocks it.
	{ID: "android-connect-eacces", Situation: "local-connect-blocked", Pattern: `connect failed: eacces\b`,
		Code: CodeConnectionRefused, Confidence: ConfidenceMedium,
		Summary: "This device refused to open the connection: the app has no permission to use the network, or a VPN, firewall or data-saver setting blocks it. Check the app's network permission and any VPN or firewall app; the mail server was never reached.",
		Alternatives: []Alternative{
			alt(CodeNetworkUnreachable, "The network the device is on blocks mail ports (a guest or captive network).", "The same app connects on another network."),
		},
		Source: "https://man7.org/linux/man-pages/man2/connect.2.html"},
	// The same on a server or desktop (Node's "connect EACCES
	// 192.0.2.1:25"; held-out round 111): this host's firewall, or its
	// hosting provider's policy, stops the outgoing connection, most often
	// to port 25.
	{ID: "connect-eacces", Situation: "local-connect-blocked", Pattern: `\bconnect eacces\b`, NotPattern: `connect eacces /|unix:`,
		Code: CodeConnectionRefused, Confidence: ConfidenceMedium,
		Summary: "This computer refused to open the connection (EACCES: permission denied on connect): a firewall on it, or its hosting provider's policy, blocks outgoing connections to that port, most often 25. Use the submission port (587 or 465) or ask whoever runs the host to allow it; the mail server was never reached.",
		Alternatives: []Alternative{
			alt(CodeNetworkUnreachable, "The network the host is on blocks mail ports.", "The same program connects from another network."),
		},
		Source: "https://man7.org/linux/man-pages/man2/connect.2.html"},
	// The program has no password to give ("missing password for PLAIN
	// auth mechanism", Alertmanager's smtp.go; held-out round 32): the
	// sign-in settings are incomplete, nothing reached the server.
	// Proxmox's notification target: "username is set but no password was
	// provided" (held-out round 273).
	{ID: "client-missing-password", Pattern: `missing (password|username|user name|credentials?) for [a-z0-9_-]+ auth|\b(user ?name|user|login) is set,? but no password (was |is )?(provided|given|set|configured)\b`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The program has no password (or user name) set for the sign-in, so it did not try: fill in the account's credentials, or, if the server needs no sign-in (a relay on the local network), switch authentication off in the program.",
		Alternatives: []Alternative{
			alt(CodeMechanismUnsupported, "The server offers AUTH although this relay needs none, and the program tries it whenever it is offered.", "The relay takes mail from this host without a sign-in (another program sends through it with no password)."),
		},
		Source: "https://github.com/prometheus/alertmanager/blob/main/notify/email/email.go"},
	// PHPMailer's "Called Mail() without being connected" (SMTP.php,
	// also Recipient(), Data(), Hello(), Quit()): the connection an earlier
	// step should have opened is not there (held-out round 33); the log
	// line before it says why.
	{ID: "phpmailer-called-without-being-connected", Pattern: `called (mail|recipient|data|hello|quit|reset|authenticate|starttls)\(\) without being connected`,
		NotPattern: `timed? ?out|refused|unreachable|getaddrinfo|not known|no such host|not accepted|authenticat|password|certificate|\b[45][0-9]{2} `, // the cause, printed before it
		Code:       CodeConnectionRefused, Confidence: ConfidenceLow,
		Summary: "PHPMailer never had a connection to the server when it went to send: the connection failed first (refused, blocked by a firewall, or the host name is wrong). The line before this one in the log says which.",
		Alternatives: []Alternative{
			alt(CodeConnectionTimeout, "A firewall drops the connection instead of refusing it.", "The connection attempt hangs for the client's whole timeout."),
			alt(CodeDNSFailure, "The host name does not resolve.", "A lookup of the host name finds no address."),
		},
		Source: "https://github.com/PHPMailer/PHPMailer/blob/master/src/SMTP.php"},
	// OpenSSL's "bad length" or "bad write retry" on a session already
	// open (Python's "socket error: [SSL: BAD_LENGTH] bad length" during
	// SEARCH; held-out round 34): a program writing to one TLS connection
	// from two places at once, not a failed handshake.
	{ID: "openssl-write-misuse", Situation: "program-misstep", Phrases: []string{"[ssl: bad_length]", "[ssl: bad_write_retry]"},
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The TLS connection was already open and OpenSSL refused a write the program made out of turn (most often two tasks using one connection at once): a fault in the program, not the server or the account.",
		Alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "The error came while the connection was being set up.", "It happens at the first connect, before any command."),
		},
		Source: "https://github.com/openssl/openssl/blob/master/ssl/ssl_err.c"},
	// A URL that asks for TLS from the first byte on a port that starts in
	// plaintext ("[tls://smtp.gmail.com:587]", PHP stream wrappers;
	// offlineimap's "non-standard ssl port 143"; held-out rounds 32, 34;
	// Dolibarr's "Failed to connect with fsockopen host=ssl://x port=587",
	// round 147).
	// PHPMailer's own "tls://host" prefix means STARTTLS, so only a
	// stream that failed to start or connect counts.
	{ID: "implicit-tls-url-on-starttls-port",
		Pattern:    `(failed to start|could not be established with host|(unable to|failed to|can't|cannot|could not) connect to( host)?) "?\[?(ssl|tls)://[a-z0-9.-]+:(25|587|143|110)\b|\bfailed to connect with fsockopen host=ssl://[a-z0-9.-]+ port=(25|587|143|110)\b|(^|[^-a-z])ssl port (25|587|143|110)\b`,
		NotPattern: `refused|timed? ?out|getaddrinfo|name or service not known|no such host|not known|no route|unreachable|authenticat|password|credential|certificate|x509|verify failed|mismatch|self.signed|starttls`,
		Code:       CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The program speaks TLS from the first byte (ssl:// or tls://) to a port that starts in plaintext and upgrades with STARTTLS (587, 25, 143, 110): choose STARTTLS for that port, or use the port with TLS from the start (465 for SMTP, 993 for IMAP, 995 for POP3).",
		Alternatives: []Alternative{
			alt(CodeTLSHandshakeFailed, "The port does take TLS at once on this server (a non-standard set-up) and the handshake itself failed.", "openssl s_client -connect host:port shows a certificate."),
		},
		Source: "https://www.rfc-editor.org/rfc/rfc8314#section-3"},
	// PHPMailer's debug log of SMTPSecure "ssl" on a STARTTLS port:
	// "Connection: opening to ssl://smtp.gmail.com:587", then no greeting
	// ("EOF caught while checking if connected") and its stock "Could
	// not authenticate." (held-out round 142). The sign-in was never
	// reached; PHPMailer's "tls" setting prints no scheme.
	{ID: "phpmailer-ssl-url-on-starttls-port",
		Pattern:    `opening to ssl://[a-z0-9.-]+:(25|587|143|110)\b(?s:.){0,600}(eof caught|connection: closed|failed to connect)`,
		NotPattern: `refused|timed? ?out|getaddrinfo|name or service not known|no such host|no route|unreachable|certificate|x509|verify failed|self.signed`,
		Code:       CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "PHPMailer was set to speak TLS from the first byte (SMTPSecure \"ssl\") to a port that starts in plaintext and upgrades with STARTTLS, so no greeting came and the sign-in was never tried: use \"tls\" (STARTTLS) with port 587, or \"ssl\" with port 465.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The server closed the connection for another reason (a firewall, a block on this address).", "Port 465 with \"ssl\", or 587 with \"tls\", fails the same way."),
		},
		Source: "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"},
	// gen_smtp's {permanent_failure, Host, auth_failed}: every mechanism
	// it tried was refused (gen_smtp_client.erl; held-out round 33, QQ
	// Mail, where the authorisation code is the password).
	{ID: "gen-smtp-auth-failed", Pattern: `_failure, ?[^,\n]{1,80}, ?:?auth_failed\b`,
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary:      "The server refused the sign-in (gen_smtp tried each mechanism it offered and all were refused): the user name or password is wrong, or the provider wants an app password or authorisation code instead.",
		Alternatives: []Alternative{altAppPassword, altProtocolOff},
		Source:       "https://github.com/gen-smtp/gen_smtp/blob/master/src/gen_smtp_client.erl"},
	// MailKit's SslHandshakeException without a certificate reason
	// (Security/SslHandshakeException.cs, Create): "This usually means
	// that the SSL certificate presented by the server is not trusted by
	// the system for one or more of the following reasons:" and four
	// certificate causes, then "Another possibility is that you are
	// trying to connect to a port which does not support SSL/TLS." (not
	// after STARTTLS) and "It is also possible that the set of SSL/TLS
	// protocols supported by the client and server do not match." Since
	// MailKit records a failed certificate check and then prints its
	// reasons instead, this text comes when the handshake failed before
	// or without a certificate verdict: most often no TLS version or
	// cipher in common (MailKit issues 957, 1007, 1012). Older versions
	// printed it for certificate failures too, so the certificate stays
	// the first alternative.
	{ID: "mailkit-ssl-handshake-general",
		Phrases: []string{"presented by the server is not trusted by the system for one or more of"},
		Code:    CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "MailKit could not complete the TLS handshake and names no certificate error: most often the client and server share no TLS version or cipher (a client limited to TLS 1.0, or a server that offers only old versions).",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The server's certificate is self-signed, expired or from an authority this system does not trust (older MailKit versions print this text for those too).", "The same host and port work in another client, which shows the certificate and asks to trust it."),
			alt(CodeTLSWrongMode, "The port does not speak TLS from the start (587, 25 and 143 expect STARTTLS).", "The text says \"Another possibility is that you are trying to connect to a port which does not support SSL/TLS\" and the port is not 465, 993 or 995."),
		},
		Source: "https://github.com/jstedfast/MailKit/blob/master/MailKit/Security/SslHandshakeException.cs"},
	// Windows' WSAEACCES (10013), "An attempt was made to access a socket
	// in a way forbidden by its access permissions": the connection was
	// stopped on this computer (an antivirus or firewall guarding port 25
	// or 587), not by the server.
	{ID: "windows-socket-access-forbidden", Situation: "local-connect-blocked",
		Pattern: `forbidden by its access permissions|\bwsaeacces\b|winerror 10013\b`,
		Code:    CodeConnectionRefused, Confidence: ConfidenceMedium,
		Summary: "This computer refused to open the connection: an antivirus or firewall on it blocks the program from the mail port (often 25 or 587). Allow the program in the antivirus's mail or firewall settings.",
		Alternatives: []Alternative{
			alt(CodeConnectionTimeout, "A firewall on the network drops the traffic instead.", "The same program fails from this computer only."),
		},
		Source: "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2"},
	// The script used the client before connecting, or after an earlier
	// failure closed it: smtplib's "please run connect() first", MailKit's
	// ServiceNotConnectedException ("The SmtpClient is not connected.").
	// The cause is the earlier error, which this text does not carry.
	{ID: "client-used-before-connect",
		Pattern: `please run connect\(\) first|servicenotconnectedexception|\bthe (smtp|imap|pop3)client is not connected\b`,
		Code:    CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The program sent a command on a connection that was not open: either it never connected, or an earlier error closed the connection. That earlier error (in the log just before) tells what went wrong.",
		Source:  "https://github.com/python/cpython/blob/main/Lib/smtplib.py"},
	// Go's net/smtp PlainAuth refuses to send a password over a
	// connection without TLS (auth.go: "unencrypted connection").
	// smtp.SendMail starts TLS by itself whenever the server offers
	// STARTTLS, so through SendMail the server offered none; a program
	// driving smtp.Client itself may just not have called StartTLS.
	{ID: "go-net-smtp-unencrypted", Stop: probe.StopPlaintextNotAllowed, Pattern: `\bunencrypted connection\b`,
		Code: CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "Go's net/smtp would not send the password over a connection without TLS, and the server did not offer STARTTLS on this port: use the implicit-TLS port (465) or a port where the server offers STARTTLS (587).",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The program drives smtp.Client itself and never called StartTLS before Auth.", "The server's EHLO reply lists STARTTLS."),
		},
		Source: "https://github.com/golang/go/blob/master/src/net/smtp/auth.go"},
	// Jakarta/JavaMail's IMAPFolder.open and friends: "FolderNotFoundException:
	// <name> not found" when the folder does not exist on the server.
	{ID: "javamail-folder-not-found", Phrases: []string{"foldernotfoundexception"},
		Code: CodeMailboxMissing, Confidence: ConfidenceHigh,
		Summary: "The folder the program opened does not exist on the server (its name differs: \"Sent\" may be \"Sent Items\" or \"[Gmail]/Sent Mail\"); list the folders to find the right name.",
		Source:  "https://github.com/jakartaee/mail-api/blob/master/api/src/main/java/jakarta/mail/FolderNotFoundException.java"},
	// node-imap's authTimeout ("Timed out while authenticating with
	// server", err.source "timeout-auth") runs from the TCP connect to the
	// end of the login, so it fires when no IMAP greeting comes: the
	// client's tls setting does not match the port (its options take
	// "tls: true", not "ssl: true"), or the port is another protocol's
	// (995, 465). A server that is merely slow to log in is rarer.
	{ID: "node-imap-timeout-auth", Phrases: []string{"timed out while authenticating with server"},
		Code: CodeTLSWrongMode, Confidence: ConfidenceLow,
		Summary: "node-imap connected but never got through the greeting and login in time: most often its tls option does not match the port (993 needs tls: true; 143 needs tls: false) or the port belongs to another protocol (995 is POP3, 465 SMTP).",
		Alternatives: []Alternative{
			altSilentService,
			alt(CodeConnectionTimeout, "The server (or a proxy on the way) answers the login slowly, beyond authTimeout.", "debug: console.log shows the greeting and the LOGIN command sent, then nothing."),
		},
		Source: "https://github.com/mscdex/node-imap/blob/master/lib/Connection.js"},
	// A library that calls the greeting invalid although it carries a 2xx
	// code: nodemailer's "Invalid greeting. response=250 2.1.0 Ok" (before
	// 6.x "Invalid greeting from server:\n250 ..."), JavaMail's "Got bad
	// greeting from SMTP host". A 250 before any command means the client
	// and the server are out of step (the program wrote commands before
	// the greeting, or something in between answers for the server), so
	// the 2xx is no success.
	{ID: "library-greeting-not-220", Reply: []int{2},
		Pattern: `invalid greeting(\. response=| from server:)|got bad greeting from smtp host: `,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client expected the server's 220 greeting but read another reply first: the program and the server are out of step (commands written before the greeting, or a proxy or another service on the port answering).",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port or TLS setting points at something other than the SMTP service's greeting.", "A plain telnet to the host and port shows what answers first."),
		},
		Source: "https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js"},
	// Python imaplib's "%s command error: BAD %s" (Lib/imaplib.py): the
	// server called the command malformed, which a server's BAD means
	// (RFC 3501 7.1.3), so the program sent something the server does not
	// parse. A reason the server gives inside (a [NONEXISTENT] code) is
	// read by the rules before this one.
	{ID: "imaplib-command-bad",
		Pattern:    `\b[a-z]+ command error: bad\b`,
		NotPattern: `\[(toobig|overquota|trycreate|nonexistent|limit|noperm|inuse|unavailable|throttled|alreadyexists)\]|maximum (message|request|literal|append) size|(message|literal) size (limit )?exceeded|timed out|timeout`, // the server's reason, read by later rules
		Code:       CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The IMAP server answered BAD: it could not parse the command the program sent (a malformed argument, or a command the server does not know in this state).",
		Alternatives: []Alternative{
			alt(CodeInvalidCredentials, "At LOGIN, a password with characters the program did not quote is refused as BAD rather than NO.", "The command was LOGIN and the password holds spaces, quotes or backslashes."),
		},
		Source: "https://github.com/python/cpython/blob/main/Lib/imaplib.py"},
	// nodemailer refuses before sending when the message exceeds the
	// SIZE the server announced in its EHLO reply: "Message size larger
	// than allowed 10485760" (EMESSAGE). The server's own limit, read by
	// the client.
	{ID: "nodemailer-message-size-larger-than-allowed",
		Pattern: `message size larger than allowed [0-9]+`,
		Code:    CodeMessageTooLarge, Confidence: ConfidenceHigh,
		Summary: "The message is larger than the server's announced size limit (the number in the text, in bytes), so the client did not send it: make the attachments smaller or send a link instead.",
		Source:  "https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js"},
	// PHPMailer's 'extension_missing' ("Extension missing: openssl"):
	// TLS was asked for, but this PHP has no OpenSSL, so no handshake can
	// even start.
	{ID: "phpmailer-extension-missing-openssl", Phrases: []string{"extension missing: openssl"},
		Code: CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "PHP on this machine has no openssl extension, so PHPMailer cannot encrypt the connection: enable extension=openssl in php.ini (the server is not at fault).",
		Source:  "https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-en.php"},
	// PHPMailer's SMTP::authenticate refusing to run out of order:
	// "Authentication is not allowed before HELO/EHLO", "Authentication is
	// not allowed at this stage" (src/SMTP.php): the program's own
	// sequence, not the server.
	{ID: "phpmailer-auth-out-of-order", Situation: "program-misstep", Pattern: `authentication is not allowed (before helo/ehlo|at this stage)`,
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The program asked PHPMailer to sign in before the session was ready (before EHLO, or after a failed step): the earlier error in the log is the cause.",
		Source:  "https://github.com/PHPMailer/PHPMailer/blob/master/src/SMTP.php"},
	// Windows SChannel through .NET's SslStream when its own reason is
	// the Local Security Authority ("A call to SSPI failed, see inner
	// exception. ---> ... The Local Security Authority cannot be
	// contacted", SEC_E_INTERNAL_ERROR): no TLS version or cipher in common
	// (an old Windows or .NET Framework without TLS 1.2), and as often a
	// TLS handshake sent to a port that does not speak TLS from the start
	// (MailKit issue 399). A more specific inner reason ("The message
	// received was unexpected or badly formatted", a certificate error)
	// is read by the client errors before this rule.
	{ID: "schannel-lsa-cannot-be-contacted", Net: []probe.NetErrorKind{probe.NetTLSOther},
		Pattern: `local security authority cannot be contacted|a call to sspi failed, see inner exception\.?\s*$`,
		Code:    CodeTLSHandshakeFailed, Confidence: ConfidenceMedium,
		Summary: "Windows could not complete the TLS handshake: most often the client (an old Windows or .NET Framework) and the server share no TLS version, or the client started TLS on a port that expects STARTTLS or none.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port expects a plaintext start (587, 25, 143, 110) while the client spoke TLS at once.", "The client's security option is SSL/TLS on a port other than 465, 993 or 995."),
		},
		Source: "https://github.com/jstedfast/MailKit/issues/399"},
	// Ruby net-smtp's exception classes, when the text carries only the
	// class and no reply code (lib/net/smtp.rb): SMTPServerBusy
	// "Represents SMTP error code 4yz, a temporary error",
	// SMTPSyntaxError "Represents an SMTP command syntax error (error
	// code 500)", SMTPAuthenticationError "Represents an SMTP
	// authentication error". A reply code in the text is read by the
	// code rules instead (NotReply).
	{ID: "ruby-smtp-server-busy-bare", NotReply: []int{2, 3, 4, 5}, Phrases: []string{"net::smtpserverbusy"},
		// The server's refusal in words after the class, without its code
		// ("Net::SMTPServerBusy - Recipient address rejected: Domain not
		// found", held-out round 337), is read by those words.
		NotPattern: `(recipient|sender|client host|helo command) (address )?rejected`,
		Code:       CodeTemporaryFailure, Confidence: ConfidenceMedium,
		Summary: "The SMTP server answered with a temporary (4xx) refusal; Ruby's message keeps only its class, not the server's words. Retry later; if it persists, the server's log or a protocol trace shows which limit or check it was.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The 4xx was a sending limit (too many messages or connections).", "The server's reply, when logged, speaks of too much mail or a rate."),
		},
		Source: "https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb"},
	{ID: "ruby-smtp-syntax-error-bare", NotReply: []int{2, 3, 4, 5}, Phrases: []string{"net::smtpsyntaxerror"},
		Code: CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The SMTP server refused a command as malformed (a 500-class syntax error): often the HELO name or an address the program sent.",
		Source:  "https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb"},
	{ID: "ruby-smtp-authentication-error-bare", NotReply: []int{2, 3, 4, 5}, Phrases: []string{"net::smtpauthenticationerror"},
		Code: CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary:      "The SMTP server refused the sign-in; Ruby's message keeps only its class, not the server's words.",
		Alternatives: []Alternative{altAppPassword, altProtocolOff},
		Source:       "https://github.com/ruby/net-smtp/blob/master/lib/net/smtp.rb"},
	// imapflow adds ". Maybe should use TLS?" to its greeting timeout only
	// when the connection is plaintext (secure: false): no greeting on a
	// plaintext connection is what an implicit-TLS port (993) gives.
	{ID: "imapflow-greeting-timeout-maybe-tls", Phrases: []string{"in required time. maybe should use tls?"},
		Code: CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary:      "The connection opened without TLS and no IMAP greeting came: the port most likely expects TLS from the start (993): set secure: true, or use port 143 for a plaintext start with STARTTLS.",
		Alternatives: []Alternative{altSilentService},
		Source:       "https://github.com/postalsys/imapflow/blob/master/lib/imap-flow.js"},
	// imapflow's own codes for a connection the server closed before
	// its greeting (lib/imap-flow.js): ClosedAfterConnectTLS after a TLS
	// connection opened, ClosedAfterConnectText after a plaintext one.
	// Its author's EmailEngine words them "Server unexpectedly closed the
	// connection" and, for the plaintext one, "This usually happens when
	// you try to connect to a TLS port without having TLS enabled"
	// (held-out round 96). A BYE with words of its own, when the program
	// logs it, is read by the rules before these.
	{ID: "imapflow-closed-after-connect-tls", Phrases: []string{"closedafterconnecttls"},
		Code: CodeServerUnavailable, Confidence: ConfidenceLow,
		Summary: "The server closed the connection right after the TLS connection opened, before it greeted: the mail service is refusing connections for now, or it limits how many this address may open.",
		Alternatives: []Alternative{
			alt(CodeRateLimited, "The server drops connections beyond its limit per account or address.", "Fewer programs or devices connected to the same account, or a pause, and it works."),
			alt(CodeTemporaryFailure, "A passing failure of the server or the network.", "The next attempt works with nothing changed."),
		},
		Source: "https://github.com/postalsys/imapflow/blob/master/lib/imap-flow.js"},
	{ID: "imapflow-closed-after-connect-text", Phrases: []string{"closedafterconnecttext"},
		Code: CodeTLSWrongMode, Confidence: ConfidenceMedium,
		Summary: "The server closed a plaintext connection before it greeted: most often the port expects TLS from the start (993): set secure: true, or use port 143 for a plaintext start with STARTTLS.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The mail service is refusing connections for now.", "Other accounts on the same server fail the same way at the same time."),
		},
		Source: "https://github.com/postalsys/emailengine/blob/master/static/js/app.js"},
	// go-imap v1's client.New when the first line is no IMAP status
	// ("invalid greeting received from server: not a status response"):
	// what came was not "* OK": most often the bytes of a TLS server
	// answering a plaintext client (993 without TLS), else another
	// protocol on the port.
	{ID: "go-imap-invalid-greeting", Phrases: []string{"invalid greeting received from server"},
		Code: CodeTLSWrongMode, Confidence: ConfidenceLow,
		Summary: "The first thing the server sent was not an IMAP greeting: most often the port expects TLS from the start (993) while the client connected without it, or the port belongs to another service.",
		Alternatives: []Alternative{
			alt(CodeProtocolError, "Another service (not IMAP) listens on the port.", "A telnet or openssl s_client to the port shows a banner that is not \"* OK\"."),
		},
		Source: "https://github.com/emersion/go-imap/blob/v1/client/client.go"},
}
