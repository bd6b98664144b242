// Package imapwire is the small IMAP codec the imapcheck probe owns: it
// reads server responses line by line (literals included), parses status
// responses into tag, type, response code and text, and quotes client
// arguments.
//
// It is deliberately tiny. The probe needs the greeting, CAPABILITY,
// STARTTLS, AUTHENTICATE/LOGIN, EXAMINE and LOGOUT, and for each it needs
// the server's exact text under its own deadlines; a full client library
// hides both. Parsing is lenient where servers are sloppy (a missing text
// after a response code, a bare LF) and strict where the line is not IMAP
// at all (an SMTP banner, TLS bytes), because telling those apart is the
// point.
package imapwire

import (
	"errors"
	"strings"
)

// Response is one server response.
type Response struct {
	// Tag is "*" for untagged responses, "+" for a continuation request,
	// otherwise the tag of the command it completes.
	Tag string
	// Num is the number of a numeric untagged response ("* 23 EXISTS").
	Num string
	// Type is the response type in upper case: "OK", "NO", "BAD", "BYE",
	// "PREAUTH", "CAPABILITY", "EXISTS"...; empty for a continuation.
	Type string
	// Code and CodeArg are the bracketed response code, if any: Code in
	// upper case without brackets, CodeArg its argument as sent.
	Code    string
	CodeArg string
	// Text is the rest of the line: the human-readable text of a status
	// response, the capability list, a continuation's payload.
	Text string
	// Line is the whole response as the server sent it, without the final
	// CRLF. Literals are included with their CRLFs.
	Line string
}

// Status response types.
const (
	OK      = "OK"
	NO      = "NO"
	BAD     = "BAD"
	BYE     = "BYE"
	PREAUTH = "PREAUTH"
)

// IsTagged reports whether r completes a command.
func (r *Response) IsTagged() bool { return r.Tag != "*" && r.Tag != "+" }

// IsContinuation reports whether r is a continuation request ("+ ...").
func (r *Response) IsContinuation() bool { return r.Tag == "+" }

// IsStatus reports whether r is a status response (OK, NO, BAD, BYE or
// PREAUTH), whose Text is resp-text and may carry a code.
func (r *Response) IsStatus() bool { return isStatus(r.Type) }

func isStatus(t string) bool {
	switch t {
	case OK, NO, BAD, BYE, PREAUTH:
		return true
	}
	return false
}

// Capabilities returns the capability list of a CAPABILITY response, or of
// a status response with a [CAPABILITY ...] code, as the server spelled
// them (capability names are case-insensitive); nil otherwise.
func (r *Response) Capabilities() []string {
	switch {
	case r.Type == "CAPABILITY" && !r.IsContinuation():
		return strings.Fields(r.Text)
	case r.Code == "CAPABILITY":
		return strings.Fields(r.CodeArg)
	}
	return nil
}

// ErrNotIMAP is wrapped by Parse errors: the line is not an IMAP response.
var ErrNotIMAP = errors.New("imapwire: not an IMAP response")

// ParseError says why a line is not an IMAP response.
type ParseError struct {
	Line   string
	Reason string
}

var _ error = (*ParseError)(nil)

func (e *ParseError) Error() string { return "imapwire: not an IMAP response: " + e.Reason }

// Unwrap lets errors.Is match ErrNotIMAP.
func (e *ParseError) Unwrap() error { return ErrNotIMAP }

// Parse parses one response line (without its final CRLF). It never
// panics; lines that are not IMAP return a *ParseError. Parse performs no
// I/O.
func Parse(line string) (*Response, error) {
	r := &Response{Line: line}
	bad := func(reason string) (*Response, error) { return nil, &ParseError{Line: line, Reason: reason} }
	if line == "" {
		return bad("empty line")
	}
	if line == "+" || strings.HasPrefix(line, "+ ") {
		r.Tag = "+"
		r.Text = strings.TrimPrefix(strings.TrimPrefix(line, "+"), " ")
		return r, nil
	}
	tag, rest, ok := strings.Cut(line, " ")
	if !ok {
		return bad("no space after the tag")
	}
	if tag != "*" && !validTag(tag) {
		return bad("invalid tag")
	}
	r.Tag = tag
	typ, rest, _ := strings.Cut(rest, " ")
	if tag == "*" && isDigits(typ) {
		r.Num = typ
		typ, rest, _ = strings.Cut(rest, " ")
	}
	if !validAtom(typ) {
		return bad("invalid response type")
	}
	r.Type = strings.ToUpper(typ)
	if r.IsTagged() && r.Type != OK && r.Type != NO && r.Type != BAD {
		return bad("tagged response is not OK, NO or BAD")
	}
	if r.Num != "" && isStatus(r.Type) {
		return bad("numbered status response")
	}
	if !r.IsStatus() {
		r.Text = rest
		return r, nil
	}
	r.Code, r.CodeArg, r.Text = parseRespText(rest)
	return r, nil
}

// parseRespText splits "[CODE arg] text". A bracket that does not hold a
// valid code is left in the text.
func parseRespText(s string) (code, arg, text string) {
	if !strings.HasPrefix(s, "[") {
		return "", "", s
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return "", "", s
	}
	inner := s[1:end]
	c, a, _ := strings.Cut(inner, " ")
	if !validAtom(c) {
		return "", "", s
	}
	text = s[end+1:]
	text = strings.TrimPrefix(text, " ")
	return strings.ToUpper(c), a, text
}

// String formats r as a response line. For a value returned by Parse,
// Parse(r.String()) returns the same fields (Line aside).
func (r *Response) String() string {
	var b strings.Builder
	b.WriteString(r.Tag)
	if r.IsContinuation() {
		if r.Text != "" {
			b.WriteString(" " + r.Text)
		}
		return b.String()
	}
	if r.Num != "" {
		b.WriteString(" " + r.Num)
	}
	b.WriteString(" " + r.Type)
	if r.Code != "" {
		b.WriteString(" [" + r.Code)
		if r.CodeArg != "" {
			b.WriteString(" " + r.CodeArg)
		}
		b.WriteString("]")
	}
	if r.Text != "" {
		b.WriteString(" " + r.Text)
	}
	return b.String()
}

// validTag accepts RFC 9051 tag characters: ASTRING-CHAR except "+".
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || c == '+' || c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// validAtom accepts ATOM-CHARs; "]" is excluded too so a code ends there.
func validAtom(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"' || c == '\\' || c == ']' || c == '[' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
