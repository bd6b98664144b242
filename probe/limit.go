package probe

// LimitName names one of the probes' bounds on what a server may send. The
// values are wire names used in JSON; new ones may be added, none renamed.
type LimitName string

const (
	// LimitUntagged: untagged IMAP responses to one command, by count.
	LimitUntagged LimitName = "imap_untagged_responses"
	// LimitUntaggedBytes: bytes of untagged IMAP responses to one command.
	LimitUntaggedBytes LimitName = "imap_untagged_bytes"
	// LimitLiteral: one IMAP literal, or one whole response, too long to read.
	LimitLiteral LimitName = "imap_literal"
	// LimitLine: one line longer than the reader takes.
	LimitLine LimitName = "line_length"
	// LimitReplyLines: lines of one SMTP reply.
	LimitReplyLines LimitName = "smtp_reply_lines"
	// LimitReplyBytes: bytes of one SMTP reply.
	LimitReplyBytes LimitName = "smtp_reply_bytes"
	// LimitAlerts: IMAP [ALERT] texts kept.
	LimitAlerts LimitName = "imap_alerts"
	// LimitSASLRounds: SASL continuation requests (IMAP "+", SMTP 334)
	// in one authentication exchange.
	LimitSASLRounds LimitName = "sasl_rounds"
	// LimitCapabilities: IMAP capabilities kept.
	LimitCapabilities LimitName = "imap_capabilities"
	// LimitTranscript: bytes or lines recorded in one transcript.
	LimitTranscript LimitName = "transcript"
	// LimitServerText: server text kept for one step.
	LimitServerText LimitName = "step_server_text"
)

// Limit records that a server reached one of the probe's bounds. Hitting a
// bound is a fact about the server (a well-behaved one stays far below
// every bound), so it is reported, never silently dropped. What the server
// sent beyond the bound was read and discarded, or not read at all; the
// probe may have stopped there.
type Limit struct {
	// Name is which bound.
	Name LimitName `json:"name"`
	// Max is the bound's value, in the unit Detail names.
	Max int64 `json:"max"`
	// Stage is where the bound was reached.
	Stage Stage `json:"stage,omitempty"`
	// Detail says in words what was cut, for people.
	Detail string `json:"detail"`
}
