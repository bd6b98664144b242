package dial

import (
	"context"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/stages"
	"github.com/mailcheck-go/mailcheck/probe"
)

type resolver map[string][]string

func (r resolver) LookupHost(_ context.Context, host string) ([]string, error) {
	a, ok := r[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return a, nil
}

func recorder(t *testing.T) *stages.Recorder {
	return stages.New(t.Context(), 2*time.Second, nil, nil)
}

func TestResolve(t *testing.T) {
	r := resolver{"mail.example.test": {"127.0.0.1", "::1"}, "empty.example.test": {}}
	for _, tc := range []struct {
		host    string
		want    []string
		kind    probe.NetErrorKind
		outcome probe.Outcome
	}{
		{"mail.example.test", []string{"127.0.0.1", "::1"}, "", probe.OutcomeOK},
		{"127.0.0.1", []string{"127.0.0.1"}, "", probe.OutcomeSkipped}, // literals are not looked up
		{"::1", []string{"::1"}, "", probe.OutcomeSkipped},
		{"nx.example.test", nil, probe.NetDNSNotFound, probe.OutcomeFailed},
		{"empty.example.test", nil, probe.NetDNSNotFound, probe.OutcomeFailed}, // an empty answer is "not found"
	} {
		t.Run(tc.host, func(t *testing.T) {
			rec := recorder(t)
			got, ne := Resolve(rec, r, tc.host)
			assert.Equal(t, tc.want, got)
			if tc.kind == "" {
				assert.Nil(t, ne)
			} else {
				require.NotNil(t, ne)
				assert.Equal(t, tc.kind, ne.Kind)
			}
			steps := rec.Steps()
			require.Len(t, steps, 1)
			assert.Equal(t, probe.StageResolve, steps[0].Stage)
			assert.Equal(t, tc.outcome, steps[0].Outcome)
		})
	}
}

func TestConnectTriesAddressesInOrder(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	// 127.0.0.3 has nothing listening on that port: refused, then the
	// next address answers.
	rec := recorder(t)
	c, addr, ne := Connect(rec, &net.Dialer{}, []string{"127.0.0.3", "127.0.0.1"}, port)
	require.Nil(t, ne)
	defer c.Close()
	assert.Equal(t, net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), addr)
	steps := rec.Steps()
	require.Len(t, steps, 1)
	assert.Equal(t, probe.OutcomeOK, steps[0].Outcome)
	assert.Contains(t, steps[0].Detail, "127.0.0.3", "the failed attempt is in the detail")
}

func TestConnectRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	rec := recorder(t)
	c, addr, ne := Connect(rec, &net.Dialer{}, []string{"127.0.0.1"}, port)
	assert.Nil(t, c)
	assert.Empty(t, addr)
	require.NotNil(t, ne)
	assert.Equal(t, probe.NetRefused, ne.Kind)
	assert.Equal(t, probe.OutcomeFailed, rec.Steps()[0].Outcome)
}

func TestConnectNoAddresses(t *testing.T) {
	_, _, ne := Connect(recorder(t), &net.Dialer{}, nil, 993)
	require.NotNil(t, ne, "nothing to dial is a failure, never a nil connection with no error")
}

// blackhole never answers for the addresses in it (until the attempt's
// context ends, like a dropped SYN) and refuses nothing else.
type blackhole map[string]bool

func (b blackhole) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, _ := net.SplitHostPort(addr)
	if b[host] {
		<-ctx.Done()
		return nil, &net.OpError{Op: "dial", Net: network, Err: ctx.Err()}
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

func TestConnectBlackholedFirstAddressLeavesTimeForTheNext(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	// A stage timeout of 5 s shared by two addresses: the black-holed
	// first one may take only its share, so the second still connects.
	rec := stages.New(t.Context(), 5*time.Second, nil, nil)
	c, addr, ne := Connect(rec, blackhole{"192.0.2.1": true}, []string{"192.0.2.1", "127.0.0.1"}, port)
	require.Nil(t, ne, "the second address got time of its own")
	defer c.Close()
	assert.Equal(t, net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), addr)
	assert.Contains(t, rec.Steps()[0].Detail, "192.0.2.1")
}
