package diagnose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNotReadAsTheServersReply: texts whose numbers or success words
// are not a server's answer (found in review). Each was misread before:
// a 2xx a library expected otherwise read as ok, an HTTP status or exit
// code read as an SMTP reply, a success sentence followed by a failure
// read as ok, a delivered message's certificate warning read as the
// failure, and .NET's status name cutting the reply short.
func TestNotReadAsTheServersReply(t *testing.T) {
	for _, c := range []struct {
		text string
		not  Code // the misreading
		want Code // "" when only the misreading is ruled out
	}{
		{"Expected smtp code 354, got 250", CodeOK, ""},
		{"235 auth failure", CodeOK, ""}, // round 22: a qmail AUTH patch's refusal under a positive code
		{"SMTP error 220: unexpected greeting", CodeOK, ""},
		{"Mailgun API request failed (code: 401, message: Forbidden)", CodeTemporaryFailure, ""},
		{"AxiosError: Request failed with status code 401", CodeTemporaryFailure, ""},
		{"Process exited with code 451", CodeTemporaryFailure, ""},
		{"SMTP connection successful, but the server requires authentication", CodeOK, ""},
		{"Connection test passed. Sending test message... Mailbox unavailable", CodeOK, ""},
		{"IMAP connection successful. Sent folder missing", CodeOK, ""},
		{"Connection and login to the server succeeded.", "", CodeOK},
		{"550 Relay access denied. StatusCode: MailboxUnavailable", "", CodeRelayDenied},
		{"Failed to send data [SMTP: Invalid response code received from server (code: 550, response: Relay access denied)]", "", CodeRelayDenied},
		{"postfix/smtp[123]: certificate verification failed for gmail-smtp-in.l.google.com[142.250.1.26]:25: untrusted issuer /C=US/O=Google Trust Services\npostfix/smtp[123]: 4F1: to=<a@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.1.26]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 OK)", CodeTLSCertificate, CodeOK},
		{"postfix/smtp[9]: 4F1: to=<a@example.org>, relay=none, delay=0, dsn=4.7.5, status=deferred (TLS is required, but our TLS engine is unavailable)", CodeStartTLSUnavailable, CodeTLSHandshakeFailed},
		{"dovecot: imap-login: Login: user=<a@example.org>, method=PLAIN, rip=192.0.2.1\ndovecot: imap(a@example.org): Disconnected: Too many invalid IMAP commands.", CodeOK, ""},
	} {
		f := Explain(c.text, Hints{})
		if c.not != "" {
			assert.NotEqual(t, c.not, f.Code, "%q (rule %s)", c.text, f.Evidence.Rule)
		}
		if c.want != "" {
			assert.Equal(t, c.want, f.Code, "%q (rule %s)", c.text, f.Evidence.Rule)
		}
	}
}
