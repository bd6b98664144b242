package mailtest

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// smtpSession is one SMTP connection's state machine (RFC 5321 4.1.4):
// greeted, then optionally TLS, authenticated, and inside a transaction.
type smtpSession struct {
	s        *Server
	c        *conn
	b        *SMTPBehavior
	helo     string // the EHLO/HELO argument; empty before the first one
	authed   bool
	user     string
	mail     bool // MAIL FROM accepted
	from     string
	rcpts    []string
	chunks   []byte // BDAT data so far
	chunked  bool   // a BDAT transaction is under way (DATA is then out of order)
	tooBig   bool   // the BDAT data went past the limit
	nBad     int
	closing  bool   // a 421 was sent
	listener string // the listener kind, for Message.Listener
}

func newSMTPSession(s *Server, c *conn, listener string) *smtpSession {
	return &smtpSession{s: s, c: c, b: s.Scenario.SMTP, listener: listener}
}

func (se *smtpSession) serve() {
	if se.send(se.b.Banner...) != nil || se.closing {
		return
	}
	for !se.closing {
		line, err := se.c.readLine()
		if err != nil {
			return
		}
		if !se.dispatch(line) {
			return
		}
	}
}

// dispatch runs one command line; it reports whether the session goes on.
func (se *smtpSession) dispatch(line string) bool {
	verb, arg, _ := strings.Cut(line, " ")
	verb = strings.ToUpper(verb)
	if verb != "AUTH" {
		se.c.rec.command(line)
	}
	var err error
	switch verb {
	case "EHLO", "HELO":
		err = se.hello(verb, arg)
	case "STARTTLS":
		return se.startTLS()
	case "AUTH":
		return se.auth(arg)
	case "MAIL":
		err = se.mailFrom(arg)
	case "RCPT":
		err = se.rcptTo(arg)
	case "BDAT":
		return se.bdat(arg)
	case "DATA":
		if arg != "" {
			err = se.send("501 5.5.4 Syntax: DATA")
			break
		}
		return se.data()
	case "RSET":
		se.resetMail()
		err = se.send("250 2.0.0 Ok")
	case "NOOP":
		err = se.send("250 2.0.0 Ok")
	case "QUIT":
		_ = se.send("221 2.0.0 Bye")
		return false
	default:
		se.nBad++
		if se.nBad > maxBadCommands {
			_ = se.send("421 4.7.0 Too many errors")
			return false
		}
		err = se.send("502 5.5.2 Error: command not recognized")
	}
	return err == nil
}

// extensions is the EHLO keyword list in force on this connection.
func (se *smtpSession) extensions() []string {
	if se.c.tls {
		return se.b.Extensions
	}
	if se.b.ExtensionsBeforeTLS != nil {
		return se.b.ExtensionsBeforeTLS
	}
	ext := slices.DeleteFunc(slices.Clone(se.b.Extensions), func(e string) bool {
		return strings.HasPrefix(strings.ToUpper(e), "AUTH ")
	})
	if !se.b.NoStartTLS {
		ext = append(ext, "STARTTLS")
	}
	return ext
}

// authMechanisms is what the AUTH keyword in force offers; nil when AUTH is
// not offered.
func (se *smtpSession) authMechanisms() []string {
	for _, e := range se.extensions() {
		if mechs, ok := strings.CutPrefix(strings.ToUpper(e), "AUTH "); ok {
			return strings.Fields(mechs)
		}
	}
	return nil
}

func (se *smtpSession) hello(verb, arg string) error {
	if arg == "" {
		return se.send("501 5.5.4 Syntax: " + verb + " hostname")
	}
	se.helo = arg
	se.resetMail()
	if verb == "HELO" {
		return se.send("250 " + se.b.Hello)
	}
	ext := se.extensions()
	lines := []string{"250-" + se.b.Hello}
	for i, e := range ext {
		sep := "-"
		if i == len(ext)-1 {
			sep = " "
		}
		lines = append(lines, "250"+sep+e)
	}
	if len(ext) == 0 {
		lines[0] = "250 " + se.b.Hello
	}
	return se.send(lines...)
}

func (se *smtpSession) startTLS() bool {
	if se.c.tls || se.b.NoStartTLS {
		return se.send("502 5.5.1 Error: command not implemented") == nil
	}
	if se.send(orDefault(se.b.StartTLSReply, "220 2.0.0 Ready to start TLS")) != nil {
		return false
	}
	// RFC 3207 4.2: the client starts over with EHLO.
	se.helo, se.authed = "", false
	se.resetMail()
	return se.c.handshake(se.s.tlsConfig) == nil
}

// auth handles AUTH mechanism [initial-response] (RFC 4954); it reports
// whether the session goes on.
func (se *smtpSession) auth(arg string) bool {
	fields := strings.Fields(arg)
	rec := "AUTH " + strings.Join(fields, " ")
	if len(fields) > 1 {
		rec = "AUTH " + strings.ToUpper(fields[0]) + " " + Redacted
	}
	se.c.rec.command(rec)
	if len(fields) == 0 {
		return se.send("501 5.5.4 Syntax: AUTH mechanism") == nil
	}
	mech := strings.ToUpper(fields[0])
	if len(fields) > 1 && !se.c.tls {
		// The password is on the wire already, whatever we answer.
		se.c.rec.credentials(mech, "", false)
	}
	switch {
	case se.helo == "":
		return se.send("503 5.5.1 Error: send EHLO first") == nil
	case se.authed:
		return se.send("503 5.5.1 Error: already authenticated") == nil
	case se.authMechanisms() == nil:
		return se.send(orDefaultLines(se.b.AuthNotOffered, []string{"503 5.5.1 Error: authentication not enabled"})...) == nil
	case !slices.Contains(se.authMechanisms(), mech):
		return se.send("504 5.5.4 Unrecognized authentication type") == nil
	}
	if se.s.Scenario.Fault.ResetDuringAuth {
		se.c.reset()
		return false
	}
	ex := saslExchange{initial: fields[1:], next: se.c.saslContinue("334 ")}
	cr, err := ex.run(mech)
	switch {
	case errors.Is(err, errSASLCancelled):
		return se.send("501 5.7.0 Authentication aborted") == nil
	case errors.Is(err, errSASL):
		return se.send("501 5.5.2 Cannot decode response") == nil
	case err != nil:
		return false
	}
	se.user = cr.user
	se.c.rec.credentials(mech, cr.user, se.c.tls)
	v := se.s.refuseFirst(cr.user, judge(se.s.book, se.b.Refuse, cr))
	r := mailboxRefusal(se.s.book, cr.user, "smtp", v)
	if !se.s.holdRefusal(se.c, v != verdictOK || r != nil) {
		return false
	}
	if r != nil {
		return se.send(r...) == nil
	}
	switch v {
	case verdictOK:
		se.authed = true
		se.c.rec.update(func(r *Record) { r.AuthOK = true })
		return se.send(orDefaultLines(se.b.Success, []string{"235 2.7.0 Authentication successful"})...) == nil
	case verdictRefused:
		return se.send(orDefaultLines(se.b.Refusal, se.b.Failure)...) == nil
	default:
		return se.send(se.b.Failure...) == nil
	}
}

// resetMail ends the mail transaction (RSET, EHLO, STARTTLS).
func (se *smtpSession) resetMail() {
	se.mail, se.from, se.rcpts = false, "", nil
	se.chunks, se.chunked, se.tooBig = nil, false, false
}

// bdat reads one BDAT chunk (RFC 3030): "BDAT size [LAST]" and exactly
// size octets after the line, read whatever the reply, so the session
// stays in step. It reports whether the session goes on.
func (se *smtpSession) bdat(arg string) bool {
	f := strings.Fields(arg)
	n, err := 0, error(nil)
	if len(f) > 0 {
		n, err = strconv.Atoi(f[0])
	}
	last := len(f) == 2 && strings.EqualFold(f[1], "LAST")
	if len(f) == 0 || len(f) > 2 || err != nil || n < 0 || (len(f) == 2 && !last) {
		return se.send("501 5.5.4 Syntax: BDAT count [LAST]") == nil
	}
	limit := se.limit()
	if n > runaway(limit) {
		// More than any message this server takes: say so and hang up
		// rather than read it.
		_ = se.send("552 5.3.4 Error: message file too big")
		return false
	}
	chunk, err := se.c.readFull(n)
	if err != nil {
		return false
	}
	switch {
	case !slices.ContainsFunc(se.extensions(), func(e string) bool { return strings.EqualFold(e, "CHUNKING") }):
		return se.send("502 5.5.1 Error: command not implemented") == nil
	case !se.mail:
		return se.send("503 5.5.1 Error: need MAIL command") == nil
	case len(se.rcpts) == 0:
		return se.send("554 5.5.1 Error: no valid recipients") == nil
	}
	se.chunked = true
	if !se.tooBig && len(se.chunks)+len(chunk) > limit {
		se.tooBig, se.chunks = true, nil
	}
	if !se.tooBig {
		se.chunks = append(se.chunks, chunk...)
	}
	if !last {
		return se.send(fmt.Sprintf("250 2.0.0 Ok: %d octets received", n)) == nil
	}
	if se.tooBig {
		se.resetMail()
		return se.send("552 5.3.4 Error: message file too big") == nil
	}
	return se.queue(se.chunks)
}

// queue keeps a message received by DATA or BDAT with the transaction's
// envelope, ends the transaction and replies with the queue id; it
// reports whether the session goes on.
func (se *smtpSession) queue(data []byte) bool {
	if se.b.SendAsDenied != nil && !se.ownAddress(se.from) {
		se.resetMail()
		return se.send(se.b.SendAsDenied...) == nil
	}
	queued := orDefault(se.b.Queued, "250 2.0.0 Ok: queued as {id}")
	if !positive([]string{queued}) {
		// A scripted refusal of the message: nothing is kept.
		se.resetMail()
		return se.send(queued) == nil
	}
	id := se.s.keep(Message{From: se.from, To: se.rcpts, Data: data, Username: se.user,
		TLS: se.c.tls, Listener: se.listener})
	se.resetMail()
	return se.send(strings.ReplaceAll(queued, "{id}", id)) == nil
}

// ownAddress reports whether addr is the address of the account signed
// in as se.user.
func (se *smtpSession) ownAddress(addr string) bool {
	for _, a := range se.s.Scenario.Accounts {
		if strings.EqualFold(a.Login(), se.user) && strings.EqualFold(a.Email, addr) {
			return true
		}
	}
	return false
}

// limit is the message size in force: the SIZE the EHLO reply advertised,
// or maxMessage.
func (se *smtpSession) limit() int {
	if n := sizeLimit(se.extensions()); n > 0 {
		return n
	}
	return maxMessage
}

func (se *smtpSession) mailFrom(arg string) error {
	switch {
	case se.helo == "":
		return se.send("503 5.5.1 Error: send HELO/EHLO first")
	case !se.authed && se.b.MailUnauthenticated != nil:
		return se.send(se.b.MailUnauthenticated...)
	case !se.authed && !se.c.tls:
		return se.send("530 5.7.0 Must issue a STARTTLS command first")
	case !se.authed:
		return se.send("530 5.7.0 Authentication required")
	case se.mail:
		return se.send("503 5.5.1 Error: nested MAIL command")
	}
	addr, params, ok := parsePath(arg, "FROM:")
	if !ok {
		return se.send("501 5.5.4 Syntax: MAIL FROM:<address>")
	}
	for _, p := range params {
		k, v, _ := strings.Cut(p, "=")
		if !strings.EqualFold(k, "SIZE") {
			continue
		}
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 0:
			return se.send("501 5.5.4 Bad message size syntax")
		case n > se.limit():
			return se.send("552 5.3.4 Message size exceeds fixed limit")
		}
	}
	reply := orDefaultLines(se.b.Mail, []string{"250 2.1.0 Ok"})
	if positive(reply) {
		// A scripted refusal (a 5xx in Mail) starts no transaction.
		se.mail, se.from = true, addr
	}
	return se.send(reply...)
}

func (se *smtpSession) rcptTo(arg string) error {
	if !se.mail {
		return se.send("503 5.5.1 Error: need MAIL command")
	}
	addr, _, ok := parsePath(arg, "TO:")
	if !ok || addr == "" {
		return se.send("501 5.5.4 Syntax: RCPT TO:<address>")
	}
	if len(se.rcpts) >= maxRecipients {
		return se.send("452 4.5.3 Error: too many recipients")
	}
	reply := orDefaultLines(se.b.Rcpt, []string{"250 2.1.5 Ok"})
	if positive(reply) {
		se.rcpts = append(se.rcpts, addr)
	}
	return se.send(reply...)
}

// parsePath reads "FROM:<address> params" or "TO:<address> params"
// (RFC 5321 4.1.2); a space after the colon and a bare address without
// brackets are taken too, as Postfix takes them.
func parsePath(arg, keyword string) (addr string, params []string, ok bool) {
	if len(arg) < len(keyword) || !strings.EqualFold(arg[:len(keyword)], keyword) {
		return "", nil, false
	}
	rest := strings.TrimLeft(arg[len(keyword):], " ")
	if strings.HasPrefix(rest, "<") {
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return "", nil, false
		}
		addr, rest = rest[1:end], rest[end+1:]
		if rest != "" && rest[0] != ' ' {
			return "", nil, false
		}
	} else {
		addr, rest, _ = strings.Cut(rest, " ")
		if addr == "" {
			return "", nil, false
		}
	}
	if strings.ContainsAny(addr, " <>\r\n") {
		return "", nil, false
	}
	return addr, strings.Fields(rest), true
}

// data reads a message (RFC 5321 4.1.1.4), keeps it with its envelope and
// delivers it to the fake's own accounts among the recipients; it reports
// whether the session goes on.
func (se *smtpSession) data() bool {
	switch {
	case !se.mail:
		return se.send("503 5.5.1 Error: need RCPT command") == nil
	case len(se.rcpts) == 0:
		return se.send("554 5.5.1 Error: no valid recipients") == nil
	case se.chunked:
		return se.send("503 5.5.1 Error: DATA after BDAT") == nil
	}
	goAhead := orDefaultLines(se.b.DataGoAhead, []string{"354 End data with <CR><LF>.<CR><LF>"})
	if err := se.send(goAhead...); err != nil {
		return false
	}
	if !strings.HasPrefix(goAhead[len(goAhead)-1], "354") {
		// A scripted refusal of DATA: the client sends no message.
		se.resetMail()
		return !se.closing
	}
	data, err := readData(se.c.br, se.limit())
	switch {
	case errors.Is(err, errTooBig):
		se.resetMail()
		return se.send("552 5.3.4 Error: message file too big") == nil
	case errors.Is(err, errDataRunaway):
		_ = se.send("552 5.3.4 Error: message file too big")
		return false
	case err != nil:
		return false
	}
	return se.queue(data)
}

// positive reports whether a scripted reply's last line is a 2xx, one
// the transaction goes on after.
func positive(lines []string) bool {
	return len(lines) > 0 && strings.HasPrefix(lines[len(lines)-1], "2")
}

// send writes reply lines with placeholders expanded; after a 421 the
// session ends.
func (se *smtpSession) send(lines ...string) error {
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.Contains(l, "{") {
			l = strings.NewReplacer("{client}", se.c.clientIP(), "{helo}", se.helo, "{user}", se.user).Replace(l)
		}
		if strings.HasPrefix(l, "421") {
			se.closing = true
		}
		out[i] = l
	}
	return se.c.writeLines(out...)
}
