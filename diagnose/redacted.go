package diagnose

import (
	"strings"

	"github.com/mailcheck-go/mailcheck/internal/redact"
	"github.com/mailcheck-go/mailcheck/probe"
)

// Reading text the redactor has been through.
//
// The probes remove from every text they let out any four bytes of a
// credential, wherever they are (internal/redact), so a server's own word
// that happens to share four bytes with a passphrase loses them: with the
// password "Tenant-alex-01!", Microsoft's "SmtpClientAuthentication is
// disabled for the Tenant" arrives as "... disabled for the [redacted]".
// The marker says that bytes were there which may not be shown; it says
// nothing about what they were, except that they were four or more. A
// rule's phrase therefore matches text in which markers stand for parts
// of it (four bytes or more inside it, any number at its ends), as long as
// enough of the phrase is visible to identify it: half of it and at least
// minVisible bytes. A phrase that is all or mostly marker does not match:
// "[redacted]" is not evidence of "relay". An IMAP response code is read
// the same way ("AUTH[redacted]CA[redacted]FAILED").

// redactedMarker is the probes' placeholder, lower-cased as the rules read.
var redactedMarker = strings.ToLower(probe.Redacted)

const (
	// minVisible is the fewest bytes of a phrase that must be visible
	// around markers: a fragment of eight bytes of a server's phrase
	// ("failed.", " not accepted") names it; fewer could be anything.
	minVisible = 8
	// maxEndHidden is the most bytes of a phrase a marker at its start or
	// end may stand for: about a word ("tenant", "password"). Beyond
	// that the visible part is a bare start or end that other phrases
	// share: with the password "Failsafe-99", Dovecot's "Authentication
	// failed." arrives as "Authentication [redacted]ed.", which is not
	// evidence of mutt's "authentication requires sasl" (a reviewer's
	// find: the finding blamed a mail program built without SASL).
	maxEndHidden = 8
	// maxMarkers bounds the markers considered in one text, so that
	// reading a text full of markers stays linear in its size.
	maxMarkers = 64
)

// containsRedacted reports whether text (lower-cased, holding markers)
// shows phrase with markers standing for parts of it, one or more bytes
// each, and at least half of phrase (and minVisible bytes) visible.
func containsRedacted(text, phrase string) bool {
	need := max(minVisible, (len(phrase)+1)/2)
	if len(phrase) < need || len(phrase) == 0 {
		return false
	}
	m := &phraseMatch{text: text, phrase: phrase, memo: map[[2]int]int{}}
	seen := 0
	for off := 0; seen < maxMarkers; seen++ {
		i := strings.Index(text[off:], redactedMarker)
		if i < 0 {
			return false
		}
		at := off + i
		// A match that uses this marker starts at most len(phrase) bytes
		// before it, or at the marker itself.
		for start := max(0, at-len(phrase)); start <= at; start++ {
			if hidden := m.hidden(start, 0); len(phrase)-hidden >= need {
				return true
			}
		}
		off = at + len(redactedMarker)
	}
	return false
}

// phraseMatch memoizes the matching of one phrase against one text.
type phraseMatch struct {
	text, phrase string
	memo         map[[2]int]int
}

// impossible is hidden's answer when no match exists.
const impossible = 1 << 30

// hidden returns the fewest phrase bytes that markers must stand for for
// phrase[pi:] to match text from ti, or impossible.
func (m *phraseMatch) hidden(ti, pi int) int {
	if pi == len(m.phrase) {
		return 0
	}
	if ti >= len(m.text) {
		return impossible
	}
	key := [2]int{ti, pi}
	if h, ok := m.memo[key]; ok {
		return h
	}
	best := impossible
	if m.text[ti] == m.phrase[pi] {
		best = m.hidden(ti+1, pi+1)
	}
	if strings.HasPrefix(m.text[ti:], redactedMarker) {
		// A marker stands for four bytes or more (redact.MinBytes): inside
		// the phrase it hides that many of it; at either end it may hide
		// fewer, the rest of what it stands for lying outside the phrase,
		// but not more than maxEndHidden.
		for k := 1; pi+k <= len(m.phrase); k++ {
			atEnd := pi == 0 || pi+k == len(m.phrase)
			if k < redact.MinBytes && !atEnd || k > maxEndHidden && atEnd {
				continue
			}
			if h := m.hidden(ti+len(redactedMarker), pi+k); h != impossible {
				best = min(best, h+k)
			}
		}
	}
	m.memo[key] = best
	return best
}

// respCodeIn reports whether the observation's response code is one of
// codes, markers read as in containsRedacted.
func (o *observation) respCodeIn(codes []string) bool {
	if contains(codes, o.RespCode) {
		return true
	}
	low := strings.ToLower(o.RespCode)
	if !strings.Contains(low, redactedMarker) {
		return false
	}
	for _, c := range codes {
		if containsRedacted(low, strings.ToLower(c)) {
			return true
		}
	}
	return false
}
