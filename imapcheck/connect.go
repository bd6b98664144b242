package imapcheck

import (
	"net"

	"github.com/mailcheck-go/mailcheck/internal/dial"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// resolve looks the host up, or takes an IP literal as it is.
func (s *session) resolve() ([]string, bool) {
	s.res.Stage = probe.StageResolve
	addrs, ne := dial.Resolve(s.rec, s.opts.Resolver, s.opts.Host)
	if ne != nil {
		s.res.Error = ne
		return nil, false
	}
	s.res.Addresses = addrs
	return addrs, true
}

// connect dials the addresses in order until one answers.
func (s *session) connect(addrs []string) (net.Conn, bool) {
	s.res.Stage = probe.StageConnect
	c, addr, ne := dial.Connect(s.rec, s.opts.Dialer, addrs, s.opts.Port)
	if ne != nil {
		s.res.Error = ne
		return nil, false
	}
	s.res.RemoteAddr = addr
	s.tap.Note("connected to " + addr)
	return c, true
}

// handshake runs TLS over the raw connection (implicit TLS, or after a
// STARTTLS OK) and switches the session to it. A certificate that does not
// verify ends the probe: nothing more is said over that connection.
func (s *session) handshake() bool {
	s.res.Stage = probe.StageTLSHandshake
	st := s.rec.Begin(probe.StageTLSHandshake)
	tc, info, err := netfacts.Handshake(st.Ctx, s.g, s.opts.TLSConfig, s.opts.Host, s.opts.Now)
	if info != nil {
		s.res.TLS = info
	}
	if err != nil {
		ne := netfacts.FromError(st.Ctx, "handshake", err)
		s.res.Error = ne
		st.Fail(netfacts.HandshakeDetail(ne), "", ne)
		s.tap.Note("TLS handshake failed: " + ne.Message)
		return false
	}
	s.encrypted, s.verified = true, info.Verified
	detail := info.Version + ", " + info.CipherSuite
	if info.Verified {
		detail += ", certificate verified for " + info.ServerName
	} else {
		detail += ", certificate not verified (InsecureSkipVerify)"
	}
	st.OK(detail, "")
	s.tap.Note("TLS handshake done: " + detail)
	s.use(tc)
	return true
}
