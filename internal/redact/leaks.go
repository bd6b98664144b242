package redact

import "strings"

// Leaks returns the pieces of secret that out shows in any form the
// package promises to remove, written as plain string searches, apart from
// the matching machinery, so that tests (this package's, the probes', the
// hostile-server suite's) check the promise rather than the mechanism:
//
//   - any 10 bytes, or half, of a raw-like form (raw, quoted, escaped),
//     any case;
//   - 4 bytes or more that begin a raw-like form, after a non-alphanumeric
//     byte or a line's start, or at a line's end (a clipped echo, the part
//     before a cut); 4 bytes or more that end it at a line's start (the
//     part after a cut or a wrap); in both cases unless the piece is
//     letters only;
//   - any 6 characters of a base64 form at one of its alignments (six
//     characters always hold four whole bytes), any case;
//   - any 8 hex digits (four bytes), any case.
//
// Placeholders are masked first. A secret that shares bytes with the
// placeholders themselves cannot be checked this way; tests avoid them.
func Leaks(out, secret string) []string {
	masked := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(out, DroppedLine, strings.Repeat("\x00", len(DroppedLine))), Marker, strings.Repeat("\x00", len(Marker))))
	var found []string
	anywhere := func(form string, k int) {
		for i := 0; i+k <= len(form); i++ {
			if strings.Contains(masked, form[i:i+k]) {
				found = append(found, form[i:i+k])
			}
		}
	}
	raw, b64, hx := Forms(secret)
	lines := strings.Split(masked, "\n")
	for _, f := range raw {
		f = strings.ToLower(f)
		if len(f) < MinBytes {
			continue
		}
		anywhere(f, min(minLong, (len(f)+1)/2))
		for k := MinBytes; k < len(f); k++ {
			pre, suf := f[:k], f[len(f)-k:]
			checkPre, checkSuf := !letters(pre), !letters(suf) // a word is not checked
			for _, l := range lines {
				l = strings.TrimSuffix(l, "\r")
				if checkPre && strings.HasSuffix(l, pre) || checkSuf && strings.HasPrefix(l, suf) {
					found = append(found, pre+"|"+suf)
				}
				for off := 0; checkPre; {
					j := strings.Index(l[off:], pre)
					if j < 0 {
						break
					}
					j += off
					if j == 0 || !isAlnum(l[j-1]) {
						found = append(found, pre)
					}
					off = j + 1
				}
			}
		}
	}
	for _, f := range b64 {
		anywhere(strings.ToLower(f), 6)
	}
	for _, f := range hx {
		anywhere(strings.ToLower(f), 8)
	}
	return found
}
