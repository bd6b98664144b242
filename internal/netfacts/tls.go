package netfacts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Handshake runs a TLS client handshake over conn under ctx and verifies the
// server's certificate itself, so that the chain can be summarised even when
// verification fails. cfg is cloned, never modified; serverName is used when
// cfg has none. now supplies the verification time when cfg.Time is nil.
//
// On a verification failure it returns the connection, the facts (Verified
// false) and a *tls.CertificateVerificationError; the caller must not send
// credentials over it. When cfg.InsecureSkipVerify is set by the caller,
// verification is skipped and Verified is false.
//
// When cfg has a ClientSessionCache, a session is kept per server name and
// port (see endpointCache), and a resumed connection is verified like a
// new one: its chain is the one the session's first handshake received,
// checked again now.
func Handshake(ctx context.Context, conn net.Conn, cfg *tls.Config, serverName string, now func() time.Time) (*tls.Conn, *probe.TLSInfo, error) {
	c := &tls.Config{}
	if cfg != nil {
		c = cfg.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = serverName
	}
	if c.ClientSessionCache != nil {
		c.ClientSessionCache = endpointCache{inner: c.ClientSessionCache, port: remotePort(conn)}
	}
	skip := c.InsecureSkipVerify
	c.InsecureSkipVerify = true
	if c.MinVersion == 0 {
		// Accept old versions so that a TLS 1.0 server is observed and
		// reported rather than failing with an opaque alert.
		c.MinVersion = tls.VersionTLS10
	}
	tc := tls.Client(conn, c)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, nil, err
	}
	st := tc.ConnectionState()
	info := TLSInfo(st)
	info.ServerName = c.ServerName
	if skip {
		return tc, info, nil
	}
	if err := verify(st.PeerCertificates, c, now); err != nil {
		return tc, info, &tls.CertificateVerificationError{UnverifiedCertificates: st.PeerCertificates, Err: err}
	}
	info.Verified = true
	return tc, info, nil
}

// endpointCache keys a shared session cache by port as well as by server
// name (crypto/tls keys it by name alone), so that a session made with one
// port is never offered to another of the same name: IMAP on 993 and SMTP on
// 587 of mail.example.com are often different daemons with different
// certificates, and a resumed connection shows the chain of the handshake
// that made its session.
type endpointCache struct {
	inner tls.ClientSessionCache
	port  string
}

func (c endpointCache) Get(key string) (*tls.ClientSessionState, bool) {
	return c.inner.Get(key + " port " + c.port)
}

func (c endpointCache) Put(key string, cs *tls.ClientSessionState) {
	c.inner.Put(key+" port "+c.port, cs)
}

// remotePort is conn's remote port, or its whole remote address when that
// has none.
func remotePort(conn net.Conn) string {
	addr := conn.RemoteAddr()
	if addr == nil {
		return ""
	}
	if _, port, err := net.SplitHostPort(addr.String()); err == nil {
		return port
	}
	return addr.String()
}

func verify(certs []*x509.Certificate, c *tls.Config, now func() time.Time) error {
	if len(certs) == 0 {
		return x509.UnknownAuthorityError{}
	}
	t := time.Now()
	if c.Time != nil {
		t = c.Time()
	} else if now != nil {
		t = now()
	}
	inter := x509.NewCertPool()
	for _, ic := range certs[1:] {
		inter.AddCert(ic)
	}
	opts := x509.VerifyOptions{
		Roots:         c.RootCAs,
		Intermediates: inter,
		DNSName:       c.ServerName,
		CurrentTime:   t,
	}
	_, err := certs[0].Verify(opts)
	var he x509.HostnameError
	if errors.As(err, &he) && opts.DNSName != "" {
		// x509 checks the name before the chain, so a self-signed or
		// expired certificate for another name reads as a name mismatch.
		// A name mismatch is reported only for a chain that is otherwise
		// good: the advice for it (use the name the certificate covers)
		// is wrong for a certificate no name would make trusted.
		opts.DNSName = ""
		if _, cerr := certs[0].Verify(opts); cerr != nil {
			return cerr
		}
	}
	return err
}

// TLSInfo summarises a connection state. Verified is left false.
func TLSInfo(st tls.ConnectionState) *probe.TLSInfo {
	info := &probe.TLSInfo{
		Version:     tls.VersionName(st.Version),
		CipherSuite: tls.CipherSuiteName(st.CipherSuite),
		Resumed:     st.DidResume,
	}
	for _, c := range st.PeerCertificates {
		info.Chain = append(info.Chain, CertInfo(c))
	}
	return info
}

// CertInfo summarises one certificate. SelfSigned uses CheckSignature, not
// CheckSignatureFrom: the latter also demands the CA bit, which most
// self-signed server certificates lack.
func CertInfo(c *x509.Certificate) probe.CertInfo {
	ci := probe.CertInfo{
		Subject:    c.Subject.String(),
		Issuer:     c.Issuer.String(),
		DNSNames:   append([]string(nil), c.DNSNames...),
		NotBefore:  c.NotBefore.UTC(),
		NotAfter:   c.NotAfter.UTC(),
		SelfSigned: bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil,
		SHA256:     fmt.Sprintf("%x", sha256.Sum256(c.Raw)),
	}
	for _, ip := range c.IPAddresses {
		ci.IPAddresses = append(ci.IPAddresses, ip.String())
	}
	return ci
}

// HandshakeDetail says in words why a TLS handshake failed, for a probe
// step's detail.
func HandshakeDetail(ne *probe.NetError) string {
	switch ne.Kind {
	case probe.NetTLSCert:
		return "certificate verification failed: " + string(ne.CertReason)
	case probe.NetTLSNotTLS:
		return "the server answered the TLS handshake in plaintext (" + strconv.Quote(ne.RecordHeader) + ")"
	}
	return "TLS handshake failed"
}
