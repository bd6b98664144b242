package mailtest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSendingInProviderWords: after the sign-in, MAIL FROM, RCPT TO, DATA
// and the message taken are answered in each provider's words (a client
// that logs or parses them meets what it meets at the real service), and
// the queue id in the last reply is the kept message's.
func TestSendingInProviderWords(t *testing.T) {
	for _, tc := range []struct {
		scenario                 string
		mail, rcpt, data, queued string // queued: a prefix before the id
	}{
		{"gmail-ok", "250 2.1.0 OK d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp", "250 2.1.5 OK d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp",
			"354  Go ahead d9443c01a7336-29e2a1b3c4dsm1234567pfa.42 - gsmtp", "250 2.0.0 OK  "},
		{"microsoft365-ok", "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK", "354 Start mail input; end with <CRLF>.<CRLF>", "250 2.0.0 Ok: queued as "},
		{"dovecot-postfix-ok", "250 2.1.0 Ok", "250 2.1.5 Ok", "354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Ok: queued as "},
	} {
		t.Run(tc.scenario, func(t *testing.T) {
			s := startScenario(t, tc.scenario, nil)
			a := s.Accounts()[0]
			c := dialSubmission(t, s)
			c.send("AUTH XOAUTH2 " + b64("user="+a.Login()+"\x01auth=Bearer "+a.Token+"\x01\x01"))
			if a.Token == "" {
				c.line()
				secret := a.Password
				if a.AppPassword != "" {
					secret = a.AppPassword
				}
				c.send("AUTH PLAIN " + b64("\x00"+a.Login()+"\x00"+secret))
			}
			require.True(t, strings.HasPrefix(c.line(), "235"), "signed in")

			c.send("MAIL FROM:<" + a.Email + ">")
			assert.Equal(t, tc.mail, c.line())
			c.send("RCPT TO:<bob@example.net>")
			assert.Equal(t, tc.rcpt, c.line())
			c.send("DATA")
			assert.Equal(t, tc.data, c.line())
			c.send("Subject: words\r\n\r\nhello\r\n.")
			queued := c.line()
			require.Len(t, s.Messages(), 1)
			id := s.Messages()[0].QueueID
			require.NotEmpty(t, id)
			assert.True(t, strings.HasPrefix(queued, tc.queued+id), "%q starts with %q and the queue id %q", queued, tc.queued, id)
		})
	}
}

// TestScriptedRefusalsAfterSignIn: a scripted reply that is not a 2xx
// (or, for DATA, not a 354) refuses, and the session goes on as after a
// real refusal (a fresh reviewer's finds: a 554 to DATA still read a
// message and swallowed QUIT; a 451 to the message still kept it).
func TestScriptedRefusalsAfterSignIn(t *testing.T) {
	send := func(t *testing.T, edit func(*SMTPBehavior)) (*Server, *client) {
		s := startScenario(t, "dovecot-postfix-ok", func(sc *Scenario) { edit(sc.SMTP) })
		c := dialSubmission(t, s)
		c.send("AUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x"))
		require.True(t, strings.HasPrefix(c.line(), "235"))
		return s, c
	}
	t.Run("mail refused", func(t *testing.T) {
		_, c := send(t, func(b *SMTPBehavior) { b.Mail = []string{"550 5.7.1 Sender refused"} })
		c.send("MAIL FROM:<grace@example.org>")
		assert.Equal(t, "550 5.7.1 Sender refused", c.line())
		c.send("RCPT TO:<bob@example.net>")
		assert.Equal(t, "503 5.5.1 Error: need MAIL command", c.line(), "no transaction started")
	})
	t.Run("data refused", func(t *testing.T) {
		s, c := send(t, func(b *SMTPBehavior) { b.DataGoAhead = []string{"554 5.7.1 DATA refused"} })
		c.envelope("grace@example.org", "bob@example.net")
		c.send("DATA")
		assert.Equal(t, "554 5.7.1 DATA refused", c.line())
		c.send("QUIT")
		assert.True(t, strings.HasPrefix(c.line(), "221"), "QUIT is a command again, not message text")
		assert.Empty(t, s.Messages())
	})
	t.Run("message refused", func(t *testing.T) {
		s, c := send(t, func(b *SMTPBehavior) { b.Queued = "451 4.3.0 Try again later" })
		c.envelope("grace@example.org", "bob@example.net")
		c.send("DATA")
		c.line()
		c.send("Subject: x\r\n\r\nbody\r\n.")
		assert.Equal(t, "451 4.3.0 Try again later", c.line())
		assert.Empty(t, s.Messages(), "nothing kept, so a retry makes no duplicate")
		c.send("MAIL FROM:<grace@example.org>")
		assert.True(t, strings.HasPrefix(c.line(), "250"), "the transaction was reset")
	})
}

// dialSubmission connects to the scenario's STARTTLS submission port and
// says EHLO before and after STARTTLS, ready for AUTH.
func dialSubmission(t *testing.T, s *Server) *client {
	t.Helper()
	c := dial(t, s.SMTPStartTLS, nil)
	c.line()
	c.send("EHLO client.example")
	c.until("250 ")
	c.send("STARTTLS")
	require.True(t, strings.HasPrefix(c.line(), "220"))
	c.startTLS(s.ClientTLSConfig())
	c.send("EHLO client.example")
	c.until("250 ")
	return c
}
