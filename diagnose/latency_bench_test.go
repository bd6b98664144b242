package diagnose_test

import (
	"context"
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/imapcheck"
	"github.com/mailcheck-go/mailcheck/mailtest"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// latencyProxy forwards loopback TCP connections to a target, holding
// every chunk for half a round trip in each direction, so that each round
// trip costs rtt as it would across a real network. Chunks keep their
// order and do not wait for one another: a link with latency, not a slow
// one.
type latencyProxy struct {
	ln     net.Listener
	target string
	oneWay time.Duration

	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
}

func startLatencyProxy(tb testing.TB, target string, rtt time.Duration) *latencyProxy {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(tb, err)
	p := &latencyProxy{ln: ln, target: target, oneWay: rtt / 2}
	p.wg.Add(1)
	go p.accept()
	tb.Cleanup(p.close)
	return p
}

func (p *latencyProxy) port() int { return p.ln.Addr().(*net.TCPAddr).Port }

func (p *latencyProxy) accept() {
	defer p.wg.Done()
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return
		}
		// The TCP handshakes themselves are not delayed (the kernel does
		// them); roundTrips counts accordingly.
		out, err := net.Dial("tcp", p.target)
		if err != nil {
			in.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, in, out)
		p.mu.Unlock()
		p.wg.Add(2)
		go p.pipe(out, in)
		go p.pipe(in, out)
	}
}

// pipe copies src to dst, each chunk oneWay late.
func (p *latencyProxy) pipe(dst, src net.Conn) {
	defer p.wg.Done()
	type chunk struct {
		b   []byte
		due time.Time
	}
	ch := make(chan chunk, 256)
	go func() {
		defer close(ch)
		for {
			buf := make([]byte, 32<<10)
			n, err := src.Read(buf)
			if n > 0 {
				ch <- chunk{buf[:n], time.Now().Add(p.oneWay)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range ch {
		time.Sleep(time.Until(c.due))
		if _, err := dst.Write(c.b); err != nil {
			break
		}
	}
	for range ch { // let the reader end
	}
	if tc, ok := dst.(*net.TCPConn); ok {
		_ = tc.CloseWrite()
	}
}

func (p *latencyProxy) close() {
	_ = p.ln.Close()
	p.mu.Lock()
	for _, c := range p.conns {
		_ = c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}

// roundTrips is the fewest round trips the proxy makes a probe wait for
// before its outcome is known, in halves: a TLS handshake is a whole round
// trip (ClientHello out, the server's flight back); a greeting on a plain
// connection half of one (the server speaks first, and the proxy does not
// delay the TCP handshake itself); a greeting after an implicit-TLS
// handshake a whole one (the client's Finished must reach the server
// first); and each line the client sent and waited for a whole one,
// except the goodbye, which nothing waits for once the outcome is known.
func roundTrips(steps []probe.Step, transcript probe.Transcript) float64 {
	halves := 0
	tlsUp := false
	for _, st := range steps {
		if st.Outcome == probe.OutcomeSkipped {
			continue
		}
		switch st.Stage {
		case probe.StageTLSHandshake:
			halves += 2
			tlsUp = true
		case probe.StageGreeting:
			halves++
			if tlsUp {
				halves++
			}
		}
	}
	for _, l := range transcript {
		if l.Dir == probe.DirClient && l.Text != "QUIT" && !isLogout(l.Text) {
			halves += 2
		}
	}
	return float64(halves) / 2
}

func isLogout(line string) bool {
	f := strings.Fields(line) // "a3 LOGOUT"
	return len(f) == 2 && f[1] == "LOGOUT"
}

// benchRTT is the round trip the latency benchmark adds, as in the trial
// that measured 1.22x: 100 ms, a transatlantic link.
const benchRTT = 100 * time.Millisecond

// BenchmarkDiagnoseLatency runs a whole diagnosis of a working account
// (IMAP on implicit TLS, SMTP with STARTTLS) through a proxy that adds
// 100 ms to every round trip, and reports the time as a ratio to the
// round-trip floor: the round trips the slower protocol cannot do without,
// times 100 ms (the probes run side by side). "early" is Diagnose, which
// returns once the answer is known and says goodbye behind it; "waiting"
// runs the same probes waiting for the reply to LOGOUT and QUIT, as
// Diagnose did before. Figures are in docs/report.md.
func BenchmarkDiagnoseLatency(b *testing.B) {
	srv := mailtest.NewTestServer(b, "dovecot-postfix-ok")
	acct := srv.Accounts()[0]
	imapProxy := startLatencyProxy(b, srv.IMAPTLS, benchRTT)
	smtpProxy := startLatencyProxy(b, srv.SMTPStartTLS, benchRTT)
	a := diagnose.Account{Email: acct.Email, Username: acct.Login(), Password: probe.Secret(acct.Password),
		IMAP: diagnose.Endpoint{Host: "127.0.0.1", Port: imapProxy.port(), Security: probe.SecurityTLS},
		SMTP: diagnose.Endpoint{Host: "127.0.0.1", Port: smtpProxy.port(), Security: probe.SecurityStartTLS}}

	b.Run("early", func(b *testing.B) {
		var elapsed time.Duration
		floor := 0.0
		for b.Loop() {
			start := time.Now()
			rep, err := diagnose.Diagnose(context.Background(), a, &diagnose.Options{TLSConfig: srv.ClientTLSConfig()})
			elapsed += time.Since(start)
			if err != nil || rep.Verdict.Code != diagnose.CodeOK {
				b.Fatalf("diagnosis: %v %s", err, rep.Summary)
			}
			floor = max(roundTrips(rep.IMAP.Probe.Steps, rep.IMAP.Probe.Transcript), roundTrips(rep.SMTP.Probe.Steps, rep.SMTP.Probe.Transcript))
			diagnose.Wait()
		}
		report(b, elapsed, floor)
	})
	b.Run("waiting", func(b *testing.B) {
		var elapsed time.Duration
		floor := 0.0
		for b.Loop() {
			start := time.Now()
			var im *imapcheck.Result
			var sm *smtpcheck.Result
			var wg sync.WaitGroup
			wg.Add(2)
			go func() {
				defer wg.Done()
				im, _ = imapcheck.Probe(context.Background(), imapcheck.Options{Host: "127.0.0.1", Port: imapProxy.port(), Security: probe.SecurityTLS,
					Username: a.Username, Password: a.Password, TLSConfig: srv.ClientTLSConfig()})
			}()
			go func() {
				defer wg.Done()
				sm, _ = smtpcheck.Probe(context.Background(), smtpcheck.Options{Host: "127.0.0.1", Port: smtpProxy.port(), Security: probe.SecurityStartTLS,
					Username: a.Username, Password: a.Password, TLSConfig: srv.ClientTLSConfig()})
			}()
			wg.Wait()
			elapsed += time.Since(start)
			if im == nil || sm == nil || !im.OK || !sm.OK {
				b.Fatal("the probes did not sign in")
			}
			floor = max(roundTrips(im.Steps, im.Transcript), roundTrips(sm.Steps, sm.Transcript))
		}
		report(b, elapsed, floor)
	})
}

func report(b *testing.B, elapsed time.Duration, floor float64) {
	per := elapsed / time.Duration(b.N)
	b.ReportMetric(float64(per)/(floor*float64(benchRTT)), "x_floor")
	b.ReportMetric(floor, "round_trips")
}

// TestLatencyProxy: the proxy holds a round trip for about rtt and passes
// bytes unchanged, so the benchmark measures what it says. (Assertions on
// order and content only; the time is what the benchmark reports.)
func TestLatencyProxy(t *testing.T) {
	echo, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := echo.Accept()
		if err != nil {
			return
		}
		_, _ = io.Copy(c, c)
		c.Close()
	}()
	p := startLatencyProxy(t, echo.Addr().String(), 2*time.Millisecond)
	c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(p.port()))
	require.NoError(t, err)
	for i := range 3 {
		msg := []byte("line " + strconv.Itoa(i) + "\r\n")
		_, err := c.Write(msg)
		require.NoError(t, err)
		got := make([]byte, len(msg))
		_, err = io.ReadFull(c, got)
		require.NoError(t, err)
		assert.Equal(t, msg, got)
	}
	require.NoError(t, c.(*net.TCPConn).CloseWrite())
	_, err = c.Read(make([]byte, 1))
	assert.True(t, errors.Is(err, io.EOF), "the half-close passes through: %v", err)
	c.Close()
	echo.Close()
	<-done
}

// TestRoundTrips pins the floor's arithmetic on a known exchange: IMAP on
// implicit TLS with the capabilities in the greeting waits for the
// handshake, the greeting, AUTHENTICATE and EXAMINE; LOGOUT is not waited
// for.
func TestRoundTrips(t *testing.T) {
	steps := []probe.Step{{Stage: probe.StageResolve, Outcome: probe.OutcomeSkipped}, {Stage: probe.StageConnect, Outcome: probe.OutcomeOK},
		{Stage: probe.StageTLSHandshake, Outcome: probe.OutcomeOK}, {Stage: probe.StageGreeting, Outcome: probe.OutcomeOK},
		{Stage: probe.StageAuthenticate, Outcome: probe.OutcomeOK}, {Stage: probe.StageMailbox, Outcome: probe.OutcomeOK}, {Stage: probe.StageLogout, Outcome: probe.OutcomeOK}}
	tr := probe.Transcript{{Dir: probe.DirServer, Text: "* OK ready"}, {Dir: probe.DirClient, Text: "a1 AUTHENTICATE PLAIN [redacted]"},
		{Dir: probe.DirServer, Text: "a1 OK"}, {Dir: probe.DirClient, Text: `a2 EXAMINE "INBOX"`}, {Dir: probe.DirServer, Text: "a2 OK"}, {Dir: probe.DirClient, Text: "a3 LOGOUT"}}
	assert.Equal(t, 4.0, roundTrips(steps, tr)) // handshake, greeting after it, AUTHENTICATE, EXAMINE
}
