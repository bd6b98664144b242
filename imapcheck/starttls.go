package imapcheck

import (
	"github.com/mailcheck-go/mailcheck/probe"
)

// startTLS upgrades the connection: STARTTLS, the handshake, and the
// capabilities again, since what the server advertised in plaintext could
// have been written by anyone on the path (RFC 9051 section 6.2.1).
func (s *session) startTLS() bool {
	s.res.Stage = probe.StageStartTLS
	if !hasCap(s.res.Capabilities, "STARTTLS") {
		s.rec.Skip(probe.StageStartTLS, "the server does not advertise STARTTLS")
		s.stop(probe.StopStartTLSUnavailable)
		return false
	}
	st := s.rec.Begin(probe.StageStartTLS)
	ex, ne := s.command(st.Ctx, "STARTTLS", nil)
	server := s.server(ex)
	if ne != nil {
		s.res.Error = ne
		st.Fail("STARTTLS failed", server, ne)
		return false
	}
	if r := ex.refusal(); r != nil {
		s.res.Response = s.response(r)
		st.Fail("the server refused STARTTLS", server, nil)
		return false
	}
	detail := "ready to start TLS"
	if n := s.r.Buffered(); n > 0 {
		// Bytes after the tagged OK arrived before encryption: an
		// injection attempt or a broken server. They are discarded with
		// the plaintext reader (RFC 9051 section 11.1).
		detail += "; discarded plaintext sent after the OK"
		s.tap.Note("discarded plaintext the server sent after STARTTLS OK")
	}
	st.OK(detail, server)

	s.res.CapabilitiesBeforeTLS = s.res.Capabilities
	s.res.Capabilities = nil
	s.greetCaps = nil
	if !s.handshake() {
		return false
	}
	return s.capabilities()
}
