package imapcheck

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

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

// BenchmarkEndlessUntagged probes a server that answers CAPABILITY with an
// endless stream of "* 1 EXISTS", under a 5 s budget (the caller's context
// and the stage timeout). It reports the wall time per probe (ns/op) and
// the peak heap while probing (peak-heap-MB, sampled every millisecond);
// the figures are in the package docs ("Bounds"). Before the bounds, the
// same server kept a probe reading past its deadline and growing to
// gigabytes.
func BenchmarkEndlessUntagged(b *testing.B) {
	f := startFake(b, func(c *fconn) {
		c.send("* OK ready") // no capabilities: the probe asks
		c.serve(dovecotCapsTLS, "", func(c *fconn, tag, verb, rest string) []string {
			if verb == "CAPABILITY" {
				endless(c, "* 1 EXISTS")
				return []string{}
			}
			return nil
		})
	})
	o := baseOpts(f.port(), probe.SecurityNone)
	o.StageTimeout = 5 * time.Second
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // sample the heap while the benchmark runs
		defer close(done)
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}()
	b.ReportAllocs()
	for b.Loop() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		res, err := Probe(ctx, o)
		cancel()
		if err != nil || len(res.Limits) == 0 {
			b.Fatalf("the bound was not reached: %v %+v", err, res)
		}
	}
	close(stop)
	<-done
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}
