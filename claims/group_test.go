package claims

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/similarity"
	"github.com/google/go-cmp/cmp"
)

// atSentences returns one node per claim with the source and sentence
// given, no headlines.
func atSentences(at ...[2]int) []node {
	out := make([]node, len(at))
	for i, a := range at {
		out[i] = node{source: a[0], sentence: a[1], lede: -1}
	}
	return out
}

// sourcesOf returns one node per claim with the sources given, no headlines.
func sourcesOf(src ...int) []node {
	out := make([]node, len(src))
	for i, s := range src {
		out[i] = node{source: s, lede: -1}
	}
	return out
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name  string
		nodes []node
		edges []edge
		want  [][]int
	}{
		{"no edges, all singletons", sourcesOf(0, 1, 2), nil, [][]int{{0}, {1}, {2}}},
		{"one pair", sourcesOf(0, 1, 2), []edge{{0, 2, 0.9, 0, false, false, false, false, 0}}, [][]int{{0, 2}, {1}}},
		{"below the threshold", sourcesOf(0, 1), []edge{{0, 1, 0.49, 0, false, false, false, false, 0}}, [][]int{{0}, {1}}},
		{
			// Two sources that state two claims alike tell one story: their
			// best matches by rare words align.
			"aligned within a story", sourcesOf(0, 0, 0, 1, 1, 1),
			[]edge{{0, 3, 0.9, 0.9, false, false, false, false, 0}, {1, 4, 0.8, 0.8, false, false, false, false, 0}, {2, 5, 0.2, 0.5, false, false, false, false, 0}, {2, 4, 0.35, 0.4, false, false, false, false, 0}}, [][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{
			// 2 and 5 share a name only (no content enough to state one
			// claim), far from the pairs their sources state alike: not
			// aligned.
			"a lone shared name far from the story is not aligned", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 10}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}),
			[]edge{{0, 3, 0.9, 0.9, false, false, false, false, 0}, {1, 4, 0.8, 0.8, false, false, false, false, 0}, {2, 5, 0.2, 0.5, false, false, false, false, 0}}, [][]int{{0, 3}, {1, 4}, {2}, {5}},
		},
		{
			// The same with words of content in common: aligned.
			"aligned far from the story with content in common", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 10}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}),
			[]edge{{0, 3, 0.9, 0.9, false, false, false, false, 0}, {1, 4, 0.8, 0.8, false, false, false, false, 0}, {2, 5, 0.2, 0.5, false, false, true, false, 0}}, [][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{
			// The same name within three sentences of a pair stated
			// alike (1-4, sentences 1 and 1): aligned.
			"a shared name near the story is aligned", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 4}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}),
			[]edge{{0, 3, 0.9, 0.9, false, false, false, false, 0}, {1, 4, 0.8, 0.8, false, false, false, false, 0}, {2, 5, 0.2, 0.5, false, false, false, false, 0}}, [][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{"not aligned across stories", sourcesOf(0, 1), []edge{{0, 1, 0.45, 0.9, false, false, false, false, 0}}, [][]int{{0}, {1}}},
		{
			// A word only these two claims use aligns them though their
			// cosine is low.
			"aligned by a rare word", sourcesOf(0, 0, 0, 1, 1, 1),
			[]edge{{0, 3, 0.9, 0.9, false, false, false, false, 0}, {1, 4, 0.8, 0.8, false, false, false, false, 0}, {2, 5, 0.1, 0.2, true, false, false, false, 0}}, [][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{"at threshold", sourcesOf(0, 1), []edge{{0, 1, 0.5, 0, false, false, false, false, 0}}, [][]int{{0, 1}}},
		{"triangle", sourcesOf(0, 1, 2), []edge{{0, 1, 0.9, 0, false, false, false, false, 0}, {0, 2, 0.8, 0, false, false, false, false, 0}, {1, 2, 0.7, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}}},
		{
			// A dissenting third source scores lower with both others,
			// yet above the threshold: it joins.
			"a weaker third source joins", sourcesOf(0, 1, 2),
			[]edge{{0, 1, 0.95, 0, false, false, false, false, 0}, {0, 2, 0.55, 0, false, false, false, false, 0}, {1, 2, 0.52, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}},
		},
		{
			// 2 matches both 0 and 1 of source 0 and joins its better
			// match only: a claim of source 0 that 2's source states once
			// is grouped with 2, and another is not chained to it.
			"a claim joins one claim of another source", sourcesOf(0, 0, 1),
			[]edge{{0, 2, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 2}, {1}},
		},
		{
			// Source 0 states one claim twice (0-1 at the threshold); 2
			// matches both and joins the two through its better match.
			"a repeated claim joins", sourcesOf(0, 0, 1),
			[]edge{{0, 1, 0.7, 0, false, false, false, false, 0}, {0, 2, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}},
		},
		{
			// 0 and 1 (source 0) each have a better partner in source 1 than
			// 3 and 2 respectively: the cross pairs 0-2 and 1-3 are dropped.
			"each has a better partner", sourcesOf(0, 0, 1, 1),
			[]edge{{0, 3, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.9, 0, false, false, false, false, 0}, {0, 2, 0.6, 0, false, false, false, false, 0}, {1, 3, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 3}, {1, 2}},
		},
		{"within a source", sourcesOf(0, 0), []edge{{0, 1, 0.7, 0, false, false, false, false, 0}}, [][]int{{0, 1}}},
		// Under repeatScore, two claims of one source are two, unless one
		// states the other whole.
		{"within a source, half a match", sourcesOf(0, 0), []edge{{0, 1, 0.6, 0, false, false, false, false, 0}}, [][]int{{0}, {1}}},
		{"within a source, restated", sourcesOf(0, 0), []edge{{0, 1, 0.6, 0, false, false, false, true, 0}}, [][]int{{0, 1}}},
		{
			// 0 and 1 are two claim units of one sentence; 2 matches both
			// and joins its better match only, so the units stay apart.
			"a claim joins one unit of a sentence", []node{{source: 0, lede: -1}, {source: 0, lede: -1}, {source: 1, lede: -1}},
			[]edge{{0, 2, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 2}, {1}},
		},
		{
			// Claims 0, 1 (one sentence) and 2, 3 (one sentence of another
			// source) are matched one to one, best first: 1-2, then 0-3,
			// though 0's best unit was 2.
			"units are matched one to one", []node{{source: 0, lede: -1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 1, lede: -1}},
			[]edge{{0, 2, 0.9, 0, false, false, false, false, 0}, {0, 3, 0.8, 0, false, false, false, false, 0}, {1, 2, 0.95, 0, false, false, false, false, 0}}, [][]int{{0, 3}, {1, 2}},
		},
		{"a headline joins its lede", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}}, []edge{{1, 2, 0.8, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}}},
		{
			// Two headlines match loosely; each joins its own lede only.
			"headlines do not join ledes", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: 3}, {source: 1, lede: -1}},
			[]edge{{0, 2, 0.9, 0, false, false, false, false, 0}}, [][]int{{0, 1}, {2, 3}},
		},
		{
			// 1 states two claims: one 2 states, and the one 3 and 4
			// state, which headline 0 matches best; 0 does not join 1's
			// group, which states the other.
			"a headline stays out of a lede's group of another claim", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 1, lede: -1}, {source: 2, lede: -1}},
			[]edge{{1, 2, 0.8, 0, false, false, false, false, 0}, {3, 4, 0.8, 0, false, false, false, false, 0}, {0, 3, 0.3, 0, false, false, false, false, 0}, {0, 2, 0.2, 0, false, false, false, false, 0}}, [][]int{{0}, {1, 2}, {3, 4}},
		},
		{
			"a headline joins its best match's group at the threshold", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 1, lede: -1}, {source: 2, lede: -1}},
			[]edge{{1, 2, 0.8, 0, false, false, false, false, 0}, {3, 4, 0.8, 0, false, false, false, false, 0}, {0, 3, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 3, 4}, {1, 2}},
		},
		{
			// 0's lede, 1, is in no group; 0 matches 2 at the threshold.
			"a headline leaves a lede no other source states for a match at the threshold", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 2, lede: -1}},
			[]edge{{2, 3, 0.8, 0, false, false, false, false, 0}, {0, 2, 0.6, 0, false, false, false, false, 0}}, [][]int{{0, 2, 3}, {1}},
		},
		{
			"a headline keeps a lede no other source states under the threshold", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 2, lede: -1}},
			[]edge{{2, 3, 0.8, 0, false, false, false, false, 0}, {0, 2, 0.4, 0, false, false, false, false, 0}}, [][]int{{0, 1}, {2, 3}},
		},
		{
			// 0's best match, 3, scores under half the threshold: too weak
			// to say 0 states another claim than its lede's group.
			"a headline's weak best match leaves it with its lede", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 1, lede: -1}, {source: 2, lede: -1}},
			[]edge{{1, 2, 0.8, 0, false, false, false, false, 0}, {3, 4, 0.8, 0, false, false, false, false, 0}, {0, 3, 0.2, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}, {3, 4}},
		},
		{
			// 0's best match, 3, is in no group: no sign that 1's group
			// states another claim than 0.
			"a headline whose best match is alone joins its lede", []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}, {source: 1, lede: -1}},
			[]edge{{1, 2, 0.8, 0, false, false, false, false, 0}, {0, 3, 0.3, 0, false, false, false, false, 0}}, [][]int{{0, 1, 2}, {3}},
		},
		{"self edges ignored", sourcesOf(0, 1), []edge{{1, 1, 1, 0, false, false, false, false, 0}}, [][]int{{0}, {1}}},
		{
			// A figure lifts 0-2 and 1-2 to the threshold (their words
			// score 0.3 and 0.05): 2 joins 0, whose words match it best.
			"a lifted pair joins the best match on words", sourcesOf(0, 0, 1),
			[]edge{{0, 2, 0.5, 0, false, false, false, false, 0.2}, {1, 2, 0.5, 0, false, false, false, false, 0.45}}, [][]int{{0, 2}, {1}},
		},
		{
			// 1 matches 2 better on words than 0 does, though 0-2 is 2's
			// only lifted pair: 0 does not join.
			"a lifted pair loses to a pair alike in words", sourcesOf(0, 0, 1),
			[]edge{{0, 2, 0.5, 0, false, false, false, false, 0.4}, {1, 2, 0.7, 0, false, false, false, false, 0}}, [][]int{{0}, {1, 2}},
		},
		{"a lifted pair within a source is no repeat", sourcesOf(0, 0), []edge{{0, 1, 0.5, 0, false, false, false, false, 0.3}}, [][]int{{0}, {1}}},
		{"a lifted pair alone joins", sourcesOf(0, 1), []edge{{0, 1, 0.5, 0, false, false, false, false, 0.49}}, [][]int{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := group(tt.nodes, tt.edges, 0.5, every)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// randomGraph returns n claims of up to five sources and random scores.
func randomGraph(seed int64, n int) ([]node, []edge) {
	rng := rand.New(rand.NewSource(seed))
	nodes := make([]node, n)
	for i := range nodes {
		nodes[i] = node{source: rng.Intn(5), sentence: rng.Intn(12), lede: -1}
	}
	var edges []edge
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rng.Intn(4) == 0 {
				e := edge{i, j, float64(rng.Intn(100)) / 100, float64(rng.Intn(100)) / 100, rng.Intn(8) == 0, rng.Intn(10) == 0, rng.Intn(2) == 0, false, 0}
				if rng.Intn(6) == 0 { // lifted to the threshold by a figure
					e.score, e.lift = 0.5, float32(1+rng.Intn(50))/100
				}
				edges = append(edges, e)
			}
		}
	}
	return nodes, edges
}

// TestGroupOrderIndependent checks that the clusters do not depend on the
// order in which edges arrive.
func TestGroupOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	nodes, edges := randomGraph(1, 60)
	want := group(nodes, edges, 0.5, every)
	for k := 0; k < 20; k++ {
		rng.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
		if diff := cmp.Diff(want, group(nodes, edges, 0.5, every)); diff != "" {
			t.Fatalf("shuffle %d changed the groups (-want +got):\n%s", k, diff)
		}
	}
}

// TestGroupChains checks that an aligned pair joins two groups only when
// no source has claims in both and a claim of one shares a word with a
// claim of the other besides the pair's own; that a lifted pair joins them
// only when no source has claims in both; and that pairs at the threshold
// on their words join as they are.
func TestGroupChains(t *testing.T) {
	// Three sources tell one story (0-4-7 and 1-5-8 at the threshold);
	// claims 2 and 3 of source 0, 6 of source 1 and 9 of source 2 are
	// aligned, best first: 2-6, 6-9, 3-9.
	story := atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2})
	told := []edge{
		{0, 4, 0.9, 0.9, false, false, true, false, 0}, {1, 5, 0.9, 0.9, false, false, true, false, 0}, {4, 7, 0.9, 0.9, false, false, true, false, 0},
		{5, 8, 0.9, 0.9, false, false, true, false, 0}, {0, 7, 0.9, 0.9, false, false, true, false, 0}, {1, 8, 0.9, 0.9, false, false, true, false, 0},
	}
	aligned := []edge{{2, 6, 0.2, 0.8, false, false, true, false, 0}, {6, 9, 0.2, 0.7, false, false, true, false, 0}}
	tests := []struct {
		name  string
		nodes []node
		edges []edge
		apart [][2]int // the pairs of claims that share no word
		want  [][]int
	}{
		{
			// 0 and 3 (source 0) are chained through 1 and 2 by pairs at
			// the threshold: they join (a dissenter's words may be its
			// own, and a pair the candidate index misses must not change
			// which others join).
			"pairs at the threshold chain two claims of one source", sourcesOf(0, 1, 2, 0),
			[]edge{{0, 1, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.8, 0, false, false, false, false, 0}, {2, 3, 0.7, 0, false, false, false, false, 0}},
			[][2]int{{0, 2}, {0, 3}, {1, 3}},
			[][]int{{0, 1, 2, 3}},
		},
		{
			"aligned claims that share words join", story, slices.Concat(told, aligned), nil,
			[][]int{{0, 4, 7}, {1, 5, 8}, {2, 6, 9}, {3}},
		},
		{
			// 3-9, the weakest aligned pair, would join 3 to 2 of its own
			// source.
			"aligned pairs do not chain two claims of one source", story,
			slices.Concat(told, aligned, []edge{{3, 9, 0.2, 0.6, false, false, true, false, 0}}), nil,
			[][]int{{0, 4, 7}, {1, 5, 8}, {2, 6, 9}, {3}},
		},
		{
			// 6 states two claims: 2 shares one with it, 9 the other; 2
			// and 9 share no word, so 9 does not join.
			"an aligned claim that shares a word with its partner only", story, slices.Concat(told, aligned), [][2]int{{2, 9}},
			[][]int{{0, 4, 7}, {1, 5, 8}, {2, 6}, {3}, {9}},
		},
		{
			// Source 0 repeats claim 2 (10): an aligned pair still joins
			// the repeat's group, which holds no claim of source 1.
			"an aligned pair joins a repeat's group", append(slices.Clone(story), node{source: 0, sentence: 4, lede: -1}),
			slices.Concat(told, aligned, []edge{{2, 10, 0.9, 0.9, false, false, true, false, 0}}), nil,
			[][]int{{0, 4, 7}, {1, 5, 8}, {2, 6, 9, 10}, {3}},
		},
		{
			// A fourth source states 2 (10) and 6 (11) apart: 2-6, once
			// aligned, would join two claims of it, and 2 leaves, though
			// every claim shares a word with every other.
			"a source added sets an aligned claim apart", append(slices.Clone(story), node{source: 3, sentence: 0, lede: -1}, node{source: 3, sentence: 1, lede: -1}),
			slices.Concat(told, aligned, []edge{{2, 10, 0.9, 0.9, false, false, true, false, 0}, {6, 11, 0.9, 0.9, false, false, true, false, 0}}), nil,
			[][]int{{0, 4, 7}, {1, 5, 8}, {2, 10}, {3}, {6, 9, 11}},
		},
		{
			// 2-3 is lifted to the threshold by a figure, not by its
			// words: it may not join 3 to 0 of its own source.
			"lifted pairs do not chain two claims of one source", sourcesOf(0, 1, 2, 0),
			[]edge{{0, 1, 0.9, 0, false, false, false, false, 0}, {1, 2, 0.8, 0, false, false, false, false, 0}, {2, 3, 0.5, 0, false, false, false, false, 0.3}},
			nil,
			[][]int{{0, 1, 2}, {3}},
		},
		{
			// 0 dissents from 1 ("No deaths were reported", "Two people
			// were killed"); 2 is lifted to 1 by the figure they share
			// ("Two motorists were killed") and joins, though it shares no
			// word with 0.
			"a lifted pair joins a group that shares no word with it", sourcesOf(0, 1, 2),
			[]edge{{0, 1, 0.68, 0, false, false, false, false, 0}, {1, 2, 0.5, 0, false, false, false, false, 0.3}},
			[][2]int{{0, 2}},
			[][]int{{0, 1, 2}},
		},
		{
			// 2 stands twelfth in source 0, 5 third in source 1, where the
			// pairs stated alike stand level: aligned by their cosine
			// alone, they are too far out of the story's order
			// (alignOrder) to join; a rare word they share joins them.
			"a pair aligned by cosine alone keeps to the story's order", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 12}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}),
			[]edge{{0, 3, 0.9, 0.9, false, false, true, false, 0}, {1, 4, 0.9, 0.9, false, false, true, false, 0}, {2, 5, 0.2, 0.8, false, false, true, false, 0}}, nil,
			[][]int{{0, 3}, {1, 4}, {2}, {5}},
		},
		{
			// Source 1 opens with ten sentences more: its claims stand ten
			// places later, 2-5 as much as the pairs stated alike.
			"a pair aligned by cosine alone keeps to the story's order at each source's pace", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{1, 10}, [2]int{1, 11}, [2]int{1, 12}),
			[]edge{{0, 3, 0.9, 0.9, false, false, true, false, 0}, {1, 4, 0.9, 0.9, false, false, true, false, 0}, {2, 5, 0.2, 0.8, false, false, true, false, 0}}, nil,
			[][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{
			"a pair aligned by a rare word may stand out of order", atSentences([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 12}, [2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}),
			[]edge{{0, 3, 0.9, 0.9, false, false, true, false, 0}, {1, 4, 0.9, 0.9, false, false, true, false, 0}, {2, 5, 0.2, 0.8, true, false, true, false, 0}}, nil,
			[][]int{{0, 3}, {1, 4}, {2, 5}},
		},
		{
			// Source 0 repeats a claim (0-1): a claim of source 1 joins
			// both through its partner 0.
			"a repeat is one claim", sourcesOf(0, 0, 1),
			[]edge{{0, 1, 0.7, 0, false, false, false, false, 0}, {0, 2, 0.9, 0, false, false, false, false, 0}}, nil,
			[][]int{{0, 1, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			share := func(a, b int) bool {
				return !slices.ContainsFunc(tt.apart, func(p [2]int) bool { return p == [2]int{a, b} || p == [2]int{b, a} })
			}
			if diff := cmp.Diff(tt.want, group(tt.nodes, tt.edges, 0.5, claimTests{share, everyWord, everyWord})); diff != "" {
				t.Errorf("group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// clashGraph returns n sources that tell one story (two claims each
// state alike with every other) and two groups at the threshold, of the
// third claims of the first and of the last n/2 sources, and of a fourth
// claim of source n/2-1 at the end of the second: each of the (n/2)^2
// pairs of the two groups is aligned, and refused, since both groups
// hold a claim of source n/2-1.
func clashGraph(n int) ([]node, []edge) {
	var nodes []node
	for s := 0; s < n; s++ {
		for k := 0; k < 3; k++ {
			nodes = append(nodes, node{source: s, sentence: k, lede: -1})
		}
	}
	extra := len(nodes)
	nodes = append(nodes, node{source: n/2 - 1, sentence: 3, lede: -1})
	var edges []edge
	for s := 0; s < n; s++ {
		for t := s + 1; t < n; t++ {
			edges = append(edges, edge{a: 3 * s, b: 3 * t, score: 0.9, cosine: 0.3}, edge{a: 3*s + 1, b: 3*t + 1, score: 0.9, cosine: 0.3})
			if s < n/2 && t >= n/2 {
				edges = append(edges, edge{a: 3*s + 2, b: 3*t + 2, score: 0.2, cosine: 0.8, content: true})
			}
		}
		if s+1 < n && s+1 != n/2 {
			edges = append(edges, edge{a: 3*s + 2, b: 3*(s+1) + 2, score: 0.9, cosine: 0.3})
		}
	}
	edges = append(edges, edge{a: 3*(n-1) + 2, b: extra, score: 0.9, cosine: 0.3})
	return nodes, edges
}

// TestGroupClashCost checks that an aligned pair refused because both
// groups hold a claim of one source costs no word comparisons: the
// members of two large groups are not compared pair by pair for every
// aligned pair between them (n^4 for n sources).
func TestGroupClashCost(t *testing.T) {
	nodes, edges := clashGraph(100)
	calls := 0
	got := group(nodes, edges, 0.5, claimTests{func(a, b int) bool { calls++; return false }, everyWord, everyWord})
	if len(got) != 4 {
		t.Fatalf("got %d groups, want 4", len(got))
	}
	if calls > len(edges) {
		t.Errorf("%d word comparisons for %d pairs", calls, len(edges))
	}
}

// BenchmarkGroupClash groups two large groups with many aligned pairs
// between them, all refused.
func BenchmarkGroupClash(b *testing.B) {
	for _, n := range []int{100, 200, 400} {
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			nodes, edges := clashGraph(n)
			b.ReportAllocs()
			for b.Loop() {
				group(nodes, edges, 0.5, every)
			}
		})
	}
}

// everyWord is a claims' shareWord for graphs of scores alone: every two
// claims share a word.
func everyWord(a, b int) bool { return true }

// every passes each test of two claims.
var every = claimTests{everyWord, everyWord, everyWord}

// TestHeadlineSharesContent: a headline joins its lede's group of several
// only when it shares words of content enough to state one claim with a
// claim of another source there; a lede alone it joins as before.
func TestHeadlineSharesContent(t *testing.T) {
	none := func(a, b int) bool { return false }
	headline := []node{{source: 0, lede: 1}, {source: 0, lede: -1}, {source: 1, lede: -1}}
	tests := []struct {
		name    string
		edges   []edge
		content func(a, b int) bool
		want    [][]int
	}{
		{"it shares words with the other source's claim", []edge{{1, 2, 0.8, 0, false, false, false, false, 0}}, everyWord, [][]int{{0, 1, 2}}},
		{"it shares none: another claim of its lede's sentence", []edge{{1, 2, 0.8, 0, false, false, false, false, 0}}, none, [][]int{{0}, {1, 2}}},
		{"a lede no other source states", nil, none, [][]int{{0, 1}, {2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, group(headline, tt.edges, 0.5, claimTests{everyWord, tt.content, everyWord})); diff != "" {
				t.Errorf("group() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAlignedBare checks the floors of an aligned pair's score: a pair
// under minAlignedBare of the threshold is aligned only when its claims
// state a value in common.
func TestAlignedBare(t *testing.T) {
	none := func(a, b int) bool { return false }
	tests := []struct {
		name       string
		score      float64
		shareValue func(a, b int) bool
		want       [][]int
	}{
		{"a weak pair with a value in common is aligned", 0.07, everyWord, [][]int{{0, 3}, {1, 4}, {2, 5}}},
		{"a weak pair without one is not", 0.07, none, [][]int{{0, 3}, {1, 4}, {2}, {5}}},
		{"a pair at the bare floor is aligned without one", 0.3, none, [][]int{{0, 3}, {1, 4}, {2, 5}}},
		{"under the floor of all, a value does not align", 0.04, everyWord, [][]int{{0, 3}, {1, 4}, {2}, {5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edges := []edge{{0, 3, 0.9, 0.9, false, false, true, false, 0}, {1, 4, 0.8, 0.8, false, false, true, false, 0}, {2, 5, tt.score, 0.5, false, false, true, false, 0}}
			if diff := cmp.Diff(tt.want, group(sourcesOf(0, 0, 0, 1, 1, 1), edges, 0.5, claimTests{everyWord, everyWord, tt.shareValue})); diff != "" {
				t.Errorf("group() mismatch (-want +got):\n%s", diff)
			}
		})
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

// TestAlignNearSkipsFurniture: alignNear counts the sentences that state
// claims, so that lines of site furniture between an outlet's paragraphs
// (advertisements, links) keep no claim apart from the story: the claims
// that share only a name are grouped as in the article without them.
func TestAlignNearSkipsFurniture(t *testing.T) {
	a := "Dam Operator Fined After Flood\n\n" +
		"The operator of the Harlan dam was fined 2 million dollars on Tuesday for releasing water without warning.\n\n" +
		"The release flooded 40 homes in the valley below the dam in March, the regulator said.\n\n" +
		"The regulator said the operator had ignored three warnings from its own engineers.\n\n" +
		"Kowalczyk declined to comment on the fine on Wednesday.\n"
	b := "Harlan Dam Operator Hit With Fine\n\n" +
		"The company that runs the Harlan dam has been fined 2 million dollars for releasing water without warning, the regulator announced on Tuesday.\n\n" +
		"%sThe March release flooded 40 homes in the valley below the dam.\n\n" +
		"%sAccording to the regulator, the operator ignored three warnings from its own engineers.\n\n" +
		"%sA lawyer for Kowalczyk did not return calls on Wednesday.\n"
	ads := "ADVERTISEMENT\n\nRead more: How dams are inspected\n\nADVERTISEMENT\n\n"
	want := []string{"a: Kowalczyk declined to comment on the fine on Wednesday.", "b: A lawyer for Kowalczyk did not return calls on Wednesday."}
	for _, furniture := range []string{"", ads} {
		docs := []Document{{Name: "a", Text: a}, {Name: "b", Text: fmt.Sprintf(b, furniture, furniture, furniture)}}
		r, err := Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range r.Clusters {
			if strings.Contains(c.Claims[0].Text, "Kowalczyk") {
				for _, cl := range c.Claims {
					got = append(got, cl.Source+": "+cl.Text)
				}
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("furniture %q: the cluster of Kowalczyk (-want +got):\n%s", furniture, diff)
		}
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
			score := similarity.Default().Score(prepared[i], prepared[j])
			best = max(best, score)
			if score >= similarity.DefaultThreshold/2 {
				t.Errorf("different events share a distinctive phrase and score %.2f:\n  %s\n  %s", score, texts[i], texts[j])
			}
		}
	}
	t.Logf("%d sentences; %d pairs of different events share a distinctive phrase, the best scoring %.2f", len(texts), pairs, best)
}

// TestScoreFloors checks what scoreFloors promises: dropping the candidate
// pairs that score below their floor (where ScoreAtLeast may stop early)
// groups exactly as keeping every pair at or above minAligned of the
// threshold (and every pair that quotes one passage) did, on random claims
// of a few sources with random scores, cosines, rare words and shared
// quotes, and whole-sentence edges at the threshold.
func TestScoreFloors(t *testing.T) {
	const threshold = 0.5
	rng := rand.New(rand.NewSource(1))
	for round := range 2000 {
		n, sources := 2+rng.Intn(12), 1+rng.Intn(4)
		nodes := make([]node, n)
		for i := range nodes {
			nodes[i] = node{source: rng.Intn(sources), lede: -1}
		}
		// Scores and cosines from a few values, so that ties are common.
		pick := func(vals ...float64) float64 { return vals[rng.Intn(len(vals))] }
		var looks, whole []edge
		for a := range n {
			for b := a + 1; b < n; b++ {
				if rng.Intn(3) == 0 {
					continue
				}
				e := edge{a, b, pick(0, 0.02, 0.05, 0.1, 0.3, 0.5, 0.7), pick(0, 0.1, 0.3, 0.4, 0.6), rng.Intn(5) == 0, rng.Intn(10) == 0, rng.Intn(2) == 0, false, 0}
				if e.score == 0.5 && rng.Intn(3) == 0 {
					e.lift = float32(pick(0.1, 0.45)) // lifted to the threshold
				}
				if rng.Intn(8) == 0 {
					w := e
					w.score = pick(0.5, 0.6, 0.9)
					whole = append(whole, w)
				}
				looks = append(looks, e)
			}
		}
		floors := scoreFloors(nodes, looks, whole, threshold)
		var before, after []edge
		for k, e := range looks {
			if (e.score >= minAligned*threshold || e.quoted) && e.score > 0 {
				before = append(before, e)
			}
			if e.score >= floors[k] && e.score > 0 {
				after = append(after, e)
			}
		}
		want := group(nodes, append(before, whole...), threshold, every)
		got := group(nodes, append(after, whole...), threshold, every)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: groups differ (-every pair +floors):\n%s\nnodes %v\nlooks %v\nwhole %v", round, diff, nodes, looks, whole)
		}
	}
}

// TestContainsRun checks the test of a short quote stated whole: word for
// word, on word boundaries, one apostrophe as the other.
func TestContainsRun(t *testing.T) {
	tests := []struct {
		text, quote string
		want        bool
	}{
		{"a war we have to win", "war we have", true},
		{"he said the warning came late", "the war", false},
		{"we won't back down", "won’t back", true},
		{"back down we won't", "won't back", false},
		{"", "war", false},
	}
	for _, tt := range tests {
		if got := containsRun(wordsOf(tt.text), wordsOf(tt.quote)); got != tt.want {
			t.Errorf("containsRun(%q, %q) = %v, want %v", tt.text, tt.quote, got, tt.want)
		}
	}
}

// TestAlignOrderSymmetric: whether a pair aligned by its cosine alone keeps
// to the story's order does not depend on which source is numbered first
// (renaming a file must not change the groups), and a quoted passage,
// which may stand anywhere, sets no order.
func TestAlignOrderSymmetric(t *testing.T) {
	// Claims 0-2 of one source, 3-5 of the other; 0-3 and 1-4 stated
	// alike, 2-5 aligned by cosine alone; q is a quoted pair far apart.
	for _, tt := range []struct {
		name   string
		places [6]int // the sentence of each claim
		quoted bool   // 1-4 quote one passage instead of stating one claim
		want   bool   // 2 and 5 join
	}{
		{"out of order", [6]int{0, 1, 12, 0, 1, 2}, false, false},
		{"between two pairs, the nearer sets the pace", [6]int{0, 10, 4, 0, 20, 19}, false, true},
		{"in order, at each source's pace", [6]int{0, 1, 2, 10, 11, 12}, false, true},
		{"a quoted passage sets no order", [6]int{0, 12, 13, 0, 2, 13}, true, true},
	} {
		for _, swap := range []bool{false, true} {
			src := [2]int{0, 1}
			if swap {
				src = [2]int{1, 0}
			}
			nodes := make([]node, 6)
			for i, at := range tt.places {
				nodes[i] = node{source: src[i/3], sentence: at, lede: -1}
			}
			edges := []edge{{0, 3, 0.9, 0.9, false, false, true, false, 0}, {1, 4, 0.9, 0.9, false, false, true, false, 0}, {2, 5, 0.2, 0.8, false, false, true, false, 0}}
			if tt.quoted {
				edges[1] = edge{1, 4, 0.3, 0.9, false, true, true, false, 0} // kept as a quote, under the threshold
				// A second pair stated alike, so that the sources tell one story.
				nodes = append(nodes, node{source: src[0], sentence: 1, lede: -1}, node{source: src[1], sentence: 1, lede: -1})
				edges = append(edges, edge{6, 7, 0.9, 0.9, false, false, true, false, 0})
			}
			got := false
			for _, g := range group(nodes, edges, 0.5, every) {
				got = got || slices.Contains(g, 2) && slices.Contains(g, 5)
			}
			if got != tt.want {
				t.Errorf("%s (sources swapped: %v): 2 and 5 joined %v, want %v: %v", tt.name, swap, got, tt.want, group(nodes, edges, 0.5, every))
			}
		}
	}
}
