// Package modecheck spends the one extra connection a probe may use to
// tell a wrong TLS mode from a silent server: a plaintext connection got
// no greeting, so the same address is dialled again and a TLS handshake is
// tried. The connection never carries credentials and its certificate is
// not checked: it only asks "does this port speak TLS?". Both probes use
// it; what the answer means is package diagnose's business.
package modecheck

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/guard"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// GreetingWait bounds the wait for a greeting after a successful
// handshake. A server on an implicit-TLS port greets at once; the
// handshake alone already answered the question, so a longer wait would
// only delay the result.
const GreetingWait = 3 * time.Second

// Run dials addr under ctx, tries a TLS handshake (cfg cloned, verification
// off, serverName when cfg has none), and reads a greeting with
// readGreeting, which returns "" when there is none. It returns the facts;
// Error is set when the dial or the handshake failed.
func Run(ctx context.Context, d probe.Dialer, addr, serverName string, cfg *tls.Config, now func() time.Time,
	readGreeting func(net.Conn) string) *probe.ModeCheck {
	mc := &probe.ModeCheck{Tried: probe.SecurityTLS}
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		mc.Error = netfacts.FromError(ctx, "dial", err)
		return mc
	}
	g := guard.New(ctx, c)
	defer g.Close()
	dl, _ := ctx.Deadline()
	g.SetLimit(dl)

	c2 := &tls.Config{}
	if cfg != nil {
		c2 = cfg.Clone()
	}
	c2.InsecureSkipVerify = true // this check only: is it TLS at all?
	tc, _, err := netfacts.Handshake(ctx, g, c2, serverName, now)
	if err != nil {
		mc.Error = netfacts.FromError(ctx, "handshake", err)
		return mc
	}
	mc.HandshakeOK = true
	wait := time.Now().Add(GreetingWait)
	if dl.IsZero() || wait.Before(dl) {
		g.SetLimit(wait)
	}
	mc.Greeting = readGreeting(tc)
	return mc
}
