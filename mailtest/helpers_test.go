package mailtest

import (
	"bufio"
	"crypto/tls"
	"net"
	"strings"
	"testing"
	"time"
)

// The tests use the standard library's testing only, as the probes' tests
// do: testify v1.12.1 needs go.yaml.in/yaml/v3, which go.mod does not list
// yet. They keep testify's split: t.Fatalf where the rest would be
// meaningless (require), t.Errorf for observations (assert).

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
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	_ = nc.SetDeadline(time.Now().Add(10 * time.Second))
	t.Cleanup(func() { nc.Close() })
	return &client{t: t, nc: nc, br: bufio.NewReader(nc)}
}

// line reads one line without its CRLF.
func (c *client) line() string {
	c.t.Helper()
	l, err := c.br.ReadString('\n')
	if err != nil {
		c.t.Fatalf("read: %v (partial %q)", err, l)
	}
	return strings.TrimRight(l, "\r\n")
}

// send writes one line with CRLF.
func (c *client) send(l string) {
	c.t.Helper()
	if _, err := c.nc.Write([]byte(l + "\r\n")); err != nil {
		c.t.Fatalf("write %q: %v", l, err)
	}
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
	if err := tc.Handshake(); err != nil {
		c.t.Fatalf("STARTTLS handshake: %v", err)
	}
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
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	if edit != nil {
		edit(&sc)
	}
	s, err := NewServer(sc)
	if err != nil {
		t.Fatalf("NewServer(%s): %v", name, err)
	}
	t.Cleanup(s.Close)
	return s
}

func equalLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}
