package mailtest

import (
	"bufio"
	"crypto/tls"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// client is a line-oriented test client over a raw or TLS connection.
type client struct {
	t  *testing.T
	nc net.Conn
	br *bufio.Reader
}

// dial connects to addr; with cfg non-nil it speaks implicit TLS.
func dial(t *testing.T, addr string, cfg *tls.Config) *client {
	t.Helper()
	var nc net.Conn
	var err error
	if cfg != nil {
		nc, err = tls.Dial("tcp", addr, cfg)
	} else {
		nc, err = net.Dial("tcp", addr)
	}
	require.NoError(t, err, "dial %s", addr)
	_ = nc.SetDeadline(time.Now().Add(10 * time.Second))
	t.Cleanup(func() { nc.Close() })
	return &client{t: t, nc: nc, br: bufio.NewReader(nc)}
}

// line reads one line without its CRLF.
func (c *client) line() string {
	c.t.Helper()
	l, err := c.br.ReadString('\n')
	require.NoError(c.t, err, "read (partial %q)", l)
	return strings.TrimRight(l, "\r\n")
}

// send writes one line with CRLF.
func (c *client) send(l string) {
	c.t.Helper()
	_, err := c.nc.Write([]byte(l + "\r\n"))
	require.NoError(c.t, err, "write %q", l)
}

// envelope sends MAIL FROM and RCPT TO and reads their replies without checking them:
// for a test about what comes after them.
func (c *client) envelope(from, to string) {
	c.t.Helper()
	c.send("MAIL FROM:<" + from + ">")
	c.line()
	c.send("RCPT TO:<" + to + ">")
	c.line()
}

// until reads lines up to and including the first that starts with prefix.
func (c *client) until(prefix string) []string {
	c.t.Helper()
	var lines []string
	for {
		l := c.line()
		lines = append(lines, l)
		if strings.HasPrefix(l, prefix) {
			return lines
		}
	}
}

// smtpReply reads one SMTP reply, all its lines.
func (c *client) smtpReply() []string {
	c.t.Helper()
	var lines []string
	for {
		l := c.line()
		lines = append(lines, l)
		if len(l) < 4 || l[3] != '-' {
			return lines
		}
	}
}

// startTLS upgrades the connection on the client side.
func (c *client) startTLS(cfg *tls.Config) {
	c.t.Helper()
	tc := tls.Client(c.nc, cfg)
	require.NoError(c.t, tc.Handshake(), "STARTTLS handshake")
	c.nc, c.br = tc, bufio.NewReader(tc)
}

// eof reports whether the server closed the connection.
func (c *client) eof() bool {
	_ = c.nc.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := c.br.ReadByte()
	return err != nil
}

func startScenario(t *testing.T, name string, edit func(*Scenario)) *Server {
	t.Helper()
	sc, ok := Lookup(name)
	require.True(t, ok, "no scenario %q", name)
	if edit != nil {
		edit(&sc)
	}
	s, err := NewServer(sc)
	require.NoError(t, err, "NewServer(%s)", name)
	t.Cleanup(s.Close)
	return s
}
