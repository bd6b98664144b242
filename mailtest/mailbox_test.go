package mailtest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/redact"
)

// plainMailbox starts dovecot-postfix-ok with plaintext logins allowed, so
// tests can speak raw IMAP and SMTP on the STARTTLS listeners.
func plainMailbox(t testing.TB) *Server {
	t.Helper()
	sc := mustLookupTB(t, "dovecot-postfix-ok")
	sc.IMAP.LoginDisabled = false
	sc.IMAP.CapabilitiesBeforeTLS = nil
	sc.SMTP.ExtensionsBeforeTLS = append([]string{"AUTH PLAIN"}, sc.SMTP.Extensions...)
	s, err := NewServer(sc)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	return s
}

func mustLookupTB(t testing.TB, name string) Scenario {
	t.Helper()
	sc, ok := Lookup(name)
	require.True(t, ok, "no scenario %q", name)
	return sc
}

// imapLoggedIn dials the plaintext IMAP listener and logs in.
func imapLoggedIn(t *testing.T, s *Server) *client {
	t.Helper()
	c := dial(t, s.IMAPStartTLS, nil)
	c.line()
	c.send(`a0 LOGIN grace@example.org Correct-Horse-Kz9qW7x`)
	require.True(t, strings.HasPrefix(c.line(), "a0 OK"), "login")
	return c
}

// TestPostLoginBadInput: after the login, bad input gets the protocol's
// answer and the session goes on.
func TestPostLoginBadInput(t *testing.T) {
	s := plainMailbox(t)
	require.NoError(t, s.Append("grace@example.org", "INBOX", Draft{Subject: "one"}.Bytes()))
	c := imapLoggedIn(t, s)

	last := func(tag string) string { l := c.until(tag + " "); return l[len(l)-1] }

	// A literal over APPENDLIMIT is refused before the client sends it.
	c.send("a1 APPEND INBOX {" + strconv.Itoa(appendLimit+1) + "}")
	assert.True(t, strings.HasPrefix(last("a1"), "a1 NO [TOOBIG]"), "oversized APPEND")
	// APPEND without its literal, and a command that does not parse.
	c.send("a2 APPEND INBOX")
	assert.True(t, strings.HasPrefix(last("a2"), "a2 BAD"), "APPEND without a literal")
	c.send("a3 SELECT")
	assert.True(t, strings.HasPrefix(last("a3"), "a3 BAD"), "SELECT without a mailbox")
	c.send("a4 FROBNICATE now")
	assert.True(t, strings.HasPrefix(last("a4"), "a4 BAD"), "unknown command")
	// A range beyond the mailbox.
	c.send("a5 SELECT INBOX")
	assert.Equal(t, "a5 OK [READ-WRITE] SELECT completed", last("a5"))
	c.send("a6 FETCH 5:9 (FLAGS)")
	lines := c.until("a6 ")
	assert.Len(t, lines, 1, "nothing to fetch: %q", lines)
	assert.NotContains(t, lines[0], "OK [", "FETCH 5:9: %q", lines[0])
	c.send("a7 UID FETCH 100:* (FLAGS)")
	assert.Contains(t, strings.Join(c.until("a7 "), "\n"), "a7 OK", "UID FETCH beyond UIDNEXT is not an error")
	// Still alive and answering.
	c.send("a8 NOOP")
	assert.True(t, strings.HasPrefix(last("a8"), "a8 OK"), "NOOP after bad input")
	assert.Zero(t, s.mail.log.panics.Load(), "panics in imapserver")

	// A literal over 4096 bytes in another command: refused at once, and
	// the session goes on (imapserver alone would leave the client
	// waiting for "+", or answer "Internal server error" and close).
	c.send("b1 SEARCH TEXT {100000}")
	assert.Equal(t, "b1 NO [TOOBIG] Literals are limited to 4096 bytes for this command", c.line(), "oversized synchronising literal")
	_, err := c.nc.Write([]byte("b2 SEARCH TEXT {100000+}\r\n" + strings.Repeat("x", 100000) + "\r\nb3 NOOP\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "b2 BAD [TOOBIG] Non-synchronizing literals are limited to 4096 bytes for this command", c.line(), "oversized non-synchronising literal")
	assert.True(t, strings.HasPrefix(last("b3"), "b3 OK"), "in step after the dropped literal")
	// Literals within bounds, and APPEND's, still work.
	c.send("b4 SEARCH TEXT {4}")
	require.True(t, strings.HasPrefix(c.line(), "+"), "continuation")
	c.send("body")
	assert.True(t, strings.HasPrefix(last("b4"), "b4 OK"), "small literal")
	msg := Draft{Subject: strings.Repeat("y", 5000)}.Bytes()
	_, err = c.nc.Write([]byte("b5 APPEND INBOX {" + strconv.Itoa(len(msg)) + "+}\r\n" + string(msg) + "\r\n"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(last("b5"), "b5 OK [APPENDUID"), "APPEND of 5 KB with LITERAL+")
	recs := s.Records()
	assert.Contains(t, recs[len(recs)-1].Commands, "SEARCH TEXT {100000} [refused: too big]", "recorded")
}

// TestSMTPDataBounds: SIZE is advertised and enforced, before DATA (MAIL
// FROM SIZE=) and during it; the session goes on after a 552.
func TestSMTPDataBounds(t *testing.T) {
	sc := mustLookupTB(t, "dovecot-postfix-ok")
	sc.SMTP.Extensions = []string{"SIZE 1000", "AUTH PLAIN"}
	sc.SMTP.ExtensionsBeforeTLS = sc.SMTP.Extensions
	s, err := NewServer(sc)
	require.NoError(t, err)
	defer s.Close()
	c := dial(t, s.SMTPStartTLS, nil)
	c.line()
	c.send("EHLO client.example")
	assert.Contains(t, c.until("250 "), "250-SIZE 1000", "SIZE advertised")
	c.send("AUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x"))
	require.True(t, strings.HasPrefix(c.line(), "235"))

	c.send("MAIL FROM:<grace@example.org> SIZE=5000")
	assert.Equal(t, "552 5.3.4 Message size exceeds fixed limit", c.line(), "declared size over the limit")
	c.send("MAIL FROM:grace@example.org>")
	assert.True(t, strings.HasPrefix(c.line(), "501"), "malformed path")
	c.send("MAIL FROM:<grace@example.org>")
	assert.Equal(t, "250 2.1.0 Ok", c.line())
	c.send("DATA")
	assert.Equal(t, "554 5.5.1 Error: no valid recipients", c.line(), "DATA before RCPT")
	c.send("RCPT TO:<bob@example.net>")
	assert.Equal(t, "250 2.1.5 Ok", c.line())
	c.send("DATA")
	assert.True(t, strings.HasPrefix(c.line(), "354"))
	c.send(strings.Repeat("x", 600) + "\r\n" + strings.Repeat("y", 600) + "\r\n.")
	assert.Equal(t, "552 5.3.4 Error: message file too big", c.line(), "DATA past SIZE")
	assert.Empty(t, s.Messages(), "nothing kept")

	// The transaction was reset; a message within the limit goes through,
	// dot-unstuffed, bare LF accepted.
	c.envelope("grace@example.org", "bob@example.net")
	c.send("DATA")
	c.line()
	_, err = c.nc.Write([]byte("Subject: x\r\n\r\n..hidden\nplain\r\n.\r\n"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(c.line(), "250 2.0.0 Ok: queued as "))
	require.Len(t, s.Messages(), 1)
	assert.Equal(t, "Subject: x\r\n\r\n.hidden\r\nplain\r\n", string(s.Messages()[0].Data))
}

// TestReadData checks the DATA reader against hand-made cases.
func TestReadData(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		err      error
	}{
		{".\r\n", "", nil},
		{"a\r\n.\r\n", "a\r\n", nil},
		{"..\r\n.\r\n", ".\r\n", nil},
		{"..a\r\n...\r\n.\r\n", ".a\r\n..\r\n", nil},
		{"a\nb\n.\n", "a\r\nb\r\n", nil},
		{".a\r\n.\r\n", "a\r\n", nil}, // a lone leading dot is dropped, as RFC 5321 4.5.2 says
		{strings.Repeat("z", 200) + "\r\n.\r\n", "", errTooBig},
		{"a\r\n", "", io.EOF},
	} {
		got, err := readData(bufio.NewReaderSize(strings.NewReader(tc.in), 16), 100)
		assert.ErrorIs(t, err, tc.err, "%q", tc.in)
		if tc.err == nil {
			assert.Equal(t, tc.want, string(got), "%q", tc.in)
		}
	}
	// A client that never ends the message is cut off.
	_, err := readData(bufio.NewReader(io.LimitReader(zeroes{}, 4<<20)), 100)
	assert.ErrorIs(t, err, errDataRunaway)
}

type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// dotStuff writes msg (CRLF lines) as an SMTP client sends it after DATA.
func dotStuff(msg string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(msg, "\r\n") {
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, ".") {
			b.WriteByte('.')
		}
		b.WriteString(l)
	}
	return b.String() + ".\r\n"
}

// FuzzReadData: the reader never panics; any message a client dot-stuffs
// comes back as it was; what it returns always ends in CRLF.
func FuzzReadData(f *testing.F) {
	for _, seed := range []string{"Subject: x\r\n\r\nhi\r\n", ".\r\n..\r\n", "a\r\n.b\r\n", "", "\r\n\r\n"} {
		f.Add([]byte(seed), 1000)
	}
	f.Fuzz(func(t *testing.T, raw []byte, limit int) {
		limit = 1 + abs(limit)%4096
		// Arbitrary bytes: no panic, and a success ends in CRLF.
		if got, err := readData(bufio.NewReaderSize(bytes.NewReader(raw), 16), limit); err == nil && len(got) > 0 {
			if !bytes.HasSuffix(got, []byte("\r\n")) {
				t.Fatalf("readData(%q) = %q without a final CRLF", raw, got)
			}
		}
		// Round trip of a well-formed message.
		msg := strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r", ""), "\n", "\r\n")
		if msg != "" && !strings.HasSuffix(msg, "\r\n") {
			msg += "\r\n"
		}
		got, err := readData(bufio.NewReaderSize(strings.NewReader(dotStuff(msg)), 16), 1<<20)
		if err != nil || string(got) != msg {
			t.Fatalf("round trip of %q: %q, %v", msg, got, err)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// FuzzPostLogin sends arbitrary bytes to the real mailbox after a good
// login: the server never panics, answers or closes, and ends the session
// once the client stops sending.
func FuzzPostLogin(f *testing.F) {
	for _, seed := range []string{
		"a SELECT INBOX\r\nb FETCH 1:* (UID FLAGS ENVELOPE BODYSTRUCTURE BODY.PEEK[])\r\nc LOGOUT\r\n",
		"a SELECT INBOX\r\nb UID SEARCH SUBJECT hello\r\nc STORE 1 +FLAGS (\\Seen)\r\nd EXPUNGE\r\n",
		"a APPEND INBOX (\\Seen) {11}\r\nSubject: x\r\n\r\n",
		"a APPEND INBOX {5+}\r\nhello\r\nb CREATE Work\r\nc RENAME Work Old\r\nd DELETE Old\r\n",
		"a SELECT INBOX\r\nb IDLE\r\nDONE\r\nc COPY 1 Archive\r\nd MOVE 1:* INBOX\r\n",
		"a FETCH 1 BODY[]<0.10>\r\nb EXAMINE \"INBOX\"\r\nc FETCH 999999 (FLAGS)\r\n",
		"a LIST \"\" *\r\nb STATUS INBOX (MESSAGES UIDNEXT)\r\nc NAMESPACE\r\nd ENABLE UTF8=ACCEPT\r\n",
		"a APPEND INBOX {99999999999}\r\n",
		"a APPEND INBOX {99999999}\r\nb NOOP\r\nc SEARCH TEXT {5000}\r\nd NOOP\r\n",
		"a SEARCH TEXT {5000+}\r\n" + strings.Repeat("x", 5000) + "\r\nb NOOP\r\n",
		"a SEARCH TEXT {3}\r\nabc TEXT {5000}\r\n",
		"* ( ) {\r\n\x00\xff",
		"a LOGIN grace@example.org Correct-Horse-Kz9qW7x\r\n",
	} {
		f.Add([]byte(seed))
	}
	s := plainMailbox(f)
	require.NoError(f, s.Append("grace@example.org", "INBOX", Draft{Subject: "hello", Text: "body"}.Bytes()))
	require.NoError(f, s.Append("grace@example.org", "Archive", Draft{Subject: "old"}.Bytes()))
	f.Fuzz(func(t *testing.T, script []byte) {
		nc, err := net.Dial("tcp", s.IMAPStartTLS)
		require.NoError(t, err)
		defer nc.Close()
		_ = nc.SetDeadline(time.Now().Add(10 * time.Second))
		br := bufio.NewReader(nc)
		_, err = br.ReadString('\n')
		require.NoError(t, err, "greeting")
		_, err = nc.Write([]byte("a0 LOGIN grace@example.org Correct-Horse-Kz9qW7x\r\n"))
		require.NoError(t, err)
		l, err := br.ReadString('\n')
		require.NoError(t, err)
		require.True(t, strings.HasPrefix(l, "a0 OK"), "login: %q", l)
		_, _ = nc.Write(script)
		_ = nc.(*net.TCPConn).CloseWrite()
		// The server must end the session now that the client is done:
		// EOF within the deadline, not a timeout.
		_, err = io.Copy(io.Discard, br)
		var ne net.Error
		if errorsAs(err, &ne) && ne.Timeout() {
			t.Fatalf("session still open 10 s after the client stopped; script %q", script)
		}
		if n := s.mail.log.panics.Load(); n != 0 {
			t.Fatalf("imapserver recovered %d panics; script %q", n, script)
		}
	})
}

// TestCloseWithMailboxSessions: Close ends handed-over sessions (one
// idling, one mid-APPEND) and leaves no goroutine behind.
func TestCloseWithMailboxSessions(t *testing.T) {
	before := runtime.NumGoroutine()
	sc := mustLookup(t, "dovecot-postfix-ok")
	sc.IMAP.LoginDisabled = false
	sc.IMAP.CapabilitiesBeforeTLS = nil
	s, err := NewServer(sc)
	require.NoError(t, err)
	idle := imapLoggedIn(t, s)
	idle.send("a1 SELECT INBOX")
	idle.until("a1 ")
	idle.send("a2 IDLE")
	require.True(t, strings.HasPrefix(idle.line(), "+"), "idling")
	mid := imapLoggedIn(t, s)
	mid.send("a1 APPEND INBOX {100}")
	require.True(t, strings.HasPrefix(mid.line(), "+"), "literal wanted")
	mid.send("only part of the literal")

	done := make(chan struct{})
	go func() { s.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		require.FailNow(t, "Close blocked on mailbox sessions")
	}
	require.Eventually(t, func() bool { return runtime.NumGoroutine() <= before+1 }, 5*time.Second, 10*time.Millisecond,
		"goroutines left after Close")
}

// TestCommandTap: commands after the login are recorded without tags,
// literals and credentials, whatever the read boundaries.
func TestCommandTap(t *testing.T) {
	in := "a1 SELECT INBOX\r\na2 APPEND INBOX {12}\r\nSecret-Body!\r\na3 LOGIN grace \"Hunter2\"\r\na4 IDLE\r\nDONE\r\n"
	want := []string{"SELECT INBOX", "APPEND INBOX {12}", "LOGIN " + Redacted, "IDLE", "DONE"}
	for step := 1; step <= len(in); step++ {
		s := &Server{}
		rec := &Record{}
		tap := &commandTap{rec: recorder{s, rec}}
		for i := 0; i < len(in); i += step {
			tap.feed([]byte(in[i:min(i+step, len(in))]))
		}
		require.Equal(t, want, rec.Commands, "read %d bytes at a time", step)
	}
}

func errorsAs(err error, target any) bool { return err != nil && errors.As(err, target) }

// TestServedCapabilities: the list a login reply promises is the list
// imapserver gives for CAPABILITY after the login, word for word.
func TestServedCapabilities(t *testing.T) {
	s := plainMailbox(t)
	c := dial(t, s.IMAPStartTLS, nil)
	c.line()
	c.send(`a0 LOGIN grace@example.org Correct-Horse-Kz9qW7x`)
	login := c.line()
	want := strings.Join(servedCapabilities(), " ")
	assert.Equal(t, "a0 OK [CAPABILITY "+want+"] Logged in", login, "Dovecot's login reply carries the served list")
	c.send("a1 CAPABILITY")
	lines := c.until("a1 ")
	assert.Equal(t, "* CAPABILITY "+want, lines[0], "imapserver's own list")
}

// TestLoadMailbox: the directory layout maps to accounts and folders, and
// a directory named for an unknown account is an error.
func TestLoadMailbox(t *testing.T) {
	sc := mustLookup(t, "icloud-auth-failed") // two accounts
	s := NewUnstartedServer(sc)
	dir := t.TempDir()
	second := sc.Accounts[1].Email
	for _, f := range []string{"b.eml", "a.eml", "notes.txt", "Work/Clients/c.eml", second + "/d.eml", second + "/Sent/e.eml", "Empty/"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if strings.HasSuffix(f, "/") {
			require.NoError(t, os.MkdirAll(p, 0o755))
			continue
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		{
			require.NoError(t, os.WriteFile(p, Draft{Subject: f}.Bytes(), 0o644))
		}
	}
	n, err := s.LoadMailbox(dir)
	require.NoError(t, err)
	assert.Equal(t, 5, n, "the .eml files, not notes.txt")
	count := func(email, folder string) uint32 {
		u, err := s.mailUser(email)
		require.NoError(t, err)
		st, err := u.user.Status(folder, &imap.StatusOptions{NumMessages: true})
		require.NoError(t, err, "%s %s", email, folder)
		return *st.NumMessages
	}
	first := sc.Accounts[0].Email
	assert.Equal(t, uint32(2), count(first, "INBOX"))
	assert.Equal(t, uint32(1), count(first, "Work/Clients"))
	assert.Equal(t, uint32(0), count(first, "Work"), "the parent folder exists")
	assert.Equal(t, uint32(0), count(first, "Empty"), "an empty directory is an empty folder")
	assert.Equal(t, uint32(1), count(second, "INBOX"))
	assert.Equal(t, uint32(1), count(second, "Sent"))

	bad := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(bad, "nobody@example.net"), 0o755))
	_, err = s.LoadMailbox(bad)
	assert.ErrorContains(t, err, `no account "nobody@example.net"`)
}

// TestHandOverKeepsPipelinedCommands: commands a client sends in the same
// packet as its login are served by the mailbox, in order, and LOGOUT
// gets the provider's words.
func TestHandOverKeepsPipelinedCommands(t *testing.T) {
	s := startScenario(t, "microsoft365-ok", nil)
	a := s.Accounts()[0]
	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	c.line()
	_, err := c.nc.Write([]byte("a1 LOGIN " + quoteIMAP(a.Login()) + " " + quoteIMAP(a.Password) + "\r\na2 SELECT INBOX\r\na3 LOGOUT\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "a1 OK LOGIN completed.", c.line(), "Exchange's success text")
	sel := c.until("a2 ")
	assert.Equal(t, "a2 OK [READ-WRITE] SELECT completed", sel[len(sel)-1], "pipelined SELECT served by the mailbox")
	assert.Equal(t, "* BYE Microsoft Exchange Server IMAP4 server signing off.", c.line(), "the provider's LOGOUT text")
	assert.Equal(t, "a3 OK LOGOUT completed", c.line())
}

// TestFolderReadsBack: a test sees what a client did to the mailbox.
func TestFolderReadsBack(t *testing.T) {
	s := plainMailbox(t)
	require.NoError(t, s.Append("grace@example.org", "INBOX", Draft{Subject: "read me"}.Bytes()))
	c := imapLoggedIn(t, s)
	c.send("a1 SELECT INBOX")
	c.until("a1 ")
	c.send(`a2 STORE 1 +FLAGS (\Seen \Flagged)`)
	c.until("a2 ")
	c.send("a3 CREATE Done")
	c.until("a3 ")
	c.send("a4 COPY 1 Done")
	c.until("a4 ")

	before := runtime.NumGoroutine()
	inbox, err := s.Folder("grace@example.org", "INBOX")
	require.NoError(t, err)
	require.Eventually(t, func() bool { return runtime.NumGoroutine() <= before+1 }, 5*time.Second, 10*time.Millisecond,
		"Folder left goroutines behind")
	require.Len(t, inbox, 1)
	assert.ElementsMatch(t, []string{`\Seen`, `\Flagged`}, inbox[0].Flags, "flags the client set")
	assert.Contains(t, string(inbox[0].Data), "Subject: read me")
	done, err := s.Folder("grace@example.org", "Done")
	require.NoError(t, err)
	assert.Len(t, done, 1, "the copy")
	names, err := s.Folders("grace@example.org")
	require.NoError(t, err)
	assert.Equal(t, []string{"Done", "INBOX"}, names)
	_, err = s.Folder("grace@example.org", "Nope")
	assert.Error(t, err, "a folder that does not exist")
	_, err = s.Folder("nobody@example.org", "INBOX")
	assert.Error(t, err, "an account the scenario lacks")

	// Reading back left the flags as they were and recorded nothing.
	c.send("a5 FETCH 1 (FLAGS)")
	assert.Contains(t, strings.Join(c.until("a5 "), "\n"), `\Flagged`)
	assert.Len(t, s.Records(), 1, "no record for the test's own look")
}

// TestFlagCase: system flags go out as the RFC spells them, in a stable
// order, whatever the write boundaries; literals pass untouched.
func TestFlagCase(t *testing.T) {
	in := "* FLAGS (\\seen \\answered custom \\flagged \\deleted \\draft)\r\n" +
		"* 1 FETCH (UID 1 FLAGS (\\seen \\flagged) BODY[] {19}\r\nFLAGS (\\seen) body\r\n)\r\n" +
		"a1 OK FETCH completed\r\n"
	want := "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft custom)\r\n" +
		"* 1 FETCH (UID 1 FLAGS (\\Flagged \\Seen) BODY[] {19}\r\nFLAGS (\\seen) body\r\n)\r\n" +
		"a1 OK FETCH completed\r\n"
	for step := 1; step <= len(in); step++ {
		var f flagCase
		var out []byte
		for i := 0; i < len(in); i += step {
			out = append(out, f.transform([]byte(in[i:min(i+step, len(in))]))...)
		}
		require.Equal(t, want, string(out), "written %d bytes at a time", step)
	}
}

// TestKeptMessagesBounded: a long-running fake keeps the last 10,000
// messages; NextMessage skips to the oldest one kept.
func TestKeptMessagesBounded(t *testing.T) {
	s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
	for i := range maxKeptMessages + 3 {
		s.keep(Message{From: "a@example.net", To: []string{"b@example.net"}, Data: []byte(strconv.Itoa(i))})
	}
	msgs := s.Messages()
	require.Len(t, msgs, maxKeptMessages)
	assert.Equal(t, "3", string(msgs[0].Data), "the oldest three were dropped")
	m, err := s.NextMessage(t.Context())
	require.NoError(t, err)
	assert.Equal(t, "3", string(m.Data))
}

// FuzzCommandTap: whatever a client sends after the login and however the
// reads split it, the tap never panics and a LOGIN or AUTHENTICATE is
// recorded with its arguments redacted.
func FuzzCommandTap(f *testing.F) {
	f.Add([]byte("a1 LOGIN grace \"Secret-Word\"\r\na2 SELECT INBOX\r\n"), 3)
	f.Add([]byte("a1 APPEND INBOX {5}\r\nhello\r\na2 AUTHENTICATE PLAIN AGdyYWNlAFNlY3JldA==\r\n"), 1)
	f.Add([]byte("a1 LOGIN {5}\r\ngrace {11}\r\nSecret-Word\r\n"), 7)
	f.Add([]byte("a1 APPEND INBOX {1}\r\nx"+strings.Repeat(strings.Repeat("y", 100)+" {1}\r\nx", 30)+"\r\n"), 5)
	f.Fuzz(func(t *testing.T, in []byte, step int) {
		step = 1 + abs(step)%64
		s := &Server{}
		rec := &Record{}
		tap := &commandTap{rec: recorder{s, rec}}
		for i := 0; i < len(in); i += step {
			tap.feed(in[i:min(i+step, len(in))])
		}
		for _, c := range rec.Commands {
			if isCredentialCommand(c) {
				name, rest, _ := strings.Cut(c, " ")
				if rest != Redacted {
					t.Fatalf("%s recorded with %q", name, rest)
				}
			}
			if len(c) > maxRecordedLine+len(" [...]") {
				t.Fatalf("recorded line of %d bytes", len(c))
			}
		}
	})
}

// TestCommandTapRedacts: a password the client puts anywhere after the
// login (a search, a literal's continuation, a line cut by the cap) does
// not reach the record.
func TestCommandTapRedacts(t *testing.T) {
	const secret = "Correct-Horse-Kz9qW7x"
	s := &Server{red: redact.New(secret)}
	rec := &Record{}
	tap := &commandTap{rec: recorder{s, rec}}
	tap.feed([]byte("a1 SEARCH TEXT " + secret + "\r\n"))
	tap.feed([]byte("a2 APPEND INBOX {2}\r\nhi " + secret + "\r\n"))
	tap.feed([]byte("a3 SEARCH TEXT " + strings.Repeat("x", maxRecordedLine-len("a3 SEARCH TEXT ")-5) + secret + "\r\n"))
	require.Len(t, rec.Commands, 3)
	for _, c := range rec.Commands {
		assert.NotContains(t, c, "Correct", "record %q", c)
		assert.NotContains(t, c, "Dovecot", "record %q", c)
	}
}

// TestDraftHasFrom: a Draft without From still has the From field RFC
// 5322 requires (a tester's find: it had none); a given From is kept.
func TestDraftHasFrom(t *testing.T) {
	assert.True(t, strings.HasPrefix(string(Draft{Subject: "x"}.Bytes()), "From: sender@mailtest.invalid\r\n"))
	assert.Contains(t, string(Draft{From: "Ada <ada@example.org>"}.Bytes()), "From: Ada <ada@example.org>\r\n")
	id := Draft{MessageID: "a@b", Subject: "x"}
	assert.Equal(t, id.Bytes(), id.Bytes(), "with MessageID set, the same bytes")
}

// TestIDRewriteSparesLiteralsAndPipelining: only a whole command line is
// read as ID, never a literal's bytes that look like one (a reviewer's
// find: an APPEND of "Ref ID 123456" was cut short and the session hung),
// and an ID pipelined with SELECT gets both answers, in order.
func TestIDRewriteSparesLiteralsAndPipelining(t *testing.T) {
	s := plainMailbox(t)
	c := dial(t, s.IMAPStartTLS, nil)
	c.line()
	c.send(`a0 LOGIN grace@example.org Correct-Horse-Kz9qW7x`)
	c.until("a0 ")
	body := "Ref ID 123456\r\n"
	c.send(fmt.Sprintf("a1 APPEND INBOX {%d}", len(body)))
	require.True(t, strings.HasPrefix(c.line(), "+"), "continuation")
	c.send(strings.TrimSuffix(body, "\r\n")) // the literal, its CRLF included
	c.send("")                               // the end of the APPEND line
	got := c.until("a1 ")
	assert.True(t, strings.HasPrefix(got[len(got)-1], "a1 OK"), "the literal went in whole: %q", got)

	c.send("a2 ID NIL\r\na3 SELECT INBOX")
	got = c.until("a3 ")
	joined := strings.Join(got, "\n")
	assert.Contains(t, joined, "* ID NIL\na2 OK ID completed.", "ID answered")
	assert.True(t, strings.HasPrefix(got[len(got)-1], "a3 OK"), "SELECT answered after it: %q", got)
	assert.Less(t, strings.Index(joined, "a2 OK"), strings.Index(joined, "a3 OK"), "in order")
}
