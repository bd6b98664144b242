package diagnose

import (
	"regexp"
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
	re      *regexp.Regexp
	Stage   probe.Stage
	// Envelope is "mail" or "rcpt" for a refused envelope command.
	Envelope string
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
var wrapperStages = compileWrapperStages([]wrapperStage{
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
	{Pattern: `starttls command failed`,
		Stage: probe.StageStartTLS, Seen: "PHPMailer"},
	{Pattern: `smtpheloerror|(ehlo|helo) command failed`,
		Stage: probe.StageEHLO, Seen: "smtplib, PHPMailer"},
	{Pattern: `smtpconnecterror`,
		Stage: probe.StageGreeting, Seen: "smtplib (a greeting other than 220)"},
})

func compileWrapperStages(list []wrapperStage) []wrapperStage {
	for i := range list {
		list[i].re = regexp.MustCompile(list[i].Pattern)
	}
	return list
}

// stageFromWrapper returns the stage (and the envelope command, if any)
// that a client library's words in lower give, or "".
func stageFromWrapper(lower string) (probe.Stage, string) {
	for i := range wrapperStages {
		if wrapperStages[i].re.MatchString(lower) {
			return wrapperStages[i].Stage, wrapperStages[i].Envelope
		}
	}
	return "", ""
}

// wrapperRules read a client library's own words where they mislead the
// rules after them. They are searched after the rules that read a
// server's phrases and documented wording, so that a server's reply
// quoted in the same text still decides.
var wrapperRules = []rule{
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
}

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
