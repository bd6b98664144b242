package mailtest

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestIMAPLoginLiteralAndMailbox(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	g := c.line()
	assert.True(t, strings.HasSuffix(g, "Dovecot (Debian) ready."), "greeting over TLS = %q", g)
	assert.Contains(t, g, "AUTH=PLAIN", "greeting over TLS")
	// A synchronising literal for the user, a quoted string with an escape
	// for the password: the fake must wait, send "+", and unquote.
	c.send("a1 LOGIN {17}")
	l := c.line()
	require.True(t, strings.HasPrefix(l, "+ "), "literal continuation = %q", l)
	c.send(`grace@example.org "Correct-Horse-Kz9qW7x"`)
	l = c.line()
	assert.True(t, strings.HasPrefix(l, "a1 OK [CAPABILITY "), "LOGIN reply = %q", l)
	assert.True(t, strings.HasSuffix(l, "] Logged in"), "LOGIN reply = %q", l)
	c.send("a2 EXAMINE INBOX")
	lines := c.until("a2 ")
	// From here on go-imap's imapserver answers, in its own words.
	assert.Equal(t, "a2 OK [READ-ONLY] EXAMINE completed", lines[len(lines)-1], "EXAMINE")
	assert.Contains(t, lines, "* 0 EXISTS", "EXAMINE of the empty INBOX")
	c.send("a3 LOGOUT")
	assert.Equal(t, []string{"* BYE Logging out", "a3 OK LOGOUT completed"}, []string{c.line(), c.line()}, "LOGOUT")

	recs := s.Records()
	require.Len(t, recs, 1, "records")
	r := recs[0]
	assert.Equal(t, []string{`LOGIN "grace@example.org" [redacted]`, "EXAMINE INBOX", "LOGOUT"}, r.Commands, "commands")
	assert.True(t, r.AuthOK, "record.AuthOK")
	assert.True(t, r.TLS, "record.TLS")
	assert.False(t, r.CredentialsBeforeTLS, "record.CredentialsBeforeTLS")
	assert.Equal(t, "LOGIN", r.Mechanism, "record.Mechanism")
	assert.Equal(t, "grace@example.org", r.Username, "record.Username")
	assert.Equal(t, "imap-tls", r.Listener, "record.Listener")
}

func TestIMAPAuthenticateMechanisms(t *testing.T) {
	s := startScenario(t, "microsoft365-imap-basic-auth-retired", func(sc *Scenario) {
		sc.IMAP.Capabilities = append(sc.IMAP.Capabilities, "AUTH=LOGIN", "AUTH=OAUTHBEARER")
	})
	a := s.Accounts()[0]
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()

	// PLAIN with SASL-IR: Exchange Online refuses every password.
	c.send("a1 AUTHENTICATE PLAIN " + b64("\x00"+a.Email+"\x00"+a.Password))
	assert.Equal(t, "a1 NO AUTHENTICATE failed.", c.line(), "PLAIN")
	// LOGIN mechanism with two continuations.
	c.send("a2 AUTHENTICATE LOGIN")
	assert.Equal(t, "+ "+loginUserPrompt, c.line(), "LOGIN prompt 1")
	c.send(b64(a.Email))
	assert.Equal(t, "+ "+loginPassPrompt, c.line(), "LOGIN prompt 2")
	c.send(b64(a.Password))
	assert.Equal(t, "a2 NO AUTHENTICATE failed.", c.line(), "LOGIN mechanism")
	// Cancelled exchange.
	c.send("a3 AUTHENTICATE PLAIN")
	c.line()
	c.send("*")
	l := c.line()
	assert.True(t, strings.HasPrefix(l, "a3 BAD"), "cancel = %q", l)
	// XOAUTH2 with the account's token succeeds where passwords are refused.
	c.send("a4 AUTHENTICATE XOAUTH2")
	c.line()
	c.send(b64("user=" + a.Email + "\x01auth=Bearer " + a.Token + "\x01\x01"))
	assert.Equal(t, "a4 OK AUTHENTICATE completed.", c.line(), "XOAUTH2")

	r := s.Records()[0]
	for _, cmd := range r.Commands {
		for _, secret := range []string{a.Password, a.Token, b64(a.Password), b64("\x00" + a.Email + "\x00" + a.Password)} {
			assert.NotContains(t, cmd, secret, "record contains a secret")
		}
	}
	assert.Equal(t, []string{
		"AUTHENTICATE PLAIN [redacted]", "AUTHENTICATE LOGIN", "[redacted]", "[redacted]",
		"AUTHENTICATE PLAIN", "[redacted]", "AUTHENTICATE XOAUTH2", "[redacted]",
	}, r.Commands, "commands")
	assert.True(t, r.AuthOK, "record.AuthOK")
	assert.Equal(t, "XOAUTH2", r.Mechanism, "record.Mechanism")
}

func TestIMAPLoginDisabledBeforeSTARTTLS(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	a := s.Accounts()[0]
	c := dial(t, s.IMAPStartTLS, nil)
	want := "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready."
	assert.Equal(t, want, c.line(), "greeting")
	c.send(`a1 LOGIN ` + a.Email + ` "` + a.Password + `"`)
	assert.Equal(t, []string{
		dovecotPlaintextRefusal[0], "a1 " + dovecotPlaintextRefusal[1],
	}, []string{c.line(), c.line()}, "plaintext LOGIN")
	assert.True(t, s.SentCredentialsInClear(), "SentCredentialsInClear = false after a plaintext LOGIN")
	c.send("a2 STARTTLS")
	require.Equal(t, "a2 OK Begin TLS negotiation now.", c.line(), "STARTTLS")
	c.startTLS(s.ClientTLSConfig())
	c.send("a3 CAPABILITY")
	assert.Equal(t, []string{
		"* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN",
		"a3 OK Pre-login capabilities listed, post-login capabilities have more.",
	}, c.until("a3 "), "CAPABILITY after TLS")
	c.send(`a4 LOGIN ` + a.Email + ` "` + a.Password + `"`)
	l := c.line()
	assert.True(t, strings.HasSuffix(l, "Logged in"), "LOGIN over TLS = %q", l)
}

func TestIMAPNotConnected(t *testing.T) {
	s := startScenario(t, "microsoft365-not-connected", nil)
	a := s.Accounts()[0]
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()
	c.send("a1 LOGIN " + a.Email + " " + a.Password)
	require.Equal(t, "a1 OK LOGIN completed.", c.line(), "LOGIN")
	c.send("a2 SELECT INBOX")
	assert.Equal(t, "a2 BAD User is authenticated but not connected.", c.line(), "SELECT")
	c.send("a3 EXAMINE INBOX")
	assert.Equal(t, []string{
		"a3 BAD User is authenticated but not connected.", "* BYE Connection closed. 14",
	}, []string{c.line(), c.line()}, "second mailbox command")
	assert.True(t, c.eof(), "connection still open after BYE")
}

func TestScanArgs(t *testing.T) {
	tests := []struct {
		in   string
		args []string
		lit  int
		sync bool
	}{
		{`alice "pass word"`, []string{"alice", "pass word"}, -1, false},
		{`"a\"b\\c" x`, []string{`a"b\c`, "x"}, -1, false},
		{`INBOX (MESSAGES UNSEEN)`, []string{"INBOX", "(MESSAGES UNSEEN)"}, -1, false},
		{`alice {5}`, []string{"alice"}, 5, true},
		{`{12+}`, nil, 12, false},
	}
	for _, tc := range tests {
		args, lit, sync, err := scanArgs(tc.in)
		if assert.NoError(t, err, "scanArgs(%q)", tc.in) {
			assert.Equal(t, strings.Join(tc.args, "|"), strings.Join(args, "|"), "scanArgs(%q) args", tc.in)
			assert.Equal(t, tc.lit, lit, "scanArgs(%q) literal", tc.in)
			assert.Equal(t, tc.sync, sync, "scanArgs(%q) sync", tc.in)
		}
	}
	for _, bad := range []string{`"open`, `(a (b)`, `{x}`, `{+5}`, `{-0}`, `{ 5}`} {
		_, _, _, err := scanArgs(bad)
		assert.Error(t, err, "scanArgs(%q)", bad)
	}
}
