package probe

import (
	"fmt"
	"strings"
)

// Security is how a probe protects the connection.
type Security string

const (
	// SecurityTLS is implicit TLS: the TLS handshake comes first (IMAP 993,
	// SMTP submissions 465).
	SecurityTLS Security = "tls"
	// SecurityStartTLS connects in plaintext and upgrades with STARTTLS
	// before any credential is sent (IMAP 143, SMTP submission 587).
	SecurityStartTLS Security = "starttls"
	// SecurityNone never encrypts. A probe sends no credential over such a
	// connection unless the caller explicitly allows plaintext
	// authentication.
	SecurityNone Security = "none"
)

// ParseSecurity parses "tls", "starttls" or "none", in any case and with
// spaces around. The aliases "ssl", "implicit", "ssl/tls" and "tls/ssl"
// (the labels mail programs show) mean tls, and "plain", "plaintext" and
// "no" mean none.
func ParseSecurity(s string) (Security, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "tls", "ssl", "implicit", "ssl/tls", "tls/ssl":
		return SecurityTLS, nil
	case "starttls":
		return SecurityStartTLS, nil
	case "none", "plain", "plaintext", "no":
		return SecurityNone, nil
	}
	return "", fmt.Errorf("probe: unknown security %q (want tls, starttls or none)", s)
}
