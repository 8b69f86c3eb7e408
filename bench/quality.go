package bench

import "math"

// Agreement measures a grouping against the truth. Both are given as one
// label per item: the story an item was put in and the event it tells.
type Agreement struct {
	// Purity is the share of items whose story's most common event is
	// their own: 1 when no story mixes events.
	Purity float64
	// InversePurity is the same with the roles swapped: 1 when no event
	// is split over several stories.
	InversePurity float64
	// ARI is the adjusted Rand index (Hubert and Arabie 1985): the
	// agreement of the two partitions on every pair of items, corrected
	// for chance; 1 for equal partitions, about 0 for a random one.
	ARI float64
	// Stories and Events count the groups of each partition.
	Stories, Events int
}

// Agree compares a grouping (got[i]: the story of item i) with the truth
// (want[i]: its event). The slices must have the same length.
func Agree(got, want []string) Agreement {
	if len(got) != len(want) {
		panic("bench: Agree needs one story and one event per item")
	}
	type cell struct{ g, w string }
	cells := map[cell]int{}
	gs, ws := map[string]int{}, map[string]int{}
	for i := range got {
		cells[cell{got[i], want[i]}]++
		gs[got[i]]++
		ws[want[i]]++
	}
	n := float64(len(got))
	pairs := func(k int) float64 { return float64(k) * float64(k-1) / 2 }
	var index, sumG, sumW float64
	bestG, bestW := map[string]int{}, map[string]int{}
	for c, k := range cells {
		index += pairs(k)
		bestG[c.g] = max(bestG[c.g], k)
		bestW[c.w] = max(bestW[c.w], k)
	}
	for _, k := range gs {
		sumG += pairs(k)
	}
	for _, k := range ws {
		sumW += pairs(k)
	}
	a := Agreement{Stories: len(gs), Events: len(ws)}
	for _, k := range bestG {
		a.Purity += float64(k)
	}
	for _, k := range bestW {
		a.InversePurity += float64(k)
	}
	if n > 0 {
		a.Purity /= n
		a.InversePurity /= n
	}
	expected := sumG * sumW / pairs(len(got))
	maxIndex := (sumG + sumW) / 2
	switch {
	case len(got) < 2:
		a.ARI = 1
	case maxIndex == expected:
		// Both partitions are all singletons or one group: they agree
		// exactly or the index is undefined; call equal partitions 1.
		a.ARI = 1
		if index != maxIndex {
			a.ARI = 0
		}
	default:
		a.ARI = (index - expected) / (maxIndex - expected)
	}
	if math.IsNaN(a.ARI) {
		a.ARI = 0
	}
	return a
}
