package smtpcheck

import (
	"fmt"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// envelope checks that the server would take a message from From to
// Recipient: MAIL FROM, RCPT TO, then RSET. It never sends DATA, so no
// message is ever sent. Servers often decide about the sender only at RCPT
// (Postfix's smtpd_delay_reject), so both replies are kept.
func (p *prober) envelope() {
	env := &Envelope{From: p.o.From, To: p.o.Recipient}
	p.res.Envelope = env
	p.res.OK = false
	st := p.rec.Begin(probe.StageEnvelope)
	refusal, detail, ok := p.mailRcpt(st, env)
	if !ok {
		p.endAt(probe.StageEnvelope)
		return
	}
	var server []string
	for _, r := range []*Reply{env.Mail, env.Rcpt, p.rset()} {
		if r != nil {
			server = append(server, r.Lines...)
		}
	}
	if refusal != nil {
		p.refused(st, refusal, strings.Join(server, "\n"), detail)
		p.endAt(probe.StageEnvelope)
		return
	}
	env.Accepted = true
	p.res.OK = true
	st.OK("sender and recipient accepted; no message sent", strings.Join(server, "\n"))
}

// mailRcpt sends MAIL FROM and, if accepted, RCPT TO. It returns the
// refusal, if any; ok is false after a network failure, which has ended
// st already.
func (p *prober) mailRcpt(st *stages.Step, env *Envelope) (refusal *Reply, detail string, ok bool) {
	env.Mail, ok = p.command(st, "MAIL FROM:<"+env.From+">")
	if !ok {
		return nil, "", false
	}
	if env.Mail.class() != 2 {
		return env.Mail, fmt.Sprintf("MAIL FROM refused (%d)", env.Mail.Code), true
	}
	env.Rcpt, ok = p.command(st, "RCPT TO:<"+env.To+">")
	if !ok {
		return nil, "", false
	}
	if env.Rcpt.class() != 2 {
		return env.Rcpt, fmt.Sprintf("RCPT TO refused (%d)", env.Rcpt.Code), true
	}
	return nil, "", true
}

// rset forgets the transaction. Its reply changes nothing; if it does not
// come, the connection is given up (no QUIT either).
func (p *prober) rset() *Reply {
	if err := p.writeLine("RSET"); err != nil {
		p.dead = true
		return nil
	}
	rep, _, err := readReply(p.r)
	if err != nil {
		p.dead = true
		return nil
	}
	return rep
}
