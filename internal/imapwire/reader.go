package imapwire

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/textline"
)

// Limits on what one response may hold. A capability list runs to a few
// hundred bytes and the probe never fetches messages, so anything near
// these sizes is a server gone wrong, not IMAP at all, or hostile; the
// limits keep such a server from exhausting memory or time.
const (
	// MaxLine caps one line without its literals. RFC 9051 sets no limit,
	// but servers keep lines to a few KiB (Dovecot refuses client lines
	// over 64 KiB); the probe's longest, a capability list, is under 1 KiB.
	MaxLine = 64 << 10
	// MaxLiteral caps one literal. The probe needs no literal (it never
	// fetches a message), so a literal is read and discarded, keeping
	// only its first MaxLiteralKept bytes; one longer than MaxLiteral is
	// not read at all and ends the response with ErrTooLong, after which
	// the caller closes the connection. 1 MiB reads through anything a
	// confused server might send to a probe (a folder list with odd
	// names) in well under a second on a slow link.
	MaxLiteral = 1 << 20
	// MaxLiteralKept is how much of a literal a response's Line keeps: a
	// literal's start is enough to show what it was.
	MaxLiteralKept = 256
	// MaxResponse caps the bytes read for one response, literals (kept
	// or discarded) included: four maximal literals.
	MaxResponse = 4 << 20
)

// ErrTooLong is wrapped by every error that says a response exceeded a
// limit; the error itself is a *TooLongError.
var ErrTooLong = errors.New("imapwire: response too long")

// TooLongError says which limit a response exceeded.
type TooLongError struct {
	// What is "line" (MaxLine) or "literal" (MaxLiteral or MaxResponse).
	What string
	// Max is the limit in bytes; Size what the server announced, when it
	// announced it (a literal), else 0.
	Max, Size int64
}

var _ error = (*TooLongError)(nil)

func (e *TooLongError) Error() string {
	if e.Size > 0 {
		return fmt.Sprintf("imapwire: response too long: %s of %d bytes (the limit is %d)", e.What, e.Size, e.Max)
	}
	return fmt.Sprintf("imapwire: response too long: %s over %d bytes", e.What, e.Max)
}

// Unwrap lets errors.Is match ErrTooLong.
func (e *TooLongError) Unwrap() error { return ErrTooLong }

// Reader reads whole responses from a server.
type Reader struct {
	br *bufio.Reader
	n  int64 // bytes consumed from the connection
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader { return &Reader{br: bufio.NewReaderSize(r, 4096)} }

// Buffered returns how many bytes have been read from the connection but
// not yet returned. After a tagged STARTTLS OK it must be zero: anything
// else was injected before the TLS handshake (RFC 9051 section 11.1 tells
// clients to discard it).
func (r *Reader) Buffered() int { return r.br.Buffered() }

// BytesRead returns how many bytes the reader has consumed so far, literals
// it discarded included: what a caller counts against its own budget.
func (r *Reader) BytesRead() int64 { return r.n }

// ReadLine reads one raw response: a line plus, when it ends with a literal
// announcement "{n}" or "{n+}", the literal and the rest of the line, as
// many times as announced. The final CRLF (or bare LF) is stripped. A
// literal longer than MaxLiteralKept is kept only in part: its first
// MaxLiteralKept bytes and then a note "[... n more bytes not kept]". On
// an error the partial text read so far is returned with it.
func (r *Reader) ReadLine() (string, error) {
	var b strings.Builder
	var read int64 // bytes of this response
	for {
		line, err := r.readPhysical()
		read += int64(len(line))
		b.WriteString(line)
		if err != nil {
			return b.String(), err
		}
		n, ok := literalLen(line)
		if !ok {
			return b.String(), nil
		}
		if n > MaxLiteral {
			return b.String(), &TooLongError{What: "literal", Max: MaxLiteral, Size: n}
		}
		if read+n > MaxResponse {
			return b.String(), &TooLongError{What: "response", Max: MaxResponse, Size: read + n}
		}
		b.WriteString("\r\n")
		err = r.readLiteral(&b, n)
		read += n
		if err != nil {
			return b.String(), err
		}
	}
}

// readLiteral reads a literal of n bytes, keeping its first MaxLiteralKept
// bytes in b and discarding the rest.
func (r *Reader) readLiteral(b *strings.Builder, n int64) error {
	keep := min(n, MaxLiteralKept)
	buf := make([]byte, keep)
	m, err := io.ReadFull(r.br, buf)
	r.n += int64(m)
	b.Write(buf[:m])
	if err == nil && n > keep {
		var d int64
		d, err = io.CopyN(io.Discard, r.br, n-keep)
		r.n += d
		fmt.Fprintf(b, " [... %d more bytes not kept]", n-keep)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || (err == io.EOF && n > 0) {
		err = io.EOF
	}
	return err
}

// readPhysical reads up to LF, at most MaxLine bytes (internal/textline,
// the one capped line reader the probes and fakes share).
func (r *Reader) readPhysical() (string, error) {
	line, n, err := textline.Read(r.br, MaxLine)
	r.n += int64(n)
	if errors.Is(err, textline.ErrTooLong) {
		return line, &TooLongError{What: "line", Max: MaxLine}
	}
	return line, err
}

// literalLen reports whether line ends with "{n}" or "{n+}" and returns n.
func literalLen(line string) (int64, bool) {
	if !strings.HasSuffix(line, "}") {
		return 0, false
	}
	i := strings.LastIndexByte(line, '{')
	if i < 0 {
		return 0, false
	}
	num := strings.TrimSuffix(line[i+1:len(line)-1], "+")
	if !isDigits(num) || len(num) > 10 {
		return 0, false
	}
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil
}

// ReadResponse reads and parses one response. A line that does not parse
// is returned as the Line of an otherwise empty Response together with a
// *ParseError, so the caller can still show what the server said.
func (r *Reader) ReadResponse() (*Response, error) {
	line, err := r.ReadLine()
	if err != nil {
		return &Response{Line: line}, err
	}
	resp, err := Parse(line)
	if err != nil {
		return &Response{Line: line}, err
	}
	return resp, nil
}
