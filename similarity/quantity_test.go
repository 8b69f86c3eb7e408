package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSharedAnchor(t *testing.T) {
	type verdict struct{ Shared, Agree bool }
	tests := []struct {
		a, b string
		want verdict
	}{
		{"About 2,500 US troops remain.", "The withdrawal of approximately 2,500 US troops was discussed.", verdict{true, true}},
		{"The plant employs 1,200 workers.", "Talks covered the 1,200 workers at the plant.", verdict{true, true}},
		// Another figure of the same thing: shared, not agreeing.
		{"About 2,500 US troops remain.", "Some 3,000 US troops remain.", verdict{true, false}},
		{"More than 100 workers left.", "About 100 workers left.", verdict{true, false}}, // an open bound is not precise
		{"The plant employs 1,200 workers.", "The plant sold 1,200 cars.", verdict{}},
		{"Nine officials resigned.", "9 officials resigned.", verdict{}},  // small counts are everywhere
		{"There are 900 in Syria.", "Another 900 in Iraq.", verdict{}},    // "in" is no unit
		{"Prices rose 15 percent.", "Prices rose 15 percent.", verdict{}}, // shares identify no claim
		{"No numbers here.", "None here either.", verdict{}},
	}
	got, want := map[string]verdict{}, map[string]verdict{}
	for _, tt := range tests {
		a, b := Prepare(tt.a), Prepare(tt.b)
		s, ag := SharedAnchor(a, b)
		got[tt.a+" | "+tt.b] = verdict{s, ag}
		if s2, ag2 := SharedAnchor(b, a); s2 != s || ag2 != ag {
			t.Errorf("SharedAnchor(%q, %q) is not symmetric", tt.a, tt.b)
		}
		want[tt.a+" | "+tt.b] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedAnchor (-want +got):\n%s", diff)
	}
}

func TestAnchoredRaisesOnlySharedAnchors(t *testing.T) {
	a := Prepare("The coalition currently has about 2,500 US troops in Iraq.")
	b := Prepare("Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.")
	c := Prepare("Baghdad wants talks on the withdrawal of foreign forces from the country.")
	got := map[string]bool{
		"shared quantity":      Anchored{}.Score(a, b) >= DefaultThreshold,
		"no shared quantity":   Anchored{}.Score(a, c) >= DefaultThreshold,
		"default without rule": Default().Score(a, b) >= DefaultThreshold,
		"custom floor":         Anchored{Scorer: Default(), Floor: 0.9}.Score(a, b) == 0.9,
	}
	want := map[string]bool{"shared quantity": true, "no shared quantity": false, "default without rule": false, "custom floor": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Anchored (-want +got):\n%s", diff)
	}
}
