package redact

import (
	"strings"
	"testing"
)

// BenchmarkString scrubs a 1 MB transcript (Dovecot-like lines, one echo
// of the password in every 100 lines) with a password and a token
// registered. The figure is in the package docs.
func BenchmarkString(b *testing.B) {
	r := New(pw, token)
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		if i%100 == 0 {
			sb.WriteString("a1 NO [ALERT] you sent " + pw + "\r\n")
			continue
		}
		sb.WriteString("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot (Debian) ready.\r\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		_ = r.String(text)
	}
}
