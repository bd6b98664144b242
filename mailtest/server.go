package mailtest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/internal/redact"
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

	// ListenHost is the loopback host the listeners use: "127.0.0.1",
	// another address in 127.0.0.0/8 (such as "127.0.0.2"), "::1" or
	// "localhost". Empty means 127.0.0.1, or ::1 where IPv4 loopback is
	// missing; "localhost" listens there too but ClientTLSConfig names
	// "localhost". Start refuses any other host: the fakes never listen
	// beyond the machine. The certificate covers the host. Set it before
	// Start.
	ListenHost string
	// Ports fixes the listeners' ports; zero fields mean a free port. Set
	// it before Start.
	Ports Ports

	// OnMessage, when set, is called with each message the SMTP servers
	// accept, before the client gets its 250 reply: a hook that writes the
	// message somewhere is done by the time the client's send returns. It
	// runs on the connection's goroutine. Set it before Start.
	OnMessage func(Message)
	// OnConnDone, when set, is called with a connection's Record once the
	// connection has ended, on the connection's goroutine; Close waits for
	// it. Set it before Start.
	OnConnDone func(Record)

	// IMAPTLS, IMAPStartTLS, SMTPTLS and SMTPStartTLS are the listeners'
	// addresses, "127.0.0.1:port" (or the ListenHost address), set by
	// Start; empty when the scenario has no such listener.
	IMAPTLS, IMAPStartTLS, SMTPTLS, SMTPStartTLS string

	// red scrubs every recorded command of the scenario's passwords and
	// tokens, in every form (internal/redact), after the structural
	// redaction of LOGIN, AUTH and SASL lines: a client that puts a
	// credential where no credential belongs leaks nothing either.
	red *redact.Redactor
	// book finds the scenario's accounts at login; built by Start.
	book *accountBook

	ca         *certgen.CA
	leaf       tls.Certificate
	tlsConfig  *tls.Config
	host       string // the loopback address the listeners use
	serverName string // the name ClientTLSConfig gives: host, or "localhost"
	done       chan struct{}
	wg         sync.WaitGroup

	mu        sync.Mutex
	started   bool
	closed    bool
	listeners []net.Listener
	conns     map[net.Conn]struct{}
	records   []*Record
	refused   map[string]int // correct sign-ins refused by Fault.RefuseFirst, by lower-case user

	store mailStore   // the accounts' mailboxes
	mail  *mailServer // serves them after a login; nil without IMAP
	out   outbox      // messages accepted over SMTP
}

// Ports are fixed ports for a server's listeners, one per field of the same
// name on Server; 0 means any free port. A busy port makes Start fail, and
// so does a port for a listener the scenario does not have (Exchange Online
// has no SMTP on implicit TLS) or the same port for two listeners.
type Ports struct {
	IMAPTLS, IMAPStartTLS, SMTPTLS, SMTPStartTLS int
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

// Start issues the scenario's certificate and opens its listeners on
// loopback: on ListenHost and Ports when set, else on free ports of
// 127.0.0.1 (or ::1 where IPv4 loopback is missing). It fails if the server
// was started before, if ListenHost is not loopback or Ports does not fit
// the scenario (then without listening, and Start may be called again once
// the fields are fixed), or if a port is busy (then it closes the listeners
// it opened).
func (s *Server) Start() error {
	s.mu.Lock()
	if s.started {
		s.mu.Unlock()
		return errors.New("mailtest: server already started")
	}
	if s.closed {
		// A server closed before it started would listen with nothing
		// left to close it (Close has run once and returns at once).
		s.mu.Unlock()
		return errors.New("mailtest: server already closed")
	}
	wants, err := s.plan()
	if err != nil {
		s.mu.Unlock()
		return err
	}
	s.started = true
	s.book = newAccountBook(s.Scenario.Accounts)
	s.red = redact.New()
	for _, a := range s.Scenario.Accounts {
		s.red.Add(a.Password, a.AppPassword, a.Token)
	}
	s.done = make(chan struct{})
	s.conns = make(map[net.Conn]struct{})
	s.mu.Unlock()

	if err := s.setupTLS(); err != nil {
		return err
	}
	// A Close running beside Start must see everything Start opened or
	// stop it from opening more: each piece is registered, and its
	// goroutine counted, under the lock, and only while not closed (a
	// reviewer's find: a concurrent Close could miss a listener, and
	// wg.Add could race its Wait).
	closedWhileStarting := errors.New("mailtest: server closed while starting")
	if s.Scenario.IMAP != nil {
		m := newMailServer()
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			m.ln.Close()
			return closedWhileStarting
		}
		s.mail = m
		s.wg.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.wg.Done()
			_ = m.srv.Serve(m.ln)
		}()
	}
	for _, w := range wants {
		l, err := s.listen(w.port)
		if err != nil {
			s.Close()
			for _, w := range wants {
				*w.addr = "" // no address of a closed listener
			}
			return fmt.Errorf("mailtest: cannot open the %s listener on port %d: %w", w.kind, w.port, err)
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			l.Close()
			return closedWhileStarting
		}
		*w.addr = l.Addr().String()
		s.listeners = append(s.listeners, l)
		s.wg.Add(1)
		s.mu.Unlock()
		go s.accept(l, w.kind)
	}
	return nil
}

// listenerPlan is one listener Start opens.
type listenerPlan struct {
	kind string
	port int     // 0 for a free one
	addr *string // the Server field that reports it
}

// plan checks ListenHost and Ports against the scenario and returns the
// listeners to open. It sets s.host (when ListenHost names an address) and
// s.serverName (when ListenHost is set) and performs no I/O.
func (s *Server) plan() ([]listenerPlan, error) {
	host, err := loopbackHost(s.ListenHost)
	if err != nil {
		return nil, err
	}
	var wants []listenerPlan
	if b := s.Scenario.IMAP; b != nil {
		if b.Listeners != ListenStartTLS {
			wants = append(wants, listenerPlan{listenIMAPTLS, s.Ports.IMAPTLS, &s.IMAPTLS})
		}
		if b.Listeners != ListenTLS {
			wants = append(wants, listenerPlan{listenIMAPStartTLS, s.Ports.IMAPStartTLS, &s.IMAPStartTLS})
		}
	}
	if b := s.Scenario.SMTP; b != nil {
		if b.Listeners != ListenStartTLS {
			wants = append(wants, listenerPlan{listenSMTPTLS, s.Ports.SMTPTLS, &s.SMTPTLS})
		}
		if b.Listeners != ListenTLS {
			wants = append(wants, listenerPlan{listenSMTPStartTLS, s.Ports.SMTPStartTLS, &s.SMTPStartTLS})
		}
	}
	if len(wants) == 0 {
		return nil, fmt.Errorf("mailtest: scenario %q has neither IMAP nor SMTP", s.Scenario.Name)
	}
	fields := []struct {
		name, kind string
		port       int
	}{
		{"IMAPTLS", listenIMAPTLS, s.Ports.IMAPTLS},
		{"IMAPStartTLS", listenIMAPStartTLS, s.Ports.IMAPStartTLS},
		{"SMTPTLS", listenSMTPTLS, s.Ports.SMTPTLS},
		{"SMTPStartTLS", listenSMTPStartTLS, s.Ports.SMTPStartTLS},
	}
	used := map[int]string{}
	for _, f := range fields {
		if f.port == 0 {
			continue
		}
		if f.port < 0 || f.port > 65535 {
			return nil, fmt.Errorf("mailtest: Ports.%s is %d, not a port from 1 to 65535", f.name, f.port)
		}
		if !slices.ContainsFunc(wants, func(w listenerPlan) bool { return w.kind == f.kind }) {
			return nil, fmt.Errorf("mailtest: Ports.%s is %d but scenario %q has no %s listener", f.name, f.port, s.Scenario.Name, f.kind)
		}
		if other, ok := used[f.port]; ok {
			return nil, fmt.Errorf("mailtest: Ports.%s and Ports.%s are both %d", other, f.name, f.port)
		}
		used[f.port] = f.name
	}
	s.host, s.serverName = host, host
	if host == "localhost" {
		s.host = "" // listen() picks 127.0.0.1 or ::1
	}
	return wants, nil
}

// loopbackHost checks a ListenHost value and returns it in canonical form:
// "" or "localhost" as given, an IP address as net.IP.String writes it.
func loopbackHost(h string) (string, error) {
	if h == "" || strings.EqualFold(h, "localhost") {
		return strings.ToLower(h), nil
	}
	ip := net.ParseIP(h)
	if ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("mailtest: ListenHost %q is not a loopback address (127.0.0.0/8, ::1 or localhost): the fakes never listen beyond this machine", h)
	}
	return ip.String(), nil
}

// listen opens a loopback listener on port (0 for a free one). The first
// listener picks the address, 127.0.0.1 or else ::1, as httptest does,
// unless ListenHost chose it.
func (s *Server) listen(port int) (net.Listener, error) {
	p := strconv.Itoa(port)
	if s.host != "" {
		return net.Listen("tcp", net.JoinHostPort(s.host, p))
	}
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", p))
	if err != nil {
		if port != 0 {
			// Fall back to ::1 only when IPv4 loopback is missing, not
			// when the fixed port is busy on it.
			if l4, err4 := net.Listen("tcp", "127.0.0.1:0"); err4 == nil {
				l4.Close()
				return nil, err
			}
		}
		var err6 error
		if l, err6 = net.Listen("tcp", net.JoinHostPort("::1", p)); err6 != nil {
			return nil, fmt.Errorf("listen on loopback: %w", err)
		}
	}
	s.host, _, _ = net.SplitHostPort(l.Addr().String())
	if s.serverName == "" {
		s.serverName = s.host
	}
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
	h := s.Scenario.Hosts
	leaf, err := leafCert(ca, s.Scenario.Cert, now(), s.host, normName(h.IMAP), normName(h.SMTP))
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
		r := rec.r.clone()
		s.mu.Unlock()
		if s.OnConnDone != nil {
			s.OnConnDone(r)
		}
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
		newSMTPSession(s, c, kind).serve()
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
	if s.mail != nil {
		// Closing the hand-off listener ends imapserver's Serve; the
		// handed-over connections end with their TCP connections above.
		// (imapserver.Server.Close races with a Serve that has not yet
		// begun.)
		_ = s.mail.ln.Close()
	}
	s.waitLogging()
}

// closeWarnAfter is how long Close waits before saying what it waits for,
// as httptest's Close does.
const closeWarnAfter = 5 * time.Second

// waitLogging waits for every goroutine the server started; past
// closeWarnAfter it logs the connections still open, once.
func (s *Server) waitLogging() {
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	t := time.NewTimer(closeWarnAfter)
	defer t.Stop()
	select {
	case <-done:
		return
	case <-t.C:
	}
	s.mu.Lock()
	var open []string
	for c := range s.conns {
		open = append(open, c.RemoteAddr().String())
	}
	s.mu.Unlock()
	log.Printf("mailtest: Close has waited %v for connections from %v to end", closeWarnAfter, open)
	<-done
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
// names the host the listeners use ("127.0.0.1", "::1", ListenHost), which
// a valid leaf certificate covers.
func (s *Server) ClientTLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.RootCAs(), ServerName: s.serverName, MinVersion: tls.VersionTLS12}
}

// Host returns the loopback address the listeners use, also when
// ListenHost is "localhost".
func (s *Server) Host() string { return s.host }

// BoundPorts returns the listeners' ports, set by Start; a field is 0 when
// the scenario has no such listener. With [Server.Host] it gives each
// address as host and port, for clients configured that way.
func (s *Server) BoundPorts() Ports {
	port := func(addr string) int {
		if addr == "" {
			return 0
		}
		_, p, err := net.SplitHostPort(addr)
		if err != nil {
			return 0
		}
		n, _ := strconv.Atoi(p)
		return n
	}
	return Ports{IMAPTLS: port(s.IMAPTLS), IMAPStartTLS: port(s.IMAPStartTLS),
		SMTPTLS: port(s.SMTPTLS), SMTPStartTLS: port(s.SMTPStartTLS)}
}

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

// holdRefusal waits Fault.AuthFailureDelay before the answer to a refused
// sign-in, for IMAP and SMTP alike; it reports whether the session goes
// on (false when the server closed meanwhile).
func (s *Server) holdRefusal(c *conn, refused bool) bool {
	d := s.Scenario.Fault.AuthFailureDelay
	return !refused || d <= 0 || c.sleep(d)
}

// refuseFirst turns a correct sign-in into a refusal while the account's
// first Fault.RefuseFirst correct sign-ins are not used up.
func (s *Server) refuseFirst(user string, v verdict) verdict {
	n := s.Scenario.Fault.RefuseFirst
	if n <= 0 || v != verdictOK {
		return v
	}
	key := strings.ToLower(user)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.refused[key] >= n {
		return v
	}
	if s.refused == nil {
		s.refused = map[string]int{}
	}
	s.refused[key]++
	return verdictRefused
}
