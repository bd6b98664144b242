package imapcheck

import (
	"context"
	"net"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// startModeCheck starts the mode check beside the greeting wait on a
// plaintext connection: if the server has said nothing after
// modecheck.EarlyWait, a second connection tries a TLS handshake, and
// when that succeeds the silent connection is closed so the greeting wait
// ends at once. It returns nil when no mode check is wanted (an encrypted
// connection, or Options.SkipModeCheck).
func (s *session) startModeCheck() *modecheck.Beside {
	if s.opts.SkipModeCheck || s.encrypted {
		return nil
	}
	g := s.g
	// Under the probe's context, not the greeting's: the check may go on
	// after the greeting wait ends, for its own stage timeout.
	return modecheck.Start(s.rec.Context(), modecheck.EarlyWait(s.opts.StageTimeout), s.opts.StageTimeout, s.opts.Now,
		func(ctx context.Context, wrap func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
			return s.runModeCheck(ctx, wrap(readIMAPLine))
		},
		func() { _ = g.Close() })
}

func readIMAPLine(c net.Conn) string {
	line, _ := imapwire.NewReader(c).ReadLine()
	return line
}

// runModeCheck dials the same address again and tries a TLS handshake.
func (s *session) runModeCheck(ctx context.Context, read func(net.Conn) string) *probe.ModeCheck {
	return modecheck.Run(ctx, s.opts.Dialer, s.res.RemoteAddr, s.opts.Host, s.opts.TLSConfig, s.opts.Now, read)
}

// modeCheck spends the one extra connection a probe may: the plaintext
// connection got no greeting. early is the answer of the check started
// beside the greeting wait, began when it started; when it is nil (the
// check never started: the server hung up at once), the check runs now.
// The facts go into Result.ModeCheck; what they mean is the classifier's
// business.
func (s *session) modeCheck(early *probe.ModeCheck, began time.Time) {
	// The silent connection is of no further use.
	_ = s.g.Close()
	s.dead = true

	st := s.rec.Begin(probe.StageModeCheck)
	mc := early
	if mc != nil {
		st.BeganAt(began)
	} else {
		ctx, cancel := st.Within()
		mc = s.runModeCheck(ctx, readIMAPLine)
		cancel()
	}
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
	st.OK("TLS handshake succeeded on a second connection", mc.Greeting)
	s.tap.Note("mode check: TLS handshake succeeded on a second connection")
}
