package nodns

import (
	"context"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRefusesRealDNS(t *testing.T) {
	Install()
	before := Queries.Load()
	_, err := net.DefaultResolver.LookupHost(context.Background(), "imap.gmail.com")
	require.Error(t, err, "a real name must not resolve in tests")
	assert.Contains(t, err.Error(), "tests never query real DNS")
	assert.Greater(t, Queries.Load(), before, "the query was counted")
	_, err = net.DefaultResolver.LookupMX(context.Background(), "gmail.com")
	assert.Error(t, err)

	addrs, err := net.DefaultResolver.LookupHost(context.Background(), "localhost")
	require.NoError(t, err, "/etc/hosts still answers")
	assert.NotEmpty(t, addrs)
}
