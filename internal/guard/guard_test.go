package guard_test

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/guard"
)

// watchdog bounds every blocking call: a deadline that was not clamped
// would block for an hour.
const watchdog = 5 * time.Second

// pipe returns a guarded end of net.Pipe and its peer.
func pipe(t *testing.T, ctx context.Context) (*guard.Conn, net.Conn) {
	t.Helper()
	a, b := net.Pipe()
	t.Cleanup(func() { _ = a.Close(); _ = b.Close() })
	return guard.New(ctx, a), b
}

// readErr reads one byte from c in a goroutine and returns its error, or
// fails when the read is still blocked after the watchdog.
func readErr(t *testing.T, c net.Conn) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := c.Read(make([]byte, 1))
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(watchdog):
		t.Fatal("read still blocked: the deadline was not applied")
		return nil
	}
}

func TestDeadlinesClamped(t *testing.T) {
	later := func() time.Time { return time.Now().Add(time.Hour) }
	tests := []struct {
		name string
		set  func(c *guard.Conn) error
	}{
		{"read deadline beyond limit", func(c *guard.Conn) error { return c.SetReadDeadline(later()) }}, // imapclient's 30 s per command
		{"deadline beyond limit", func(c *guard.Conn) error { return c.SetDeadline(later()) }},          // go-smtp's 5 min
		{"zero read deadline", func(c *guard.Conn) error { return c.SetReadDeadline(time.Time{}) }},     // a library resetting its deadline
		{"zero deadline", func(c *guard.Conn) error { return c.SetDeadline(time.Time{}) }},              // same, both directions
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, _ := pipe(t, t.Context())
			g.SetLimit(time.Now().Add(50 * time.Millisecond))
			require.NoError(t, tc.set(g))
			assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded, "the limit, not the later deadline, ends the read")
		})
	}
}

func TestWriteDeadlineClamped(t *testing.T) {
	g, _ := pipe(t, t.Context()) // nobody reads the peer: a write blocks
	g.SetLimit(time.Now().Add(50 * time.Millisecond))
	require.NoError(t, g.SetWriteDeadline(time.Now().Add(time.Hour)))
	done := make(chan error, 1)
	go func() {
		_, err := g.Write([]byte("a1 NOOP\r\n"))
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, os.ErrDeadlineExceeded)
	case <-time.After(watchdog):
		t.Fatal("write still blocked: the deadline was not clamped")
	}
}

func TestEarlierDeadlineKept(t *testing.T) {
	g, _ := pipe(t, t.Context())
	g.SetLimit(time.Now().Add(time.Hour))
	require.NoError(t, g.SetReadDeadline(time.Now().Add(-time.Second)))
	assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded, "a deadline before the limit is the caller's and stays")
}

func TestSetLimitAppliesAtOnce(t *testing.T) {
	g, _ := pipe(t, t.Context())
	g.SetLimit(time.Now().Add(-time.Second))
	assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded, "no SetDeadline call needed for the limit to apply")
}

func TestNoLimit(t *testing.T) {
	g, peer := pipe(t, t.Context())
	g.SetLimit(time.Now().Add(-time.Second))
	g.SetLimit(time.Time{}) // removes the limit and the deadline it set
	go func() {
		time.Sleep(20 * time.Millisecond)
		_, _ = peer.Write([]byte("*"))
	}()
	assert.NoError(t, readErr(t, g), "without a limit a zero deadline means none")

	require.NoError(t, g.SetReadDeadline(time.Now().Add(-time.Second)))
	assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded, "without a limit deadlines pass through")
}

func TestContextEndClosesConn(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	g, peer := pipe(t, ctx)
	time.AfterFunc(20*time.Millisecond, cancel)
	assert.ErrorIs(t, readErr(t, g), io.ErrClosedPipe, "cancel unblocks a read that has no deadline")
	assert.ErrorIs(t, readErr(t, peer), io.EOF, "the underlying connection is closed")
}

// countConn counts Close calls.
type countConn struct {
	net.Conn
	closes atomic.Int32
}

func (c *countConn) Close() error {
	c.closes.Add(1)
	return c.Conn.Close()
}

func TestCloseStopsWatching(t *testing.T) {
	a, b := net.Pipe()
	defer b.Close()
	cc := &countConn{Conn: a}
	ctx, cancel := context.WithCancel(t.Context())
	g := guard.New(ctx, cc)
	require.NoError(t, g.Close())
	assert.Equal(t, int32(1), cc.closes.Load(), "Close closes the connection")
	cancel()
	assert.Never(t, func() bool { return cc.closes.Load() != 1 }, 100*time.Millisecond, 10*time.Millisecond, "after Close, the end of ctx does nothing")
}

func TestAlreadyEndedContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	a, b := net.Pipe()
	defer b.Close()
	cc := &countConn{Conn: a}
	guard.New(ctx, cc)
	assert.Eventually(t, func() bool { return cc.closes.Load() == 1 }, watchdog, 5*time.Millisecond, "a ctx that already ended closes at once")
}

// When the guard closes the connection because its context ended, the
// failed read carries the context's cause itself: context.AfterFunc may run
// before the cancellation reaches sibling contexts, so the reader's own
// context cannot be relied on to say why (this raced in the probes).
func TestClosedByContextSaysWhy(t *testing.T) {
	for _, tc := range []struct {
		name  string
		start func() (context.Context, context.CancelFunc)
		cause error
	}{
		{"canceled", func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }, context.Canceled},
		{"deadline", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 50*time.Millisecond)
		}, context.DeadlineExceeded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			client, server := tcpPair(t)
			defer server.Close()
			ctx, cancel := tc.start()
			defer cancel()
			g := guard.New(ctx, client)
			defer g.Close()
			errc := make(chan error, 1)
			go func() {
				_, err := g.Read(make([]byte, 1))
				errc <- err
			}()
			if tc.cause == context.Canceled {
				cancel()
			}
			var err error
			select {
			case err = <-errc:
			case <-time.After(5 * time.Second):
				t.Fatal("the read was not unblocked")
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.cause)
			assert.ErrorIs(t, err, net.ErrClosed)
			assert.Contains(t, err.Error(), tc.cause.Error())
			assert.NotContains(t, err.Error(), "use of closed network connection")
		})
	}
}

func TestOwnCloseIsNotExplained(t *testing.T) {
	client, server := tcpPair(t)
	defer server.Close()
	g := guard.New(context.Background(), client)
	require.NoError(t, g.Close())
	_, err := g.Read(make([]byte, 1))
	require.Error(t, err)
	assert.False(t, errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded),
		"a close by the probe itself carries no context cause: %v", err)
}

// tcpPair returns both ends of a loopback TCP connection: the guard
// explains net.ErrClosed, which a real socket returns and net.Pipe does not.
func tcpPair(t *testing.T) (client, server net.Conn) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, _ := l.Accept()
		accepted <- c
	}()
	client, err = net.Dial("tcp", l.Addr().String())
	require.NoError(t, err)
	server = <-accepted
	require.NotNil(t, server)
	return client, server
}

// TestRelease: a released connection outlives its context and is no longer
// clamped, so a goodbye read under its own deadline works after the probe
// has returned.
func TestRelease(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	g, peer := pipe(t, ctx)
	g.SetLimit(time.Now().Add(-time.Second)) // the last stage's deadline, long past
	g.Release()
	cancel() // the probe returns
	require.NoError(t, g.SetReadDeadline(time.Now().Add(watchdog)))
	go func() { _, _ = peer.Write([]byte("*")) }()
	b := make([]byte, 1)
	_, err := g.Read(b)
	require.NoError(t, err, "neither the past limit nor the ended context stops the read")
	assert.Equal(t, "*", string(b))
}

// drip writes one byte to peer every gap until stop is closed.
func drip(peer net.Conn, gap time.Duration, stop <-chan struct{}) {
	for {
		select {
		case <-stop:
			return
		case <-time.After(gap):
			if _, err := peer.Write([]byte("*")); err != nil {
				return
			}
		}
	}
}

func TestStretchWhileBytesArrive(t *testing.T) {
	g, peer := pipe(t, t.Context())
	start := time.Now()
	g.SetLimit(start.Add(150 * time.Millisecond))
	g.SetStretch(150*time.Millisecond, start.Add(watchdog), nil)
	stop := make(chan struct{})
	go drip(peer, 40*time.Millisecond, stop)
	for time.Since(start) < 500*time.Millisecond {
		require.NoError(t, readErr(t, g), "a reply still arriving outlasts the limit")
	}
	close(stop)
	assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded, "once the bytes stop, the stretched limit ends the read")
	assert.Less(t, time.Since(start), 2*time.Second, "the limit moved by one step, not to the maximum")
}

func TestStretchStopsAtMax(t *testing.T) {
	g, peer := pipe(t, t.Context())
	start := time.Now()
	g.SetLimit(start.Add(100 * time.Millisecond))
	g.SetStretch(100*time.Millisecond, start.Add(400*time.Millisecond), nil)
	stop := make(chan struct{})
	defer close(stop)
	go drip(peer, 20*time.Millisecond, stop)
	err := readUntilErr(t, g)
	assert.ErrorIs(t, err, os.ErrDeadlineExceeded)
	assert.GreaterOrEqual(t, time.Since(start), 390*time.Millisecond, "the bytes stretched the limit")
	assert.Less(t, time.Since(start), 2*time.Second, "a server that never stops cannot stretch past the maximum")
}

func TestStretchRefusedOrEnded(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(g *guard.Conn, start time.Time)
	}{
		{"refused", func(g *guard.Conn, start time.Time) {
			g.SetStretch(time.Second, start.Add(watchdog), func(time.Time) bool { return false })
		}},
		{"ended by the next limit", func(g *guard.Conn, start time.Time) {
			g.SetStretch(time.Second, start.Add(watchdog), nil)
			g.SetLimit(start.Add(100 * time.Millisecond))
		}},
		{"maximum before the limit", func(g *guard.Conn, start time.Time) {
			g.SetStretch(time.Second, start.Add(50*time.Millisecond), nil)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, peer := pipe(t, t.Context())
			start := time.Now()
			g.SetLimit(start.Add(100 * time.Millisecond))
			tc.setup(g, start)
			stop := make(chan struct{})
			defer close(stop)
			go drip(peer, 20*time.Millisecond, stop)
			err := readUntilErr(t, g)
			assert.ErrorIs(t, err, os.ErrDeadlineExceeded)
			assert.Less(t, time.Since(start), 600*time.Millisecond, "no stretch: the limit ends the read")
		})
	}
}

func TestStretchKeepsEarlierDeadline(t *testing.T) {
	g, peer := pipe(t, t.Context())
	start := time.Now()
	g.SetLimit(start.Add(100 * time.Millisecond))
	g.SetStretch(time.Second, start.Add(watchdog), nil)
	require.NoError(t, g.SetReadDeadline(start.Add(300*time.Millisecond)))
	go func() { _, _ = peer.Write([]byte("*")) }()
	require.NoError(t, readErr(t, g), "the byte stretches the limit to a second from now")
	assert.ErrorIs(t, readErr(t, g), os.ErrDeadlineExceeded)
	assert.Less(t, time.Since(start), 800*time.Millisecond, "the caller's own deadline, earlier than the stretched limit, still applies")
}

// readUntilErr reads from c until a read fails, and returns that error.
func readUntilErr(t *testing.T, c net.Conn) error {
	t.Helper()
	for {
		if err := readErr(t, c); err != nil {
			return err
		}
	}
}
