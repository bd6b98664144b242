package mailtest

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
)

// imapmemserver keeps flags in lower case and in no particular order, so
// it answers "FLAGS (\seen \flagged)". Flags are case-insensitive (RFC 9051
// 2.3.2), but real servers send the system flags as the RFC spells them and
// naive client code compares bytes (b'\\Seen' in flags). flagCase rewrites
// the server's output stream so that every FLAGS and PERMANENTFLAGS list
// spells system flags the standard way, in a stable order; literals (a
// message body) pass through untouched.
type flagCase struct {
	line  []byte // a response line not yet complete
	lit   int64  // literal bytes still to pass through
	words *keywordSpelling
}

// keywordSpelling remembers how clients spelt keywords ("NonJunk",
// "$Label1"), which imapmemserver keeps in lower case only: a tester's
// find saw "STORE +FLAGS (NonJunk)" come back as "nonjunk". The first
// spelling of a keyword is the one the fakes answer with, as a real
// server keeps the keyword it stored. One per Server.
type keywordSpelling struct {
	mu sync.Mutex
	m  map[string]string // lower case → as first written
}

// maxKeywordSpellings bounds what a client can make a Server remember.
const maxKeywordSpellings = 10000

// note remembers the spelling of each keyword (not a system flag) in flags.
func (k *keywordSpelling) note(flags []imap.Flag) {
	if k == nil {
		return
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, f := range flags {
		s := string(f)
		if strings.HasPrefix(s, `\`) || s == "" {
			continue
		}
		if k.m == nil {
			k.m = map[string]string{}
		}
		lower := strings.ToLower(s)
		if _, ok := k.m[lower]; !ok && len(k.m) < maxKeywordSpellings {
			k.m[lower] = s
		}
	}
}

// spell returns a keyword as it was first written, or as it is.
func (k *keywordSpelling) spell(f string) string {
	if k == nil {
		return f
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if s, ok := k.m[strings.ToLower(f)]; ok {
		return s
	}
	return f
}

// maxHeldLine bounds a line held back while waiting for its end; a longer
// one goes out as it is.
const maxHeldLine = 1 << 20

var systemFlags = map[string]string{
	`\seen`: `\Seen`, `\answered`: `\Answered`, `\flagged`: `\Flagged`,
	`\deleted`: `\Deleted`, `\draft`: `\Draft`, `\recent`: `\Recent`,
}

// transform returns what may go out now of the bytes p.
func (f *flagCase) transform(p []byte) []byte {
	var out []byte
	for len(p) > 0 {
		if f.lit > 0 {
			n := min(int64(len(p)), f.lit)
			out = append(out, p[:n]...)
			f.lit -= n
			p = p[n:]
			continue
		}
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			f.line = append(f.line, p...)
			if len(f.line) > maxHeldLine {
				out, f.line = append(out, f.line...), f.line[:0]
			}
			return out
		}
		f.line = append(f.line, p[:i+1]...)
		p = p[i+1:]
		out = append(out, fixFlagList(f.line, f.words)...)
		if n, ok := literalAnnouncement(strings.TrimRight(string(f.line), "\r\n")); ok {
			f.lit = n
		}
		f.line = f.line[:0]
	}
	return out
}

// fixFlagList rewrites the first "FLAGS (...)" list of an untagged
// response line, when no quoted string comes before it.
func fixFlagList(line []byte, words *keywordSpelling) []byte {
	if !bytes.HasPrefix(line, []byte("* ")) {
		return line
	}
	i := bytes.Index(line, []byte("FLAGS ("))
	if i < 0 || bytes.IndexByte(line[:i], '"') >= 0 {
		return line
	}
	start := i + len("FLAGS (")
	end := bytes.IndexByte(line[start:], ')')
	if end < 0 {
		return line
	}
	flags := strings.Fields(string(line[start : start+end]))
	for k, fl := range flags {
		if std, ok := systemFlags[strings.ToLower(fl)]; ok {
			flags[k] = std
		} else {
			flags[k] = words.spell(fl)
		}
	}
	slices.SortStableFunc(flags, func(a, b string) int { return strings.Compare(flagOrder(a), flagOrder(b)) })
	out := slices.Clone(line[:start])
	out = append(out, strings.Join(flags, " ")...)
	return append(out, line[start+end:]...)
}

// flagOrder sorts system flags first, in the RFC's order, then the rest.
func flagOrder(f string) string {
	for i, s := range []string{`\Answered`, `\Flagged`, `\Deleted`, `\Seen`, `\Draft`, `\Recent`, `\*`} {
		if f == s {
			return string(rune('0' + i))
		}
	}
	return "9" + f
}
