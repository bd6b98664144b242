package smtpcheck

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// startModeCheck starts the mode check beside the greeting wait on a
// plaintext connection (see greeting); nil when no mode check is wanted.
func (p *prober) startModeCheck() *modecheck.Beside {
	if p.o.SkipModeCheck || p.o.Security == probe.SecurityTLS {
		return nil
	}
	raw := p.raw
	// Under the probe's context, not the greeting's: the check may go on
	// after the greeting wait ends, for its own stage timeout.
	return modecheck.Start(p.ctx, modecheck.EarlyWait(p.o.StageTimeout), p.o.StageTimeout, p.rec.Now,
		func(ctx context.Context, wrap func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
			return p.runModeCheck(ctx, wrap(readBanner))
		},
		func() { _ = raw.Close() })
}

func readBanner(c net.Conn) string {
	_, lines, _ := readReply(bufio.NewReader(c))
	return strings.Join(lines, "\n")
}

// runModeCheck dials the same address again and tries a TLS handshake.
func (p *prober) runModeCheck(ctx context.Context, read func(net.Conn) string) *probe.ModeCheck {
	return modecheck.Run(ctx, p.o.Dialer, p.addr, p.o.Host, p.o.TLSConfig, p.rec.Now, read)
}

// modeCheck spends the one extra connection a probe may use: the
// plaintext connection got no banner. The check started beside the
// greeting wait gives its answer; when it never started (the server hung
// up at once), it runs now. It records facts only; diagnose decides what
// they mean.
func (p *prober) modeCheck() {
	st := p.rec.Begin(probe.StageModeCheck)
	mc := p.early
	if mc != nil {
		st.BeganAt(p.earlyBegan)
		p.tap.Note("no greeting: a TLS handshake on a second connection to " + p.addr + " ran beside the wait")
	} else {
		p.tap.Note("no greeting: trying a TLS handshake on a second connection to " + p.addr)
		ctx, cancel := st.Within()
		mc = p.runModeCheck(ctx, readBanner)
		cancel()
	}
	p.res.ModeCheck = mc
	switch {
	case mc.Error != nil && mc.Error.Op == "dial":
		st.Fail("could not connect again", "", mc.Error)
		return
	case mc.Error != nil:
		st.Fail("no TLS on this port either", "", mc.Error)
		return
	}
	detail := fmt.Sprintf("TLS handshake succeeded on a port probed with security %s", p.o.Security)
	if mc.Greeting == "" {
		detail += "; no greeting after it"
	}
	p.tap.Note(detail)
	st.OK(detail, mc.Greeting)
}
