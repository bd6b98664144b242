// Package tap records a protocol exchange as a transcript, with direction
// and time, redacting credentials as it records.
//
// The tap sits above TLS (it wraps the plaintext side of the connection) so
// the transcript is readable after STARTTLS. Two layers keep secrets out:
// the probe marks the authentication exchange with BeginSecret/EndSecret,
// during which every client line but the command word is replaced; and
// every line, in both directions, is scrubbed of the literal secrets (and
// their base64) registered with AddSecret, so a server that echoes a
// credential, or a code path that forgot to mark a secret, still leaks
// nothing.
package tap

import (
	"encoding/base64"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/probe"
)

// maxLine caps a recorded line; a server that sends megabytes without a
// newline must not exhaust memory.
const maxLine = 4096

// Tap collects a transcript. It is safe for concurrent use: a connection
// may read in one goroutine and write in another.
type Tap struct {
	mu      sync.Mutex
	now     func() time.Time
	start   time.Time
	lines   probe.Transcript
	partial [2][]byte
	// skip is set while the rest of a line already recorded as truncated
	// is dropped, up to its newline.
	skip    [2]bool
	secrets []string
	// keep is how many leading words of the next client line survive
	// redaction while in secret mode; -1 when not in secret mode.
	keep       int
	secretMode bool
}

// New returns a tap whose offsets count from now. now defaults to time.Now.
func New(now func() time.Time) *Tap {
	if now == nil {
		now = time.Now
	}
	return &Tap{now: now, start: now()}
}

// AddSecret registers values that must never appear in the transcript:
// each value and its standard base64 are replaced by [redacted] wherever
// they occur. Empty values are ignored.
func (t *Tap) AddSecret(values ...string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, v := range values {
		if v == "" {
			continue
		}
		t.secrets = append(t.secrets, v, base64.StdEncoding.EncodeToString([]byte(v)))
	}
}

// BeginSecret marks the start of an authentication exchange. The next
// client line keeps its first keepWords words ("a1 AUTHENTICATE PLAIN" is
// 3, "a1 LOGIN" 2, "AUTH PLAIN" 2) and loses the rest; every later client
// line is replaced whole, until EndSecret. A lone "*" (SASL cancel) and
// empty lines are kept, as they carry nothing.
func (t *Tap) BeginSecret(keepWords int) {
	t.mu.Lock()
	t.secretMode, t.keep = true, keepWords
	t.mu.Unlock()
}

// EndSecret ends the authentication exchange.
func (t *Tap) EndSecret() {
	t.mu.Lock()
	t.secretMode = false
	t.mu.Unlock()
}

// Note adds an informational line ("TLS handshake done: TLS 1.3").
func (t *Tap) Note(text string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.emit(probe.DirInfo, text)
}

// Transcript returns a copy of the lines recorded so far, including any
// unterminated last line of each direction.
func (t *Tap) Transcript() probe.Transcript {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := append(probe.Transcript(nil), t.lines...)
	for i, dir := range []probe.Direction{probe.DirClient, probe.DirServer} {
		if len(t.partial[i]) > 0 {
			out = append(out, probe.Line{Dir: dir, OffsetMS: t.offset(), Text: t.scrub(t.redact(dir, string(t.partial[i]), false))})
		}
	}
	return out
}

// Wrap returns c with its reads recorded as server lines and its writes as
// client lines.
func (t *Tap) Wrap(c net.Conn) net.Conn { return &conn{Conn: c, t: t} }

type conn struct {
	net.Conn
	t *Tap
}

func (c *conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.t.record(probe.DirServer, p[:n])
	}
	return n, err
}

func (c *conn) Write(p []byte) (int, error) {
	// Record before writing: what was attempted is what matters, and a
	// server that answers fast must not appear to answer first.
	c.t.record(probe.DirClient, p)
	return c.Conn.Write(p)
}

func (t *Tap) record(dir probe.Direction, p []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	i := 0
	if dir == probe.DirServer {
		i = 1
	}
	buf := append(t.partial[i], p...)
	for {
		j := strings.IndexByte(string(buf), '\n')
		if j < 0 {
			break
		}
		line := strings.TrimSuffix(string(buf[:j]), "\r")
		buf = buf[j+1:]
		if t.skip[i] {
			t.skip[i] = false
			continue
		}
		t.emitLine(dir, line)
	}
	if t.skip[i] {
		buf = nil
	} else if len(buf) > maxLine {
		// The line goes on beyond the cap and the rest will be dropped:
		// a secret may straddle the cut, so its visible start is removed.
		t.emitCut(dir, string(buf))
		t.skip[i] = true
		buf = nil
	}
	t.partial[i] = append([]byte(nil), buf...)
}

// emitLine records a complete (or overlong) line, redacted, scrubbed, then
// capped at maxLine, so the cap does not depend on how the bytes arrived
// and never cuts a secret before it is scrubbed.
func (t *Tap) emitLine(dir probe.Direction, line string) {
	text := t.scrub(t.redact(dir, line, true))
	if len(text) > maxLine {
		text = t.trimSecretStart(text[:maxLine]) + " [line truncated]"
	}
	t.emit(dir, text)
}

// emitCut records the start of a line that went on beyond the cap; the
// rest of it is dropped as it arrives. A secret may straddle the cut, so
// the part of one that arrived before it is removed too.
func (t *Tap) emitCut(dir probe.Direction, partial string) {
	text := t.scrub(t.redact(dir, partial, true))
	if len(text) > maxLine {
		text = text[:maxLine]
	}
	t.emit(dir, t.trimSecretStart(text)+" [line truncated]")
}

// redact applies secret mode to a client line. consume says whether the
// line is complete, so that the first-line allowance is used up.
func (t *Tap) redact(dir probe.Direction, line string, consume bool) string {
	if dir != probe.DirClient || !t.secretMode || line == "" || line == "*" {
		return line
	}
	if t.keep <= 0 {
		return probe.Redacted
	}
	words := strings.Fields(line)
	keep := t.keep
	if consume {
		t.keep = 0
	}
	if len(words) <= keep {
		return line
	}
	return strings.Join(words[:keep], " ") + " " + probe.Redacted
}

func (t *Tap) emit(dir probe.Direction, text string) {
	t.lines = append(t.lines, probe.Line{Dir: dir, OffsetMS: t.offset(), Text: t.scrub(text)})
}

// trimSecretStart replaces the end of a cut line when it is the start of
// a registered secret (or its base64), so that the part of a secret that
// happened to arrive before the cut is not shown. It may hide a few
// innocent characters of a truncated line; that is the safe side.
func (t *Tap) trimSecretStart(s string) string {
	longest := 0
	for _, v := range t.secrets {
		for k := len(v) - 1; k > longest; k-- {
			if strings.HasSuffix(s, v[:k]) {
				longest = k
				break
			}
		}
	}
	if longest == 0 {
		return s
	}
	return s[:len(s)-longest] + probe.Redacted
}

func (t *Tap) scrub(s string) string {
	for _, v := range t.secrets {
		s = strings.ReplaceAll(s, v, probe.Redacted)
	}
	return s
}

func (t *Tap) offset() float64 {
	d := t.now().Sub(t.start)
	return float64(d.Microseconds()) / 1000
}
