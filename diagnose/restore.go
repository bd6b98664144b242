package diagnose

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mailcheck-go/mailcheck/internal/redact"
)

// Words the redactor cut.
//
// A marker inside a word ("a2 NO AUTH[redacted]CATE failed." for a
// password holding "enti", such as "Sentinel99" or "Identity#1") hides
// four bytes or more of a server's own word, and the rules' patterns, which
// read whole words, no longer know it: a reviewer saw Microsoft's refusal
// read as IMAP switched off, and Yahoo's "#AUTH005" lost with the password
// "Yahoo!Auth1". Where the letters on both sides of a marker, with four
// bytes or more between them, make exactly one word that some rule names,
// that word is what the server said: restoreWords puts it back in a copy
// of the text that only the rules' patterns read. What was hidden is a
// piece of the password, so the restored text is never shown, quoted or
// kept: evidence and the server's words keep their markers.

// minRestoreVisible is the fewest visible letters around a marker for its
// word to be restored: with fewer, too many words fit.
const minRestoreVisible = 3

// ruleWords are the words (letters and digits, seven bytes or more) of
// every rule's phrases and required literals, the words a restored marker
// may stand in for, each with the punctuation seen right before it in
// those literals ("#" for Yahoo's "#auth005"), sorted.
var ruleWords = sync.OnceValue(func() []ruleWord {
	seen := map[string]string{}
	add := func(s string) {
		for i := 0; i < len(s); {
			if notWordByte(rune(s[i])) {
				i++
				continue
			}
			j := i
			for j < len(s) && !notWordByte(rune(s[j])) {
				j++
			}
			if w := s[i:j]; len(w) >= minRestoreVisible+redact.MinBytes && w != redactedWord {
				before := seen[w]
				if i > 0 && s[i-1] != ' ' && !strings.ContainsRune(before, rune(s[i-1])) {
					before += string(s[i-1])
				}
				seen[w] = before
			}
			i = j
		}
	}
	for i := range compiledRules() {
		r := &compiledRules()[i]
		for _, p := range r.Phrases {
			add(p)
		}
		for _, clause := range r.pre.prefilter {
			for _, lit := range clause {
				add(lit)
			}
		}
	}
	out := make([]ruleWord, 0, len(seen))
	for w, before := range seen {
		out = append(out, ruleWord{w, before})
	}
	slices.SortFunc(out, func(a, b ruleWord) int { return strings.Compare(a.word, b.word) })
	return out
})

// redactedWord is the marker's own word, never one it stands for.
var redactedWord = strings.Trim(redactedMarker, "[]")

// ruleWord is one of ruleWords.
type ruleWord struct {
	word string
	// before holds the punctuation bytes seen right before the word.
	before string
}

// notWordByte reports a byte (or rune) that ends a word: anything but an
// ASCII letter or digit, or a letter of another script.
func notWordByte(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= utf8.RuneSelf)
}

// restoreWords returns lower with every marker that cuts a rule's word
// replaced by the word's hidden part, or lower itself when none does.
func restoreWords(lower string) string {
	if !strings.Contains(lower, redactedMarker) {
		return lower
	}
	var b strings.Builder
	changed := false
	off := 0
	for n := 0; n < maxMarkers; n++ {
		i := strings.Index(lower[off:], redactedMarker)
		if i < 0 {
			break
		}
		at := off + i
		end := at + len(redactedMarker)
		// The letters before this marker, but none a restored word before
		// it already used: two markers that share the letters between
		// them ("0x[redacted]b[redacted]nd") restore the first only (a
		// reviewer's crash: the slice below ran backwards).
		left := wordBefore(lower[off:at])
		right := wordAfter(lower[end:])
		var before byte
		if k := at - len(left); k > 0 {
			before = lower[k-1]
		}
		if w, ok := restoredWord(left, right, before); ok {
			b.WriteString(lower[off : at-len(left)])
			b.WriteString(w)
			off = end + len(right)
			changed = true
			continue
		}
		b.WriteString(lower[off:end])
		off = end
	}
	if !changed {
		return lower
	}
	b.WriteString(lower[off:])
	return b.String()
}

// wordBefore and wordAfter are the letters and digits touching a marker.
func wordBefore(s string) string {
	i := len(s)
	for i > 0 && !notWordByte(rune(s[i-1])) {
		i--
	}
	return s[i:]
}

func wordAfter(s string) string {
	i := 0
	for i < len(s) && !notWordByte(rune(s[i])) {
		i++
	}
	return s[:i]
}

// restoredWord returns the one rule word that starts with left, ends with
// right and has four bytes or more between them (redact.MinBytes), if
// exactly one does. When the word's start is hidden too, the punctuation
// before it (before, 0 for none) must be one the word follows in some
// rule: "(#[redacted]005)" is Yahoo's "#auth005", not an Entra code.
func restoredWord(left, right string, before byte) (string, bool) {
	if len(left)+len(right) < minRestoreVisible {
		return "", false
	}
	punct := left == "" && before != 0 && before != ' ' && before != '\n' && before != '\t'
	found := ""
	for _, rw := range ruleWords() {
		w := rw.word
		if len(w) < len(left)+len(right)+redact.MinBytes || !strings.HasPrefix(w, left) || !strings.HasSuffix(w, right) {
			continue
		}
		if punct && strings.IndexByte(rw.before, before) < 0 {
			continue
		}
		if found != "" {
			return "", false
		}
		found = w
	}
	return found, found != ""
}
