package similarity

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Candidates returns the pairs of texts worth scoring, so that comparing n
// texts costs about n times a small constant instead of n².
//
// Each text is keyed by its rarest shared words, the KeyWords content words
// held by the fewest texts but at least two (a word no other text uses can
// pair nothing; ties broken alphabetically) and at most 2√n of the n texts,
// and by the quantities it
// states (see SharedQuantity). A pair is a candidate when it shares a
// quantity, or two keys (one, for a text of a single word). Rare words are
// what two statements of one claim share and unrelated sentences do not;
// common words ("said", "government") would pair everything with everything.
//
// Pairs come as [a, b] with a < b, sorted. The result depends only on the
// set of texts and their order, and the order only renumbers the pairs. The
// work is spread over GOMAXPROCS goroutines; the result does not depend on
// how many.
func Candidates(texts []*Text, opts CandidateOptions) [][2]int {
	k := opts.KeyWords
	if k <= 0 {
		k = DefaultKeyWords
	}
	df := make(map[string]int)
	quantities := make([][]string, len(texts))
	for i, t := range texts {
		for _, w := range t.Words {
			df[w]++
		}
		quantities[i] = quantityKeys(t)
		for _, q := range quantities[i] {
			df[q]++
		}
	}
	maxDF := max(minKeyLimit, int(2*math.Sqrt(float64(len(texts)))))
	keys := make([][]string, len(texts))
	postings := make(map[string][]int32)
	for i, t := range texts {
		keys[i] = rarest(t, quantities[i], df, k, maxDF)
		for _, key := range keys[i] {
			postings[key] = append(postings[key], int32(i))
		}
	}
	// Each text's candidates depend only on the postings, so texts are
	// processed in chunks on all cores, each with its own counters, and the
	// chunks' pairs joined in order: the same result as one core.
	const chunk = 1024
	chunks := make([][][2]int, (len(texts)+chunk-1)/chunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunks)) {
		wg.Go(func() {
			counts := make([]int, len(texts))
			var touched []int32
			for {
				c := int(next.Add(1)) - 1
				if c >= len(chunks) {
					return
				}
				var pairs [][2]int
				for i := c * chunk; i < min((c+1)*chunk, len(texts)); i++ {
					touched = touched[:0]
					for _, key := range keys[i] {
						w := weight(key)
						for _, other := range postings[key] {
							if int(other) >= i {
								break // postings are in increasing order: only earlier texts
							}
							if counts[other] == 0 {
								touched = append(touched, other)
							}
							counts[other] += w
						}
					}
					start := len(pairs)
					for _, other := range touched {
						if counts[other] >= need(texts[i], texts[other]) {
							pairs = append(pairs, [2]int{int(other), i})
						}
						counts[other] = 0
					}
					slices.SortFunc(pairs[start:], func(x, y [2]int) int { return x[0] - y[0] })
				}
				chunks[c] = pairs
			}
		})
	}
	wg.Wait()
	return slices.Concat(chunks...)
}

// CandidateOptions tunes Candidates. The zero value means the defaults.
type CandidateOptions struct {
	// KeyWords is how many of its rarest words key each text. More finds
	// more pairs, at a higher cost. Default: DefaultKeyWords.
	KeyWords int
}

// DefaultKeyWords keeps the recall of the pairs all-pairs scoring would
// group at or above 99% on news text (see the claims package tests) while
// proposing about a dozen pairs per sentence in a corpus of 100,000.
const DefaultKeyWords = 8

// A word held by more than 2√n of n texts is no key: two texts sharing two
// such words by chance would otherwise grow in number with n, and the cost
// with n². The limit never falls below minKeyLimit, so small comparisons
// use all their shared words. A story told by more than 2√n outlets (632
// of 100,000 sentences) is still found through its quantities and its
// rarer words.
const minKeyLimit = 50

// sharedNeeded is how many keys two texts must share to be candidates.
const sharedNeeded = 2

// quantityKey starts the keys of quantities.
const quantityKey = "\x00"

// rarest returns the keys of t: its k rarest shared content words and the
// quantities it states, each held by at most maxDF texts.
func rarest(t *Text, quantities []string, df map[string]int, k, maxDF int) []string {
	words := make([]string, 0, len(t.Words))
	for _, w := range t.Words {
		if df[w] > 1 && df[w] <= maxDF {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if df[a] != df[b] {
			return df[a] - df[b]
		}
		return strings.Compare(a, b)
	})
	keys := words[:min(k, len(words))]
	for _, q := range quantities {
		if df[q] <= maxDF {
			keys = append(keys, q)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// quantityKeys returns a key for each quantity of t that could anchor a
// claim (see SharedQuantity).
func quantityKeys(t *Text) []string {
	var keys []string
	for _, n := range t.Facts.Numbers {
		if distinctive(n) {
			keys = append(keys, quantityKey+strconv.FormatFloat(n.Value, 'g', -1, 64)+" "+n.Unit)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// weight is how much sharing key counts: a shared quantity is enough on its
// own to make a candidate, as SharedQuantity is enough to group.
func weight(key string) int {
	if strings.HasPrefix(key, quantityKey) {
		return sharedNeeded
	}
	return 1
}

// need is how many keys texts a and b must share.
func need(a, b *Text) int {
	return max(1, min(sharedNeeded, len(a.Words), len(b.Words)))
}
