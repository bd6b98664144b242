package probe

import (
	"strconv"
	"strings"
	"testing"
)

// Crashers found by the fuzzer go to testdata/fuzz/FuzzParseSecurity.

// FuzzParseSecurity checks that ParseSecurity accepts exactly the words its
// documentation lists (in any case, spaces around), maps each to its
// Security, accepts its own output, and names the input in its error.
func FuzzParseSecurity(f *testing.F) {
	want := map[string]Security{
		"tls": SecurityTLS, "ssl": SecurityTLS, "implicit": SecurityTLS, "ssl/tls": SecurityTLS, "tls/ssl": SecurityTLS,
		"starttls": SecurityStartTLS,
		"none":     SecurityNone, "plain": SecurityNone, "plaintext": SecurityNone, "no": SecurityNone,
	}
	for _, seed := range []string{
		"tls", "starttls", "none", // the three values
		"ssl", "implicit", // aliases of tls (Thunderbird's "SSL/TLS", Python's implicit TLS)
		"plain", "plaintext", // aliases of none
		"TLS", " tls", "tls\n", "StartTLS", "SSL/TLS", // case and spaces, as mail programs show them
		"start-tls", "STARTTLS=1", "", "\x00", "t\u0131ls", "tls tls", // near misses
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseSecurity(s)
		w, ok := want[strings.ToLower(strings.TrimSpace(s))]
		if ok != (err == nil) || got != w {
			t.Fatalf("ParseSecurity(%q) = %q, %v; want %q", s, got, err, w)
		}
		if err != nil {
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("ParseSecurity(%q): error %q does not name the input", s, err)
			}
			return
		}
		if again, err := ParseSecurity(string(got)); err != nil || again != got {
			t.Fatalf("ParseSecurity(%q) = %q, again %q, %v", s, got, again, err)
		}
	})
}
