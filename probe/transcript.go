package probe

import (
	"fmt"
	"strings"
)

// Direction says who sent a transcript line.
type Direction string

const (
	DirClient Direction = "client" // sent by the probe
	DirServer Direction = "server" // sent by the server
	DirInfo   Direction = "info"   // a note by the probe: "TLS handshake", "connection closed"
)

// Line is one line of a transcript, without its CRLF. Credentials are
// replaced by [redacted] when the line is recorded, not when it is read.
type Line struct {
	// Dir says who sent it: client, server or info.
	Dir Direction `json:"dir"`
	// OffsetMS is the time in milliseconds since the probe started.
	OffsetMS float64 `json:"offset_ms"`
	// Text is the line without CRLF, credentials replaced by [redacted].
	Text string `json:"text"`
}

// Transcript is the redacted exchange of one probe, in order.
type Transcript []Line

// String renders the transcript as "C: ", "S: " and "*  " prefixed lines.
func (t Transcript) String() string {
	var b strings.Builder
	for _, l := range t {
		p := "*"
		switch l.Dir {
		case DirClient:
			p = "C:"
		case DirServer:
			p = "S:"
		}
		fmt.Fprintf(&b, "%s %s\n", p, l.Text)
	}
	return b.String()
}
