package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longSecret stands for a password pasted into an over-long line; no
// message may echo it.
const longSecret = "Sekr1t-in-a-long-line"

// longLine is an account line of more than maxCSVLine bytes, a secret in it.
var longLine = "long@x.test," + longSecret + "," + strings.Repeat("a", maxCSVLine)

// writeAccounts writes content to a file named f.csv.
func writeAccounts(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.csv")
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

// readAccounts reads the file at p as fleet does. Each entry is "LINE
// EMAIL", or "LINE ! PROBLEM" with the problem's file name left out.
func readAccounts(t *testing.T, p string) []string {
	t.Helper()
	af, err := openAccounts(p)
	require.NoError(t, err)
	var ioErr error
	var got []string
	for a := range af.accounts(nil, &ioErr) {
		if a.Problem == "" {
			got = append(got, fmt.Sprintf("%d %s", a.Line, a.Email))
			continue
		}
		assert.NotContains(t, a.Problem, longSecret, "a problem never echoes the line")
		assert.NotContains(t, a.Problem, "aaaa", "a problem never echoes the line")
		got = append(got, fmt.Sprintf("%d ! %s", a.Line, strings.TrimPrefix(a.Problem, p)))
	}
	require.NoError(t, ioErr, "the whole file is read")
	return got
}

// TestAccountsLongLine: a line longer than maxCSVLine is one malformed
// entry with its number; the lines after it are still read.
func TestAccountsLongLine(t *testing.T) {
	const tooLong = ": line is longer than 64 KiB"
	for _, tc := range []struct {
		name    string
		content string
		want    []string
	}{
		{"in the middle", "email\nok1@a.test\n" + longLine + "\nok2@a.test\n",
			[]string{"2 ok1@a.test", "3 ! :3" + tooLong, "4 ok2@a.test"}},
		{"first account", "email\n" + longLine + "\n",
			[]string{"2 ! :2" + tooLong}}, // an entry, so not "a header but no accounts"
		{"last, without an end", "email\nok1@a.test\n" + longLine,
			[]string{"2 ok1@a.test", "3 ! :3" + tooLong}},
		{"CRLF", "email\r\nok1@a.test\r\n" + longLine + "\r\n\r\nok2@a.test\r\n",
			[]string{"2 ok1@a.test", "3 ! :3" + tooLong, "5 ok2@a.test"}}, // line 4 is blank
		{"several", "\ufeffemail\n" + longLine + "\n" + longLine + "\nok1@a.test",
			[]string{"2 ! :2" + tooLong, "3 ! :3" + tooLong, "4 ok1@a.test"}},
		{"just fits", "email\n" + strings.Repeat("a", maxCSVLine-len("@a.test\n")) + "@a.test\nok1@a.test\n",
			[]string{"2 " + strings.Repeat("a", maxCSVLine-len("@a.test\n")) + "@a.test", "3 ok1@a.test"}}, // with its \n, maxCSVLine bytes
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, readAccounts(t, writeAccounts(t, tc.content)))
		})
	}
}

// TestAccountsLongHeader: a header that does not fit is refused with
// its line number, not read as a header with no accounts.
func TestAccountsLongHeader(t *testing.T) {
	for _, content := range []string{
		longLine + "\nok1@a.test\n",
		"\n\r\n" + longLine + "\r\nok1@a.test\r\n", // after blank lines
	} {
		p := writeAccounts(t, content)
		_, err := openAccounts(p)
		require.Error(t, err)
		line := strings.Count(content[:strings.Index(content, longLine)], "\n") + 1
		assert.Equal(t, fmt.Sprintf("%s:%d: header is longer than 64 KiB", p, line), err.Error())
	}
}

// endless yields n bytes of 'a' without holding them, then the rest.
type endless struct {
	n    int64
	rest io.Reader
}

func (e *endless) Read(b []byte) (int, error) {
	if e.n == 0 {
		return e.rest.Read(b)
	}
	n := min(int64(len(b)), e.n)
	for i := range b[:n] {
		b[i] = 'a'
	}
	e.n -= n
	return int(n), nil
}

// TestCSVLinesBounded: a line of 64 MiB is dropped as it is read, not
// held in memory.
func TestCSVLinesBounded(t *testing.T) {
	const size = 64 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	lines := newCSVLines(&endless{n: size, rest: strings.NewReader("\nok@a.test\n")})
	require.True(t, lines.Scan())
	assert.True(t, lines.Long())
	assert.Empty(t, lines.Text())
	require.True(t, lines.Scan())
	assert.Equal(t, "ok@a.test", lines.Text())
	assert.Equal(t, 2, lines.Line())
	assert.False(t, lines.Scan())
	require.NoError(t, lines.Err())
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(size/8), "the long line was not kept")
}

// TestCSVFieldsSayWhere: a malformed line's error names the field and the
// character, in words for someone editing the file (encoding/csv's
// "column 21" is a character position, which read as a table column
// sent a reviewer to the wrong cell).
func TestCSVFieldsSayWhere(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`alice@example.com,imap.example.com,"sm"tp.example.com`, `field 3, character 39: a quoted field has a stray "`},
		{`alice@example.com,ima"p.example.com`, `field 2, character 22: a " inside a field that does not start with one`},
		{`"alice@example.com,imap.example.com`, `field 1, character 36: a quoted field has a stray " or no closing "`},
		{`"a,b",c"d`, `field 2, character 8:`},
	} {
		_, err := csvFields(tc.line)
		if assert.Error(t, err, tc.line) {
			assert.Contains(t, err.Error(), tc.want, tc.line)
			assert.NotContains(t, err.Error(), "column", tc.line)
		}
	}
	rec, err := csvFields(`"a,b",c`)
	assert.NoError(t, err)
	assert.Equal(t, []string{"a,b", "c"}, rec)
}
