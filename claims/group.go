package claims

import (
	"container/heap"
	"sort"
)

// edge is the similarity score of two claims, identified by index.
type edge struct {
	a, b  int // a < b
	score float64
}

// group clusters n items by average linkage: starting from singletons, it
// repeatedly merges the two clusters whose mean pairwise score is highest,
// as long as that mean is at least threshold. Pairs without an edge score 0.
//
// Average linkage is what keeps a claim that half-matches two different
// claims from chaining them together: once it joins one, the other must
// match the whole group on average, not just its best member.
//
// The result is deterministic for a given edge set: ties are broken by the
// smallest item indices. Each group is sorted; groups are ordered by their
// first item.
func group(n int, edges []edge, threshold float64) [][]int {
	// Each cluster is identified by its smallest member; sums[c][d] is the
	// total score between clusters c and d.
	parent := make([]int, n)
	size := make([]int, n)
	sums := make([]map[int]float64, n)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	link := func(c, d int, s float64) {
		if sums[c] == nil {
			sums[c] = map[int]float64{}
		}
		sums[c][d] += s
	}
	h := &linkHeap{}
	for _, e := range edges {
		if e.a == e.b {
			continue
		}
		link(e.a, e.b, e.score)
		link(e.b, e.a, e.score)
	}
	for c := range sums {
		for d, s := range sums[c] {
			if c < d && s >= threshold {
				heap.Push(h, candidate{c, d, s, 1, 1})
			}
		}
	}
	for h.Len() > 0 {
		top := heap.Pop(h).(candidate)
		c, d := top.c, top.d
		// Skip entries made stale by an earlier merge.
		if parent[c] != c || parent[d] != d || size[c] != top.sizeC || size[d] != top.sizeD {
			continue
		}
		// Merge d into c (c < d keeps the smallest member as the id).
		parent[d] = c
		for x, s := range sums[d] {
			if x == c {
				continue
			}
			delete(sums[x], d)
			link(c, x, s)
			link(x, c, s)
		}
		delete(sums[c], d)
		sums[d] = nil
		size[c] += size[d]
		for x, s := range sums[c] {
			mean := s / float64(size[c]*size[x])
			if mean >= threshold {
				lo, hi := c, x
				if lo > hi {
					lo, hi = hi, lo
				}
				heap.Push(h, candidate{lo, hi, mean, size[lo], size[hi]})
			}
		}
	}
	members := map[int][]int{}
	for i := range parent {
		members[find(parent, i)] = append(members[find(parent, i)], i)
	}
	out := make([][]int, 0, len(members))
	for _, m := range members {
		out = append(out, m) // built in increasing order
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func find(parent []int, i int) int {
	for parent[i] != i {
		i = parent[i]
	}
	return i
}

// candidate is a possible merge of clusters c < d with mean score mean,
// valid while the clusters keep the sizes recorded here.
type candidate struct {
	c, d         int
	mean         float64
	sizeC, sizeD int
}

type linkHeap []candidate

func (h linkHeap) Len() int { return len(h) }
func (h linkHeap) Less(i, j int) bool {
	if h[i].mean != h[j].mean {
		return h[i].mean > h[j].mean
	}
	if h[i].c != h[j].c {
		return h[i].c < h[j].c
	}
	return h[i].d < h[j].d
}
func (h linkHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *linkHeap) Push(x any)   { *h = append(*h, x.(candidate)) }
func (h *linkHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
