package diagnose

import (
	"regexp"
	"slices"
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Client libraries wrap a server's reply in words of their own, and those
// words often say which command the reply answered: Python's
// SMTPSenderRefused is a refused MAIL FROM, nodemailer's "Message failed:"
// a refused message after DATA, Symfony's 'Expected response code
// "250/251/252"' a refused RCPT TO. Explain reads that stage from the
// wrapper when no hint gives one, so that the server's words are read at
// the command they answered (a 552 after MAIL FROM is not a full mailbox)
// and a refusal outside the sign-in is not read as a refused password.

// wrapperStage is one wrapper's wording for the command a reply answered.
type wrapperStage struct {
	// Pattern is matched against the lower-cased whole text (the
	// wrapper's words included, even where Explain reads only the reply).
	Pattern string
	re      *lazyRegexp
	// pre is what the text must contain for re to match (prefilter.go):
	// a 64 KiB paste is scanned for a few words, not run through every
	// pattern.
	pre   compiledPre
	Stage probe.Stage
	// Envelope is "mail" or "rcpt" for a refused envelope command.
	Envelope string
	// phrases, when set, is the prefilter instead of one worked out of
	// Pattern: a text must hold one of them (lower-case).
	phrases []string
	// Seen names the wrappers, with the source of their exact words.
	Seen string
}

// wrapperStages: the first entry that matches decides. Sources: each
// library's source, where the message is built:
//   - Python smtplib (Lib/smtplib.py): SMTPSenderRefused, SMTPRecipientsRefused,
//     SMTPDataError, SMTPAuthenticationError, SMTPHeloError, SMTPConnectError;
//   - nodemailer (lib/smtp-connection/index.js): "Invalid login", "Mail command
//     failed", "Recipient command failed", "Can't send mail - all recipients
//     were rejected", "Data command failed", "Message failed";
//   - PHPMailer (src/SMTP.php, language/phpmailer.lang-en.php): "<COMMAND> command
//     failed", "The following From address failed", "The following recipients
//     failed", "data not accepted", "Could not authenticate";
//   - SwiftMailer and Symfony Mailer (AbstractSmtpTransport.php, SmtpTransport.php):
//     the codes each command expects: 235/334 AUTH, "250/251/252" RCPT TO,
//     354 DATA;
//   - Jakarta Mail (com.sun.mail.smtp): AuthenticationFailedException,
//     SMTPSenderFailedException, SMTPAddressFailedException;
//   - MailKit (SmtpErrorCode): SenderNotAccepted, RecipientNotAccepted,
//     MessageNotAccepted; MailKit.Security.AuthenticationException;
//   - Roundcube (rcube_smtp.php): "Failed to set sender", "Failed to add recipient";
//   - curl (lib/smtp.c): "MAIL failed: %d", "RCPT failed: %d", "DATA failed: %d";
//     curl (67) "Login denied";
//   - Ruby Net::SMTP: Net::SMTPAuthenticationError;
//   - PHP imap: "Can not authenticate to IMAP server";
//   - a .NET stack trace through MailKit's SmtpClient.Authenticate(Async).
//
// They compile with the rules (compiledTables), not when the package
// loads: their prefilters cost a few milliseconds that a program which
// never reads a pasted text should not pay.
func wrapperStages() []wrapperStage { return compiledTables().wrappers }

// wrapperStageList is wrapperStages as written.
func wrapperStageList() []wrapperStage {
	return append([]wrapperStage{
		{Pattern: `smtpsenderrefused|smtpsenderfailedexception|the following from address failed|mail from command failed|mail command failed|failed to set sender|sendernotaccepted|\bmail failed: [45][0-9]{2}\b|\bmail from failed\b`,
			Stage: probe.StageEnvelope, Envelope: "mail", Seen: "smtplib, Jakarta Mail, PHPMailer, nodemailer, Roundcube, MailKit, curl, mailsend"},
		{Pattern: `smtprecipientsrefused|smtpaddressfailedexception|the following recipients failed|all recipients were rejected|recipient command failed|rcpt to command failed|rcpt command failed|failed to add recipient|recipientnotaccepted|\brcpt failed: [45][0-9]{2}\b|expected response code "?250/251/252|all rcpt commands were rejected`,
			Stage: probe.StageEnvelope, Envelope: "rcpt", Seen: "smtplib, Jakarta Mail, PHPMailer, nodemailer, Roundcube, MailKit, curl, SwiftMailer/Symfony, K-9 Mail"},
		{Pattern: `smtpdataerror|data command failed|data end command failed|data not accepted|message failed: [45][0-9]{2}|messagenotaccepted|expected response code "?354\b|\bdata failed: [45][0-9]{2}\b`,
			Stage: probe.StageData, Seen: "smtplib, nodemailer, PHPMailer, MailKit, SwiftMailer/Symfony, curl"},
		{Pattern: `smtpauthenticationerror|authenticationfailedexception|invalid login: [45][0-9]{2}|could not authenticate|failed to authenticate on smtp server|(password|username|auth) command failed|expected response code "?(235|334)\b|mailkit\.security\.authenticationexception|can not authenticate to imap server|curl: \(67\)|(smtp|imap|pop3)client\.authenticate(async)?\(`,
			Stage: probe.StageAuthenticate, Seen: "smtplib, Jakarta Mail, nodemailer, PHPMailer, SwiftMailer/Symfony, MailKit, PHP imap, curl, Net::SMTP"},
		{Pattern: `replied to the '(login|authenticate)' command`,
			Stage: probe.StageAuthenticate, Seen: "MailKit ImapCommandException"},
		{Pattern: `replied to the '(select|examine|append|fetch|search|store|copy|move|list|lsub|create|delete|rename|status|expunge|subscribe|getquota(root)?|uid [a-z]+)' command`,
			Stage: probe.StageMailbox, Seen: "MailKit ImapCommandException"},
		{Pattern: `starttls command failed|(unrecogni[sz]ed|unknown|unsupported) command:? ['"]?starttls\b`,
			Stage: probe.StageStartTLS, Seen: "PHPMailer, .NET (\"Unrecognized command 'STARTTLS'\")"},
		{Pattern: `smtpheloerror|(ehlo|helo) command failed`,
			Stage: probe.StageEHLO, Seen: "smtplib, PHPMailer"},
		{Pattern: `smtpconnecterror`,
			Stage: probe.StageGreeting, Seen: "smtplib (a greeting other than 220)"},
	}, slices.Concat(libraryWrapperStages, nodemailerWrapperStages, wrapperStagesLanguage, thunderbirdSend.wrapperStages())...) // each library's own words: explain_libraries.go; other languages: explain_wrappers_language.go; Thunderbird's in every locale: rules_thunderbird_send.go
}

func compileWrapperStages(list []wrapperStage) []wrapperStage {
	for i := range list {
		list[i].re = &lazyRegexp{pattern: list[i].Pattern}
		if len(list[i].phrases) > 0 {
			list[i].pre = compilePre(prefilter{list[i].phrases})
		} else {
			list[i].pre = compilePre(prefilterFor(list[i].Pattern))
		}
	}
	return list
}

// stageFromWrapper returns the stage (and the envelope command, if any)
// that a client library's words in lower give, or "".
func stageFromWrapper(lower string, sc *litScan) (probe.Stage, string) {
	return firstStage(wrapperStages(), lower, sc)
}

// firstStage returns the stage and envelope command of the first entry
// of list whose pattern matches lower, or "".
func firstStage(list []wrapperStage, lower string, sc *litScan) (probe.Stage, string) {
	for i := range list {
		if w := &list[i]; w.pre.holdsIn(lower, sc) && w.re.MatchString(lower) {
			return w.Stage, w.Envelope
		}
	}
	return "", ""
}

// wrapperRules read a client library's own words where they mislead the
// rules after them. They are searched after the rules that read a
// server's phrases and documented wording, so that a server's reply
// quoted in the same text still decides. Each library's own sentences
// (explain_libraries.go) follow them.
var wrapperRules = append([]rule{
	// PHP's imap_open says "Can't open mailbox {host:993/imap/ssl}INBOX:
	// invalid remote specification" for any failure to open the
	// connection (no route, TLS, certificate, refused login): the words
	// name no cause, and the folder is not missing.
	{ID: "php-imap-invalid-remote-specification", Phrases: []string{"invalid remote specification"},
		Code: CodeUnknown, Confidence: ConfidenceLow,
		Summary: "PHP's imap_open could not open the connection; its words do not say why.",
		Alternatives: []Alternative{
			alt(CodeTLSCertificate, "The server's certificate failed the check (a self-signed or wrong-host certificate); \"/novalidate-cert\" in the mailbox string would get past it.", "imap_errors() lists \"Certificate failure\"."),
			alt(CodeConnectionRefused, "The host or port in the mailbox string is wrong, or a firewall blocks it.", "imap_errors() lists \"Connection refused\" or \"timed out\"."),
			alt(CodeInvalidCredentials, "The server refused the sign-in.", "imap_errors() lists the server's refusal, such as [AUTHENTICATIONFAILED]."),
		},
		Source: "https://www.php.net/manual/en/function.imap-open.php"},

	// nodemailer calls every refused AUTH "Invalid login" and appends the
	// server's reply (_formatError): "Invalid login: 454 4.7.0 Too many
	// login attempts" is a limit, read by the rules before these. When the
	// reply after it has words of its own that name neither credentials
	// nor anything the rules know (Office 365's "Invalid login: Mailbox
	// cannot be accessed", held-out round 96), the wrapper's word "login"
	// is no evidence of a wrong password: the server's words are shown
	// and the cause left open.
	{ID: "nodemailer-invalid-login-other-words", Pattern: `\binvalid login: [a-z]`,
		NotPattern: `\binvalid login: [^\n]{0,300}(` + credentialWords + `)`,
		Code:       CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The server refused the sign-in (AUTH) with words of its own that name no wrong password; nodemailer's \"Invalid login\" is its name for any refused AUTH. Read the server's words after it.",
		Alternatives: []Alternative{
			alt(CodeAccountLocked, "The account has no usable mailbox on this server: disabled, not yet created, or (Microsoft 365) without a licence that includes Exchange Online.", "The account's mailbox cannot be opened in webmail either, or its admin sees it disabled or unlicensed."),
			altWrongPassword,
		},
		Source: "https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js"},
	// The client has no user name or password to send, so it never asked:
	// nodemailer's 'Missing credentials for "PLAIN"' (EAUTH, command
	// "API"), Jakarta Mail's "failed to connect, no password specified?".
	{ID: "client-missing-credentials",
		// Ruby Net::SMTP: "both user and secret are required" (round 66).
		Pattern: `missing credentials for|both user and secret are required|no (password|user ?name) specified\?|credentials (are |were )?(missing|not (set|provided|configured))`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The application has no user name or password set for this server, so it never tried to sign in: enter the account's credentials in its mail settings (or turn sign-in off if the server relays this network's mail without it).",
		Alternatives: []Alternative{
			alt(CodeRelayDenied, "The server is meant to accept this network's mail without sign-in, and sign-in should be off in the application.", "The server's administrator confirms an address-based relay."),
		},
		Source: "https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js"},
	// MailKit's Pop3CommandException for a -ERR to a sign-in command:
	// "POP3 server did not respond with a +OK response to the AUTH
	// command." (Pop3Client.CreatePop3Exception). The server refused the
	// sign-in; its own words are not in the message.
	{ID: "mailkit-pop3-login-not-ok",
		Pattern: `did not respond with a \+ok response to the (auth|user|pass|apop) command`,
		Code:    CodeInvalidCredentials, Confidence: ConfidenceMedium,
		Summary: "The POP3 server refused the sign-in (it answered -ERR); the user name or password (or token) was not accepted.",
		Alternatives: []Alternative{
			alt(CodeProtocolDisabled, "POP is turned off for this account.", "The provider's webmail settings show POP access disabled."),
			alt(CodeMechanismUnsupported, "The server does not accept the AUTH mechanism the client chose.", "A protocol log shows -ERR right after AUTH <mechanism>, before any password was sent."),
		},
		Source: "https://github.com/jstedfast/MailKit/blob/master/MailKit/Net/Pop3/Pop3Client.cs"},
	// The client's own words that the server offers no STARTTLS, when
	// they look like a server reply: Python poplib raises error_proto("-ERR
	// STLS not supported by server") when CAPA lacks STLS, so the text
	// carries a -ERR the server never sent.
	{ID: "client-stls-not-supported",
		Pattern: `\b(stls|starttls|tls) (is )?not supported by (the )?server`,
		Code:    CodeStartTLSUnavailable, Confidence: ConfidenceMedium,
		Summary: "The server does not offer STARTTLS (STLS for POP3), so the client would not send the password: use the implicit-TLS port (995, 993, 465) if the server has one, or ask the provider to enable TLS.",
		Alternatives: []Alternative{
			alt(CodeTLSWrongMode, "The port is the implicit-TLS one or a plain-only one meant for another setting.", "The provider documents another port with TLS for this protocol."),
		},
		Source: "https://github.com/python/cpython/blob/main/Lib/poplib.py"},
	// A client saying the server broke the protocol: Outlook's "Your
	// Server has Reported a UID which does not Comply with the IMAP
	// Standard. This typically indicates a server bug." (RFC 3501 2.3.1.1:
	// UIDs strictly ascend).
	{ID: "client-says-protocol-violation",
		Pattern: `(does not|doesn't|did not) comply with the (imap|pop3?|smtp) (standard|protocol)|indicates a server bug|(violates|violation of) the (imap|pop3?|smtp) (standard|protocol)|\bprotocol violation\b`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The client says the server broke the protocol (for IMAP, often UIDs that went backwards): the server's administrator must fix the mailbox index; a client reset of its cache only hides it.",
		Source:  srcRFC3501},
	// A proxy's canned alert when the store behind it is down: Sun/Oracle
	// Messaging Multiplexor's default ServerDownAlert "Your IMAP server
	// appears to be temporarily out of service."
	{ID: "out-of-service",
		Pattern: `\bout of service\b`,
		Code:    CodeServerUnavailable, Confidence: ConfidenceMedium,
		Summary: "The mail server (or the store behind its proxy) is out of service: nothing on the user's side will fix it; retry later or ask the provider.",
		Alternatives: []Alternative{
			alt(CodeTemporaryFailure, "A short interruption that ends by itself.", "The same sign-in works minutes later."),
		},
		Source: "https://msg.wikidoc.info/index.php?title=Serverdownalert_Option&oldid=26994"},
	// A MAIL FROM or RCPT TO parameter the server does not know: Postfix's
	// "555 5.5.4 Unsupported option: <param>" (smtpd.c), which Thunderbird
	// shows without the code ("The mail server responded: Unsupported
	// option: ..."). The client sent something malformed.
	{ID: "smtp-unsupported-option", Protocols: onlySMTP,
		Pattern: `unsupported (option|parameter)|unrecognized (option|parameter)|parameters? not (recognized|implemented)`,
		Code:    CodeProtocolError, Confidence: ConfidenceMedium,
		Summary: "The server refused a parameter the client put on the MAIL FROM or RCPT TO command: the client (or a stuck message in its outbox) sent something malformed.",
		Alternatives: []Alternative{
			alt(CodeSenderNotPermitted, "The sender address itself is malformed or not allowed.", "The text after \"option:\" is the From address."),
		},
		Source: "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c"},
	// The same X.4.1 status with the MTA's socket error in its words:
	// Postfix's "connect to host[addr]:25: Network is unreachable" or
	// "...: Connection refused" (src/smtp/smtp_connect.c prints the
	// errno's text), Exim's "Connection refused" retry reason. The errno
	// names what happened, more than the coarse X.4.1 "No answer".
	{ID: "status-x.4.1-unreachable", Enhanced: []string{"4.4.1", "5.4.1"},
		Pattern: `network is unreachable|no route to host|host is unreachable`,
		Code:    CodeNetworkUnreachable, Confidence: ConfidenceHigh,
		Summary: "The sending server has no network route to the next mail server (often: an IPv6 address tried from a host without IPv6 routing).",
		Source:  "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_connect.c"},
	{ID: "status-x.4.1-refused", Enhanced: []string{"4.4.1", "5.4.1"},
		Pattern: `connection refused`,
		Code:    CodeConnectionRefused, Confidence: ConfidenceHigh,
		Summary: "The next mail server refused the sending server's connection: nothing listens on its port 25, or a firewall rejects it.",
		Source:  "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtp/smtp_connect.c"},
	// An MTA's delivery status for a next hop that did not answer: RFC
	// 3463's X.4.1 "No answer from host" with the MTA's words, such as
	// Kerio Connect's queue "Result: delayed, Status: 4.4.1 Cannot connect
	// to host". The connection attempt went unanswered (a firewall, or
	// the host down), which is a timeout more often than a refusal.
	{ID: "status-x.4.1-no-answer", Enhanced: []string{"4.4.1", "5.4.1"},
		Pattern: `(cannot|can't|could not|couldn't|unable to|failed to) connect|no answer|timed? ?out|not reachable|unreachable`,
		Code:    CodeConnectionTimeout, Confidence: ConfidenceMedium,
		Summary: "The sending server could not reach the next mail server: its connection attempt went unanswered. A firewall on the path (outbound port 25 is often blocked) or the receiving host being down is the usual cause.",
		Alternatives: []Alternative{
			alt(CodeConnectionRefused, "The receiving host refused the connection rather than ignoring it.", "A telnet to port 25 of the receiving MX fails at once instead of hanging."),
			alt(CodeDNSFailure, "The receiving domain's MX record points to a host that does not resolve or answer.", "An MX lookup for the domain fails or names a dead host."),
		},
		Source: srcRFC3463},
	// .NET's System.Net.Mail.SmtpClient says "Unable to read data from
	// the transport connection: net_io_connectionclosed." when the server
	// hangs up; its best-known cause is EnableSsl with port 465:
	// SmtpClient speaks only STARTTLS and waits for a greeting the
	// implicit-TLS port never sends (Microsoft: "This alternate connection
	// method using SSL is not currently supported").
	{ID: "dotnet-net-io-connectionclosed", Phrases: []string{"net_io_connectionclosed"}, Stages: stagesEarly,
		Code: CodeTLSWrongMode, Confidence: ConfidenceLow,
		Summary: "The server closed the connection on .NET's SmtpClient. Most often the port is 465 (implicit TLS), which SmtpClient cannot use: use port 587 with EnableSsl, or a client that supports implicit TLS.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The server dropped the connection for its own reasons (overloaded, or refusing this address).", "The port is already 587 or 25 and other clients fail too."),
			alt(CodeInvalidCredentials, "Some servers hang up after a refused sign-in.", "The server's log shows a failed login at that moment."),
		},
		Source: "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient.enablessl"},
	// "Connection closed unexpectedly" (nodemailer), "Connection
	// unexpectedly closed" (smtplib) and their kind, pasted without the
	// stage: the words do not say when the server hung up, so they do not
	// say why (a wrong TLS mode, a failed handshake, a server that drops
	// clients, a refused sign-in).
	{ID: "closed-stage-unknown", Net: []probe.NetErrorKind{probe.NetClosed}, Stages: []probe.Stage{""},
		Pattern: `connection (was |has been )?(closed unexpectedly|unexpectedly closed)|unexpectedly closed (the|its) connection|serverdisconnected`,
		Code:    CodeUnknown, Confidence: ConfidenceLow,
		Summary: "The server closed the connection; the message does not say at which step, so it does not say why.",
		Alternatives: []Alternative{
			alt(CodeServerUnavailable, "The server dropped the connection before greeting (overloaded, or refusing this address).", "A protocol log shows no greeting line."),
			alt(CodeTLSWrongMode, "The client spoke plain text to an implicit-TLS port (465, 993, 995), or TLS to a STARTTLS port.", "Port 465/993/995 with TLS off, or 587/143 with TLS on from the start."),
			alt(CodeTLSHandshakeFailed, "The server hung up during the TLS handshake.", "The log ends right after STARTTLS or at connect on a TLS port."),
		},
		Source: srcNetFacts},
}, libraryRules...)

// mailkitIMAPRE is MailKit's ImapCommandException text: "The IMAP server
// replied to the 'APPEND' command with a 'NO' response: <the server's
// text>" (MailKit/Net/Imap/ImapCommandException.cs).
var mailkitIMAPRE = regexp.MustCompile(`(?i)replied to the '[A-Za-z ]{1,24}' command with an? '(NO|BAD)' response: *([^\n]*)`)

// mailkitIMAPReply returns the server's status line as MailKit quotes it
// ("NO <text>"), and its status, or "", "".
func mailkitIMAPReply(text string) (line, status string) {
	m := mailkitIMAPRE.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	status = strings.ToUpper(m[1])
	return status + " " + strings.TrimRight(strings.TrimSpace(m[2]), `"`), status
}
