package imapwire

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits on what one response may hold. A capability list runs to a few
// hundred bytes and the probe never fetches messages, so anything near
// these sizes is a server gone wrong or not IMAP at all; the limits keep
// such a server from exhausting memory.
const (
	MaxLine     = 64 << 10 // one line, without literals
	MaxLiteral  = 1 << 20  // one literal
	MaxResponse = 4 << 20  // a whole response, literals included
)

// ErrTooLong is returned when a response exceeds a limit.
var ErrTooLong = errors.New("imapwire: response too long")

// Reader reads whole responses from a server.
type Reader struct {
	br *bufio.Reader
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader { return &Reader{br: bufio.NewReaderSize(r, 4096)} }

// Buffered returns how many bytes have been read from the connection but
// not yet returned. After a tagged STARTTLS OK it must be zero: anything
// else was injected before the TLS handshake (RFC 9051 section 11.1 tells
// clients to discard it).
func (r *Reader) Buffered() int { return r.br.Buffered() }

// ReadLine reads one raw response: a line plus, when it ends with a literal
// announcement "{n}" or "{n+}", the literal and the rest of the line, as
// many times as announced. The final CRLF (or bare LF) is stripped. On an
// error the partial text read so far is returned with it.
func (r *Reader) ReadLine() (string, error) {
	var b strings.Builder
	for {
		line, err := r.readPhysical()
		b.WriteString(line)
		if err != nil {
			return b.String(), err
		}
		n, ok := literalLen(line)
		if !ok {
			return b.String(), nil
		}
		if n > MaxLiteral || int64(b.Len())+n > MaxResponse {
			return b.String(), fmt.Errorf("%w: literal of %d bytes", ErrTooLong, n)
		}
		b.WriteString("\r\n")
		buf := make([]byte, n)
		m, err := io.ReadFull(r.br, buf)
		b.Write(buf[:m])
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = io.EOF
			}
			return b.String(), err
		}
	}
}

// readPhysical reads up to LF, at most MaxLine bytes.
func (r *Reader) readPhysical() (string, error) {
	var line []byte
	for {
		frag, err := r.br.ReadSlice('\n')
		line = append(line, frag...)
		if len(line) > MaxLine {
			return string(line[:MaxLine]), fmt.Errorf("%w: line over %d bytes", ErrTooLong, MaxLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return string(line), err
		}
		s := strings.TrimSuffix(string(line), "\n")
		return strings.TrimSuffix(s, "\r"), nil
	}
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
