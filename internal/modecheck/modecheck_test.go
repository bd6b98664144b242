package modecheck

import (
	"bufio"
	"context"
	"crypto/tls"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

// serve accepts one connection on a loopback listener and runs fn on it.
func serve(t *testing.T, fn func(net.Conn)) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan struct{})
	t.Cleanup(func() { l.Close(); <-done })
	go func() {
		defer close(done)
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		fn(c)
	}()
	return l.Addr().String()
}

func readLine(c net.Conn) string {
	line, _ := bufio.NewReader(c).ReadString('\n')
	return strings.TrimRight(line, "\r\n")
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	t.Cleanup(cancel)
	return c
}

func TestTLSPortFound(t *testing.T) {
	// A self-signed certificate: the check ignores trust, it only asks
	// whether the port speaks TLS.
	cert, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)})
	require.NoError(t, err)
	addr := serve(t, func(c net.Conn) {
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}})
		if tc.Handshake() == nil {
			_, _ = tc.Write([]byte("* OK IMAP ready\r\n"))
		}
	})
	mc := Run(ctx(t), &net.Dialer{}, addr, "127.0.0.1", nil, nil, readLine)
	assert.Nil(t, mc.Error)
	assert.True(t, mc.HandshakeOK)
	assert.Equal(t, probe.SecurityTLS, mc.Tried)
	assert.Equal(t, "* OK IMAP ready", mc.Greeting)
}

func TestPlaintextPort(t *testing.T) {
	addr := serve(t, func(c net.Conn) { _, _ = c.Write([]byte("220 mail.example.test ESMTP\r\n")) })
	mc := Run(ctx(t), &net.Dialer{}, addr, "127.0.0.1", nil, nil, readLine)
	assert.False(t, mc.HandshakeOK)
	require.NotNil(t, mc.Error)
	assert.Equal(t, probe.NetTLSNotTLS, mc.Error.Kind, "a plaintext answer to a ClientHello")
	assert.Empty(t, mc.Greeting)
}

func TestClosedPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	mc := Run(ctx(t), &net.Dialer{}, addr, "127.0.0.1", nil, nil, readLine)
	require.NotNil(t, mc.Error)
	assert.Equal(t, "dial", mc.Error.Op)
	assert.Equal(t, probe.NetRefused, mc.Error.Kind)
}

func TestCallerConfigUntouched(t *testing.T) {
	addr := serve(t, func(c net.Conn) { _, _ = c.Write([]byte("* OK\r\n")) })
	cfg := &tls.Config{ServerName: "imap.example.test"}
	_ = Run(ctx(t), &net.Dialer{}, addr, "127.0.0.1", cfg, nil, readLine)
	assert.False(t, cfg.InsecureSkipVerify, "the caller's config is cloned, never modified")
}
