package similarity

import (
	"slices"
	"strconv"
	"strings"
)

// Index finds the pairs of texts worth scoring, so that comparing n texts
// costs about n times the size of a posting list instead of n².
//
// Texts are keyed by their content words and by the quantities they state
// (see SharedQuantity). A pair is a candidate when it shares a quantity, or
// enough words that are rare (held by at most MaxPostings texts): a quarter
// of the words of the shorter text, and at most MinShared. Keys held by more texts ("said", "government" in a day of news)
// say little about whether two sentences state the same claim, and skipping
// them is what keeps the cost linear.
//
// The candidate set depends only on the texts added, not on their order:
// when a key grows past MaxPostings, pairs that relied on it are dropped
// by Shared, which callers use to re-check pairs found earlier.
type Index struct {
	maxPostings int
	minShared   int
	postings    map[string][]int32
	keys        [][]string
	counts      []uint32 // scratch for Candidates, indexed by text id
}

// Default index parameters, chosen so that recall of the pairs all-pairs
// scoring would group stays at or above 99% on news text.
const (
	DefaultMaxPostings = 1000
	DefaultMinShared   = 3
)

// NewIndex returns an empty index. Zero or negative arguments mean the
// defaults.
func NewIndex(maxPostings, minShared int) *Index {
	if maxPostings <= 0 {
		maxPostings = DefaultMaxPostings
	}
	if minShared <= 0 {
		minShared = DefaultMinShared
	}
	return &Index{maxPostings: maxPostings, minShared: minShared, postings: map[string][]int32{}}
}

// Len returns the number of texts added.
func (x *Index) Len() int { return len(x.keys) }

// Add adds t under the next id (0, 1, 2, ...) and calls found with the id of
// every earlier text that is a candidate pair for it, in increasing order.
func (x *Index) Add(t *Text, found func(other int)) int {
	id := len(x.keys)
	keys := indexKeys(t)
	x.keys = append(x.keys, keys)
	x.counts = append(x.counts, 0)
	var touched []int32
	for _, k := range keys {
		list := x.postings[k]
		if len(list) < x.maxPostings {
			w := x.weight(k)
			for _, other := range list {
				if x.counts[other] == 0 {
					touched = append(touched, other)
				}
				x.counts[other] += w
			}
		}
		x.postings[k] = append(list, int32(id))
	}
	slices.Sort(touched)
	for _, other := range touched {
		if int(x.counts[other]) >= x.need(id, int(other)) {
			found(int(other))
		}
		x.counts[other] = 0
	}
	return id
}

// Shared reports whether texts a and b still share enough rare keys to be a
// candidate pair, given every text added so far.
func (x *Index) Shared(a, b int) bool {
	ka, kb := x.keys[a], x.keys[b]
	n, i, j := 0, 0, 0
	for i < len(ka) && j < len(kb) {
		switch {
		case ka[i] == kb[j]:
			if len(x.postings[ka[i]]) <= x.maxPostings {
				n += int(x.weight(ka[i]))
			}
			i++
			j++
		case ka[i] < kb[j]:
			i++
		default:
			j++
		}
	}
	return n >= x.need(a, b)
}

// quantityKey starts the keys of quantities, which sort before any word.
const quantityKey = "\x00"

// indexKeys returns the sorted, unique keys of t: its content words and a
// key for each quantity that could anchor a claim.
func indexKeys(t *Text) []string {
	keys := slices.Clone(t.Words)
	for _, n := range t.Facts.Numbers {
		if distinctive(n) {
			keys = append(keys, quantityKey+strconv.FormatFloat(n.Value, 'g', -1, 64)+" "+n.Unit)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// weight is how much sharing key k counts: a shared quantity is enough on
// its own to make a candidate, as SharedQuantity is enough to group.
func (x *Index) weight(k string) uint32 {
	if strings.HasPrefix(k, quantityKey) {
		return uint32(x.minShared)
	}
	return 1
}

// need is how many rare keys texts a and b must share to be candidates: a
// quarter of the keys of the shorter text, at least 1 and at most
// MinShared, since short sentences have few words to share.
func (x *Index) need(a, b int) int {
	shorter := min(len(x.keys[a]), len(x.keys[b]))
	return max(1, min(x.minShared, (shorter+3)/4))
}

// Truncate removes the texts with ids n and above, undoing their Add, so a
// caller can roll back a batch it could not finish.
func (x *Index) Truncate(n int) {
	for id := len(x.keys) - 1; id >= n; id-- {
		for _, k := range x.keys[id] {
			list := x.postings[k]
			if len(list) == 1 {
				delete(x.postings, k)
			} else {
				x.postings[k] = list[:len(list)-1]
			}
		}
	}
	x.keys = x.keys[:n]
	x.counts = x.counts[:n]
}
