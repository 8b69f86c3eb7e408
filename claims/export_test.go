package claims

import "context"

// GroupsKeeping groups the claims of docs as Compare does with default
// options, but keeps a pair of claims of two sources only when keep
// accepts it: the groups that a perfect judge of pairs would leave (see
// TestGroupingCeiling). It returns the groups of two or more claims.
func GroupsKeeping(docs []Document, keep func(a, b Claim) bool) ([][]Claim, error) {
	c := NewCorpus()
	ctx := context.Background()
	if err := c.Add(ctx, docs...); err != nil {
		return nil, err
	}
	canon, ns, edges, err := c.score(ctx)
	if err != nil {
		return nil, err
	}
	kept := make([]edge, 0, len(edges))
	for _, e := range edges {
		if ns[e.a].source == ns[e.b].source || keep(canon[e.a].claim(), canon[e.b].claim()) {
			kept = append(kept, e)
		}
	}
	var out [][]Claim
	for _, g := range group(ns, kept, c.cfg.threshold, testsOf(canon)) {
		if len(g) < 2 {
			continue
		}
		cs := make([]Claim, len(g))
		for i, k := range g {
			cs[i] = canon[k].claim()
		}
		out = append(out, cs)
	}
	return out, nil
}
