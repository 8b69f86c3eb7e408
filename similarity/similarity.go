package similarity

import (
	"math"
	"slices"

	"github.com/adrg/strutil/metrics"
)

// Scorer scores a pair of prepared texts in [0,1]; it must be symmetric.
type Scorer interface {
	Score(a, b *Text) float64
}

// DefaultThreshold is the score at or above which Default calls two
// sentences the same claim.
const DefaultThreshold = 0.5

// Default returns the combined scorer claimdiff uses unless told otherwise:
// a logistic model over Features whose weights were fitted on MRPC train
// (see fitted.go for the constants and their cross-validated accuracy). It
// is a Logistic, a copy each call: changing it changes nothing else.
func Default() Scorer {
	return Logistic{Weights: slices.Clone(fitted.Weights), Bias: fitted.Bias}
}

//go:generate go run ./internal/fit/cmd/fitmrpc -o fitted.go ../../shared/data/mrpc/train.tsv

// Features returns the features the combined scorer weighs, in the order of
// FeatureNames, each in [0,1] and symmetric in a and b.
func Features(a, b *Text) []float64 {
	var x [numFeatures]float64
	features(a, b, &x)
	return x[:]
}

// FeatureNames returns short names of the values Features returns, a new
// slice each call.
func FeatureNames() []string { return slices.Clone(featureNames[:]) }

// Logistic is a logistic model over Features: its score is the probability
// 1/(1+e^-z) with z = Bias + Σ Weights[i]·Features(a, b)[i]. Missing weights
// count as 0.
type Logistic struct {
	Weights []float64
	Bias    float64
}

// Score implements Scorer.
func (m Logistic) Score(a, b *Text) float64 {
	var x [numFeatures]float64
	features(a, b, &x)
	return m.probability(&x)
}

func (m Logistic) probability(x *[numFeatures]float64) float64 {
	z := m.Bias
	for i, w := range m.Weights[:min(len(m.Weights), numFeatures)] {
		z += w * x[i]
	}
	return clamp(1 / (1 + math.Exp(-z)))
}

// ScoreAtLeast returns Score(a, b) exactly when it is at least floor, and
// otherwise some value below floor. Comparing many candidate pairs, most of
// which score far below any threshold, it stops as soon as the features
// computed so far, with each feature still to come at the end of its range
// that raises the score, show that the pair cannot reach floor: after the
// features of word and stem sets, after the word-order ones, and before the
// costliest, the character n-grams (and the facts, compared only then).
func (m Logistic) ScoreAtLeast(a, b *Text, floor float64) float64 {
	var x [numFeatures]float64
	if floor <= 0 {
		wordFeatures(a, b, &x, nil)
	} else if c := (&floorCheck{m: m, floor: floor, char: charBounds(a, b)}); !wordFeatures(a, b, &x, c) ||
		c.below(&x, c.char[:]...) {
		return 0
	}
	charFeatures(a, b, &x)
	return m.probability(&x)
}

// floorCheck tells whether a pair cannot reach floor under m. A type
// rather than a closure, so that the features it is asked about stay on
// the stack.
type floorCheck struct {
	m     Logistic
	floor float64
	char  [3]bound // the pair's charBounds
}

// bound is the range [lo, hi] of feature f, not yet computed.
type bound struct {
	f      int
	lo, hi float64
}

// below reports whether a pair with features x cannot reach floor whatever
// the features not yet filled in (unknown): each at the end of its range
// that raises the score.
func (c *floorCheck) below(x *[numFeatures]float64, unknown ...bound) bool {
	best := *x
	for _, u := range unknown {
		if u.f < len(c.m.Weights) && c.m.Weights[u.f] >= 0 {
			best[u.f] = u.hi
		} else {
			best[u.f] = u.lo
		}
	}
	return c.m.probability(&best) < c.floor
}

// charBounds returns the ranges of the features charFeatures fills in;
// those of the character n-grams from the sizes of the n-gram sets and the
// texts' sketches (see gramSketch): Dice is at most 2·shared/(sum), and
// shared at most the smaller size and the sketches' bound.
func charBounds(a, b *Text) [3]bound {
	bi, tri := min(len(a.bigrams), len(b.bigrams)), min(len(a.trigrams), len(b.trigrams))
	if a.sketches != nil && b.sketches != nil {
		bi = min(bi, a.sketches.bigrams.mostShared(&b.sketches.bigrams))
		tri = min(tri, a.sketches.trigrams.mostShared(&b.sketches.trigrams))
	}
	most := func(shared, na, nb int) float64 {
		if na+nb == 0 {
			return 1
		}
		return 2 * float64(shared) / float64(na+nb)
	}
	return [3]bound{
		{fBigramDice, 0, most(bi, len(a.bigrams), len(b.bigrams))},
		{fTrigramDice, 0, most(tri, len(a.trigrams), len(b.trigrams))},
		{fUnpaired, 0, 1},
	}
}

// Dice is the Sorensen-Dice coefficient of the character bigrams of a and b,
// by strutil; 1 when a == b (strutil would give NaN for two empty strings).
func Dice(a, b string) float64 {
	if a == b {
		return 1
	}
	return clamp(metrics.NewSorensenDice().Compare(a, b))
}

// JaroWinkler is the Jaro-Winkler similarity of a and b, by strutil; 1 when
// a == b.
func JaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	return clamp(metrics.NewJaroWinkler().Compare(a, b))
}

// Levenshtein is 1 - distance/max(len) over the runes of a and b, by
// strutil; 1 when a == b.
func Levenshtein(a, b string) float64 {
	if a == b {
		return 1
	}
	return clamp(metrics.NewLevenshtein().Compare(a, b))
}

// Jaccard is |a∩b| / |a∪b| for sorted, unique word lists; 1 when both are empty.
func Jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := countCommon(a, b)
	return clamp(float64(inter) / float64(len(a)+len(b)-inter))
}

// Cosine is the cosine similarity of the content stems of a and b, each
// weighed by its inverse document frequency, log((n+1)/(df+1)), among the
// texts weighed together (PrepareAll, Vocabulary.Weigh): a word few texts
// use counts for much, a story's topic words for little. It ranks a
// claim's counterparts within one story, where a plain overlap of rare
// words finds the claim an outlet words its own way. 0 for texts not
// weighed; in [0,1], symmetric.
func Cosine(a, b *Text) float64 {
	if a.norm == 0 || b.norm == 0 || len(a.idf) != len(a.stems) || len(b.idf) != len(b.stems) {
		return 0
	}
	dot := 0.0
	i, j := 0, 0
	for i < len(a.stems) && j < len(b.stems) {
		switch {
		case a.stems[i] == b.stems[j]:
			dot += float64(a.idf[i]) * float64(b.idf[j])
			i++
			j++
		case a.stems[i] < b.stems[j]:
			i++
		default:
			j++
		}
	}
	return clamp(dot / (a.norm * b.norm))
}

// SharedRare reports whether a and b share a content word that at most
// maxDF of the texts weighed together use (see Vocabulary): a word so rare
// in a story ("whipsawed", "coward") that two outlets using it in one
// place speak of one thing. False for texts not weighed.
func SharedRare(a, b *Text, maxDF int) bool {
	if len(a.df) != len(a.stems) || len(b.df) != len(b.stems) {
		return false
	}
	i, j := 0, 0
	for i < len(a.stems) && j < len(b.stems) {
		switch {
		case a.stems[i] == b.stems[j]:
			if a.df[i] <= int32(maxDF) {
				return true
			}
			i++
			j++
		case a.stems[i] < b.stems[j]:
			i++
		default:
			j++
		}
	}
	return false
}
