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
// brought up to date before each lookup: facts are appended, and a Role
// (never a Name, a Number or a Negation) may be inserted among them
// (see insertFact).
type factIndex struct {
	on bool
	n  int // p.facts[:n] are indexed
	// the names by start and by end, in p.facts order
	nameStart, nameEnd map[int][]indexedName
	names              int // the names indexed
	// the index in p.facts of the first Number starting or ending at a
	// byte; nil once an insertion shifted the indexes, rebuilt when asked
	numStart, numEnd map[int]int
	// the negations' scopes in p.facts order; while their starts do not
	// decrease, scopeMax[i] is the furthest end of scopes[:i+1]
	scopes   []Span
	scopeMax []int
	unsorted bool
	// roles read while deferRoles, to be merged by mergeRoles
	deferRoles bool
	roles      []Fact
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
				if _, ok := x.numStart[f.Start]; !ok {
					x.numStart[f.Start] = x.n
				}
				if _, ok := x.numEnd[f.End]; !ok {
					x.numEnd[f.End] = x.n
				}
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

// insertFact puts f at p.facts[at], keeping the index right.
func (p *parser) insertFact(at int, f Fact) {
	p.facts = append(p.facts, nil)
	copy(p.facts[at+1:], p.facts[at:])
	p.facts[at] = f
	if x := &p.idx; x.on && at < x.n {
		switch f.(type) {
		case Name, Number, Negation:
			x.on = false // rebuilt at the next lookup (not done today)
		default:
			x.n++
			x.numStart, x.numEnd = nil, nil // their indexes moved
		}
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
				if _, ok := x.numStart[n.Start]; !ok {
					x.numStart[n.Start] = k
				}
				if _, ok := x.numEnd[n.End]; !ok {
					x.numEnd[n.End] = k
				}
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
	// The last scope starting at or before s; any before it ends by
	// scopeMax.
	lo, hi := 0, len(x.scopes)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); x.scopes[h].Start <= s {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo > 0 && x.scopeMax[lo-1] > s
}

// mergeRoles puts the roles readRoles deferred among the facts, as
// inserting each in turn after the facts that start at or before it would:
// when the facts are in text order, that is a stable merge by start. When
// they are not, the roles go last and Extract's sort puts them in place.
func (p *parser) mergeRoles() {
	x := &p.idx
	roles := x.roles
	x.deferRoles, x.roles = false, roles[:0]
	if len(roles) == 0 {
		return
	}
	if !inTextOrder(p.facts) {
		p.facts = append(p.facts, roles...)
		return
	}
	slices.SortStableFunc(roles, func(a, b Fact) int { return a.Bounds().Start - b.Bounds().Start })
	out := make([]Fact, 0, len(p.facts)+len(roles))
	base := p.facts
	for _, r := range roles {
		k := 0
		for k < len(base) && base[k].Bounds().Start <= r.Bounds().Start {
			k++
		}
		out = append(append(out, base[:k]...), r)
		base = base[k:]
	}
	out = append(out, base...)
	clear(p.facts)
	p.facts = out
	p.idx.on = false // the facts moved: the next lookup indexes them afresh
}
