package similarity

import (
	"slices"

	"github.com/claimdiff/claimdiff/normalize"
)

// Anchored wraps a scorer for grouping claims across sources. Sentences
// that state a fact about one thing that identifies a claim (an anchor: a
// count of "US troops", see normalize.Facts.Anchors) are compared as one
// claim although each says more: a pair whose anchors agree ("about 2,500
// US troops", "approximately 2,500 US troops") scores at least Floor,
// whatever else the sentences say, and a pair whose anchors name the same
// thing with other values ("3,000 US troops") scores Floor when it already
// scores at least half of it, so that a source that states another figure
// is compared with the others instead of left out, unless the two write
// different years ("killed 120 people in 1998": two events of one kind). Likewise a pair that
// shares a distinctive phrase (SharedPhrase: "held their first round of
// talks", "marking the first round of talks") and scores at least half of
// Floor: it words one event alike. A name in a role is such an anchor
// ("mediator Ines Varga", "mediator Tomas Reed": see
// normalize.Anchor.Written), and a claim stated again with more detail
// (Contains) scores at least half of Floor. The zero Floor means
// DefaultThreshold; a nil Scorer means Default().
type Anchored struct {
	Scorer Scorer
	Floor  float64
}

func (s Anchored) parts() (Scorer, float64) {
	inner, floor := s.Scorer, s.Floor
	if inner == nil {
		inner = fitted
	}
	if floor == 0 {
		floor = DefaultThreshold
	}
	return inner, floor
}

// Score implements Scorer.
func (s Anchored) Score(a, b *Text) float64 {
	inner, floor := s.parts()
	shared, agree := SharedAnchor(a, b)
	return lift(inner.Score(a, b), floor, a, b, shared, agree)
}

// Lift returns how much of score, the Score of a and b, an anchor or a
// phrase they share adds to the inner scorer's score of their words (see
// Anchored), in [0, 1]: 0 when their words alone score it. A pair lifted
// to Floor states one fact, or words one event alike, but not every pair
// that does states one claim. Only a score of exactly Floor can be
// lifted, so other pairs cost nothing.
func (s Anchored) Lift(a, b *Text, score float64) float64 {
	inner, floor := s.parts()
	if score != clamp(floor) {
		return 0
	}
	return max(0, score-inner.Score(a, b))
}

// lift raises score to half of floor for a contained claim and to floor
// for an anchored pair, and lowers it to a quarter of floor for a pair that
// shares too few words of content to state one claim (see Anchored and
// SharedContent). shared and agree are SharedAnchor(a, b).
func lift(score, floor float64, a, b *Text, shared, agree bool) float64 {
	if score < floor/2 && Contains(a, b) {
		score = clamp(floor / 2)
	}
	switch {
	case agree:
		return max(score, clamp(floor))
	case !SharedContent(a, b):
		return min(score, floor/4)
	case score >= floor:
		return score
	case score >= floor/2 && (shared && !yearsApart(a, b) || SharedPhrase(a, b)):
		return clamp(floor)
	}
	return score
}

// yearsApart reports whether a and b write years and not the same ones
// ("killed 120 people in 1998", "killed 31 people"): a count they share
// then tells two events of one kind, not one claim.
func yearsApart(a, b *Text) bool {
	var ba, bb [4]int
	ya, yb := writtenYears(ba[:0], a), writtenYears(bb[:0], b)
	return (len(ya) > 0 || len(yb) > 0) && !slices.Equal(ya, yb)
}

// writtenYears appends to dst the years t's dates write (not those worked
// out from a reference date), sorted, each once.
func writtenYears(dst []int, t *Text) []int {
	for _, f := range t.Facts.All { // not Of, which allocates: this runs for each pair lifted
		if d, ok := f.(normalize.Date); ok && d.Year != 0 && !d.Inferred {
			dst = append(dst, d.Year)
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// SharedContent reports whether a and b share enough words of content to
// state one claim: two stems, or every stem of a text that has only one,
// or, with none on either side, every word in the same order; a
// fact the masked form drops counts as a word when both state it about
// one thing (see normalize.Facts.PairKeys: "on Sunday evening", "by
// Sunday afternoon").
// Short texts that share function words and letters ("Well, which is it?",
// "Is it true") can score high on the character features alone.
func SharedContent(a, b *Text) bool {
	need := min(2, len(a.stems), len(b.stems))
	if need == 0 {
		// No content word on one side: only the same words say the same
		// ("It was not me.", its values and negations masked).
		return len(a.stems) == len(b.stems) && len(a.words) > 0 && slices.Equal(a.words, b.words)
	}
	n := commonUpTo(a.stems, b.stems, need)
	return n+commonUpTo(a.pairKeys, b.pairKeys, need-n) >= need
}

// ScoreAtLeast returns Score(a, b) exactly when it is at least atLeast, and
// otherwise some value below atLeast, faster when the inner scorer has a
// ScoreAtLeast method (as Logistic does).
func (s Anchored) ScoreAtLeast(a, b *Text, atLeast float64) float64 {
	inner, floor := s.parts()
	bounded, ok := inner.(interface {
		ScoreAtLeast(a, b *Text, atLeast float64) float64
	})
	if !ok {
		return s.Score(a, b)
	}
	// Below min(atLeast, floor) the inner score is either lifted to floor
	// or irrelevant, so that is all the inner scorer must get exactly; and
	// down to floor/2 when an anchor or a phrase may lift it.
	exact := min(atLeast, floor)
	shared, agree := SharedAnchor(a, b)
	if !agree && atLeast > floor/4 && !SharedContent(a, b) {
		return 0 // lift caps it at floor/4
	}
	if shared || SharedPhrase(a, b) {
		exact = min(atLeast, floor/2)
	}
	return lift(bounded.ScoreAtLeast(a, b, exact), floor, a, b, shared, agree)
}

// SharedAnchor reports whether a and b state a fact about the same thing
// that identifies a claim (see normalize.Anchor), and whether two such facts
// are precise and agree: "about 2,500 US troops" and "approximately 2,500
// US troops" share an anchor and agree; "2,500 US troops" and "3,000
// troops" share one and do not.
func SharedAnchor(a, b *Text) (shared, agree bool) {
	for _, x := range a.anchors {
		for _, y := range b.anchors {
			if x.Key != y.Key || x.Written && normalize.Agrees(x.Fact, y.Fact) {
				continue // a value written alike in both counts in their score already
			}
			shared = true
			if x.Precise && y.Precise && normalize.Agrees(x.Fact, y.Fact) {
				return true, true
			}
		}
	}
	return shared, false
}

// SharesWord reports whether a and b share a content stem: a pair that
// shares none can neither be the same claim (SharedContent) nor share a
// rare word (SharedRare, Cosine), so a comparison need not score it,
// unless an anchor lifts it (SharedAnchor).
func SharesWord(a, b *Text) bool {
	if a.stemSig[0]&b.stemSig[0]|a.stemSig[1]&b.stemSig[1]|a.stemSig[2]&b.stemSig[2]|a.stemSig[3]&b.stemSig[3] == 0 {
		return false // no bit in common: no stem in common
	}
	return commonUpTo(a.stems, b.stems, 1) > 0
}

// Contains reports whether one of a and b states the other and says more:
// every content word of the shorter (two or more) is in the longer, in the
// same order ("Ambulances were not being diverted", "Ambulances were
// being diverted to the infirmary, 14 miles away, for all but the most
// serious cases"). Fitted on paraphrases, the score reads the words the
// longer adds as another claim; grouping claims, it is the same claim
// with more detail, so Anchored scores it at least half its floor: enough
// to be aligned with its counterpart, or grouped with an anchor or a
// phrase they share.
func Contains(a, b *Text) bool {
	switch {
	case len(a.stems) < len(b.stems):
		return contains(a, b)
	case len(b.stems) < len(a.stems):
		return contains(b, a)
	}
	return contains(a, b) || contains(b, a)
}

// contains reports whether long states short with more detail: short's
// content words (two or more) all in long, in order, with few content
// words between them (one for every four of short's): "Police arrested the
// mayor" is not stated by "Police said protesters who had arrested the
// mayor were released".
func contains(short, long *Text) bool {
	if len(short.stems) < 2 {
		return false
	}
	for i, w := range short.stemSig {
		if w&^long.stemSig[i] != 0 {
			return false // a stem of short's that long lacks: most pairs, told in four steps
		}
	}
	if commonUpTo(short.stems, long.stems, len(short.stems)) < len(short.stems) {
		return false
	}
	// In order: the short text's content words a subsequence of the long's.
	j, first := 0, -1
	for _, r := range short.stemRank {
		h := short.stems[r]
		for j < len(long.stemRank) && long.stems[long.stemRank[j]] != h {
			j++
		}
		if j == len(long.stemRank) {
			return false
		}
		if first < 0 {
			first = j
		}
		j++
	}
	between := j - first - len(short.stemRank)
	return between <= len(short.stemRank)/4
}
