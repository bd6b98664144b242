package mailtest

import (
	"bytes"
	"fmt"
	"mime"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

// Draft builds a plain-text RFC 5322 message for the common case of a test
// that needs mail in a mailbox: put it in with [Server.Append] and
// Draft.Bytes. Anything fancier (attachments, HTML) is better written as
// raw bytes or loaded from an .eml file.
type Draft struct {
	// From is "Ada <ada@example.org>" or a bare address; it defaults to
	// sender@mailtest.invalid, as RFC 5322 requires a From field.
	From    string
	To      []string // each an address, with or without a display name
	Cc      []string
	Subject string // non-ASCII is encoded (RFC 2047)
	// Date defaults to 1 December 2026 09:00 UTC, so that a test's dates
	// do not depend on when it runs.
	Date time.Time
	// MessageID, without angle brackets, defaults to a new unique id at
	// mailtest.invalid; set it (and Date) for a message that is the same
	// bytes each time it is built.
	MessageID string
	// InReplyTo, without angle brackets, makes the message a reply.
	InReplyTo string
	// Header holds extra fields, written in sorted order after the others.
	Header map[string]string
	// Text is the body; line endings become CRLF.
	Text string
}

var draftSeq atomic.Int64

// defaultDraftFrom is the From of a Draft that sets none.
const defaultDraftFrom = "sender@mailtest.invalid"

// defaultDraftDate is the Date of a Draft that sets none.
var defaultDraftDate = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

// Bytes returns the message: headers, a blank line and the text, with CRLF
// line endings, UTF-8 text sent as 8bit.
func (d Draft) Bytes() []byte {
	var b bytes.Buffer
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\r\n", k, oneLine(v))
		}
	}
	date := d.Date
	if date.IsZero() {
		date = defaultDraftDate
	}
	id := d.MessageID
	if id == "" {
		id = fmt.Sprintf("draft-%d.%d@mailtest.invalid", time.Now().UnixNano(), draftSeq.Add(1))
	}
	from := d.From
	if strings.TrimSpace(from) == "" {
		from = defaultDraftFrom
	}
	field("From", from)
	field("To", strings.Join(d.To, ", "))
	field("Cc", strings.Join(d.Cc, ", "))
	field("Subject", mime.QEncoding.Encode("utf-8", oneLine(d.Subject)))
	field("Date", date.Format(time.RFC1123Z))
	field("Message-ID", "<"+id+">")
	if d.InReplyTo != "" {
		field("In-Reply-To", "<"+d.InReplyTo+">")
		field("References", "<"+d.InReplyTo+">")
	}
	field("MIME-Version", "1.0")
	field("Content-Type", "text/plain; charset=utf-8")
	enc := "7bit"
	for _, r := range d.Text {
		if r >= 0x80 {
			enc = "8bit"
			break
		}
	}
	field("Content-Transfer-Encoding", enc)
	keys := make([]string, 0, len(d.Header))
	for k := range d.Header {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		field(oneLine(k), d.Header[k])
	}
	b.WriteString("\r\n")
	text := strings.ReplaceAll(strings.ReplaceAll(d.Text, "\r\n", "\n"), "\r", "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	b.WriteString(strings.ReplaceAll(text, "\n", "\r\n"))
	return b.Bytes()
}

// oneLine keeps a header value on one line: a CR or LF in a test's value
// must not start a new header field.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\r' || r == '\n' }), " ")
}
