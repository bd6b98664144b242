package smtpcheck

import (
	"bufio"
	"fmt"
	"net"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/modecheck"
	"github.com/mailcheck-go/mailcheck/probe"
)

// modeCheck spends the one extra connection a probe may use: the
// plaintext connection got no banner, so internal/modecheck dials the same
// address again and tries a TLS handshake. It records facts only; diagnose
// decides what they mean.
func (p *prober) modeCheck() {
	st := p.rec.Begin(probe.StageModeCheck)
	p.tap.Note("no greeting: trying a TLS handshake on a second connection to " + p.addr)
	mc := modecheck.Run(st.Ctx, p.o.Dialer, p.addr, p.o.Host, p.o.TLSConfig, p.rec.Now, func(c net.Conn) string {
		_, lines, _ := readReply(bufio.NewReader(c))
		return strings.Join(lines, "\n")
	})
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
