package claims

import (
	"context"
	"testing"
)

// TestIndexRecall checks the candidate index against brute force: of the
// pairs of claims that all-pairs scoring puts in one cluster, at least 99%
// must still share a cluster when only the index's candidates are scored.
func TestIndexRecall(t *testing.T) {
	n := 2000
	if testing.Short() || raceEnabled {
		n = 1200
	}
	docs := syntheticDocs(t, n)
	grouped := func(opts ...Option) map[[2]Claim]bool {
		c := NewCorpus(opts...)
		if err := c.Add(context.Background(), docs...); err != nil {
			t.Fatal(err)
		}
		pairs := map[[2]Claim]bool{}
		r, err := c.Report(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, cl := range r.Clusters {
			for i, a := range cl.Claims {
				for _, b := range cl.Claims[i+1:] {
					pairs[[2]Claim{a, b}] = true
				}
			}
		}
		return pairs
	}
	brute := grouped(func(c *config) { c.allPairs = true })
	indexed := grouped()
	found := 0
	for p := range brute {
		if indexed[p] {
			found++
		} else if testing.Verbose() {
			t.Logf("missed:\n  %s\n  %s", p[0].Text, p[1].Text)
		}
	}
	if len(brute) == 0 {
		t.Fatal("all-pairs scoring grouped nothing: the test corpus is not exercising grouping")
	}
	recall := float64(found) / float64(len(brute))
	t.Logf("%d sentences: all-pairs groups %d pairs, the index finds %d (recall %.4f); index groups %d pairs",
		n, len(brute), found, recall, len(indexed))
	if recall < 0.99 {
		t.Errorf("recall %.4f < 0.99", recall)
	}
}
