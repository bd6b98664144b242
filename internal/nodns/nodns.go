// Package nodns keeps tests off the real DNS. Install replaces
// net.DefaultResolver with one that answers from /etc/hosts (localhost)
// and fails every query that would leave the machine, naming the name, so
// a test that forgets to pass a resolver fails at once instead of quietly
// asking the network (the project's rule: tests never query real DNS or
// contact a real provider).
//
// Each package with network tests calls Install from an init function in
// a _test.go file, so only test binaries are affected.
package nodns

import (
	"context"
	"fmt"
	"net"
	"sync/atomic"
)

// Queries counts the DNS queries refused since Install.
var Queries atomic.Int64

// Install makes net.DefaultResolver refuse real DNS. Call it from an init
// function in a _test.go file, before any test runs.
func Install() {
	net.DefaultResolver = Resolver()
}

// Resolver returns a resolver that reads /etc/hosts and refuses to send
// any DNS query.
func Resolver() *net.Resolver {
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			Queries.Add(1)
			return nil, fmt.Errorf("tests never query real DNS (a query to %s was refused): pass a resolver, such as mailtest's Server.Resolver", address)
		},
	}
}
