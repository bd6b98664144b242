package imapcheck

import (
	"encoding/base64"

	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/saslmech"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Mechanisms the probe can use. "LOGIN" is the IMAP LOGIN command, not the
// SASL LOGIN mechanism.
const (
	mechPlain       = saslmech.Plain
	mechLogin       = "LOGIN" // the IMAP command, so not saslmech.Login
	mechXOAuth2     = saslmech.XOAuth2
	mechOAuthBearer = saslmech.OAuthBearer
)

// choice is how the probe will authenticate, or why it will not.
type choice struct {
	mech   string
	reason string
	stop   probe.StopReason
}

// chooseMechanism picks the one mechanism to try from the capabilities
// seen over the connection credentials would travel on. It is pure.
//
// With a token: XOAUTH2 when advertised, since that is what Google and
// Microsoft document, else OAUTHBEARER. With a password: AUTHENTICATE PLAIN
// when advertised, else the LOGIN command unless LOGINDISABLED forbids it.
// A forced mechanism is used even if not advertised (the caller knows
// something), except LOGIN under LOGINDISABLED, which the server has
// promised to refuse.
func chooseMechanism(caps []string, password, token bool, forced string) choice {
	offered := saslMechs(caps)
	loginDisabled := hasCap(caps, "LOGINDISABLED")
	has := func(m string) bool { return hasCap(offered, m) }
	switch {
	case forced == mechLogin && loginDisabled:
		return choice{reason: "LOGIN was asked for but the server advertises LOGINDISABLED", stop: probe.StopLoginDisabled}
	case forced == mechLogin:
		return choice{mech: forced, reason: "asked for by the caller"}
	case forced != "" && has(forced):
		return choice{mech: forced, reason: "asked for by the caller"}
	case forced != "":
		return choice{mech: forced, reason: "asked for by the caller, although the server does not advertise AUTH=" + forced}
	case !password && !token:
		return choice{reason: "no password or token given", stop: probe.StopNoCredentials}
	case token && has(mechXOAuth2):
		return choice{mech: mechXOAuth2, reason: "token given and the server advertises AUTH=XOAUTH2"}
	case token && has(mechOAuthBearer):
		return choice{mech: mechOAuthBearer, reason: "token given and the server advertises AUTH=OAUTHBEARER"}
	case token:
		return choice{reason: "token given but the server advertises neither AUTH=XOAUTH2 nor AUTH=OAUTHBEARER", stop: probe.StopNoMechanism}
	case has(mechPlain):
		return choice{mech: mechPlain, reason: "password given and the server advertises AUTH=PLAIN"}
	case loginDisabled:
		return choice{reason: "the server advertises LOGINDISABLED and no AUTH=PLAIN", stop: probe.StopLoginDisabled}
	}
	return choice{mech: mechLogin, reason: "password given, no AUTH=PLAIN advertised: LOGIN command"}
}

// authenticate makes the probe's one authentication attempt, or records
// why it made none. It reports whether the probe should go on to the
// mailbox check.
func (s *session) authenticate() bool {
	s.res.Stage = probe.StageAuthenticate
	o := s.opts
	c := chooseMechanism(s.res.Capabilities, !o.Password.IsZero(), !o.Token.IsZero(), o.Mechanism)
	auth := &probe.Auth{Mechanism: c.mech, Reason: c.reason, Offered: saslMechs(s.res.Capabilities), OverTLS: s.encrypted}
	s.res.Auth = auth
	if c.stop == probe.StopNoCredentials {
		s.rec.Skip(probe.StageAuthenticate, c.reason)
		s.res.OK = true
		s.stop(c.stop)
		return false
	}
	if stop, why := s.plaintextStop(); stop != "" {
		auth.Mechanism, auth.Reason = "", why
		s.rec.Skip(probe.StageAuthenticate, why)
		s.stop(stop)
		return false
	}
	if c.stop != "" {
		s.rec.Skip(probe.StageAuthenticate, c.reason)
		s.stop(c.stop)
		return false
	}

	st := s.rec.Begin(probe.StageAuthenticate)
	cmd, keep, onCont := s.authCommand(c.mech)
	auth.Attempted = true
	s.tap.BeginSecret(keep)
	ex, ne := s.command(st.Ctx, cmd, onCont)
	s.tap.EndSecret()
	server := s.server(ex)
	detail := c.mech
	if s.challenge != "" {
		detail += "; the server's error: " + s.challenge
	}
	if ne != nil {
		s.res.Error = ne
		st.Fail(detail, server, ne)
		return false
	}
	if r := ex.refusal(); r != nil {
		s.res.Response = s.response(r)
		st.Fail(detail+": refused", server, nil)
		if r.Type != imapwire.BYE {
			s.logout()
		}
		return false
	}
	auth.Succeeded = true
	if caps := ex.tagged.Capabilities(); caps != nil {
		s.setCaps(caps)
	}
	st.OK(detail+": accepted", server)
	return true
}

// plaintextStop says why credentials must not be sent over this
// connection, if they must not.
func (s *session) plaintextStop() (probe.StopReason, string) {
	switch {
	case s.opts.AllowPlaintextAuth:
		return "", ""
	case !s.encrypted:
		return probe.StopPlaintextNotAllowed, "the connection is not encrypted and plaintext authentication was not allowed"
	case !s.verified:
		return probe.StopPlaintextNotAllowed, "the TLS certificate was not verified (InsecureSkipVerify) and plaintext-grade authentication was not allowed"
	}
	return "", ""
}

// authCommand builds the command for mech, how many of its words the
// transcript may keep, and the answers to the server's continuation
// requests. The password and token were registered as secrets when the
// probe started.
func (s *session) authCommand(mech string) (cmd string, keep int, onCont continueFunc) {
	o := s.opts
	user, pass, token := o.Username, o.Password.Reveal(), o.Token.Reveal()
	if mech == mechLogin {
		// The IMAP LOGIN command, not a SASL mechanism. The password's
		// quoted and literal forms are forms the redactor knows.
		pieces := commandPieces("LOGIN", []string{user, pass}, s.literalNonSync)
		return pieces[0], 2, sequence(pieces[1:])
	}
	// The SASL mechanisms: the same bytes as the SMTP probe sends
	// (internal/saslmech); IMAP only frames them.
	m, err := saslmech.New(mech, saslmech.Credentials{Username: user, Password: pass, Token: token, Host: o.Host, Port: o.Port})
	if err != nil {
		m = &saslmech.Client{Mechanism: mech} // normalize admits only known mechanisms
	}
	// The password or token sits inside the initial response, and its
	// base64 at some alignment: the redactor, which holds them since the
	// probe started, finds them there.
	s.addSecret(m.Secrets...)
	b64 := base64.StdEncoding.EncodeToString(m.Initial)
	sent := false
	onCont = func(cont *imapwire.Response) (string, bool) {
		if !sent {
			sent = true
			return b64, true
		}
		// A challenge after the credentials is the server's error report
		// (XOAUTH2, OAUTHBEARER): keep it, then end the exchange as the
		// mechanism says, so the tagged NO follows.
		dec, err := base64.StdEncoding.DecodeString(cont.Text)
		if err == nil && len(dec) > 0 {
			s.challenge = string(dec)
		} else {
			s.challenge = cont.Text
		}
		resp, answer, _ := m.Next(dec)
		if !answer {
			return "", false
		}
		return base64.StdEncoding.EncodeToString(resp), true
	}
	cmd = "AUTHENTICATE " + mech
	if hasCap(s.res.Capabilities, "SASL-IR") {
		sent = true
		cmd += " " + b64
	}
	return cmd, 3, onCont
}

// literalNonSync reports whether a literal of n bytes may be sent without
// waiting for the server (LITERAL+, or LITERAL- up to 4096 bytes).
func (s *session) literalNonSync(n int) bool {
	return hasCap(s.res.Capabilities, "LITERAL+") || (hasCap(s.res.Capabilities, "LITERAL-") && n <= 4096)
}

// commandPieces builds "verb arg..." with each argument quoted, or sent as
// a literal when it cannot be quoted (RFC 9051 section 4.3). The first
// piece is the command; each later one is sent after a continuation
// request. Non-synchronising literals stay in the piece they belong to.
func commandPieces(verb string, args []string, nonSync func(n int) bool) []string {
	var pieces []string
	cur := verb
	for _, a := range args {
		if q, ok := imapwire.Quote(a); ok {
			cur += " " + q
			continue
		}
		ns := nonSync(len(a))
		cur += " " + imapwire.LiteralPrefix(a, ns)
		if ns {
			cur += "\r\n" + a
			continue
		}
		pieces = append(pieces, cur)
		cur = a
	}
	return append(pieces, cur)
}

// sequence answers continuation requests with pieces in order, then
// cancels.
func sequence(pieces []string) continueFunc {
	return func(*imapwire.Response) (string, bool) {
		if len(pieces) == 0 {
			return "", false
		}
		p := pieces[0]
		pieces = pieces[1:]
		return p, true
	}
}
