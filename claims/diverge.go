package claims

import (
	"unicode"
	"unicode/utf8"

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

// String returns a short description such as
// `number: wire "about 2,500" vs daily "3,000"`.
func (d Divergence) String() string {
	return d.Kind + ": " + d.A.String() + " vs " + d.B.String()
}

func (s Side) String() string {
	if s.Source == "" {
		return `"` + s.Value + `"`
	}
	return s.Source + ` "` + s.Value + `"`
}

// claim is a sentence prepared for comparison.
type claim struct {
	Sentence
	text *similarity.Text
}

// side locates span s of claim c in its source.
func (c *claim) side(s normalize.Span) Side {
	return Side{Source: c.Source, Sentence: c.Index, Value: c.Text[s.Start:s.End], Start: c.Start + s.Start, End: c.Start + s.End}
}

// diverge returns the facts on which a and b disagree, a's side first. A
// fact that only one claim mentions is not a divergence: the other claim is
// silent on it, not contradicting it.
func diverge(a, b *claim) []Divergence {
	var out []Divergence
	out = append(out, numberDivergences(a, b)...)
	out = append(out, dateDivergences(a, b)...)
	out = append(out, entityDivergences(a, b)...)
	out = append(out, negationDivergences(a, b)...)
	out = append(out, flip(negationDivergences(b, a))...)
	return out
}

func flip(ds []Divergence) []Divergence {
	for i := range ds {
		ds[i].A, ds[i].B = ds[i].B, ds[i].A
	}
	return ds
}

// numberDivergences compares numbers per counted thing, in text order: each
// number of a is paired with a compatible number of b counting the same
// thing, or else with the first such number left, which then diverges.
func numberDivergences(a, b *claim) []Divergence {
	var out []Divergence
	nb := b.text.Facts.Numbers
	used := make([]bool, len(nb))
	for _, x := range a.text.Facts.Numbers {
		match, first := -1, -1
		for j, y := range nb {
			if used[j] || !x.SameThing(y) {
				continue
			}
			if first < 0 {
				first = j
			}
			if x.Compatible(y) {
				match = j
				break
			}
		}
		switch {
		case match >= 0:
			used[match] = true
		case first >= 0:
			used[first] = true
			out = append(out, Divergence{KindNumber, a.side(x.Span), b.side(nb[first].Span)})
		}
	}
	return out
}

// dateDivergences pairs, in text order, the dates of a that fit no date of b
// with the dates of b that fit none of a.
func dateDivergences(a, b *claim) []Divergence {
	da := unmatched(a.text.Facts.Dates, b.text.Facts.Dates, normalize.Date.Compatible)
	db := unmatched(b.text.Facts.Dates, a.text.Facts.Dates, normalize.Date.Compatible)
	var out []Divergence
	for i := 0; i < len(da) && i < len(db); i++ {
		out = append(out, Divergence{KindDate, a.side(da[i].Span), b.side(db[i].Span)})
	}
	return out
}

// entityDivergences reports a name of a that matches no name of b, standing
// in the same role as a name of b that matches none of a: the same word
// before it ("Minister X" / "Minister Y") or after it ("X said" / "Y said").
//
// Headlines in Title Case are skipped: when every word is capitalized,
// capitals say nothing about which words are names.
func entityDivergences(a, b *claim) []Divergence {
	if titleCase(a.Text) || titleCase(b.Text) {
		return nil
	}
	na := unmatched(a.text.Facts.Names, b.text.Facts.Names, normalize.Name.Matches)
	nb := unmatched(b.text.Facts.Names, a.text.Facts.Names, normalize.Name.Matches)
	var out []Divergence
	used := make([]bool, len(nb))
	for _, x := range na {
		xb, xa := neighbours(a.Text, x.Span)
		for j, y := range nb {
			if used[j] {
				continue
			}
			yb, ya := neighbours(b.Text, y.Span)
			if (xb != "" && xb == yb) || (xa != "" && xa == ya) {
				used[j] = true
				out = append(out, Divergence{KindEntity, a.side(x.Span), b.side(y.Span)})
				break
			}
		}
	}
	return out
}

// negationDivergences reports each negation of a whose predicate b states
// without a matching negation: a says "did not attack", b says "attacked".
func negationDivergences(a, b *claim) []Divergence {
	var out []Divergence
	for _, n := range a.text.Facts.Negations {
		if n.Predicate == "" || hasSame(n, b.text.Facts.Negations) {
			continue
		}
		at, ok := findStem(b.Text, normalize.Span{End: len(b.Text)}, n.Predicate)
		if !ok {
			continue // b does not speak of it
		}
		end := n.End
		if p, ok := findStem(a.Text, n.Scope, n.Predicate); ok {
			end = max(end, p.End)
		}
		out = append(out, Divergence{KindNegation, a.side(normalize.Span{Start: n.Start, End: end}), b.side(at)})
	}
	return out
}

func hasSame(n normalize.Negation, ns []normalize.Negation) bool {
	for _, m := range ns {
		if n.Same(m) {
			return true
		}
	}
	return false
}

// unmatched returns the facts of xs that agree with no fact of ys.
func unmatched[T any](xs, ys []T, agree func(T, T) bool) []T {
	var out []T
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if agree(x, y) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// findStem returns the first word within span s of text whose stem is stem.
func findStem(text string, s normalize.Span, stem string) (normalize.Span, bool) {
	for w := range words(text[s.Start:s.End]) {
		if normalize.Stem(normalize.Fold(text[s.Start+w.Start:s.Start+w.End])) == stem {
			return normalize.Span{Start: s.Start + w.Start, End: s.Start + w.End}, true
		}
	}
	return normalize.Span{}, false
}

// neighbours returns the folded words just before and after span s of text.
func neighbours(text string, s normalize.Span) (before, after string) {
	for w := range words(text[:s.Start]) {
		before = text[w.Start:w.End]
	}
	for w := range words(text[s.End:]) {
		after = text[s.End+w.Start : s.End+w.End]
		break
	}
	return normalize.Fold(before), normalize.Fold(after)
}

// titleCase reports whether most longer words of s are capitalized, as in
// a headline ("Talks on Troop Presence Highlight Sovereignty Concerns").
func titleCase(s string) bool {
	upper, long := 0, 0
	for w := range words(s) {
		word := s[w.Start:w.End]
		if len(word) < 4 {
			continue // function words stay lower case in headlines
		}
		long++
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && upper*10 >= long*7
}

// words yields the spans of the runs of letters and digits in s.
func words(s string) func(yield func(normalize.Span) bool) {
	return func(yield func(normalize.Span) bool) {
		start := -1
		for i := 0; i <= len(s); {
			r, size := utf8.RuneError, 1
			if i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			in := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(normalize.Span{Start: start, End: i}) {
					return
				}
				start = -1
			}
			i += size
		}
	}
}
