package fleet

import (
	"strings"

	"github.com/mailcheck-go/mailcheck/probe"
)

// Server words seen through the redactor.
//
// Each mailbox's probe removes from the server's words any four bytes of
// that mailbox's own credentials (internal/redact), so the same refusal
// can arrive in two spellings: "disabled for the Tenant." for one mailbox
// and "disabled for the [redacted]." for another whose password begins
// with "Tenant". The marker stands for bytes that may not be shown, not
// for other words; so two texts are the same words when one, markers
// standing for one byte or more each, spells the other, and most of it is
// visible (half its length, at least minSameVisible bytes): a text that
// is all marker is not the same as anything.

// minSameVisible is the fewest visible bytes a text with markers needs to
// be taken as the same words as another.
const minSameVisible = 8

// sameWords reports whether two normalized server texts are the same
// words, markers read as above.
func sameWords(a, b string) bool {
	if a == b {
		return true
	}
	am, bm := strings.Contains(a, probe.Redacted), strings.Contains(b, probe.Redacted)
	switch {
	case am && !bm:
		return spells(a, b)
	case bm && !am:
		return spells(b, a)
	}
	return false
}

// spells reports whether pattern, each marker standing for one byte or
// more, is s, with enough of s visible.
func spells(pattern, s string) bool {
	parts := strings.Split(pattern, probe.Redacted)
	visible := len(pattern) - (len(parts)-1)*len(probe.Redacted)
	if visible < minSameVisible || 2*visible < len(s) {
		return false
	}
	first, last := parts[0], parts[len(parts)-1]
	if !strings.HasPrefix(s, first) || !strings.HasSuffix(s[len(first):], last) {
		return false
	}
	rest := s[len(first) : len(s)-len(last)]
	// Each marker takes at least one byte; the visible parts between
	// markers are found leftmost, which is enough for a match of this
	// kind (markers take any bytes).
	for _, p := range parts[1 : len(parts)-1] {
		if len(rest) == 0 {
			return false
		}
		i := strings.Index(rest[1:], p)
		if i < 0 {
			return false
		}
		rest = rest[1+i+len(p):]
	}
	return len(rest) > 0
}

// markers counts the markers in a text: of two spellings of the same
// words, the one with fewer shows more of them.
func markers(s string) int { return strings.Count(s, probe.Redacted) }
