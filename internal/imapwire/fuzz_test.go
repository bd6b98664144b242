package imapwire

import (
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and that a parsed response
// formats to a line that parses to the same fields.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		// Dovecot greetings and refusals (real-servers.md, providers.md §15).
		"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot (Debian) ready.",
		"* OK Waiting for authentication process to respond..",
		"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
		"a1 NO [UNAVAILABLE] Temporary authentication failure.",
		"* BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. If anyone was listening, the password was exposed.",
		"a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
		"a1 NO [ALERT] Unsupported authentication mechanism.",
		"a2 NO [CONTACTADMIN] account suspended",
		"a2 NO [EXPIRED] Password expired",
		// Exchange Online (providers.md §1).
		"* OK The Microsoft Exchange IMAP4 service is ready. [UwBOADEAUABSADAAMgBDAEEAMAAwADEANQAuAG4AYQBtAHAAcgBkADAAMgAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]",
		"a1 NO AUTHENTICATE failed.",
		"a3 BAD User is authenticated but not connected.",
		"* BYE Connection closed. 14",
		"* BYE Microsoft Exchange Server IMAP4 server signing off.",
		// Gmail (providers.md §2, Google's XOAUTH2 page).
		"* OK Gimap ready for requests from 192.0.2.1 z12mb1234567abc",
		"+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
		"a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
		// iCloud and Yandex.
		"* OK [CAPABILITY st11p00mm-iscream022 15E205 XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN] iSCREAM ready to rumble (1B145-7c3e7b1b) st11p00mm-iscream022 [3]",
		"a1 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials or IMAP is disabled sc=abc123",
		// Shapes: numeric, continuation, odd brackets, not IMAP.
		"* 23 EXISTS", "+", "+ ", "* OK [", "* OK []", "* OK [A ] x", "* ok [alert]b",
		"220 smtp.gmail.com ESMTP - gsmtp", "\x16\x03\x01",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		r, err := Parse(line)
		if err != nil {
			return
		}
		r2, err := Parse(r.String())
		if err != nil {
			t.Fatalf("Parse(%q) ok, Parse(String()=%q): %v", line, r.String(), err)
		}
		r.Line, r2.Line = "", ""
		if *r != *r2 {
			t.Fatalf("not stable:\n%q\n%+v\n%+v", line, r, r2)
		}
		_ = r.Capabilities()
		if strings.ContainsAny(r.Type, " \r\n") {
			t.Fatalf("type %q", r.Type)
		}
	})
}
