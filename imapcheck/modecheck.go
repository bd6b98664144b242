package imapcheck

import (
	"net"

	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// modeCheck spends the one extra connection a probe may: the plaintext
// connection got no greeting, so internal/modecheck tries a TLS handshake
// on the same address. The facts go into Result.ModeCheck; what they mean
// is the classifier's business.
func (s *session) modeCheck() {
	// The silent connection is of no further use.
	_ = s.g.Close()
	s.dead = true

	st := s.rec.Begin(probe.StageModeCheck)
	mc := modecheck.Run(st.Ctx, s.opts.Dialer, s.res.RemoteAddr, s.opts.Host, s.opts.TLSConfig, s.opts.Now, func(c net.Conn) string {
		line, _ := imapwire.NewReader(c).ReadLine()
		return line
	})
	s.res.ModeCheck = mc
	switch {
	case mc.Error != nil && mc.Error.Op == "dial":
		st.Fail("could not connect again", "", mc.Error)
		return
	case mc.Error != nil:
		st.Fail("no TLS handshake on this port either", "", mc.Error)
		s.tap.Note("mode check: TLS handshake failed: " + mc.Error.Message)
		return
	}
	mc.Greeting = s.scrub(mc.Greeting)
	st.OK("TLS handshake succeeded on a second connection", mc.Greeting)
	s.tap.Note("mode check: TLS handshake succeeded on a second connection")
}
