package redact

import (
	"encoding/base64"
	"encoding/hex"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Secrets of the tests: a password with quoting trouble, a token.
const (
	pw    = `K9vQ2mXwR7t"Lp\z`
	token = "ya29.a0AfB_byC-Zq81xTokenForTests0123"
)

// leaks is Leaks: the property the package promises, checked by plain
// string searches.
func leaks(out, secret string) []string { return Leaks(out, secret) }

func b64at(enc *base64.Encoding, prefix, s, suffix string) string {
	return enc.EncodeToString([]byte(prefix + s + suffix))
}

func TestStringForms(t *testing.T) {
	r := New(pw, token)
	cases := []struct {
		name, in string
	}{
		{"raw", "a1 NO you sent " + pw + " which is wrong"},
		{"clipped echo", `Invalid command: a1 LOGIN "alice@example.com" "` + pw[:11] + "..."},
		{"suffix after a cut", pw[6:] + " trailing words"},
		{"imap quoted", `a1 BAD "K9vQ2mXwR7t\"Lp\\z"`},
		{"go quoted", "error: " + strconv.Quote(pw)},
		{"ascii quoted token", strconv.QuoteToASCII(token)},
		{"upper case", "ECHO " + strings.ToUpper(pw)},
		{"hex lower", "dump " + hex.EncodeToString([]byte(pw))},
		{"hex upper", "DUMP " + strings.ToUpper(hex.EncodeToString([]byte(token)))},
		{"base64 std padded", "334 " + base64.StdEncoding.EncodeToString([]byte(pw))},
		{"base64 unpadded", "+ " + base64.RawStdEncoding.EncodeToString([]byte(token))},
		{"base64 url", "+ " + base64.URLEncoding.EncodeToString([]byte(token))},
		{"base64 align 1", "x " + b64at(base64.StdEncoding, "\x00", pw, "")},
		{"base64 align 2", "x " + b64at(base64.StdEncoding, "ab", pw, "\x01\x01")},
		{"base64 inside PLAIN blob", "a1 AUTHENTICATE PLAIN " + b64at(base64.StdEncoding, "\x00alice@example.test\x00", pw, "")},
		{"base64 inside XOAUTH2 blob", b64at(base64.StdEncoding, "user=alice@example.test\x01auth=Bearer ", token, "\x01\x01")},
		{"base64 upper-cased", strings.ToUpper(base64.StdEncoding.EncodeToString([]byte(token)))},
		{"challenge quoting the token", "+ " + base64.StdEncoding.EncodeToString([]byte(`{"status":"401","token":"`+token+`"}`))},
		{"base64 of hex", "+ " + base64.StdEncoding.EncodeToString([]byte(hex.EncodeToString([]byte(pw))))},
		{"wrapped over two lines", "535-5.7.8 " + pw[:7] + "\r\n535 5.7.8 " + pw[7:]},
		{"split three bytes and rest", "* OK " + pw[:3] + "\n* OK " + pw[3:]},
		{"base64 wrapped", "334 " + base64.StdEncoding.EncodeToString([]byte(token))[:9] + "\n334 " + base64.StdEncoding.EncodeToString([]byte(token))[9:]},
		{"json escaped", `{"pw":"K9vQ2mXwR7t\"Lp\\z"}`},
		{"url escaped", "https://x.test/?p=" + "K9vQ2mXwR7t%22Lp%5Cz"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := r.String(tc.in)
			assert.Empty(t, leaks(out, pw), "out: %q", out)
			assert.Empty(t, leaks(out, token), "out: %q", out)
			assert.Contains(t, out, "[", "something was redacted")
			assert.Equal(t, strings.Count(tc.in, "\n"), strings.Count(out, "\n"), "line structure kept")
		})
	}
}

func TestStringKeepsInnocentText(t *testing.T) {
	r := New(pw, token)
	for _, s := range []string{
		"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot (Debian) ready.",
		"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
		"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
		"* OK The Microsoft Exchange IMAP4 service is ready. [TQBXADIAUABSADAAMQBDAEEAMAAwADEANQAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]",
		"+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
	} {
		assert.Equal(t, s, r.String(s))
	}
	assert.False(t, r.Contains("nothing to see"))
}

func TestShortSecretMatchedWhole(t *testing.T) {
	r := New("ab1")
	assert.Equal(t, "you sent [redacted]", r.String("you sent AB1"))
	assert.Equal(t, "ab2 ab", r.String("ab2 ab"), "a short secret's fragments are not matched")
}

func TestLines(t *testing.T) {
	r := New(token)
	in := []string{"* OK fine", "* NO " + token[:10], token[10:] + " more", ""}
	out := r.Lines(in)
	require.Len(t, out, len(in))
	assert.Equal(t, "* OK fine", out[0])
	for _, l := range out {
		assert.Empty(t, leaks(l, token), l)
	}
	assert.Equal(t, in, New().Lines(in), "no secrets: unchanged")
}

func TestPureBase64(t *testing.T) {
	// The pure characters of s at each alignment appear in any longer
	// encoding that holds s at that alignment.
	s := "hunter22secret"
	for align := range 3 {
		p := pureBase64(base64.StdEncoding, s, align)
		require.NotEmpty(t, p)
		for _, pre := range []string{"", "xyz", "q"} {
			full := strings.Repeat("\x07", align) + s + "tail"
			enc := base64.StdEncoding.EncodeToString([]byte(pre + pre + pre + full)) // len(pre)*3: alignment kept
			assert.Contains(t, enc, p, "align %d prefix %q", align, pre)
		}
	}
}

// TestPassphraseFailsClosed: a passphrase is letters only, so its pieces
// are words a server may use itself. Every piece of 4 bytes goes all the
// same, wherever it is: at an echo ("correct..."), at a cut, and in the
// middle of a server's own word. The server's word loses those bytes;
// the marker says so.
func TestPassphraseFailsClosed(t *testing.T) {
	const phrase = "correcthorsebattery"
	r := New(phrase, "Tenant-alex-01!")
	for _, tc := range []struct{ in, want string }{
		{`a1 BAD Invalid command: a1 LOGIN "alice" "correct...`, `a1 BAD Invalid command: a1 LOGIN "alice" "` + Marker + "..."},
		{"you sent corr...", "you sent " + Marker + "..."},                                     // four bytes at a clipped echo
		{"* NO you sent correcthor\r\nsebattery", "* NO you sent " + Marker + "\r\n" + Marker}, // wrapped
		{"* OK battery low", "* OK " + Marker + " low"},                                        // in free text
		{"a1 NO the password is incorrect", "a1 NO the password is in" + Marker},               // inside a word
		{"disabled for the Tenant.", "disabled for the " + Marker + "."},                       // Microsoft's word
		{"a1 LOGIN alex@contoso.example", "a1 LOGIN " + Marker + "@contoso.example"},           // the user's name in the password
		{"you sent cor...", "you sent cor..."},                                                 // three bytes: not a piece
		{"250 STARTTLS", "250 STARTTLS"},                                                       // nothing in common
	} {
		out := r.String(tc.in)
		assert.Equal(t, tc.want, out, "in %q", tc.in)
		assert.Empty(t, leaks(out, phrase), "out %q", out)
		assert.Empty(t, leaks(out, "Tenant-alex-01!"), "out %q", out)
	}
	// At a cut the caller knows of, even a shorter start of a secret goes.
	assert.Equal(t, "* BYE "+Marker, r.CutEnd("* BYE cor"))
}

func TestCutEnd(t *testing.T) {
	r := New(pw)
	assert.Equal(t, "* OK you sent [redacted]", r.CutEnd("* OK you sent K9"), "any start of a secret at a cut goes")
	assert.Equal(t, "* BYE [redacted]", r.CutEnd("* BYE 2mXwR"), "any piece of 4 bytes or more at a cut goes")
	assert.Equal(t, "* BYE x", r.CutEnd("* BYE x"))
}

// TestShortSecretManyTimesIsLinear: a short secret that occurs all over a
// large text is removed in one pass, not one copy of the text per
// occurrence.
func TestShortSecretManyTimesIsLinear(t *testing.T) {
	r := New("ab1")
	text := strings.Repeat("x ab1 ", 200000) // 1.2 MB, 200000 occurrences
	allocs := testing.AllocsPerRun(1, func() { _ = r.String(text) })
	assert.Less(t, allocs, 1000.0)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out := r.String(text)
	runtime.ReadMemStats(&after)
	assert.NotContains(t, out, "ab1")
	// Proportional to the text (a copy per occurrence would be 240 GB).
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(128<<20), "allocated bytes stay proportional to the text")
}

// TestAddTwiceAddsOnce: a secret registered again (the probe at its start,
// then the SASL client) adds no second copy of its forms to scan.
func TestAddTwiceAddsOnce(t *testing.T) {
	const pw = "K9vQ2mXw#R7tLp!4zH"
	r := New(pw)
	forms, grams := len(r.raw), len(r.sets[0].grams[lower(pw[:MinBytes])])
	r.Add(pw, pw)
	assert.Len(t, r.raw, forms)
	assert.Len(t, r.sets[0].grams[lower(pw[:MinBytes])], grams)
	assert.Equal(t, "a1 LOGIN alice "+Marker, r.String("a1 LOGIN alice "+pw), "still removed")
}
