package probe

import "time"

// TLSInfo describes a TLS session the probe established or attempted.
type TLSInfo struct {
	// Version is "TLS 1.0" ... "TLS 1.3"; CipherSuite the IANA name.
	Version string `json:"version,omitempty"`
	// CipherSuite is the cipher suite's IANA name.
	CipherSuite string `json:"cipher_suite,omitempty"`
	// ServerName is the name the certificate was checked against.
	ServerName string `json:"server_name,omitempty"`
	// Verified reports whether the chain verified against the trusted roots
	// and ServerName.
	Verified bool `json:"verified"`
	// Resumed reports that the connection resumed a TLS session from an
	// earlier handshake with the same server name and port (package fleet
	// shares one session cache across a run). The server then sends no
	// certificate: Chain is the one that earlier handshake received, and it
	// was verified again for this connection.
	Resumed bool `json:"resumed,omitempty"`
	// Chain summarises the certificates the server sent, leaf first (on a
	// resumed connection, in the handshake that made the session). It is
	// filled even when verification failed.
	Chain []CertInfo `json:"chain,omitempty"`
}

// CertInfo summarises one certificate.
type CertInfo struct {
	// Subject is the certificate's subject name.
	Subject string `json:"subject"`
	// Issuer names who signed it.
	Issuer string `json:"issuer"`
	// DNSNames is the DNS names it is valid for.
	DNSNames []string `json:"dns_names,omitempty"`
	// IPAddresses is the IP addresses it is valid for.
	IPAddresses []string `json:"ip_addresses,omitempty"`
	// NotBefore is the start of its validity (UTC).
	NotBefore time.Time `json:"not_before"`
	// NotAfter is the end of its validity (UTC).
	NotAfter time.Time `json:"not_after"`
	// SelfSigned whether it is signed by its own key.
	SelfSigned bool `json:"self_signed,omitempty"`
	// SHA256 is the SHA-256 fingerprint of the DER certificate, lower-case
	// hex, which tells a replaced certificate from a renewed one.
	SHA256 string `json:"sha256,omitempty"`
}

// Clone returns a deep copy of t; nil stays nil.
func (t *TLSInfo) Clone() *TLSInfo {
	if t == nil {
		return nil
	}
	c := *t
	c.Chain = make([]CertInfo, len(t.Chain))
	for i, ci := range t.Chain {
		ci.DNSNames = append([]string(nil), ci.DNSNames...)
		ci.IPAddresses = append([]string(nil), ci.IPAddresses...)
		c.Chain[i] = ci
	}
	if t.Chain == nil {
		c.Chain = nil
	}
	return &c
}
