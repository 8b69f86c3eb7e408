package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSharedQuantity(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"About 2,500 US troops remain.", "The withdrawal of approximately 2,500 US troops was discussed.", true},
		{"The plant employs 1,200 workers.", "Talks covered the 1,200 workers at the plant.", true},
		{"About 2,500 US troops remain.", "Some 3,000 US troops remain.", false},
		{"The plant employs 1,200 workers.", "The plant sold 1,200 cars.", false},
		{"Nine officials resigned.", "9 officials resigned.", false}, // small counts are everywhere
		{"There are 900 in Syria.", "Another 900 in Iraq.", false},   // "in" is no unit
		{"No numbers here.", "None here either.", false},
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		a, b := Prepare(tt.a), Prepare(tt.b)
		got[tt.a+" | "+tt.b] = SharedQuantity(a, b)
		if SharedQuantity(b, a) != SharedQuantity(a, b) {
			t.Errorf("SharedQuantity(%q, %q) is not symmetric", tt.a, tt.b)
		}
		want[tt.a+" | "+tt.b] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedQuantity (-want +got):\n%s", diff)
	}
}

func TestAnchoredRaisesOnlySharedQuantities(t *testing.T) {
	a := Prepare("The coalition currently has about 2,500 US troops in Iraq.")
	b := Prepare("Baghdad wants talks on the withdrawal of approximately 2,500 US troops from the country.")
	c := Prepare("Baghdad wants talks on the withdrawal of foreign forces from the country.")
	got := map[string]bool{
		"shared quantity":      Anchored{}.Score(a, b) >= DefaultThreshold,
		"no shared quantity":   Anchored{}.Score(a, c) >= DefaultThreshold,
		"default without rule": Default.Score(a, b) >= DefaultThreshold,
		"custom floor":         Anchored{Scorer: Default, Floor: 0.9}.Score(a, b) == 0.9,
	}
	want := map[string]bool{"shared quantity": true, "no shared quantity": false, "default without rule": false, "custom floor": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Anchored (-want +got):\n%s", diff)
	}
}
