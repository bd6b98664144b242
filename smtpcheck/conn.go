package smtpcheck

import (
	"bufio"
	"errors"
	"net"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// The probe owns the SMTP exchange instead of driving go-smtp's client:
// that client takes no context, sets its own 5-minute deadlines, sends a
// "*" line after a failed AUTH exchange, never checks for TLS before AUTH,
// and performs STARTTLS below any transcript tap. About eight commands and
// a reply reader give us exact server texts, our deadlines and a readable
// transcript.

// setConn makes c (the plaintext side: the TCP connection, or TLS on top
// of it) the connection commands are written to, through the tap.
func (p *prober) setConn(c net.Conn) {
	p.bare = c
	p.conn = p.tap.Wrap(c)
	p.r = bufio.NewReader(p.conn)
}

// command sends one command line and reads the reply, under st. A network
// or protocol failure ends the stage and marks the connection dead; a
// reply of any code is returned for the caller to judge.
func (p *prober) command(st *stages.Step, line string) (*Reply, bool) {
	if err := p.writeLine(line); err != nil {
		p.netFail(st, "write", err, nil, "could not send "+verb(line))
		return nil, false
	}
	return p.reply(st, "no reply to "+verb(line))
}

// reply reads one reply under st; see command.
func (p *prober) reply(st *stages.Step, detail string) (*Reply, bool) {
	rep, lines, err := readReply(p.r)
	if err != nil {
		p.netFail(st, "read", err, lines, detail)
		return nil, false
	}
	return rep, true
}

// writeLine writes line and CRLF in one write, so the transcript records
// one line and the server gets one segment.
func (p *prober) writeLine(line string) error {
	_, err := p.conn.Write([]byte(line + "\r\n"))
	return err
}

// netFail ends st with a network or protocol failure, which also ends the
// probe: the connection is not used again.
func (p *prober) netFail(st *stages.Step, op string, err error, lines []string, detail string) {
	ne := netError(st, op, err)
	if what, ok := strings.CutPrefix(detail, "no reply to "); ok && len(lines) > 0 {
		// Part of the reply came: "no reply" would contradict the lines
		// the step keeps.
		detail = "the reply to " + what + " broke off"
		if ne.Kind == probe.NetTimeout {
			detail = "the reply to " + what + " was still arriving when the step's time ran out"
		}
	}
	if ne.Kind == probe.NetProtocol {
		detail = "the server's reply is not SMTP"
	}
	var pe *protocolError
	if errors.As(err, &pe) && pe.Limit != nil {
		p.recordLimit(*pe.Limit, st)
		detail = "the server's reply broke the probe's bounds"
	}
	st.Fail(detail, strings.Join(lines, "\n"), ne)
	p.res.Error = ne
	p.dead = true
}

// netError describes err as a fact. A malformed reply is a protocol
// failure; everything else goes through netfacts, under the stage's
// context so that a deadline or a cancellation is recorded as such.
func netError(st *stages.Step, op string, err error) *probe.NetError {
	var pe *protocolError
	if errors.As(err, &pe) {
		return &probe.NetError{Kind: probe.NetProtocol, Op: op, Message: pe.Error()}
	}
	return netfacts.FromError(st.Ctx, op, err)
}

// refused ends st with the server's refusal, kept whole in Result.Reply.
// The connection stays usable for QUIT.
func (p *prober) refused(st *stages.Step, rep *Reply, server, detail string) {
	if server == "" {
		server = rep.String()
	}
	st.Fail(detail, server, nil)
	p.res.Reply = rep
}

// verb returns the command word of a line, for details: "EHLO", "MAIL".
func verb(line string) string {
	v, _, _ := strings.Cut(line, " ")
	return strings.ToUpper(v)
}

// recordLimit keeps l, reached at st's stage, in the result.
func (p *prober) recordLimit(l probe.Limit, st *stages.Step) {
	l.Stage = st.Stage()
	p.res.Limits = append(p.res.Limits, l)
}
