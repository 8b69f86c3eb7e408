package similarity

import (
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/google/go-cmp/cmp"
)

// keyed builds prepared texts directly from word lists, so the tests state
// the words they mean instead of depending on tokenization.
func keyed(words ...[]string) []*Text {
	out := make([]*Text, len(words))
	for i, w := range words {
		out[i] = &Text{Words: w}
	}
	return out
}

func TestCandidates(t *testing.T) {
	tests := []struct {
		name  string
		k     int
		words [][]string
		want  [][2]int
	}{
		{"two shared keys", 6, [][]string{{"a", "b", "c"}, {"a", "b", "x"}}, [][2]int{{0, 1}}},
		{"one shared key is not enough", 6, [][]string{{"a", "b", "c"}, {"a", "x", "y"}}, nil},
		{"a text with one word needs one", 6, [][]string{{"a"}, {"a", "x", "y"}}, [][2]int{{0, 1}}},
		{
			// "the" is in every text: alone it pairs nothing; with "p",
			// which two texts share, it does.
			"a common word alone pairs nothing", 2,
			[][]string{{"the", "p", "q"}, {"the", "r", "s"}, {"the", "p", "t"}, {"the", "u", "v"}},
			[][2]int{{0, 2}},
		},
		{
			// Keys are the rarest words held by two texts or more: "a" and
			// "b" are rarer than "z" but pair nothing, so "z" is a key.
			"words no other text holds are not keys", 2,
			[][]string{{"a", "z", "y"}, {"b", "z", "y"}, {"z", "y", "c"}},
			[][2]int{{0, 1}, {0, 2}, {1, 2}},
		},
		{"pairs sorted, earlier first", 6, [][]string{{"a", "b", "x"}, {"a", "b", "y"}, {"a", "b", "z"}}, [][2]int{{0, 1}, {0, 2}, {1, 2}}},
		// Copies are paired with the first, which is paired for them.
		{"copies paired with the first", 6, [][]string{{"a", "b"}, {"a", "b"}, {"a", "b"}}, [][2]int{{0, 1}, {0, 2}}},
		{"a copy's first paired for it", 6, [][]string{{"a", "b", "x"}, {"a", "b", "y"}, {"a", "b", "x"}}, [][2]int{{0, 1}, {0, 2}}},
		{"no words, no pairs", 6, [][]string{{}, {}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Candidates(keyed(tt.words...), CandidateOptions{KeyWords: tt.k})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Candidates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCandidatesSharedQuantity(t *testing.T) {
	a := Prepare("The coalition has about 2,500 US troops in Iraq.")
	b := Prepare("Calls grow for the withdrawal of approximately 2,500 US troops.")
	c := Prepare("Officials met in Baghdad on Monday.")
	got := Candidates([]*Text{a, b, c}, CandidateOptions{})
	if diff := cmp.Diff([][2]int{{0, 1}}, got); diff != "" {
		t.Errorf("texts sharing a quantity (-want +got):\n%s", diff)
	}
}

// TestCandidatesIgnoreGOMAXPROCS checks, on enough real sentences to make
// several chunks of work, that the candidates are the same on any number of
// cores.
func TestCandidatesIgnoreGOMAXPROCS(t *testing.T) {
	var sentences []string
	for _, p := range shareddata.MRPC(t)[:2499] {
		sentences = append(sentences, p.A, p.B)
	}
	texts := PrepareAll(sentences)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	want := Candidates(texts, CandidateOptions{})
	if len(want) < len(sentences)/4 {
		t.Fatalf("only %d candidates for %d sentences", len(want), len(sentences))
	}
	for _, n := range []int{2, 3, 8} {
		runtime.GOMAXPROCS(n)
		if diff := cmp.Diff(want, Candidates(texts, CandidateOptions{})); diff != "" {
			t.Fatalf("GOMAXPROCS=%d changes the candidates (-1 +%d):\n%s", n, n, diff)
		}
	}
}
