package mailtest

import (
	"bytes"
	"slices"
	"strings"
)

// imapmemserver keeps flags in lower case and in no particular order, so
// it answers "FLAGS (\seen \flagged)". Flags are case-insensitive (RFC 9051
// 2.3.2), but real servers send the system flags as the RFC spells them and
// naive client code compares bytes (b'\\Seen' in flags). flagCase rewrites
// the server's output stream so that every FLAGS and PERMANENTFLAGS list
// spells system flags the standard way, in a stable order; literals (a
// message body) pass through untouched.
type flagCase struct {
	line []byte // a response line not yet complete
	lit  int64  // literal bytes still to pass through
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
		out = append(out, fixFlagList(f.line)...)
		if n, ok := literalAnnouncement(strings.TrimRight(string(f.line), "\r\n")); ok {
			f.lit = n
		}
		f.line = f.line[:0]
	}
	return out
}

// fixFlagList rewrites the first "FLAGS (...)" list of an untagged
// response line, when no quoted string comes before it.
func fixFlagList(line []byte) []byte {
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
