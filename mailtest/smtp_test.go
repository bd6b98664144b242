package mailtest

import (
	"strings"
	"testing"
)

func TestSMTPSubmissionFlow(t *testing.T) {
	s := startScenario(t, "gmail-app-password-required", nil)
	a := s.Accounts()[0]
	c := dial(t, s.SMTPStartTLS, nil)
	equalLines(t, "banner", c.smtpReply(), s.Scenario.SMTP.Banner)

	c.send("EHLO client.example")
	equalLines(t, "EHLO before TLS", c.smtpReply(), []string{
		"250-smtp.gmail.com at your service, [127.0.0.1]", "250-SIZE 35882577", "250-8BITMIME", "250-STARTTLS",
		"250-ENHANCEDSTATUSCODES", "250-PIPELINING", "250-CHUNKING", "250 SMTPUTF8",
	})
	c.send("STARTTLS")
	if r := c.smtpReply(); r[0] != "220 2.0.0 Ready to start TLS" {
		t.Fatalf("STARTTLS = %q", r)
	}
	c.startTLS(s.ClientTLSConfig())
	c.send("MAIL FROM:<x@example.org>")
	if r := c.smtpReply(); !strings.HasPrefix(r[0], "503") {
		t.Errorf("MAIL before EHLO after TLS = %q", r)
	}
	c.send("EHLO client.example")
	if r := c.smtpReply(); !slicesContain(r, "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH") {
		t.Errorf("EHLO after TLS lacks AUTH: %q", r)
	}

	// The account password gets Gmail's two-line 534 5.7.9.
	c.send("AUTH PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	equalLines(t, "AUTH with account password", c.smtpReply(), s.Scenario.SMTP.Refusal)
	// A wrong password through LOGIN's 334 prompts gets BadCredentials.
	c.send("AUTH LOGIN")
	if r := c.smtpReply(); r[0] != "334 "+loginUserPrompt {
		t.Errorf("LOGIN prompt = %q", r)
	}
	c.send(b64(a.Email))
	c.smtpReply()
	c.send(b64("wrong"))
	equalLines(t, "AUTH with wrong password", c.smtpReply(), s.Scenario.SMTP.Failure)
	// The app password works; then a message is accepted and dropped.
	c.send("AUTH PLAIN")
	if r := c.smtpReply(); r[0] != "334 " {
		t.Errorf("PLAIN prompt = %q", r)
	}
	c.send(b64("\x00" + a.Email + "\x00" + a.AppPassword))
	equalLines(t, "AUTH with app password", c.smtpReply(), []string{"235 2.7.0 Accepted"})
	for _, cmd := range []string{"MAIL FROM:<" + a.Email + ">", "RCPT TO:<bob@example.org>", "DATA"} {
		c.send(cmd)
		if r := c.smtpReply(); r[0][0] != '2' && r[0][0] != '3' {
			t.Errorf("%s = %q", cmd, r)
		}
	}
	c.send("Subject: hi\r\n\r\nhello\r\n.")
	if r := c.smtpReply(); !strings.HasPrefix(r[0], "250 ") {
		t.Errorf("end of DATA = %q", r)
	}
	c.send("QUIT")
	c.smtpReply()

	r := s.Records()[0]
	if r.CredentialsBeforeTLS || !r.AuthOK || !r.TLS || r.Mechanism != "PLAIN" || r.Username != a.Email {
		t.Errorf("record = %+v", r)
	}
	for _, cmd := range r.Commands {
		for _, secret := range []string{a.Password, a.AppPassword, "wrong", b64("wrong")} {
			if strings.Contains(cmd, secret) {
				t.Errorf("record %q contains a secret", cmd)
			}
		}
	}
}

func TestSMTPCredentialsBeforeTLS(t *testing.T) {
	s := startScenario(t, "starttls-not-offered", nil)
	a := s.Accounts()[0]
	c := dial(t, s.SMTPStartTLS, nil)
	c.smtpReply()
	c.send("EHLO client.example")
	if r := c.smtpReply(); slicesContain(r, "250-STARTTLS") || slicesContain(r, "250 STARTTLS") {
		t.Errorf("STARTTLS offered: %q", r)
	}
	c.send("STARTTLS")
	if r := c.smtpReply(); !strings.HasPrefix(r[0], "502") {
		t.Errorf("STARTTLS = %q", r)
	}
	// AUTH is not offered in clear; a client that sends it anyway has
	// still put the password on the wire.
	c.send("AUTH PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	if r := c.smtpReply(); r[0] != "503 5.5.1 Error: authentication not enabled" {
		t.Errorf("AUTH in clear = %q", r)
	}
	if !s.SentCredentialsInClear() {
		t.Error("SentCredentialsInClear = false")
	}
	equalLines(t, "commands", s.Records()[0].Commands, []string{"EHLO client.example", "STARTTLS", "AUTH PLAIN [redacted]"})
}

func TestSMTP421ClosesAndAuthNotOffered(t *testing.T) {
	s := startScenario(t, "smtp-421-at-connect", nil)
	c := dial(t, s.SMTPStartTLS, nil)
	equalLines(t, "banner", c.smtpReply(), []string{"421 4.3.2 mail.example.org Service not available, closing transmission channel"})
	if !c.eof() {
		t.Error("connection open after 421")
	}

	s = startScenario(t, "smtp-auth-not-offered", nil)
	c = dial(t, s.SMTPTLS, s.ClientTLSConfig())
	c.smtpReply()
	c.send("EHLO x")
	for _, l := range c.smtpReply() {
		if strings.Contains(l, "AUTH") {
			t.Errorf("AUTH offered: %q", l)
		}
	}
	c.send("AUTH LOGIN")
	equalLines(t, "AUTH", c.smtpReply(), []string{"503 5.5.1 Error: authentication not enabled"})
}

func slicesContain(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}
