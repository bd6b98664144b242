package imapwire

import (
	"strconv"
	"strings"
)

// Quote returns s as an RFC 9051 quoted string, with "\" and `"` escaped.
// ok is false when s cannot be quoted (CR, LF, NUL or 8-bit bytes) and must
// be sent as a literal.
func Quote(s string) (quoted string, ok bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\r' || c == '\n' || c == 0 || c >= 0x80 {
			return "", false
		}
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`, true
}

// LiteralPrefix returns the announcement "{n}" for a synchronising literal
// of s, or "{n+}" for a non-synchronising one (LITERAL+ / LITERAL-).
func LiteralPrefix(s string, nonSync bool) string {
	p := "{" + strconv.Itoa(len(s))
	if nonSync {
		p += "+"
	}
	return p + "}"
}
