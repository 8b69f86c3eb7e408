package similarity

import (
	"slices"

	"github.com/claimdiff/claimdiff/normalize"
)

// Anchored wraps a scorer for grouping claims across sources: a pair that
// states the same quantity of the same thing (SharedQuantity) scores at
// least Floor, whatever else the two sentences say. "The coalition has about
// 2,500 US troops in Iraq" and "talks on the withdrawal of approximately
// 2,500 US troops" are not paraphrases, but both carry the claim that there
// are 2,500 troops, and a source that said 3,000 should be compared with
// them. The zero Floor means DefaultThreshold; a nil Scorer means Default.
type Anchored struct {
	Scorer Scorer
	Floor  float64
}

// Score implements Scorer.
func (s Anchored) Score(a, b *Text) float64 {
	inner, floor := s.Scorer, s.Floor
	if inner == nil {
		inner = Default
	}
	if floor == 0 {
		floor = DefaultThreshold
	}
	score := inner.Score(a, b)
	if score < floor && SharedQuantity(a, b) {
		return clamp(floor)
	}
	return score
}

// SharedQuantity reports whether a and b state a compatible amount (equal,
// or within each other's hedges: "about 2,500" and "approximately 2,500")
// of the same counted thing ("US troops"). Amounts below 10 and numbers
// whose unit is unknown or a function word ("900 in Syria") do not count:
// they are too common to identify a claim.
func SharedQuantity(a, b *Text) bool {
	for _, x := range a.Facts.Numbers {
		if !distinctive(x) {
			continue
		}
		if slices.ContainsFunc(b.Facts.Numbers, func(y normalize.Number) bool {
			return distinctive(y) && x.Unit == y.Unit && numbersCompatible(x, y)
		}) {
			return true
		}
	}
	return false
}

func distinctive(n normalize.Number) bool {
	return n.Value >= 10 && n.Unit != "" && !stopwords[n.Unit]
}
