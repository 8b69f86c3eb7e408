package normalize

import "strings"

// kind is one row of the table of fact kinds: everything claimdiff knows
// about one kind of fact, so that the code that reads, compares, scores,
// indexes or reports facts walks the table and never names a kind.
type kind struct {
	name Kind
	// read reads a fact of this kind at token i of the sentence, appends it
	// to p.facts and returns the index of the token after it. At each token
	// the rows are tried in table order and the first that reads wins.
	read func(p *parser, i int) (next int, ok bool)
	// compare compares the facts of this kind stated by a and by b; each
	// Comparison has a's span in A and b's in B.
	compare func(a, b *Facts) []Comparison
	// canonical writes the canonical form of fact f (see Canonical) and
	// reports true, or reports false to leave its text as written.
	canonical func(b *strings.Builder, f Fact, text string) bool
}

// kinds is the table of fact kinds, in reading order: a date is read before
// a number can take its year, a number before a negation can take "no", and
// a name last, as any capitalized word can start one.
var kinds = []kind{
	{KindDate, (*parser).date, compareDates, canonicalDate},
	{KindNumber, (*parser).number, compareNumbers, canonicalNumber},
	{KindNegation, (*parser).negation, compareNegations, canonicalNegation},
	{KindEntity, (*parser).name, compareNames, canonicalName},
}

// Kinds returns the kinds of fact Extract reads, in the order of the table.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	for i, k := range kinds {
		out[i] = k.name
	}
	return out
}

// Verdict is the outcome of comparing one fact as two sentences state it.
type Verdict uint8

// Verdicts. The zero value is no verdict.
const (
	// Agree: both state the fact and the values can be the same ("about
	// 2,500" and "2,450"; "Marcheti" and "Marchetti", a spelling variant).
	Agree Verdict = iota + 1
	// Diverge: both state the fact and the values cannot be the same
	// (2,500 and 3,000; "did not attack" and "attacked").
	Diverge
)

func (v Verdict) String() string {
	switch v {
	case Agree:
		return "agree"
	case Diverge:
		return "diverge"
	}
	return "none"
}

// Comparison is one fact compared across two sentences a and b: its kind,
// the verdict and where each sentence states it. Facts that only one
// sentence states, or that are about different things (2,500 troops and 40
// civilians), are not compared and yield no Comparison.
type Comparison struct {
	// Kind is the kind of the fact, or a finer kind of the divergence or
	// note that the fact's row reports.
	Kind    Kind
	Verdict Verdict
	A, B    Span // the fact in a.Text and in b.Text
}

// Compare compares the facts of two sentences, kind by kind in the order of
// the table, and returns every fact both state, agreeing or diverging. It
// is not symmetric in its output (a's spans come first) but it is in its
// verdicts.
func Compare(a, b Facts) []Comparison {
	var out []Comparison
	for _, k := range kinds {
		out = append(out, k.compare(&a, &b)...)
	}
	return out
}

// pairUnmatched compares facts that agree or differ as wholes (dates,
// names): each fact of xs (of a) that agrees with a fact of ys (of b)
// yields an Agree with the first such fact; each fact of xs that agrees
// with none is paired, in text order, with the first fact of ys left that
// agrees with none of xs and that pair accepts, as a Diverge.
func pairUnmatched[T Fact](kind Kind, xs, ys []T, agree, pair func(x, y T) bool) []Comparison {
	var out []Comparison
	var ux, uy []T
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if agree(x, y) {
				out = append(out, Comparison{kind, Agree, x.Bounds(), y.Bounds()})
				found = true
				break
			}
		}
		if !found {
			ux = append(ux, x)
		}
	}
	for _, y := range ys {
		found := false
		for _, x := range xs {
			if agree(x, y) {
				found = true
				break
			}
		}
		if !found {
			uy = append(uy, y)
		}
	}
	used := make([]bool, len(uy))
	for _, x := range ux {
		for j, y := range uy {
			if !used[j] && pair(x, y) {
				used[j] = true
				out = append(out, Comparison{kind, Diverge, x.Bounds(), y.Bounds()})
				break
			}
		}
	}
	return out
}

// flip swaps the sides of comparisons made with b first.
func flip(cs []Comparison) []Comparison {
	for i := range cs {
		cs[i].A, cs[i].B = cs[i].B, cs[i].A
	}
	return cs
}

// kindOf returns the row of the table for fact f.
func kindOf(f Fact) *kind {
	k := f.Kind()
	for i := range kinds {
		if kinds[i].name == k {
			return &kinds[i]
		}
	}
	panic("normalize: fact of unknown kind " + string(k)) // a row missing from the table: a programming error
}
