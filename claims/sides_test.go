package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
)

func TestSides(t *testing.T) {
	div := func(a, b string) Divergence {
		return Divergence{Kind: normalize.KindNumber, A: Side{Source: a}, B: Side{Source: b}}
	}
	tests := []struct {
		name                string
		sources             []string
		divs                []Divergence
		agreeing, diverging []string
	}{
		{"no divergence", []string{"a", "b", "c"}, nil, []string{"a", "b", "c"}, []string{}},
		{"two sources disagree", []string{"a", "b"}, []Divergence{div("a", "b")}, []string{}, []string{"a", "b"}},
		{"odd one out", []string{"a", "b", "c"}, []Divergence{div("a", "c"), div("c", "b")}, []string{"a", "b"}, []string{"c"}},
		{"one pair of four", []string{"a", "b", "c", "d"}, []Divergence{div("a", "b"), div("a", "b")}, []string{"a", "b", "c", "d"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agreeing, diverging := sides(tt.sources, tt.divs)
			if diff := cmp.Diff(tt.agreeing, agreeing); diff != "" {
				t.Errorf("agreeing (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.diverging, diverging); diff != "" {
				t.Errorf("diverging (-want +got):\n%s", diff)
			}
		})
	}
}
