package netfacts_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// opErr wraps a syscall error the way the net package does for a failed
// read.
func opErr(op string, errno syscall.Errno) error {
	return &net.OpError{Op: op, Net: "tcp", Err: os.NewSyscallError(op, errno)}
}

func certErr(err error) error {
	return &tls.CertificateVerificationError{Err: err}
}

func TestFromErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		op   string
		err  error
		want probe.NetError
	}{
		{"dns not found", "lookup", &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}, probe.NetError{Kind: probe.NetDNSNotFound}},                                                                                    // NXDOMAIN
		{"dns timeout", "lookup", &net.DNSError{Err: "i/o timeout", Name: "x.test", IsTimeout: true}, probe.NetError{Kind: probe.NetDNSTimeout}},                                                                                            // resolver silent, not a connection timeout
		{"dns temporary", "lookup", &net.DNSError{Err: "server misbehaving", Name: "x.test", IsTemporary: true}, probe.NetError{Kind: probe.NetDNSTemporary}},                                                                               // SERVFAIL
		{"dns other", "lookup", &net.DNSError{Err: "odd", Name: "x.test"}, probe.NetError{Kind: probe.NetDNSTemporary}},                                                                                                                     // any other resolver failure
		{"wrapped dns", "lookup", fmt.Errorf("resolve: %w", &net.DNSError{Err: "no such host", IsNotFound: true}), probe.NetError{Kind: probe.NetDNSNotFound}},                                                                              // found through wrapping
		{"refused", "dial", opErr("connect", syscall.ECONNREFUSED), probe.NetError{Kind: probe.NetRefused}},                                                                                                                                 // nothing listens
		{"reset", "read", opErr("read", syscall.ECONNRESET), probe.NetError{Kind: probe.NetReset}},                                                                                                                                          // peer sent RST
		{"broken pipe", "write", opErr("write", syscall.EPIPE), probe.NetError{Kind: probe.NetReset}},                                                                                                                                       // writing after the peer reset
		{"host unreachable", "dial", opErr("connect", syscall.EHOSTUNREACH), probe.NetError{Kind: probe.NetUnreachable}},                                                                                                                    // no route to host
		{"net unreachable", "dial", opErr("connect", syscall.ENETUNREACH), probe.NetError{Kind: probe.NetUnreachable}},                                                                                                                      // e.g. IPv6 without a route
		{"ctx deadline", "dial", context.DeadlineExceeded, probe.NetError{Kind: probe.NetTimeout}},                                                                                                                                          // a dial under ctx
		{"conn deadline", "read", &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, probe.NetError{Kind: probe.NetTimeout}},                                                                                                            // a conn deadline
		{"canceled", "dial", &net.OpError{Op: "dial", Err: context.Canceled}, probe.NetError{Kind: probe.NetCanceled}},                                                                                                                      // caller gave up
		{"eof", "read", io.EOF, probe.NetError{Kind: probe.NetClosed}},                                                                                                                                                                      // peer closed
		{"unexpected eof", "read", fmt.Errorf("greeting: %w", io.ErrUnexpectedEOF), probe.NetError{Kind: probe.NetClosed}},                                                                                                                  // closed mid-reply
		{"closed conn", "read", &net.OpError{Op: "read", Err: net.ErrClosed}, probe.NetError{Kind: probe.NetClosed}},                                                                                                                        // our side closed, ctx still live
		{"other", "read", errors.New("boom"), probe.NetError{Kind: probe.NetOther}},                                                                                                                                                         // unknown
		{"other handshake", "handshake", errors.New("tls: boom"), probe.NetError{Kind: probe.NetTLSOther}},                                                                                                                                  // unknown, but during TLS
		{"alert", "handshake", &net.OpError{Op: "remote error", Err: errors.New("tls: handshake failure")}, probe.NetError{Kind: probe.NetTLSAlert, Alert: "tls: handshake failure"}},                                                       // the shape crypto/tls uses
		{"wrapped alert", "read", fmt.Errorf("starttls: %w", &net.OpError{Op: "remote error", Err: errors.New("tls: bad certificate")}), probe.NetError{Kind: probe.NetTLSAlert, Alert: "tls: bad certificate"}},                            // text after "remote error: " only
		{"record header imap", "handshake", tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake", RecordHeader: [5]byte{'*', ' ', 'O', 'K', ' '}}, probe.NetError{Kind: probe.NetTLSNotTLS, RecordHeader: "* OK "}}, // IMAP greeting on a TLS port
		{"record header binary", "handshake", tls.RecordHeaderError{Msg: "x", RecordHeader: [5]byte{0x15, 0x03, 0x01, 0x00, 0x7f}}, probe.NetError{Kind: probe.NetTLSNotTLS, RecordHeader: `\x15\x03\x01\x00\x7f`}},                         // non-printable bytes escaped
		{"cert wrong host", "handshake", certErr(x509.HostnameError{Certificate: &x509.Certificate{}, Host: "x"}), probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertWrongHost}},                                                 // value receiver found by value
		{"cert unknown authority", "handshake", certErr(x509.UnknownAuthorityError{}), probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertUnknownAuthority}},                                                                      // self-signed or private CA
		{"cert expired", "handshake", certErr(x509.CertificateInvalidError{Reason: x509.Expired, Detail: "current time 2025-01-02 is after 2025-01-01"}), probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertExpired}},            // x509's own wording
		{"cert not yet valid", "handshake", certErr(x509.CertificateInvalidError{Reason: x509.Expired, Detail: "current time 2025-01-01 is before 2025-01-02"}), probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertNotYetValid}}, // same Reason, told apart by Detail
		{"cert other", "handshake", certErr(x509.CertificateInvalidError{Reason: x509.NotAuthorizedToSign}), probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertOther}},                                                           // a reason we do not name
		{"bare hostname error", "handshake", x509.HostnameError{Certificate: &x509.Certificate{}, Host: "x"}, probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertWrongHost}},                                                      // x509 error without the tls wrapper
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := netfacts.FromError(context.Background(), tc.op, tc.err)
			require.NotNil(t, got)
			want := tc.want
			want.Op = tc.op
			want.Message = tc.err.Error()
			assert.Equal(t, &want, got)
		})
	}
}

func TestFromErrorNil(t *testing.T) {
	assert.Nil(t, netfacts.FromError(context.Background(), "read", nil))
	assert.Nil(t, netfacts.FromError(nil, "read", nil)) //nolint:staticcheck // a nil ctx is allowed
	got := netfacts.FromError(nil, "read", io.EOF)      //nolint:staticcheck // a nil ctx is allowed
	require.NotNil(t, got)
	assert.Equal(t, probe.NetClosed, got.Kind)
}

func TestFromErrorEndedContext(t *testing.T) {
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	causeDeadline, cancel3 := context.WithCancelCause(context.Background())
	cancel3(context.DeadlineExceeded)

	closed := &net.OpError{Op: "read", Net: "tcp", Err: net.ErrClosed}
	tests := []struct {
		name    string
		ctx     context.Context
		err     error
		want    probe.NetErrorKind
		message string
	}{
		{"canceled closed", canceled, closed, probe.NetCanceled, closed.Error()},                                                                                 // guard closed the conn because the caller canceled
		{"expired closed", expired, closed, probe.NetTimeout, "timed out: read tcp: no reply before the deadline"},                                               // guard closed the conn at the stage deadline: not a dropped connection
		{"expired eof", expired, io.EOF, probe.NetTimeout, "timed out: EOF"},                                                                                     // EOF from a conn closed by the deadline
		{"expired other", expired, errors.New("boom"), probe.NetTimeout, "timed out: boom"},                                                                      // anything vague under an expired ctx is the timeout
		{"expired reset", expired, opErr("read", syscall.ECONNRESET), probe.NetTimeout, "timed out: " + opErr("read", syscall.ECONNRESET).Error()},               // a reset from our own close
		{"expired timeout text", expired, &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, probe.NetTimeout, "read: i/o timeout"},                          // already says timeout: no prefix
		{"canceled deadline err", canceled, &net.OpError{Op: "read", Err: os.ErrDeadlineExceeded}, probe.NetCanceled, "read: i/o timeout"},                       // the cancel, not the deadline it caused
		{"cause deadline", causeDeadline, closed, probe.NetTimeout, "timed out: read tcp: no reply before the deadline"},                                         // cancel carrying DeadlineExceeded as its cause
		{"expired wrapped closed", expired, fmt.Errorf("greeting: %w", closed), probe.NetTimeout, "timed out: greeting: read tcp: no reply before the deadline"}, // wrapped by the reader
		{"canceled refused", canceled, opErr("connect", syscall.ECONNREFUSED), probe.NetRefused, opErr("connect", syscall.ECONNREFUSED).Error()},                 // a definite answer stays
		{"expired cert", expired, certErr(x509.UnknownAuthorityError{}), probe.NetTLSCert, certErr(x509.UnknownAuthorityError{}).Error()},                        // a definite answer stays
		{"expired dns not found", expired, &net.DNSError{Err: "no such host", IsNotFound: true}, probe.NetDNSNotFound, "lookup : no such host"},                  // the resolver answered
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := netfacts.FromError(tc.ctx, "read", tc.err)
			require.NotNil(t, got)
			assert.Equal(t, tc.want, got.Kind)
			assert.Equal(t, tc.message, got.Message)
		})
	}
}

// listen starts a loopback listener that hands each connection to serve in
// its own goroutine and closes everything at cleanup.
func listen(t *testing.T, serve func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				serve(c)
			}()
		}
	}()
	return ln.Addr().String()
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestFromErrorRealNetwork(t *testing.T) {
	t.Run("refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		addr := ln.Addr().String()
		require.NoError(t, ln.Close())
		var d net.Dialer
		_, err = d.DialContext(t.Context(), "tcp", addr)
		require.Error(t, err)
		got := netfacts.FromError(t.Context(), "dial", err)
		assert.Equal(t, probe.NetRefused, got.Kind)
		assert.Equal(t, "dial", got.Op)
		assert.Contains(t, got.Message, "refused")
	})
	t.Run("dial canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		var d net.Dialer
		_, err := d.DialContext(ctx, "tcp", "127.0.0.1:1")
		require.Error(t, err)
		assert.Equal(t, probe.NetCanceled, netfacts.FromError(ctx, "dial", err).Kind)
	})
	t.Run("read deadline", func(t *testing.T) {
		addr := listen(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }) // silent server
		c := dial(t, addr)
		require.NoError(t, c.SetReadDeadline(time.Now().Add(-time.Second)))
		_, err := c.Read(make([]byte, 1))
		require.Error(t, err)
		got := netfacts.FromError(t.Context(), "read", err)
		assert.Equal(t, probe.NetTimeout, got.Kind)
		assert.Equal(t, err.Error(), got.Message, "already says timeout")
	})
	t.Run("eof", func(t *testing.T) {
		addr := listen(t, func(c net.Conn) {}) // closes at once
		c := dial(t, addr)
		_, err := c.Read(make([]byte, 1))
		require.Error(t, err)
		assert.Equal(t, probe.NetClosed, netfacts.FromError(t.Context(), "read", err).Kind)
	})
	t.Run("reset", func(t *testing.T) {
		addr := listen(t, func(c net.Conn) {
			_, _ = c.Read(make([]byte, 1))    // wait until the client is connected
			_ = c.(*net.TCPConn).SetLinger(0) // close sends RST
		})
		c := dial(t, addr)
		_, err := c.Write([]byte("x"))
		require.NoError(t, err)
		_, err = c.Read(make([]byte, 1))
		require.Error(t, err)
		assert.Equal(t, probe.NetReset, netfacts.FromError(t.Context(), "read", err).Kind, "err: %v", err)
	})
	t.Run("closed by ctx", func(t *testing.T) {
		// What guard does: the stage deadline closes the connection, and the
		// blocked read reports "use of closed network connection".
		addr := listen(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
		c := dial(t, addr)
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
		defer cancel()
		stop := context.AfterFunc(ctx, func() { _ = c.Close() })
		defer stop()
		_, err := c.Read(make([]byte, 1))
		require.ErrorIs(t, err, net.ErrClosed)
		got := netfacts.FromError(ctx, "read", err)
		assert.Equal(t, probe.NetTimeout, got.Kind)
		assert.Contains(t, got.Message, "timed out: ")
		assert.NotContains(t, got.Message, "closed network connection", "our own close at the deadline is not a dropped connection")
		assert.Contains(t, got.Message, "no reply before the deadline")
	})
}

// stuckResolver is a resolver whose server never answers: its dial waits
// for the lookup's context, so a lookup ends only when that context does.
func stuckResolver() *net.Resolver {
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}}
}

func TestFromErrorLookup(t *testing.T) {
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		_, err := stuckResolver().LookupHost(ctx, "mail.example.test")
		require.Error(t, err)
		assert.Equal(t, probe.NetDNSTimeout, netfacts.FromError(ctx, "lookup", err).Kind, "err: %v", err)
	})
	t.Run("canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		time.AfterFunc(50*time.Millisecond, cancel)
		_, err := stuckResolver().LookupHost(ctx, "mail.example.test")
		require.Error(t, err)
		assert.Equal(t, probe.NetCanceled, netfacts.FromError(ctx, "lookup", err).Kind, "the caller gave up; the resolver did not fail: %v", err)
	})
}
