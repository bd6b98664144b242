// Package scriptserver runs scripted line servers on loopback for the
// probes' tests: one accept loop, one connection type, one record of what
// clients sent, shared by imapcheck's and smtpcheck's tests. A script is a
// function that says exactly what the server sends on one connection, for
// the cases where exact wording matters and a real server library (go-imap's
// imapserver, go-smtp) fixes its greeting or lacks a mechanism.
//
// It is test plumbing: only tests import it. mailtest, the fakes for users'
// tests, is the public counterpart with provider scenarios.
package scriptserver

import (
	"bufio"
	"crypto/tls"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// connLimit bounds one scripted conversation, so that no script outlives
// the test that started it by much, whatever the client does.
const connLimit = 20 * time.Second

// Server is a scripted server on 127.0.0.1. Every line a client sent, on
// every connection, is recorded without redaction, so tests can prove what
// a probe did not send.
type Server struct {
	// Host and Port are where the server listens.
	Host string
	Port int

	ln       net.Listener
	implicit *tls.Config
	script   func(*Conn)

	mu       sync.Mutex
	received []string
	conns    int
	wg       sync.WaitGroup
}

// Start starts a server whose connections each run script; when implicit
// is set, each connection completes a TLS handshake with it first (and a
// failed handshake ends the connection). The server is closed when the
// test ends.
func Start(tb testing.TB, implicit *tls.Config, script func(*Conn)) *Server {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("scriptserver: %v", err)
	}
	s := &Server{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, ln: ln, implicit: implicit, script: script}
	s.wg.Add(1)
	go s.accept()
	tb.Cleanup(s.Close)
	return s
}

// accept is the one accept loop: each connection gets its own goroutine,
// joined by Close.
func (s *Server) accept() {
	defer s.wg.Done()
	for {
		nc, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.conns++
		s.mu.Unlock()
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer nc.Close()
			_ = nc.SetDeadline(time.Now().Add(connLimit))
			c := &Conn{Conn: nc, s: s}
			if s.implicit != nil {
				tc := tls.Server(nc, s.implicit)
				if tc.Handshake() != nil {
					return
				}
				c.Conn = tc
			}
			c.R = bufio.NewReader(c.Conn)
			s.script(c)
		}()
	}
}

// Close stops accepting and waits for every connection's script to end.
func (s *Server) Close() {
	_ = s.ln.Close()
	s.wg.Wait()
}

// Received returns every line clients sent, in order, without line
// endings.
func (s *Server) Received() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.received...)
}

// Connections is how many connections the server accepted.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

// Conn is one scripted connection.
type Conn struct {
	net.Conn
	// R reads what the client sent; after StartTLS it reads the TLS layer.
	R *bufio.Reader
	s *Server
}

// Send writes the lines, each with CRLF, in one write.
func (c *Conn) Send(lines ...string) {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l + "\r\n")
	}
	_, _ = c.Write([]byte(b.String()))
}

// ReadLine returns the client's next line and records it; false when the
// client is gone (a partial last line is still recorded).
func (c *Conn) ReadLine() (string, bool) {
	l, err := c.R.ReadString('\n')
	l = strings.TrimRight(l, "\r\n")
	if err == nil || l != "" {
		c.s.mu.Lock()
		c.s.received = append(c.s.received, l)
		c.s.mu.Unlock()
	}
	return l, err == nil
}

// StartTLS upgrades the connection to TLS as a server (after the
// protocol's "go ahead"); false when the handshake failed.
func (c *Conn) StartTLS(cfg *tls.Config) bool {
	tc := tls.Server(c.Conn, cfg)
	if tc.Handshake() != nil {
		return false
	}
	c.Conn, c.R = tc, bufio.NewReader(tc)
	return true
}

// Silent says nothing and returns when the client hangs up.
func (c *Conn) Silent() { _, _ = io.Copy(io.Discard, c.Conn) }

// SettleGoroutines waits, up to within, for the number of goroutines to
// fall back to before, and returns the last count: for tests that check
// nothing is left behind. It polls by itself; testify's Eventually runs its
// condition on a goroutine of its own, which would be counted.
func SettleGoroutines(before int, within time.Duration) int {
	n := runtime.NumGoroutine()
	for end := time.Now().Add(within); n > before && time.Now().Before(end); n = runtime.NumGoroutine() {
		time.Sleep(10 * time.Millisecond)
	}
	return n
}

// ClosedPort returns a loopback port nothing listens on: listen, note the
// port, close. A probe dialling it meets "connection refused".
func ClosedPort(tb testing.TB) int {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("scriptserver: %v", err)
	}
	p := ln.Addr().(*net.TCPAddr).Port
	if err := ln.Close(); err != nil {
		tb.Fatalf("scriptserver: %v", err)
	}
	return p
}
