package mailtest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSMTPSubmissionFlow(t *testing.T) {
	s := startScenario(t, "gmail-app-password-required", nil)
	a := s.Accounts()[0]
	c := dial(t, s.SMTPStartTLS, nil)
	assert.Equal(t, s.Scenario.SMTP.Banner, c.smtpReply(), "banner")

	c.send("EHLO client.example")
	assert.Equal(t, []string{
		"250-smtp.gmail.com at your service, [127.0.0.1]", "250-SIZE 35882577", "250-8BITMIME", "250-STARTTLS",
		"250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250-CHUNKING", "250 SMTPUTF8",
	}, c.smtpReply(), "EHLO before TLS")
	c.send("STARTTLS")
	r := c.smtpReply()
	require.Equal(t, "220 2.0.0 Ready to start TLS", r[0], "STARTTLS = %q", r)
	c.startTLS(s.ClientTLSConfig())
	c.send("MAIL FROM:<x@example.org>")
	r = c.smtpReply()
	assert.True(t, strings.HasPrefix(r[0], "503"), "MAIL before EHLO after TLS = %q", r)
	c.send("EHLO client.example")
	assert.Contains(t, c.smtpReply(), "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH", "EHLO after TLS lacks AUTH")

	// The account password gets Gmail's two-line 534 5.7.9.
	c.send("AUTH PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	assert.Equal(t, s.Scenario.SMTP.Refusal, c.smtpReply(), "AUTH with account password")
	// A wrong password through LOGIN's 334 prompts gets BadCredentials.
	c.send("AUTH LOGIN")
	r = c.smtpReply()
	assert.Equal(t, "334 "+loginUserPrompt, r[0], "LOGIN prompt = %q", r)
	c.send(b64(a.Email))
	c.smtpReply()
	c.send(b64("wrong"))
	assert.Equal(t, s.Scenario.SMTP.Failure, c.smtpReply(), "AUTH with wrong password")
	// The app password works; then a message is accepted and dropped.
	c.send("AUTH PLAIN")
	r = c.smtpReply()
	assert.Equal(t, "334 ", r[0], "PLAIN prompt = %q", r)
	c.send(b64("\x00" + a.Email + "\x00" + a.AppPassword))
	assert.Equal(t, []string{"235 2.7.0 Accepted"}, c.smtpReply(), "AUTH with app password")
	for _, cmd := range []string{"MAIL FROM:<" + a.Email + ">", "RCPT TO:<bob@example.org>", "DATA"} {
		c.send(cmd)
		r = c.smtpReply()
		assert.True(t, r[0][0] == '2' || r[0][0] == '3', "%s = %q", cmd, r)
	}
	c.send("Subject: hi\r\n\r\nhello\r\n.")
	r = c.smtpReply()
	assert.True(t, strings.HasPrefix(r[0], "250 "), "end of DATA = %q", r)
	c.send("QUIT")
	c.smtpReply()

	rec := s.Records()[0]
	assert.False(t, rec.CredentialsBeforeTLS, "record.CredentialsBeforeTLS")
	assert.True(t, rec.AuthOK, "record.AuthOK")
	assert.True(t, rec.TLS, "record.TLS")
	assert.Equal(t, "PLAIN", rec.Mechanism, "record.Mechanism")
	assert.Equal(t, a.Email, rec.Username, "record.Username")
	for _, cmd := range rec.Commands {
		for _, secret := range []string{a.Password, a.AppPassword, "wrong", b64("wrong")} {
			assert.NotContains(t, cmd, secret, "record contains a secret")
		}
	}
}

func TestSMTPCredentialsBeforeTLS(t *testing.T) {
	s := startScenario(t, "starttls-not-offered", nil)
	a := s.Accounts()[0]
	c := dial(t, s.SMTPStartTLS, nil)
	c.smtpReply()
	c.send("EHLO client.example")
	r := c.smtpReply()
	assert.NotContains(t, r, "250-STARTTLS", "STARTTLS offered")
	assert.NotContains(t, r, "250 STARTTLS", "STARTTLS offered")
	c.send("STARTTLS")
	r = c.smtpReply()
	assert.True(t, strings.HasPrefix(r[0], "502"), "STARTTLS = %q", r)
	// AUTH is not offered in clear; a client that sends it anyway has
	// still put the password on the wire.
	c.send("AUTH PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	r = c.smtpReply()
	assert.Equal(t, "503 5.5.1 Error: authentication not enabled", r[0], "AUTH in clear = %q", r)
	assert.True(t, s.SentCredentialsInClear(), "SentCredentialsInClear = false")
	assert.Equal(t, []string{"EHLO client.example", "STARTTLS", "AUTH PLAIN [redacted]"}, s.Records()[0].Commands, "commands")
}

func TestSMTP421ClosesAndAuthNotOffered(t *testing.T) {
	s := startScenario(t, "smtp-421-at-connect", nil)
	c := dial(t, s.SMTPStartTLS, nil)
	assert.Equal(t, []string{"421 4.3.2 mail.example.org Service not available, closing transmission channel"}, c.smtpReply(), "banner")
	assert.True(t, c.eof(), "connection open after 421")

	s = startScenario(t, "smtp-auth-not-offered", nil)
	c = dial(t, s.SMTPTLS, s.ClientTLSConfig())
	c.smtpReply()
	c.send("EHLO x")
	for _, l := range c.smtpReply() {
		assert.NotContains(t, l, "AUTH", "AUTH offered")
	}
	c.send("AUTH LOGIN")
	assert.Equal(t, []string{"503 5.5.1 Error: authentication not enabled"}, c.smtpReply(), "AUTH")
}

// TestGmailAuthBeforeTLS: Gmail's 587 offers no AUTH in the clear and
// answers one sent anyway with its own words, not Postfix's; the password
// is on the wire all the same.
func TestGmailAuthBeforeTLS(t *testing.T) {
	s := startScenario(t, "gmail-ok", nil)
	a := s.Accounts()[0]
	c := dial(t, s.SMTPStartTLS, nil)
	c.smtpReply()
	c.send("EHLO client.example")
	for _, l := range c.smtpReply() {
		assert.NotContains(t, l, "AUTH", "AUTH offered before STARTTLS")
	}
	c.send("AUTH PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	r := c.smtpReply()
	require.Len(t, r, 1)
	assert.Regexp(t, `^530 5\.7\.0 Must issue a STARTTLS command first\. \S+ - gsmtp$`, r[0])
	assert.True(t, s.SentCredentialsInClear(), "SentCredentialsInClear = false")
}
