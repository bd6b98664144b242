package imapwire

import (
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	cases := []struct {
		line string
		want Response // Line is filled in by the test
	}{
		// Dovecot 2.3 (real-servers.md).
		{"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot (Debian) ready.",
			Response{Tag: "*", Type: "OK", Code: "CAPABILITY", CodeArg: "IMAP4rev1 SASL-IR AUTH=PLAIN", Text: "Dovecot (Debian) ready."}},
		{"a1 NO [AUTHENTICATIONFAILED] Authentication failed.",
			Response{Tag: "a1", Type: "NO", Code: "AUTHENTICATIONFAILED", Text: "Authentication failed."}},
		// Microsoft 365 (providers.md).
		{"a3 BAD User is authenticated but not connected.", Response{Tag: "a3", Type: "BAD", Text: "User is authenticated but not connected."}},
		{"* BYE Connection closed. 14", Response{Tag: "*", Type: "BYE", Text: "Connection closed. 14"}},
		{"* 23 EXISTS", Response{Tag: "*", Num: "23", Type: "EXISTS"}},
		{"* CAPABILITY IMAP4rev1 STARTTLS", Response{Tag: "*", Type: "CAPABILITY", Text: "IMAP4rev1 STARTTLS"}},
		{"+ ", Response{Tag: "+"}},
		{"+", Response{Tag: "+"}},
		{"+ eyJzdGF0dXMiOiI0MDAifQ==", Response{Tag: "+", Text: "eyJzdGF0dXMiOiI0MDAifQ=="}},
		{"a1 ok [read-only] done", Response{Tag: "a1", Type: "OK", Code: "READ-ONLY", Text: "done"}},
		{"* OK [ALERT]", Response{Tag: "*", Type: "OK", Code: "ALERT"}},
		{"* OK [not closed", Response{Tag: "*", Type: "OK", Text: "[not closed"}},
		{"* OK [] empty", Response{Tag: "*", Type: "OK", Text: "[] empty"}},
		{"* PREAUTH ready", Response{Tag: "*", Type: "PREAUTH", Text: "ready"}},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			got, err := Parse(tc.line)
			require.NoError(t, err)
			tc.want.Line = tc.line
			assert.Equal(t, &tc.want, got)
		})
	}
}

func TestParseNotIMAP(t *testing.T) {
	for _, line := range []string{
		"",
		"220 mail.example.test ESMTP Postfix", // SMTP on the IMAP port
		"HTTP/1.1 400 Bad Request",
		"+OK Dovecot ready.", // POP3
		"\x16\x03\x03\x00\x7a\x02",
		"a1 BYE not allowed tagged",
		"* 12 OK numbered status",
		"garbage",
	} {
		_, err := Parse(line)
		assert.ErrorIs(t, err, ErrNotIMAP, "%q", line)
	}
}

func TestReaderLiterals(t *testing.T) {
	in := "* OK hello\r\n* LIST () \"/\" {5}\r\nIN\r\nX\r\n* 1 FETCH (BODY[] {3+}\r\nabc)\n* OK no cr\r\n"
	r := NewReader(strings.NewReader(in))
	want := []string{"* OK hello", "* LIST () \"/\" {5}\r\nIN\r\nX", "* 1 FETCH (BODY[] {3+}\r\nabc)", "* OK no cr"}
	for _, w := range want {
		l, err := r.ReadLine()
		require.NoError(t, err)
		assert.Equal(t, w, l)
	}
	_, err := r.ReadLine()
	assert.ErrorIs(t, err, io.EOF)
}

func TestReaderLimits(t *testing.T) {
	_, err := NewReader(strings.NewReader("* OK {99999999}\r\n")).ReadLine()
	assert.ErrorIs(t, err, ErrTooLong)
	_, err = NewReader(strings.NewReader("* OK " + strings.Repeat("x", MaxLine+10) + "\r\n")).ReadLine()
	assert.ErrorIs(t, err, ErrTooLong)
	l, err := NewReader(strings.NewReader("* OK {10}\r\nabc")).ReadLine()
	assert.ErrorIs(t, err, io.EOF, "a truncated literal is a closed connection")
	assert.Equal(t, "* OK {10}\r\nabc", l)
}

func TestQuote(t *testing.T) {
	cases := []struct {
		in, out string
		ok      bool
	}{
		{"correct horse", `"correct horse"`, true},
		{`pa"ss\word`, `"pa\"ss\\word"`, true},
		{"", `""`, true},
		{"pässwörd", "", false},
		{"two\r\nlines", "", false},
		{"nul\x00", "", false},
	}
	for _, tc := range cases {
		q, ok := Quote(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.out, q, tc.in)
	}
	assert.Equal(t, "{10}", LiteralPrefix("pässwörd", false))
	assert.Equal(t, "{10+}", LiteralPrefix("pässwörd", true))
}

func TestReaderDiscardsLongLiterals(t *testing.T) {
	body := strings.Repeat("x", 5000)
	in := "* OK [ALERT] {5000}\r\n" + body + "\r\n* OK next\r\n"
	r := NewReader(strings.NewReader(in))
	l, err := r.ReadLine()
	require.NoError(t, err)
	// The literal's start is kept, the rest is counted and dropped.
	assert.Equal(t, "* OK [ALERT] {5000}\r\n"+body[:MaxLiteralKept]+" [... 4744 more bytes not kept]", l)
	l, err = r.ReadLine()
	require.NoError(t, err)
	assert.Equal(t, "* OK next", l, "the discarded literal must not leak into the next response")
	assert.Equal(t, int64(len(in)), r.BytesRead(), "discarded bytes count against the caller's budget")
}

func TestReaderRefusesLiteralOverLimit(t *testing.T) {
	// A literal over MaxLiteral is not read at all: the announcement alone
	// ends the response.
	in := "* OK {" + strconv.Itoa(MaxLiteral+1) + "}\r\n" + strings.Repeat("y", 100)
	r := NewReader(strings.NewReader(in))
	_, err := r.ReadLine()
	require.ErrorIs(t, err, ErrTooLong)
	assert.Less(t, r.BytesRead(), int64(64), "nothing of the literal was read")
}
