// Package similarity scores how alike two sentences are. Every score is in
// [0,1], symmetric and never NaN; two empty inputs score 1 (they are equal).
//
// Sentences are prepared once (Prepare: fold, tokenize, extract facts) and
// then scored many times, so the cost of normalization is paid per sentence,
// not per pair.
package similarity

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/adrg/strutil/metrics"
	"github.com/claimdiff/claimdiff/normalize"
)

// Text is a sentence prepared for scoring. Build it with Prepare.
type Text struct {
	Raw    string          // the sentence as given
	Folded string          // normalize.Fold(Raw)
	Words  []string        // content words of Folded, sorted, unique
	Facts  normalize.Facts // typed facts of Raw, offsets into Raw
}

// Prepare normalizes sentence and extracts what scoring needs.
func Prepare(sentence string) *Text {
	folded := normalize.Fold(sentence)
	return &Text{Raw: sentence, Folded: folded, Words: contentWords(folded), Facts: normalize.Extract(sentence)}
}

// Scorer scores a pair of prepared texts in [0,1]; it must be symmetric.
type Scorer interface {
	Score(a, b *Text) float64
}

// DefaultThreshold is the score at or above which Default calls two
// sentences the same claim.
const DefaultThreshold = 0.5

// Default is the combined scorer claimdiff uses unless told otherwise.
var Default Scorer = combined{}

type combined struct{}

func (combined) Score(a, b *Text) float64 {
	return clamp(0.5*Dice(a.Folded, b.Folded) + 0.5*Jaccard(a.Words, b.Words))
}

// Dice is the Sorensen-Dice coefficient of the character bigrams of a and b.
func Dice(a, b string) float64 {
	if a == b {
		return 1
	}
	m := metrics.NewSorensenDice()
	m.CaseSensitive = true
	return clamp(m.Compare(a, b))
}

// Jaccard is |a∩b| / |a∪b| for sorted, unique word lists; 1 when both are empty.
func Jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := intersect(a, b)
	return clamp(float64(inter) / float64(len(a)+len(b)-inter))
}

func intersect(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func clamp(x float64) float64 {
	if math.IsNaN(x) || x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}

var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at by for with from as is are was were be been
	being has have had it its this that these those which who whom whose will would can could should may might
	than then there their they them he she his her we our you your i not no`) {
		stopwords[w] = true
	}
}

func contentWords(folded string) []string {
	words := strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := words[:0]
	for _, w := range words {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	uniq := out[:0]
	for i, w := range out {
		if i == 0 || w != out[i-1] {
			uniq = append(uniq, w)
		}
	}
	return uniq
}
