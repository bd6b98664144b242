package imapcheck

import (
	"crypto/tls"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// modeCheckGreetingWait bounds how long the mode check waits for a greeting
// after a successful handshake. A TLS server greets right after the
// handshake; the handshake itself already proved the port speaks TLS, so
// the greeting is supporting evidence and not worth a full stage timeout.
const modeCheckGreetingWait = 2 * time.Second

// modeCheck spends the one extra connection a probe may: the plaintext
// connection got no greeting, so try a TLS handshake on the same address.
// Certificates are not checked (this connection carries no credentials
// and only asks "does this port speak TLS?"). The facts go into
// Result.ModeCheck; what they mean is the classifier's business.
func (s *session) modeCheck() {
	// The silent connection is of no further use.
	_ = s.g.Close()
	s.dead = true

	st := s.rec.Begin(probe.StageModeCheck)
	mc := &probe.ModeCheck{Tried: probe.SecurityTLS}
	s.res.ModeCheck = mc
	c, err := s.opts.Dialer.DialContext(st.Ctx, "tcp", s.res.RemoteAddr)
	if err != nil {
		mc.Error = netfacts.FromError(st.Ctx, "dial", err)
		st.Fail("could not connect again", "", mc.Error)
		return
	}
	g := guard.New(st.Ctx, c)
	defer g.Close()
	deadline, _ := st.Ctx.Deadline()
	g.SetLimit(deadline)

	cfg := &tls.Config{}
	if s.opts.TLSConfig != nil {
		cfg = s.opts.TLSConfig.Clone()
	}
	cfg.InsecureSkipVerify = true
	tc, _, err := netfacts.Handshake(st.Ctx, g, cfg, s.opts.Host, s.opts.Now)
	if err != nil {
		mc.Error = netfacts.FromError(st.Ctx, "handshake", err)
		st.Fail("no TLS handshake on this port either", "", mc.Error)
		s.tap.Note("mode check: TLS handshake failed: " + mc.Error.Message)
		return
	}
	mc.HandshakeOK = true
	_ = g.SetReadDeadline(time.Now().Add(modeCheckGreetingWait))
	line, _ := imapwire.NewReader(tc).ReadLine()
	mc.Greeting = s.scrub(line)
	st.OK("TLS handshake succeeded on a second connection", mc.Greeting)
	s.tap.Note("mode check: TLS handshake succeeded on a second connection")
}
