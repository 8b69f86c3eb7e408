package stories

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// Term is a term of an article (see Terms): how often the article uses it
// (Count) and how many articles of the feed use it (DF, its document
// frequency).
type Term struct {
	Text  string
	Count int
	DF    int
}

// Profile is what grouping needs of one article once the feed's document
// frequencies are known: the terms it shares with some other article,
// weighted by TF-IDF, the norm of that vector, its keys (its heaviest
// terms, which propose the pairs to check) and its publication time. Terms
// no other article uses are left out: they cannot be shared, and a long
// article that says more than the others about one event still tells it.
// Only the heaviest Params.Signature terms are kept, so that a distributed
// pipeline can ship a profile to every key it holds.
type Profile struct {
	ID        string    // see ID
	Published time.Time // zero when unknown
	// Terms are the kept terms, sorted; Weights[i] weighs Terms[i]:
	// see Weight.
	Terms   []string
	Weights []float64
	// Norm is the Euclidean norm of the weights of all the article's
	// shared terms, kept or not.
	Norm float64
	Keys []string // sorted
}

// Params are the settings of grouping; the zero value of a field means its
// default (see DefaultParams). Every step of grouping, in this package or in
// a distributed pipeline, must use the same Params to give the same stories.
type Params struct {
	// Signature is how many of its heaviest shared terms describe an
	// article. Default 100.
	Signature int
	// Keys is how many of the heaviest single-word signature terms key an
	// article: two articles are compared only when they share a key.
	// Default 10.
	Keys int
	// MaxKeyDF is the most articles a key may be used by, for a feed of
	// 2,500 articles or fewer; a larger feed allows 2√n. A term most
	// articles use would propose every pair. Default 100.
	MaxKeyDF int
	// Similarity is the cosine of two articles' weighted terms at or above
	// which they tell one story. Default 0.4.
	Similarity float64
	// SharedKeys is how many keys two articles must share (or all the
	// keys of the one with fewer), so that a single shared name or figure
	// cannot join two events. Default 2.
	SharedKeys int
	// Window is the longest time between the publication of two articles
	// of one story; it is ignored when either time is unknown. Default
	// three days.
	Window time.Duration
}

// DefaultParams are the settings Find and Compare use unless told otherwise.
var DefaultParams = Params{Signature: 100, Keys: 10, MaxKeyDF: 100, Similarity: 0.4, SharedKeys: 2, Window: 72 * time.Hour}

// withDefaults returns p with every zero (or negative) field set to its
// default.
func (p Params) withDefaults() Params {
	d := DefaultParams
	return Params{
		Signature:  positiveOr(p.Signature, d.Signature),
		Keys:       positiveOr(p.Keys, d.Keys),
		MaxKeyDF:   positiveOr(p.MaxKeyDF, d.MaxKeyDF),
		Similarity: positiveOr(p.Similarity, d.Similarity),
		SharedKeys: positiveOr(p.SharedKeys, d.SharedKeys),
		Window:     positiveOr(p.Window, d.Window),
	}
}

// positiveOr returns v if it is positive, else def.
func positiveOr[T int | float64 | time.Duration](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

// maxKeyDF is the largest document frequency of a key in a feed of n
// articles.
func (p Params) maxKeyDF(n int) int {
	return max(p.MaxKeyDF, int(2*math.Sqrt(float64(n))))
}

// Weight is the TF-IDF weight of a term used count times by an article and
// by df of the n articles of a feed: (1 + ln count) · ln(1 + n/df). The
// smoothed IDF keeps a term every article uses above zero, so that a feed
// of one story still links its articles.
func Weight(count, df, n int) float64 {
	if count <= 0 || df <= 0 {
		return 0
	}
	return (1 + math.Log(float64(count))) * math.Log1p(float64(n)/float64(df))
}

// NewProfile builds the profile of an article of a feed of n articles from
// its terms, with their document frequencies over the feed filled in.
func NewProfile(id string, published time.Time, terms []Term, n int, p Params) Profile {
	p = p.withDefaults()
	pr := Profile{ID: id, Published: published}
	type weighted struct {
		Term
		w float64
	}
	shared := make([]weighted, 0, len(terms))
	var norm float64
	for _, t := range terms {
		if w := Weight(t.Count, t.DF, n); t.DF >= 2 && w > 0 {
			norm += w * w
			shared = append(shared, weighted{t, w})
		}
	}
	pr.Norm = math.Sqrt(norm)
	// Heaviest first; ties alphabetically, so the choice is the same
	// whatever the order of terms.
	slices.SortFunc(shared, func(a, b weighted) int {
		return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.Text, b.Text))
	})
	shared = slices.CompactFunc(shared, func(a, b weighted) bool { return a.Text == b.Text })
	sig := shared[:min(len(shared), p.Signature)]
	limit := p.maxKeyDF(n)
	for _, t := range sig {
		// A name of several words is a term of its own and one term per
		// word; only the words key, so that two keys are two facts, not
		// "Slasum Heights" twice.
		if len(pr.Keys) < p.Keys && t.DF <= limit && !strings.Contains(t.Text, " ") {
			pr.Keys = append(pr.Keys, t.Text)
		}
	}
	slices.Sort(pr.Keys)
	slices.SortFunc(sig, func(a, b weighted) int { return cmp.Compare(a.Text, b.Text) })
	pr.Terms = make([]string, len(sig))
	pr.Weights = make([]float64, len(sig))
	for i, t := range sig {
		pr.Terms[i] = t.Text
		pr.Weights[i] = t.w
	}
	return pr
}

// Similarity is the cosine of the weighted terms of a and b, in [0,1],
// counting the terms both kept; 0 when either is empty.
func Similarity(a, b Profile) float64 {
	var dot float64
	for i, j := 0, 0; i < len(a.Terms) && j < len(b.Terms); {
		switch {
		case a.Terms[i] < b.Terms[j]:
			i++
		case a.Terms[i] > b.Terms[j]:
			j++
		default:
			dot += a.Weights[i] * b.Weights[j]
			i++
			j++
		}
	}
	if a.Norm == 0 || b.Norm == 0 {
		return 0
	}
	return min(1, dot/(a.Norm*b.Norm))
}

// sharedKeys counts the keys a and b share.
func sharedKeys(a, b Profile) int {
	n := 0
	for i, j := 0, 0; i < len(a.Keys) && j < len(b.Keys); {
		switch {
		case a.Keys[i] < b.Keys[j]:
			i++
		case a.Keys[i] > b.Keys[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// FirstSharedKey returns the smallest key a and b share, or "" when they
// share none. A pair of articles is checked once, under this key, however
// many keys propose it.
func FirstSharedKey(a, b Profile) string {
	for i, j := 0, 0; i < len(a.Keys) && j < len(b.Keys); {
		switch {
		case a.Keys[i] < b.Keys[j]:
			i++
		case a.Keys[i] > b.Keys[j]:
			j++
		default:
			return a.Keys[i]
		}
	}
	return ""
}

// Linked reports whether a and b tell one story: published within the
// window of each other (when both times are known), sharing at least
// p.SharedKeys keys (or all the keys of the one with fewer, but at least
// one), and with signatures at least p.Similarity alike.
func Linked(a, b Profile, p Params) bool {
	p = p.withDefaults()
	if !a.Published.IsZero() && !b.Published.IsZero() {
		if d := a.Published.Sub(b.Published); d > p.Window || -d > p.Window {
			return false
		}
	}
	need := max(1, min(p.SharedKeys, len(a.Keys), len(b.Keys)))
	if sharedKeys(a, b) < need {
		return false
	}
	return Similarity(a, b) >= p.Similarity
}
