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
			fake := mailtest.Start(t, name)
			acct := fake.Accounts()[0]
			var logs bytes.Buffer
			api := httptest.NewServer(&Handler{TLSConfig: fake.ClientTLSConfig(), Log: log.New(&logs, "", 0)})
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
