package diagnose

import (
	"context"
	"net"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Resolver is the DNS that Diagnose uses for discovery and provider
// detection; *net.Resolver satisfies it. Tests fill it with a fake.
//
// It is probe.Resolver (LookupHost, all the probes need to connect) plus
// the look-ups discovery makes, so one value serves both: Diagnose hands
// the same Resolver to the probes.
type Resolver interface {
	probe.Resolver
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
	LookupTXT(ctx context.Context, name string) ([]string, error)
	LookupCNAME(ctx context.Context, host string) (string, error)
	LookupSRV(ctx context.Context, service, proto, name string) (string, []*net.SRV, error)
}

var _ Resolver = (*net.Resolver)(nil)
