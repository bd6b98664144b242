package smtpcheck

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// maxSASLRounds bounds the 334 challenges the probe answers in one AUTH
// exchange. LOGIN needs two, an OAuth error challenge one; a server asking
// for more is answered "*" (cancel), and one that still sends 334 after
// the cancel is looping: the probe records the bound and stops.
const maxSASLRounds = 4

// authenticate makes the probe's one authentication attempt, or records
// why it made none. It reports whether the probe should go on.
func (p *prober) authenticate() bool {
	e := p.res.EHLO
	a := &probe.Auth{Offered: append([]string(nil), e.AuthMechanisms...), OverTLS: p.tls}
	p.res.Auth = a
	password, token := !p.o.Password.IsZero(), !p.o.Token.IsZero()
	switch {
	case !password && !token:
		a.Reason = "no password or token given"
		p.res.OK = len(e.AuthMechanisms) > 0
		p.stop(probe.StopNoCredentials, "no credentials given: connectivity checked only")
		return false
	case !p.protected() && !p.o.AllowPlaintextAuth:
		a.Reason = "the connection is not protected by verified TLS and plaintext authentication was not allowed"
		p.stop(probe.StopPlaintextNotAllowed, a.Reason)
		return false
	case len(e.AuthMechanisms) == 0:
		a.Reason = "the server advertises no AUTH mechanism"
		p.stop(probe.StopAuthNotOffered, a.Reason)
		return false
	}
	a.Mechanism, a.Reason = chooseMechanism(e.AuthMechanisms, p.o.Mechanism, password, token)
	if a.Mechanism == "" {
		p.stop(probe.StopNoMechanism, a.Reason)
		return false
	}

	st := p.rec.Begin(probe.StageAuthenticate)
	a.Attempted = true
	m := p.saslMechanism(a.Mechanism)
	// The tap keeps "AUTH PLAIN" and redacts the initial response and
	// every continuation line; the literal values are scrubbed as well, in
	// case a server echoes one.
	p.tap.BeginSecret(2)
	defer p.tap.EndSecret()

	line := "AUTH " + a.Mechanism
	if m.Initial != nil {
		line += " " + encodeSASL(m.Initial)
	}
	rep, ok := p.command(st, line)
	server := []string{}
	var notes []string
	for i := 0; ok && rep.Code == 334; i++ {
		server = append(server, rep.Lines...)
		if i > maxSASLRounds {
			p.saslLoop(st, server)
			return false
		}
		_, _, text, _ := parseReplyLine(rep.Lines[0])
		challenge, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(text))
		resp, answer, note := m.Next(challenge)
		if note != "" {
			notes = append(notes, note)
		}
		next := "*" // cancel: the mechanism has nothing more to say
		if answer && i < maxSASLRounds {
			next = encodeSASL(resp)
		}
		rep, ok = p.command(st, next)
	}
	if !ok {
		p.endAt(probe.StageAuthenticate)
		return false
	}
	server = append(server, rep.Lines...)
	detail := strings.Join(notes, "; ")
	if rep.Code != 235 {
		p.refused(st, rep, strings.Join(server, "\n"), joinDetail(fmt.Sprintf("%s refused (%d)", a.Mechanism, rep.Code), detail))
		p.endAt(probe.StageAuthenticate)
		return false
	}
	a.Succeeded = true
	p.res.OK = true
	st.OK(joinDetail(a.Mechanism+" accepted", detail), strings.Join(server, "\n"))
	return true
}

// saslLoop ends the authentication of a server that goes on asking after
// the probe cancelled.
func (p *prober) saslLoop(st *stages.Step, server []string) {
	l := probe.Limit{Name: probe.LimitSASLRounds, Max: maxSASLRounds,
		Detail: fmt.Sprintf("the server sent more than %d 334 challenges in one AUTH exchange, and more after the probe cancelled; the probe stopped", maxSASLRounds)}
	p.recordLimit(l, st)
	ne := &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: "smtpcheck: " + l.Detail}
	st.Fail("the server would not end the AUTH exchange", strings.Join(server, "\n"), ne)
	p.res.Error = ne
	p.dead = true
	p.endAt(probe.StageAuthenticate)
}

// protected reports whether credentials may go over the connection
// without the caller's explicit consent: only over TLS whose certificate
// verified. A caller who set InsecureSkipVerify must allow plaintext
// authentication too, since nobody knows who is listening.
func (p *prober) protected() bool { return p.tls && p.verified }

// stop records that the probe chose to end before AUTH.
func (p *prober) stop(reason probe.StopReason, detail string) {
	p.rec.Skip(probe.StageAuthenticate, detail)
	p.res.StopReason = reason
	p.endAt(probe.StageAuthenticate)
}

// chooseMechanism picks the one mechanism to try: the caller's, else for a
// token XOAUTH2 (what Google and Microsoft document) then OAUTHBEARER, for
// a password PLAIN (one round trip, no base64 prompts) then LOGIN. It
// returns "" and the reason when nothing fits.
func chooseMechanism(offered []string, forced string, password, token bool) (mech, reason string) {
	has := func(m string) bool {
		for _, o := range offered {
			if strings.EqualFold(o, m) {
				return true
			}
		}
		return false
	}
	if forced != "" {
		if has(forced) {
			return forced, "forced by the caller"
		}
		return forced, "forced by the caller; the server does not advertise it"
	}
	if token {
		for _, m := range []string{MechanismXOAuth2, MechanismOAuthBearer} {
			if has(m) {
				return m, "token given; " + m + " advertised"
			}
		}
		return "", "token given, but the server offers neither XOAUTH2 nor OAUTHBEARER"
	}
	if password {
		for _, m := range []string{MechanismPlain, MechanismLogin} {
			if has(m) {
				return m, "password given; " + m + " advertised"
			}
		}
		return "", "password given, but the server offers neither PLAIN nor LOGIN"
	}
	return "", "no credentials"
}

// saslMechanism builds the client for mech (internal/saslmech, which the
// IMAP probe shares, so the same credentials go out as the same bytes) and
// registers every value it will send as a secret.
func (p *prober) saslMechanism(mech string) *saslmech.Client {
	m, err := saslmech.New(mech, saslmech.Credentials{Username: p.o.Username, Password: p.o.Password.Reveal(),
		Token: p.o.Token.Reveal(), Host: p.o.Host, Port: p.o.Port})
	if err != nil {
		// normalize admits only the four mechanisms saslmech knows; an
		// unknown one sends nothing and cancels at the first challenge.
		return &saslmech.Client{Mechanism: mech}
	}
	// The password or token sits inside the initial response and its
	// base64 at some alignment: the redactor finds it there. The user name
	// is not a secret (LOGIN sends it alone, base64'd, in a client line
	// the tap redacts anyway).
	p.addSecrets(m.Secrets...)
	return m
}

// encodeSASL encodes a SASL message for the SMTP line. An empty message
// encodes as an empty line, which is XOAUTH2's answer to its error
// challenge. (No mechanism here has an empty initial response, which RFC
// 4954 would send as "=".)
func encodeSASL(b []byte) string {
	return base64.StdEncoding.EncodeToString(b)
}

// addSecrets registers values that must appear nowhere in the result, in
// any form: not in the transcript, steps (nor the progress callback),
// replies or details. One redactor, the tap's, serves them all.
func (p *prober) addSecrets(values ...string) { p.tap.AddSecret(values...) }

func joinDetail(a, b string) string {
	if b == "" {
		return a
	}
	return a + "; " + b
}
