package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text that comes from outside mailcheck (server lines, transcripts,
// evidence, summaries quoting a server, pasted text, host and account
// names) reaches a terminal only through printable or printableLine. A
// hostile server or a pasted log could otherwise retitle the terminal
// ("\x1b]0;...\x07"), clear it ("\x1b[2J") or hide words from whoever reads
// the report ("\x1b[8m"). mailcheck's own colour codes are added by style
// after escaping, so they still work. JSON output needs none of this:
// encoding/json escapes control characters itself.

// printable returns s with everything a terminal would act on made
// visible, keeping line breaks and tabs: C0 controls, DEL and C1 controls
// (U+0080–U+009F) as \xNN or \uNNNN, the Unicode controls that reorder
// text (bidirectional embeddings, overrides and isolates, U+202A–U+202E
// and U+2066–U+2069; the marks U+200E, U+200F and U+061C) and the
// invisible ones (U+200B, U+FEFF, and the separators U+2028 and U+2029)
// as \uNNNN, and each byte of invalid UTF-8 as \xNN. A
// CR before LF is dropped (CRLF line ends); any other CR, which could
// return to the start of a line and overwrite it, shows as \r.
func printable(s string) string { return escapeControls(s, false) }

// printableLine is printable for text that must stay on one line (a
// transcript line, a host name): line feeds show as \n as well.
func printableLine(s string) string { return escapeControls(s, true) }

func escapeControls(s string, oneLine bool) string {
	if isPlain(s, oneLine) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\r' && strings.HasPrefix(s[i+1:], "\n") && !oneLine:
			// CRLF: the LF alone breaks the line.
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\n' && oneLine:
			b.WriteString(`\n`)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case isEscapedRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isPlain reports whether escapeControls would return s unchanged, so the
// common case allocates nothing.
func isPlain(s string, oneLine bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1, r == '\r', r == 0x7f, isEscapedRune(r):
			return false
		case r == '\n':
			if oneLine {
				return false
			}
		case r < 0x20 && r != '\t':
			return false
		}
		i += size
	}
	return true
}

// isEscapedRune reports whether r is a C1 control, a bidirectional
// formatting character or an invisible one: a terminal would act on it,
// or a reader would not see it.
func isEscapedRune(r rune) bool {
	switch r {
	case 0x200b, // zero width space: splits a word a reader sees whole
		0x200e, 0x200f, // left-to-right and right-to-left marks
		0x061c,         // Arabic letter mark, a right-to-left mark
		0x2028, 0x2029, // line and paragraph separators: a line break some terminals honour
		0xfeff: // zero width no-break space (a BOM mid-text)
		return true
	}
	return (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
