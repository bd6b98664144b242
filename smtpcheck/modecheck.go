package smtpcheck

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// modeCheckGreetingWait bounds the wait for a banner after the mode
// check's handshake. A server on an implicit-TLS port greets at once; the
// handshake alone already answered the question, so waiting longer would
// only delay the result.
const modeCheckGreetingWait = 3 * time.Second

// modeCheck spends the one extra connection a probe may use: the
// plaintext connection got no banner, so dial the same address again and
// try a TLS handshake. It never carries credentials, and the certificate
// is not checked (that is the main probe's job). It records facts only;
// diagnose decides what they mean.
func (p *prober) modeCheck() {
	mc := &probe.ModeCheck{Tried: probe.SecurityTLS}
	p.res.ModeCheck = mc
	st := p.rec.Begin(probe.StageModeCheck)
	p.tap.Note("no greeting: trying a TLS handshake on a second connection to " + p.addr)

	c, err := p.o.Dialer.DialContext(st.Ctx, "tcp", p.addr)
	if err != nil {
		mc.Error = netfacts.FromError(st.Ctx, "dial", err)
		st.Fail("could not connect again", "", mc.Error)
		return
	}
	g := guard.New(st.Ctx, c)
	defer g.Close()
	dl, _ := st.Ctx.Deadline()
	g.SetLimit(dl)

	cfg := &tls.Config{}
	if p.o.TLSConfig != nil {
		cfg = p.o.TLSConfig.Clone()
	}
	cfg.InsecureSkipVerify = true // this check only: is it TLS at all?
	tc, _, err := netfacts.Handshake(st.Ctx, g, cfg, p.o.Host, p.rec.Now)
	if err != nil {
		mc.Error = netfacts.FromError(st.Ctx, "handshake", err)
		st.Fail("no TLS on this port either", "", mc.Error)
		return
	}
	mc.HandshakeOK = true

	g.SetLimit(time.Now().Add(timeLeft(st.Ctx, modeCheckGreetingWait)))
	_, lines, _ := readReply(bufio.NewReader(tc))
	mc.Greeting = strings.Join(lines, "\n")
	detail := fmt.Sprintf("TLS handshake succeeded on a port probed with security %s", p.o.Security)
	if mc.Greeting == "" {
		detail += "; no greeting after it"
	}
	p.tap.Note(detail)
	st.OK(detail, mc.Greeting)
}
