package probe

import "fmt"

// Secret holds a password or token. Its String, GoString and marshalling
// methods print a placeholder, never the value, so a Secret can sit in an
// options struct that is logged, printed with %v or %#v, or marshalled to
// JSON without leaking. Call Reveal to get the value.
type Secret string

// Redacted is what a Secret prints instead of its value, and what
// transcripts show in place of a credential.
const Redacted = "[redacted]"

// Reveal returns the secret value. Call it only where the value is sent to
// the server.
func (s Secret) Reveal() string { return string(s) }

// IsZero reports whether the secret is empty.
func (s Secret) IsZero() bool { return s == "" }

// String returns "[redacted]", or "" for an empty secret.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return Redacted
}

// GoString returns the placeholder for %#v.
func (s Secret) GoString() string { return `probe.Secret("` + s.String() + `")` }

// Format makes every fmt verb print the placeholder, %x and %q included.
func (s Secret) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(s.String())) }

// MarshalText returns the placeholder; it makes JSON, YAML and other text
// encodings safe.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }
