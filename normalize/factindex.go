package normalize

import "slices"

// factIndex finds the facts read so far by where they start or end, for
// the lookups the readers make at each token (nameFrom, nameTo, countAt,
// inNegation). A scan of p.facts costs the number of facts, and a sentence
// has a handful; a line of a megabyte with no full stop has tens of
// thousands, and a scan at each of its words made Extract quadratic in the
// sentence's length. The index answers as the scan would: the first fact
// in p.facts order.
//
// It is built only when a sentence has more than indexFrom facts, and
// brought up to date before each lookup: facts are only appended while
// the readers look (roles are merged in after, see mergeRoles).
type factIndex struct {
	on bool
	n  int // p.facts[:n] are indexed
	// the names by start and by end, in p.facts order
	nameStart, nameEnd map[int][]indexedName
	names              int // the names indexed
	// the index in p.facts of the first Number starting or ending at a
	// byte; nil until the first lookup asks for it
	numStart, numEnd map[int]int
	// the negations' scopes in p.facts order; while their starts do not
	// decrease, scopeMax[i] is the furthest end of scopes[:i+1]
	scopes   []Span
	scopeMax []int
	unsorted bool
}

// indexedName is a name with its rank among the names in p.facts.
type indexedName struct {
	Name
	rank int
}

// indexFrom is the number of facts from which lookups use the index: below
// it a scan is cheaper than keeping maps. (A variable for the test that
// compares the two.)
var indexFrom = 48

// sync indexes the facts appended since the last lookup and reports
// whether the index is in use.
func (p *parser) sync() bool {
	x := &p.idx
	if !x.on {
		if len(p.facts) < indexFrom {
			return false
		}
		x.on, x.n = true, 0
		x.nameStart, x.nameEnd, x.names = map[int][]indexedName{}, map[int][]indexedName{}, 0
		x.numStart, x.numEnd = nil, nil
		x.scopes, x.scopeMax, x.unsorted = x.scopes[:0], x.scopeMax[:0], false
	}
	for ; x.n < len(p.facts); x.n++ {
		switch f := p.facts[x.n].(type) {
		case Name:
			x.nameStart[f.Start] = append(x.nameStart[f.Start], indexedName{f, x.names})
			x.nameEnd[f.End] = append(x.nameEnd[f.End], indexedName{f, x.names})
			x.names++
		case Number:
			if x.numStart != nil {
				x.addNumber(x.n, f)
			}
		case Negation:
			m := f.Scope.End
			if k := len(x.scopes); k > 0 {
				if f.Scope.Start < x.scopes[k-1].Start {
					x.unsorted = true
				}
				m = max(m, x.scopeMax[k-1])
			}
			x.scopes, x.scopeMax = append(x.scopes, f.Scope), append(x.scopeMax, m)
		}
	}
	return true
}

// addNumber indexes n, the fact at p.facts[k], where no number before it
// starts or ends.
func (x *factIndex) addNumber(k int, n Number) {
	if _, ok := x.numStart[n.Start]; !ok {
		x.numStart[n.Start] = k
	}
	if _, ok := x.numEnd[n.End]; !ok {
		x.numEnd[n.End] = k
	}
}

// numberAt returns the index in p.facts of the first Number that starts
// (start set) or ends at byte at, or -1; the index must be in use.
func (p *parser) numberAt(at int, start bool) int {
	x := &p.idx
	if x.numStart == nil {
		x.numStart, x.numEnd = map[int]int{}, map[int]int{}
		for k, f := range p.facts[:x.n] {
			if n, ok := f.(Number); ok {
				x.addNumber(k, n)
			}
		}
	}
	m := x.numEnd
	if start {
		m = x.numStart
	}
	if k, ok := m[at]; ok {
		return k
	}
	return -1
}

// negated reports whether a negation's scope covers byte s; the index must
// be in use.
func (x *factIndex) negated(s int) bool {
	if x.unsorted {
		for _, sc := range x.scopes {
			if sc.Start <= s && s < sc.End {
				return true
			}
		}
		return false
	}
	return reachAt(x.scopes, x.scopeMax, s) > s
}

// reachAt returns the furthest end of the spans that start at or before
// byte at, or -1: spans are sorted by start, and reach[i] is the furthest
// end of spans[:i+1].
func reachAt(spans []Span, reach []int, at int) int {
	k, _ := slices.BinarySearchFunc(spans, at+1, func(s Span, at int) int { return s.Start - at })
	if k == 0 {
		return -1
	}
	return reach[k-1]
}

// mergeRoles puts the roles readRoles read (p.roles) among the facts, as
// inserting each in turn after the facts that start at or before it
// would: a stable merge by start, made in place from the back (no fact
// moves twice, nothing is allocated). Facts out of text order are merged
// as well; Extract's stable sort then puts every fact in place, a role
// after the facts that start where it does, as after the insertions.
func (p *parser) mergeRoles() {
	roles := p.roles
	if len(roles) == 0 {
		return
	}
	// Roles are read in the order of their verbs; a subject may start
	// before an earlier role's. They are kept unboxed until here, so that
	// their starts are read without a call through Fact.
	if !slices.IsSortedFunc(roles, roleByStart) {
		slices.SortStableFunc(roles, roleByStart)
	}
	// The facts move: an index of them would answer from old positions,
	// so a lookup after this (none today: roles are the last reader)
	// rebuilds it.
	p.idx.on = false
	// The merge keeps the facts' order: in order still iff they were.
	p.lastStart = max(p.lastStart, roles[len(roles)-1].Start)
	i := len(p.facts) - 1
	p.facts = slices.Grow(p.facts, len(roles))[:len(p.facts)+len(roles)]
	for j, k := len(roles)-1, len(p.facts)-1; j >= 0; k-- {
		if i >= 0 && p.facts[i].Bounds().Start > roles[j].Start {
			p.facts[k] = p.facts[i]
			i--
		} else {
			p.facts[k] = roles[j]
			j--
		}
	}
}

// roleByStart orders roles by where they start.
func roleByStart(a, b Role) int { return a.Start - b.Start }
