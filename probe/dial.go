package probe

import (
	"context"
	"net"
)

// Dialer is anything that can dial with a context, like *net.Dialer. Tests
// and callers with proxies or custom networks fill it.
type Dialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// Resolver looks up a host's addresses, like *net.Resolver.
type Resolver interface {
	LookupHost(ctx context.Context, host string) ([]string, error)
}
