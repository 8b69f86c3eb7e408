package claims

import (
	"slices"
	"sort"
	"strconv"

	"github.com/claimdiff/claimdiff/normalize"
)

// Fact is one fact of a cluster, as its claims state it: the values each
// source gives and whether they agree.
type Fact struct {
	Kind normalize.Kind `json:"kind"`
	// About is what the fact is about, for a reader ("residents" for a
	// count of residents; "money" or "length" when the units differ, kind
	// unit); empty when the kind says it all.
	About  string  `json:"about,omitempty"`
	Status Status  `json:"status"`
	Values []Value `json:"values"` // distinct values, in order of first mention
}

// Status says whether the claims of a cluster agree on a fact.
type Status string

// Statuses of a Fact. "agree" is only said of facts that were compared.
const (
	StatusAgree   Status = "agree"   // two or more sources state it and the values can be the same
	StatusDiverge Status = "diverge" // two sources state values that cannot be the same
	StatusSingle  Status = "single"  // one source states it; the others are silent on it
)

// Value is one value of a Fact and where it is stated.
type Value struct {
	Value   string   `json:"value"`   // as first written, e.g. "nearly 40"
	Sources []string `json:"sources"` // sorted, each once
	Sides   []Side   `json:"sides"`   // every statement of it, by source and position
}

// maxCompared is how many of the claims after it, in the cluster's order
// (by source, then position), each claim is compared with. A story's
// cluster has a claim or two per source and is compared whole; a cluster of
// hundreds of look-alike claims (a feed of many events compared as one, not
// as stories) costs time in proportion to its size, and its facts link
// through the claims compared.
const maxCompared = 40

// mention is one fact as one claim of a cluster states it: one of the
// claim's facts, or the words a comparison pointed at (the plain "died"
// that a negation "no deaths" contradicts).
type mention struct {
	claim int // index among the cluster's claims
	span  normalize.Span
	fact  normalize.Fact // nil for words that are no fact of the claim
	kind  normalize.Kind
}

// compareFacts compares the facts of the claims of one cluster, pair by
// pair between different sources, and returns them per fact (mentions
// linked by a comparison, agreeing or diverging, are one fact) and the
// pairwise divergences.
func compareFacts(claims []*claim) ([]Fact, []Divergence) {
	n := 0
	for _, cl := range claims {
		n += len(cl.facts.All)
	}
	mentions := make([]mention, 0, n)
	// of[i] are the indexes in mentions of claim i's facts, all claims'
	// in one block. Each is cut to its capacity: at appends a mention of
	// the words at a span to a claim's list, and that append must copy
	// the list, not write over the next claim's.
	of := make([][]int, len(claims))
	ids := make([]int, n)
	for i, cl := range claims {
		start := len(mentions)
		for _, f := range cl.facts.All {
			ids[len(mentions)] = len(mentions)
			mentions = append(mentions, mention{i, f.Bounds(), f, f.Kind()})
		}
		of[i] = ids[start:len(mentions):len(mentions)]
	}
	// at returns the mention of claim i at span s: the fact of that kind
	// that overlaps it (a role spans the names of its clause), else the
	// fact at s itself (a spelling is noted on an entity), else the
	// smallest fact around s, else any fact that overlaps it, or a new
	// mention of the words there.
	at := func(i int, s normalize.Span, kind normalize.Kind) int {
		best, bestKey := -1, [2]int{}
		for _, m := range of[i] {
			x := mentions[m]
			if x.span.End <= s.Start || s.End <= x.span.Start {
				continue
			}
			if x.kind == kind {
				return m
			}
			key := [2]int{3, 0} // overlapping: the first
			switch {
			case x.span == s:
				key = [2]int{1, 0}
			case x.span.Start <= s.Start && s.End <= x.span.End:
				key = [2]int{2, x.span.End - x.span.Start} // around s: the smallest
			}
			if best < 0 || key[0] < bestKey[0] || key[0] == bestKey[0] && key[1] < bestKey[1] {
				best, bestKey = m, key
			}
		}
		if best >= 0 {
			return best
		}
		of[i] = append(of[i], len(mentions))
		mentions = append(mentions, mention{i, s, nil, kind})
		return len(mentions) - 1
	}
	type link struct {
		x, y    int
		kind    normalize.Kind
		diverge bool
		note    bool
	}
	// Outlets repeat one another's sentences word for word: claims read
	// alike compare alike, so each pair of origins is compared once.
	// At most this many pairs are compared: the map and pairs are sized
	// once (a cluster of look-alikes has hundreds of claims).
	most := 0
	for i := range claims {
		most += min(len(claims)-1-i, maxCompared)
	}
	compared := make(map[[2]int][]normalize.Comparison, most)
	named := naming{claims: claims}
	type pairComparisons struct {
		i, j int
		cs   []normalize.Comparison
	}
	pairs := make([]pairComparisons, 0, most) // those with comparisons, in order
	nLinks, nDivs := 0, 0                     // to size links and divs once
	for i, a := range claims {
		for j := i + 1; j < min(len(claims), i+1+maxCompared); j++ {
			b := claims[j]
			if a.Source == b.Source {
				continue
			}
			cs, ok := compared[[2]int{a.origin, b.origin}]
			if !ok {
				cs = normalize.Compare(a.facts, b.facts)
				compared[[2]int{a.origin, b.origin}] = cs
			}
			cs = otherThings(&named, a, b, cs)
			if len(cs) == 0 {
				continue
			}
			pairs = append(pairs, pairComparisons{i, j, cs})
			nLinks += len(cs)
			for _, c := range cs {
				if c.Verdict == normalize.Diverge || c.Note() {
					nDivs++
				}
			}
		}
	}
	links := make([]link, 0, nLinks)
	divs := make([]Divergence, 0, nDivs)
	for _, p := range pairs {
		a, b := claims[p.i], claims[p.j]
		for _, c := range p.cs {
			d := c.Verdict == normalize.Diverge
			if d || c.Note() {
				divs = append(divs, Divergence{c.Kind, a.side(c.A), b.side(c.B), c.Note()})
			}
			x, y := at(p.i, c.A, c.Kind), at(p.j, c.B, c.Kind)
			if d {
				// A fact's value quotes what its divergence quotes: "not
				// resigned", not the bare cue "not".
				widen(&mentions[x], c.A, c.Kind)
				widen(&mentions[y], c.B, c.Kind)
			}
			links = append(links, link{x, y, c.Kind, d, c.Note()})
		}
	}
	// Mentions linked by a comparison are one fact; its kind is the finest
	// kind a diverging comparison reported, else a note's, else the first
	// reported.
	parent := make([]int, len(mentions))
	for m := range parent {
		parent[m] = m
	}
	for _, l := range links {
		rx, ry := find(parent, l.x), find(parent, l.y)
		if rx > ry {
			rx, ry = ry, rx
		}
		parent[ry] = rx
	}
	type group struct {
		members  []int
		kind     normalize.Kind
		compared bool
		diverges bool
		noted    bool
	}
	// A fact's root is its first mention (union keeps the smaller), so
	// the facts, indexed by root, are in order of first mention; their
	// members share one slice.
	groups := make([]group, len(mentions))
	size := make([]int, len(mentions)) // of each fact, by root
	for m := range mentions {
		parent[m] = find(parent, m)
		size[parent[m]]++
	}
	members := make([]int, len(mentions))
	off := 0
	for r, n := range size {
		groups[r].members, off = members[off:off:off+n], off+n
	}
	for m := range mentions {
		groups[parent[m]].members = append(groups[parent[m]].members, m)
	}
	for _, l := range links {
		g := &groups[parent[l.x]]
		g.compared = true
		if l.diverge && !g.diverges || l.note && !g.diverges && !g.noted || g.kind == "" {
			g.kind = l.kind
		}
		g.diverges = g.diverges || l.diverge
		g.noted = g.noted || l.note
	}
	// Inside a fact with a note, the values are the ways it is written:
	// mentions linked by a plain agreement, or written alike, are one value
	// ("Marchetti", "Governor Marchetti"); a note parts them ("Marcheti").
	// Elsewhere a value is a canonical value ("about 2,500", "some 2,500").
	alike := make([]int, len(mentions))
	for m := range alike {
		alike[m] = m
	}
	join := func(x, y int) {
		rx, ry := find(alike, x), find(alike, y)
		alike[max(rx, ry)] = min(rx, ry)
	}
	for _, l := range links {
		if !l.note && !l.diverge {
			join(l.x, l.y)
		}
	}
	facts := []Fact{}
	for r := range groups {
		g := &groups[r]
		if len(g.members) == 0 {
			continue // not a root
		}
		first := mentions[g.members[0]]
		if !normalize.IsValue(first.kind) && !g.diverges && !g.noted {
			// Names that agree, or that one claim alone mentions, are who
			// the claim is about, not a fact a reader checks; unless they
			// are spelt two ways.
			continue
		}
		f := Fact{Kind: first.kind, Status: StatusAgree}
		if g.kind != "" {
			f.Kind = g.kind
		}
		noted := g.noted && !g.diverges
		if noted {
			for i, m := range g.members {
				for _, n := range g.members[:i] {
					if mentionText(claims, mentions[m]) == mentionText(claims, mentions[n]) {
						join(m, n)
					}
				}
			}
		}
		var keys []string // canonical values, parallel to f.Values
		sources := map[string]bool{}
		for _, m := range g.members {
			x := mentions[m]
			cl := claims[x.claim]
			if f.About == "" && x.fact != nil {
				f.About = normalize.About(x.fact)
				if n, ok := x.fact.(normalize.Number); ok && f.Kind == normalize.KindUnit && n.Measure.Dim != 0 {
					// The units are what differ: say what was measured
					// ("money", "length"), not one side's unit.
					f.About = n.Measure.Dim.String()
				}
			}
			text := cl.facts.Text
			key := mentionText(claims, x)
			switch {
			case noted:
				key = strconv.Itoa(find(alike, m))
			case x.fact != nil:
				key = normalize.CanonicalValue(x.fact, text)
			}
			k := slices.Index(keys, key)
			if k < 0 {
				k = len(keys)
				keys = append(keys, key)
				f.Values = append(f.Values, Value{Value: text[x.span.Start:x.span.End]})
			}
			v := &f.Values[k]
			v.Sides = append(v.Sides, cl.side(x.span))
			if !slices.Contains(v.Sources, cl.Source) {
				v.Sources = append(v.Sources, cl.Source)
			}
			sources[cl.Source] = true
		}
		for k := range f.Values {
			sort.Strings(f.Values[k].Sources)
		}
		switch {
		case g.diverges:
			f.Status = StatusDiverge
		case len(sources) < 2:
			f.Status = StatusSingle
		}
		facts = append(facts, f)
	}
	return facts, divs
}

// otherThings returns cs without the divergences of names between a and b
// where a's source names b's value too, or b's source a's, in the cluster
// (see naming): a source that names both ("in Kestrel Falls", the town,
// and "the Alder Creek dam") tells of two things, not of one thing named
// two ways. cs is not changed.
func otherThings(n *naming, a, b *claim, cs []normalize.Comparison) []normalize.Comparison {
	both := func(c normalize.Comparison) bool {
		return c.Kind == normalize.KindEntity && c.Verdict == normalize.Diverge &&
			(n.names(a.Source, b.facts.Text[c.B.Start:c.B.End]) || n.names(b.Source, a.facts.Text[c.A.Start:c.A.End]))
	}
	if !slices.ContainsFunc(cs, both) {
		return cs
	}
	return slices.DeleteFunc(slices.Clone(cs), both)
}

// naming tells whether a source names a name in a cluster's claims; the
// names of each claim are folded once, when first asked.
type naming struct {
	claims []*claim
	// folded holds the folded names of each sentence asked about, by its
	// facts: the claim units of one sentence share them.
	folded map[*normalize.Facts][]string
}

// names reports whether a claim of source names name: one of the names of
// its whole sentence (not any word: "the second reading" names no Reading)
// holds the name's folded words, whole.
func (n *naming) names(source, name string) bool {
	name = normalize.Fold(name)
	if name == "" {
		return false
	}
	for _, cl := range n.claims {
		if cl.Source != source {
			continue
		}
		// The names of the whole sentence: a claim's facts leave those of
		// the sentence's other claim units to them.
		facts := &cl.facts
		if cl.view != nil {
			facts = &cl.view.text.Facts
		}
		names, ok := n.folded[facts]
		if !ok {
			for _, f := range facts.All {
				if s := f.Bounds(); f.Kind() == normalize.KindEntity && 0 <= s.Start && s.Start <= s.End && s.End <= len(facts.Text) {
					names = append(names, normalize.Fold(facts.Text[s.Start:s.End]))
				}
			}
			if n.folded == nil {
				n.folded = map[*normalize.Facts][]string{}
			}
			n.folded[facts] = names
		}
		for _, text := range names {
			if normalize.HasWords(text, name) {
				return true
			}
		}
	}
	return false
}

// widen extends mention m of kind to cover span s of a comparison of that
// kind that it overlaps.
func widen(m *mention, s normalize.Span, kind normalize.Kind) {
	if m.kind == kind && m.span.Start < s.End && s.Start < m.span.End {
		m.span = normalize.Span{Start: min(m.span.Start, s.Start), End: max(m.span.End, s.End)}
	}
}

// mentionText returns the folded words of mention x.
func mentionText(claims []*claim, x mention) string {
	return normalize.Fold(claims[x.claim].facts.Text[x.span.Start:x.span.End])
}
