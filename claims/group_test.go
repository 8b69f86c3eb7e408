package claims

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/similarity"
	"github.com/google/go-cmp/cmp"
)

func TestGroup(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		edges     []edge
		threshold float64
		want      [][]int
	}{
		{"no edges, all singletons", 3, nil, 0.5, [][]int{{0}, {1}, {2}}},
		{"one pair", 3, []edge{{0, 2, 0.9}}, 0.5, [][]int{{0, 2}, {1}}},
		{"below threshold", 2, []edge{{0, 1, 0.49}}, 0.5, [][]int{{0}, {1}}},
		{"at threshold", 2, []edge{{0, 1, 0.5}}, 0.5, [][]int{{0, 1}}},
		{"triangle", 3, []edge{{0, 1, 0.9}, {0, 2, 0.8}, {1, 2, 0.7}}, 0.5, [][]int{{0, 1, 2}}},
		{
			// 1 half-matches both 0 and 2, which do not match each other:
			// single linkage would chain 0-1-2; average linkage must not.
			"no chaining through a bridge", 3,
			[]edge{{0, 1, 0.6}, {1, 2, 0.6}, {0, 2, 0.05}}, 0.5,
			[][]int{{0, 1}, {2}},
		},
		{
			"bridge joins the stronger side", 3,
			[]edge{{0, 1, 0.55}, {1, 2, 0.7}}, 0.5,
			[][]int{{0}, {1, 2}},
		},
		{
			// Two tight pairs linked by one strong cross edge: the mean
			// over the four cross pairs is too low to merge them.
			"two groups, one cross link", 4,
			[]edge{{0, 1, 0.9}, {2, 3, 0.9}, {1, 2, 0.9}}, 0.5,
			[][]int{{0, 1}, {2, 3}},
		},
		{"self edges ignored", 2, []edge{{1, 1, 1}}, 0.5, [][]int{{0}, {1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := group(tt.n, tt.edges, tt.threshold)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGroupOrderIndependent checks that the clusters do not depend on the
// order in which edges arrive.
func TestGroupOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const n = 60
	var edges []edge
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rng.Intn(4) == 0 {
				edges = append(edges, edge{i, j, float64(rng.Intn(100)) / 100})
			}
		}
	}
	want := group(n, edges, 0.5)
	for k := 0; k < 20; k++ {
		rng.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
		if diff := cmp.Diff(want, group(n, edges, 0.5)); diff != "" {
			t.Fatalf("shuffle %d changed the groups (-want +got):\n%s", k, diff)
		}
	}
}

// TestGroupMeanAboveThreshold checks the invariant average linkage promises:
// every group of two or more has a mean pairwise score at or above the
// threshold.
func TestGroupMeanAboveThreshold(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	const n = 80
	score := map[[2]int]float64{}
	var edges []edge
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rng.Intn(3) == 0 {
				s := rng.Float64()
				edges = append(edges, edge{i, j, s})
				score[[2]int{i, j}] = s
			}
		}
	}
	for _, g := range group(n, edges, 0.6) {
		if len(g) < 2 {
			continue
		}
		sum := 0.0
		for x := range g {
			for y := x + 1; y < len(g); y++ {
				sum += score[[2]int{g[x], g[y]}]
			}
		}
		pairs := len(g) * (len(g) - 1) / 2
		if mean := sum / float64(pairs); mean < 0.6-1e-9 {
			t.Errorf("group %v has mean score %.3f < 0.6", g, mean)
		}
	}
}

// TestCompareKeepsEventsApart compares the articles of all BASIL events at
// once: sentences of different events (years apart, sharing names, figures
// and turns of phrase) must never share a cluster, while each event's own
// outlets still share claims.
func TestCompareKeepsEventsApart(t *testing.T) {
	var docs []Document
	event := map[string]int{}
	for e, articles := range basilEvents(t) {
		for i, text := range articles {
			name := fmt.Sprintf("event%d-outlet%d", e, i)
			event[name] = e
			docs = append(docs, Document{Name: name, Text: text})
		}
	}
	r, err := Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	crossSource := 0
	for _, c := range r.Clusters {
		events := map[int]bool{}
		for _, cl := range c.Claims {
			events[event[cl.Source]] = true
		}
		if len(events) > 1 {
			var texts []string
			for _, cl := range c.Claims {
				texts = append(texts, cl.Source+": "+cl.Text)
			}
			t.Errorf("cluster %d mixes events:\n  %s", c.ID, strings.Join(texts, "\n  "))
		}
		if len(c.Sources) > 1 {
			crossSource++
		}
	}
	t.Logf("%d clusters, %d across outlets", len(r.Clusters), crossSource)
	if crossSource < 10 {
		t.Errorf("only %d clusters across outlets of one event, want at least 10", crossSource)
	}
}

// TestDistinctivePhrasesStayWithinEvents: over all BASIL sentences weighed
// together, pairs of different events that share a distinctive phrase
// ("in a statement on Friday afternoon") must score below the half
// threshold at which similarity.Anchored would lift them.
func TestDistinctivePhrasesStayWithinEvents(t *testing.T) {
	var texts []string
	var events []int
	for e, articles := range basilEvents(t) {
		for _, text := range articles {
			for _, s := range Split(Document{Name: "x", Text: text}) {
				if !s.Furniture {
					texts, events = append(texts, s.Text), append(events, e)
				}
			}
		}
	}
	prepared := similarity.PrepareAll(texts)
	pairs, best := 0, 0.0
	for i := range prepared {
		for j := i + 1; j < len(prepared); j++ {
			if events[i] == events[j] || !similarity.SharedPhrase(prepared[i], prepared[j]) {
				continue
			}
			pairs++
			score := similarity.Default.Score(prepared[i], prepared[j])
			best = max(best, score)
			if score >= similarity.DefaultThreshold/2 {
				t.Errorf("different events share a distinctive phrase and score %.2f:\n  %s\n  %s", score, texts[i], texts[j])
			}
		}
	}
	t.Logf("%d sentences; %d pairs of different events share a distinctive phrase, the best scoring %.2f", len(texts), pairs, best)
}
