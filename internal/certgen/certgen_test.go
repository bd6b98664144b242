package certgen_test

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
)

var now = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func newCA(t *testing.T) *certgen.CA {
	t.Helper()
	ca, err := certgen.NewCA("Test CA", now)
	require.NoError(t, err)
	return ca
}

func TestNewCA(t *testing.T) {
	ca := newCA(t)
	assert.True(t, ca.Cert.IsCA)
	assert.Equal(t, "Test CA", ca.Cert.Subject.CommonName)
	assert.Equal(t, now.Add(-24*time.Hour), ca.Cert.NotBefore, "valid from a day before now")
	assert.True(t, ca.Cert.NotAfter.After(now.AddDate(9, 0, 0)), "valid for about ten years")
	assert.NotZero(t, ca.Cert.KeyUsage&x509.KeyUsageCertSign, "a CA must be allowed to sign")

	block, rest := pem.Decode(ca.PEM)
	require.NotNil(t, block)
	assert.Empty(t, rest)
	assert.Equal(t, "CERTIFICATE", block.Type)
	assert.Equal(t, ca.Cert.Raw, block.Bytes, "PEM holds the same certificate")

	assert.True(t, ca.Pool().Equal(func() *x509.CertPool {
		p := x509.NewCertPool()
		require.True(t, p.AppendCertsFromPEM(ca.PEM))
		return p
	}()), "Pool holds exactly the CA")

	other := newCA(t)
	assert.NotEqual(t, ca.Cert.SerialNumber, other.Cert.SerialNumber, "serials are random")
}

func TestLeafVerifies(t *testing.T) {
	ca := newCA(t)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"mail.example.test", "127.0.0.1", "::1"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
	require.NoError(t, err)
	require.NotNil(t, leaf.Leaf)
	assert.Equal(t, "mail.example.test", leaf.Leaf.Subject.CommonName, "the first host is the common name")
	assert.Equal(t, []string{"mail.example.test"}, leaf.Leaf.DNSNames)
	require.Len(t, leaf.Leaf.IPAddresses, 2)
	assert.Equal(t, "127.0.0.1", leaf.Leaf.IPAddresses[0].String())
	assert.Equal(t, "::1", leaf.Leaf.IPAddresses[1].String())
	assert.Equal(t, ca.Cert.Subject.String(), leaf.Leaf.Issuer.String())

	tests := []struct {
		name    string
		host    string
		at      time.Time
		wantErr any
	}{
		{"dns name", "mail.example.test", now, nil},                                                        // DNS SAN
		{"ipv4", "127.0.0.1", now, nil},                                                                    // IP SAN, not a DNS SAN
		{"ipv6", "::1", now, nil},                                                                          // IPv6 SAN
		{"wrong host", "other.example.test", now, x509.HostnameError{}},                                    // not in the SANs
		{"wrong ip", "127.0.0.2", now, x509.HostnameError{}},                                               // IP SANs match exactly
		{"after NotAfter", "mail.example.test", now.Add(2 * time.Hour), x509.CertificateInvalidError{}},    // window end respected
		{"before NotBefore", "mail.example.test", now.Add(-2 * time.Hour), x509.CertificateInvalidError{}}, // window start respected
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := leaf.Leaf.Verify(x509.VerifyOptions{Roots: ca.Pool(), DNSName: tc.host, CurrentTime: tc.at})
			switch want := tc.wantErr.(type) {
			case nil:
				assert.NoError(t, err)
			case x509.HostnameError:
				assert.True(t, errors.As(err, &want), "got %v", err)
			case x509.CertificateInvalidError:
				if assert.True(t, errors.As(err, &want), "got %v", err) {
					assert.Equal(t, x509.Expired, want.Reason)
				}
			}
		})
	}

	_, err = leaf.Leaf.Verify(x509.VerifyOptions{Roots: newCA(t).Pool(), DNSName: "mail.example.test", CurrentTime: now})
	var ua x509.UnknownAuthorityError
	assert.True(t, errors.As(err, &ua), "another CA does not verify it: %v", err)
}

func TestSelfSigned(t *testing.T) {
	ca := newCA(t)
	ss, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
	require.NoError(t, err)
	require.NotNil(t, ss.Leaf)
	assert.Equal(t, ss.Leaf.Subject.String(), ss.Leaf.Issuer.String(), "issuer is itself")
	assert.False(t, ss.Leaf.IsCA)
	assert.NoError(t, ss.Leaf.CheckSignature(ss.Leaf.SignatureAlgorithm, ss.Leaf.RawTBSCertificate, ss.Leaf.Signature), "signed by its own key")

	_, err = ss.Leaf.Verify(x509.VerifyOptions{Roots: ca.Pool(), DNSName: "localhost", CurrentTime: now})
	var ua x509.UnknownAuthorityError
	assert.True(t, errors.As(err, &ua), "does not chain to the CA: %v", err)
}

func TestNoHosts(t *testing.T) {
	_, err := certgen.SelfSigned(certgen.LeafOptions{NotBefore: now, NotAfter: now.Add(time.Hour)})
	require.Error(t, err)
	assert.Equal(t, "certgen: no hosts", err.Error())
	_, err = newCA(t).Leaf(certgen.LeafOptions{})
	assert.Error(t, err)
}

func TestPEMRoundTrip(t *testing.T) {
	ca := newCA(t)
	leaf, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
	require.NoError(t, err)

	certPEM := certgen.CertPEM(leaf)
	keyPEM, err := certgen.KeyPEM(leaf)
	require.NoError(t, err)
	block, _ := pem.Decode(keyPEM)
	require.NotNil(t, block)
	assert.Equal(t, "PRIVATE KEY", block.Type, "PKCS #8")

	pair, err := tls.X509KeyPair(certPEM, keyPEM)
	require.NoError(t, err, "certificate and key match")
	assert.Equal(t, leaf.Certificate, pair.Certificate)

	other, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"localhost"}, NotBefore: now, NotAfter: now.Add(time.Hour)})
	require.NoError(t, err)
	otherKey, err := certgen.KeyPEM(other)
	require.NoError(t, err)
	_, err = tls.X509KeyPair(certPEM, otherKey)
	assert.Error(t, err, "each leaf has its own key")

	chain := tls.Certificate{Certificate: [][]byte{leaf.Certificate[0], ca.Cert.Raw}}
	var blocks int
	for rest := certgen.CertPEM(chain); ; blocks++ {
		var b *pem.Block
		if b, rest = pem.Decode(rest); b == nil {
			break
		}
	}
	assert.Equal(t, 2, blocks, "CertPEM writes every certificate of the chain")
}
