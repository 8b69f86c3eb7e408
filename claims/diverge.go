package claims

import (
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Kinds of divergence.
const (
	KindNumber   = "number"   // quantities the hedges cannot reconcile
	KindDate     = "date"     // dates that cannot name the same time
	KindEntity   = "entity"   // a different person, place or organisation in the same role
	KindNegation = "negation" // one side states X, the other not X
)

// Divergence is a fact on which two claims of one cluster disagree.
type Divergence struct {
	Kind string `json:"kind"`
	A    Side   `json:"a"`
	B    Side   `json:"b"`
}

// Side is one claim's version of a divergent fact.
type Side struct {
	Source   string `json:"source,omitempty"`
	Sentence int    `json:"sentence"`
	Value    string `json:"value"` // as written, e.g. "about 2,500"
	Start    int    `json:"start"` // byte offsets of Value in the source's text
	End      int    `json:"end"`
}

// diverge returns the facts on which a and b disagree, a's side first.
// base is the offset of each sentence in its source, so that sides report
// offsets into the source text.
func diverge(a, b *claim) []Divergence {
	var out []Divergence
	fa, fb := a.text.Facts, b.text.Facts
	side := func(c *claim, s normalize.Span, value string) Side {
		return Side{Source: c.Source, Sentence: c.Index, Value: value, Start: c.Start + s.Start, End: c.Start + s.End}
	}
	// Numbers are compared per counted thing; a number with no counterpart
	// in the other claim is not a divergence (the other is just silent).
	for _, x := range fa.Numbers {
		var other *normalize.Number
		agreed := false
		for i, y := range fb.Numbers {
			if !x.SameThing(y) {
				continue
			}
			if x.Compatible(y) {
				agreed = true
				break
			}
			if other == nil {
				other = &fb.Numbers[i]
			}
		}
		if !agreed && other != nil {
			out = append(out, Divergence{KindNumber, side(a, x.Span, x.Text), side(b, other.Span, other.Text)})
		}
	}
	// Dates: a date of a that fits no date of b, paired with a date of b
	// that fits none of a.
	if da, db := unmatchedDates(fa.Dates, fb.Dates), unmatchedDates(fb.Dates, fa.Dates); len(da) > 0 && len(db) > 0 {
		for i := 0; i < len(da) && i < len(db); i++ {
			out = append(out, Divergence{KindDate, side(a, da[i].Span, da[i].Text), side(b, db[i].Span, db[i].Text)})
		}
	}
	// Entities: when each claim names exactly one entity the other does not,
	// the two stand in the same role.
	if na, nb := unmatchedNames(fa.Names, fb.Names), unmatchedNames(fb.Names, fa.Names); len(na) == 1 && len(nb) == 1 {
		out = append(out, Divergence{KindEntity, side(a, na[0].Span, na[0].Text), side(b, nb[0].Span, nb[0].Text)})
	}
	// Negation: one claim negates and the other does not.
	if (len(fa.Negations) == 0) != (len(fb.Negations) == 0) {
		out = append(out, Divergence{KindNegation, negationSide(a, side), negationSide(b, side)})
	}
	return out
}

func negationSide(c *claim, side func(*claim, normalize.Span, string) Side) Side {
	if n := c.text.Facts.Negations; len(n) > 0 {
		return side(c, n[0].Span, c.Text[n[0].Start:n[0].End])
	}
	// The affirmative side has no cue to point at: quote the whole claim.
	return side(c, normalize.Span{Start: 0, End: len(c.Text)}, c.Text)
}

func unmatchedDates(xs, ys []normalize.Date) []normalize.Date {
	var out []normalize.Date
	for _, x := range xs {
		ok := false
		for _, y := range ys {
			if x.Compatible(y) {
				ok = true
				break
			}
		}
		if !ok {
			out = append(out, x)
		}
	}
	return out
}

func unmatchedNames(xs, ys []normalize.Name) []normalize.Name {
	var out []normalize.Name
	for _, x := range xs {
		ok := false
		for _, y := range ys {
			if x.Key == y.Key {
				ok = true
				break
			}
		}
		if !ok {
			out = append(out, x)
		}
	}
	return out
}

// claim is a sentence prepared for comparison.
type claim struct {
	Sentence
	text *similarity.Text
}
