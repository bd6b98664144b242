// Package dial runs the first two stages every probe shares: resolving the
// host and connecting to one of its addresses, each recorded as a stage
// with its failure turned into facts.
package dial

import (
	"fmt"
	"net"
	"strconv"
	"strings"

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
// answers. All attempts share the stage timeout, as net.Dialer's do for a
// name: a black-holed first address uses it up, which the step's detail
// shows. It returns the connection and the address it reached.
func Connect(rec *stages.Recorder, d probe.Dialer, addrs []string, port int) (net.Conn, string, *probe.NetError) {
	st := rec.Begin(probe.StageConnect)
	p := strconv.Itoa(port)
	var (
		tried   []string
		lastErr error
	)
	for _, a := range addrs {
		addr := net.JoinHostPort(a, p)
		c, err := d.DialContext(st.Ctx, "tcp", addr)
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
