package dial

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckHost(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"imap.example.com", "imap.example.com", ""},
		{"  imap.example.com \t", "imap.example.com", ""},
		{"[::1]", "::1", ""},
		{"::1", "::1", ""},
		{"fe80::1%eth0", "fe80::1%eth0", ""}, // a zoned link-local address (net.ParseIP refuses the zone)
		{"[fe80::1%eth0]", "fe80::1%eth0", ""},
		{"[fe80::1%eth0]:993", "", "includes a port"},
		{"192.0.2.1", "192.0.2.1", ""},
		{"bücher.example", "bücher.example", ""},
		{"", "", "host is empty"},
		{"   ", "", "host is empty"},
		{"imap.example .com", "", "spaces or control characters"},
		{"imap.example.com\r\n", "imap.example.com", ""}, // trailing space trimmed
		{"imap.exa\x00mple.com", "", "spaces or control characters"},
		{"imaps://imap.gmail.com", "", "is a URL"},
		{"imap.gmail.com:993", "", "includes a port: give the port (993) separately"},
		{"[::1]:993", "", "includes a port"},
		{"imap.example.com:", "", "not a server name"},
		{"user@imap.example.com", "", "holds a user name"},
		// A URL with credentials: the error quotes none of it.
		{"imaps://alice:Secr3t-Pw9@imap.example.com", "", "is a URL"},
		{"alice:Secr3t-Pw9@imap.example.com", "", "holds a user name"},
		{"imap.example.com/", "", "not a server name"},
	} {
		got, err := CheckHost(tc.in)
		if tc.err != "" {
			require.Error(t, err, "%q", tc.in)
			assert.Contains(t, err.Error(), tc.err, "%q", tc.in)
			assert.NotContains(t, err.Error(), "Secr3t", "%q: an error never quotes a URL's password", tc.in)
			continue
		}
		require.NoError(t, err, "%q", tc.in)
		assert.Equal(t, tc.want, got, "%q", tc.in)
	}
}

// FuzzCheckHost: any input gets a host or an error, never a panic; a host
// it gives has no space or control character and checks again as itself.
func FuzzCheckHost(f *testing.F) {
	for _, s := range []string{"imap.example.com", " [::1] ", "imaps://x", "x:993", "a\x00b", "[", "]", "[]", ":", "::ffff:1.2.3.4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := CheckHost(s)
		if err != nil {
			return
		}
		again, err := CheckHost(h)
		if err != nil || again != h {
			t.Fatalf("CheckHost(%q) = %q, which checks as %q, %v", s, h, again, err)
		}
	})
}

// TestCheckHostHidesTheSecrets: a password typed into the host, where the
// error would quote it, loses its bytes there as in every probe's text.
func TestCheckHostHidesTheSecrets(t *testing.T) {
	const pw = "Secr3t-Pw9"
	for _, host := range []string{"imap.example.test:" + pw, "imap.example.test " + pw} {
		_, err := CheckHost(host, pw, "")
		require.Error(t, err, host)
		assert.NotContains(t, err.Error(), "cr3t", host)
		_, bare := CheckHost(host)
		assert.Contains(t, bare.Error(), pw, "without the secrets the host is quoted as given")
	}
}
