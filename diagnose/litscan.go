package diagnose

import (
	"strings"
	"sync"
)

// Every rule's prefilter (prefilter.go) and phrase list is a handful of
// strings.Contains calls, which cost next to nothing on a one-line reply
// and most of Explain's time on a long paste: thousands of literals, each
// scanning up to 64 KiB. So a long text is scanned once, by an
// Aho-Corasick automaton over every literal the tables name, and the
// prefilters then read which literals were found. The answer is the same
// as strings.Contains gives for each literal (TestLitScanAgreesWithContains,
// FuzzLitScan); only the cost differs. Figures are in docs/benchmarks.md.

// scanMinLen is the shortest text worth one automaton pass: below it, the
// few literals a text's prefilters reach are cheaper to look for one by
// one (BenchmarkLitScan).
var scanMinLen = 1024

// lits registers every literal a compiled prefilter or phrase list names,
// under a dense id: at package initialisation, and for the rules and the
// wrappers' and logs' stages when compiledTables compiles them, in one
// step. Nothing reads it before that step has returned (theAutomaton waits
// for it), and nothing writes it after.
var lits = struct {
	ids  map[string]int32
	list []string
}{ids: map[string]int32{}}

func litID(s string) int32 {
	if id, ok := lits.ids[s]; ok {
		return id
	}
	id := int32(len(lits.list))
	lits.ids[s] = id
	lits.list = append(lits.list, s)
	return id
}

// compiledPre is a prefilter with its literals' ids.
type compiledPre struct {
	prefilter
	ids [][]int32
}

func compilePre(p prefilter) compiledPre {
	c := compiledPre{prefilter: p, ids: make([][]int32, len(p))}
	for i, clause := range p {
		c.ids[i] = make([]int32, len(clause))
		for k, s := range clause {
			c.ids[i][k] = litID(s)
		}
	}
	return c
}

// holdsIn reports what p.holds(s) does, reading sc when it is a scan of s.
func (p compiledPre) holdsIn(s string, sc *litScan) bool {
	if sc == nil || sc.text != s {
		return p.holds(s)
	}
	for i, clause := range p.ids {
		found := false
		for k, id := range clause {
			if sc.has(id, p.prefilter[i][k]) {
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

// litScan records which registered literals one text contains.
type litScan struct {
	text  string
	found []uint64
	// n is how many literals the automaton knew; a literal registered
	// after it was built is looked for directly.
	n int32
}

func (sc *litScan) has(id int32, lit string) bool {
	if id >= sc.n {
		return strings.Contains(sc.text, lit)
	}
	return sc.found[id>>6]&(1<<(id&63)) != 0
}

// scanText returns the scan of s, or nil when s is too short for a scan
// to pay.
func scanText(s string) *litScan {
	if len(s) < scanMinLen {
		return nil
	}
	return theAutomaton().scan(s)
}

var (
	automatonOnce sync.Once
	automaton     *acAutomaton
)

// theAutomaton builds the scanner once, after the rules have registered
// their literals: compiled at the first classification, they could
// otherwise register them while the automaton is built from lits (a data
// race a reviewer found between Diagnose's background compile and an
// Explain) or after it (a scanner that knows a seventh of them, every
// other prefilter falling back to strings.Contains).
func theAutomaton() *acAutomaton {
	automatonOnce.Do(func() {
		compiledRules()
		automaton = newAutomaton(lits.list)
	})
	return automaton
}

// acAutomaton is an Aho-Corasick automaton over bytes. The root's moves
// are a table; other states keep their few moves in a linked list.
type acAutomaton struct {
	root  [256]int32
	nodes []acNode
	edges []acEdge
	n     int32
}

type acNode struct {
	first int32 // first edge, -1 for none
	fail  int32 // longest proper suffix that is a state
	out   int32 // literal ending here, -1 for none
	dict  int32 // nearest state on the fail chain with out >= 0, 0 for none
}

type acEdge struct {
	b    byte
	to   int32
	next int32
}

func (a *acAutomaton) child(state int32, b byte) int32 {
	if state == 0 {
		return a.root[b]
	}
	for e := a.nodes[state].first; e >= 0; e = a.edges[e].next {
		if a.edges[e].b == b {
			return a.edges[e].to
		}
	}
	return 0
}

func newAutomaton(list []string) *acAutomaton {
	a := &acAutomaton{nodes: []acNode{{first: -1, out: -1}}, n: int32(len(list))}
	for id, s := range list {
		state := int32(0)
		for i := 0; i < len(s); i++ {
			next := a.child(state, s[i])
			if next == 0 {
				next = int32(len(a.nodes))
				a.nodes = append(a.nodes, acNode{first: -1, out: -1})
				if state == 0 {
					a.root[s[i]] = next
				} else {
					a.edges = append(a.edges, acEdge{b: s[i], to: next, next: a.nodes[state].first})
					a.nodes[state].first = int32(len(a.edges) - 1)
				}
			}
			state = next
		}
		if state != 0 {
			a.nodes[state].out = int32(id)
		}
	}
	// Breadth first: a state's fail link is set before its children's.
	queue := make([]int32, 0, len(a.nodes))
	for b := range 256 {
		if v := a.root[b]; v != 0 {
			queue = append(queue, v) // fail and dict stay 0
		}
	}
	for k := 0; k < len(queue); k++ {
		u := queue[k]
		for e := a.nodes[u].first; e >= 0; e = a.edges[e].next {
			b, v := a.edges[e].b, a.edges[e].to
			f := a.nodes[u].fail
			for f != 0 && a.child(f, b) == 0 {
				f = a.nodes[f].fail
			}
			a.nodes[v].fail = a.child(f, b)
			if fv := a.nodes[v].fail; a.nodes[fv].out >= 0 {
				a.nodes[v].dict = fv
			} else {
				a.nodes[v].dict = a.nodes[fv].dict
			}
			queue = append(queue, v)
		}
	}
	return a
}

// scan runs s through the automaton once.
func (a *acAutomaton) scan(s string) *litScan {
	sc := &litScan{text: s, found: make([]uint64, (a.n+63)/64), n: a.n}
	state := int32(0)
	for i := 0; i < len(s); i++ {
		b := s[i]
		for {
			if next := a.child(state, b); next != 0 || state == 0 {
				state = next
				break
			}
			state = a.nodes[state].fail
		}
		// Every literal ending here: this state's, then its dict chain.
		// A literal found before had its whole chain marked then, so the
		// walk stops at the first one already found.
		d := state
		if a.nodes[d].out < 0 {
			d = a.nodes[d].dict
		}
		for d != 0 {
			id := a.nodes[d].out
			if sc.found[id>>6]&(1<<(id&63)) != 0 {
				break
			}
			sc.found[id>>6] |= 1 << (id & 63)
			d = a.nodes[d].dict
		}
	}
	return sc
}
