package tap_test

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/internal/tap"
)

// FuzzTapStream sends server bytes holding a secret, in one of its forms,
// through the tap in chunks of any size, wrapped over lines, cut short by
// a close or pushed past the line cap, and checks the transcript with
// redact.Leaks: the tap scrubs the stream, so no piece of the secret shows
// however the bytes arrived. The secret is kept to the characters
// passwords and tokens use and to 8 bytes or more, and shares nothing
// with the placeholders (which would spell part of it).
func FuzzTapStream(f *testing.F) {
	f.Add("K9vQ2mXw#R7tLp", "a1 NO you sent ", " ok\r\n", uint8(0), uint16(0), uint16(0), uint8(7))
	f.Add("ya29.A0ARrdaM-9xQz", "334 ", "\r\n", uint8(3), uint16(9), uint16(0), uint8(1))
	f.Add("hunter2hunter2", "* BYE ", "", uint8(1), uint16(0), uint16(11), uint8(64))
	f.Add("S3cr3t-P4ss!", "* OK "+strings.Repeat("x", 4090), "\r\n", uint8(0), uint16(0), uint16(0), uint8(200))
	f.Fuzz(func(t *testing.T, secret, before, after string, form uint8, wrap, cut uint16, chunk uint8) {
		if len(secret) < 8 || len(secret) > 100 || !plain(secret) || sharesWithMarkers(secret) {
			return
		}
		var enc string
		switch form % 6 {
		case 0:
			enc = secret
		case 1:
			enc = base64.StdEncoding.EncodeToString([]byte("\x00u\x00" + secret))
		case 2:
			enc = strconv.Quote(secret)
		case 3:
			enc = strings.ToUpper(hex.EncodeToString([]byte(secret)))
		case 4:
			enc = base64.RawURLEncoding.EncodeToString([]byte(secret))
		default:
			enc = strings.ToUpper(secret)
		}
		data := before + enc + after
		if w := int(wrap); w > 0 && w < len(data) {
			data = data[:w] + "\r\n" + data[w:]
		}
		if c := int(cut); c > 0 && c < len(data) {
			data = data[:c] // the server closed here
		}
		tp := tap.New(nil)
		tp.AddSecret(secret)
		s := &script{}
		n := int(chunk) + 1
		for i := 0; i < len(data); i += n {
			s.reads = append(s.reads, []byte(data[i:min(i+n, len(data))]))
		}
		c := tp.Wrap(s)
		buf := make([]byte, 64<<10)
		for {
			if _, err := c.Read(buf); err != nil {
				break
			}
		}
		out := tp.Transcript().String()
		if l := redact.Leaks(out, secret); len(l) > 0 {
			t.Fatalf("data %q\ntranscript %q\nleaks %q", data, out, l)
		}
	})
}

func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("._-!#", c) >= 0) {
			return false
		}
	}
	return true
}

func sharesWithMarkers(s string) bool {
	ls := strings.ToLower(s)
	for _, m := range []string{redact.Marker, redact.DroppedLine, "[line truncated]", "[transcript truncated"} {
		m = strings.ToLower(m)
		for i := 0; i+3 <= len(m); i++ {
			if strings.Contains(ls, m[i:i+3]) {
				return true
			}
		}
	}
	return false
}
