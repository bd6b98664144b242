package smtpcheck

import (
	"context"
	"testing"

	"github.com/mailcheck-go/mailcheck/probe"
)

// BenchmarkProbe runs a full probe with STARTTLS, a verified certificate,
// AUTH PLAIN and the envelope check against a local scripted server.
func BenchmarkProbe(b *testing.B) {
	s := startFake(b, nil, script{ehlo: ehloStartTLS, ehloTLS: ehloAuth, tls: serverTLS(b), auth: authPlain}.handle)
	o := optionsFor(s, probe.SecurityStartTLS)
	o.Recipient = "bob@example.test"
	for b.Loop() {
		res, err := Probe(context.Background(), o)
		if err != nil || !res.OK {
			b.Fatalf("probe failed: %v %+v", err, res)
		}
	}
}
