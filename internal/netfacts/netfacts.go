// Package netfacts turns Go network and TLS errors into probe.NetError facts,
// and TLS connection state into probe.TLSInfo. It is the one place where
// error values become data; everything downstream reads the data.
package netfacts

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"syscall"

	"github.com/mailcheck-go/mailcheck/probe"
)

// FromError describes err, which happened during op ("lookup", "dial",
// "read", "write", "handshake"), as a NetError. ctx is the context the
// operation ran under: when it has ended, that is what is recorded, so a
// timeout is not mistaken for "use of closed network connection". It
// returns nil for a nil error.
func FromError(ctx context.Context, op string, err error) *probe.NetError {
	if err == nil {
		return nil
	}
	e := &probe.NetError{Op: op, Message: err.Error(), Kind: kind(err)}
	if ctx != nil && ctx.Err() != nil && (e.Kind == probe.NetOther || e.Kind == probe.NetClosed || e.Kind == probe.NetTimeout || e.Kind == probe.NetReset) {
		if errors.Is(ctx.Err(), context.Canceled) && !errors.Is(context.Cause(ctx), context.DeadlineExceeded) {
			e.Kind = probe.NetCanceled
		} else {
			e.Kind = probe.NetTimeout
		}
		if !strings.Contains(e.Message, "timeout") && e.Kind == probe.NetTimeout {
			e.Message = "timed out: " + ownCloseText(e.Message, err)
		}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && e.Kind != probe.NetCanceled {
		// The resolver's verdict replaces the timeout guessed from ctx,
		// text included; a canceled lookup stays canceled, not dns_temporary.
		e.Message = err.Error()
		switch {
		case dnsErr.IsNotFound:
			e.Kind = probe.NetDNSNotFound
		case dnsErr.IsTimeout:
			e.Kind = probe.NetDNSTimeout
		default:
			e.Kind = probe.NetDNSTemporary
		}
	}
	if e.Kind == probe.NetTLSCert {
		e.CertReason = certReason(err)
	}
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) {
		e.RecordHeader = printable(rh.RecordHeader[:])
	}
	if e.Kind == probe.NetTLSAlert {
		e.Alert = alertText(err)
	}
	if e.Kind == probe.NetOther && op == "handshake" {
		e.Kind = probe.NetTLSOther
	}
	return e
}

// ownCloseText rewrites the message of an operation that failed because
// our side closed the connection when the deadline passed: "use of closed
// network connection" would read as if the connection dropped, when in
// fact nothing arrived in time.
func ownCloseText(msg string, err error) string {
	if !errors.Is(err, net.ErrClosed) {
		return msg
	}
	return strings.Replace(msg, net.ErrClosed.Error(), "no reply before the deadline", 1)
}

func kind(err error) probe.NetErrorKind {
	var (
		cve *tls.CertificateVerificationError
		he  x509.HostnameError
		ua  x509.UnknownAuthorityError
		ci  x509.CertificateInvalidError
		rh  tls.RecordHeaderError
		op  *net.OpError
		ne  net.Error
	)
	switch {
	case errors.As(err, &cve), errors.As(err, &he), errors.As(err, &ua), errors.As(err, &ci):
		return probe.NetTLSCert
	case errors.As(err, &rh):
		return probe.NetTLSNotTLS
	case errors.As(err, &op) && op.Op == "remote error":
		return probe.NetTLSAlert
	case errors.Is(err, syscall.ECONNREFUSED):
		return probe.NetRefused
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return probe.NetReset
	case errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EHOSTUNREACH):
		return probe.NetUnreachable
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return probe.NetTimeout
	case errors.As(err, &ne) && ne.Timeout():
		return probe.NetTimeout
	case errors.Is(err, context.Canceled):
		return probe.NetCanceled
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed):
		return probe.NetClosed
	}
	return probe.NetOther
}

// certReason finds why verification failed. x509's error types have value
// receivers, so errors.As needs value variables.
func certReason(err error) probe.CertReason {
	var (
		he x509.HostnameError
		ua x509.UnknownAuthorityError
		ci x509.CertificateInvalidError
	)
	switch {
	case errors.As(err, &he):
		return probe.CertWrongHost
	case errors.As(err, &ua):
		return probe.CertUnknownAuthority
	case errors.As(err, &ci):
		if ci.Reason == x509.Expired {
			// x509 uses one reason for both ends of the validity window;
			// its detail says "current time ... is before ..." for a
			// certificate that is not valid yet.
			if strings.Contains(ci.Detail, " is before ") {
				return probe.CertNotYetValid
			}
			return probe.CertExpired
		}
	}
	return probe.CertOther
}

func alertText(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "remote error: "); i >= 0 {
		return strings.TrimPrefix(msg[i:], "remote error: ")
	}
	return msg
}

// printable renders bytes for a record header: printable ASCII kept, the
// rest as \xNN.
func printable(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			sb.WriteByte(c)
		} else {
			sb.WriteString(`\x`)
			sb.WriteByte("0123456789abcdef"[c>>4])
			sb.WriteByte("0123456789abcdef"[c&15])
		}
	}
	return sb.String()
}
