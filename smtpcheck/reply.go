package smtpcheck

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/textline"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Limits on what the reply reader accepts. RFC 5321 4.5.3.1.5 caps a reply
// line at 512 octets; real servers stay well below these (an EHLO reply is
// 10 to 20 lines), and a server that sends more is not speaking SMTP. They
// keep a hostile or broken peer from making the probe buffer without
// bound: one reply is at most 64 KiB, and reaching a bound is recorded in
// Result.Limits.
const (
	maxReplyLine  = 8192
	maxReplyLines = 256
	// maxReplyBytes caps one reply's lines together: an EHLO reply, the
	// longest a server sends, is under 1 KiB.
	maxReplyBytes = 64 << 10
)

// protocolError is a reply that does not parse as SMTP. Lines holds what
// was read of it, exactly, so the evidence survives in the result.
type protocolError struct {
	Msg   string
	Lines []string
	// Limit is set when the reply broke one of the reader's bounds.
	Limit *probe.Limit
}

var _ error = (*protocolError)(nil)

func (e *protocolError) Error() string { return "smtpcheck: " + e.Msg }

// readReply reads one SMTP reply, single or multi-line ("250-..." lines
// followed by "250 ..."). A network error is returned as is, wrapped in
// nothing, so that netfacts can classify it; a malformed reply is a
// *protocolError. The lines read before an error are returned with it.
func readReply(r *bufio.Reader) (*Reply, []string, error) {
	var lines []string
	first, size := 0, 0
	for {
		line, err := readLine(r)
		size += len(line)
		if err != nil {
			if line != "" {
				lines = append(lines, line)
			}
			return nil, lines, err
		}
		lines = append(lines, line)
		code, more, _, perr := parseReplyLine(line)
		if perr != nil {
			return nil, lines, &protocolError{Msg: perr.Error(), Lines: lines}
		}
		if first == 0 {
			first = code
		}
		if code != first {
			return nil, lines, &protocolError{Msg: fmt.Sprintf("reply code changed from %d to %d within one reply", first, code), Lines: lines}
		}
		if !more {
			rep, err := newReply(lines)
			if err != nil {
				return nil, lines, &protocolError{Msg: err.Error(), Lines: lines}
			}
			return rep, lines, nil
		}
		if size > maxReplyBytes {
			msg := fmt.Sprintf("reply longer than %d bytes", maxReplyBytes)
			return nil, lines, &protocolError{Msg: msg, Lines: lines,
				Limit: &probe.Limit{Name: probe.LimitReplyBytes, Max: maxReplyBytes, Detail: "the server sent a " + msg + "; the probe stopped reading"}}
		}
		if len(lines) >= maxReplyLines {
			msg := fmt.Sprintf("reply longer than %d lines", maxReplyLines)
			return nil, lines, &protocolError{Msg: msg, Lines: lines,
				Limit: &probe.Limit{Name: probe.LimitReplyLines, Max: maxReplyLines, Detail: "the server sent a " + msg + "; the probe stopped reading"}}
		}
	}
}

// readLine reads one line without its line ending (CRLF or a bare LF),
// at most maxReplyLine bytes (internal/textline, the one capped line
// reader the probes and fakes share). At EOF after a partial line it
// returns the partial line and the error.
func readLine(r *bufio.Reader) (string, error) {
	line, _, err := textline.Read(r, maxReplyLine)
	if errors.Is(err, textline.ErrTooLong) {
		msg := fmt.Sprintf("reply line longer than %d bytes", maxReplyLine)
		return line, &protocolError{Msg: msg, Lines: []string{line},
			Limit: &probe.Limit{Name: probe.LimitLine, Max: maxReplyLine, Detail: "the server sent a " + msg + "; the probe stopped reading"}}
	}
	return line, err
}

// parseReplyLine splits one reply line into its code, whether more lines
// follow ("250-"), and its text. RFC 5321 4.2 allows a bare code ("250")
// as a last line.
func parseReplyLine(line string) (code int, more bool, text string, err error) {
	if len(line) < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '1' || line[0] > '5' {
		return 0, false, "", fmt.Errorf("not an SMTP reply: %q", clip(line, 64))
	}
	code = int(line[0]-'0')*100 + int(line[1]-'0')*10 + int(line[2]-'0')
	if len(line) == 3 {
		return code, false, "", nil
	}
	switch line[3] {
	case '-':
		return code, true, line[4:], nil
	case ' ':
		return code, false, line[4:], nil
	}
	return 0, false, "", fmt.Errorf("not an SMTP reply: %q", clip(line, 64))
}

// newReply builds a Reply from complete reply lines. The enhanced status
// code (RFC 3463) is taken from the first line that has one and stripped
// from the text of every line that starts with it.
func newReply(lines []string) (*Reply, error) {
	rep := &Reply{Lines: append([]string(nil), lines...)}
	texts := make([]string, 0, len(lines))
	for i, l := range lines {
		code, _, text, err := parseReplyLine(l)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			rep.Code = code
		}
		if ec, rest, ok := cutEnhancedCode(text); ok {
			if rep.EnhancedCode == "" {
				rep.EnhancedCode = ec
			}
			text = rest
		}
		texts = append(texts, text)
	}
	rep.Text = strings.Join(texts, "\n")
	return rep, nil
}

// cutEnhancedCode splits "5.7.8 Error: ..." into "5.7.8" and "Error: ...".
// RFC 3463: class 2, 4 or 5; subject and detail of one to three digits.
// The code must be followed by a space or end the text. Extra spaces
// before the rest are dropped (Gmail sends "5.7.9  https://...").
func cutEnhancedCode(text string) (code, rest string, ok bool) {
	end := strings.IndexByte(text, ' ')
	if end < 0 {
		end = len(text)
	}
	if !validEnhancedCode(text[:end]) {
		return "", text, false
	}
	return text[:end], strings.TrimLeft(text[end:], " "), true
}

// validEnhancedCode reports whether s is an RFC 3463 status code.
func validEnhancedCode(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || (parts[0] != "2" && parts[0] != "4" && parts[0] != "5") {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) < 1 || len(p) > 3 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if !isDigit(p[i]) {
				return false
			}
		}
	}
	return true
}

// String returns the reply's lines as sent, joined by "\n".
func (r *Reply) String() string {
	if r == nil {
		return ""
	}
	return strings.Join(r.Lines, "\n")
}

// clone returns a deep copy; nil stays nil.
func (r *Reply) clone() *Reply {
	if r == nil {
		return nil
	}
	c := *r
	c.Lines = append([]string(nil), r.Lines...)
	return &c
}

// class returns the first digit of the code: 2 success, 3 continue, 4
// temporary failure, 5 permanent failure.
func (r *Reply) class() int { return r.Code / 100 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
