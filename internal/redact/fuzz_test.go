package redact

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
)

// encodeAs renders secret in one of the forms a server might echo it in,
// chosen by form; pre is placed before it inside the same encoding, so the
// secret lands at every alignment.
func encodeAs(form uint8, pre, secret string) string {
	switch form % 10 {
	case 0:
		return secret
	case 1:
		return strconv.Quote(secret)
	case 2:
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(secret) + `"`
	case 3:
		return base64.StdEncoding.EncodeToString([]byte(pre + secret))
	case 4:
		return base64.RawURLEncoding.EncodeToString([]byte(pre + secret + "\x01\x01"))
	case 5:
		return hex.EncodeToString([]byte(secret))
	case 6:
		return strings.ToUpper(hex.EncodeToString([]byte(pre + secret)))
	case 7:
		return strings.ToUpper(secret)
	case 8:
		return strings.ToUpper(base64.StdEncoding.EncodeToString([]byte(pre + secret)))
	default:
		return strconv.QuoteToASCII(secret)
	}
}

// FuzzRedact embeds a secret in a random encoding, alignment and cut inside
// server-like text and checks the property the package promises: no
// fragment of the secret, in any form, survives. Cuts model a line cap or
// a close: the text is cut at an arbitrary byte and a line break may be
// inserted anywhere. The secret is kept to letters, digits and a few
// marks, at least 8 bytes, and sharing no 4 bytes with the markers:
// otherwise the markers themselves would spell part of it.
func FuzzRedact(f *testing.F) {
	f.Add("K9vQ2mXwR7tLp", "a1 LOGIN \"alice\" \"", "\" trailing", "", uint8(0), uint16(0), uint16(0))
	f.Add("ya29.a0AfB_byCtoken", "334 ", "", "user=a\x01auth=Bearer ", uint8(4), uint16(30), uint16(9))
	f.Add("correcthorse99", "Invalid: ", "...", "\x00", uint8(3), uint16(12), uint16(0))
	f.Add("S3cr3t-P4ss", "* OK ", "", "ab", uint8(8), uint16(0), uint16(14))
	f.Add("hunter2hunter2", "dump ", "", "", uint8(6), uint16(7), uint16(3))
	// Passphrases, letters only: every piece of them is a word a server
	// may say, and every piece goes all the same.
	f.Add("correcthorsebattery", `a1 BAD Invalid command: a1 LOGIN "alice" "`, "...", "", uint8(0), uint16(49), uint16(0))
	f.Add("correcthorsebattery", "* NO you sent ", " now", "", uint8(7), uint16(0), uint16(21))
	f.Add("Tenant-alex-01!", "535 5.7.139 SmtpClientAuthentication is disabled for the ", ".", "", uint8(0), uint16(63), uint16(0))
	f.Add("summerholidays", "+ ", "", "user=alice\x01auth=Bearer ", uint8(4), uint16(0), uint16(11))
	f.Add("passwordpassword", "334 ", "", "\x00alice\x00", uint8(3), uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, secret, before, after, pre string, form uint8, cut, wrap uint16) {
		if len(secret) < 8 || len(secret) > 200 || !plain(secret) || sharesWithMarkers(secret) {
			return
		}
		text := before + encodeAs(form, pre, secret) + after
		if c := int(cut); c > 0 && c < len(text) {
			text = text[:c] // a cap or a close cut the line here
		}
		if w := int(wrap); w > 0 && w < len(text) {
			text = text[:w] + "\r\n" + text[w:] // the server wrapped the line
		}
		out := New(secret).String(text)
		if l := leaks(out, secret); len(l) > 0 {
			t.Fatalf("in %q\nout %q\nleaks %q", text, out, l)
		}
	})
}

func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("._-!@#", c) >= 0) {
			return false
		}
	}
	return true
}

func sharesWithMarkers(s string) bool {
	ls := strings.ToLower(s)
	for _, m := range []string{Marker, DroppedLine} {
		m = strings.ToLower(m)
		for i := 0; i+3 <= len(m); i++ {
			if strings.Contains(ls, m[i:i+3]) {
				return true
			}
		}
	}
	return false
}
