package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSharedAnchorClockTimes: a clock time anchors a claim. On a written
// day it may agree and lift a pair to the threshold; without one ("at 8
// p.m.") it is only shared, which lifts a pair that already scores half
// the threshold, so that a source giving another time is compared with the
// others, and never on its own.
func TestSharedAnchorClockTimes(t *testing.T) {
	type anchor struct{ Shared, Agree bool }
	tests := []struct{ a, b string }{
		{"Voting in the by-election ends at 8 p.m.", "Polls in the by-election close at 9 p.m."},
		{"The exchange opens at 09:00 local time.", "The exchange will open at 9 a.m. local time."},
		{"The dam gave way shortly before 11 p.m. on Saturday.", "The dam collapsed at 23:00 local time on Saturday."},
		{"The suspect was arrested late on Saturday.", "Police detained the suspect at 11 p.m. Saturday."},
		{"The ferry left at noon.", "The ferry left the harbour on Monday."},
	}
	want := []anchor{{true, false}, {true, false}, {true, true}, {false, false}, {false, false}}
	var got []anchor
	for _, tt := range tests {
		shared, agree := SharedAnchor(Prepare(tt.a), Prepare(tt.b))
		got = append(got, anchor{shared, agree})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedAnchor (-want +got):\n%s", diff)
	}

	// Two times of one claim, worded apart: lifted to the threshold.
	a := Prepare("The first train left the depot at 6:40 a.m., the operator said.")
	b := Prepare("According to the rail operator, service resumed when a train pulled out of the depot at 7:15 a.m.")
	if inner := Default().Score(a, b); inner >= DefaultThreshold || inner < DefaultThreshold/2 {
		t.Fatalf("test pair scores %.2f; want a score in [0.25, 0.5)", inner)
	}
	if got := (Anchored{}).Score(a, b); got != DefaultThreshold {
		t.Errorf("Anchored score of two clock times of one claim = %.2f, want %.2f", got, DefaultThreshold)
	}
}

// TestAnchorYearsApart: a shared count of one thing whose sentences write
// different years ("killed 120 people in 1998") tells two events of one
// kind: the pair is not lifted to the threshold.
func TestAnchorYearsApart(t *testing.T) {
	now := Prepare("A strong earthquake hit the northern valley early on Friday, killing 31 people, officials said.")
	then := Prepare("The last major earthquake in the area, in 1998, killed 120 people.")
	thenUndated := Prepare("The last major earthquake in the area killed 120 people.")
	for _, b := range []*Text{then, thenUndated} {
		if shared, _ := SharedAnchor(now, b); !shared {
			t.Fatalf("%q and %q share no anchor", now.Raw, b.Raw)
		}
		if s := Default().Score(now, b); s >= DefaultThreshold || s < DefaultThreshold/2 {
			t.Fatalf("%q scores %.2f; want a score in [0.25, 0.5)", b.Raw, s)
		}
	}
	got := []float64{Anchored{}.Score(now, then), Anchored{}.Score(now, thenUndated)}
	want := []float64{Default().Score(now, then), DefaultThreshold}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Anchored scores, a year apart and undated (-want +got):\n%s", diff)
	}
}
