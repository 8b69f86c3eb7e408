package similarity

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/normalize"
)

// Anchored wraps a scorer for grouping claims across sources: a pair that
// states the same quantity of the same thing (SharedQuantity) scores at
// least Floor, whatever else the two sentences say. "The coalition has about
// 2,500 US troops in Iraq" and "talks on the withdrawal of approximately
// 2,500 US troops" are not paraphrases, but both carry the claim that there
// are 2,500 troops, and a source that said 3,000 should be compared with
// them. Likewise a pair that shares a distinctive phrase (SharedPhrase:
// "held their first round of talks", "marking the first round of talks")
// and scores at least half of Floor: it words one event alike, though each
// sentence says more. The zero Floor means DefaultThreshold; a nil Scorer
// means Default.
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
	return lift(inner.Score(a, b), floor, a, b)
}

// lift raises score to floor for an anchored pair (see Anchored).
func lift(score, floor float64, a, b *Text) float64 {
	if score < floor && (SharedQuantity(a, b) || score >= floor/2 && SharedPhrase(a, b)) {
		return clamp(floor)
	}
	return score
}

// ScoreAtLeast returns Score(a, b) exactly when it is at least atLeast, and
// otherwise some value below atLeast, faster when the inner scorer has a
// ScoreAtLeast method (as Logistic does).
func (s Anchored) ScoreAtLeast(a, b *Text, atLeast float64) float64 {
	inner, floor := s.Scorer, s.Floor
	if inner == nil {
		inner = Default
	}
	if floor == 0 {
		floor = DefaultThreshold
	}
	bounded, ok := inner.(interface {
		ScoreAtLeast(a, b *Text, atLeast float64) float64
	})
	if !ok {
		return s.Score(a, b)
	}
	// Below min(atLeast, floor) the inner score is either lifted to floor
	// or irrelevant, so that is all the inner scorer must get exactly; and
	// down to floor/2 when a shared phrase may lift it.
	exact := min(atLeast, floor)
	if SharedPhrase(a, b) {
		exact = min(atLeast, floor/2)
	}
	return lift(bounded.ScoreAtLeast(a, b, exact), floor, a, b)
}

// SharedQuantity reports whether a and b state a compatible amount (equal,
// or within each other's hedges: "about 2,500" and "approximately 2,500")
// of the same counted thing ("US troops"). Only counts of things identify a
// claim: amounts below 10, numbers whose unit is unknown or a function word
// ("900 in Syria"), ordinals, and shares, sums of money and spans of time
// ("15 percent", "$2 billion", "30 years"), which unrelated claims often
// share, do not count; nor do open or vague amounts ("more than 100", "as
// many as 1 million", "hundreds of"), which fit too many others.
func SharedQuantity(a, b *Text) bool {
	for _, x := range normalize.Of[normalize.Number](a.Facts) {
		if !distinctive(x) {
			continue
		}
		if slices.ContainsFunc(normalize.Of[normalize.Number](b.Facts), func(y normalize.Number) bool {
			return distinctive(y) && x.Unit == y.Unit && numbersCompatible(x, y)
		}) {
			return true
		}
	}
	return false
}

func distinctive(n normalize.Number) bool {
	narrow := n.High-n.Low <= 0.2*n.Value // exact, or "about"
	return n.Value >= 10 && narrow && n.Type == normalize.Cardinal && n.Unit != "" &&
		!stopwords[n.Unit] && !commonUnits[lastWord(n.Unit)]
}

// commonUnits are counted things that many unrelated claims share.
var commonUnits = map[string]bool{
	"percent": true, "percentage": true, "points": true, "point": true,
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "pound": true, "yen": true, "cents": true,
	"years": true, "year": true, "months": true, "month": true, "weeks": true, "week": true,
	"days": true, "day": true, "hours": true, "hour": true, "minutes": true, "minute": true, "seconds": true, "times": true,
	"million": true, "billion": true, "thousand": true, "people": true,
}

func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
