package normalize

import "slices"

// casualtyCounts marks each count that a casualty befell ("Two people
// died", "Two motorists were killed", "killing 9", "two dead") with the
// casualty (Number.Casualty): the count is of deaths, whatever noun it
// counts, so it is compared with another count of deaths ("two people",
// "two motorists") and identifies the claim (anchorNumber). A negated
// casualty ("no one was hurt") counts nothing: it is the negation's.
func (p *parser) casualtyCounts() {
	for _, f := range p.facts {
		if !isFact[Outcome](f) {
			continue
		}
		o := f.(Outcome)
		// "fatal" qualifies a noun: "three fatal crashes" counts crashes.
		if o.Class != "casualty" || o.Negated || p.lc[o.Start:o.End] == "fatal" {
			continue
		}
		first, found := slices.BinarySearchFunc(p.toks, o.Start, func(t token, start int) int { return t.Start - start })
		if !found {
			continue
		}
		last := first
		for last+1 < len(p.toks) && p.toks[last+1].End <= o.End {
			last++
		}
		k := p.countAfter(last)
		if k < 0 {
			k = p.countBefore(first)
		}
		if k >= 0 {
			n := p.facts[k].(Number)
			n.Casualty = o.Value
			p.facts[k] = n
		}
	}
}

// countAfter returns the index in p.facts of a count that token i's verb
// takes as its object, past at most two words of a hedge the number did not
// take ("killed an estimated 40"), or -1.
func (p *parser) countAfter(i int) int {
	for j := i + 1; j <= i+3 && j < len(p.toks); j++ {
		if k := p.countAt(j, true); k >= 0 {
			return k
		}
		if t := p.toks[j]; t.kind != tWord || !p.is(j, fStop) || casualtyBreaks[t.lc] {
			return -1
		}
	}
	return -1
}

// countBefore returns the index in p.facts of the count in the subject of
// token i ("Two motorists were killed": at most four words back, none a
// conjunction or punctuation), or -1.
func (p *parser) countBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if k := p.countAt(j, false); k >= 0 {
			return k
		}
		t := &p.toks[j]
		if t.kind != tWord || casualtyBreaks[t.lc] {
			return -1
		}
	}
	return -1
}

// casualtyBreaks are words between a count and a casualty that start
// another clause: "2,000 were evacuated and two died".
var casualtyBreaks = set("and", "or", "but", "when", "while", "after", "before", "as", "which",
	"who", "that", "because", "since", "then", "if", "although", "though")

// countAt returns the index in p.facts of the count that starts (start
// set) or ends at token j: a cardinal number of things, not a measure, a
// share, money or a span of time; -1 when there is none.
func (p *parser) countAt(j int, start bool) int {
	t := &p.toks[j]
	if p.sync() {
		at := t.End
		if start {
			at = t.Start
		}
		if k := p.numberAt(at, start); k >= 0 {
			return p.countOf(k)
		}
		return -1
	}
	for k, f := range p.facts {
		if !isFact[Number](f) {
			continue
		}
		n := f.(Number)
		if start && n.Start != t.Start || !start && n.End != t.End {
			continue
		}
		return p.countOf(k)
	}
	return -1
}

// countOf returns k when the Number p.facts[k] is a count, or -1.
func (p *parser) countOf(k int) int {
	n := p.facts[k].(Number)
	if n.Type != Cardinal || n.Measure.Dim != 0 || n.Value <= 0 || n.Value != float64(int64(n.Value)) {
		return -1
	}
	if h := unitHead(n.Unit); h != "person" && commonUnits[h] {
		return -1
	}
	return k
}
