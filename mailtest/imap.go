package mailtest

import (
	"errors"
	"net"
	"slices"
	"strconv"
	"strings"
)

// maxLiteral bounds an IMAP literal; LOGIN arguments are short.
const maxLiteral = 64 << 10

// maxBadCommands ends a connection that keeps sending nonsense, so a client
// speaking the wrong protocol cannot keep a goroutine busy forever.
const maxBadCommands = 20

// imapSession is one IMAP connection's state machine: not authenticated,
// then authenticated (RFC 9051 3). Selecting a mailbox changes nothing a
// fake needs to remember.
type imapSession struct {
	s       *Server
	c       *conn
	b       *IMAPBehavior
	authed  bool
	user    string
	command string // "LOGIN" or "AUTHENTICATE", for {command}
	nMail   int    // mailbox commands answered, for CloseAfterMailbox
	nBad    int
	closing bool // a BYE was sent
}

func newIMAPSession(s *Server, c *conn) *imapSession {
	return &imapSession{s: s, c: c, b: s.Scenario.IMAP}
}

// imapCommand is one parsed client command.
type imapCommand struct {
	tag, name string
	args      []string
}

func (se *imapSession) serve() {
	if se.send("", se.b.Greeting) != nil || se.closing {
		return
	}
	for !se.closing {
		cmd, err := se.readCommand()
		if err != nil {
			if errors.Is(err, errBadSyntax) && se.bad(cmd.tag, "BAD Error in IMAP command received by server.") {
				continue
			}
			return
		}
		if !se.dispatch(cmd) {
			return
		}
	}
}

// dispatch runs one command; it reports whether the session goes on.
func (se *imapSession) dispatch(cmd imapCommand) bool {
	var err error
	switch cmd.name {
	case "CAPABILITY":
		err = se.send(cmd.tag, "* CAPABILITY "+strings.Join(se.capabilities(), " "), orDefault(se.b.CapabilityOK, "OK CAPABILITY completed."))
	case "NOOP", "CHECK", "UNSELECT", "CLOSE", "ENABLE":
		err = se.send(cmd.tag, "OK "+cmd.name+" completed.")
	case "ID":
		err = se.send(cmd.tag, "* ID NIL", "OK ID completed.")
	case "LOGOUT":
		_ = se.send(cmd.tag, orDefault(se.b.Logout, "* BYE Logging out"), "OK LOGOUT completed.")
		return false
	case "STARTTLS":
		return se.startTLS(cmd)
	case "LOGIN", "AUTHENTICATE":
		return se.login(cmd)
	case "SELECT", "EXAMINE", "STATUS", "LIST", "LSUB", "NAMESPACE":
		if !se.authed {
			return se.bad(cmd.tag, "BAD Command received in Invalid state.")
		}
		err = se.mailbox(cmd)
	default:
		return se.bad(cmd.tag, "BAD Command Error. 12")
	}
	return err == nil
}

// bad answers a command the fake does not take; it reports whether the
// session goes on.
func (se *imapSession) bad(tag, line string) bool {
	se.nBad++
	if se.nBad > maxBadCommands {
		_ = se.send(tag, "* BYE Too many invalid commands.")
		return false
	}
	if tag == "" {
		tag = "*"
	}
	return se.send(tag, line) == nil
}

// servesMailbox reports whether a login hands the connection to the real
// mailbox: always, unless the scenario scripts its mailbox replies.
func (se *imapSession) servesMailbox() bool {
	return se.b.Mailbox == nil
}

// capabilities is the list in force on this connection: the scenario's
// before the login, and what the mailbox serves after it.
func (se *imapSession) capabilities() []string {
	if se.authed && se.servesMailbox() {
		return servedCapabilities()
	}
	if se.c.tls {
		return se.b.Capabilities
	}
	if se.b.CapabilitiesBeforeTLS != nil {
		return se.b.CapabilitiesBeforeTLS
	}
	caps := slices.Clone(se.b.Capabilities)
	if !se.b.NoStartTLS {
		caps = append(caps, "STARTTLS")
	}
	if se.b.LoginDisabled {
		caps = slices.DeleteFunc(caps, func(c string) bool {
			return strings.EqualFold(c, "AUTH=PLAIN") || strings.EqualFold(c, "AUTH=LOGIN")
		})
		caps = append(caps, "LOGINDISABLED")
	}
	return caps
}

func (se *imapSession) startTLS(cmd imapCommand) bool {
	if se.c.tls || se.b.NoStartTLS {
		return se.bad(cmd.tag, "BAD Command Error. 12")
	}
	if se.send(cmd.tag, "OK Begin TLS negotiation now.") != nil {
		return false
	}
	return se.c.handshake(se.s.tlsConfig) == nil
}

// errAnswered means a login step already answered the client and the
// session goes on.
var errAnswered = errors.New("mailtest: answered")

// login handles LOGIN and AUTHENTICATE; it reports whether the session goes
// on.
func (se *imapSession) login(cmd imapCommand) bool {
	se.command = cmd.name
	var cr credential
	var err error
	if cmd.name == "LOGIN" {
		cr, err = se.loginArgs(cmd)
	} else {
		cr, err = se.authenticate(cmd)
	}
	switch {
	case errors.Is(err, errAnswered):
		return true
	case err != nil:
		return false
	}
	se.user = cr.user
	if !se.c.tls && se.b.LoginDisabled {
		return se.send(cmd.tag, orDefaultLines(se.b.PlaintextRefusal, dovecotPlaintextRefusal)...) == nil
	}
	v := se.s.refuseFirst(cr.user, judge(se.s.book, se.b.Refuse, cr))
	r := mailboxRefusal(se.s.book, cr.user, "imap", v)
	if !se.s.holdRefusal(se.c, v != verdictOK || r != nil) {
		return false
	}
	if r != nil {
		return se.send(cmd.tag, r...) == nil
	}
	switch v {
	case verdictOK:
		se.authed = true
		se.c.rec.update(func(r *Record) { r.AuthOK = true })
		if se.send(cmd.tag, orDefaultLines(se.b.Success, []string{"OK {command} completed."})...) != nil || se.closing {
			return false
		}
		if se.servesMailbox() {
			a, _ := se.s.book.find(cr.user)
			se.s.handOver(se.c, a.Email)
			return false
		}
		return true
	case verdictRefused:
		return se.send(cmd.tag, orDefaultLines(se.b.Refusal, se.b.Failure)...) == nil
	default:
		return se.send(cmd.tag, se.b.Failure...) == nil
	}
}

// dovecotPlaintextRefusal is what Dovecot 2.3 says to a password sent
// before TLS when plaintext authentication is disabled.
// Source: https://github.com/dovecot/core/blob/main/src/login-common/client-common-auth.c (2.3 wording)
var dovecotPlaintextRefusal = []string{
	"* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.",
	"NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
}

// answer sends lines and turns the outcome into login's error convention.
func (se *imapSession) answer(tag string, lines ...string) error {
	if err := se.send(tag, lines...); err != nil {
		return err
	}
	if se.closing {
		return net.ErrClosed
	}
	return errAnswered
}

// preAuth answers a login on an authenticated connection, and resets the
// connection for the ResetDuringAuth fault once the command is recorded.
func (se *imapSession) preAuth(tag string) error {
	if se.authed {
		return se.answer(tag, "BAD Command received in Invalid state.")
	}
	if se.s.Scenario.Fault.ResetDuringAuth {
		se.c.reset()
		return net.ErrClosed
	}
	return nil
}

// loginArgs reads LOGIN's two arguments and records the command.
func (se *imapSession) loginArgs(cmd imapCommand) (credential, error) {
	if len(cmd.args) != 2 {
		se.c.rec.command("LOGIN " + Redacted)
		return credential{}, se.answer(cmd.tag, "BAD Command Argument Error. 11")
	}
	cr := credential{user: cmd.args[0], secret: cmd.args[1]}
	se.c.rec.command("LOGIN " + quoteIMAP(cr.user) + " " + Redacted)
	se.c.rec.credentials("LOGIN", cr.user, se.c.tls)
	return cr, se.preAuth(cmd.tag)
}

// authenticate runs a SASL exchange (RFC 9051 6.2.2, SASL-IR RFC 4959).
func (se *imapSession) authenticate(cmd imapCommand) (credential, error) {
	if len(cmd.args) == 0 {
		se.c.rec.command("AUTHENTICATE")
		return credential{}, se.answer(cmd.tag, "BAD Command Argument Error. 11")
	}
	mech := strings.ToUpper(cmd.args[0])
	if len(cmd.args) > 1 {
		se.c.rec.command("AUTHENTICATE " + mech + " " + Redacted)
	} else {
		se.c.rec.command("AUTHENTICATE " + mech)
	}
	if err := se.preAuth(cmd.tag); err != nil {
		return credential{}, err
	}
	if !slices.ContainsFunc(se.capabilities(), func(c string) bool { return strings.EqualFold(c, "AUTH="+mech) }) {
		return credential{}, se.answer(cmd.tag, "NO Unsupported authentication mechanism.")
	}
	ex := saslExchange{initial: cmd.args[1:], next: se.c.saslContinue("+ ")}
	cr, err := ex.run(mech)
	switch {
	case errors.Is(err, errSASLCancelled):
		return credential{}, se.answer(cmd.tag, "BAD AUTHENTICATE aborted.")
	case errors.Is(err, errSASL):
		return credential{}, se.answer(cmd.tag, "BAD Invalid SASL response.")
	case err != nil:
		return credential{}, err
	}
	se.c.rec.credentials(mech, cr.user, se.c.tls)
	return cr, nil
}

// mailbox answers the commands that need a mailbox with the scenario's
// script (IMAPBehavior.Mailbox); without one, a login hands the connection
// to the real mailbox and this is never reached.
func (se *imapSession) mailbox(cmd imapCommand) error {
	se.nMail++
	lines := slices.Clone(se.b.Mailbox)
	if se.b.MailboxBye != "" && se.nMail >= se.b.CloseAfterMailbox {
		lines = append(lines, se.b.MailboxBye)
	}
	return se.send(cmd.tag, lines...)
}

// send writes reply lines: untagged and continuation lines as they are, the
// status line after the tag; placeholders are expanded. After a BYE the
// session ends.
func (se *imapSession) send(tag string, lines ...string) error {
	out := make([]string, len(lines))
	for i, l := range lines {
		l = se.expand(l)
		if !strings.HasPrefix(l, "* ") && !strings.HasPrefix(l, "+ ") && l != "+" && tag != "" {
			l = tag + " " + l
		}
		if strings.HasPrefix(l, "* BYE") {
			se.closing = true
		}
		out[i] = l
	}
	return se.c.writeLines(out...)
}

func (se *imapSession) expand(l string) string {
	if !strings.Contains(l, "{") {
		return l
	}
	return strings.NewReplacer(
		"{client}", se.c.clientIP(),
		"{user}", se.user,
		"{command}", se.command,
		"{capabilities}", strings.Join(se.capabilities(), " "),
	).Replace(l)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func orDefaultLines(l, def []string) []string {
	if l == nil {
		return def
	}
	return l
}

// quoteIMAP writes s as an IMAP quoted string for the record.
func quoteIMAP(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

var errBadSyntax = errors.New("mailtest: bad IMAP syntax")

// readCommand reads one command with its arguments: atoms, quoted strings,
// parenthesised lists (kept whole) and literals, synchronising ({n}) or not
// ({n+}). Commands are recorded by the caller only once they are known, so
// that credentials never reach the record.
func (se *imapSession) readCommand() (imapCommand, error) {
	line, err := se.c.readLine()
	if err != nil {
		return imapCommand{}, err
	}
	tag, rest, _ := strings.Cut(line, " ")
	name, rest, _ := strings.Cut(rest, " ")
	cmd := imapCommand{tag: tag, name: strings.ToUpper(name)}
	if tag == "" || name == "" {
		return cmd, errBadSyntax
	}
	for {
		args, lit, sync, err := scanArgs(rest)
		if err != nil {
			return cmd, errBadSyntax
		}
		cmd.args = append(cmd.args, args...)
		if lit < 0 {
			break
		}
		if lit > maxLiteral {
			return cmd, errLineTooLong
		}
		if sync {
			if err := se.c.writeLines("+ Ready for additional command text."); err != nil {
				return cmd, err
			}
		}
		b, err := se.c.readFull(lit)
		if err != nil {
			return cmd, err
		}
		cmd.args = append(cmd.args, string(b))
		if rest, err = se.c.readLine(); err != nil {
			return cmd, err
		}
	}
	if cmd.name != "LOGIN" && cmd.name != "AUTHENTICATE" {
		se.c.rec.command(strings.TrimSpace(name + " " + strings.Join(cmd.args, " ")))
	}
	return cmd, nil
}

// scanArgs splits the arguments on one line. When the line ends with a
// literal announcement it returns the literal's length (else -1) and
// whether the client waits for a continuation.
func scanArgs(s string) (args []string, lit int, sync bool, err error) {
	for {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			return args, -1, false, nil
		}
		switch s[0] {
		case '"':
			v, n, ok := unquote(s)
			if !ok {
				return nil, 0, false, errBadSyntax
			}
			args, s = append(args, v), s[n:]
		case '{':
			if !strings.HasSuffix(s, "}") {
				return nil, 0, false, errBadSyntax
			}
			num := s[1 : len(s)-1]
			num, plus := strings.CutSuffix(num, "+")
			// RFC 9051 number: digits only; Atoi would also take a sign.
			n, err := strconv.Atoi(num)
			if err != nil || n < 0 || strings.TrimLeft(num, "0123456789") != "" {
				return nil, 0, false, errBadSyntax
			}
			return args, n, !plus, nil
		case '(':
			depth, i := 0, 0
			for ; i < len(s); i++ {
				if s[i] == '(' {
					depth++
				} else if s[i] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if depth != 0 {
				return nil, 0, false, errBadSyntax
			}
			args, s = append(args, s[:i+1]), s[i+1:]
		default:
			atom, rest, _ := strings.Cut(s, " ")
			args, s = append(args, atom), rest
		}
	}
}

// unquote reads a quoted string at the start of s; it returns the value and
// how many bytes it used.
func unquote(s string) (string, int, bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 >= len(s) {
				return "", 0, false
			}
			i++
			b.WriteByte(s[i])
		case '"':
			return b.String(), i + 1, true
		default:
			b.WriteByte(s[i])
		}
	}
	return "", 0, false
}
