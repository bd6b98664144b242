package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
)

// Server is a running fake: up to four listeners on loopback (IMAP and SMTP,
// each with implicit TLS and STARTTLS) that play one Scenario.
type Server struct {
	// Scenario is what the servers play. It may be changed before Start;
	// after Start it must not be.
	Scenario Scenario
	// Now is the clock the certificate's validity is relative to; nil means
	// time.Now. Set it before Start.
	Now func() time.Time

	// IMAPTLS, IMAPStartTLS, SMTPTLS and SMTPStartTLS are the listeners'
	// addresses, "127.0.0.1:port", set by Start; empty when the scenario
	// has no such listener.
	IMAPTLS, IMAPStartTLS, SMTPTLS, SMTPStartTLS string

	ca        *certgen.CA
	leaf      tls.Certificate
	tlsConfig *tls.Config
	host      string // the loopback address the listeners use
	done      chan struct{}
	wg        sync.WaitGroup

	mu        sync.Mutex
	started   bool
	closed    bool
	listeners []net.Listener
	conns     map[net.Conn]struct{}
	records   []*Record
}

// listener kinds, also the Record.Listener names.
const (
	listenIMAPTLS      = "imap-tls"
	listenIMAPStartTLS = "imap-starttls"
	listenSMTPTLS      = "smtp-tls"
	listenSMTPStartTLS = "smtp-starttls"
)

// NewServer starts a server playing sc and returns it. The caller must call
// Close.
func NewServer(sc Scenario) (*Server, error) {
	s := NewUnstartedServer(sc)
	if err := s.Start(); err != nil {
		return nil, err
	}
	return s, nil
}

// NewUnstartedServer returns a server that plays sc once Start is called.
// Its exported fields may be adjusted first. This function performs no I/O.
func NewUnstartedServer(sc Scenario) *Server {
	return &Server{Scenario: sc}
}

// Start issues the scenario's certificate and opens its listeners on free
// loopback ports (127.0.0.1, or ::1 where IPv4 loopback is missing). It
// fails if the server was started before.
func (s *Server) Start() error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("mailtest: server already started")
	}
	s.started = true
	s.mu.Unlock()

	if err := s.setupTLS(); err != nil {
		return err
	}
	s.done = make(chan struct{})
	s.conns = make(map[net.Conn]struct{})
	type want struct {
		kind string
		addr *string
	}
	var wants []want
	if b := s.Scenario.IMAP; b != nil {
		if b.Listeners != ListenStartTLS {
			wants = append(wants, want{listenIMAPTLS, &s.IMAPTLS})
		}
		if b.Listeners != ListenTLS {
			wants = append(wants, want{listenIMAPStartTLS, &s.IMAPStartTLS})
		}
	}
	if b := s.Scenario.SMTP; b != nil {
		if b.Listeners != ListenStartTLS {
			wants = append(wants, want{listenSMTPTLS, &s.SMTPTLS})
		}
		if b.Listeners != ListenTLS {
			wants = append(wants, want{listenSMTPStartTLS, &s.SMTPStartTLS})
		}
	}
	if len(wants) == 0 {
		return fmt.Errorf("mailtest: scenario %q has neither IMAP nor SMTP", s.Scenario.Name)
	}
	for _, w := range wants {
		l, err := s.listen()
		if err != nil {
			s.Close()
			return err
		}
		*w.addr = l.Addr().String()
		s.mu.Lock()
		s.listeners = append(s.listeners, l)
		s.mu.Unlock()
		s.wg.Add(1)
		go s.accept(l, w.kind)
	}
	return nil
}

// listen opens a loopback listener on a free port, as httptest does.
func (s *Server) listen() (net.Listener, error) {
	if s.host != "" {
		return net.Listen("tcp", net.JoinHostPort(s.host, "0"))
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		var err6 error
		if l, err6 = net.Listen("tcp", "[::1]:0"); err6 != nil {
			return nil, fmt.Errorf("mailtest: listen on loopback: %w", err)
		}
	}
	s.host, _, _ = net.SplitHostPort(l.Addr().String())
	return l, nil
}

func (s *Server) setupTLS() error {
	ca, err := processCA()
	if err != nil {
		return fmt.Errorf("mailtest: certificate authority: %w", err)
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	leaf, err := leafCert(ca, s.Scenario.Cert, now())
	if err != nil {
		return fmt.Errorf("mailtest: certificate: %w", err)
	}
	s.ca, s.leaf = ca, leaf
	s.tlsConfig = &tls.Config{Certificates: []tls.Certificate{leaf}, MinVersion: tls.VersionTLS12}
	return nil
}

// accept serves one listener until Close.
func (s *Server) accept(l net.Listener, kind string) {
	defer s.wg.Done()
	for {
		nc, err := l.Accept()
		if err != nil {
			return // closed by Close; a loopback listener has no other errors worth retrying
		}
		rec := &Record{Listener: kind, RemoteAddr: nc.RemoteAddr().String()}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			nc.Close()
			return
		}
		s.conns[nc] = struct{}{}
		s.records = append(s.records, rec)
		s.wg.Add(1)
		s.mu.Unlock()
		go s.serve(nc, kind, recorder{s, rec})
	}
}

// serve plays the scenario on one connection.
func (s *Server) serve(nc net.Conn, kind string, rec recorder) {
	defer s.wg.Done()
	defer func() {
		nc.Close()
		s.mu.Lock()
		delete(s.conns, nc)
		s.mu.Unlock()
	}()
	f := s.Scenario.Fault
	c := newConn(nc, f.SlowDrip, s.done, rec)
	implicit := kind == listenIMAPTLS || kind == listenSMTPTLS
	switch {
	case implicit && f.PlainOnTLSPort:
		implicit = false
	case !implicit && f.TLSOnPlainPort:
		implicit = true
	}
	if implicit && c.handshake(s.tlsConfig) != nil {
		return
	}
	switch {
	case f.NoGreeting:
		c.drain()
		return
	case f.Garbage != "":
		if c.writeLines(f.Garbage) == nil {
			c.drain()
		}
		return
	}
	if kind == listenIMAPTLS || kind == listenIMAPStartTLS {
		newIMAPSession(s, c).serve()
	} else {
		newSMTPSession(s, c).serve()
	}
}

// Close closes the listeners, drops every connection and blocks until every
// goroutine the server started has returned. It may be called more than
// once, and on a server that was never started.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed || !s.started {
		s.closed = true
		s.mu.Unlock()
		s.wg.Wait()
		return
	}
	s.closed = true
	if s.done != nil {
		close(s.done)
	}
	for _, l := range s.listeners {
		l.Close()
	}
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

// CAPEM returns the CA certificate in PEM form, for clients that take a CA
// file. Self-signed scenarios present a leaf this CA did not sign.
func (s *Server) CAPEM() []byte {
	if s.ca == nil {
		return nil
	}
	return slices.Clone(s.ca.PEM)
}

// RootCAs returns a new pool holding the CA.
func (s *Server) RootCAs() *x509.CertPool {
	if s.ca == nil {
		return nil
	}
	return s.ca.Pool()
}

// Certificate returns the leaf certificate the servers present.
func (s *Server) Certificate() *x509.Certificate {
	return s.leaf.Leaf
}

// ClientTLSConfig returns a new client configuration that trusts the CA and
// names the loopback address the listeners use ("127.0.0.1" or "::1"),
// which a valid leaf certificate covers.
func (s *Server) ClientTLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.RootCAs(), ServerName: s.host, MinVersion: tls.VersionTLS12}
}

// Host returns the loopback address the listeners use.
func (s *Server) Host() string { return s.host }

// WriteCAFile writes the CA certificate to dir/mailtest-ca.pem and returns
// the file's path.
func (s *Server) WriteCAFile(dir string) (string, error) {
	if s.ca == nil {
		return "", errors.New("mailtest: server not started")
	}
	p := filepath.Join(dir, "mailtest-ca.pem")
	if err := os.WriteFile(p, s.ca.PEM, 0o644); err != nil {
		return "", fmt.Errorf("mailtest: %w", err)
	}
	return p, nil
}

// Accounts returns a copy of the scenario's accounts; the first is the one
// the scenario's expected codes describe.
func (s *Server) Accounts() []Account {
	return slices.Clone(s.Scenario.Accounts)
}
