package imapcheck

import (
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// waitingForAuth is the start of the line Dovecot sends while its auth
// process is not ready yet; the real greeting follows once it is
// (real-servers.md). Taking it for the greeting would lose the
// capabilities and the server's name.
const waitingForAuth = "Waiting for authentication process to respond"

// isInterimGreeting reports whether r is a line to skip while waiting for
// the greeting. It is a pure function of the line.
func isInterimGreeting(r *imapwire.Response) bool {
	return r.Tag == "*" && r.Type == imapwire.OK && r.Code == "" && strings.HasPrefix(r.Text, waitingForAuth)
}

// greeting reads the server's greeting: OK, PREAUTH or BYE. On a
// plaintext connection the mode check starts beside the wait once the
// server has been silent for modecheck.EarlyStart; a TLS handshake that
// succeeds there ends the wait at once (a wrong TLS mode), and a greeting
// that arrives first cancels the check.
func (s *session) greeting() (preauth, ok bool) {
	s.res.Stage = probe.StageGreeting
	st := s.rec.Begin(probe.StageGreeting)
	early := s.startModeCheck()
	stopEarly := func() {
		if early != nil {
			early.Stop()
			early = nil
		}
	}
	defer stopEarly()
	ex := s.newExchange()
	for {
		resp, err := s.next(ex)
		lines := len(ex.lines) + ex.dropped
		if lines > 0 {
			stopEarly() // the port speaks plaintext
		}
		if err != nil {
			ne := s.readError(st.Ctx, err)
			var mc *probe.ModeCheck
			var began time.Time
			if early != nil && lines == 0 {
				mc, began, _ = early.Result()
				early = nil
			}
			if mc != nil && mc.HandshakeOK {
				// The check closed this connection: the wait was cut
				// short, not ended by the server.
				ne = modecheck.CutShort()
			}
			s.res.Error = ne
			st.Fail(greetingFailDetail(ne, lines), s.server(ex), ne)
			// A wait the check cut short is a timeout with nothing
			// read, so wantModeCheck keeps the check's answer too.
			if wantModeCheck(s.opts, s.encrypted, ne, lines) {
				s.modeCheck(mc, began)
			}
			return false, false
		}
		s.noteAlert(resp)
		if isInterimGreeting(resp) {
			continue
		}
		switch {
		case resp.Tag == "*" && (resp.Type == imapwire.OK || resp.Type == imapwire.PREAUTH):
			s.res.Greeting = clip(resp.Line, maxServerText)
			s.greetCaps = resp.Capabilities()
			st.OK(strings.ToLower(resp.Type)+" greeting", s.server(ex))
			return resp.Type == imapwire.PREAUTH, true
		case resp.Tag == "*" && resp.Type == imapwire.BYE:
			s.res.Greeting = clip(resp.Line, maxServerText)
			s.res.Response = s.response(resp)
			st.Fail("the server refused the connection (BYE)", s.server(ex), nil)
			return false, false
		default:
			ne := &probe.NetError{Kind: probe.NetProtocol, Op: "read", Message: "greeting is not an IMAP greeting"}
			s.res.Error = ne
			st.Fail("the server's first line is not an IMAP greeting", s.server(ex), ne)
			return false, false
		}
	}
}

func greetingFailDetail(ne *probe.NetError, lines int) string {
	switch {
	case modecheck.IsCutShort(ne):
		return modecheck.CutShortDetail
	case ne.Kind == probe.NetProtocol:
		return "the server's first line is not an IMAP greeting"
	case ne.Kind == probe.NetTimeout && lines == 0:
		return "no greeting before the stage timeout"
	case ne.Kind == probe.NetClosed && lines == 0:
		return "the server closed the connection without a greeting"
	}
	return "reading the greeting failed"
}

// wantModeCheck decides whether a failed greeting earns the extra
// connection: a plaintext connection on which the server said nothing and
// then timed out or hung up, which is what an implicit-TLS port looks like
// to a plaintext client.
func wantModeCheck(o Options, encrypted bool, ne *probe.NetError, lines int) bool {
	if o.SkipModeCheck || encrypted || lines > 0 {
		return false
	}
	switch ne.Kind {
	case probe.NetTimeout, probe.NetClosed, probe.NetReset:
		return true
	}
	return false
}
