package claims

import (
	"context"
	"testing"
)

// TestIndexRecall checks the candidate index against brute force: of the
// pairs of claims at or above the threshold that all-pairs scoring keeps
// as the same claim (see keptEdges), at least 98% must still share a
// cluster when only the index's candidates are scored. Most of the pairs
// it misses are look-alike reports of different events in this mixed
// corpus ("the Nasdaq fell 34 points" against "... rallied 30.46
// points"): one claim once their values are set aside, worded in words
// too common to key; a feed is grouped into stories before its claims are
// compared, and a story of up to allPairsLimit claims scores all pairs.
func TestIndexRecall(t *testing.T) {
	n := 2000
	if testing.Short() || raceEnabled {
		n = 1200
	}
	docs := syntheticDocs(t, n)
	corpus := func(opts ...Option) *Corpus {
		c := NewCorpus(opts...)
		if err := c.Add(context.Background(), docs...); err != nil {
			t.Fatal(err)
		}
		return c
	}
	brute := corpus(optionFunc(func(c *config) { c.pairs = allPairs }))
	canon, _, edges, err := brute.score(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The pairs at or above the threshold: the index is built to find
	// those; the weaker best matches that align a story are found by
	// scoring all pairs of it (see allPairsLimit).
	var strong []edge
	for _, e := range edges {
		if e.score >= brute.cfg.threshold {
			strong = append(strong, e)
		}
	}
	// Of them, those grouping keeps: each joins its claims' groups (only
	// an aligned pair, below the threshold, may be refused; see group).
	kept := keptEdges(nodes(canon), strong, brute.cfg.threshold, sharesValue(canon))
	if len(kept) == 0 {
		t.Fatal("all-pairs scoring grouped nothing: the test corpus is not exercising grouping")
	}
	r, err := corpus(optionFunc(func(c *config) { c.pairs = indexPairs })).Report(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	cluster := map[[2]any]int{} // source and start of a claim -> cluster
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			cluster[[2]any{cl.Source, cl.Start}] = c.ID
		}
	}
	found := 0
	for _, e := range kept {
		a, b := canon[e.a], canon[e.b]
		ca, okA := cluster[[2]any{a.Source, a.claim().Start}]
		cb, okB := cluster[[2]any{b.Source, b.claim().Start}]
		if okA && okB && ca == cb {
			found++
		} else if testing.Verbose() {
			t.Logf("missed (%.2f):\n  %s\n  %s", e.score, a.body(), b.body())
		}
	}
	recall := float64(found) / float64(len(kept))
	t.Logf("%d sentences: all-pairs keeps %d pairs, %d of them share a cluster with the index (recall %.4f)",
		n, len(kept), found, recall)
	if recall < 0.98 {
		t.Errorf("recall %.4f < 0.98", recall)
	}
}
