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
	"net"
	"sync"
	"time"
)

// Conn is a net.Conn whose deadlines never exceed Limit.
type Conn struct {
	net.Conn
	mu    sync.Mutex
	limit time.Time
	stop  func() bool
}

// New wraps c. When ctx ends, the connection is closed, which unblocks any
// read or write in progress. Call Close (or Release) to stop watching ctx.
func New(ctx context.Context, c net.Conn) *Conn {
	g := &Conn{Conn: c}
	g.stop = context.AfterFunc(ctx, func() { _ = c.Close() })
	return g
}

// SetLimit sets the stage deadline and applies it at once. A zero time
// removes the limit.
func (c *Conn) SetLimit(t time.Time) {
	c.mu.Lock()
	c.limit = t
	c.mu.Unlock()
	_ = c.Conn.SetDeadline(t)
}

func (c *Conn) clamp(t time.Time) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.limit.IsZero() {
		return t
	}
	if t.IsZero() || t.After(c.limit) {
		return c.limit
	}
	return t
}

// SetDeadline sets a deadline no later than the limit.
func (c *Conn) SetDeadline(t time.Time) error { return c.Conn.SetDeadline(c.clamp(t)) }

// SetReadDeadline sets a read deadline no later than the limit.
func (c *Conn) SetReadDeadline(t time.Time) error { return c.Conn.SetReadDeadline(c.clamp(t)) }

// SetWriteDeadline sets a write deadline no later than the limit.
func (c *Conn) SetWriteDeadline(t time.Time) error { return c.Conn.SetWriteDeadline(c.clamp(t)) }

// Close stops watching the context and closes the connection.
func (c *Conn) Close() error {
	c.stop()
	return c.Conn.Close()
}
