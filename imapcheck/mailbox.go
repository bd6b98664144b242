package imapcheck

import (
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// mailbox opens the mailbox read-only with EXAMINE, which changes no flag
// and works on every IMAP4rev1 server. Some servers accept a login and then
// refuse every command (Microsoft 365: "BAD User is authenticated but not
// connected."); this is the step that shows it.
func (s *session) mailbox() bool {
	s.res.Stage = probe.StageMailbox
	st := s.rec.Begin(probe.StageMailbox)
	pieces := commandPieces("EXAMINE", []string{s.opts.Mailbox}, s.literalNonSync)
	ex, ne := s.command(st.Ctx, pieces[0], sequence(pieces[1:]))
	server := s.server(ex)
	if ne != nil {
		s.res.Error = ne
		st.Fail("EXAMINE "+s.opts.Mailbox+" failed", server, ne)
		return false
	}
	if r := ex.refusal(); r != nil {
		s.res.Response = s.response(r)
		st.Fail("the server refused EXAMINE "+s.opts.Mailbox, server, nil)
		return false
	}
	st.OK("opened "+s.opts.Mailbox+" read-only", server)
	return true
}

// logout says goodbye when the connection is still usable. It is a
// courtesy: its outcome is recorded as a step but changes neither OK nor
// the failed stage.
func (s *session) logout() {
	if s.dead || s.conn == nil {
		return
	}
	if s.res.OK && s.res.StopReason == "" {
		s.res.Stage = probe.StageLogout
	}
	st := s.rec.Begin(probe.StageLogout)
	if s.opts.ReturnEarly {
		// The outcome is known: say goodbye, and read the answer after
		// the Result has gone back (Probe hands the connection over).
		if err := s.write(s.nextTag() + " LOGOUT\r\n"); err != nil {
			st.Fail("LOGOUT failed", "", netfacts.FromError(st.Ctx, "write", err))
		} else {
			st.OK("LOGOUT sent; the server's reply is read after the result is returned", "")
			s.goodbye = true
		}
		s.dead = true
		return
	}
	ex, ne := s.command(st.Ctx, "LOGOUT", nil)
	server := s.server(ex)
	switch {
	case ne != nil:
		st.Fail("LOGOUT failed", server, ne)
	case ex.tagged == nil:
		st.OK("the server said BYE and closed the connection", server)
	default:
		st.OK("", server)
	}
	s.dead = true
}
