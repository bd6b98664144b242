package imapcheck

import (
	"bytes"
	"encoding/base64"
	"net"
	"strings"
	"testing"

	"github.com/mailcheck-go/mailcheck/internal/tap"
	"github.com/mailcheck-go/mailcheck/probe"
)

// stubConn reads from r and discards writes: enough of a net.Conn for the
// tap.
type stubConn struct {
	net.Conn
	r *bytes.Reader
}

func (c stubConn) Read(p []byte) (int, error)  { return c.r.Read(p) }
func (c stubConn) Write(p []byte) (int, error) { return len(p), nil }

// FuzzTapRedaction records arbitrary traffic with a secret embedded in it,
// raw and in base64, in both directions and in arbitrary chunks, and
// checks that no transcript line contains the secret. The placeholder's own
// letters are masked before the check: a secret like "d]x" could otherwise
// be spelled by "[redacted]" plus what follows it, which reveals nothing.
func FuzzTapRedaction(f *testing.F) {
	// Seeds: a PLAIN exchange, a LOGIN with a quoted password, an XOAUTH2
	// line, a server echoing the password, and a chunk split inside the
	// secret.
	f.Add("correct horse", "a1 LOGIN \"alice\" \"", "\"\r\n", uint8(3))
	f.Add("correct horse", "a1 AUTHENTICATE PLAIN ", "\r\n", uint8(40))
	f.Add("ya29.token", "+ ", "\r\n", uint8(1))
	f.Add("pässwörd", "a1 NO [ALERT] you sent ", " to us\r\n", uint8(7))
	f.Add("abc", "", "", uint8(0))
	f.Fuzz(func(t *testing.T, secret, before, after string, chunk uint8) {
		if len(secret) < 3 || strings.ContainsAny(secret, "\r\n\x00") {
			return // tap works on lines; a secret with a newline is split, a short one is noise
		}
		b64 := base64.StdEncoding.EncodeToString([]byte(secret))
		data := before + secret + after + "\n" + before + b64 + after
		tp := tap.New(nil)
		tp.AddSecret(secret)
		c := tp.Wrap(stubConn{r: bytes.NewReader([]byte(data))})
		n := int(chunk%64) + 1
		for i := 0; i < len(data); i += n {
			j := min(i+n, len(data))
			_, _ = c.Write([]byte(data[i:j]))
		}
		buf := make([]byte, n)
		for {
			if _, err := c.Read(buf); err != nil {
				break
			}
		}
		for _, l := range tp.Transcript() {
			masked := strings.ReplaceAll(l.Text, probe.Redacted, "\x00")
			for _, s := range []string{secret, b64} {
				if strings.Contains(masked, s) {
					t.Fatalf("%s line %q contains the secret %q", l.Dir, l.Text, s)
				}
			}
		}
	})
}
