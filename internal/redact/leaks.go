package redact

import (
	"encoding/base64"
	"strings"
)

// Leaks returns the pieces of secret that out shows, in any form the
// package knows. It is the package's promise written as plain string
// searches, apart from the matching machinery, so that tests (this
// package's, the probes', the hostile-server suite's) check the promise
// rather than the mechanism. Four bytes of the secret are a leak, in any
// of these forms, anywhere in out:
//
//   - any MinBytes (4) bytes of a raw-like form (raw, IMAP- or Go-quoted,
//     JSON- or URL-escaped), in any case;
//   - any MinB64 (5) characters of a base64 form, standard or URL-safe,
//     at any of its three alignments, in any case (the characters that
//     depend on the secret alone: four bytes give five of them at two of
//     the three alignments, four at the third);
//   - any run of base64 characters that decodes, read from any of its
//     first four characters in either alphabet, to bytes holding four
//     bytes of the secret: this catches four bytes at the third
//     alignment, shown with the two characters they share with their
//     neighbours;
//   - any 8 hex digits (four bytes), in either case.
//
// Placeholders are masked first. A secret that shares bytes with the
// placeholders themselves cannot be checked this way; tests avoid them.
// Text that is not derived from the secret can show a piece of it too
// (a passphrase holds words): Leaks reports such a piece all the same,
// and a test that checks a whole report must tell the report's own words
// from the server's (the hostile-server suite compares with a run under
// another secret).
func Leaks(out, secret string) []string {
	masked := strings.NewReplacer(DroppedLine, strings.Repeat("\x00", len(DroppedLine)), Marker, strings.Repeat("\x00", len(Marker))).Replace(out)
	lowered := strings.ToLower(masked)
	var found []string
	anywhere := func(form string, k int) {
		form = strings.ToLower(form)
		for i := 0; i+k <= len(form); i++ {
			if strings.Contains(lowered, form[i:i+k]) {
				found = append(found, form[i:i+k])
			}
		}
	}
	raw, b64, hx := Forms(secret)
	for _, f := range raw {
		anywhere(f, MinBytes)
	}
	for _, f := range b64 {
		anywhere(f, MinB64)
	}
	for _, f := range hx {
		anywhere(f, 8)
	}
	found = append(found, decodedLeaks(masked, strings.ToLower(secret))...)
	return found
}

// decodedLeaks decodes every run of 6 base64 characters or more in s,
// from each of its first four characters, in both alphabets, and returns
// the four-byte pieces of secret (lower-cased) the decoded bytes hold.
func decodedLeaks(s, secret string) []string {
	if len(secret) < MinBytes {
		return nil
	}
	var found []string
	for i := 0; i < len(s); {
		if !isB64(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isB64(s[j]) {
			j++
		}
		word := strings.TrimRight(s[i:j], "=")
		for off := 0; off < 4 && len(word)-off >= 6; off++ {
			w := word[off:]
			if len(w)%4 == 1 { // a lone last character holds no whole byte
				w = w[:len(w)-1]
			}
			for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
				b, err := enc.DecodeString(w)
				if err != nil {
					continue
				}
				d := strings.ToLower(string(b))
				for k := 0; k+MinBytes <= len(secret); k++ {
					if strings.Contains(d, secret[k:k+MinBytes]) {
						found = append(found, "base64 of "+secret[k:k+MinBytes])
					}
				}
			}
		}
		i = j
	}
	return found
}
