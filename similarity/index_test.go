package similarity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// texts builds prepared texts directly from key lists, so the tests state
// the keys they mean instead of depending on tokenization.
func keyed(keys ...[]string) []*Text {
	out := make([]*Text, len(keys))
	for i, k := range keys {
		out[i] = &Text{Words: k}
	}
	return out
}

func split(s string) []string { return strings.Fields(s) }

func candidates(x *Index, texts []*Text) [][2]int {
	var pairs [][2]int
	for _, t := range texts {
		id := x.Len()
		x.Add(t, func(other int) { pairs = append(pairs, [2]int{other, id}) })
	}
	return pairs
}

func TestIndexCandidates(t *testing.T) {
	tests := []struct {
		name      string
		maxPost   int
		minShared int
		keys      [][]string
		want      [][2]int
	}{
		{"long texts share three keys", 10, 3, [][]string{split("a b c d e f g h i j"), split("a b c x y z u v w q")}, [][2]int{{0, 1}}},
		{"two of three is not enough", 10, 3, [][]string{split("a b c d e f g h i j"), split("a b x y z u v w q r")}, nil},
		{"a quarter of the shorter text", 10, 3, [][]string{split("a b c d e"), split("a b x y z"), split("a q r s t")}, [][2]int{{0, 1}}},
		{"short texts need one key", 10, 3, [][]string{{"a", "b"}, {"a", "c"}, {"d"}}, [][2]int{{0, 1}}},
		{"a full key proposes no more pairs", 2, 1, [][]string{{"z"}, {"z"}, {"z", "a"}, {"a"}}, [][2]int{{0, 1}, {2, 3}}},
		{"no keys, no candidates", 10, 3, [][]string{{}, {}}, nil},
		{"candidates in increasing order", 10, 1, [][]string{{"a"}, {"a"}, {"a"}}, [][2]int{{0, 1}, {0, 2}, {1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := candidates(NewIndex(tt.maxPost, tt.minShared), keyed(tt.keys...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("candidates (-want +got):\n%s", diff)
			}
		})
	}
}

// TestIndexSharedDropsStalePairs checks that a pair found through a key that
// later became common is no longer a candidate: the candidate set then does
// not depend on the order of adding.
func TestIndexSharedDropsStalePairs(t *testing.T) {
	x := NewIndex(2, 1)
	pairs := candidates(x, keyed([]string{"k"}, []string{"k"}))
	if diff := cmp.Diff([][2]int{{0, 1}}, pairs); diff != "" {
		t.Fatalf("before the key is common (-want +got):\n%s", diff)
	}
	candidates(x, keyed([]string{"k"})) // "k" is now held by 3 > 2 texts
	if x.Shared(0, 1) {
		t.Error("Shared(0, 1) after the key became common = true, want false")
	}
}

func TestIndexTruncate(t *testing.T) {
	x := NewIndex(10, 1)
	candidates(x, keyed([]string{"a"}, []string{"b"}))
	x.Truncate(1)
	got := candidates(x, keyed([]string{"b"}))
	if x.Len() != 2 || got != nil {
		t.Errorf("after Truncate(1): len %d, candidates %v; want 2, none (the old \"b\" is gone)", x.Len(), got)
	}
}
