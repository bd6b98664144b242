package tap_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailcheck-go/mailcheck/internal/tap"
	"github.com/mailcheck-go/mailcheck/probe"
)

// script is a scripted connection: reads return the server chunks one by
// one (a chunk per Read when p is large enough), writes are captured.
type script struct {
	net.Conn // unused methods panic
	reads    [][]byte
	wrote    bytes.Buffer
}

func (s *script) Read(p []byte) (int, error) {
	if len(s.reads) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.reads[0])
	if s.reads[0] = s.reads[0][n:]; len(s.reads[0]) == 0 {
		s.reads = s.reads[1:]
	}
	return n, nil
}

func (s *script) Write(p []byte) (int, error) { return s.wrote.Write(p) }

// session wraps a scripted conn with a tap on a controlled clock.
type session struct {
	t   *testing.T
	tap *tap.Tap
	sc  *script
	c   net.Conn
	now time.Time
}

func newSession(t *testing.T, reads ...string) *session {
	s := &session{t: t, sc: &script{}, now: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)}
	for _, r := range reads {
		s.sc.reads = append(s.sc.reads, []byte(r))
	}
	s.tap = tap.New(func() time.Time { return s.now })
	s.c = s.tap.Wrap(s.sc)
	return s
}

// read does one Read of the next server chunk.
func (s *session) read() {
	s.t.Helper()
	_, err := s.c.Read(make([]byte, 64<<10))
	require.NoError(s.t, err)
}

func (s *session) write(chunks ...string) {
	s.t.Helper()
	for _, c := range chunks {
		n, err := s.c.Write([]byte(c))
		require.NoError(s.t, err)
		require.Equal(s.t, len(c), n)
	}
}

func TestDirectionsAndLines(t *testing.T) {
	s := newSession(t, "* OK hel", "lo\r\n* CAP", "ABILITY IMAP4rev1\r\na1 OK done\r\n")
	s.read()
	s.now = s.now.Add(2 * time.Millisecond)
	s.read()
	s.write("a1 CAP", "ABILITY\r\n")
	s.now = s.now.Add(1500 * time.Microsecond)
	s.read()
	s.tap.Note("TLS handshake done: TLS 1.3")
	s.write("\r\n", "bare lf\n", "two crs\r\r\n")

	tr := s.tap.Transcript()
	assert.Equal(t, "S: * OK hello\n"+ // joined across two reads
		"C: a1 CAPABILITY\n"+ // joined across two writes; recorded before the server's answer
		"S: * CAPABILITY IMAP4rev1\n"+
		"S: a1 OK done\n"+ // two lines in one read
		"* TLS handshake done: TLS 1.3\n"+
		"C: \n"+ // an empty line is kept
		"C: bare lf\n"+ // LF alone ends a line
		"C: two crs\r\n", // only the last CR belongs to the line end
		tr.String())
	assert.Equal(t, []float64{2, 2, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5}, offsets(tr), "a line is stamped when it completes")
	assert.Equal(t, "a1 CAPABILITY\r\n\r\nbare lf\ntwo crs\r\r\n", s.sc.wrote.String(), "the tap passes bytes through unchanged")
}

func offsets(tr probe.Transcript) []float64 {
	var out []float64
	for _, l := range tr {
		out = append(out, l.OffsetMS)
	}
	return out
}

func TestPartialLines(t *testing.T) {
	s := newSession(t, "220 mail.exa")
	s.write("EHLO cli")
	s.read()
	assert.Equal(t, "C: EHLO cli\nS: 220 mail.exa\n", s.tap.Transcript().String(), "unterminated lines of both directions are shown")
	assert.Equal(t, "C: EHLO cli\nS: 220 mail.exa\n", s.tap.Transcript().String(), "reading the transcript does not consume them")

	s.write("ent\r\n")
	assert.Equal(t, "C: EHLO client\nS: 220 mail.exa\n", s.tap.Transcript().String(), "the partial line is completed, not duplicated")

	tr := s.tap.Transcript()
	tr[0].Text = "changed"
	assert.Equal(t, "EHLO client", s.tap.Transcript()[0].Text, "Transcript returns a copy")
}

func TestSecretMode(t *testing.T) {
	tests := []struct {
		name   string
		keep   int
		writes []string
		want   string
	}{
		{"imap login", 2, []string{"a1 LOGIN alice hunter2\r\n"}, "C: a1 LOGIN [redacted]\n"},                                                            // username and password go
		{"authenticate continuation", 3, []string{"a1 AUTHENTICATE PLAIN\r\n", "AGFsaWNlAGh1bnRlcjI=\r\n"}, "C: a1 AUTHENTICATE PLAIN\nC: [redacted]\n"}, // short first line kept whole, continuation replaced
		{"smtp initial response", 2, []string{"AUTH PLAIN AGFsaWNlAGh1bnRlcjI=\r\n"}, "C: AUTH PLAIN [redacted]\n"},                                      // SASL-IR on the command line
		{"one write, two lines", 3, []string{"a1 AUTHENTICATE PLAIN\r\nAGFsaWNl\r\n"}, "C: a1 AUTHENTICATE PLAIN\nC: [redacted]\n"},                      // the allowance is per line, not per write
		{"first line split", 2, []string{"a1 LOGIN al", "ice hunter2\r\n", "more\r\n"}, "C: a1 LOGIN [redacted]\nC: [redacted]\n"},                       // the allowance survives a split first line
		{"cancel and empty kept", 2, []string{"AUTH LOGIN\r\n", "*\r\n", "\r\n", "YWxpY2U=\r\n"}, "C: AUTH LOGIN\nC: *\nC: \nC: [redacted]\n"},           // "*" and "" carry nothing
		{"keep zero", 0, []string{"AGFsaWNlAGh1bnRlcjI=\r\n"}, "C: [redacted]\n"},                                                                        // a bare continuation
		{"extra spaces", 2, []string{"a1  LOGIN   alice pw\r\n"}, "C: a1 LOGIN [redacted]\n"},                                                            // words, not columns
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t)
			s.tap.BeginSecret(tc.keep)
			s.write(tc.writes...)
			s.tap.EndSecret()
			assert.Equal(t, tc.want, s.tap.Transcript().String())
			assert.Equal(t, strings.Join(tc.writes, ""), s.sc.wrote.String(), "the server gets the real bytes")
		})
	}
}

func TestSecretModeOnlyClient(t *testing.T) {
	s := newSession(t, "+ \r\n", "a1 OK LOGIN completed\r\n")
	s.write("a1 AUTHENTICATE PLAIN\r\n")
	s.tap.BeginSecret(0) // after the command, like a continuation
	s.read()
	s.write("AGFsaWNlAGh1bnRlcjI=\r\n")
	s.read()
	s.tap.EndSecret()
	s.write("a2 SELECT INBOX\r\n")
	assert.Equal(t, "C: a1 AUTHENTICATE PLAIN\nS: + \nC: [redacted]\nS: a1 OK LOGIN completed\nC: a2 SELECT INBOX\n", s.tap.Transcript().String(),
		"server lines are not redacted by secret mode, and EndSecret restores client lines")
}

func TestSecretModePartial(t *testing.T) {
	s := newSession(t)
	s.tap.BeginSecret(2)
	s.write("a1 LOGIN alice hun")
	assert.Equal(t, "C: a1 LOGIN [redacted]\n", s.tap.Transcript().String(), "a partial line in secret mode is redacted too")
	s.write("ter2\r\n", "next\r\n")
	assert.Equal(t, "C: a1 LOGIN [redacted]\nC: [redacted]\n", s.tap.Transcript().String(), "showing the partial line did not use up the first-line allowance")
}

func TestAddSecret(t *testing.T) {
	const pw = "hunter2"
	b64 := base64.StdEncoding.EncodeToString([]byte(pw)) // aHVudGVyMg==
	tests := []struct {
		name   string
		server []string
		client []string
		want   string
	}{
		{"client plain", nil, []string{"a1 LOGIN alice hunter2\r\n"}, "C: a1 LOGIN alice [redacted]\n"},        // a code path that forgot BeginSecret
		{"client base64", nil, []string{b64 + "\r\n"}, "C: [redacted]\n"},                                      // SMTP AUTH LOGIN sends base64(password)
		{"server echo", []string{"a1 NO bad password hunter2\r\n"}, nil, "S: a1 NO bad password [redacted]\n"}, // a server that echoes the credential
		{"server base64", []string{"334 " + b64 + "\r\n"}, nil, "S: 334 [redacted]\n"},                         // echoed in base64
		{"split write", nil, []string{"PASS hun", "ter2\r\n"}, "C: PASS [redacted]\n"},                         // the secret straddles two writes
		{"split read", []string{"* BYE hunt", "er2\r\n"}, nil, "S: * BYE [redacted]\n"},                        // the secret straddles two reads
		{"split base64", nil, []string{b64[:5], b64[5:] + "\r\n"}, "C: [redacted]\n"},                          // base64 straddles two writes
		{"partial", []string{"* hunter"}, []string{"x hunter2"}, "C: x [redacted]\nS: * [redacted]\n"},         // unterminated lines are scrubbed when shown; a fragment of 4 bytes or more goes
		{"twice in a line", nil, []string{"hunter2 hunter2\r\n"}, "C: [redacted] [redacted]\n"},                // every occurrence
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.server...)
			s.tap.AddSecret(pw, "")
			for range tc.server {
				s.read()
			}
			s.write(tc.client...)
			got := s.tap.Transcript().String()
			assert.Equal(t, tc.want, got)
			assert.NotContains(t, got, pw)
			assert.NotContains(t, got, b64)
		})
	}
}

func TestAddSecretNote(t *testing.T) {
	tp := tap.New(nil)
	tp.AddSecret("s3cr3t", "tok-123")
	tp.Note("using token tok-123 and s3cr3t")
	assert.Equal(t, "* using token [redacted] and [redacted]\n", tp.Transcript().String(), "notes are scrubbed too; several secrets at once")
}

func TestAddSecretEmptyIgnored(t *testing.T) {
	s := newSession(t)
	s.tap.AddSecret("")
	s.write("a1 NOOP\r\n")
	assert.Equal(t, "C: a1 NOOP\n", s.tap.Transcript().String(), "an empty secret would otherwise match everywhere")
}

func TestLineCap(t *testing.T) {
	const max = 4096
	long := strings.Repeat("a", 10000)
	want := "S: " + long[:max] + " [line truncated]\nS: a1 OK next\n"
	tests := []struct {
		name   string
		chunks []string
	}{
		{"one read", []string{long + "\r\na1 OK next\r\n"}},                        // the whole line arrives at once
		{"4096 reads", chunk(long+"\r\na1 OK next\r\n", 4096)},                     // bufio's read size
		{"small reads", chunk(long+"\r\na1 OK next\r\n", 1000)},                    // a slow server
		{"unterminated", []string{long[:6000], long[6000:], "\r\na1 OK next\r\n"}}, // cap reached before the newline arrives
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.chunks...)
			for range tc.chunks {
				s.read()
			}
			assert.Equal(t, want, s.tap.Transcript().String(), "the same transcript however the bytes arrive")
		})
	}

	t.Run("secret at the cap", func(t *testing.T) {
		line := long[:max-4] + "hunter2" + long[:100]
		for _, chunks := range [][]string{{line + "\r\n"}, chunk(line+"\r\n", 4096), chunk(line+"\r\n", 1000)} {
			s := newSession(t, chunks...)
			s.tap.AddSecret("hunter2")
			for range chunks {
				s.read()
			}
			tr := s.tap.Transcript()
			require.Len(t, tr, 1)
			assert.Equal(t, long[:max-4]+"[redacted] [line truncated]", tr[0].Text, "no prefix of the secret survives the cut")
		}
	})
	t.Run("exactly the cap", func(t *testing.T) {
		s := newSession(t, long[:max], "\r\n")
		s.read()
		s.read()
		assert.Equal(t, "S: "+long[:max]+"\n", s.tap.Transcript().String(), "a line of exactly the cap is whole")
	})
	t.Run("partial over the cap", func(t *testing.T) {
		s := newSession(t, long[:max+1])
		s.read()
		tr := s.tap.Transcript()
		require.Len(t, tr, 1)
		assert.Equal(t, long[:max]+" [line truncated]", tr[0].Text)
	})
}

func chunk(s string, n int) []string {
	var out []string
	for len(s) > n {
		out = append(out, s[:n])
		s = s[n:]
	}
	return append(out, s)
}

func TestConcurrentReadWrite(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	tp := tap.New(nil)
	tp.AddSecret("hunter2")
	c := tp.Wrap(a)
	const n = 200

	var wg sync.WaitGroup
	wg.Add(3)
	go func() { // the server: writes n lines, discards what the client sends
		defer wg.Done()
		go func() { _, _ = io.Copy(io.Discard, b) }()
		for i := range n {
			_, _ = fmt.Fprintf(b, "* %d EXISTS\r\n", i)
		}
	}()
	go func() { // the client's writer
		defer wg.Done()
		for i := range n {
			_, _ = fmt.Fprintf(c, "a%d NOOP hunter2\r\n", i)
		}
	}()
	go func() { // the client's reader
		defer wg.Done()
		buf := make([]byte, 7) // small reads split lines
		for lines := 0; lines < n; {
			k, err := c.Read(buf)
			if err != nil {
				return
			}
			lines += bytes.Count(buf[:k], []byte("\n"))
			_ = tp.Transcript()
		}
	}()

	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("exchange did not finish")
	}
	// Lines of each direction stay whole and in order.
	var client, server int
	for _, l := range tp.Transcript() {
		switch l.Dir {
		case probe.DirClient:
			assert.Equal(t, fmt.Sprintf("a%d NOOP [redacted]", client), l.Text)
			client++
		case probe.DirServer:
			assert.Equal(t, fmt.Sprintf("* %d EXISTS", server), l.Text)
			server++
		}
	}
	assert.Equal(t, n, client)
	assert.Equal(t, n, server)
}

// A secret that straddles the cut of an over-long line must not show its
// first half: the rest of the line, with the second half, is dropped.
func TestSecretStraddlingTheLineCap(t *testing.T) {
	const secret = "correct-horse-battery-staple"
	for _, split := range []int{4, 8, len(secret) / 2, len(secret) - 1} {
		tp := tap.New(nil)
		tp.AddSecret(secret)
		c, s := net.Pipe()
		conn := tp.Wrap(c)
		go func() {
			// Fill the buffer to just past the cap, ending with the
			// first part of the secret; the rest arrives later.
			head := strings.Repeat("x", 4097-split) + secret[:split]
			_, _ = s.Write([]byte(head))
			_, _ = s.Write([]byte(secret[split:] + " tail\r\n"))
			s.Close()
		}()
		_, _ = io.Copy(io.Discard, conn)
		out := tp.Transcript().String()
		for k := 3; k <= split; k++ {
			assert.NotContains(t, out, "x"+secret[:k], "split at %d: %d bytes of the secret show", split, k)
		}
		assert.Contains(t, out, "[line truncated]")
	}
}

func TestTranscriptCap(t *testing.T) {
	line := "* 1 EXISTS " + strings.Repeat("z", 100) + "\r\n"
	flood := strings.Repeat(line, 5000) // 550 KiB, 5000 lines
	s := newSession(t, chunk(flood, 4096)...)
	for range len(flood)/4096 + 1 {
		s.read()
	}
	tr := s.tap.Transcript()
	require.True(t, s.tap.Truncated())
	size := 0
	for _, l := range tr {
		size += len(l.Text)
	}
	assert.LessOrEqual(t, size, tap.MaxBytes+200, "the transcript's text stays within its cap")
	assert.LessOrEqual(t, len(tr), tap.MaxLines)
	last := tr[len(tr)-1]
	assert.Equal(t, probe.DirInfo, last.Dir)
	assert.Contains(t, last.Text, "[transcript truncated", "the cut is visible")
	s.write("a1 NOOP\r\n")
	assert.Len(t, s.tap.Transcript(), len(tr), "nothing is recorded after the cap")
	l, ok := s.tap.Limit(probe.StageMailbox)
	require.True(t, ok, "a capped transcript is a limit reached")
	assert.Equal(t, probe.Limit{Name: probe.LimitTranscript, Max: tap.MaxBytes, Stage: probe.StageMailbox,
		Detail: "the transcript reached its cap (256 KiB or 2000 lines); the rest of the exchange was not recorded"}, l)
}

func TestNoLimitUnderTheCap(t *testing.T) {
	s := newSession(t, "* OK ready\r\n")
	s.read()
	_, ok := s.tap.Limit(probe.StageGreeting)
	assert.False(t, ok)
}

// A secret split over two lines, the second cut by a close, shows no
// fragment of four bytes or more in either line.
func TestSecretWrappedAndCutByClose(t *testing.T) {
	const secret = "K9vQ2mXwR7tLp0"
	s := newSession(t, "a1 NO you sent "+secret[:6]+"\r\n", "* BYE "+secret[6:11])
	s.tap.AddSecret(secret)
	s.read()
	s.read()
	out := s.tap.Transcript().String()
	for i := 0; i+4 <= len(secret); i++ {
		assert.NotContains(t, out, secret[i:i+4])
	}
	assert.Equal(t, "S: a1 NO you sent [redacted]\nS: * BYE [redacted]\n", out)
}
