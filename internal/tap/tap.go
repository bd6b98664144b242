// Package tap records a protocol exchange as a transcript, with direction
// and time, redacting credentials as it records.
//
// The tap sits above TLS (it wraps the plaintext side of the connection) so
// the transcript is readable after STARTTLS. Two layers keep secrets out:
// the probe marks the authentication exchange with BeginSecret/EndSecret,
// during which every client line but the command word is replaced; and
// every line, in both directions, passes through the tap's
// redact.Redactor, which knows every form of the secrets registered with
// AddSecret (raw, quoted, base64 at any alignment, hex, any case, any
// fragment of four bytes or more). A server that echoes a credential, or a
// code path that forgot to mark a secret, still leaks nothing.
//
// The tap scrubs the stream, not line by line: lines are kept as recorded
// and each direction is scrubbed as one text when the transcript is read,
// so a secret wrapped over two lines, or cut by the line cap, by the
// transcript cap or by a close, is found. The probe scrubs everything
// else it reports with the same Redactor (see Redactor).
//
// # Bounds
//
// One line keeps at most maxLine bytes, and the transcript at most
// maxBytes bytes and maxLines lines; after that one info line says
// "[transcript truncated ...]" and nothing more is recorded (Truncated
// reports it, and the probes record it as a probe.Limit).
package tap

import (
	"net"
	"strings"
	"sync"
	"time"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Bounds on a transcript. A whole successful probe records 15 to 40 lines
// and 2 to 4 KiB; a transcript is for people to read.
const (
	// maxLine caps a recorded line; a server that sends megabytes without
	// a newline must not exhaust memory. A capability list fits easily.
	maxLine = 4096
	// MaxBytes caps the text of a whole transcript, line texts summed:
	// sixty times a normal probe's, and still quick to scrub and print.
	MaxBytes = 256 << 10
	// MaxLines caps the lines of a whole transcript.
	MaxLines = 2000
)

// truncatedNote is the info line that ends a capped transcript.
const truncatedNote = "[transcript truncated: over 256 KiB or 2000 lines; the rest was not recorded]"

// truncatedDetail is the Detail of the limit a capped transcript records.
const truncatedDetail = "the transcript reached its cap (256 KiB or 2000 lines); the rest of the exchange was not recorded"

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
	skip [2]bool
	red  *redact.Redactor
	// size is the text recorded so far; full is set once a cap is hit.
	size int
	full bool
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
	return &Tap{now: now, start: now(), red: redact.New()}
}

// AddSecret registers values that must never appear in the transcript, in
// any form the redactor knows. Empty values are ignored.
func (t *Tap) AddSecret(values ...string) { t.red.Add(values...) }

// Redactor returns the tap's redactor, so that everything else a probe
// reports is scrubbed of the same secrets.
func (t *Tap) Redactor() *redact.Redactor { return t.red }

// Truncated reports whether the transcript reached MaxBytes or MaxLines.
func (t *Tap) Truncated() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.full
}

// Limit returns the bound a probe records when the transcript reached
// its cap, at stage (where the probe ended); ok is false when it did not.
func (t *Tap) Limit(stage probe.Stage) (l probe.Limit, ok bool) {
	if !t.Truncated() {
		return probe.Limit{}, false
	}
	return probe.Limit{Name: probe.LimitTranscript, Max: MaxBytes, Stage: stage, Detail: truncatedDetail}, true
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
// unterminated last line of each direction, scrubbed: each direction's
// lines as one stream.
func (t *Tap) Transcript() probe.Transcript {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := append(probe.Transcript(nil), t.lines...)
	for i, dir := range []probe.Direction{probe.DirClient, probe.DirServer} {
		if len(t.partial[i]) > 0 && !t.full {
			// An unterminated line was cut by a close (or is still
			// arriving): its end may be the start of a secret.
			out = append(out, probe.Line{Dir: dir, OffsetMS: t.offset(), Text: t.red.CutEnd(t.redact(dir, clipLine(string(t.partial[i])), false))})
		}
	}
	for _, dir := range []probe.Direction{probe.DirClient, probe.DirServer, probe.DirInfo} {
		var idx []int
		var texts []string
		for j, l := range out {
			if l.Dir == dir {
				idx = append(idx, j)
				texts = append(texts, strings.ReplaceAll(l.Text, "\n", " "))
			}
		}
		for k, txt := range t.red.Lines(texts) {
			out[idx[k]].Text = txt
		}
	}
	return out
}

func clipLine(s string) string {
	if len(s) > maxLine {
		return s[:maxLine]
	}
	return s
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
	if t.skip[i] || t.full {
		buf = nil // nothing more is recorded; keep no partial line either
	} else if len(buf) > maxLine {
		// The line goes on beyond the cap and the rest will be dropped:
		// a secret may straddle the cut, so its visible start is removed.
		t.emitCut(dir, string(buf))
		t.skip[i] = true
		buf = nil
	}
	t.partial[i] = append([]byte(nil), buf...)
}

// emitLine records a complete line, redacted in secret mode and capped
// at maxLine, so the cap does not depend on how the bytes arrived. The
// redactor, run over the stream when the transcript is read, removes the
// part of a secret a cut left behind.
func (t *Tap) emitLine(dir probe.Direction, line string) {
	text := t.redact(dir, line, true)
	if len(text) > maxLine {
		text = t.red.CutEnd(text[:maxLine]) + " [line truncated]"
	}
	t.emit(dir, text)
}

// emitCut records the start of a line that went on beyond the cap; the
// rest of it is dropped as it arrives.
func (t *Tap) emitCut(dir probe.Direction, partial string) {
	t.emit(dir, t.red.CutEnd(clipLine(t.redact(dir, partial, true)))+" [line truncated]")
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

// emit records a line unless the transcript is full; the line that fills
// it is replaced by the truncation note.
func (t *Tap) emit(dir probe.Direction, text string) {
	if t.full {
		return
	}
	if t.size+len(text) > MaxBytes || len(t.lines)+1 >= MaxLines {
		t.full = true
		t.lines = append(t.lines, probe.Line{Dir: probe.DirInfo, OffsetMS: t.offset(), Text: truncatedNote})
		return
	}
	t.size += len(text)
	t.lines = append(t.lines, probe.Line{Dir: dir, OffsetMS: t.offset(), Text: text})
}

func (t *Tap) offset() float64 {
	d := t.now().Sub(t.start)
	return float64(d.Microseconds()) / 1000
}
