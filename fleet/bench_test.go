package fleet_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/fleet"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
)

// manyAccounts starts a fake that knows n mailboxes and returns it with
// fleet accounts for them.
func manyAccounts(b *testing.B, name string, n int) (*mailtest.Server, []fleet.Account) {
	b.Helper()
	srv := startScenario(b, name, func(sc *mailtest.Scenario) {
		tmpl := sc.Accounts[0]
		sc.Accounts = nil
		for i := range n {
			a := tmpl
			a.Email = "user" + strconv.Itoa(i) + "@" + tmpl.Email[strings.LastIndexByte(tmpl.Email, '@')+1:]
			a.Username = ""
			sc.Accounts = append(sc.Accounts, a)
		}
	})
	return srv, fleetAccounts(b, srv)
}

// peakHeap samples the heap in use every few milliseconds until stop is
// called, and returns the largest sample. It reads runtime/metrics, which
// does not stop the world (runtime.ReadMemStats does, and every 5 ms of it
// slowed the run it measured).
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// Objects plus the free space inside their spans: MemStats.HeapInuse.
		samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		for {
			metrics.Read(samples)
			if inUse := samples[0].Value.Uint64() + samples[1].Value.Uint64(); inUse > peak.Load() {
				peak.Store(inUse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 { close(done); wg.Wait(); return peak.Load() }
}

// vmHWM is the process's peak resident set (Linux), in MB; 0 elsewhere.
func vmHWM() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkRun1000 diagnoses 1,000 accounts against a local fake at the
// default limits (the fake and the fleet share the process and its two
// cores). Metrics: wall time per run (ns/op), peak heap in use during the
// run, the process's peak RSS, the heap the report retains per account
// once the run is over, the CPU time (fleet and fake together) and the
// share of connections that resumed the run's TLS session.
func BenchmarkRun1000(b *testing.B) {
	srv, accounts := manyAccounts(b, "microsoft365-ok", 1000)
	opts := options(srv)
	// Count the connections that resumed a TLS session (the run shares a
	// session cache); OnResult calls never overlap.
	var resumed, handshakes int
	opts.OnResult = func(r fleet.Result) {
		for _, t := range []*probe.TLSInfo{r.Report.IMAP.Probe.TLS, r.Report.SMTP.Probe.TLS} {
			if t != nil {
				handshakes++
				if t.Resumed {
					resumed++
				}
			}
		}
	}
	var peak uint64
	var retained float64
	cpu0, runs := cpuTime(), 0
	for b.Loop() {
		runs++
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		stop := peakHeap()
		rep, err := fleet.Run(context.Background(), seq(accounts...), opts)
		p := stop()
		require.NoError(b, err)
		require.Equal(b, 1000, rep.Counts.Working, "every account works")
		peak = max(peak, p)
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		retained = (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / 1000
		runtime.KeepAlive(rep)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(vmHWM(), "peak-RSS-MB")
	b.ReportMetric(retained, "retained-B/account")
	b.ReportMetric(100*float64(resumed)/float64(max(handshakes, 1)), "resumed-%")
	// CPU time says what the run costs whatever else the machine is
	// doing; on two idle cores the wall time is about half of it.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(runs), "cpu-s/op")
}

// oneWay is the simulated one-way network latency of BenchmarkLatency.
const oneWay = 50 * time.Millisecond

// BenchmarkLatency1000 diagnoses 1,000 accounts behind 50 ms of one-way
// latency with a per-host limit of 20, and reports the ratio of the wall
// time to the floor: accounts ÷ limit × one diagnosis's time behind the
// same latency. Run it alone with -benchtime=1x: one run takes about a
// minute.
func BenchmarkLatency1000(b *testing.B) {
	const n, perHost = 1000, 20
	srv, accounts := manyAccounts(b, "microsoft365-ok", n)
	opts := options(srv)
	opts.Diagnose.Dialer = latencyDialer{}
	opts.PerHost = perHost

	start := time.Now()
	rep, err := fleet.Run(context.Background(), seq(accounts[0]), opts)
	require.NoError(b, err)
	require.Equal(b, 1, rep.Counts.Working)
	single := time.Since(start)

	var ratio float64
	for b.Loop() {
		start := time.Now()
		rep, err := fleet.Run(context.Background(), seq(accounts...), opts)
		require.NoError(b, err)
		require.Equal(b, n, rep.Counts.Working, "every account works")
		floor := time.Duration(n/perHost) * single
		ratio = float64(time.Since(start)) / float64(floor)
	}
	b.ReportMetric(float64(single.Milliseconds()), "single-ms")
	b.ReportMetric(ratio, "x-floor")
}

// latencyDialer delays every byte by oneWay in each direction, and the
// connection set-up by a round trip.
type latencyDialer struct{}

func (latencyDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	select {
	case <-time.After(2 * oneWay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	lc := &latencyConn{Conn: c, in: make(chan packet, 64), out: make(chan packet, 64), closed: make(chan struct{})}
	go lc.pumpIn()
	go lc.pumpOut()
	return lc, nil
}

type packet struct {
	due  time.Time
	data []byte
	err  error
}

// latencyConn delivers what the server sends oneWay after it arrived, and
// sends what the client writes oneWay after the write, in order.
type latencyConn struct {
	net.Conn
	in, out   chan packet
	closed    chan struct{}
	closeOnce sync.Once
	mu        sync.Mutex
	pending   []byte
	deadline  time.Time
}

func (c *latencyConn) pumpIn() {
	for {
		buf := make([]byte, 32<<10)
		n, err := c.Conn.Read(buf)
		select {
		case c.in <- packet{due: time.Now().Add(oneWay), data: buf[:n], err: err}:
		case <-c.closed:
			return
		}
		if err != nil {
			return
		}
	}
}

func (c *latencyConn) pumpOut() {
	for {
		select {
		case p := <-c.out:
			time.Sleep(time.Until(p.due))
			if _, err := c.Conn.Write(p.data); err != nil {
				return
			}
		case <-c.closed:
			return
		}
	}
}

func (c *latencyConn) Read(b []byte) (int, error) {
	c.mu.Lock()
	if len(c.pending) > 0 {
		n := copy(b, c.pending)
		c.pending = c.pending[n:]
		c.mu.Unlock()
		return n, nil
	}
	deadline := c.deadline
	c.mu.Unlock()
	var timeout <-chan time.Time
	if !deadline.IsZero() {
		timeout = time.After(time.Until(deadline))
	}
	select {
	case p := <-c.in:
		time.Sleep(time.Until(p.due))
		n := copy(b, p.data)
		c.mu.Lock()
		c.pending = append(c.pending, p.data[n:]...)
		c.mu.Unlock()
		if n == 0 && p.err != nil {
			return 0, p.err
		}
		return n, nil
	case <-timeout:
		return 0, os.ErrDeadlineExceeded
	case <-c.closed:
		return 0, net.ErrClosed
	}
}

func (c *latencyConn) Write(b []byte) (int, error) {
	select {
	case c.out <- packet{due: time.Now().Add(oneWay), data: append([]byte(nil), b...)}:
		return len(b), nil
	case <-c.closed:
		return 0, net.ErrClosed
	}
}

func (c *latencyConn) SetDeadline(t time.Time) error {
	_ = c.SetReadDeadline(t)
	return c.Conn.SetWriteDeadline(t)
}

func (c *latencyConn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	c.deadline = t
	c.mu.Unlock()
	return nil
}

func (c *latencyConn) Close() error {
	c.closeOnce.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

// BenchmarkLedgerReserve1000 records both protocols of 1,000 accounts in
// a fresh ledger, one locked read-merge-write per account, as a run with
// --ledger does.
func BenchmarkLedgerReserve1000(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		l, err := fleet.OpenLedger(filepath.Join(b.TempDir(), "ledger.json"), 0)
		require.NoError(b, err)
		b.StartTimer()
		for i := range 1000 {
			_, err := l.Reserve("user"+strconv.Itoa(i)+"@example.test", both)
			require.NoError(b, err)
		}
	}
}
