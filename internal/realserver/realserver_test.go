//go:build unix

package realserver

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// replyTimeout bounds every read in these tests. Failed logins must come
// back well within it: Dovecot's default failure delay is 2 s.
const replyTimeout = time.Second

// dovecotReady ends Dovecot's greetings: "Dovecot (Debian) ready." with
// Debian's packages, where the vendor name is a build option.
const dovecotReady = `Dovecot( \(\w+\))? ready\.`

// conn is a line-oriented client for IMAP and SMTP.
type conn struct {
	t testing.TB
	c net.Conn
	r *bufio.Reader
}

// dial connects to addr; with cfg not nil it does implicit TLS.
func dial(t testing.TB, addr string, cfg *tls.Config) *conn {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, replyTimeout)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	if cfg != nil {
		tc := tls.Client(c, cfg)
		c.SetDeadline(time.Now().Add(replyTimeout))
		require.NoError(t, tc.Handshake())
		c = tc
	}
	return &conn{t: t, c: c, r: bufio.NewReader(c)}
}

// clientTLS trusts the test CA and expects the certificate to name host.
func clientTLS(d *Dovecot, addr string) *tls.Config {
	host, _, _ := net.SplitHostPort(addr)
	return &tls.Config{RootCAs: d.RootCAs, ServerName: host}
}

// starttls upgrades the connection after the server agreed to STARTTLS.
func (c *conn) starttls(cfg *tls.Config) {
	c.t.Helper()
	tc := tls.Client(c.c, cfg)
	require.NoError(c.t, tc.Handshake())
	c.c, c.r = tc, bufio.NewReader(tc)
}

// line reads one line without its CRLF.
func (c *conn) line() string {
	c.t.Helper()
	c.c.SetReadDeadline(time.Now().Add(replyTimeout))
	s, err := c.r.ReadString('\n')
	require.NoError(c.t, err, "after reading %q", s)
	return strings.TrimRight(s, "\r\n")
}

// send writes one command line.
func (c *conn) send(s string) {
	c.t.Helper()
	c.c.SetWriteDeadline(time.Now().Add(replyTimeout))
	_, err := c.c.Write([]byte(s + "\r\n"))
	require.NoError(c.t, err)
}

// imap sends "a " + cmd and returns the untagged lines and the tagged one.
func (c *conn) imap(cmd string) (untagged []string, tagged string) {
	c.t.Helper()
	c.send("a " + cmd)
	for {
		l := c.line()
		if strings.HasPrefix(l, "a ") {
			return untagged, l
		}
		untagged = append(untagged, l)
	}
}

// smtp sends cmd (none if empty) and returns the reply's lines.
func (c *conn) smtp(cmd string) []string {
	c.t.Helper()
	if cmd != "" {
		c.send(cmd)
	}
	var reply []string
	for {
		l := c.line()
		reply = append(reply, l)
		if len(l) < 4 || l[3] != '-' {
			return reply
		}
	}
}

// smtpOrClosed is smtp for a server that may hang up at any moment: closed
// reports that the connection ended before a whole reply came.
func (c *conn) smtpOrClosed(cmd string) (reply []string, closed bool) {
	c.t.Helper()
	c.c.SetDeadline(time.Now().Add(replyTimeout))
	if _, err := c.c.Write([]byte(cmd + "\r\n")); err != nil {
		return nil, true
	}
	for {
		l, err := c.r.ReadString('\n')
		if err != nil {
			var ne net.Error
			require.False(c.t, errors.As(err, &ne) && ne.Timeout(), "no reply to %q and no close", cmd)
			return reply, true
		}
		l = strings.TrimRight(l, "\r\n")
		reply = append(reply, l)
		if len(l) < 4 || l[3] != '-' {
			return reply, false
		}
	}
}

// last returns the final line of an SMTP reply.
func last(reply []string) string { return reply[len(reply)-1] }

// plain is the initial response of AUTH PLAIN.
func plain(user, pass string) string {
	return base64.StdEncoding.EncodeToString([]byte("\x00" + user + "\x00" + pass))
}

func TestDovecotIMAP(t *testing.T) {
	RequireDovecot(t)
	d := StartDovecot(t, DovecotOptions{})

	t.Run("implicit TLS", func(t *testing.T) {
		c := dial(t, d.IMAPTLS, clientTLS(d, d.IMAPTLS))
		g := c.line()
		assert.Regexp(t, `^\* OK \[CAPABILITY IMAP4rev1 .*AUTH=PLAIN.*\] `+dovecotReady+`$`, g)
		assert.NotContains(t, g, "LOGINDISABLED")

		// Wrong passwords fail at once, again and again: no failure
		// delay, no per-IP penalty (each read has replyTimeout).
		for range 3 {
			_, tagged := c.imap(`LOGIN alice@example.test "wrong"`)
			assert.Equal(t, "a NO [AUTHENTICATIONFAILED] Authentication failed.", tagged)
		}
		_, tagged := c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.Regexp(t, `^a OK \[CAPABILITY .*\] Logged in$`, tagged)
		_, tagged = c.imap("EXAMINE INBOX")
		assert.Regexp(t, `^a OK \[READ-ONLY\] Examine completed`, tagged)
	})

	t.Run("disabled account", func(t *testing.T) {
		c := dial(t, d.IMAPTLS, clientTLS(d, d.IMAPTLS))
		c.line()
		_, tagged := c.imap(`LOGIN disabled@example.test pw`)
		assert.Equal(t, "a NO [CONTACTADMIN] "+DisabledReason, tagged)
	})

	t.Run("plaintext from another address", func(t *testing.T) {
		c := dial(t, d.IMAP, nil)
		g := c.line()
		assert.Regexp(t, `^\* OK \[CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL\+ STARTTLS LOGINDISABLED\] `+dovecotReady+`$`, g)
		untagged, tagged := c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.Equal(t, []string{"* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed."}, untagged)
		assert.Equal(t, "a NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", tagged)
		_, tagged = c.imap("AUTHENTICATE PLAIN " + plain(Alice, AlicePassword))
		assert.Equal(t, "a NO [PRIVACYREQUIRED] Plaintext authentication disabled.", tagged)

		_, tagged = c.imap("STARTTLS")
		require.Equal(t, "a OK Begin TLS negotiation now.", tagged)
		c.starttls(clientTLS(d, d.IMAP))
		untagged, _ = c.imap("CAPABILITY")
		require.Len(t, untagged, 1)
		assert.Contains(t, untagged[0], "AUTH=PLAIN")
		assert.NotContains(t, untagged[0], "LOGINDISABLED")
		_, tagged = c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.Regexp(t, `^a OK \[CAPABILITY .*\] Logged in$`, tagged)
	})
}

func TestDovecotSubmission(t *testing.T) {
	RequireDovecot(t)
	d := StartDovecot(t, DovecotOptions{})

	t.Run("implicit TLS", func(t *testing.T) {
		c := dial(t, d.SubmissionTLS, clientTLS(d, d.SubmissionTLS))
		assert.Regexp(t, `^220 localhost `+dovecotReady+`$`, last(c.smtp("")))
		assert.Contains(t, c.smtp("EHLO client.test"), "250-AUTH PLAIN LOGIN")
		assert.Equal(t, "535 5.7.8 Authentication failed.", last(c.smtp("AUTH PLAIN "+plain(Alice, "wrong"))))
		assert.Equal(t, "525 5.7.13 "+DisabledReason, last(c.smtp("AUTH PLAIN "+plain(Disabled, DisabledPassword))))
		assert.Equal(t, "235 2.7.0 Logged in.", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
		// The relay is a closed port. Dovecot connects to it right after
		// the login, then says 421 and hangs up, before or after MAIL
		// FROM arrives: the client may read the 421 or only the close.
		if reply, closed := c.smtpOrClosed("MAIL FROM:<alice@example.test>"); !closed {
			assert.Equal(t, "421 4.4.0 localhost Failed to connect to relay server (connect)", last(reply))
		}
	})

	t.Run("STARTTLS", func(t *testing.T) {
		c := dial(t, d.Submission, nil)
		c.smtp("")
		assert.Contains(t, c.smtp("EHLO client.test"), "250-AUTH ") // no mechanisms before TLS
		assert.Equal(t, "523 5.7.10 Plaintext authentication disabled.", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
		require.Equal(t, "220 2.0.0 Begin TLS negotiation now.", last(c.smtp("STARTTLS")))
		c.starttls(clientTLS(d, d.Submission))
		assert.Contains(t, c.smtp("EHLO client.test"), "250-AUTH PLAIN LOGIN")
		assert.Equal(t, "235 2.7.0 Logged in.", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
	})
}

func TestDovecotCertificates(t *testing.T) {
	RequireDovecot(t)
	tests := []struct {
		kind  CertKind
		check func(t *testing.T, err error)
	}{
		{CertValid, func(t *testing.T, err error) { assert.NoError(t, err) }},
		{CertSelfSigned, func(t *testing.T, err error) {
			var e x509.UnknownAuthorityError
			assert.ErrorAs(t, err, &e)
		}},
		{CertExpired, func(t *testing.T, err error) {
			var e x509.CertificateInvalidError
			require.ErrorAs(t, err, &e)
			assert.Equal(t, x509.Expired, e.Reason)
		}},
		{CertWrongHost, func(t *testing.T, err error) {
			var e x509.HostnameError
			assert.ErrorAs(t, err, &e)
		}},
	}
	for _, tc := range tests {
		name := string(tc.kind)
		if name == "" {
			name = "valid"
		}
		t.Run(name, func(t *testing.T) {
			d := StartDovecot(t, DovecotOptions{Cert: tc.kind})
			assert.Contains(t, string(d.CAPEM), "BEGIN CERTIFICATE")
			for _, addr := range []string{d.IMAPTLS, d.SubmissionTLS} {
				c, err := net.DialTimeout("tcp", addr, replyTimeout)
				require.NoError(t, err)
				c.SetDeadline(time.Now().Add(replyTimeout))
				tc.check(t, tls.Client(c, clientTLS(d, addr)).Handshake())
				c.Close()
			}
		})
	}
}

func TestDovecotOptions(t *testing.T) {
	RequireDovecot(t)

	t.Run("custom users and environment", func(t *testing.T) {
		d := StartDovecot(t, DovecotOptions{
			Users: []User{{Name: "bob", Password: "s3cret no", Extra: "nologin=y reason=%{env:WHY}"}},
			Env:   map[string]string{"WHY": "Moved to another server"},
		})
		c := dial(t, d.IMAPTLS, clientTLS(d, d.IMAPTLS))
		c.line()
		_, tagged := c.imap(`LOGIN bob "s3cret no"`)
		assert.Equal(t, "a NO [CONTACTADMIN] Moved to another server", tagged)
	})

	t.Run("refused users", func(t *testing.T) {
		d := StartDovecot(t, DovecotOptions{
			RefusedUsers: []User{{Name: "carol", Password: "pw", Extra: "reason=%{env:WHY}"}},
			Env:          map[string]string{"WHY": "Account suspended: contact support"},
		})
		c := dial(t, d.IMAPTLS, clientTLS(d, d.IMAPTLS))
		c.line()
		_, tagged := c.imap(`LOGIN carol "pw"`)
		assert.Equal(t, "a NO [ALERT] Account suspended: contact support", tagged, "the right password: refused, with the reason")
		_, tagged = c.imap(`LOGIN carol "wrong"`)
		assert.Equal(t, "a NO [AUTHENTICATIONFAILED] Authentication failed.", tagged, "a wrong password gets no reason")
		_, tagged = c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.True(t, strings.HasPrefix(tagged, "a OK "), "the other accounts still log in: %s", tagged)
	})

	t.Run("refused user also in Users", func(t *testing.T) {
		_, err := newDovecot(t, DovecotOptions{RefusedUsers: []User{{Name: Alice, Password: "pw"}}})
		assert.ErrorContains(t, err, "both in Users and in RefusedUsers")
	})

	t.Run("no TLS, plaintext passwords", func(t *testing.T) {
		d := StartDovecot(t, DovecotOptions{NoTLS: true, PlaintextAuth: true})
		assert.Empty(t, d.IMAPTLS)
		assert.Empty(t, d.SubmissionTLS)
		c := dial(t, d.IMAP, nil)
		g := c.line()
		assert.NotContains(t, g, "STARTTLS")
		assert.NotContains(t, g, "LOGINDISABLED")
		_, tagged := c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.True(t, strings.HasPrefix(tagged, "a OK "), tagged)
		s := dial(t, d.Submission, nil)
		s.smtp("")
		ehlo := strings.Join(s.smtp("EHLO client.test"), "\n")
		assert.NotContains(t, ehlo, "STARTTLS")
		assert.Contains(t, ehlo, "AUTH PLAIN LOGIN")
	})

	t.Run("oauth only", func(t *testing.T) {
		d := StartDovecot(t, DovecotOptions{OAuthOnly: true, SSLRequired: true})
		c := dial(t, d.IMAPTLS, clientTLS(d, d.IMAPTLS))
		g := c.line()
		assert.Contains(t, g, "AUTH=OAUTHBEARER AUTH=XOAUTH2")
		assert.Contains(t, g, "LOGINDISABLED")
		_, tagged := c.imap(`LOGIN alice@example.test "correct horse"`)
		assert.Equal(t, "a NO [ALERT] Unsupported authentication mechanism.", tagged)
	})
}

func TestPostfix(t *testing.T) {
	RequirePostfix(t)
	d := StartDovecot(t, DovecotOptions{})
	p := StartPostfix(t, PostfixOptions{Dovecot: d})

	t.Run("implicit TLS", func(t *testing.T) {
		c := dial(t, p.SubmissionTLS, clientTLS(d, p.SubmissionTLS))
		assert.Equal(t, []string{"220 localhost ESMTP Postfix"}, c.smtp(""))
		assert.Contains(t, c.smtp("EHLO client.test"), "250-AUTH PLAIN LOGIN")
		assert.Equal(t, "535 5.7.8 Error: authentication failed: (reason unavailable)", last(c.smtp("AUTH PLAIN "+plain(Alice, "wrong"))))
		assert.Equal(t, "235 2.7.0 Authentication successful", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))

		// Sender ownership is checked at RCPT TO (smtpd_delay_reject).
		assert.Equal(t, "250 2.1.0 Ok", last(c.smtp("MAIL FROM:<bob@example.test>")))
		assert.Equal(t, "553 5.7.1 <bob@example.test>: Sender address rejected: not owned by user alice@example.test",
			last(c.smtp("RCPT TO:<someone@example.org>")))
		assert.Equal(t, "250 2.0.0 Ok", last(c.smtp("RSET")))
		assert.Equal(t, "250 2.1.0 Ok", last(c.smtp("MAIL FROM:<alice@example.test>")))
		assert.Equal(t, "250 2.1.5 Ok", last(c.smtp("RCPT TO:<someone@example.org>")))
	})

	t.Run("disabled account", func(t *testing.T) {
		// nologin is for Dovecot's login processes; its auth service,
		// which Postfix asks, accepts the password.
		c := dial(t, p.SubmissionTLS, clientTLS(d, p.SubmissionTLS))
		c.smtp("")
		c.smtp("EHLO client.test")
		assert.Equal(t, "235 2.7.0 Authentication successful", last(c.smtp("AUTH PLAIN "+plain(Disabled, DisabledPassword))))
	})

	t.Run("STARTTLS required", func(t *testing.T) {
		c := dial(t, p.Submission, nil)
		c.smtp("")
		ehlo := c.smtp("EHLO client.test")
		assert.Contains(t, ehlo, "250-STARTTLS")
		assert.NotContains(t, strings.Join(ehlo, "\n"), "AUTH")
		assert.Equal(t, "530 5.7.0 Must issue a STARTTLS command first", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
		assert.Equal(t, "530 5.7.0 Must issue a STARTTLS command first", last(c.smtp("MAIL FROM:<alice@example.test>")))
		require.Equal(t, "220 2.0.0 Ready to start TLS", last(c.smtp("STARTTLS")))
		c.starttls(clientTLS(d, p.Submission))
		assert.Contains(t, c.smtp("EHLO client.test"), "250-AUTH PLAIN LOGIN")
		assert.Equal(t, "235 2.7.0 Authentication successful", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
	})

	t.Run("port 25", func(t *testing.T) {
		c := dial(t, p.SMTP, nil)
		assert.Equal(t, []string{"220 localhost ESMTP Postfix"}, c.smtp(""))
		assert.NotContains(t, strings.Join(c.smtp("EHLO client.test"), "\n"), "AUTH")
		assert.Equal(t, "503 5.5.1 Error: authentication not enabled", last(c.smtp("AUTH PLAIN "+plain(Alice, AlicePassword))))
	})
}

// TestClose checks that Close leaves no process behind, zombies aside.
func TestClose(t *testing.T) {
	RequirePostfix(t)
	d := StartDovecot(t, DovecotOptions{})
	p := StartPostfix(t, PostfixOptions{Dovecot: d})
	dovecotGroup := d.proc.cmd.Process.Pid
	scriptGroup, masterGroup := p.proc.cmd.Process.Pid, p.masterPID()
	require.NotZero(t, masterGroup)
	require.True(t, groupRunning(masterGroup))

	p.Close()
	d.Close()
	for _, g := range []int{dovecotGroup, scriptGroup, masterGroup} {
		assert.False(t, groupRunning(g), "process group %d still running", g)
	}
	_, err := net.DialTimeout("tcp", d.IMAPTLS, replyTimeout)
	assert.True(t, errors.Is(err, syscall.ECONNREFUSED), "dial after Close: %v", err)
	p.Close() // idempotent
	d.Close()
}

func TestParseStat(t *testing.T) {
	tests := []struct {
		stat  string
		state string
		pgrp  int
		ok    bool
	}{
		{"42 (master) S 1 42 42 0 -1", "S", 42, true},
		{"43 (a (b) c) Z 42 42 42 0", "Z", 42, true}, // comm with spaces and parentheses
		{"44 (smtpd)", "", 0, false},
		{"garbage", "", 0, false},
	}
	for _, tc := range tests {
		state, pgrp, ok := parseStat(tc.stat)
		assert.Equal(t, tc.ok, ok, tc.stat)
		if tc.ok {
			assert.Equal(t, tc.state, state, tc.stat)
			assert.Equal(t, tc.pgrp, pgrp, tc.stat)
		}
	}
}

func TestRequireSkipsInShortMode(t *testing.T) {
	if !testing.Short() {
		t.Skip("only meaningful with -short")
	}
	RequireDovecot(t)
	t.Fatal("RequireDovecot did not skip under -short")
}
