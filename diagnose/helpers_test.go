package diagnose_test

import (
	"net"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// endpoint turns "host:port" into an Endpoint with the given security.
func endpoint(t testing.TB, addr string, sec probe.Security) diagnose.Endpoint {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	n, err := strconv.Atoi(port)
	require.NoError(t, err)
	return diagnose.Endpoint{Host: host, Port: n, Security: sec}
}

// port returns the port of "host:port", or 0.
func port(addr string) int {
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(p)
	return n
}
