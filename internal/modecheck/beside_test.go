package modecheck

import (
	"context"
	"crypto/tls"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Result stops a check whose wait has not passed (the probe calls it when
// the greeting wait ended first), so tests sleep past the wait first.

// runner returns a run function for Start that checks addr.
func runner(addr string) func(context.Context, func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
	return func(ctx context.Context, wrap func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
		return Run(ctx, &net.Dialer{}, addr, "127.0.0.1", nil, nil, wrap(readLine))
	}
}

func tlsServer(t *testing.T) string {
	cert, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)})
	require.NoError(t, err)
	return serve(t, func(c net.Conn) {
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}})
		if tc.Handshake() == nil {
			_, _ = tc.Write([]byte("* OK IMAP ready\r\n"))
		}
	})
}

func TestBesideFindsTLSAndSaysSo(t *testing.T) {
	addr := tlsServer(t)
	var found atomic.Int32
	b := Start(ctx(t), time.Millisecond, 5*time.Second, nil, runner(addr), func() { found.Add(1) })
	time.Sleep(100 * time.Millisecond) // past the wait: the check has started
	mc, began, started := b.Result()
	require.True(t, started)
	require.NotNil(t, mc)
	assert.True(t, mc.HandshakeOK)
	assert.Equal(t, "* OK IMAP ready", mc.Greeting, "the greeting over TLS is still read")
	assert.Equal(t, int32(1), found.Load(), "foundTLS is called once, after the handshake")
	assert.False(t, began.IsZero())
}

func TestBesideOnPlaintextPortDoesNotCallFoundTLS(t *testing.T) {
	addr := serve(t, func(c net.Conn) { _, _ = c.Write([]byte("220 mail.example.test ESMTP\r\n")) })
	var found atomic.Int32
	b := Start(ctx(t), time.Millisecond, 5*time.Second, nil, runner(addr), func() { found.Add(1) })
	time.Sleep(100 * time.Millisecond) // past the wait: the check has started
	mc, _, started := b.Result()
	require.True(t, started)
	assert.False(t, mc.HandshakeOK)
	assert.Equal(t, probe.NetTLSNotTLS, mc.Error.Kind)
	assert.Zero(t, found.Load(), "no TLS, so the greeting wait goes on")
}

func TestBesideStoppedBeforeItStarts(t *testing.T) {
	var ran atomic.Bool
	run := func(context.Context, func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
		ran.Store(true)
		return &probe.ModeCheck{}
	}
	b := Start(ctx(t), time.Hour, time.Second, nil, run, nil)
	mc, _, started := b.Result()
	assert.False(t, started, "the greeting came (or the wait failed) before the delay")
	assert.Nil(t, mc)
	assert.False(t, ran.Load())
}

func TestBesideStopCancelsARunningCheck(t *testing.T) {
	// A server that accepts and never answers the ClientHello: only the
	// cancellation can end the check, and Stop must wait for it.
	addr := serve(t, func(c net.Conn) { _, _ = c.Read(make([]byte, 1)); time.Sleep(50 * time.Millisecond) })
	var mc atomic.Pointer[probe.ModeCheck]
	run := func(ctx context.Context, wrap func(func(net.Conn) string) func(net.Conn) string) *probe.ModeCheck {
		m := Run(ctx, &net.Dialer{}, addr, "127.0.0.1", nil, nil, wrap(readLine))
		mc.Store(m)
		return m
	}
	b := Start(ctx(t), time.Millisecond, time.Hour, nil, run, nil)
	time.Sleep(20 * time.Millisecond) // let the check reach its handshake
	b.Stop()
	got := mc.Load()
	require.NotNil(t, got, "Stop returned only after the check did")
	assert.False(t, got.HandshakeOK)
	require.NotNil(t, got.Error)
	assert.Equal(t, probe.NetCanceled, got.Error.Kind)
}

func TestCutShort(t *testing.T) {
	a, b := CutShort(), CutShort()
	require.NotSame(t, a, b, "each probe gets its own value to keep")
	assert.Equal(t, probe.NetTimeout, a.Kind, "the server said nothing: a timeout, for the classifier")
	assert.True(t, IsCutShort(a))
	assert.False(t, IsCutShort(nil))
	assert.False(t, IsCutShort(&probe.NetError{Kind: probe.NetTimeout, Op: "read", Message: "i/o timeout"}), "a wait that ran its course")
	a.Kind = probe.NetClosed
	assert.False(t, IsCutShort(a), "the message alone is not enough")
}
