package smtpcheck_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
	"github.com/mailcheck-go/mailcheck/smtpcheck"
)

// This example probes a submission server on implicit TLS (port 465 in
// real life) with a password, and prints each stage.
func ExampleProbe() {
	srv := startServer(true)
	defer srv.stop()

	res, err := smtpcheck.Probe(context.Background(), smtpcheck.Options{
		Host:      srv.host,
		Port:      srv.port,
		Security:  probe.SecurityTLS,
		Username:  "alice@example.test",
		Password:  "correct horse",
		TLSConfig: &tls.Config{RootCAs: srv.roots},
	})
	if err != nil {
		fmt.Println("bad options:", err)
		return
	}
	for _, st := range res.Steps {
		fmt.Println(st.Stage, st.Outcome)
	}
	fmt.Println("ok:", res.OK, "with", res.Auth.Mechanism)
	// Output:
	// resolve skipped
	// connect ok
	// tls_handshake ok
	// greeting ok
	// ehlo ok
	// authenticate ok
	// quit ok
	// ok: true with PLAIN
}

// A refusal is not an error: it is in the Result, with the server's exact
// words, for a classifier or a person to read.
func ExampleProbe_refused() {
	srv := startServer(true)
	defer srv.stop()

	res, err := smtpcheck.Probe(context.Background(), smtpcheck.Options{
		Host:      srv.host,
		Port:      srv.port,
		Security:  probe.SecurityTLS,
		Username:  "alice@example.test",
		Password:  "wrong horse",
		TLSConfig: &tls.Config{RootCAs: srv.roots},
	})
	if err != nil {
		fmt.Println("bad options:", err)
		return
	}
	fmt.Println("ok:", res.OK, "at", res.Stage)
	fmt.Println(res.Reply.Code, res.Reply.EnhancedCode, res.Reply.Text)
	// Output:
	// ok: false at authenticate
	// 535 5.7.8 Authentication failed
}

// Over a plaintext connection the probe sends no credentials unless the
// caller allows it, and the transcript never shows them.
func ExampleResult_transcript() {
	srv := startServer(false)
	defer srv.stop()

	opts := smtpcheck.Options{
		Host:     srv.host,
		Port:     srv.port,
		Security: probe.SecurityNone,
		Username: "alice@example.test",
		Password: "correct horse",
	}
	res, _ := smtpcheck.Probe(context.Background(), opts)
	fmt.Println("stopped:", res.StopReason)

	opts.AllowPlaintextAuth = true
	res, _ = smtpcheck.Probe(context.Background(), opts)
	fmt.Print(res.Transcript)
	// Output:
	// stopped: plaintext_auth_not_allowed
	// S: 220 mx.example.test ESMTP Service Ready
	// C: EHLO mailcheck.localhost
	// S: 250-Hello mailcheck.localhost
	// S: 250-PIPELINING
	// S: 250-8BITMIME
	// S: 250-ENHANCEDSTATUSCODES
	// S: 250-CHUNKING
	// S: 250-AUTH PLAIN
	// S: 250 SIZE
	// C: AUTH PLAIN [redacted]
	// S: 235 2.0.0 Authentication succeeded
	// C: QUIT
	// S: 221 2.0.0 Bye
}

// server is an in-process go-smtp server that accepts alice with
// "correct horse".
type server struct {
	host  string
	port  int
	roots *x509.CertPool
	stop  func()
}

func startServer(implicitTLS bool) server {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return session{}, nil }))
	s.Domain = "mx.example.test"
	s.ErrorLog = quiet{}
	var l net.Listener = ln
	var roots *x509.CertPool
	if implicitTLS {
		now := time.Now()
		ca, err := certgen.NewCA("example CA", now)
		if err != nil {
			panic(err)
		}
		cert, err := ca.Leaf(certgen.LeafOptions{Hosts: []string{"127.0.0.1"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour)})
		if err != nil {
			panic(err)
		}
		l = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}})
		roots = ca.Pool()
	} else {
		s.AllowInsecureAuth = true
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.Serve(l)
	}()
	return server{host: "127.0.0.1", port: ln.Addr().(*net.TCPAddr).Port, roots: roots,
		stop: func() { _ = s.Close(); <-done }}
}

type session struct{}

func (session) AuthMechanisms() []string { return []string{sasl.Plain} }
func (session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user == "alice@example.test" && pass == "correct horse" {
			return nil
		}
		return smtp.ErrAuthFailed
	}), nil
}
func (session) Mail(string, *smtp.MailOptions) error { return nil }
func (session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (session) Data(io.Reader) error                 { return errors.New("no data") }
func (session) Reset()                               {}
func (session) Logout() error                        { return nil }

type quiet struct{}

func (quiet) Printf(string, ...interface{}) {}
func (quiet) Println(...interface{})        {}
