// Package textline reads the lines of a line-based protocol (IMAP, SMTP)
// with a cap on their length. The probes' readers (internal/imapwire,
// smtpcheck's reply reader) and the fakes' connections (mailtest) share
// it, so a line ends, and an over-long line is cut, the same way
// everywhere; each caller keeps its own cap and its own way of recording
// that the cap was reached.
package textline

import (
	"bufio"
	"errors"
	"fmt"
)

// ErrTooLong is wrapped by the error Read returns for a line over its cap;
// the error itself is a *TooLongError.
var ErrTooLong = errors.New("textline: line too long")

// TooLongError says that a line went over the cap Max (in bytes).
type TooLongError struct {
	Max int
}

var _ error = (*TooLongError)(nil)

func (e *TooLongError) Error() string {
	return fmt.Sprintf("textline: line longer than %d bytes", e.Max)
}

// Unwrap lets errors.Is match ErrTooLong.
func (e *TooLongError) Unwrap() error { return ErrTooLong }

// Read reads one line from br, up to and including LF, and returns it
// without its line ending (CRLF, or a bare LF as lenient peers send). n is
// how many bytes it consumed from br.
//
// A line longer than max bytes (its line ending counted) is not read to
// its end: Read returns its
// first max bytes and a *TooLongError, and leaves the rest unread (the
// caller closes the connection; the peer is broken or hostile). At an error
// from br (EOF in the middle of a line among them) the partial line is
// returned as read, with the error. Memory stays within max plus br's
// buffer whatever the peer sends.
func Read(br *bufio.Reader, max int) (line string, n int, err error) {
	var b []byte
	for {
		frag, err := br.ReadSlice('\n')
		n += len(frag)
		b = append(b, frag...)
		if len(b) > max {
			return string(b[:max]), n, &TooLongError{Max: max}
		}
		switch {
		case err == nil:
			b = b[:len(b)-1] // the LF
			if len(b) > 0 && b[len(b)-1] == '\r' {
				b = b[:len(b)-1]
			}
			return string(b), n, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return string(b), n, err
		}
	}
}
