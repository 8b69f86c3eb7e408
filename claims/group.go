package claims

import (
	"container/heap"
	"slices"
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
	// Each cluster is identified by its smallest member; adj[c] lists the
	// clusters with a score to c and the total score between them, sorted
	// by cluster. Most claims have a neighbour or two, so sorted slices are
	// far lighter than maps.
	parent := make([]int, n)
	size := make([]int, n)
	adj := make([][]link, n)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	for _, e := range edges {
		if e.a != e.b {
			adj[e.a] = addLink(adj[e.a], e.b, e.score)
			adj[e.b] = addLink(adj[e.b], e.a, e.score)
		}
	}
	h := &linkHeap{}
	for c := range adj {
		for _, l := range adj[c] {
			if c < l.to && l.sum >= threshold {
				heap.Push(h, candidate{c, l.to, l.sum, 1, 1})
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
		// Merge d into c (c < d keeps the smallest member as the id): the
		// neighbours of d become neighbours of c.
		parent[d] = c
		for _, l := range adj[d] {
			if l.to == c {
				continue
			}
			adj[l.to] = addLink(removeLink(adj[l.to], d), c, l.sum)
			adj[c] = addLink(adj[c], l.to, l.sum)
		}
		adj[c] = removeLink(adj[c], d)
		adj[d] = nil
		size[c] += size[d]
		for _, l := range adj[c] {
			mean := l.sum / float64(size[c]*size[l.to])
			if mean >= threshold {
				lo, hi := c, l.to
				if lo > hi {
					lo, hi = hi, lo
				}
				heap.Push(h, candidate{lo, hi, mean, size[lo], size[hi]})
			}
		}
	}
	members := make([][]int, n)
	for i := range parent {
		root := find(parent, i)
		members[root] = append(members[root], i) // in increasing order
	}
	out := make([][]int, 0, n)
	for _, m := range members {
		if m != nil {
			out = append(out, m) // roots in increasing order: groups by first item
		}
	}
	return out
}

// link is the total score between a cluster and the cluster to.
type link struct {
	to  int
	sum float64
}

// addLink adds s to the link to cluster to in the sorted list ls.
func addLink(ls []link, to int, s float64) []link {
	i, found := slices.BinarySearchFunc(ls, to, func(l link, to int) int { return l.to - to })
	if found {
		ls[i].sum += s
		return ls
	}
	return slices.Insert(ls, i, link{to, s})
}

// removeLink removes the link to cluster to from the sorted list ls.
func removeLink(ls []link, to int) []link {
	if i, found := slices.BinarySearchFunc(ls, to, func(l link, to int) int { return l.to - to }); found {
		return slices.Delete(ls, i, i+1)
	}
	return ls
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
