// Package dial runs the first two stages every probe shares: resolving the
// host and connecting to one of its addresses, each recorded as a stage
// with its failure turned into facts.
package dial

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Resolve looks host up as the resolve stage, or takes an IP literal as it
// is (the stage is then recorded as skipped). An answer with no addresses
// is reported as "not found", as the system resolver does.
func Resolve(rec *stages.Recorder, r probe.Resolver, host string) ([]string, *probe.NetError) {
	if ip := net.ParseIP(host); ip != nil {
		rec.Skip(probe.StageResolve, "host is an IP address")
		return []string{ip.String()}, nil
	}
	st := rec.Begin(probe.StageResolve)
	addrs, err := r.LookupHost(st.Ctx, host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
	}
	if err != nil {
		ne := netfacts.FromError(st.Ctx, "lookup", err)
		st.Fail("could not resolve "+host, "", ne)
		return nil, ne
	}
	st.OK(strings.Join(addrs, ", "), "")
	return append([]string(nil), addrs...), nil
}

// Connect dials the addresses in order as the connect stage, until one
// answers. The stage timeout is shared out as net.Dialer shares a
// deadline among a name's addresses: each attempt gets an equal part of
// what is left, so a black-holed first address cannot use up the time the
// next one needs. It returns the connection and the address it reached.
func Connect(rec *stages.Recorder, d probe.Dialer, addrs []string, port int) (net.Conn, string, *probe.NetError) {
	st := rec.Begin(probe.StageConnect)
	p := strconv.Itoa(port)
	var (
		tried   []string
		lastErr error
	)
	for i, a := range addrs {
		addr := net.JoinHostPort(a, p)
		actx, cancel := attemptContext(st.Ctx, len(addrs)-i)
		c, err := d.DialContext(actx, "tcp", addr)
		cancel()
		if err == nil {
			detail := "connected to " + addr
			if len(tried) > 0 {
				detail += " after " + strings.Join(tried, "; ")
			}
			st.OK(detail, "")
			return c, addr, nil
		}
		lastErr = err
		tried = append(tried, fmt.Sprintf("%s: %v", addr, err))
		if st.Ctx.Err() != nil {
			break
		}
	}
	if lastErr == nil {
		lastErr = &net.AddrError{Err: "no addresses to dial", Addr: p}
	}
	ne := netfacts.FromError(st.Ctx, "dial", lastErr)
	st.Fail(strings.Join(tried, "; "), "", ne)
	return nil, "", ne
}

// minAttempt is the least time an address gets before the next is tried:
// a TCP handshake across the world takes a few hundred milliseconds.
const minAttempt = 2 * time.Second

// attemptContext gives one of n remaining addresses its share of the time
// left in ctx (at least minAttempt, never past ctx's own deadline).
func attemptContext(ctx context.Context, n int) (context.Context, context.CancelFunc) {
	dl, ok := ctx.Deadline()
	if !ok || n <= 1 {
		return context.WithCancel(ctx)
	}
	share := time.Until(dl) / time.Duration(n)
	if share < minAttempt {
		share = minAttempt
	}
	return context.WithTimeout(ctx, share)
}
