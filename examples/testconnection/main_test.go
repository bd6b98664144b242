package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/diagnose"
	"github.com/mailcheck-go/mailcheck/mailtest"
)

// TestTestConnection posts settings for fake servers and checks the
// report, and that the password appears neither in the response nor in
// the log.
func TestTestConnection(t *testing.T) {
	for _, name := range []string{"dovecot-postfix-ok", "gmail-app-password-required", "microsoft365-imap-basic-auth-retired"} {
		t.Run(name, func(t *testing.T) {
			fake := mailtest.NewTestServer(t, name)
			acct := fake.Accounts()[0]
			var logs bytes.Buffer
			// The fakes listen on loopback, which the SSRF guard refuses.
			api := httptest.NewServer(&Handler{TLSConfig: fake.ClientTLSConfig(), Log: log.New(&logs, "", 0), AllowAnyDestination: true})
			t.Cleanup(api.Close)

			body := map[string]any{
				"email":    acct.Email,
				"username": acct.Login(),
				"password": acct.Password,
				"imap":     server(t, fake.IMAPTLS, "tls"),
				"smtp":     server(t, fake.SMTPStartTLS, "starttls"),
			}
			resp, out := post(t, api.URL, body)
			require.Equal(t, http.StatusOK, resp.StatusCode, out)

			var rep diagnose.Report
			require.NoError(t, json.Unmarshal([]byte(out), &rep))
			require.NotNil(t, rep.IMAP)
			require.NotNil(t, rep.SMTP)
			assert.Equal(t, diagnose.Code(fake.Scenario.IMAPCode), rep.IMAP.Code)
			assert.Equal(t, diagnose.Code(fake.Scenario.SMTPCode), rep.SMTP.Code)
			assert.Equal(t, acct.Email, rep.Email)

			for what, s := range map[string]string{"response": out, "log": logs.String()} {
				assert.NotContains(t, s, acct.Password, "password in the %s", what)
				assert.NotContains(t, s, base64.StdEncoding.EncodeToString([]byte(acct.Password)), "base64 password in the %s", what)
			}
			assert.Contains(t, logs.String(), acct.Email, "the log says whose settings were tested")
		})
	}
}

// TestTestConnectionBadRequest checks that malformed settings get 400 with
// a message, and the password is not echoed in it.
func TestTestConnectionBadRequest(t *testing.T) {
	api := httptest.NewServer(&Handler{Log: log.New(io.Discard, "", 0)})
	t.Cleanup(api.Close)
	tests := []struct {
		name string
		body any
	}{
		{"not an address", map[string]any{"email": "nobody", "password": "s3cret-Pass"}},
		{"unknown field", map[string]any{"email": "a@example.com", "password": "s3cret-Pass", "pasword": "s3cret-Pass"}},
		{"both skipped", map[string]any{"email": "a@example.com", "password": "s3cret-Pass", "imap": map[string]any{"skip": true}, "smtp": map[string]any{"skip": true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, out := post(t, api.URL, tc.body)
			assert.Equal(t, http.StatusBadRequest, resp.StatusCode, out)
			assert.Contains(t, out, `"error"`)
			assert.NotContains(t, out, "s3cret-Pass")
		})
	}
	resp, err := http.Get(api.URL)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

// TestTestConnectionRefusesLoopback checks the SSRF guard: with the
// default Handler a caller cannot make the server connect to loopback,
// neither by address nor by a name that resolves to it.
func TestTestConnectionRefusesLoopback(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	port := l.Addr().(*net.TCPAddr).Port

	api := httptest.NewServer(&Handler{Log: log.New(io.Discard, "", 0)})
	t.Cleanup(api.Close)
	for _, host := range []string{"127.0.0.1", "localhost"} {
		resp, out := post(t, api.URL, map[string]any{
			"email": "a@example.com", "password": "s3cret-Pass",
			"imap": map[string]any{"host": host, "port": port, "security": "tls"},
			"smtp": map[string]any{"skip": true},
		})
		require.Equal(t, http.StatusOK, resp.StatusCode, out)
		var rep diagnose.Report
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		require.NotNil(t, rep.IMAP)
		assert.NotEqual(t, diagnose.CodeOK, rep.IMAP.Code, host)
		assert.Contains(t, out, "destination not allowed", host)
	}
	// Nothing reached the listener: a connection would be waiting.
	require.NoError(t, l.(*net.TCPListener).SetDeadline(time.Now().Add(100*time.Millisecond)))
	c, err := l.Accept()
	if err == nil {
		c.Close()
	}
	assert.Error(t, err, "the guard let a connection through to loopback")
}

func TestAllowedDestination(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"203.0.113.7:993", true}, // a public address (documentation range, but global unicast) on a mail port
		{"[2001:db8::1]:587", true},
		{"203.0.113.7:22", false}, // not a mail port
		{"127.0.0.1:993", false},  // loopback
		{"[::1]:993", false},
		{"10.1.2.3:143", false}, // RFC 1918
		{"192.168.1.1:465", false},
		{"169.254.169.254:993", false}, // link-local: cloud metadata
		{"[fd00::1]:993", false},       // unique local
		{"[::ffff:127.0.0.1]:993", false},
		{"0.0.0.0:993", false},
		{"224.0.0.1:993", false},
	}
	for _, tc := range tests {
		err := allowedDestination("tcp", tc.addr, nil)
		assert.Equal(t, tc.ok, err == nil, "%s: %v", tc.addr, err)
	}
}

func server(t *testing.T, addr, security string) map[string]any {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	require.NoError(t, err)
	n, err := strconv.Atoi(port)
	require.NoError(t, err)
	return map[string]any{"host": host, "port": n, "security": security}
}

func post(t *testing.T, url string, body any) (*http.Response, string) {
	t.Helper()
	b, err := json.Marshal(body)
	require.NoError(t, err)
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(out)
}
