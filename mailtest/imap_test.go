package mailtest

import (
	"encoding/base64"
	"strings"
	"testing"
)

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestIMAPLoginLiteralAndMailbox(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	if g := c.line(); !strings.HasSuffix(g, "Dovecot (Debian) ready.") || !strings.Contains(g, "AUTH=PLAIN") {
		t.Errorf("greeting over TLS = %q", g)
	}
	// A synchronising literal for the user, a quoted string with an escape
	// for the password: the fake must wait, send "+", and unquote.
	c.send("a1 LOGIN {17}")
	if l := c.line(); !strings.HasPrefix(l, "+ ") {
		t.Fatalf("literal continuation = %q", l)
	}
	c.send(`grace@example.org "Correct-Horse-Dovecot"`)
	if l := c.line(); !strings.HasPrefix(l, "a1 OK [CAPABILITY ") || !strings.HasSuffix(l, "] Logged in") {
		t.Errorf("LOGIN reply = %q", l)
	}
	c.send("a2 EXAMINE INBOX")
	lines := c.until("a2 ")
	if got := lines[len(lines)-1]; got != "a2 OK [READ-ONLY] EXAMINE completed." {
		t.Errorf("EXAMINE = %q", got)
	}
	c.send("a3 LOGOUT")
	equalLines(t, "LOGOUT", []string{c.line(), c.line()}, []string{"* BYE Logging out", "a3 OK LOGOUT completed."})

	recs := s.Records()
	if len(recs) != 1 {
		t.Fatalf("records = %d, want 1", len(recs))
	}
	r := recs[0]
	equalLines(t, "commands", r.Commands, []string{`LOGIN "grace@example.org" [redacted]`, "EXAMINE INBOX", "LOGOUT"})
	if !r.AuthOK || !r.TLS || r.CredentialsBeforeTLS || r.Mechanism != "LOGIN" || r.Username != "grace@example.org" || r.Listener != "imap-tls" {
		t.Errorf("record = %+v", r)
	}
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
	if l := c.line(); l != "a1 NO AUTHENTICATE failed." {
		t.Errorf("PLAIN = %q", l)
	}
	// LOGIN mechanism with two continuations.
	c.send("a2 AUTHENTICATE LOGIN")
	if l := c.line(); l != "+ "+loginUserPrompt {
		t.Errorf("LOGIN prompt 1 = %q", l)
	}
	c.send(b64(a.Email))
	if l := c.line(); l != "+ "+loginPassPrompt {
		t.Errorf("LOGIN prompt 2 = %q", l)
	}
	c.send(b64(a.Password))
	if l := c.line(); l != "a2 NO AUTHENTICATE failed." {
		t.Errorf("LOGIN mechanism = %q", l)
	}
	// Cancelled exchange.
	c.send("a3 AUTHENTICATE PLAIN")
	c.line()
	c.send("*")
	if l := c.line(); !strings.HasPrefix(l, "a3 BAD") {
		t.Errorf("cancel = %q", l)
	}
	// XOAUTH2 with the account's token succeeds where passwords are refused.
	c.send("a4 AUTHENTICATE XOAUTH2")
	c.line()
	c.send(b64("user=" + a.Email + "\x01auth=Bearer " + a.Token + "\x01\x01"))
	if l := c.line(); l != "a4 OK AUTHENTICATE completed." {
		t.Errorf("XOAUTH2 = %q", l)
	}

	r := s.Records()[0]
	for _, cmd := range r.Commands {
		for _, secret := range []string{a.Password, a.Token, b64(a.Password), b64("\x00" + a.Email + "\x00" + a.Password)} {
			if strings.Contains(cmd, secret) {
				t.Errorf("record %q contains a secret", cmd)
			}
		}
	}
	equalLines(t, "commands", r.Commands, []string{
		"AUTHENTICATE PLAIN [redacted]", "AUTHENTICATE LOGIN", "[redacted]", "[redacted]",
		"AUTHENTICATE PLAIN", "[redacted]", "AUTHENTICATE XOAUTH2", "[redacted]",
	})
	if !r.AuthOK || r.Mechanism != "XOAUTH2" {
		t.Errorf("record = %+v", r)
	}
}

func TestIMAPLoginDisabledBeforeSTARTTLS(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	a := s.Accounts()[0]
	c := dial(t, s.IMAPStartTLS, nil)
	want := "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot (Debian) ready."
	if g := c.line(); g != want {
		t.Errorf("greeting = %q, want %q", g, want)
	}
	c.send(`a1 LOGIN ` + a.Email + ` "` + a.Password + `"`)
	equalLines(t, "plaintext LOGIN", []string{c.line(), c.line()}, []string{
		dovecotPlaintextRefusal[0], "a1 " + dovecotPlaintextRefusal[1],
	})
	if !s.SentCredentialsInClear() {
		t.Error("SentCredentialsInClear = false after a plaintext LOGIN")
	}
	c.send("a2 STARTTLS")
	if l := c.line(); l != "a2 OK Begin TLS negotiation now." {
		t.Fatalf("STARTTLS = %q", l)
	}
	c.startTLS(s.ClientTLSConfig())
	c.send("a3 CAPABILITY")
	equalLines(t, "CAPABILITY after TLS", c.until("a3 "), []string{
		"* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN",
		"a3 OK Pre-login capabilities listed, post-login capabilities have more.",
	})
	c.send(`a4 LOGIN ` + a.Email + ` "` + a.Password + `"`)
	if l := c.line(); !strings.HasSuffix(l, "Logged in") {
		t.Errorf("LOGIN over TLS = %q", l)
	}
}

func TestIMAPNotConnected(t *testing.T) {
	s := startScenario(t, "microsoft365-not-connected", nil)
	a := s.Accounts()[0]
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()
	c.send("a1 LOGIN " + a.Email + " " + a.Password)
	if l := c.line(); l != "a1 OK LOGIN completed." {
		t.Fatalf("LOGIN = %q", l)
	}
	c.send("a2 SELECT INBOX")
	if l := c.line(); l != "a2 BAD User is authenticated but not connected." {
		t.Errorf("SELECT = %q", l)
	}
	c.send("a3 EXAMINE INBOX")
	equalLines(t, "second mailbox command", []string{c.line(), c.line()}, []string{
		"a3 BAD User is authenticated but not connected.", "* BYE Connection closed. 14",
	})
	if !c.eof() {
		t.Error("connection still open after BYE")
	}
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
		if err != nil || strings.Join(args, "|") != strings.Join(tc.args, "|") || lit != tc.lit || sync != tc.sync {
			t.Errorf("scanArgs(%q) = %q, %d, %v, %v", tc.in, args, lit, sync, err)
		}
	}
	for _, bad := range []string{`"open`, `(a (b)`, `{x}`, `{+5}`, `{-0}`, `{ 5}`} {
		if _, _, _, err := scanArgs(bad); err == nil {
			t.Errorf("scanArgs(%q): want error", bad)
		}
	}
}
