package imapcheck

import (
	"context"
	"testing"

	"github.com/mailcheck-go/mailcheck/probe"
)

// BenchmarkProbe runs a full probe over implicit TLS against a scripted
// Dovecot-like server on loopback: handshake, greeting, AUTHENTICATE PLAIN,
// EXAMINE, LOGOUT.
func BenchmarkProbe(b *testing.B) {
	f := startFake(b, dovecotLike(dovecotGreeting, dovecotCapsTLS, ""), withTLS(leaf(b, nil)))
	o := baseOpts(f.port(), probe.SecurityTLS)
	b.ReportAllocs()
	for b.Loop() {
		res, err := Probe(context.Background(), o)
		if err != nil || !res.OK {
			b.Fatalf("probe failed: %v %+v", err, res)
		}
	}
}
