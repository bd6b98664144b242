package probe

// NetErrorKind is the stable kind of a network or TLS failure.
type NetErrorKind string

const (
	NetDNSNotFound  NetErrorKind = "dns_not_found"   // the name does not exist (NXDOMAIN) or has no address
	NetDNSTemporary NetErrorKind = "dns_temporary"   // SERVFAIL or another temporary resolver failure
	NetDNSTimeout   NetErrorKind = "dns_timeout"     // the resolver did not answer in time
	NetRefused      NetErrorKind = "refused"         // connection refused: nothing listens on the port
	NetTimeout      NetErrorKind = "timeout"         // the stage's deadline passed (dial, read or write)
	NetReset        NetErrorKind = "reset"           // the peer reset the connection
	NetClosed       NetErrorKind = "closed"          // the peer closed the connection (EOF)
	NetUnreachable  NetErrorKind = "unreachable"     // network or host unreachable
	NetCanceled     NetErrorKind = "canceled"        // the caller's context was canceled
	NetTLSAlert     NetErrorKind = "tls_alert"       // the server sent a TLS alert
	NetTLSCert      NetErrorKind = "tls_certificate" // certificate verification failed, see CertReason
	NetTLSNotTLS    NetErrorKind = "tls_not_tls"     // a TLS handshake was answered in plaintext, see RecordHeader
	NetTLSOther     NetErrorKind = "tls_other"       // any other handshake failure
	NetProtocol     NetErrorKind = "protocol"        // the server's bytes do not parse as the protocol
	NetOther        NetErrorKind = "other"           // anything else
)

// CertReason says why certificate verification failed.
type CertReason string

const (
	CertExpired          CertReason = "expired"
	CertNotYetValid      CertReason = "not_yet_valid"
	CertWrongHost        CertReason = "wrong_host"
	CertUnknownAuthority CertReason = "unknown_authority"
	CertOther            CertReason = "other"
)

// NetError is a network or TLS failure as data: a stable kind plus the
// details a person or a classifier needs. It is built once from a Go error
// by the probes and survives JSON unchanged.
type NetError struct {
	// Kind is the stable kind of failure.
	Kind NetErrorKind `json:"kind"`
	// Op is the operation that failed: "lookup", "dial", "read", "write"
	// or "handshake".
	Op string `json:"op,omitempty"`
	// Message is the Go error text, for people. It never holds a credential.
	Message string `json:"message"`
	// CertReason is set when Kind is tls_certificate.
	CertReason CertReason `json:"cert_reason,omitempty"`
	// RecordHeader is set when Kind is tls_not_tls: the first bytes the
	// server sent, printable ("* OK" or "220 "), the evidence that the port
	// speaks plaintext.
	RecordHeader string `json:"record_header,omitempty"`
	// Alert is the TLS alert text when Kind is tls_alert.
	Alert string `json:"alert,omitempty"`
}

// Clone returns a copy of e; nil stays nil.
func (e *NetError) Clone() *NetError {
	if e == nil {
		return nil
	}
	c := *e
	return &c
}
