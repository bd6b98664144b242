package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
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
			var primary struct {
				Primary diagnose.Finding `json:"primary"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &primary))
			assert.Equal(t, rep.Verdict.Code, primary.Primary.Code, "the page shows the finding that decided the verdict")

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
		{"1.1.1.1:993", true}, // a public address on a mail port
		{"[2606:4700:4700::1111]:587", true},
		{"1.1.1.1:22", false},        // not a mail port
		{"203.0.113.7:993", false},   // documentation (RFC 5737)
		{"[2001:db8::1]:587", false}, // documentation (RFC 3849)
		{"127.0.0.1:993", false},     // loopback
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

// TestBlockedPrefixes walks the table entry by entry: the first and the
// last address of every block are refused, with the entry named.
func TestBlockedPrefixes(t *testing.T) {
	for _, b := range blockedPrefixes {
		t.Run(b.prefix.String(), func(t *testing.T) {
			assert.NotEmpty(t, b.name)
			assert.Contains(t, []string{ipv4Special, ipv6Special, ipv4Multicast, ipv6Space}, b.registry, "every entry cites its registry")
			assert.Contains(t, b.rfc, "RFC ")
			first := b.prefix.Masked().Addr()
			last := lastAddr(b.prefix)
			for _, ip := range []netip.Addr{first, last} {
				got, blocked := blockedBy(ip)
				assert.True(t, blocked, "%s is in %s", ip, b.prefix)
				if blocked && !ip.Is4In6() {
					assert.True(t, got.prefix.Overlaps(b.prefix) || got.prefix == globalUnicast, "%s refused by %s, want %s", ip, got.prefix, b.prefix)
				}
				assert.Error(t, allowedDestination("tcp", netip.AddrPortFrom(ip, 993).String(), nil), "%s", ip)
			}
		})
	}
}

// TestEmbeddedIPv4 checks the IPv6 forms that carry an IPv4 address: each
// is refused when the address it carries is, and allowed when that one is
// public.
func TestEmbeddedIPv4(t *testing.T) {
	for _, tc := range []struct {
		addr string
		ok   bool
	}{
		{"64:ff9b::a00:1", false},      // NAT64 (RFC 6052) of 10.0.0.1
		{"64:ff9b::a9fe:a9fe", false},  // NAT64 of 169.254.169.254, the metadata address
		{"64:ff9b::6440:1", false},     // NAT64 of 100.64.0.1 (shared address space)
		{"64:ff9b::7f00:1", false},     // NAT64 of 127.0.0.1
		{"64:ff9b::101:101", true},     // NAT64 of 1.1.1.1
		{"64:ff9b:1::a00:1", false},    // the local-use NAT64 prefix (RFC 8215), whatever it carries
		{"2002:a00:1::1", false},       // 6to4 (RFC 3056) of 10.0.0.1
		{"2002:c0a8:101::1", false},    // 6to4 of 192.168.1.1
		{"2002:101:101::1", true},      // 6to4 of 1.1.1.1
		{"::ffff:10.0.0.1", false},     // IPv4-mapped private
		{"::ffff:198.18.0.1", false},   // IPv4-mapped benchmarking
		{"::ffff:1.1.1.1", true},       // IPv4-mapped public: reaches 1.1.1.1
		{"::10.0.0.1", false},          // IPv4-compatible (deprecated): refused whatever it carries
		{"::1.1.1.1", false},           //
		{"fec0::1", false},             // site-local (deprecated)
		{"100.64.0.1", false},          // shared address space
		{"198.19.255.255", false},      // the end of benchmarking's /15
		{"240.0.0.1", false},           // reserved
		{"0.1.2.3", false},             // "this network"
		{"2001:0:4136:e378::1", false}, // Teredo
	} {
		_, blocked := blockedBy(netip.MustParseAddr(tc.addr))
		assert.Equal(t, tc.ok, !blocked, tc.addr)
		err := allowedDestination("tcp", netip.AddrPortFrom(netip.MustParseAddr(tc.addr), 993).String(), nil)
		assert.Equal(t, tc.ok, err == nil, "%s: %v", tc.addr, err)
	}
}

// lastAddr returns the last address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	a := p.Masked().Addr().As16()
	bits := p.Bits()
	if p.Addr().Is4() {
		bits += 96
	}
	for i := bits; i < 128; i++ {
		a[i/8] |= 1 << (7 - i%8)
	}
	ip := netip.AddrFrom16(a)
	if p.Addr().Is4() {
		ip = ip.Unmap()
	}
	return ip
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

// TestTestConnectionRequestDeadline: a deadline on the request (a proxy's
// or a middleware's) that passes before the servers answer still gets the
// report, with the unfinished protocols marked interrupted, not a 500.
func TestTestConnectionRequestDeadline(t *testing.T) {
	fake := mailtest.NewTestServer(t, "no-greeting")
	acct := fake.Accounts()[0]
	h := &Handler{TLSConfig: fake.ClientTLSConfig(), Log: log.New(io.Discard, "", 0), AllowAnyDestination: true}
	body, err := json.Marshal(map[string]any{
		"email":    acct.Email,
		"password": acct.Password,
		"imap":     server(t, fake.IMAPTLS, "tls"),
		"smtp":     map[string]any{"skip": true},
	})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/test", bytes.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var rep diagnose.Report
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &rep))
	assert.True(t, rep.Interrupted)
	require.NotNil(t, rep.IMAP)
	assert.Equal(t, diagnose.CodeInterrupted, rep.IMAP.Code)
}
