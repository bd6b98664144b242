package netfacts_test

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/netfacts"
	"github.com/mailcheck-go/mailcheck/probe"
)

// at is the verification time; certificates are made relative to it, so
// the tests do not depend on the wall clock.
var at = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func clock() time.Time { return at }

// tlsServer serves TLS with cfg on loopback; each connection completes the
// handshake (or fails it) and then drains the client until it closes.
func tlsServer(t *testing.T, cfg *tls.Config) string {
	t.Helper()
	return listen(t, func(c net.Conn) {
		tc := tls.Server(c, cfg)
		if tc.Handshake() == nil {
			_, _ = io.Copy(io.Discard, tc)
		}
	})
}

func certServer(t *testing.T, cert tls.Certificate) string {
	t.Helper()
	return tlsServer(t, &tls.Config{Certificates: []tls.Certificate{cert}})
}

type certCase struct {
	name       string
	hosts      []string
	from, to   time.Duration // validity window relative to at
	selfSigned bool
	serverName string
	want       probe.CertReason // "" when verification succeeds
}

func TestHandshakeCertificates(t *testing.T) {
	ca, err := certgen.NewCA("Test CA", at)
	require.NoError(t, err)
	h := time.Hour
	tests := []certCase{
		{"valid dns", []string{"localhost"}, -h, h, false, "localhost", ""},                           // CA-signed, in window, right name
		{"valid ip", []string{"localhost", "127.0.0.1"}, -h, h, false, "127.0.0.1", ""},               // IP SAN checked against an IP server name
		{"expired", []string{"localhost"}, -2 * h, -h, false, "localhost", probe.CertExpired},         // NotAfter before at
		{"not yet valid", []string{"localhost"}, h, 2 * h, false, "localhost", probe.CertNotYetValid}, // NotBefore after at
		{"wrong host", []string{"localhost"}, -h, h, false, "mail.example.test", probe.CertWrongHost}, // name not in SANs
		{"wrong ip", []string{"127.0.0.1"}, -h, h, false, "127.0.0.2", probe.CertWrongHost},           // IP not in SANs
		{"self-signed", []string{"localhost"}, -h, h, true, "localhost", probe.CertUnknownAuthority},  // does not chain to the pool
		// A wrong name on a certificate that is bad anyway reads as what
		// makes it bad: "use the name it covers" would not make it trusted.
		{"self-signed, wrong host", []string{"localhost"}, -h, h, true, "mail.example.test", probe.CertUnknownAuthority},
		{"expired, wrong host", []string{"localhost"}, -2 * h, -h, false, "mail.example.test", probe.CertExpired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := certgen.LeafOptions{Hosts: tc.hosts, NotBefore: at.Add(tc.from), NotAfter: at.Add(tc.to)}
			var cert tls.Certificate
			if tc.selfSigned {
				cert, err = certgen.SelfSigned(opts)
			} else {
				cert, err = ca.Leaf(opts)
			}
			require.NoError(t, err)
			c := dial(t, certServer(t, cert))

			cfg := &tls.Config{RootCAs: ca.Pool()}
			tc2, info, err := netfacts.Handshake(t.Context(), c, cfg, tc.serverName, clock)
			require.NotNil(t, tc2, "the connection comes back even when verification fails")
			require.NotNil(t, info, "the facts come back even when verification fails")
			defer tc2.Close()

			assert.Equal(t, "TLS 1.3", info.Version)
			assert.NotEmpty(t, info.CipherSuite)
			assert.Equal(t, tc.serverName, info.ServerName)
			require.Len(t, info.Chain, 1, "the chain is summarised either way")
			assert.Equal(t, "CN="+tc.hosts[0]+",O=mailcheck test", info.Chain[0].Subject)
			assert.Equal(t, tc.selfSigned, info.Chain[0].SelfSigned)
			assert.Equal(t, at.Add(tc.to), info.Chain[0].NotAfter)

			assert.False(t, cfg.InsecureSkipVerify, "the caller's config is not modified")
			assert.Zero(t, cfg.MinVersion, "the caller's config is not modified")
			assert.Empty(t, cfg.ServerName, "the caller's config is not modified")

			if tc.want == "" {
				require.NoError(t, err)
				assert.True(t, info.Verified)
				return
			}
			require.Error(t, err)
			var cve *tls.CertificateVerificationError
			require.ErrorAs(t, err, &cve)
			assert.Len(t, cve.UnverifiedCertificates, 1)
			assert.False(t, info.Verified)
			got := netfacts.FromError(t.Context(), "handshake", err)
			assert.Equal(t, probe.NetTLSCert, got.Kind)
			assert.Equal(t, tc.want, got.CertReason)
		})
	}
}

func TestHandshakeOptions(t *testing.T) {
	ca, err := certgen.NewCA("Test CA", at)
	require.NoError(t, err)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: at.Add(-time.Hour), NotAfter: at.Add(time.Hour)})
	require.NoError(t, err)
	addr := certServer(t, leaf)

	t.Run("config server name wins", func(t *testing.T) {
		_, info, err := netfacts.Handshake(t.Context(), dial(t, addr), &tls.Config{RootCAs: ca.Pool(), ServerName: "localhost"}, "mail.example.test", clock)
		require.NoError(t, err)
		assert.Equal(t, "localhost", info.ServerName)
		assert.True(t, info.Verified)
	})
	t.Run("config time wins", func(t *testing.T) {
		late := func() time.Time { return at.Add(2 * time.Hour) }
		_, info, err := netfacts.Handshake(t.Context(), dial(t, addr), &tls.Config{RootCAs: ca.Pool(), Time: late}, "localhost", clock)
		require.Error(t, err)
		assert.Equal(t, probe.CertExpired, netfacts.FromError(t.Context(), "handshake", err).CertReason)
		assert.False(t, info.Verified)
	})
	t.Run("nil now uses the wall clock", func(t *testing.T) {
		// The leaf's window is around 2025-06-01; today is later.
		_, _, err := netfacts.Handshake(t.Context(), dial(t, addr), &tls.Config{RootCAs: ca.Pool()}, "localhost", nil)
		require.Error(t, err)
		assert.Equal(t, probe.CertExpired, netfacts.FromError(t.Context(), "handshake", err).CertReason)
	})
	t.Run("caller skips verification", func(t *testing.T) {
		tc, info, err := netfacts.Handshake(t.Context(), dial(t, addr), &tls.Config{InsecureSkipVerify: true}, "other.example.test", clock)
		require.NoError(t, err)
		require.NotNil(t, tc)
		assert.False(t, info.Verified, "nothing was verified")
		assert.Len(t, info.Chain, 1)
	})
	t.Run("nil config", func(t *testing.T) {
		// System roots do not know the test CA.
		_, info, err := netfacts.Handshake(t.Context(), dial(t, addr), nil, "localhost", clock)
		require.Error(t, err)
		assert.Equal(t, probe.CertUnknownAuthority, netfacts.FromError(t.Context(), "handshake", err).CertReason)
		assert.Equal(t, "localhost", info.ServerName)
	})
	t.Run("old server accepted", func(t *testing.T) {
		old := tlsServer(t, &tls.Config{Certificates: []tls.Certificate{leaf}, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
		_, info, err := netfacts.Handshake(t.Context(), dial(t, old), &tls.Config{RootCAs: ca.Pool()}, "localhost", clock)
		require.NoError(t, err, "a TLS 1.1 server is observed, not refused")
		assert.Equal(t, "TLS 1.1", info.Version)
	})
}

func TestHandshakeFailures(t *testing.T) {
	ca, err := certgen.NewCA("Test CA", at)
	require.NoError(t, err)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: at.Add(-time.Hour), NotAfter: at.Add(time.Hour)})
	require.NoError(t, err)
	plaintext := func(greeting string) string {
		return listen(t, func(c net.Conn) {
			_, _ = io.WriteString(c, greeting)
			_, _ = io.Copy(io.Discard, c)
		})
	}

	tests := []struct {
		name string
		addr string
		cfg  *tls.Config
		want probe.NetError // Op and Message not compared
	}{
		{"imap greeting", plaintext("* OK hello\r\n"), nil, probe.NetError{Kind: probe.NetTLSNotTLS, RecordHeader: "* OK "}},                // implicit TLS against port 143
		{"smtp banner", plaintext("220 mail.example.test ESMTP\r\n"), nil, probe.NetError{Kind: probe.NetTLSNotTLS, RecordHeader: "220 m"}}, // implicit TLS against port 587
		{"server max below client min", tlsServer(t, &tls.Config{Certificates: []tls.Certificate{leaf}, MaxVersion: tls.VersionTLS12}),
			&tls.Config{MinVersion: tls.VersionTLS13}, probe.NetError{Kind: probe.NetTLSAlert, Alert: "tls: protocol version not supported"}}, // server refuses with an alert
		{"tls 1.2 client cert required", tlsServer(t, &tls.Config{Certificates: []tls.Certificate{leaf}, MaxVersion: tls.VersionTLS12, ClientAuth: tls.RequireAnyClientCert}),
			nil, probe.NetError{Kind: probe.NetTLSAlert, Alert: "tls: handshake failure"}}, // in 1.2 the alert ends the client's handshake; crypto/tls sends handshake_failure
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, tc.addr)
			cfg := tc.cfg
			if cfg == nil {
				cfg = &tls.Config{}
			}
			cfg.RootCAs = ca.Pool()
			conn, info, err := netfacts.Handshake(t.Context(), c, cfg, "localhost", clock)
			require.Error(t, err)
			assert.Nil(t, conn)
			assert.Nil(t, info)
			got := netfacts.FromError(t.Context(), "handshake", err)
			require.NotNil(t, got)
			assert.Equal(t, err.Error(), got.Message)
			got.Op, got.Message = "", ""
			assert.Equal(t, &tc.want, got)
		})
	}

	t.Run("tls 1.3 client cert required", func(t *testing.T) {
		// In TLS 1.3 the client finishes first; the alert arrives on the
		// first read.
		addr := tlsServer(t, &tls.Config{Certificates: []tls.Certificate{leaf}, ClientAuth: tls.RequireAnyClientCert})
		conn, info, err := netfacts.Handshake(t.Context(), dial(t, addr), &tls.Config{RootCAs: ca.Pool()}, "localhost", clock)
		require.NoError(t, err)
		assert.True(t, info.Verified)
		_, err = conn.Read(make([]byte, 1))
		require.Error(t, err)
		got := netfacts.FromError(t.Context(), "read", err)
		assert.Equal(t, probe.NetTLSAlert, got.Kind)
		assert.Equal(t, "tls: certificate required", got.Alert)
	})

	t.Run("silent server", func(t *testing.T) {
		addr := listen(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
		ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
		defer cancel()
		_, _, err := netfacts.Handshake(ctx, dial(t, addr), nil, "localhost", clock)
		require.Error(t, err)
		assert.True(t, errors.Is(err, context.DeadlineExceeded), "err: %v", err)
		assert.Equal(t, probe.NetTimeout, netfacts.FromError(ctx, "handshake", err).Kind)
	})
}

func TestCertInfo(t *testing.T) {
	ca, err := certgen.NewCA("Test CA", at)
	require.NoError(t, err)
	local := time.FixedZone("X", 3600)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"mail.example.test", "127.0.0.1", "::1"}, NotBefore: at.In(local), NotAfter: at.Add(time.Hour).In(local)})
	require.NoError(t, err)
	ss, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: at, NotAfter: at.Add(time.Hour)})
	require.NoError(t, err)

	got := netfacts.CertInfo(leaf.Leaf)
	assert.Equal(t, probe.CertInfo{
		Subject:     "CN=mail.example.test,O=mailcheck test",
		Issuer:      "CN=Test CA,O=mailcheck test",
		DNSNames:    []string{"mail.example.test"},
		IPAddresses: []string{"127.0.0.1", "::1"},
		NotBefore:   at,
		NotAfter:    at.Add(time.Hour),
		SHA256:      fmt.Sprintf("%x", sha256.Sum256(leaf.Leaf.Raw)),
	}, got)
	assert.Len(t, got.SHA256, 64, "a SHA-256 fingerprint is 32 bytes of hex")
	assert.NotEqual(t, got.SHA256, netfacts.CertInfo(ss.Leaf).SHA256, "different certificates have different fingerprints")
	assert.Equal(t, time.UTC, got.NotBefore.Location(), "times are UTC")

	got.DNSNames[0] = "changed"
	assert.Equal(t, "mail.example.test", leaf.Leaf.DNSNames[0], "the summary does not share the certificate's slices")

	assert.True(t, netfacts.CertInfo(ca.Cert).SelfSigned, "a root CA is self-signed")
	assert.True(t, netfacts.CertInfo(ss.Leaf).SelfSigned, "a self-signed leaf (no CA bit) is self-signed")
	assert.False(t, netfacts.CertInfo(leaf.Leaf).SelfSigned, "a CA-signed leaf is not")

	info := netfacts.TLSInfo(tls.ConnectionState{Version: tls.VersionTLS12, CipherSuite: tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256})
	assert.Equal(t, &probe.TLSInfo{Version: "TLS 1.2", CipherSuite: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}, info, "no certificates, no chain; Verified left false")
}

func TestHandshakeDetail(t *testing.T) {
	assert.Equal(t, "certificate verification failed: expired",
		netfacts.HandshakeDetail(&probe.NetError{Kind: probe.NetTLSCert, CertReason: probe.CertExpired}))
	assert.Equal(t, `the server answered the TLS handshake in plaintext ("* OK ")`,
		netfacts.HandshakeDetail(&probe.NetError{Kind: probe.NetTLSNotTLS, RecordHeader: "* OK "}))
	assert.Equal(t, "TLS handshake failed", netfacts.HandshakeDetail(&probe.NetError{Kind: probe.NetTLSAlert}))
}

// TestHandshakeResumesPerEndpoint: with a session cache, a second
// connection to the same name and port resumes, shows the first
// handshake's chain and is verified again; the same server on another port
// (same certificate, same ticket keys, so crypto/tls alone would resume)
// gets a full handshake, because a session is kept per port.
func TestHandshakeResumesPerEndpoint(t *testing.T) {
	ca, err := certgen.NewCA("Test CA", at)
	require.NoError(t, err)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: at.Add(-time.Hour), NotAfter: at.Add(time.Hour)})
	require.NoError(t, err)
	srv := &tls.Config{Certificates: []tls.Certificate{leaf}}
	// The server writes one byte after the handshake: the client takes in
	// the TLS 1.3 session ticket that came before it when it reads.
	serve := func(c net.Conn) {
		tc := tls.Server(c, srv)
		if tc.Handshake() == nil {
			_, _ = tc.Write([]byte("x"))
			_, _ = io.Copy(io.Discard, tc)
		}
	}
	addr1, addr2 := listen(t, serve), listen(t, serve)
	cfg := &tls.Config{RootCAs: ca.Pool(), Time: clock, ClientSessionCache: tls.NewLRUClientSessionCache(8)}
	connect := func(addr string) *probe.TLSInfo {
		tc, info, err := netfacts.Handshake(t.Context(), dial(t, addr), cfg, "localhost", clock)
		require.NoError(t, err)
		_, err = io.ReadFull(tc, make([]byte, 1))
		require.NoError(t, err)
		return info
	}

	first := connect(addr1)
	assert.False(t, first.Resumed, "the first connection makes the session")
	again := connect(addr1)
	assert.True(t, again.Resumed, "the same name and port resume")
	assert.True(t, again.Verified, "a resumed chain is verified again")
	assert.Equal(t, first.Chain, again.Chain, "the chain of the first handshake")
	other := connect(addr2)
	assert.False(t, other.Resumed, "another port of the same name does not")
	assert.True(t, connect(addr2).Resumed, "until it has a session of its own")

	expired := cfg.Clone()
	expired.Time = func() time.Time { return at.Add(2 * time.Hour) }
	_, info, err := netfacts.Handshake(t.Context(), dial(t, addr1), expired, "localhost", expired.Time)
	require.Error(t, err, "a certificate that has expired since fails, resumed or not")
	assert.False(t, info.Verified)
}
