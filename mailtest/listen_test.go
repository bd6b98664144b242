package mailtest

import (
	"crypto/tls"
	"encoding/json"
	"net"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// freePort returns a port that was free on host a moment ago: listen on
// port 0, note the port, close.
func freePort(t *testing.T, host string) int {
	t.Helper()
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// canListen skips the test when host is not configured on this machine
// (macOS has only 127.0.0.1 of 127.0.0.0/8 until an alias is added).
func canListen(t *testing.T, host string) {
	t.Helper()
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		t.Skipf("cannot listen on %s here: %v", host, err)
	}
	l.Close()
}

func addr(host string, port int) string { return net.JoinHostPort(host, strconv.Itoa(port)) }

func TestFixedPorts(t *testing.T) {
	s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
	imap, smtp := freePort(t, "127.0.0.1"), freePort(t, "127.0.0.1")
	s.Ports = Ports{IMAPTLS: imap, SMTPStartTLS: smtp}
	require.NoError(t, s.Start())
	defer s.Close()

	assert.Equal(t, addr("127.0.0.1", imap), s.IMAPTLS)
	assert.Equal(t, addr("127.0.0.1", smtp), s.SMTPStartTLS)
	assert.NotEmpty(t, s.IMAPStartTLS, "a listener without a fixed port gets a free one")
	assert.NotEmpty(t, s.SMTPTLS)
	l := s.Listing("")
	require.NotNil(t, l.IMAP)
	require.NotNil(t, l.SMTP)
	assert.Equal(t, s.IMAPTLS, l.IMAP.TLS, "the listing reports the fixed port")
	assert.Equal(t, s.SMTPStartTLS, l.SMTP.StartTLS)

	c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
	assert.Regexp(t, `^\* OK`, c.line())
	c = dial(t, s.SMTPStartTLS, nil)
	assert.Regexp(t, `^220 `, c.smtpReply()[0])
}

func TestListenHost(t *testing.T) {
	t.Run("127.0.0.2", func(t *testing.T) {
		canListen(t, "127.0.0.2")
		s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
		s.ListenHost = "127.0.0.2"
		port := freePort(t, "127.0.0.2")
		s.Ports.IMAPTLS = port
		require.NoError(t, s.Start())
		defer s.Close()

		assert.Equal(t, addr("127.0.0.2", port), s.IMAPTLS)
		for _, a := range []string{s.IMAPStartTLS, s.SMTPTLS, s.SMTPStartTLS} {
			h, _, err := net.SplitHostPort(a)
			require.NoError(t, err)
			assert.Equal(t, "127.0.0.2", h, "every listener uses ListenHost")
		}
		assert.Equal(t, "127.0.0.2", s.Host())
		assert.Equal(t, "127.0.0.2", s.ClientTLSConfig().ServerName)
		var ips []string
		for _, ip := range s.Certificate().IPAddresses {
			ips = append(ips, ip.String())
		}
		assert.Contains(t, ips, "127.0.0.2", "the leaf covers the host")
		assert.Contains(t, ips, "127.0.0.1", "and still the usual loopback addresses")

		// A client that verifies against the CA and the host.
		conn, err := tls.Dial("tcp", s.IMAPTLS, &tls.Config{RootCAs: s.RootCAs(), ServerName: "127.0.0.2", MinVersion: tls.VersionTLS12})
		require.NoError(t, err, "handshake with ServerName 127.0.0.2")
		conn.Close()
		c := dial(t, s.SMTPTLS, s.ClientTLSConfig())
		assert.Regexp(t, `^220 `, c.smtpReply()[0])
	})
	t.Run("127.0.0.2-wrong-host", func(t *testing.T) {
		canListen(t, "127.0.0.2")
		s := NewUnstartedServer(mustLookup(t, "cert-wrong-host"))
		s.ListenHost = "127.0.0.2"
		require.NoError(t, s.Start())
		defer s.Close()
		_, err := tls.Dial("tcp", s.IMAPTLS, s.ClientTLSConfig())
		var verr *tls.CertificateVerificationError
		assert.ErrorAs(t, err, &verr, "a wrong-host certificate stays wrong on another host")
	})
	t.Run("localhost", func(t *testing.T) {
		s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
		s.ListenHost = "LocalHost"
		require.NoError(t, s.Start())
		defer s.Close()
		assert.Contains(t, []string{"127.0.0.1", "::1"}, s.Host(), "localhost listens on a loopback address")
		assert.Equal(t, "localhost", s.ClientTLSConfig().ServerName)
		c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
		assert.Regexp(t, `^\* OK`, c.line())
	})
	t.Run("ipv6", func(t *testing.T) {
		canListen(t, "::1")
		s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
		s.ListenHost = "::1"
		require.NoError(t, s.Start())
		defer s.Close()
		assert.Regexp(t, `^\[::1\]:\d+$`, s.IMAPTLS)
		c := dial(t, s.IMAPTLS, s.ClientTLSConfig())
		assert.Regexp(t, `^\* OK`, c.line())
	})
}

// TestStartRefuses checks that Start refuses a host beyond loopback and
// Ports that do not fit the scenario, without listening, and that the
// server can start once the fields are fixed.
func TestStartRefuses(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		host     string
		ports    Ports
		want     string
	}{
		{"any-ipv4", "dovecot-postfix-ok", "0.0.0.0", Ports{}, `ListenHost "0.0.0.0" is not a loopback address`},
		{"any-ipv6", "dovecot-postfix-ok", "::", Ports{}, `ListenHost "::" is not a loopback address`},
		{"documentation-net", "dovecot-postfix-ok", "192.0.2.1", Ports{}, `ListenHost "192.0.2.1" is not a loopback address`},
		{"name", "dovecot-postfix-ok", "mail.example.org", Ports{}, `ListenHost "mail.example.org" is not a loopback address`},
		{"brackets", "dovecot-postfix-ok", "[::1]", Ports{}, `ListenHost "[::1]" is not a loopback address`},
		{"with-port", "dovecot-postfix-ok", "127.0.0.1:993", Ports{}, `is not a loopback address`},
		{"missing-listener", "microsoft365-ok", "", Ports{SMTPTLS: 2465}, `Ports.SMTPTLS is 2465 but scenario "microsoft365-ok" has no smtp-tls listener`},
		{"same-port", "dovecot-postfix-ok", "", Ports{IMAPTLS: 2000, SMTPTLS: 2000}, `Ports.IMAPTLS and Ports.SMTPTLS are both 2000`},
		{"negative", "dovecot-postfix-ok", "", Ports{IMAPStartTLS: -1}, `Ports.IMAPStartTLS is -1, not a port from 1 to 65535`},
		{"too-big", "dovecot-postfix-ok", "", Ports{SMTPStartTLS: 65536}, `Ports.SMTPStartTLS is 65536, not a port`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewUnstartedServer(mustLookup(t, tc.scenario))
			s.ListenHost, s.Ports = tc.host, tc.ports
			err := s.Start()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Empty(t, s.IMAPTLS+s.IMAPStartTLS+s.SMTPTLS+s.SMTPStartTLS, "no listener opened")
			assert.Empty(t, s.listeners, "no listener opened")
			assert.Nil(t, s.Certificate(), "refused before any work")

			s.ListenHost, s.Ports = "", Ports{}
			require.NoError(t, s.Start(), "Start once the fields are fixed")
			s.Close()
		})
	}
}

// TestBusyPort checks that a busy fixed port makes Start fail naming the
// listener and port, after closing the listeners it had opened.
func TestBusyPort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	busyPort := busy.Addr().(*net.TCPAddr).Port
	before := runtime.NumGoroutine()

	s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
	// smtp-starttls opens last: three listeners are open when it fails.
	others := []int{freePort(t, "127.0.0.1"), freePort(t, "127.0.0.1"), freePort(t, "127.0.0.1")}
	s.Ports = Ports{IMAPTLS: others[0], IMAPStartTLS: others[1], SMTPTLS: others[2], SMTPStartTLS: busyPort}
	err = s.Start()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "smtp-starttls listener on port "+strconv.Itoa(busyPort))
	assert.Empty(t, s.IMAPTLS+s.IMAPStartTLS+s.SMTPTLS+s.SMTPStartTLS, "no address of a closed listener")
	for _, p := range others {
		l, err := net.Listen("tcp", addr("127.0.0.1", p))
		if assert.NoError(t, err, "port %d was released", p) {
			l.Close()
		}
	}
	require.Eventually(t, func() bool { return runtime.NumGoroutine() <= before+1 }, 5*time.Second, 10*time.Millisecond,
		"goroutines left after a failed Start")
	assert.ErrorContains(t, s.Start(), "already started")
	s.Close()
}

// TestStartTwiceKeepsHost checks that a second Start leaves a running
// server's host alone, whatever the fields say now.
func TestStartTwiceKeepsHost(t *testing.T) {
	s := startScenario(t, "dovecot-postfix-ok", nil)
	s.ListenHost = "0.0.0.0"
	assert.ErrorContains(t, s.Start(), "already started")
	assert.Equal(t, "127.0.0.1", s.ClientTLSConfig().ServerName)
	b, err := json.Marshal(s.Listing(""))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"tls":"127.0.0.1:`)
}

// TestStartAfterClose: a server closed before it started does not start
// (a reviewer's find: it listened, and its second Close hung for ever).
func TestStartAfterClose(t *testing.T) {
	s := NewUnstartedServer(mustLookup(t, "dovecot-postfix-ok"))
	s.Close()
	err := s.Start()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "already closed")
	assert.Empty(t, s.IMAPTLS, "nothing listens")
	done := make(chan struct{})
	go func() { s.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close after a refused Start hangs")
	}
}
