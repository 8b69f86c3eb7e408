package similarity

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/internal/parallel"
)

// Candidates returns the pairs of texts worth scoring, so that comparing n
// texts costs about n times a small constant instead of n².
//
// Each text is keyed by its rarest shared words, the KeyWords content words
// held by the fewest texts but at least two (a word no other text uses can
// pair nothing; ties broken alphabetically) and at most 2√n of the n texts,
// and by the quantities it
// states (see SharedAnchor). A pair is a candidate when it shares a
// quantity, or two keys (one, for a text of a single word). Rare words are
// what two statements of one claim share and unrelated sentences do not;
// common words ("said", "government") would pair everything with everything.
//
// Copies, texts of the same words and quantities (one wire sentence many
// outlets print, values masked), count once as holders of a key, and only
// the first of them is keyed: each later copy is paired with it alone, and
// joins the first's other pairs through it. Counted each, a sentence that
// more than 2√n outlets copy would keep no key and pair with nothing.
//
// Pairs come as [a, b] with a < b, sorted. The result depends only on the
// set of texts and their order, and the order only renumbers the pairs and
// says which of the copies is the first. The
// work is spread over GOMAXPROCS goroutines; the result does not depend on
// how many.
func Candidates(texts []*Text, opts CandidateOptions) [][2]int {
	k := opts.KeyWords
	if k <= 0 {
		k = DefaultKeyWords
	}
	// Each distinct word and quantity is numbered once, so that counting
	// texts per key and listing the texts of a key index slices: at 100,000
	// texts, maps keyed by string outgrow the caches.
	id := make(map[string]int32)
	var names []string // by number
	var df []int32     // texts holding each key, by number
	number := func(key string) int32 {
		n, ok := id[key]
		if !ok {
			n = int32(len(names))
			id[key] = n
			names = append(names, key)
			df = append(df, 0)
		}
		return n
	}
	// The keys of the quantities are strings made for the purpose, on all
	// cores, ahead of the numbering, which takes one.
	quantities := make([][]string, len(texts))
	parallel.For(context.Background(), len(texts), 256, nil, func(i int) { quantities[i] = anchorKeys(texts[i]) })
	// held[start[i]:start[i+1]] are the words of text i, then its quantities.
	total := 0
	for i, t := range texts {
		total += len(t.Words) + len(quantities[i])
	}
	held := make([]int32, 0, total)
	start := make([]int, len(texts)+1)
	for i, t := range texts {
		for _, w := range t.Words {
			held = append(held, number(w))
		}
		for _, q := range quantities[i] {
			held = append(held, number(q))
		}
		start[i+1] = len(held)
	}
	// Copies count once (see the doc comment).
	first := copiesOf(held, start)
	for i := range texts {
		if first[i] == i {
			for _, key := range held[start[i]:start[i+1]] {
				df[key]++
			}
		}
	}
	maxDF := int32(max(minKeyLimit, int(2*math.Sqrt(float64(len(texts))))))
	// keys[keyStart[i]:keyStart[i+1]] are the keys of text i, and
	// postings[postStart[key]:postStart[key+1]] the texts keyed by key, in
	// increasing order: two flat slices instead of a slice per text and key.
	keys := make([]int32, 0, len(held))
	keyStart := make([]int, len(texts)+1)
	var scratch []int32
	for i, t := range texts {
		if first[i] == i { // a copy has no keys: it is paired with its first, below
			ids := held[start[i]:start[i+1]]
			scratch = rarest(scratch, ids[:len(t.Words)], ids[len(t.Words):], names, df, k, maxDF)
			keys = append(keys, scratch...)
		}
		keyStart[i+1] = len(keys)
	}
	postStart := make([]int, len(names)+1)
	for _, key := range keys {
		postStart[key+1]++
	}
	for key := range names {
		postStart[key+1] += postStart[key]
	}
	postings := make([]int32, len(keys))
	filled := slices.Clone(postStart[:len(names)])
	for i := range texts {
		for _, key := range keys[keyStart[i]:keyStart[i+1]] {
			postings[filled[key]] = int32(i)
			filled[key]++
		}
	}
	// A pair needs the smaller of its texts' needs, read from a slice rather
	// than from every text that shares a key.
	needs := make([]int32, len(texts))
	for i, t := range texts {
		needs[i] = need(t)
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
			counts := make([]int32, len(texts))
			var touched []int32
			var pairs [][2]int // reused: each chunk keeps an exact copy
			for {
				c := int(next.Add(1)) - 1
				if c >= len(chunks) {
					return
				}
				pairs = pairs[:0]
				for i := c * chunk; i < min((c+1)*chunk, len(texts)); i++ {
					touched = touched[:0]
					for _, key := range keys[keyStart[i]:keyStart[i+1]] {
						w := weight(names[key])
						for _, other := range postings[postStart[key]:postStart[key+1]] {
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
						if counts[other] >= min(needs[i], needs[other]) {
							pairs = append(pairs, [2]int{int(other), i})
						}
						counts[other] = 0
					}
					slices.SortFunc(pairs[start:], func(x, y [2]int) int { return x[0] - y[0] })
				}
				chunks[c] = slices.Clone(pairs)
			}
		})
	}
	wg.Wait()
	pairs := slices.Concat(chunks...)
	// Each copy is paired with its first, which holds the copy's other
	// pairs: a copy joins what its first joins, at a cost growing with the
	// copies, not with their square.
	copies := false
	for i, f := range first {
		if f != i {
			pairs, copies = append(pairs, [2]int{f, i}), true
		}
	}
	if copies {
		slices.SortFunc(pairs, func(x, y [2]int) int { return cmp.Or(x[1]-y[1], x[0]-y[0]) })
	}
	return pairs
}

// copiesOf returns, for each text, the first text with the same keys (its
// words, then its quantities: held[start[i]:start[i+1]]), itself if none
// comes before it.
func copiesOf(held []int32, start []int) []int {
	first := make([]int, len(start)-1)
	seen := make(map[uint64][]int, len(first)) // texts by a hash of their keys
	for i := range first {
		ids := held[start[i]:start[i+1]]
		h := uint64(14695981039346656037) // FNV-1a over the key numbers
		for _, id := range ids {
			h = (h ^ uint64(uint32(id))) * 1099511628211
		}
		first[i] = i
		if len(ids) == 0 {
			continue // keyless texts pair nothing, copies or not
		}
		for _, j := range seen[h] {
			if slices.Equal(held[start[j]:start[j+1]], ids) {
				first[i] = j
				break
			}
		}
		if first[i] == i {
			seen[h] = append(seen[h], i)
		}
	}
	return first
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

// quantityKey starts the keys of anchors and phrases, each enough to make
// a candidate.
const quantityKey = "\x00"

// rarest returns, in buf's storage, the keys of a text holding the
// numbered words and quantities: its k rarest shared words (ties broken
// alphabetically) and its quantities, each held by at most maxDF texts,
// sorted.
func rarest(buf, words, quantities []int32, names []string, df []int32, k int, maxDF int32) []int32 {
	keys := buf[:0]
	for _, w := range words {
		if df[w] > 1 && df[w] <= maxDF {
			keys = append(keys, w)
		}
	}
	slices.SortFunc(keys, func(a, b int32) int {
		if df[a] != df[b] {
			return int(df[a] - df[b])
		}
		return strings.Compare(names[a], names[b])
	})
	keys = keys[:min(k, len(keys))]
	for _, q := range quantities {
		if df[q] <= maxDF {
			keys = append(keys, q)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// anchorKeys returns the keys of what can lift t's score with another
// text to the threshold (see Anchored): its anchors (SharedAnchor) and its
// distinctive phrases (SharedPhrase), sorted, each once.
func anchorKeys(t *Text) []string {
	// The keys are written into one string and cut out of it: two
	// allocations a text rather than one or two a key.
	const phrase = quantityKey + "phrase:"
	var b strings.Builder
	size := len(t.rare) * (len(phrase) + 13) // 13 base-36 digits hold a uint64
	for _, a := range t.anchors {
		size += len(quantityKey) + len(a.Key)
	}
	b.Grow(size)
	var endBuf [16]int
	ends := endBuf[:0]
	for _, a := range t.anchors {
		if a.Written {
			// A name in a role lifts only a pair that differs on it and
			// shares enough words to score half the floor: the words find it.
			continue
		}
		b.WriteString(quantityKey)
		b.WriteString(a.Key)
		ends = append(ends, b.Len())
	}
	var digits [13]byte
	for _, p := range t.rare {
		b.WriteString(phrase)
		b.Write(strconv.AppendUint(digits[:0], p, 36))
		ends = append(ends, b.Len())
	}
	if len(ends) == 0 {
		return nil
	}
	all, start := b.String(), 0
	keys := make([]string, len(ends))
	for i, end := range ends {
		keys[i], start = all[start:end], end
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// weight is how much sharing key counts: a shared quantity is enough on its
// own to make a candidate, as SharedAnchor is enough to group.
func weight(key string) int32 {
	if strings.HasPrefix(key, quantityKey) {
		return sharedNeeded
	}
	return 1
}

// need is how many keys t must share with another text: sharedNeeded, or
// one for a text of a single word.
func need(t *Text) int32 {
	return int32(max(1, min(sharedNeeded, len(t.Words))))
}
