package main

import (
	"net"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Crashers found by the fuzzers below go to testdata/fuzz/<FuzzName>.

// FuzzParseHostPort checks the --imap and --smtp parser: it never panics;
// what it accepts is a host without spaces, control characters, slashes or
// "@", and a port from 1 to 65535 or none; a host with a colon and no port
// is an IPv6 address; the flag's String form parses to the same host and
// port; and with a port, host and port round-trip through
// net.JoinHostPort and net.SplitHostPort.
func FuzzParseHostPort(f *testing.F) {
	for _, seed := range []string{
		"imap.gmail.com",              // host alone: the default port follows from the security
		"smtp.office365.com:587",      // host and port
		"outlook.office365.com:993",   //
		"127.0.0.1:1143",              // the fake's loopback listener
		"[::1]:993",                   // bracketed IPv6 with a port
		"[::1]",                       // bracketed IPv6 without a port
		"::1",                         // bare IPv6: no port
		"2001:db8::1:993",             // bare IPv6 that looks like it has a port: no port
		"[fe80::1%eth0]:993",          // zone
		" imap.example.com:993 ",      // pasted with spaces
		"imap.example.com:0",          // port out of range
		"imap.example.com:65536",      //
		"imap.example.com:+993",       // signed port
		"imap.example.com:imaps",      // service name
		"imap.example.com:",           // empty port
		":993",                        // no host
		"user@imap.example.com:993",   // a user in the host
		"imap://imap.example.com:993", // a URL
		"imap.example.com\t:993",      // a tab in the host
		"imap\x00.example.com",        // NUL
		"[imap.example.com]:993",      // brackets around a name
		"[::1]:993:1",                 // too many colons
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		host, port, err := parseHostPort(s)
		var fl endpointFlag
		if setErr := fl.Set(s); (setErr == nil) != (err == nil) {
			t.Fatalf("Set(%q) = %v, parseHostPort: %v", s, setErr, err)
		}
		if err != nil {
			return
		}
		if host == "" || strings.ContainsAny(host, "/@") || strings.ContainsFunc(host, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r)
		}) {
			t.Fatalf("parseHostPort(%q) accepted host %q", s, host)
		}
		if port < 0 || port > 65535 {
			t.Fatalf("parseHostPort(%q) accepted port %d", s, port)
		}
		if port == 0 && strings.Contains(host, ":") && net.ParseIP(host) == nil {
			t.Fatalf("parseHostPort(%q) = %q without a port", s, host)
		}
		h2, p2, err := parseHostPort(fl.String())
		if err != nil || h2 != host || p2 != port {
			t.Fatalf("parseHostPort(%q) = %q, %d; String %q parses to %q, %d, %v", s, host, port, fl.String(), h2, p2, err)
		}
		if port != 0 {
			hp := net.JoinHostPort(host, strconv.Itoa(port))
			h3, p3, err := net.SplitHostPort(hp)
			if err != nil || h3 != host || p3 != strconv.Itoa(port) {
				t.Fatalf("%q: JoinHostPort %q splits to %q, %q, %v", s, hp, h3, p3, err)
			}
		}
	})
}

// FuzzParseAddress checks --email and --send-test-to: it never panics; an
// address it accepts is exactly the input, holds an "@", no line break, and
// formats (as a mail header would) to text that parses to the same address.
func FuzzParseAddress(f *testing.F) {
	for _, seed := range []string{
		"alice@example.com",           // the usual
		"alice+tag@sub.example.co.uk", // subaddress
		"Alice <alice@example.com>",   // a display name
		"<alice@example.com>",         // angle brackets
		" alice@example.com",          // leading space
		"alice@example.com\r\nBcc: x", // header injection
		`"alice smith"@example.com`,   // quoted local part
		`"al\"ice"@example.com`,       // quoted pair
		"alice@[192.0.2.1]",           // domain literal
		"alice@example.com (Alice)",   // comment
		"ålice@exämple.com",           // EAI (RFC 6532)
		"alice@",                      // no domain
		"@example.com",                // no local part
		"alice",                       // no @
		"a@b@c",                       // two @
		"=?utf-8?q?Alice?= <a@b.c>",   // encoded word
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseAddress(s)
		var fl addressFlag
		if setErr := fl.Set(s); (setErr == nil) != (err == nil) || fl.v != v {
			t.Fatalf("Set(%q) = %v, %q; parseAddress: %q, %v", s, setErr, fl.v, v, err)
		}
		if err != nil {
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("parseAddress(%q): error %q does not quote the input", s, err)
			}
			return
		}
		if v != s || !strings.Contains(v, "@") || strings.ContainsAny(v, "\r\n") {
			t.Fatalf("parseAddress(%q) = %q", s, v)
		}
		formatted := (&mail.Address{Address: v}).String()
		a, err := mail.ParseAddress(formatted)
		if err != nil || a.Address != v {
			t.Fatalf("parseAddress(%q) = %q; formatted %q parses to %+v, %v", s, v, formatted, a, err)
		}
	})
}

// FuzzSecurityFlag checks --imap-security and --smtp-security: exactly the
// words probe.ParseSecurity takes, in any case and with spaces around, and
// the flag's String form is accepted again.
func FuzzSecurityFlag(f *testing.F) {
	for _, seed := range []string{
		"tls", "starttls", "none", // the documented words
		"ssl", "implicit", "plain", "plaintext", // aliases
		"TLS", " StartTLS ", "SSL/TLS", "start-tls", "", "\u212aLS", "No", // case, spaces, labels, near misses
	} {
		f.Add(seed)
	}
	words := []string{"tls", "ssl", "implicit", "ssl/tls", "tls/ssl", "starttls", "none", "plain", "plaintext", "no"}
	f.Fuzz(func(t *testing.T, s string) {
		var fl securityFlag
		err := fl.Set(s)
		if want := slices.Contains(words, strings.ToLower(strings.TrimSpace(s))); want != (err == nil) {
			t.Fatalf("Set(%q) = %v", s, err)
		}
		if err != nil {
			return
		}
		var again securityFlag
		if err := again.Set(fl.String()); err != nil || again.v != fl.v {
			t.Fatalf("Set(%q) = %q; Set(String()) = %q, %v", s, fl.v, again.v, err)
		}
	})
}
