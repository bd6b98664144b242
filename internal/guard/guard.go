// Package guard wraps a connection so that no deadline outlives the current
// stage's, and so that the connection closes when the caller's context
// ends.
//
// go-imap's and go-smtp's clients take no context and set their own
// deadlines around each command (imapclient 30 s, go-smtp 5 min), resetting
// them to zero afterwards; a deadline set on the raw connection would simply
// be overwritten. Conn clamps every deadline they set to the stage limit.
package guard

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Conn is a net.Conn whose deadlines never exceed Limit.
type Conn struct {
	net.Conn
	mu    sync.Mutex
	limit time.Time
	// want is the read and write deadlines the connection's user asked
	// for since the limit was last set, before clamping.
	wantRead, wantWrite time.Time
	// stretch, when set, lets bytes arriving push the limit later (see
	// SetStretch).
	stretch *stretch
	stop    func() bool
	// why is the context's cause, stored before the guard closes the
	// connection, so that the failed read or write can say it.
	why atomic.Pointer[error]
}

// New wraps c. When ctx ends, the connection is closed, which unblocks any
// read or write in progress. Call Close (or Release) to stop watching ctx.
func New(ctx context.Context, c net.Conn) *Conn {
	g := &Conn{Conn: c}
	g.stop = context.AfterFunc(ctx, func() {
		cause := context.Cause(ctx)
		g.why.Store(&cause)
		_ = c.Close()
	})
	return g
}

// Read reads from the connection. When the guard closed it because the
// context ended, the error wraps the context's cause as well as
// net.ErrClosed. That matters because context.AfterFunc may run before the
// cancellation has reached every other context derived from the same
// parent: the reader cannot rely on its own context to say why.
func (c *Conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.stretchLimit()
	}
	return n, c.explain(err)
}

// Write writes to the connection; errors are explained as for Read.
func (c *Conn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	return n, c.explain(err)
}

func (c *Conn) explain(err error) error {
	if err == nil || !errors.Is(err, net.ErrClosed) {
		return err
	}
	if why := c.why.Load(); why != nil && *why != nil {
		return &closedError{err: err, cause: *why}
	}
	return err
}

// closedError is a read or write on a connection the guard closed because
// its context ended. It matches both net.ErrClosed and the cause
// (context.Canceled or context.DeadlineExceeded) with errors.Is, and its
// text names the cause rather than "use of closed network connection".
type closedError struct {
	err, cause error
}

func (e *closedError) Error() string {
	return strings.Replace(e.err.Error(), net.ErrClosed.Error(), e.cause.Error(), 1)
}

func (e *closedError) Unwrap() []error { return []error{e.cause, e.err} }

// SetLimit sets the stage deadline and applies it at once. A zero time
// removes the limit. It ends any stretch (SetStretch) and forgets the
// deadlines asked for before it.
func (c *Conn) SetLimit(t time.Time) {
	c.mu.Lock()
	c.limit = t
	c.wantRead, c.wantWrite = time.Time{}, time.Time{}
	c.stretch = nil
	c.mu.Unlock()
	_ = c.Conn.SetDeadline(t)
}

// stretch is how far a reply still arriving may push the limit.
type stretch struct {
	step time.Duration
	max  time.Time
	ok   func(time.Time) bool
}

// SetStretch lets a reply that is still arriving outlast the limit: each
// read that returns bytes moves the limit to at least step after it, but
// never past max. A slow server that answers line by line is not cut off
// in the middle of its reply, while a silent one still meets the limit
// set by SetLimit. ok is asked first and may refuse (the stage has
// already ended); it is called without the Conn's lock held. The stretch
// lasts until the next SetLimit.
func (c *Conn) SetStretch(step time.Duration, max time.Time, ok func(time.Time) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if step <= 0 || c.limit.IsZero() || !max.After(c.limit) {
		c.stretch = nil
		return
	}
	c.stretch = &stretch{step: step, max: max, ok: ok}
}

// stretchLimit moves the limit after a read that returned bytes.
func (c *Conn) stretchLimit() {
	c.mu.Lock()
	st, limit := c.stretch, c.limit
	c.mu.Unlock()
	if st == nil {
		return
	}
	t := time.Now().Add(st.step)
	if t.After(st.max) {
		t = st.max
	}
	if !t.After(limit) || (st.ok != nil && !st.ok(t)) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stretch != st || !t.After(c.limit) {
		return // a new stage began, or another read moved it further
	}
	c.limit = t
	_ = c.Conn.SetReadDeadline(c.clampLocked(c.wantRead))
	_ = c.Conn.SetWriteDeadline(c.clampLocked(c.wantWrite))
}

func (c *Conn) clampLocked(t time.Time) time.Time {
	if c.limit.IsZero() {
		return t
	}
	if t.IsZero() || t.After(c.limit) {
		return c.limit
	}
	return t
}

// SetDeadline sets a deadline no later than the limit.
func (c *Conn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wantRead, c.wantWrite = t, t
	return c.Conn.SetDeadline(c.clampLocked(t))
}

// SetReadDeadline sets a read deadline no later than the limit.
func (c *Conn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wantRead = t
	return c.Conn.SetReadDeadline(c.clampLocked(t))
}

// SetWriteDeadline sets a write deadline no later than the limit.
func (c *Conn) SetWriteDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.wantWrite = t
	return c.Conn.SetWriteDeadline(c.clampLocked(t))
}

// Release hands the connection to a new owner that outlives the probe's
// context (internal/goodbye): it stops watching the context and removes
// the stage limit, so the new owner's own deadline applies. If the context
// has already ended, the connection is already closed.
func (c *Conn) Release() {
	c.stop()
	c.SetLimit(time.Time{})
}

// Close stops watching the context and closes the connection.
func (c *Conn) Close() error {
	c.stop()
	return c.Conn.Close()
}
