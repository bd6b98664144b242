package textline

import (
	"bufio"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		n              int
		err            error
	}{
		{"crlf", "a1 OK done\r\nnext", "a1 OK done", 12, nil},
		{"bare lf", "250 ok\nnext", "250 ok", 7, nil},
		{"only one CR is line ending", "x\r\r\n", "x\r", 4, nil}, // the CR before CRLF is the peer's text
		{"empty line", "\r\n", "", 2, nil},
		{"eof mid-line keeps what came", "* OK gree", "* OK gree", 9, io.EOF},
		{"eof", "", "", 0, io.EOF},
		{"exactly the cap", strings.Repeat("x", 15) + "\n", strings.Repeat("x", 15), 16, nil}, // the cap counts the line ending
	} {
		t.Run(tc.name, func(t *testing.T) {
			line, n, err := Read(bufio.NewReader(strings.NewReader(tc.in)), 16)
			assert.Equal(t, tc.want, line)
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.err, err)
		})
	}
}

// TestReadTooLong: an over-long line is cut at the cap, with a typed
// error, across buffer refills, and what follows is left unread.
func TestReadTooLong(t *testing.T) {
	in := strings.Repeat("y", 100) + "\r\nnext\r\n"
	br := bufio.NewReaderSize(strings.NewReader(in), 16) // forces ErrBufferFull rounds
	line, n, err := Read(br, 40)
	require.ErrorIs(t, err, ErrTooLong)
	var tl *TooLongError
	require.ErrorAs(t, err, &tl)
	assert.Equal(t, 40, tl.Max)
	assert.Equal(t, strings.Repeat("y", 40), line)
	assert.Less(t, n, 60, "reading stops soon after the cap")
	assert.Contains(t, err.Error(), "40")
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"a\r\n", "\n", "xxxxxxxxxxxxxxxxxxxxxxx\n", "\r", "a\rb\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		const max = 16
		line, n, err := Read(bufio.NewReaderSize(strings.NewReader(in), 16), max)
		if len(line) > max {
			t.Fatalf("line of %d bytes over the cap", len(line))
		}
		if n > len(in) {
			t.Fatalf("consumed %d of %d bytes", n, len(in))
		}
		if err == nil && !strings.HasPrefix(in, line) {
			t.Fatalf("%q is not the start of %q", line, in)
		}
	})
}
