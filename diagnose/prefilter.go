package diagnose

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// A rule's Pattern runs over the whole lower-cased text, up to 64 KiB of a
// paste, and the regexp engine needs about a millisecond per rule for
// that; most patterns cannot match most texts at all. So each pattern
// carries a prefilter: the literal strings a match must contain, read
// from the pattern's syntax tree when the rules are compiled. The
// regular expression runs only when the text contains them, which
// strings.Contains tells in microseconds. The prefilter is a necessary
// condition, never a sufficient one: it turns no match into a non-match
// (TestPrefilterAgreesWithPattern, FuzzPrefilter).

// prefilter is a conjunction of clauses; a clause holds when the text
// contains any one of its strings. A nil prefilter holds for every text.
type prefilter [][]string

// holds reports whether s contains, for every clause, one of its strings.
func (p prefilter) holds(s string) bool {
	for _, clause := range p {
		found := false
		for _, lit := range clause {
			if strings.Contains(s, lit) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Bounds on what the analysis keeps: sets of strings grow by cross
// products (`(a|b) (c|d)`), and a clause of hundreds of strings would cost
// more to check than it saves.
const (
	maxExactSet  = 64
	maxClauseLen = 256
)

// litInfo is what analysis knows about the strings a regexp node matches:
// exact, when non-nil, is every string it can match (a finite, small
// set, possibly holding ""); clauses are what every match must contain
// otherwise.
type litInfo struct {
	exact   []string
	clauses [][]string
}

// prefilterFor returns the prefilter of a pattern as package regexp
// parses it (Perl syntax); nil when nothing useful is required.
func prefilterFor(pattern string) prefilter {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	info := analyze(re.Simplify())
	var out prefilter
	for _, c := range info.all() {
		if usefulClause(c) && !slices.ContainsFunc(out, func(d []string) bool { return slices.Equal(c, d) }) {
			out = append(out, c)
		}
	}
	// A clause that another implies (every string of the other contains
	// one of its strings: "rate" beside "rate limit"|"rate-limit") adds
	// nothing.
	// Of two clauses that imply each other, the later one stays.
	all := slices.Clone(out)
	out = out[:0]
	for k, a := range all {
		if !slices.ContainsFunc(all[k+1:], func(b []string) bool { return implies(b, a) }) &&
			!slices.ContainsFunc(all[:k], func(b []string) bool { return implies(b, a) && !implies(a, b) }) {
			out = append(out, a)
		}
	}
	// Cheapest clauses first: a text that lacks them is rejected after
	// the fewest scans.
	slices.SortStableFunc(out, func(a, b []string) int { return len(a) - len(b) })
	return out
}

// usefulClause: a clause holding "" holds for every text.
func usefulClause(c []string) bool {
	return len(c) > 0 && !slices.Contains(c, "")
}

// all returns the clauses of i, with an exact set as one more clause.
func (i litInfo) all() [][]string {
	out := slices.Clone(i.clauses)
	if i.exact != nil && usefulClause(i.exact) {
		out = append(out, i.exact)
	}
	return out
}

// best returns the clause of i that selects best for its cost: the one
// whose shortest string is longest, up to selectiveLen bytes (a longer
// string is rarely found by chance either way), then the one with fewest
// strings, then the longest shortest string. ok is false when i requires
// nothing.
func (i litInfo) best() (clause []string, ok bool) {
	shortest := func(c []string) int {
		m := len(c[0])
		for _, s := range c {
			m = min(m, len(s))
		}
		return m
	}
	better := func(a, b []string) bool {
		ca, cb := min(shortest(a), selectiveLen), min(shortest(b), selectiveLen)
		switch {
		case ca != cb:
			return ca > cb
		case len(a) != len(b):
			return len(a) < len(b)
		}
		return shortest(a) > shortest(b)
	}
	for _, c := range i.all() {
		if !usefulClause(c) {
			continue
		}
		if !ok || better(c, clause) {
			clause, ok = c, true
		}
	}
	return clause, ok
}

// selectiveLen: strings of this length are seldom found by chance in a
// long text; shorter ones ("user", " s") often are.
const selectiveLen = 8

// minSelective is the shortest string worth a clause of its own.
const minSelective = 4

// unknown is a node about which nothing is known.
var unknown = litInfo{}

// analyze returns what re's matches must contain. It errs towards
// unknown: every rule below keeps the analysis a necessary condition.
func analyze(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// Zero-width: they add nothing to what a match contains.
		return litInfo{exact: []string{""}}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			// (?i) matches case variants (and ſ for s, K for k) that
			// strings.Contains would not see.
			return unknown
		}
		return litInfo{exact: []string{string(re.Rune)}}
	case syntax.OpCharClass:
		var set []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			if int(hi-lo)+1+len(set) > 8 {
				return unknown
			}
			for r := lo; r <= hi; r++ {
				set = append(set, string(r))
			}
		}
		if len(set) == 0 {
			return unknown
		}
		return litInfo{exact: set}
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpQuest:
		sub := analyze(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxExactSet {
			return litInfo{exact: union(sub.exact, []string{""})}
		}
		return unknown
	case syntax.OpPlus:
		// One or more: whatever one copy must contain.
		return litInfo{clauses: analyze(re.Sub[0]).all()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return litInfo{clauses: analyze(re.Sub[0]).all()}
		}
		return unknown
	case syntax.OpConcat:
		return analyzeConcat(re.Sub)
	case syntax.OpAlternate:
		return analyzeAlternate(re.Sub)
	}
	// OpAnyChar, OpAnyCharNotNL, OpStar, OpNoMatch and whatever else:
	// nothing is required.
	return unknown
}

// analyzeConcat: a run of exact parts multiplies out into one exact set
// (`rate[- ]limit` is "rate limit" or "rate-limit"); otherwise every
// part's requirements hold at once.
func analyzeConcat(subs []*syntax.Regexp) litInfo {
	var out litInfo
	run := []string{""}
	flush := func() {
		if usefulClause(run) {
			out.clauses = append(out.clauses, run)
		}
		run = []string{""}
	}
	exactAll := true
	for _, s := range subs {
		si := analyze(s)
		if si.exact != nil && usefulClause(si.exact) && len(si.exact) <= maxClauseLen && slices.IndexFunc(si.exact, func(s string) bool { return len(s) < minSelective }) < 0 {
			// The part on its own is a clause too, often a cheaper one
			// than the product: " from sending" rather than eight
			// "<state> from sending".
			out.clauses = append(out.clauses, si.exact)
		}
		if si.exact != nil && len(run)*len(si.exact) <= maxExactSet {
			run = product(run, si.exact)
			continue
		}
		exactAll = false
		flush()
		if si.exact != nil {
			run = si.exact
			continue
		}
		out.clauses = append(out.clauses, si.clauses...)
	}
	if exactAll {
		return litInfo{exact: run, clauses: out.clauses}
	}
	flush()
	return out
}

// analyzeAlternate: every branch's strings when all are exact; otherwise a
// match contains the best clause of the branch it took, so one clause of
// every branch's best. A branch that requires nothing makes the whole
// alternation require nothing.
func analyzeAlternate(subs []*syntax.Regexp) litInfo {
	// The branches' strings are gathered and sorted once: a union per
	// branch sorted the growing set again each time, which made the word
	// readings' alternations of hundreds of words (rules_lexicon.go) cost
	// tens of milliseconds at start-up.
	infos := make([]litInfo, len(subs))
	exact := []string{}
	for k, s := range subs {
		infos[k] = analyze(s)
		if exact != nil && infos[k].exact != nil {
			exact = append(exact, infos[k].exact...)
		} else {
			exact = nil
		}
	}
	if exact != nil {
		if exact = dedupeLits(exact); len(exact) <= maxExactSet {
			return litInfo{exact: exact}
		}
	}
	var clause []string
	for _, si := range infos {
		c, ok := si.best()
		if !ok {
			return unknown
		}
		clause = append(clause, c...)
	}
	if clause = dedupeLits(clause); len(clause) > maxClauseLen {
		return unknown
	}
	return litInfo{clauses: [][]string{clause}}
}

func product(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return dedupeLits(out)
}

func union(a, b []string) []string {
	return dedupeLits(append(slices.Clone(a), b...))
}

func dedupeLits(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// implies reports whether clause b holding means clause a holds: every
// string of b contains a string of a.
func implies(b, a []string) bool {
	for _, sb := range b {
		if !slices.ContainsFunc(a, func(sa string) bool { return strings.Contains(sb, sa) }) {
			return false
		}
	}
	return true
}
