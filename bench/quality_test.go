package bench

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestAgree(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want []string
		agree     Agreement
	}{
		{"equal", []string{"1", "1", "2"}, []string{"a", "a", "b"}, Agreement{Purity: 1, InversePurity: 1, ARI: 1, Stories: 2, Events: 2}},
		{"renamed", []string{"x", "y", "y"}, []string{"a", "b", "b"}, Agreement{Purity: 1, InversePurity: 1, ARI: 1, Stories: 2, Events: 2}},
		{"all merged", []string{"1", "1", "1", "1"}, []string{"a", "a", "b", "b"}, Agreement{Purity: 0.5, InversePurity: 1, ARI: 0, Stories: 1, Events: 2}},
		{"all split", []string{"1", "2", "3", "4"}, []string{"a", "a", "b", "b"}, Agreement{Purity: 1, InversePurity: 0.5, ARI: 0, Stories: 4, Events: 2}},
		// The example of Hubert and Arabie's index as computed by
		// scikit-learn's adjusted_rand_score([0,0,1,1], [0,0,1,2]): 0.5714.
		{"one split", []string{"0", "0", "1", "2"}, []string{"0", "0", "1", "1"}, Agreement{Purity: 1, InversePurity: 0.75, ARI: 4.0 / 7, Stories: 3, Events: 2}},
		{"singletons both", []string{"1", "2"}, []string{"a", "b"}, Agreement{Purity: 1, InversePurity: 1, ARI: 1, Stories: 2, Events: 2}},
		{"one item", []string{"1"}, []string{"a"}, Agreement{Purity: 1, InversePurity: 1, ARI: 1, Stories: 1, Events: 1}},
	} {
		got := Agree(c.got, c.want)
		if diff := cmp.Diff(c.agree, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("%s: Agree mismatch (-want +got):\n%s", c.name, diff)
		}
		if math.IsNaN(got.ARI) {
			t.Errorf("%s: ARI is NaN", c.name)
		}
	}
}
