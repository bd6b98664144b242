package smtpcheck

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Generic behaviour against go-smtp's server: a second, independent SMTP
// implementation, with real STARTTLS, PLAIN and OAUTHBEARER servers.

// gsBackend accepts testUser with testPassword (PLAIN) or testToken
// (OAUTHBEARER), and records every mail transaction it saw.
type gsBackend struct {
	mu    sync.Mutex
	mails []string // "from -> to"
	data  int
}

func (b *gsBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &gsSession{b: b}, nil }

type gsSession struct {
	b    *gsBackend
	from string
}

var (
	_ smtp.Backend     = (*gsBackend)(nil)
	_ smtp.AuthSession = (*gsSession)(nil)
)

func (s *gsSession) AuthMechanisms() []string { return []string{sasl.Plain, sasl.OAuthBearer} }

func (s *gsSession) Auth(mech string) (sasl.Server, error) {
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if user == testUser && pass == testPassword {
				return nil
			}
			return smtp.ErrAuthFailed
		}), nil
	case sasl.OAuthBearer:
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if o.Username == testUser && o.Token == testToken {
				return nil
			}
			return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
		}), nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *gsSession) Mail(from string, _ *smtp.MailOptions) error {
	if from != testUser {
		// Exchange Online's send-as refusal.
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 60},
			Message: "SMTP; Client does not have permissions to send as this sender"}
	}
	s.from = from
	return nil
}

func (s *gsSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.b.mu.Lock()
	s.b.mails = append(s.b.mails, s.from+" -> "+to)
	s.b.mu.Unlock()
	return nil
}

func (s *gsSession) Data(r io.Reader) error {
	s.b.mu.Lock()
	s.b.data++
	s.b.mu.Unlock()
	return errors.New("the probe must never send DATA")
}

func (s *gsSession) Reset()        {}
func (s *gsSession) Logout() error { return nil }

// startGoSMTP serves be with go-smtp; implicit wraps the listener in TLS,
// starttls offers STARTTLS.
func startGoSMTP(t testing.TB, be smtp.Backend, implicit, starttls *tls.Config) (host string, port int) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := smtp.NewServer(be)
	srv.Domain = "gosmtp.test"
	srv.TLSConfig = starttls
	srv.ErrorLog = discardLogger{}
	var l net.Listener = ln
	if implicit != nil {
		l = tls.NewListener(ln, implicit)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(l)
	}()
	t.Cleanup(func() {
		_ = srv.Close()
		<-done
	})
	return "127.0.0.1", ln.Addr().(*net.TCPAddr).Port
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...interface{}) {}
func (discardLogger) Println(...interface{})        {}

func goSMTPOptions(host string, port int, sec probe.Security) Options {
	s := &fakeServer{host: host, port: port}
	return optionsFor(s, sec)
}

func TestGoSMTPServer(t *testing.T) {
	cfg := serverTLS(t)
	t.Run("starttls plain", func(t *testing.T) {
		be := &gsBackend{}
		host, port := startGoSMTP(t, be, nil, cfg)
		o := goSMTPOptions(host, port, probe.SecurityStartTLS)
		o.Recipient = "bob@example.test"
		res := probeOK(t, o)
		assert.True(t, res.OK, "OK")
		assert.Equal(t, "gosmtp.test ESMTP Service Ready", res.Banner, "Banner")
		// go-smtp offers AUTH only over TLS unless AllowInsecureAuth.
		assert.Nil(t, res.EHLOBeforeTLS.AuthMechanisms, "AUTH before TLS")
		assert.Equal(t, []string{"PLAIN", "OAUTHBEARER"}, res.EHLO.AuthMechanisms, "AUTH after TLS")
		assert.Equal(t, "PLAIN", res.Auth.Mechanism, "Auth.Mechanism")
		assert.Equal(t, []string{testUser + " -> bob@example.test"}, be.mails, "envelope")
		assert.Equal(t, 0, be.data, "DATA")
	})
	t.Run("wrong password", func(t *testing.T) {
		host, port := startGoSMTP(t, &gsBackend{}, cfg, nil)
		o := goSMTPOptions(host, port, probe.SecurityTLS)
		o.Password = "wrong"
		res := probeOK(t, o)
		assert.Equal(t, Reply{Code: 535, EnhancedCode: "5.7.8", Text: "Authentication failed",
			Lines: []string{"535 5.7.8 Authentication failed"}}, *res.Reply, "Reply")
	})
	t.Run("oauthbearer", func(t *testing.T) {
		host, port := startGoSMTP(t, &gsBackend{}, cfg, nil)
		o := goSMTPOptions(host, port, probe.SecurityTLS)
		o.Password, o.Token = "", testToken
		res := probeOK(t, o)
		assert.True(t, res.OK, "OK")
		assert.Equal(t, "OAUTHBEARER", res.Auth.Mechanism, "Auth.Mechanism")
	})
	t.Run("oauthbearer refused", func(t *testing.T) {
		host, port := startGoSMTP(t, &gsBackend{}, cfg, nil)
		o := goSMTPOptions(host, port, probe.SecurityTLS)
		o.Password, o.Token = "", "expired-Kz9-q7W2x"
		res := probeOK(t, o)
		assert.False(t, res.OK, "OK")
		assert.Equal(t, probe.StageAuthenticate, res.Stage, "Stage")
		a, _ := step(res, probe.StageAuthenticate)
		assert.Contains(t, a.Detail, `"status":"invalid_token"`, "detail lacks the JSON error")
		// go-smtp answers any SASL error that is not an *SMTPError with
		// 454 4.7.0 and the error's text; pinned so an upgrade is noticed.
		if assert.NotNil(t, res.Reply, "Reply") {
			assert.Equal(t, 454, res.Reply.Code, "Reply.Code")
			assert.Equal(t, "4.7.0", res.Reply.EnhancedCode, "Reply.EnhancedCode")
		}
	})
	t.Run("send-as refused at MAIL", func(t *testing.T) {
		be := &gsBackend{}
		host, port := startGoSMTP(t, be, cfg, nil)
		o := goSMTPOptions(host, port, probe.SecurityTLS)
		o.Recipient, o.From = "bob@example.test", "boss@example.test"
		res := probeOK(t, o)
		assert.Equal(t, probe.StageEnvelope, res.Stage, "Stage")
		assert.Equal(t, "5.7.60", res.Reply.EnhancedCode, "Reply.EnhancedCode")
		assert.Nil(t, res.Envelope.Rcpt, "Envelope.Rcpt")
		assert.Nil(t, be.mails, "mails")
	})
}
