// Package redact is the one gate every text leaving a probe passes through:
// transcript lines, step details and server texts, errors, capability
// lists, progress callbacks, and the fakes' records. It knows every form a
// secret takes on the wire and fails closed.
//
// # What it catches
//
// A Redactor is given the secrets (a password, a token) and derives their
// forms:
//
//   - the raw value, IMAP-quoted ("\" and `"` escaped), Go-quoted (%q and
//     its ASCII variant), JSON-escaped and URL-escaped;
//   - base64, standard and URL-safe alphabets, padded and unpadded, at each
//     of the three alignments a value can have inside a longer encoded
//     string (a SASL PLAIN or XOAUTH2 blob holds the password or token at
//     any byte offset); only the characters that depend on the secret
//     alone are used, so the match does not depend on what surrounds it;
//   - hex, in either case.
//
// Matching is case-insensitive (a server may upper-case what it echoes)
// and by fragment, not whole value, and it does not matter where a
// fragment is. Any MinBytes (4) bytes of a raw-like form, MinB64 (5)
// characters of a base64 form or MinHex (7) digits of a hex form are
// removed wherever they appear: in an echo or a clipped echo
// (`"K9vQ2m...`), on either side of a cut (a line cap, a close), in a
// secret wrapped over two lines, and in the middle of a server's own
// words. Line breaks are skipped while matching, so a fragment split by a
// line break is caught as one. At a cut of its own making (a line cap, a
// close) the caller also removes a shorter start of a secret (CutEnd).
//
// Base64 words (6 characters or more) are also decoded, read from each of
// their first four characters, and a word whose decoded bytes hold a
// fragment of a secret is removed whole: a SASL challenge that quotes the
// token, or the base64 of its hex form.
//
// After removing, the Redactor checks its own output once more, with its
// placeholders masked; a line that still shows a fragment (a placeholder
// and its neighbours spelling one, say) is dropped whole and replaced by
// DroppedLine. When in doubt, the line goes.
//
// # The promise
//
// Text that has passed through String (or Lines) shows no four bytes of a
// registered secret in any form the Redactor knows, anywhere: the
// issue's measure, checked by Leaks with plain string searches and by
// FuzzRedact with secrets of every kind, passphrases of letters only
// included. It is a promise about the text handed to the Redactor: every
// text a probe lets out (transcripts, steps and progress, server texts,
// errors, capability lists, certificate names, the fakes' records). A
// report's own words (field names, codes, the catalogue's advice) never
// pass through it and may share four bytes with a passphrase by chance;
// they are the same whatever the secret, so they say nothing about it.
//
// An earlier rule kept a piece of 4 to 9 letters that was not at an echo
// or a cut, as the server's own word. It does not hold against a server
// that chooses what to show: one that spells a passphrase out in pieces
// of nine letters ("orrecthor", then "sebattery") showed all of it, and a
// clipped echo that happens to end in a word ("correct...") showed the
// word. So there is no exception: a letters-only piece goes like any
// other.
//
// # The price
//
// Fragment matching removes innocent text that happens to share four
// bytes with a secret, and the marker says that bytes were removed: with
// the passphrase "correct horse battery staple", the " sta" of "250
// STARTTLS" ("250[redacted]RTTLS") and the "correct" of "Incorrect";
// with "Tenant-alex-01!", Microsoft's "disabled for the Tenant" ("the
// [redacted]") and the "alex" of the user name in a LOGIN line. That is
// the safe side: a report that shows less of a server's words beats one
// that shows a customer's password. The probes read what they parse
// (capabilities, reply codes) before it is scrubbed; the classifier
// (package diagnose) reads a marker inside a phrase as text it may not
// see, so "Username and [redacted] not accepted" is still Gmail's
// refusal. What no rule can recover is a word that is all marker: a
// password holding "Dovecot" hides the server's name in its greeting.
// Strong passwords (random letters, digits and marks) and tokens share
// four bytes with ordinary text rarely; passphrases often. Measured on 20
// real server lines (Dovecot, Gmail, Exchange Online greetings,
// refusals and EHLO replies), 2026-12-05: "K9vQ2mXw#R7tLp!4zH" and
// "Summer2024!" change none, "correcthorsebattery" and "Tenant-alex-01!"
// one, "correct horse battery staple" and "typo-in-password" two; a
// random token of 40 characters changes 0.2 % of the lines, of 200
// characters 0.5 %, of 1,500 (a Microsoft access token) 2.4 %. Secrets
// shorter than MinBytes are matched whole (raw, quoted, whole base64 and
// hex forms), as their fragments would match everything.
//
// # Cost
//
// Scanning is linear in the text: one pass over its bytes, a two-byte
// prefilter shared by the form families per position and, where it
// passes, a hash look-up per form family.
// BenchmarkString scrubs a 1 MB transcript (a password and a token
// registered, an echo every 100 lines) in about 21 ms, 49 MB/s, with 400
// allocations (AMD EPYC, 2 cores shared, go1.26, 2026-12-05); decoding
// each base64 word of six characters or more from each of its first four
// characters is half of that. A probe's transcript is capped at 256 KiB
// (internal/tap), so scrubbing one takes a few milliseconds.
package redact

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/mailcheck-go/mailcheck/probe"
)

// The fragment sizes. A fragment is the shortest piece of a form that is
// removed wherever it appears.
const (
	// MinBytes is the fragment of raw-like forms (raw, quoted, escaped):
	// four bytes, the "any part of 4 bytes or more".
	MinBytes = 4
	// MinB64 is the fragment of base64 forms: 5 characters carry 30 bits.
	// Four whole bytes (32 bits) always span 5 characters that depend on
	// the secret alone at two of the three alignments, and 4 at the third;
	// five bytes always span 5. Shorter fragments would match ordinary
	// words too often (base64 is matched case-insensitively).
	MinB64 = 5
	// MinHex is the fragment of hex forms: 7 digits hold 3.5 bytes, so
	// four bytes at either nibble alignment are caught.
	MinHex = 7
	// minWord is the shortest base64 word that is decoded and checked:
	// six characters can hold four bytes at the alignment where only
	// four characters depend on them alone (the other two are shared
	// with their neighbours), which MinB64 does not catch.
	minWord = 6
)

// Marker replaces each removed fragment.
const Marker = probe.Redacted

// DroppedLine replaces a line the Redactor could not clean with certainty.
const DroppedLine = "[line dropped: it held part of a credential]"

// Redactor removes secrets, in every form it knows, from text. The zero
// value is not usable; call New. A Redactor is safe for concurrent use.
type Redactor struct {
	mu    sync.RWMutex
	sets  [3]gramSet // raw-like, base64, hex
	whole []string   // lower-cased forms shorter than their fragment size
	raw   []string   // lower-cased raw-like forms, for CutEnd
	n     int        // secrets added
	added map[string]bool
	// pre is a bitset of the first two bytes of every set's fragments: a
	// position whose two bytes start no fragment is passed over at once.
	pre [1 << 16 / 64]uint64
}

// gramSet holds the fragments of one form family, lower-cased. The
// raw-like set keeps where each occurs in which form (extend needs it);
// the others need only know that a fragment is there.
type gramSet struct {
	k     int
	where bool
	grams map[string][]loc
}

// present is the value of a fragment in a set that keeps no locations.
var present = []loc{{}}

// New returns a Redactor for secrets (empty ones are ignored).
func New(secrets ...string) *Redactor {
	r := &Redactor{added: map[string]bool{}}
	for i, k := range []int{MinBytes, MinB64, MinHex} {
		r.sets[i] = gramSet{k: k, where: i == 0, grams: map[string][]loc{}}
	}
	r.Add(secrets...)
	return r
}

// Add registers more secrets. Text scrubbed before is not revisited. A
// secret added before is not added again: the probes register the
// password when they start and the SASL client names it again, and each
// copy of its forms would be scanned on every later scrub.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		if s == "" || r.added[s] {
			continue
		}
		r.added[s] = true
		r.n++
		raw, b64, hx := Forms(s)
		first := len(r.raw)
		for _, f := range raw {
			r.raw = append(r.raw, lower(f))
		}
		if len(s) < MinBytes {
			for _, f := range append(raw, base64.StdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)),
				base64.RawStdEncoding.EncodeToString([]byte(s)), hx[0]) {
				r.whole = append(r.whole, lower(f))
			}
			continue
		}
		for i, fs := range [][]string{raw, b64, hx} {
			for j, f := range fs {
				r.sets[i].add(lower(f), first+j, &r.pre)
			}
		}
	}
}

// Empty reports whether no secret was added: String then returns its
// input unchanged.
func (r *Redactor) Empty() bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.n == 0
}

// Forms returns the forms of s the Redactor matches: raw-like, base64 (the
// characters that depend on s alone, at each alignment, both alphabets,
// plus the whole encodings) and hex.
func Forms(s string) (raw, b64, hx []string) {
	q := strconv.Quote(s)
	qa := strconv.QuoteToASCII(s)
	j, _ := json.Marshal(s)
	imapq := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
	raw = uniq(s, q[1:len(q)-1], qa[1:len(qa)-1], string(j[1:len(j)-1]), imapq, url.QueryEscape(s), url.PathEscape(s))
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
		b64 = append(b64, enc.EncodeToString([]byte(s)))
		for align := range 3 {
			b64 = append(b64, pureBase64(enc, s, align))
		}
	}
	b64 = uniq(b64...)
	hx = []string{hex.EncodeToString([]byte(s))}
	return raw, b64, hx
}

// pureBase64 returns the base64 characters of s placed at byte offset
// align (0, 1 or 2) within a 3-byte group that depend on s's bytes alone:
// the characters shared with the bytes before or after s are cut off.
func pureBase64(enc *base64.Encoding, s string, align int) string {
	buf := make([]byte, align+len(s))
	copy(buf[align:], s)
	e := enc.WithPadding(base64.NoPadding).EncodeToString(buf)
	startBits := 8 * align
	endBits := 8 * (align + len(s))
	first := (startBits + 5) / 6 // first character starting at or after s
	last := endBits / 6          // characters wholly before the end of s
	if first >= last || last > len(e) {
		return ""
	}
	return e[first:last]
}

// loc is where a raw-like fragment occurs: in which form (an index into
// Redactor.raw) and at which offset.
type loc struct{ form, off int32 }

// add registers the fragments of f, marking their first two bytes in pre.
func (g *gramSet) add(f string, form int, pre *[1 << 16 / 64]uint64) {
	for i := 0; i+g.k <= len(f); i++ {
		gr := f[i : i+g.k]
		if g.where {
			g.grams[gr] = append(g.grams[gr], loc{int32(form), int32(i)})
		} else {
			g.grams[gr] = present
		}
		p := uint16(gr[0])<<8 | uint16(gr[1])
		pre[p/64] |= 1 << (p % 64)
	}
}

// at returns where the fragment starting at flat[i] occurs, if anywhere.
func (g *gramSet) at(flat []byte, i int) []loc {
	if i+g.k > len(flat) {
		return nil
	}
	return g.grams[string(flat[i:i+g.k])]
}

// scan calls hit with each range of flat to remove; hit returns false to
// stop. Every fragment of every form is removed wherever it occurs: a
// raw-like one (extended to the longest stretch that matches its form,
// so that one marker covers it), a base64 or a hex one. Where it occurs
// does not matter: a fragment in the middle of a server's word is as
// much a piece of the secret as one at an echo or a cut (see the package
// doc, "The promise").
func (r *Redactor) scan(flat []byte, hit func(i, j int) bool) {
	covered := 0 // raw-like matches are maximal: skip inside one
	for i := 0; i+1 < len(flat); i++ {
		p := uint16(flat[i])<<8 | uint16(flat[i+1])
		if r.pre[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		if i >= covered {
			for _, l := range r.sets[0].at(flat, i) {
				from, to := r.extend(flat, i, l)
				if !hit(from, to) {
					return
				}
				covered = max(covered, to)
			}
		}
		for g := 1; g < len(r.sets); g++ {
			if set := &r.sets[g]; set.at(flat, i) != nil && !hit(i, i+set.k) {
				return
			}
		}
	}
}

// extend extends the raw-like fragment at flat[i], found at l, to the
// longest stretch of flat that matches its form.
func (r *Redactor) extend(flat []byte, i int, l loc) (from, to int) {
	f := r.raw[l.form]
	from, a := i, int(l.off)
	for from > 0 && a > 0 && flat[from-1] == f[a-1] {
		from, a = from-1, a-1
	}
	to, b := i+r.sets[0].k, int(l.off)+r.sets[0].k
	for to < len(flat) && b < len(f) && flat[to] == f[b] {
		to, b = to+1, b+1
	}
	return from, to
}

// span is a half-open range of byte offsets in the original text.
type span struct{ from, to int }

// String returns s with every fragment of every secret replaced by Marker,
// line breaks kept, and any line that still shows a fragment replaced by
// DroppedLine. It treats s as one stream: a fragment split by a line break
// is found.
func (r *Redactor) String(s string) string {
	if s == "" || r.Empty() {
		return s
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	spans := r.find(s)
	if len(spans) == 0 {
		return s
	}
	out := replace(s, spans)
	return r.dropResidue(out)
}

// Lines scrubs lines as one stream (joined by line feeds), so that a
// secret wrapped from one line to the next is found, and returns as many
// lines as it was given. The lines must not hold line feeds themselves.
func (r *Redactor) Lines(lines []string) []string {
	if len(lines) == 0 || r.Empty() {
		return lines
	}
	out := strings.Split(r.String(strings.Join(lines, "\n")), "\n")
	if len(out) != len(lines) { // cannot happen: neither marker holds a line feed
		out = make([]string, len(lines))
		for i := range out {
			out[i] = DroppedLine
		}
	}
	return out
}

// CutEnd is for text known to be cut short (by a line cap, or by a close
// before the line ended): the text's end is replaced by Marker when it is
// the start of a secret, however short, or any piece of one of MinBytes
// bytes or more. At a cut the caller knows a secret may go on beyond it;
// elsewhere, fragments are String's job.
func (r *Redactor) CutEnd(s string) string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ls := lower(s)
	longest := 0
	for _, f := range r.raw {
		for k := min(len(f)-1, len(ls)); k > longest; k-- {
			if strings.HasSuffix(ls, f[:k]) {
				longest = k
				break
			}
		}
		for k := min(len(f), len(ls)); k > longest && k >= MinBytes; k-- {
			if strings.Contains(f, ls[len(ls)-k:]) {
				longest = k
				break
			}
		}
	}
	if longest == 0 {
		return s
	}
	return s[:len(s)-longest] + Marker
}

// Contains reports whether s holds a fragment of a secret, in any form.
func (r *Redactor) Contains(s string) bool {
	if s == "" || r.Empty() {
		return false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.find(s)) > 0
}

// find returns the sorted, merged spans of s to remove.
func (r *Redactor) find(s string) []span {
	// flat is s lower-cased with CR and LF left out; at maps its offsets
	// back to s (int32: what the redactor sees is capped far below 2 GB).
	flat := make([]byte, 0, len(s))
	at := make([]int32, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' || c == '\n' {
			continue
		}
		flat = append(flat, lowerByte(c))
		at = append(at, int32(i))
	}
	var spans []span
	r.scan(flat, func(i, j int) bool {
		spans = append(spans, span{int(at[i]), int(at[j-1]) + 1})
		return true
	})
	if len(r.whole) > 0 {
		fs := string(flat) // once: the loop below must stay linear
		for _, w := range r.whole {
			for off := 0; ; {
				j := strings.Index(fs[off:], w)
				if j < 0 {
					break
				}
				spans = append(spans, span{int(at[off+j]), int(at[off+j+len(w)-1]) + 1})
				off += j + 1
			}
		}
	}
	spans = append(spans, r.encodedWords(s)...)
	return merge(spans)
}

// encodedWords finds base64 words whose decoded bytes hold a secret.
func (r *Redactor) encodedWords(s string) []span {
	var spans []span
	var buf, src []byte
	for i := 0; i < len(s); {
		if !isB64(s[i]) {
			i++
			continue
		}
		j, url := i, false
		for j < len(s) && isB64(s[j]) {
			url = url || s[j] == '-' || s[j] == '_'
			j++
		}
		end := j
		for end > i && s[end-1] == '=' {
			end--
		}
		if end-i < minWord {
			i = j
			continue
		}
		if src == nil {
			src = []byte(s) // once: Decode reads bytes
		}
		enc := base64.RawStdEncoding
		if url {
			enc = base64.RawURLEncoding
		}
		// Read from each of its first four characters: a word may start
		// anywhere in an encoding (a wrap, a clip), and only one of the
		// four readings lines up with its bytes.
		for off := 0; off < 4 && end-i-off >= minWord; off++ {
			var ok bool
			if buf, ok = decode(buf, enc, src[i+off:end]); ok && r.plainContains(buf) {
				spans = append(spans, span{i, j})
				break
			}
		}
		i = j
	}
	return spans
}

// plainContains is find without decoding, for a decoded word; it
// lower-cases flat in place.
func (r *Redactor) plainContains(flat []byte) bool {
	for i := range flat {
		flat[i] = lowerByte(flat[i])
	}
	found := false
	r.scan(flat, func(int, int) bool { found = true; return false })
	for _, w := range r.whole {
		found = found || strings.Contains(string(flat), w)
	}
	return found
}

// decode decodes an unpadded base64 word with enc into buf's storage.
func decode(buf []byte, enc *base64.Encoding, w []byte) ([]byte, bool) {
	if len(w)%4 == 1 { // a lone last character holds no whole byte
		w = w[:len(w)-1]
	}
	if n := enc.DecodedLen(len(w)); cap(buf) < n {
		buf = make([]byte, n)
	}
	n, err := enc.Decode(buf[:cap(buf)], w)
	return buf[:n], err == nil
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_' || c == '='
}

// merge sorts spans and joins overlapping or touching ones.
func merge(spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	out := spans[:1]
	for _, sp := range spans[1:] {
		last := &out[len(out)-1]
		if sp.from <= last.to {
			last.to = max(last.to, sp.to)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// replace writes s with each span replaced by Marker; a span crossing a
// line break becomes one marker per line, the break kept.
func replace(s string, spans []span) string {
	var b strings.Builder
	b.Grow(len(s))
	prev := 0
	for _, sp := range spans {
		b.WriteString(s[prev:sp.from])
		inText := false
		for i := sp.from; i < sp.to; i++ {
			if c := s[i]; c == '\r' || c == '\n' {
				b.WriteByte(c)
				inText = false
				continue
			}
			if !inText {
				b.WriteString(Marker)
				inText = true
			}
		}
		prev = sp.to
	}
	b.WriteString(s[prev:])
	return b.String()
}

// dropResidue checks each line that got a marker once more, the markers
// masked, and drops a line that still holds a fragment. Lines without a
// marker had nothing to find.
func (r *Redactor) dropResidue(out string) string {
	lines := strings.Split(out, "\n")
	changed := false
	for i, l := range lines {
		if !strings.Contains(l, Marker) {
			continue
		}
		masked := strings.ReplaceAll(l, Marker, strings.Repeat("\x00", len(Marker)))
		if len(r.find(masked)) > 0 {
			lines[i], changed = DroppedLine, true
		}
	}
	if !changed {
		return out
	}
	return strings.Join(lines, "\n")
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lower lower-cases ASCII letters only, so offsets stay byte for byte.
func lower(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = lowerByte(b[i])
	}
	return string(b)
}

func uniq(in ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// MinInField is the shortest secret InField looks for: a shorter one turns
// up by chance in ordinary addresses and names.
const MinInField = 6

// InField reports whether field holds one of the secrets as typed (each
// trimmed, and MinInField bytes or more): a password put into another box
// of a form (an address, a host), which would otherwise be looked up or
// shown.
func InField(field string, secrets ...string) bool {
	for _, s := range secrets {
		if s = strings.TrimSpace(s); len(s) >= MinInField && strings.Contains(field, s) {
			return true
		}
	}
	return false
}
