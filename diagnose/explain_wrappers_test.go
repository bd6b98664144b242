package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mailcheck-go/mailcheck/probe"
)

// TestStageFromWrapper: a client library's words say which command the
// server's reply answered, and the reply is then read at that command.
// Rows are real texts; each names its source.
func TestStageFromWrapper(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		stage      probe.Stage
		envelope   string
		code       Code
	}{
		// https://github.com/Tivix/django-cron/issues/148: a 552 to MAIL FROM
		// is the sender refused, not a full mailbox.
		{"smtplib sender refused", "nsmtplib.SMTPSenderRefused: (552, b'the from address and the authenticated user must be the same email. #ERR_AUTH_FAIL', 'webmaster@localhost')",
			probe.StageEnvelope, "mail", CodeSenderNotPermitted},
		// https://github.com/FeeiCN/Cobra/issues/377
		{"smtplib recipients refused", "smtplib.SMTPRecipientsRefused: {'a1nquan@meili-inc.com': (550, 'Mailbox not found or access denied')}",
			probe.StageEnvelope, "rcpt", CodeRecipientUnknown},
		// https://github.com/PHPMailer/PHPMailer/issues/1370: DATA END.
		{"phpmailer data not accepted", "SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: This message was classified as SPAM and may not be delivered SMTP code: 550",
			probe.StageData, "", ""},
		// https://github.com/maildev/maildev/issues/239: nodemailer's
		// "Message failed" is the reply after the message.
		{"nodemailer message failed", "Message failed: 503 Error: nested MAIL command", probe.StageData, "", CodeProtocolError},
		// Symfony Mailer's RCPT TO expects 250/251/252 (SmtpTransport.php).
		{"symfony rcpt", `Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table".`,
			probe.StageEnvelope, "rcpt", CodeRecipientUnknown},
		// curl's lib/smtp.c: "MAIL failed: %d".
		{"curl mail failed", "curl: (55) MAIL failed: 553", probe.StageEnvelope, "mail", CodeSenderNotPermitted},
		// https://github.com/muquit/mailsend/issues/159 family: a 4xx at MAIL
		// FROM is a refusal for now, not a refused sender.
		{"mailsend 4xx at mail from", "Error: MAIL FROM failed: '452 4.3.1 Insufficient system storage'", probe.StageEnvelope, "mail", CodeTemporaryFailure},
		// A reply that answered the sign-in.
		{"javamail auth", "javax.mail.AuthenticationFailedException: 535 Incorrect authentication data", probe.StageAuthenticate, "", CodeInvalidCredentials},
		// MailKit's ImapCommandException quotes the server's NO and names
		// the command (https://github.com/jstedfast/MailKit/issues/1082).
		{"mailkit imap no", "MailKit.Net.Imap.ImapCommandException: \"The IMAP server replied to the 'SEARCH' command with a 'NO' response: Internal error occurred. Refer to server log for more information. [2020-09-23 19:48:51] (0.001 + 0.000 secs).\"",
			probe.StageMailbox, "", CodeTemporaryFailure},
		// The go resolver's own timeout is DNS, not the mail server
		// (https://github.com/gogs/gogs/issues/3864).
		{"go dns lookup timeout", "gomail: could not send email 1: dial tcp: lookup my.mailserver.com on 8.8.8.8:53: dial udp 8.8.8.8:53: i/o timeout", probe.StageResolve, "", CodeDNSFailure},
		// No wrapper words: the stage stays the text's own (a bare 550
		// tells none).
		{"bare reply", "550 Requested action not taken", "", "", CodeUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := observeText(tc.text, Hints{})
			assert.Equal(t, tc.stage, o.Stage, "stage")
			assert.Equal(t, tc.envelope, o.Envelope, "envelope")
			if tc.code != "" {
				assert.Equal(t, tc.code, Explain(tc.text, Hints{}).Code, "code")
			}
		})
	}
	o := observeText("The IMAP server replied to the 'APPEND' command with a 'BAD' response: x", Hints{})
	assert.Equal(t, "BAD", o.Status, "MailKit's quoted status is the reply's")
	// A hint wins over the wrapper's words.
	o = observeText("smtplib.SMTPSenderRefused: (553, b'5.7.1 Sender address rejected', 'a@b.c')", Hints{Stage: probe.StageData})
	assert.Equal(t, probe.StageData, o.Stage)
}

// TestWrapperOwnWords: words a library uses for a failure whose cause they
// do not name are not read as a cause.
func TestWrapperOwnWords(t *testing.T) {
	// PHP imap_open's catch-all (php.net imap_open): not a missing folder.
	f := Explain("Can't open mailbox {imap.gmail.com:993/imap/ssl}INBOX: invalid remote specification", Hints{})
	assert.Equal(t, CodeUnknown, f.Code)
	assert.Equal(t, ConfidenceLow, f.Confidence)
	assert.NotEmpty(t, f.Alternatives)
	// MailKit's protocol exception (https://github.com/jstedfast/MailKit/issues/187): a reply that does not parse.
	assert.Equal(t, CodeProtocolError, Explain(`SmtpProtocolException: {"Unable to parse status code returned by the server."}`, Hints{}).Code)
	// Python imaplib refuses a command out of order itself
	// (https://github.com/home-assistant/core/issues/90750).
	assert.Equal(t, CodeProtocolError, Explain("Error requesting imap data: command SEARCH illegal in state AUTH", Hints{}).Code)
	// .NET's WebException for a name that does not resolve
	// (https://github.com/IBM/xgboost-financial-predictions/issues/9).
	assert.Equal(t, CodeDNSFailure, Explain("[WebException: The remote name could not be resolved: 'mailhost']", Hints{}).Code)
	// The server's words quoted in the same text still decide.
	assert.Equal(t, CodeInvalidCredentials, Explain("MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected: Authentication failed: Bad username / password", Hints{}).Code)
}
