// Command apptest is a small "application" that sends a notification by
// SMTP submission, with the error handling we recommend: when sending
// fails, it asks diagnose.Explain what the server's words mean and shows
// the user one sentence and what to do, instead of "SMTP error 535:
// 5.7.139 Authentication unsuccessful, ...".
//
// main_test.go is the point of this example: it tests that error handling
// against mailtest's fake servers, which replay real providers' exact
// replies. Copy the pattern into your own tests.
//
// Run it against a real server (the password comes from the environment):
//
//	MAILCHECK_PASSWORD=... go run ./examples/apptest -host smtp.example.com -user you@example.com -to you@example.com
package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Settings is what a user configured for sending.
type Settings struct {
	Host     string
	Port     int // submission with STARTTLS; default 587
	Username string
	Password string
	From     string
}

// Mailer sends the application's notifications. Its fields are the seams a
// test fills; the zero value dials the real server with the system roots.
type Mailer struct {
	// Dial connects to "host:port". Tests point it at a fake server while
	// Settings keeps the real host name, which the error handling needs to
	// recognise the provider.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// TLSConfig is cloned; tests set the fake's CA and server name.
	TLSConfig *tls.Config
}

// UserError is what the application shows when it cannot send: a stable
// code to branch on, one sentence, and what to do.
type UserError struct {
	Code    diagnose.Code
	Message string // one sentence for the user
	Advice  string // the catalogue's steps for the user
	Err     error  // the underlying error, for the log
}

func (e *UserError) Error() string { return e.Message }
func (e *UserError) Unwrap() error { return e.Err }

var _ error = (*UserError)(nil)

// sendTimeout bounds one notification: a slow provider answers a failed
// AUTH after a few seconds on purpose, and nobody waits a minute.
const sendTimeout = 30 * time.Second

// Send sends a short text message. Every failure comes back as a
// *UserError.
func (m *Mailer) Send(ctx context.Context, s Settings, to, subject, body string) error {
	stage, err := m.send(ctx, s, to, subject, body)
	if err != nil {
		return explainError(err, stage, s)
	}
	return nil
}

// send does the work and says at which stage it failed.
func (m *Mailer) send(ctx context.Context, s Settings, to, subject, body string) (probe.Stage, error) {
	port := s.Port
	if port == 0 {
		port = 587
	}
	dial := m.Dial
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	conn, err := dial(ctx, "tcp", net.JoinHostPort(s.Host, strconv.Itoa(port)))
	if err != nil {
		return probe.StageConnect, err
	}
	// go-smtp takes no context: close the connection when ctx ends.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	cfg := &tls.Config{}
	if m.TLSConfig != nil {
		cfg = m.TLSConfig.Clone()
	}
	if cfg.ServerName == "" {
		cfg.ServerName = s.Host
	}
	c, err := smtp.NewClientStartTLS(conn, cfg)
	if err != nil {
		conn.Close()
		return probe.StageStartTLS, err
	}
	defer c.Close()
	// Exchange Online offers "AUTH LOGIN XOAUTH2", no PLAIN; the test
	// against the Microsoft 365 fake caught a first version of this code
	// that always sent PLAIN and showed users "no common mechanism".
	auth := sasl.NewPlainClient("", s.Username, s.Password)
	if !c.SupportsAuth("PLAIN") && c.SupportsAuth("LOGIN") {
		auth = sasl.NewLoginClient(s.Username, s.Password)
	}
	if err := c.Auth(auth); err != nil {
		return probe.StageAuthenticate, err
	}
	msg := "From: " + s.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body + "\r\n"
	if err := c.SendMail(s.From, []string{to}, strings.NewReader(msg)); err != nil {
		return probe.StageEnvelope, err
	}
	_ = c.Quit()
	return "", nil
}

// explainError turns a Go error into a *UserError. The server's own words
// are the best evidence, so an *smtp.SMTPError is turned back into the
// reply line the server sent ("535 5.7.139 Authentication unsuccessful,
// ..."); any other error (TLS, network) is explained from its text.
func explainError(err error, stage probe.Stage, s Settings) *UserError {
	text := err.Error()
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		text = strconv.Itoa(se.Code)
		if ec := se.EnhancedCode; ec != smtp.EnhancedCodeNotSet && ec != smtp.NoEnhancedCode {
			text += fmt.Sprintf(" %d.%d.%d", ec[0], ec[1], ec[2])
		}
		text += " " + se.Message
	}
	f := diagnose.Explain(text, diagnose.Hints{Protocol: diagnose.ProtocolSMTP, Host: s.Host, Stage: stage})
	return &UserError{
		Code:    f.Code,
		Message: f.Summary,
		Advice:  diagnose.RenderRemediation(f, diagnose.AudienceUser),
		Err:     err,
	}
}

func main() {
	host := flag.String("host", "", "SMTP submission server (STARTTLS)")
	port := flag.Int("port", 587, "submission port")
	user := flag.String("user", "", "user name, also the sender")
	to := flag.String("to", "", "recipient")
	flag.Parse()
	if *host == "" || *user == "" || *to == "" {
		fmt.Fprintln(os.Stderr, "usage: apptest -host HOST -user USER -to ADDR (password in MAILCHECK_PASSWORD)")
		os.Exit(2)
	}
	var m Mailer
	s := Settings{Host: *host, Port: *port, Username: *user, Password: os.Getenv("MAILCHECK_PASSWORD"), From: *user}
	err := m.Send(context.Background(), s, *to, "Test from apptest", "It works.")
	var ue *UserError
	if errors.As(err, &ue) {
		fmt.Printf("Could not send: %s\n\n%s\n", ue.Message, strings.TrimSpace(ue.Advice))
		os.Exit(1)
	}
	fmt.Println("Sent.")
}
