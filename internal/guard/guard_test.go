package guard_test

import (
	"context"
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
