package diagnose_test

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/internal/certgen"
	"github.com/mailcheck-go/mailcheck/probe"
)

// modeServer listens on loopback and serves every connection with fn
// until the test ends; Close waits for every connection's goroutine.
type modeServer struct {
	l  net.Listener
	wg sync.WaitGroup
}

func startModeServer(tb testing.TB, fn func(net.Conn)) string {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(tb, err)
	s := &modeServer{l: l}
	stop := make(chan struct{})
	var conns sync.Map
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns.Store(c, true)
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				defer c.Close()
				fn(c)
			}()
		}
	}()
	tb.Cleanup(func() {
		close(stop)
		_ = l.Close()
		conns.Range(func(k, _ any) bool { _ = k.(net.Conn).Close(); return true })
		s.wg.Wait()
	})
	return l.Addr().String()
}

// implicitTLS serves IMAP's greeting after a TLS handshake, as port 993 does.
func implicitTLS(tb testing.TB) string {
	cert, err := certgen.SelfSigned(certgen.LeafOptions{Hosts: []string{"127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)})
	require.NoError(tb, err)
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	return startModeServer(tb, func(c net.Conn) {
		tc := tls.Server(c, cfg)
		if tc.Handshake() == nil {
			_, _ = tc.Write([]byte("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"))
			_, _ = tc.Read(make([]byte, 512))
		}
	})
}

// plaintextIMAP greets at once in plaintext, as port 143 does.
func plaintextIMAP(tb testing.TB) string {
	return startModeServer(tb, func(c net.Conn) {
		_, _ = c.Write([]byte("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\r\n"))
		_, _ = c.Read(make([]byte, 512))
	})
}

// silent accepts and never sends a byte.
func silent(tb testing.TB) string {
	return startModeServer(tb, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
}

// wrongModeCases are the combinations of issue 10: each client mode
// against a port that expects another, and a silent service.
var wrongModeCases = []struct {
	name     string
	server   func(testing.TB) string
	security probe.Security
	want     diagnose.Code
}{
	{"plaintext on implicit TLS", implicitTLS, probe.SecurityNone, diagnose.CodeTLSWrongMode},
	{"STARTTLS on implicit TLS", implicitTLS, probe.SecurityStartTLS, diagnose.CodeTLSWrongMode},
	{"TLS on plaintext", plaintextIMAP, probe.SecurityTLS, diagnose.CodeTLSWrongMode},
	{"silent server", silent, probe.SecurityNone, diagnose.CodeConnectionTimeout},
	// A ClientHello that gets no byte back: a silent service, not a TLS
	// fault.
	{"TLS on a silent server", silent, probe.SecurityTLS, diagnose.CodeConnectionTimeout},
}

// diagnoseMode runs a connectivity-only IMAP diagnosis of addr with the
// whole diagnosis bounded by budget, as `mailcheck check --timeout` does.
func diagnoseMode(tb testing.TB, addr string, sec probe.Security, budget time.Duration) *diagnose.Report {
	tb.Helper()
	a := diagnose.Account{Email: "user@example.test", NoSMTP: true,
		IMAP: diagnose.Endpoint{Host: "127.0.0.1", Port: port(addr), Security: sec}}
	rep, err := diagnose.Diagnose(context.Background(), a, &diagnose.Options{Budget: budget,
		TLSConfig: &tls.Config{InsecureSkipVerify: true}})
	require.NoError(tb, err)
	return rep
}

// TestWrongModeWithinShortTimeout: with the whole diagnosis given 4 s
// (--timeout 4s), a wrong TLS mode is still named: the mode check starts
// beside the greeting wait instead of after it. Before, a plaintext client
// on an implicit-TLS port spent the whole greeting wait and came out as
// connection_timeout.
func TestWrongModeWithinShortTimeout(t *testing.T) {
	for _, tc := range wrongModeCases {
		t.Run(tc.name, func(t *testing.T) {
			rep := diagnoseMode(t, tc.server(t), tc.security, 4*time.Second)
			assert.Equal(t, tc.want, rep.IMAP.Code, "%+v", rep.IMAP.Outcome)
		})
	}
}

// BenchmarkWrongMode times the diagnosis of each wrong-mode combination
// and of a silent server at a 4 s timeout (docs/accuracy.md has figures
// from before and after the early mode check).
func BenchmarkWrongMode(b *testing.B) {
	for _, tc := range wrongModeCases {
		b.Run(tc.name, func(b *testing.B) {
			addr := tc.server(b)
			for b.Loop() {
				rep := diagnoseMode(b, addr, tc.security, 4*time.Second)
				if rep.IMAP.Code != tc.want && tc.want != diagnose.CodeConnectionTimeout {
					b.Fatalf("got %s, want %s", rep.IMAP.Code, tc.want)
				}
			}
		})
	}
}

// TestProbeOnOtherServicesPort: a probe answered by the other service's
// greeting (SMTP settings naming the IMAP or POP3 port, or the other way
// round) gets the advice for that, read from the line it could not parse;
// another line that is no mail protocol keeps the general reading.
func TestProbeOnOtherServicesPort(t *testing.T) {
	for _, tc := range []struct {
		proto               diagnose.Protocol
		greeting, situation string
	}{
		{diagnose.ProtocolSMTP, "* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n", "mailbox-port-for-smtp"},
		{diagnose.ProtocolSMTP, "+OK POP3 ready\r\n", "mailbox-port-for-smtp"},
		{diagnose.ProtocolSMTP, "HTTP/1.1 400 Bad Request\r\n", ""},
		{diagnose.ProtocolIMAP, "220 mail.example.org ESMTP Postfix\r\n", "smtp-port-for-mailbox"},
		{diagnose.ProtocolIMAP, "HTTP/1.1 400 Bad Request\r\n", ""},
	} {
		addr := startModeServer(t, func(c net.Conn) {
			_, _ = c.Write([]byte(tc.greeting))
			_, _ = c.Read(make([]byte, 512))
		})
		ep := diagnose.Endpoint{Host: "127.0.0.1", Port: port(addr), Security: probe.SecurityStartTLS}
		a := diagnose.Account{Email: "user@example.test", Password: "pw"}
		if tc.proto == diagnose.ProtocolSMTP {
			a.NoIMAP, a.SMTP = true, ep
		} else {
			a.NoSMTP, a.IMAP = true, ep
		}
		rep, err := diagnose.Diagnose(context.Background(), a, &diagnose.Options{Budget: 4 * time.Second})
		require.NoError(t, err)
		var code diagnose.Code
		if tc.proto == diagnose.ProtocolSMTP {
			code = rep.SMTP.Code
		} else {
			code = rep.IMAP.Code
		}
		assert.Equal(t, diagnose.CodeProtocolError, code, tc.greeting)
		var situation string
		for _, f := range rep.Findings {
			if f.Protocol == tc.proto && f.Remediation != nil {
				situation = f.Remediation.Situation
				break
			}
		}
		assert.Equal(t, tc.situation, situation, tc.greeting)
	}
}
