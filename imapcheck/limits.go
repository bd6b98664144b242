package imapcheck

import (
	"errors"
	"fmt"

	"github.com/mailcheck-go/mailcheck/internal/imapwire"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Bounds on what a server can make the probe read and keep. A server that
// behaves stays far below each one; a server that reaches one is broken or
// hostile, and the probe records that (Result.Limits) and stops reading
// rather than grow. Without them an endless stream of "* 1 EXISTS" lines or
// of 1 MB literals kept a probe running past its deadline and growing to
// gigabytes. The line and literal bounds are imapwire's (MaxLine,
// MaxLiteral, MaxResponse).
const (
	// maxUntagged caps the untagged responses to one command. EXAMINE,
	// the chattiest command the probe sends, draws about ten (FLAGS,
	// EXISTS, RECENT and a handful of OK codes); Dovecot's interim
	// "Waiting for authentication process" lines before a greeting come
	// one every few seconds. 256 is over twenty times that.
	maxUntagged = 256
	// maxUntaggedBytes caps the bytes read for one command's untagged
	// responses, discarded literals included: a capability list is under
	// 1 KiB and EXAMINE's answer under 2 KiB. It also bounds the time a
	// fast server can keep one command reading.
	maxUntaggedBytes = 256 << 10
	// maxSASLRounds caps the continuation requests ("+") the probe answers
	// in one command: PLAIN without SASL-IR needs one, LOGIN with two
	// literals two, an OAuth error challenge one more. A server asking
	// for more is looping; the probe stops there.
	maxSASLRounds = 4
	// maxAlerts caps the [ALERT] texts kept, and maxAlertBytes each one.
	// Servers send one alert, rarely two; an alert is a sentence.
	maxAlerts     = 8
	maxAlertBytes = 1 << 10
	// maxCapabilities caps the capability list kept. Real servers
	// advertise 10 to 40 capabilities.
	maxCapabilities = 256
	// maxServerText caps the server text one step keeps (Step.Server, and
	// the refusal quoted in the result), so the report stays readable and
	// the classifier's input small.
	maxServerText = 16 << 10
)

// limitError ends a command because the server reached a bound.
type limitError struct{ limit probe.Limit }

func (e *limitError) Error() string { return "imapcheck: " + e.limit.Detail }

// limitFor turns an imapwire length error into the limit it reached.
func limitFor(err error) (probe.Limit, bool) {
	var le *limitError
	if errors.As(err, &le) {
		return le.limit, true
	}
	var tl *imapwire.TooLongError
	if !errors.As(err, &tl) {
		return probe.Limit{}, false
	}
	if tl.What == "line" {
		return probe.Limit{Name: probe.LimitLine, Max: tl.Max,
			Detail: fmt.Sprintf("the server sent a line over %d bytes; the probe stopped reading", tl.Max)}, true
	}
	return probe.Limit{Name: probe.LimitLiteral, Max: tl.Max,
		Detail: fmt.Sprintf("the server announced a %s of %d bytes (the limit is %d); the probe closed the connection", tl.What, tl.Size, tl.Max)}, true
}

// recordLimit keeps l in the result, once per name and stage.
func (s *session) recordLimit(l probe.Limit) {
	l.Stage = s.res.Stage
	for _, o := range s.res.Limits {
		if o.Name == l.Name && o.Stage == l.Stage {
			return
		}
	}
	s.res.Limits = append(s.res.Limits, l)
}
