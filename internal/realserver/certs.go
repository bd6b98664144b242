package realserver

import (
	"crypto/tls"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
)

// CertKind selects the certificate a server presents.
type CertKind string

// Certificate kinds for [DovecotOptions.Cert]. Postfix presents the
// certificate of the Dovecot it authenticates through.
const (
	// CertValid is a certificate signed by the test CA for localhost,
	// 127.0.0.1 and 127.0.0.2, valid from a day ago for a year.
	CertValid CertKind = ""
	// CertSelfSigned is valid for the right names but signed by itself, so
	// verification against the test CA fails with an unknown authority.
	CertSelfSigned CertKind = "self-signed"
	// CertExpired is signed by the test CA for the right names but expired
	// a day ago.
	CertExpired CertKind = "expired"
	// CertWrongHost is signed by the test CA and valid, but only for
	// wrong-host.example.invalid.
	CertWrongHost CertKind = "wrong-host"
)

// serverHosts are the names clients use for the servers.
var serverHosts = []string{"localhost", "127.0.0.1", "127.0.0.2"}

// testCA is created once per process: every server of a test binary shares
// one CA, as a real client's trust store would.
var testCA = sync.OnceValues(func() (*certgen.CA, error) {
	return certgen.NewCA("realserver test CA", time.Now())
})

// serverCert creates the certificate of kind k.
func serverCert(k CertKind, now time.Time) (tls.Certificate, error) {
	ca, err := testCA()
	if err != nil {
		return tls.Certificate{}, err
	}
	day := 24 * time.Hour
	valid := certgen.LeafOptions{Hosts: serverHosts, NotBefore: now.Add(-day), NotAfter: now.Add(365 * day)}
	switch k {
	case CertValid:
		return ca.Leaf(valid)
	case CertSelfSigned:
		return certgen.SelfSigned(valid)
	case CertExpired:
		return ca.Leaf(certgen.LeafOptions{Hosts: serverHosts, NotBefore: now.Add(-30 * day), NotAfter: now.Add(-day)})
	case CertWrongHost:
		valid.Hosts = []string{"wrong-host.example.invalid"}
		return ca.Leaf(valid)
	}
	return tls.Certificate{}, fmt.Errorf("unknown certificate kind %q", k)
}

// certFiles are the PEM files a server's configuration names.
type certFiles struct {
	cert, key, ca string
}

// writeCerts writes the certificate of kind k, its key and the CA into dir.
// The key is readable only by root, which is who reads it in both servers.
func writeCerts(dir string, k CertKind) (certFiles, *certgen.CA, error) {
	ca, err := testCA()
	if err != nil {
		return certFiles{}, nil, err
	}
	cert, err := serverCert(k, time.Now())
	if err != nil {
		return certFiles{}, nil, err
	}
	keyPEM, err := certgen.KeyPEM(cert)
	if err != nil {
		return certFiles{}, nil, err
	}
	f := certFiles{
		cert: filepath.Join(dir, "cert.pem"),
		key:  filepath.Join(dir, "key.pem"),
		ca:   filepath.Join(dir, "ca.pem"),
	}
	for _, w := range []struct {
		path string
		data []byte
		mode os.FileMode
	}{
		{f.cert, certgen.CertPEM(cert), 0o644},
		{f.key, keyPEM, 0o600},
		{f.ca, ca.PEM, 0o644},
	} {
		if err := os.WriteFile(w.path, w.data, w.mode); err != nil {
			return certFiles{}, nil, err
		}
	}
	return f, ca, nil
}
