package claims

import (
	"slices"
)

// edge is the score of two claims, identified by index, a < b.
type edge struct {
	a, b  int
	score float64
}

// node is what grouping knows of a claim: its source (numbered) and whether
// it is a headline, the lede under one, or neither.
type node struct {
	source int
	// lede is the index of the claim a headline introduces, or -1.
	lede int
}

// group returns the groups of claims that state the same claim: the
// connected components of the pairs grouping keeps (see keep), each group
// sorted, groups ordered by their first claim, singletons included.
//
// Grouping decides "same claim?" pair by pair, from the scores alone, so
// that a source added to a comparison can join groups but never split one:
// whether a pair is kept depends only on the two claims' sources. A claim
// that half-matches two different claims can still join them; claim units
// keep most such claims apart before grouping.
func group(nodes []node, edges []edge, threshold float64) [][]int {
	keep := keptEdges(nodes, edges, threshold, alignFloor(threshold))
	parent := make([]int, len(nodes))
	for i := range parent {
		parent[i] = i
	}
	union := func(a, b int) {
		ra, rb := find(parent, a), find(parent, b)
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for _, e := range keep {
		union(e.a, e.b)
	}
	for i, n := range nodes {
		if n.lede >= 0 {
			union(i, n.lede)
		}
	}
	members := make([][]int, len(nodes))
	for i := range parent {
		root := find(parent, i)
		members[root] = append(members[root], i) // in increasing order
	}
	out := make([][]int, 0, len(nodes))
	for _, m := range members {
		if m != nil {
			out = append(out, m) // roots in increasing order: groups by first item
		}
	}
	return out
}

// keptEdges returns the edges that state one claim: a score at or above
// threshold, unless each claim has a better-matching partner in the other's
// source, and unless one is a headline that joins its lede: a headline
// says in short what its lede says, and joins the lede's group only, so
// that two headlines that match loosely do not join two ledes that do not. Two sources that each state a claim once, in different words,
// are paired even if one of them states another claim in similar words; a
// sentence that matches two of another source's sentences is grouped with
// its best match there, and with the other only if that one has no better
// partner in its own source. Within one source, a score at or above
// threshold is a claim the source repeats.
func keptEdges(nodes []node, edges []edge, threshold, floor float64) []edge {
	// best[i] holds, per other source, the best score of claim i with a
	// claim of that source, sorted by source: a claim meets few sources.
	best := make([][]sourceScore, len(nodes))
	raise := func(i, src int, s float64) {
		k, found := slices.BinarySearchFunc(best[i], src, func(x sourceScore, src int) int { return x.source - src })
		if !found {
			best[i] = slices.Insert(best[i], k, sourceScore{src, s})
		} else if s > best[i][k].score {
			best[i][k].score = s
		}
	}
	bestOf := func(i, src int) float64 {
		k, _ := slices.BinarySearchFunc(best[i], src, func(x sourceScore, src int) int { return x.source - src })
		return best[i][k].score
	}
	edges = slices.DeleteFunc(slices.Clone(edges), func(e edge) bool { return nodes[e.a].lede >= 0 || nodes[e.b].lede >= 0 })
	for _, e := range edges {
		if sa, sb := nodes[e.a].source, nodes[e.b].source; sa != sb {
			raise(e.a, sb, e.score)
			raise(e.b, sa, e.score)
		}
	}
	var keep, aligned []edge
	shared := map[[2]int]int{} // claims two sources state alike, by source pair
	for _, e := range edges {
		sa, sb := nodes[e.a].source, nodes[e.b].source
		switch {
		case e.score >= threshold && (sa == sb || bestOf(e.a, sb) <= e.score || bestOf(e.b, sa) <= e.score):
			keep = append(keep, e)
			if sa != sb {
				shared[[2]int{min(sa, sb), max(sa, sb)}]++
			}
		case e.score >= floor && sa != sb && bestOf(e.a, sb) <= e.score && bestOf(e.b, sa) <= e.score:
			aligned = append(aligned, e)
		}
	}
	// Alignment: within one story a claim of one source has few
	// counterparts in another, so two claims that are each other's best
	// match across two sources state one claim, though in words too
	// different to reach the threshold. Two sources tell one story when
	// they state at least storyClaims claims alike; articles of other
	// events are not aligned.
	for _, e := range aligned {
		sa, sb := nodes[e.a].source, nodes[e.b].source
		if shared[[2]int{min(sa, sb), max(sa, sb)}] >= storyClaims {
			keep = append(keep, e)
		}
	}
	return keep
}

// storyClaims is how many claims two sources must state alike (at or above
// the threshold) for their other claims to be aligned.
const storyClaims = 2

// alignFloor is the score two claims of two sources must reach, as each
// other's best match, to be aligned (see keptEdges): a fraction of the
// threshold.
func alignFloor(threshold float64) float64 { return threshold * alignShare }

const alignShare = 0.6

// sourceScore is the best score of a claim with any claim of a source.
type sourceScore struct {
	source int
	score  float64
}

func find(parent []int, i int) int {
	for parent[i] != i {
		parent[i] = parent[parent[i]]
		i = parent[i]
	}
	return i
}
