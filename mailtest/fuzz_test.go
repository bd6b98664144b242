package mailtest

import (
	"bytes"
	"encoding/base64"
	"errors"
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The fuzz targets below cover every parser the fakes run on client input:
// IMAP command lines (tag, command, atoms, quoted strings, lists and
// literals), LOGIN arguments, SASL responses, and SMTP command lines. The
// servers are driven end to end over an in-memory connection, so a run ends
// when its input does. Crashers found by the fuzzer go to
// testdata/fuzz/<FuzzName>.

// memConn is a net.Conn that reads a fixed client script and keeps what the
// server wrote. Reading past the script returns io.EOF, so every session
// ends as soon as its input does.
type memConn struct {
	r   *bytes.Reader
	out bytes.Buffer
}

func newMemConn(script []byte) *memConn { return &memConn{r: bytes.NewReader(script)} }

func (m *memConn) Read(b []byte) (int, error)  { return m.r.Read(b) }
func (m *memConn) Write(b []byte) (int, error) { return m.out.Write(b) }
func (m *memConn) Close() error                { return nil }
func (m *memConn) LocalAddr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 143}
}
func (m *memConn) RemoteAddr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 50123}
}
func (m *memConn) SetDeadline(time.Time) error      { return nil }
func (m *memConn) SetReadDeadline(time.Time) error  { return nil }
func (m *memConn) SetWriteDeadline(time.Time) error { return nil }

// fuzzScenario is Dovecot and Postfix with every mechanism the fakes know
// offered before TLS, so that the fuzzer reaches all the login code on a
// plaintext connection, and an account that can log in with each.
func fuzzScenario() Scenario {
	sc, _ := Lookup("dovecot-postfix-ok")
	sc.IMAP.LoginDisabled = false
	sc.IMAP.Capabilities = []string{"IMAP4rev1", "SASL-IR", "LITERAL+", "ID", "AUTH=PLAIN", "AUTH=LOGIN", "AUTH=XOAUTH2", "AUTH=OAUTHBEARER"}
	sc.IMAP.CapabilitiesBeforeTLS = nil
	sc.SMTP.ExtensionsBeforeTLS = []string{"PIPELINING", "SIZE 10240000", "AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER", "STARTTLS", "8BITMIME"}
	sc.Accounts[0].Token = "ya29.fuzz-token"
	return sc
}

// fuzzServer returns a server that has its certificate (STARTTLS must be
// able to fail its handshake) but no listeners: play feeds it connections.
func fuzzServer(f *testing.F) *Server {
	s := NewUnstartedServer(fuzzScenario())
	if err := s.setupTLS(); err != nil {
		f.Fatal(err)
	}
	return s
}

// play runs one plaintext connection of kind with script as everything the
// client sends, and returns its record and what the server wrote. It fails
// the test if the session has not ended a few seconds after its input did.
func play(t *testing.T, base *Server, kind string, script []byte) (Record, string) {
	t.Helper()
	s := &Server{Scenario: base.Scenario, tlsConfig: base.tlsConfig, done: make(chan struct{}), started: true,
		book: newAccountBook(base.Scenario.Accounts)}
	// A login hands the connection to the real mailbox, which the fuzzer
	// then reaches too.
	s.mail = newMailServer()
	served := make(chan struct{})
	go func() { defer close(served); _ = s.mail.srv.Serve(s.mail.ln) }()
	defer func() {
		_ = s.mail.ln.Close()
		<-served
		if n := s.mail.log.panics.Load(); n != 0 {
			t.Fatalf("imapserver recovered %d panics; script %q", n, script)
		}
	}()
	nc := newMemConn(script)
	rec := &Record{Listener: kind, RemoteAddr: nc.RemoteAddr().String()}
	s.records = []*Record{rec}
	s.wg.Add(1)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		s.serve(nc, kind, recorder{s, rec})
	}()
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		close(s.done)
		t.Fatalf("session did not end with its input %q", script)
	}
	recs := s.Records()
	if len(recs) != 1 {
		t.Fatalf("Records() = %d records, want 1", len(recs))
	}
	return recs[0], nc.out.String()
}

// FuzzScanArgs checks the IMAP argument scanner: it never panics; a literal
// announcement it reports is at the end of the line; and the arguments it
// returns, written again as quoted strings, scan to the same arguments
// (parse, format, parse is stable).
func FuzzScanArgs(f *testing.F) {
	for _, seed := range []string{
		`"alice@example.org" "Correct Horse"`,      // Thunderbird's LOGIN arguments, always quoted
		`alice@example.org hunter2`,                // curl: atoms
		`"al\\ice" "pa\"ss"`,                       // imaplib quoting a backslash and a quote
		`alice {13}`,                               // synchronising literal announcement
		`{17+}`,                                    // LITERAL+ (RFC 7888), Thunderbird with non-ASCII passwords
		`PLAIN AGFsaWNlAGh1bnRlcjI=`,               // AUTHENTICATE with SASL-IR
		`INBOX (MESSAGES UNSEEN)`,                  // STATUS with a list
		`("name" "Thunderbird" "version" "128.0")`, // ID with a nested-looking list
		`"" "*"`,                 // LIST
		`((a) (b c)) d`,          // nested list
		`"unterminated`,          // malformed: open quote
		`"ends with backslash\`,  // malformed: escape at the end
		`(unbalanced`,            // malformed: open list
		`{-1}`,                   // malformed: negative literal
		`{+5}`,                   // malformed: a sign in a literal length (Atoi took it; found by this fuzzer)
		`{99999999999999999999}`, // overflowing literal length
		`{5} trailing`,           // announcement not at the end
		"\xff\xfe \"\x00\"",      // not UTF-8, NUL in a quoted string
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args, lit, sync, err := scanArgs(line)
		if err != nil {
			return
		}
		if lit >= 0 {
			// The announcement ends the line: "{" number ["+"] "}", where
			// number is digits only (RFC 9051 9, RFC 7888), leading zeros
			// allowed.
			i := strings.LastIndexByte(line, '{')
			num, plus := strings.CutSuffix(strings.TrimSuffix(line[max(i, 0):], "}")[1:], "+")
			n, err := strconv.Atoi(num)
			if i < 0 || !strings.HasSuffix(line, "}") || err != nil || n != lit || plus == sync ||
				strings.TrimLeft(num, "0123456789") != "" {
				t.Fatalf("scanArgs(%q) reports a literal of %d (sync %v)", line, lit, sync)
			}
		}
		var quoted []string
		for _, a := range args {
			q := quoteIMAP(a)
			v, n, ok := unquote(q)
			if !ok || v != a || n != len(q) {
				t.Fatalf("unquote(quoteIMAP(%q)) = %q, %d, %v", a, v, n, ok)
			}
			quoted = append(quoted, q)
		}
		again, lit2, _, err := scanArgs(strings.Join(quoted, " "))
		if err != nil || lit2 != -1 || !slices.Equal(again, args) {
			t.Fatalf("scanArgs(%q) = %q; quoted again: %q, %d, %v", line, args, again, lit2, err)
		}
	})
}

// formatIMAP writes a command the way a careful client would: arguments as
// quoted strings, or as non-synchronising literals when they hold a line
// break.
func formatIMAP(cmd imapCommand) string {
	var b strings.Builder
	b.WriteString(cmd.tag + " " + cmd.name)
	for _, a := range cmd.args {
		b.WriteString(" ")
		if strings.ContainsAny(a, "\r\n") {
			b.WriteString("{" + strconv.Itoa(len(a)) + "+}\r\n" + a)
		} else {
			b.WriteString(quoteIMAP(a))
		}
	}
	b.WriteString("\r\n")
	return b.String()
}

// FuzzReadCommand reads IMAP commands from arbitrary client bytes, as the
// server does: it never panics or hangs; a command it accepts has a tag and
// an upper-case name without spaces; LOGIN and AUTHENTICATE never reach the
// record from here; and a command written again by formatIMAP reads back
// the same.
func FuzzReadCommand(f *testing.F) {
	for _, seed := range []string{
		"1 capability\r\n",                                           // Thunderbird, lower case
		"A001 LOGIN alice@example.org hunter2\r\n",                   // curl
		"a1 LOGIN \"alice@example.org\" \"Correct Horse\"\r\n",       // Thunderbird
		"a2 LOGIN {17}\r\nalice@example.org {7}\r\nhunter2\r\n",      // imaplib with literals
		"a3 LOGIN {17+}\r\nalice@example.org {7+}\r\nhunter2\r\n",    // LITERAL+
		"a4 AUTHENTICATE PLAIN AGFsaWNlAGh1bnRlcjI=\r\n",             // SASL-IR
		"a5 STATUS INBOX (MESSAGES UNSEEN)\r\n",                      // list argument
		"a6 SELECT {5}\r\nINBOX\r\n",                                 // literal mailbox name
		"a7 ID (\"name\" \"Thunderbird\")\r\na8 LOGOUT\r\n",          // two commands
		"a9 LOGIN {3}\r\nab",                                         // literal cut short by EOF
		"b1 LOGIN {99999999}\r\n",                                    // literal over the limit
		"noop\r\n",                                                   // no tag
		" LOGIN x y\r\n",                                             // empty tag
		"c1 LOGIN \"x\r\n",                                           // open quote
		"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",                // wrong protocol
		"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03",               // a TLS ClientHello on the plaintext port
		"d1 SELECT {2+}\r\n\r\n\r\n",                                 // literal holding a line break
		"e1 LOGIN " + strings.Repeat("x", 20000) + "\r\nf1 NOOP\r\n", // line over maxLine
	} {
		f.Add([]byte(seed))
	}
	base := fuzzServer(f)
	f.Fuzz(func(t *testing.T, script []byte) {
		s := &Server{Scenario: base.Scenario, done: make(chan struct{})}
		rec := &Record{}
		se := newIMAPSession(s, newConn(newMemConn(script), 0, s.done, recorder{s, rec}))
		for range 50 {
			cmd, err := se.readCommand()
			if errors.Is(err, errBadSyntax) {
				continue
			}
			if err != nil {
				break
			}
			if cmd.tag == "" || cmd.name == "" || strings.Contains(cmd.name, " ") || cmd.name != strings.ToUpper(cmd.name) {
				t.Fatalf("readCommand accepted %+v", cmd)
			}
			if strings.ContainsAny(cmd.tag+cmd.name, "\r\n") {
				continue // a tag or name with a line break cannot be written again
			}
			text := formatIMAP(cmd)
			s2 := &Server{Scenario: base.Scenario, done: make(chan struct{})}
			se2 := newIMAPSession(s2, newConn(newMemConn([]byte(text)), 0, s2.done, recorder{s2, &Record{}}))
			again, err := se2.readCommand()
			if err != nil {
				t.Fatalf("%+v formatted as %q: %v", cmd, text, err)
			}
			if again.tag != cmd.tag || again.name != strings.ToUpper(cmd.name) || !slices.Equal(again.args, cmd.args) {
				t.Fatalf("not stable:\n%+v\n%q\n%+v", cmd, text, again)
			}
		}
		for _, c := range rec.Commands {
			verb, _, _ := strings.Cut(c, " ")
			if v := strings.ToUpper(verb); v == "LOGIN" || v == "AUTHENTICATE" {
				t.Fatalf("readCommand recorded %q", c)
			}
		}
	})
}

// FuzzSASL checks the decoders of PLAIN, XOAUTH2 and OAUTHBEARER responses
// on arbitrary bytes: they never panic; XOAUTH2 and OAUTHBEARER never
// accept an empty user or token; and a credential they accept, encoded
// again as a client would, decodes to the same credential.
func FuzzSASL(f *testing.F) {
	for _, seed := range []string{
		"\x00alice@example.org\x00hunter2",                  // PLAIN from Thunderbird, curl, smtplib
		"alice@example.org\x00alice@example.org\x00hunter2", // PLAIN with an authzid (imaplib users)
		"\x00\x00",                   // PLAIN, empty user and password
		"\x00alice\x00pass\x00extra", // PLAIN, a fourth field
		"user=alice@gmail.com\x01auth=Bearer ya29.a0Af\x01\x01",                                        // XOAUTH2, Google's example
		"user=alice@gmail.com\x01auth=ya29.a0Af\x01\x01",                                               // XOAUTH2 without "Bearer "
		"user=\x01auth=Bearer x\x01\x01",                                                               // XOAUTH2, empty user
		"n,a=alice@example.org,\x01host=imap.example.org\x01port=993\x01auth=Bearer ya29.a0Af\x01\x01", // OAUTHBEARER, RFC 7628 3.1
		"n,a=a=2Cb=3Dc@example.org,\x01auth=Bearer t\x01\x01",                                          // OAUTHBEARER, escaped saslname
		"n,,\x01auth=Bearer t\x01\x01",                                                                 // OAUTHBEARER without a user
		"\xff\xfe",                                                                                     // not UTF-8
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if cr, err := parsePlain(b); err == nil {
			again, err := parsePlain([]byte("\x00" + cr.user + "\x00" + cr.secret))
			if err != nil || again != cr {
				t.Fatalf("PLAIN %q: %+v, again %+v, %v", b, cr, again, err)
			}
		}
		if cr, err := parseXOAUTH2(b); err == nil {
			if cr.user == "" || cr.secret == "" || !cr.token {
				t.Fatalf("XOAUTH2 %q accepted %+v", b, cr)
			}
			again, err := parseXOAUTH2([]byte("user=" + cr.user + "\x01auth=Bearer " + cr.secret + "\x01\x01"))
			if err != nil || again != cr {
				t.Fatalf("XOAUTH2 %q: %+v, again %+v, %v", b, cr, again, err)
			}
		}
		if cr, err := parseOAUTHBEARER(b); err == nil {
			if cr.user == "" || cr.secret == "" || !cr.token {
				t.Fatalf("OAUTHBEARER %q accepted %+v", b, cr)
			}
			saslname := strings.NewReplacer("=", "=3D", ",", "=2C").Replace(cr.user)
			again, err := parseOAUTHBEARER([]byte("n,a=" + saslname + ",\x01host=imap.example.org\x01auth=Bearer " + cr.secret + "\x01\x01"))
			if err != nil || again != cr {
				t.Fatalf("OAUTHBEARER %q: %+v, again %+v, %v", b, cr, again, err)
			}
		}
	})
}

// FuzzSASLExchange runs the server side of each mechanism against a client
// that answers from a script: it never panics, asks at most twice, and the
// credential it returns is the one the client's responses carry.
func FuzzSASLExchange(f *testing.F) {
	b64 := base64.StdEncoding.EncodeToString
	for _, seed := range []struct {
		mech, initial, answers string
	}{
		{"PLAIN", b64([]byte("\x00alice\x00hunter2")), ""}, // SASL-IR
		{"PLAIN", "", b64([]byte("\x00alice\x00hunter2"))}, // PLAIN after "+ "
		{"PLAIN", "=", ""}, // empty initial response (RFC 4959)
		{"LOGIN", "", b64([]byte("alice")) + "\n" + b64([]byte("hunter2"))}, // Thunderbird's AUTH LOGIN
		{"LOGIN", b64([]byte("alice")), b64([]byte("hunter2"))},             // smtplib's AUTH LOGIN with the user
		{"LOGIN", "", "*"}, // client cancels
		{"XOAUTH2", b64([]byte("user=a@gmail.com\x01auth=Bearer t\x01\x01")), ""}, // Gmail
		{"OAUTHBEARER", "", b64([]byte("n,a=a@b,\x01auth=Bearer t\x01\x01"))},     // RFC 7628
		{"PLAIN", "not base64!", ""}, // malformed
		{"CRAM-MD5", "", ""},         // a mechanism the fakes lack
	} {
		f.Add(seed.mech, seed.initial, seed.answers)
	}
	f.Fuzz(func(t *testing.T, mech, initial, answers string) {
		lines := strings.Split(answers, "\n")
		asked := 0
		ex := saslExchange{next: func(string) (string, error) {
			asked++
			if asked > len(lines) {
				return "", net.ErrClosed
			}
			return lines[asked-1], nil
		}}
		if initial != "" {
			ex.initial = []string{initial}
		}
		cr, err := ex.run(mech)
		if asked > 2 {
			t.Fatalf("%s asked %d times", mech, asked)
		}
		if err != nil {
			return
		}
		// What the client sent, decoded: the initial response, then the
		// answers in order.
		var sent []string
		if initial != "" {
			sent = append(sent, initial)
		}
		for _, l := range lines[:asked] {
			sent = append(sent, strings.TrimSpace(l))
		}
		dec := func(i int) []byte { b, _ := decode64(sent[i]); return b }
		var want credential
		switch mech {
		case "PLAIN":
			want, _ = parsePlain(dec(0))
		case "LOGIN":
			want = credential{user: string(dec(0)), secret: string(dec(1))}
		case "XOAUTH2":
			want, _ = parseXOAUTH2(dec(0))
		case "OAUTHBEARER":
			want, _ = parseOAUTHBEARER(dec(0))
		default:
			t.Fatalf("unknown mechanism %q accepted", mech)
		}
		if cr != want {
			t.Fatalf("%s %q %q: %+v, want %+v", mech, initial, answers, cr, want)
		}
	})
}

// checkRecord checks what holds of every record, whatever the client sent:
// a LOGIN is recorded with its password redacted, an SMTP AUTH with its
// initial response redacted.
func checkRecord(t *testing.T, r Record) {
	t.Helper()
	for _, c := range r.Commands {
		verb, rest, _ := strings.Cut(c, " ")
		switch strings.ToUpper(verb) {
		case "LOGIN":
			if r.Listener == listenIMAPStartTLS && c != "LOGIN "+Redacted &&
				!(strings.HasPrefix(rest, `"`) && strings.HasSuffix(rest, `" `+Redacted)) {
				t.Fatalf("LOGIN recorded as %q", c)
			}
		case "AUTH":
			if f := strings.Fields(rest); r.Listener == listenSMTPStartTLS && len(f) > 1 && (len(f) != 2 || f[1] != Redacted) {
				t.Fatalf("AUTH recorded as %q", c)
			}
		}
	}
}

// FuzzIMAPServer plays the IMAP fake against arbitrary client bytes: it
// never panics or hangs, and its record keeps passwords redacted.
func FuzzIMAPServer(f *testing.F) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	for _, seed := range []string{
		// Thunderbird: capability, quoted LOGIN, namespace, select.
		"1 capability\r\n2 login \"grace@example.org\" \"Correct-Horse-Kz9qW7x\"\r\n3 namespace\r\n4 select \"INBOX\"\r\n5 logout\r\n",
		// curl imap://: atoms, then LIST.
		"A001 CAPABILITY\r\nA002 LOGIN grace@example.org Correct-Horse-Kz9qW7x\r\nA003 LIST \"\" *\r\nA004 LOGOUT\r\n",
		// Python imaplib login() with literals, as for non-ASCII passwords.
		"HNCK1 LOGIN {17}\r\ngrace@example.org {21}\r\nCorrect-Horse-Kz9qW7x\r\nHNCK2 LOGOUT\r\n",
		// LITERAL+ (RFC 7888).
		"a1 LOGIN {17+}\r\ngrace@example.org {21+}\r\nCorrect-Horse-Kz9qW7x\r\n",
		// SASL-IR PLAIN (Thunderbird, curl).
		"a1 AUTHENTICATE PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x") + "\r\n",
		// imaplib authenticate('PLAIN'): empty continuation first.
		"a1 AUTHENTICATE PLAIN\r\n" + b64("\x00grace@example.org\x00wrong") + "\r\n",
		// AUTHENTICATE LOGIN, then a cancelled exchange.
		"a1 AUTHENTICATE LOGIN\r\n" + b64("grace@example.org") + "\r\n" + b64("Correct-Horse-Kz9qW7x") + "\r\na2 AUTHENTICATE PLAIN\r\n*\r\n",
		// XOAUTH2 and OAUTHBEARER with SASL-IR (Gmail, Outlook clients).
		"a1 AUTHENTICATE XOAUTH2 " + b64("user=grace@example.org\x01auth=Bearer ya29.fuzz-token\x01\x01") + "\r\n",
		"a1 AUTHENTICATE OAUTHBEARER " + b64("n,a=grace@example.org,\x01auth=Bearer ya29.fuzz-token\x01\x01") + "\r\n",
		// STARTTLS, then something that is not a ClientHello.
		"a1 STARTTLS\r\na2 LOGIN x y\r\n",
		// Mailbox commands before login, a wrong argument count, nonsense.
		"a1 SELECT INBOX\r\na2 LOGIN onlyone\r\na3 AUTHENTICATE\r\na4 FOO\r\n\r\n",
		// Malformed SASL and an unsupported mechanism.
		"a1 AUTHENTICATE PLAIN !!!\r\na2 AUTHENTICATE CRAM-MD5\r\n",
		// An SMTP client on the IMAP port.
		"EHLO client.example.org\r\nAUTH PLAIN AGdyYWNlAHg=\r\n",
	} {
		f.Add([]byte(seed))
	}
	base := fuzzServer(f)
	f.Fuzz(func(t *testing.T, script []byte) {
		r, _ := play(t, base, listenIMAPStartTLS, script)
		checkRecord(t, r)
	})
}

// FuzzSMTPServer plays the SMTP fake against arbitrary client bytes: it
// never panics or hangs, and its record keeps AUTH responses redacted.
func FuzzSMTPServer(f *testing.F) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	for _, seed := range []string{
		// smtplib: EHLO, AUTH PLAIN with the initial response, a message.
		"ehlo [127.0.0.1]\r\nAUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x") + "\r\nmail FROM:<grace@example.org> SIZE=12\r\nrcpt TO:<bob@example.net>\r\ndata\r\nSubject: hi\r\n\r\nhello\r\n.\r\nQUIT\r\n",
		// smtplib auth_login: AUTH LOGIN with the user, then the password.
		"EHLO client\r\nAUTH LOGIN " + b64("grace@example.org") + "\r\n" + b64("Correct-Horse-Kz9qW7x") + "\r\n",
		// Thunderbird: AUTH LOGIN, two continuations.
		"EHLO [192.168.1.2]\r\nAUTH LOGIN\r\n" + b64("grace@example.org") + "\r\n" + b64("Correct-Horse-Kz9qW7x") + "\r\n",
		// curl --mail-from with parameters, RFC 6531 and RFC 3461.
		"EHLO client\r\nAUTH PLAIN\r\n" + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x") + "\r\nMAIL FROM:<grace@example.org> BODY=8BITMIME SMTPUTF8\r\nRCPT TO:<bob@example.net> NOTIFY=NEVER\r\nRSET\r\nQUIT\r\n",
		// XOAUTH2 and OAUTHBEARER initial responses.
		"EHLO client\r\nAUTH XOAUTH2 " + b64("user=grace@example.org\x01auth=Bearer ya29.fuzz-token\x01\x01") + "\r\n",
		"EHLO client\r\nAUTH OAUTHBEARER " + b64("n,a=grace@example.org,\x01auth=Bearer ya29.fuzz-token\x01\x01") + "\r\n",
		// Out of order: AUTH before EHLO, MAIL before AUTH, a cancel.
		"AUTH PLAIN AAAA\r\nHELO x\r\nMAIL FROM:<>\r\nDATA\r\nEHLO x\r\nAUTH LOGIN\r\n*\r\n",
		// STARTTLS, then plaintext where a ClientHello should be.
		"EHLO x\r\nSTARTTLS\r\nAUTH PLAIN AAAA\r\n",
		// Nonsense, a bare EHLO, tabs and an IMAP client on the SMTP port.
		"EHLO\r\nAUTH\tPLAIN\tAAAA\r\na1 LOGIN x y\r\n\r\n",
		// Unterminated DATA.
		"EHLO x\r\nAUTH PLAIN " + b64("\x00grace@example.org\x00Correct-Horse-Kz9qW7x") + "\r\nMAIL FROM:<a@b>\r\nDATA\r\nno end",
	} {
		f.Add([]byte(seed))
	}
	base := fuzzServer(f)
	f.Fuzz(func(t *testing.T, script []byte) {
		r, _ := play(t, base, listenSMTPStartTLS, script)
		checkRecord(t, r)
	})
}

// loginForms are the ways real clients send a user name and password; the
// names say which client does it.
var imapLoginForms = []func(user, pass string) string{
	// Thunderbird: LOGIN with quoted strings.
	func(u, p string) string { return "a1 LOGIN " + quoteIMAP(u) + " " + quoteIMAP(p) + "\r\n" },
	// curl: LOGIN with atoms.
	func(u, p string) string { return "A001 LOGIN " + u + " " + p + "\r\n" },
	// imaplib: synchronising literals.
	func(u, p string) string {
		return "a1 LOGIN {" + strconv.Itoa(len(u)) + "}\r\n" + u + " {" + strconv.Itoa(len(p)) + "}\r\n" + p + "\r\n"
	},
	// Thunderbird with LITERAL+.
	func(u, p string) string {
		return "a1 LOGIN {" + strconv.Itoa(len(u)) + "+}\r\n" + u + " {" + strconv.Itoa(len(p)) + "+}\r\n" + p + "\r\n"
	},
	// SASL-IR PLAIN.
	func(u, p string) string { return "a1 AUTHENTICATE PLAIN " + b64s("\x00"+u+"\x00"+p) + "\r\n" },
	// PLAIN after a continuation, with an authzid.
	func(u, p string) string { return "a1 AUTHENTICATE PLAIN\r\n" + b64s(u+"\x00"+u+"\x00"+p) + "\r\n" },
	// AUTHENTICATE LOGIN.
	func(u, p string) string { return "a1 AUTHENTICATE LOGIN\r\n" + b64s(u) + "\r\n" + b64s(p) + "\r\n" },
	// XOAUTH2 with the password as a token.
	func(u, p string) string {
		return "a1 AUTHENTICATE XOAUTH2 " + b64s("user="+u+"\x01auth=Bearer "+p+"\x01\x01") + "\r\n"
	},
	// OAUTHBEARER.
	func(u, p string) string {
		return "a1 AUTHENTICATE OAUTHBEARER " + b64s("n,a="+u+",\x01host=127.0.0.1\x01auth=Bearer "+p+"\x01\x01") + "\r\n"
	},
}

var smtpAuthForms = []func(user, pass string) string{
	// smtplib and Thunderbird: PLAIN with the initial response.
	func(u, p string) string { return "AUTH PLAIN " + b64s("\x00"+u+"\x00"+p) + "\r\n" },
	// PLAIN after 334.
	func(u, p string) string { return "AUTH PLAIN\r\n" + b64s("\x00"+u+"\x00"+p) + "\r\n" },
	// Thunderbird: LOGIN with two continuations.
	func(u, p string) string { return "AUTH LOGIN\r\n" + b64s(u) + "\r\n" + b64s(p) + "\r\n" },
	// smtplib auth_login: the user in the AUTH line.
	func(u, p string) string { return "AUTH LOGIN " + b64s(u) + "\r\n" + b64s(p) + "\r\n" },
	// XOAUTH2.
	func(u, p string) string {
		return "AUTH XOAUTH2 " + b64s("user="+u+"\x01auth=Bearer "+p+"\x01\x01") + "\r\n"
	},
	// OAUTHBEARER after 334.
	func(u, p string) string {
		return "AUTH OAUTHBEARER\r\n" + b64s("n,a="+u+",\x01auth=Bearer "+p+"\x01\x01") + "\r\n"
	},
}

func b64s(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// leaks returns the first recorded command that holds one of forms, or "".
func leaks(r Record, forms []string) string {
	for _, c := range r.Commands {
		for _, s := range forms {
			if strings.Contains(c, s) {
				return c
			}
		}
	}
	return ""
}

// secretForms is what must never be recorded of pass: the password itself
// and, since SASL sends it in base64, the part of its encoding that is the
// same wherever it sits in a payload (at each of the three offsets modulo
// 3, less the quanta it shares with its neighbours). Forms too short to be
// telling, or found in benign (what a record holds anyway), are left out.
func secretForms(pass, benign string) []string {
	var forms []string
	if len(pass) >= 8 && !strings.Contains(benign, pass) {
		forms = append(forms, pass)
	}
	for k := range 3 {
		enc := b64s(strings.Repeat("\x00", k) + pass)
		from := 0
		if k > 0 {
			from = 4
		}
		if to := len(enc) - 4; to-from >= 8 && !strings.Contains(benign, enc[from:to]) {
			forms = append(forms, enc[from:to])
		}
	}
	return forms
}

// isAtom reports whether s can go as an IMAP atom (RFC 9051 atom-specials).
func isAtom(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return r <= ' ' || r >= 0x7f || strings.ContainsRune(`(){%*"\]`, r)
	})
}

// FuzzLoginRedaction logs in to both fakes in every way real clients do,
// with user names and passwords from the fuzzer, after a command from the
// fuzzer: the record never holds the password, plain or in base64.
func FuzzLoginRedaction(f *testing.F) {
	f.Add("grace@example.org", "Correct-Horse-Kz9qW7x", uint8(0), "")             // the account's own password
	f.Add("grace@example.org", "wrong password with spaces", uint8(1), "NOOP")    // not an atom: sent quoted
	f.Add("grace@example.org", "pa\"ss\\word", uint8(0), "")                      // quotes and backslashes
	f.Add("grace@example.org", "p\r\nass\r\nword", uint8(3), "")                  // line breaks in a literal
	f.Add("grace@example.org", "Пароль-ünïcødé", uint8(4), "CAPABILITY")          // non-ASCII password
	f.Add("ya29.fuzz-user", "ya29.fuzz-token", uint8(7), "")                      // an OAuth token
	f.Add("grace@example.org", "hunter2hunter2", uint8(1), "ID (\"name\" \"x\")") // curl's atoms after ID
	f.Add("grace@example.org", "hunter2hunter2", uint8(2), "STARTTLS")            // after a failed STARTTLS
	f.Add("grace@example.org", "hunter2hunter2", uint8(5), "RSET")                // PLAIN after 334
	base := fuzzServer(f)
	f.Fuzz(func(t *testing.T, user, pass string, form uint8, before string) {
		// A client waits for an exchange to end before it sends the next
		// command, and never breaks a line inside one: the command before
		// the login must neither swallow it (a literal) nor leave an
		// exchange open (AUTH, AUTHENTICATE), else what the client sends
		// next is its own leak.
		if strings.ContainsAny(before, "\r\n{}") || strings.Contains(strings.ToUpper(before), "AUTH") {
			return
		}
		if strings.Contains(user, pass) {
			return
		}
		i := int(form) % len(imapLoginForms)
		if i == 1 && !(isAtom(user) && isAtom(pass)) {
			i = 0 // curl quotes what is not an atom
		}
		imap := ""
		if i != 0 || !strings.ContainsAny(user+pass, "\r\n") {
			imap = "a0 " + before + "\r\n" + imapLoginForms[i](user, pass) + "a9 LOGOUT\r\n"
		}
		smtp := "EHLO client.example.org\r\n" + before + "\r\n" + smtpAuthForms[int(form)%len(smtpAuthForms)](user, pass) + "QUIT\r\n"

		// What the records hold whatever the password: the command before
		// the login as recorded, the user name, fixed words.
		r1, _ := play(t, base, listenIMAPStartTLS, []byte("a0 "+before+"\r\n"))
		r2, _ := play(t, base, listenSMTPStartTLS, []byte("EHLO client.example.org\r\n"+before+"\r\n"))
		benign := strings.Join(slices.Concat(r1.Commands, r2.Commands, []string{
			"LOGIN " + quoteIMAP(user) + " " + Redacted, "LOGIN " + Redacted, Redacted,
			"AUTHENTICATE PLAIN " + Redacted, "AUTHENTICATE LOGIN", "AUTHENTICATE XOAUTH2 " + Redacted,
			"AUTHENTICATE OAUTHBEARER " + Redacted, "AUTHENTICATE PLAIN", "AUTHENTICATE OAUTHBEARER",
			"AUTH PLAIN " + Redacted, "AUTH LOGIN " + Redacted, "AUTH XOAUTH2 " + Redacted, "AUTH OAUTHBEARER " + Redacted,
			"AUTH PLAIN", "AUTH LOGIN", "AUTH OAUTHBEARER", "LOGOUT", "QUIT", "EHLO client.example.org",
		}), "\n")
		forms := secretForms(pass, benign)
		if len(forms) == 0 {
			return
		}
		if imap != "" {
			if r, _ := play(t, base, listenIMAPStartTLS, []byte(imap)); leaks(r, forms) != "" {
				t.Fatalf("IMAP %q: recorded %q", imap, leaks(r, forms))
			}
		}
		if r, _ := play(t, base, listenSMTPStartTLS, []byte(smtp)); leaks(r, forms) != "" {
			t.Fatalf("SMTP %q: recorded %q", smtp, leaks(r, forms))
		}
	})
}
