package probe

// Auth records the one authentication attempt of a probe.
type Auth struct {
	// Mechanism is the SASL mechanism or command used: "PLAIN", "LOGIN",
	// "XOAUTH2", "OAUTHBEARER"; for IMAP, "LOGIN" means the LOGIN command.
	Mechanism string `json:"mechanism,omitempty"`
	// Reason says why it was chosen (or why none was), for people.
	Reason string `json:"reason,omitempty"`
	// Offered lists the mechanisms the server advertised at that point.
	Offered []string `json:"offered,omitempty"`
	// Attempted reports whether credentials were sent at all.
	Attempted bool `json:"attempted"`
	// OverTLS reports whether the connection was encrypted when they were.
	OverTLS bool `json:"over_tls"`
	// Succeeded reports whether the server accepted them.
	Succeeded bool `json:"succeeded"`
}

// StopReason says why a probe stopped on its own, without a network failure
// or a refusal from the server.
type StopReason string

const (
	// StopPlaintextNotAllowed: the connection is not encrypted and the
	// caller did not allow plaintext authentication.
	StopPlaintextNotAllowed StopReason = "plaintext_auth_not_allowed"
	// StopStartTLSUnavailable: STARTTLS was asked for and not offered.
	StopStartTLSUnavailable StopReason = "starttls_unavailable"
	// StopLoginDisabled: the IMAP server advertised LOGINDISABLED and no
	// SASL mechanism the probe can use.
	StopLoginDisabled StopReason = "login_disabled"
	// StopNoMechanism: the server offers no mechanism the probe can use
	// with the credentials it has.
	StopNoMechanism StopReason = "no_common_mechanism"
	// StopAuthNotOffered: the SMTP server advertised no AUTH at all.
	StopAuthNotOffered StopReason = "auth_not_offered"
	// StopNoCredentials: no password or token was given; the probe checked
	// connectivity only.
	StopNoCredentials StopReason = "no_credentials"
	// StopPreauth: the IMAP server sent PREAUTH on an unencrypted
	// connection, which a STARTTLS client must refuse (RFC 9051 7.1.4).
	StopPreauth StopReason = "preauth_unencrypted"
)

// ModeCheck records the one extra connection a probe may spend to tell a
// wrong TLS mode from a silent server: a plaintext connection that got no
// greeting is retried with a TLS handshake. It never carries credentials.
type ModeCheck struct {
	// Tried is the security mode of the extra connection: "tls".
	Tried Security `json:"tried"`
	// HandshakeOK reports whether a TLS handshake succeeded on the port
	// (certificate checks aside).
	HandshakeOK bool `json:"handshake_ok"`
	// Greeting is what the server said after the handshake, if anything.
	Greeting string `json:"greeting,omitempty"`
	// Error is why the extra connection failed, if it did.
	Error *NetError `json:"error,omitempty"`
}
