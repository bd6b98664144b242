package mailtest

import (
	"bufio"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/textline"
)

// maxLine bounds a command line; longer lines end the connection. SASL
// responses with OAuth tokens are the longest lines a client sends.
const maxLine = 16 << 10

// handshakeTimeout bounds a TLS handshake so that a client that connects and
// never speaks TLS does not pin a goroutine until Close.
const handshakeTimeout = 10 * time.Second

var errLineTooLong = errors.New("mailtest: line too long")

// conn is one client connection: line reading, line writing with the
// scenario's drip, STARTTLS, and a reset for the ResetDuringAuth fault.
type conn struct {
	raw  net.Conn // the TCP connection
	nc   net.Conn // raw, or the TLS connection over it
	br   *bufio.Reader
	tls  bool
	drip time.Duration
	done <-chan struct{} // closed by Server.Close
	rec  recorder
}

func newConn(raw net.Conn, drip time.Duration, done <-chan struct{}, rec recorder) *conn {
	return &conn{raw: raw, nc: raw, br: bufio.NewReaderSize(raw, 4096), drip: drip, done: done, rec: rec}
}

// readLine reads one line and strips its line ending (internal/textline,
// the capped line reader the probes use too).
func (c *conn) readLine() (string, error) {
	line, _, err := textline.Read(c.br, maxLine)
	switch {
	case errors.Is(err, textline.ErrTooLong):
		return "", errLineTooLong
	case err != nil:
		return "", err
	}
	return line, nil
}

// readFull reads exactly n bytes (an IMAP literal or SMTP data).
func (c *conn) readFull(n int) ([]byte, error) {
	buf := make([]byte, n)
	_, err := io.ReadFull(c.br, buf)
	return buf, err
}

// writeLines sends each line with CRLF. Without a drip the lines go out in
// one write, as servers that buffer their output (Postfix, Dovecot) send a
// multi-line reply: one TLS record, and one system call per reply rather
// than per line, which is most of what a fake's EHLO costs. With a
// drip, every line waits first and goes out in small pieces, so clients see
// partial reads too.
func (c *conn) writeLines(lines ...string) error {
	if c.drip <= 0 {
		n := 0
		for _, l := range lines {
			n += len(l) + 2
		}
		if n == 0 {
			return nil
		}
		b := make([]byte, 0, n)
		for _, l := range lines {
			b = append(append(b, l...), '\r', '\n')
		}
		_, err := c.nc.Write(b)
		return err
	}
	for _, l := range lines {
		b := []byte(l + "\r\n")
		const pieces = 4
		step := (len(b) + pieces - 1) / pieces
		for len(b) > 0 {
			if !c.sleep(c.drip / pieces) {
				return net.ErrClosed
			}
			n := min(step, len(b))
			if _, err := c.nc.Write(b[:n]); err != nil {
				return err
			}
			b = b[n:]
		}
	}
	return nil
}

// sleep waits d unless the server closes first; it reports whether the
// whole time passed.
func (c *conn) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-c.done:
		return false
	}
}

// handshake runs a server-side TLS handshake over the current connection
// and switches reading and writing to it. Anything the client sent before
// the handshake and we have not read is dropped, as a careful server must
// (no command injection across STARTTLS).
func (c *conn) handshake(cfg *tls.Config) error {
	tc := tls.Server(c.raw, cfg)
	_ = c.raw.SetDeadline(time.Now().Add(handshakeTimeout))
	err := tc.Handshake()
	_ = c.raw.SetDeadline(time.Time{})
	if err != nil {
		c.rec.update(func(r *Record) { r.HandshakeError = err.Error() })
		return err
	}
	c.nc, c.tls = tc, true
	c.br = bufio.NewReaderSize(tc, 4096)
	c.rec.update(func(r *Record) { r.TLS = true })
	return nil
}

// reset aborts the connection with a TCP RST instead of a FIN.
func (c *conn) reset() {
	if tcp, ok := c.raw.(*net.TCPConn); ok {
		_ = tcp.SetLinger(0)
	}
	_ = c.raw.Close()
}

// drain reads and discards until the client goes away or the server
// closes: the behaviour of a server that will not talk.
func (c *conn) drain() {
	_, _ = io.Copy(io.Discard, c.br)
}

// clientIP is the client's IP address for {client}.
func (c *conn) clientIP() string {
	host, _, err := net.SplitHostPort(c.raw.RemoteAddr().String())
	if err != nil {
		return c.raw.RemoteAddr().String()
	}
	return host
}
