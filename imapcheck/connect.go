package imapcheck

import (
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// resolve looks the host up, or takes an IP literal as it is.
func (s *session) resolve() ([]string, bool) {
	s.res.Stage = probe.StageResolve
	if ip := net.ParseIP(s.opts.Host); ip != nil {
		s.res.Addresses = []string{ip.String()}
		s.rec.Skip(probe.StageResolve, "host is an IP address")
		return s.res.Addresses, true
	}
	st := s.rec.Begin(probe.StageResolve)
	addrs, err := s.opts.Resolver.LookupHost(st.Ctx, s.opts.Host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no addresses", Name: s.opts.Host, IsNotFound: true}
	}
	if err != nil {
		ne := netfacts.FromError(st.Ctx, "lookup", err)
		s.res.Error = ne
		st.Fail("lookup failed", "", ne)
		return nil, false
	}
	s.res.Addresses = append([]string(nil), addrs...)
	st.OK(strings.Join(addrs, ", "), "")
	return addrs, true
}

// connect dials the addresses in order until one answers. All attempts
// share the stage timeout: a black-holed first address uses it up, which a
// person can see in the step's detail.
func (s *session) connect(addrs []string) (net.Conn, bool) {
	s.res.Stage = probe.StageConnect
	st := s.rec.Begin(probe.StageConnect)
	port := strconv.Itoa(s.opts.Port)
	var (
		tried   []string
		lastErr error
	)
	for _, a := range addrs {
		addr := net.JoinHostPort(a, port)
		c, err := s.opts.Dialer.DialContext(st.Ctx, "tcp", addr)
		if err == nil {
			s.res.RemoteAddr = addr
			detail := "connected to " + addr
			if len(tried) > 0 {
				detail += " after " + strings.Join(tried, "; ")
			}
			st.OK(detail, "")
			s.tap.Note("connected to " + addr)
			return c, true
		}
		lastErr = err
		tried = append(tried, fmt.Sprintf("%s: %v", addr, err))
		if st.Ctx.Err() != nil {
			break
		}
	}
	ne := netfacts.FromError(st.Ctx, "dial", lastErr)
	s.res.Error = ne
	st.Fail(strings.Join(tried, "; "), "", ne)
	return nil, false
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
		st.Fail(handshakeDetail(ne), "", ne)
		s.tap.Note("TLS handshake failed: " + ne.Message)
		return false
	}
	s.encrypted, s.verified = true, info.Verified
	detail := info.Version + ", " + info.CipherSuite
	if !info.Verified {
		detail += ", certificate not verified (InsecureSkipVerify)"
	}
	st.OK(detail, "")
	s.tap.Note("TLS handshake done: " + detail)
	s.use(tc)
	return true
}

func handshakeDetail(ne *probe.NetError) string {
	switch ne.Kind {
	case probe.NetTLSCert:
		return "certificate not trusted: " + string(ne.CertReason)
	case probe.NetTLSNotTLS:
		return "the server answered in plaintext: " + strconv.Quote(ne.RecordHeader)
	}
	return "handshake failed"
}
