package main

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/mailtest"
)

// freePort returns a port that was free on host a moment ago: listen on
// port 0, note the port, close.
func freePort(t *testing.T, host string) int {
	t.Helper()
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		t.Skipf("cannot listen on %s here: %v", host, err) // macOS has no 127.0.0.2 until an alias is added
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestFakeListenHostAndPort runs "mailcheck fake" on 127.0.0.2 with a fixed
// IMAP port: the JSON line shows both with its usual fields, a client that
// verifies the certificate against the CA file and 127.0.0.2 gets the
// greeting, and SIGINT ends it with status 0.
func TestFakeListenHostAndPort(t *testing.T) {
	port := freePort(t, "127.0.0.2")
	f := startFakeBinary(t, "--scenario", "dovecot-postfix-ok",
		"--listen-host", "127.0.0.2", "--imap-tls-port", strconv.Itoa(port))
	line := f.line
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(line), &fields), line)
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	assert.Equal(t, []string{"accounts", "ca_file", "host", "imap", "scenario", "smtp"}, keys, "the line keeps its fields")

	var l mailtest.Listing
	require.NoError(t, json.Unmarshal([]byte(line), &l), line)
	require.NotNil(t, l.IMAP)
	require.NotNil(t, l.SMTP)
	assert.Equal(t, net.JoinHostPort("127.0.0.2", strconv.Itoa(port)), l.IMAP.TLS, "the fixed port on the host")
	assert.Equal(t, "127.0.0.2", l.Host, "the host alone")
	for _, a := range []string{l.IMAP.StartTLS, l.SMTP.TLS, l.SMTP.StartTLS} {
		assert.True(t, strings.HasPrefix(a, "127.0.0.2:"), "%s is on the listen host", a)
	}

	pem, err := os.ReadFile(l.CAFile)
	require.NoError(t, err)
	roots := x509.NewCertPool()
	require.True(t, roots.AppendCertsFromPEM(pem))
	d := &net.Dialer{Timeout: 5 * time.Second}
	conn, err := tls.DialWithDialer(d, "tcp", l.IMAP.TLS, &tls.Config{RootCAs: roots, ServerName: "127.0.0.2", MinVersion: tls.VersionTLS12})
	require.NoError(t, err, "TLS to the fixed port, verifying 127.0.0.2")
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	greeting, err := bufio.NewReader(conn).ReadString('\n')
	conn.Close()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(greeting, "* OK"), "greeting %q", greeting)

	f.interrupt(t)
	assert.NoFileExists(t, l.CAFile, "the CA file is removed on exit")
}

// TestFakeBusyPort checks that a busy fixed port ends fake at once with a
// line naming the listener and the port, and nothing on stdout.
func TestFakeBusyPort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	port := strconv.Itoa(busy.Addr().(*net.TCPAddr).Port)
	r := runBinary(t, invocation{args: []string{"fake", "--scenario", "dovecot-postfix-ok", "--smtp-starttls-port", port}})
	assert.Equal(t, exitInternal, r.code, "stderr: %s", r.stderr)
	assert.Empty(t, r.stdout)
	assert.Contains(t, r.stderr, "smtp-starttls listener on port "+port)
	assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "one line: %q", r.stderr)
}
