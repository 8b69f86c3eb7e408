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
		// A name in a role (a noun before it): shared when the names differ;
		// a name both write alike counts in their score already.
		{"Talks resumed under mediator Ines Varga.", "Talks resumed under mediator Tomas Reed.", verdict{true, false}},
		{"Talks resumed under mediator Ines Varga.", "Talks resumed with mediator Ines Varga.", verdict{}},
		{"Talks resumed under mediator Ines Varga.", "Talks resumed under judge Tomas Reed.", verdict{}},
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

func TestContains(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// The claim and the claim with more detail (invented sentences).
		{"Ferries were not running", "Ferries were running between the islands, though on a reduced timetable, a harbour official said", true},
		{"The library will close", "The library will close at the end of March, after 70 years on the high street", true},
		{"Three schools were closed", "Schools were closed across the district on Friday because of flooding", true},
		{"Ferries were running between the islands on a reduced timetable", "Ferries were running", true}, // either way round
		// Not contained: the words in another order (who did what to
		// whom), a word missing, or a claim of one content word.
		{"The mayor criticised the council", "The council criticised the mayor over the budget", false},
		{"Ambulances were diverted", "Buses were diverted to the depot for the night", false},
		{"It rained.", "It rained all day in the valley, and the river rose.", false},
		{"The library will close", "The library will close", true}, // equal texts state one claim
		// As many distinct stems each, one word repeated: either order.
		{"Fire crews fought the fire overnight", "Fire crews fought overnight", true},
		// The short claim's words far apart in the long sentence: another claim.
		{"Police arrested the mayor", "Police said protesters who had arrested the mayor were later released by the army", false},
		{"Israel struck Gaza", "Israel said Hamas fighters struck southern Israel from Gaza", false},
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		a, b := Prepare(tt.a), Prepare(tt.b)
		got[tt.a+" | "+tt.b] = Contains(a, b)
		if Contains(b, a) != Contains(a, b) {
			t.Errorf("Contains(%q, %q) is not symmetric", tt.a, tt.b)
		}
		want[tt.a+" | "+tt.b] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Contains (-want +got):\n%s", diff)
	}
}

// A claim contained in a longer sentence scores at least half the floor:
// enough to be aligned within a story, not to be grouped on its own.
func TestAnchoredContained(t *testing.T) {
	a := Prepare("Ferries were not running")
	b := Prepare("Ferries were running between the islands, though on a reduced timetable, a harbour official said")
	c := Prepare("Ferries were cancelled because of the storm")
	got := []bool{
		Default().Score(a, b) < DefaultThreshold/2,
		Anchored{}.Score(a, b) >= DefaultThreshold/2,
		Anchored{}.Score(a, b) < DefaultThreshold,
		Anchored{}.ScoreAtLeast(a, b, DefaultThreshold/4) >= DefaultThreshold/2,
		Anchored{}.Score(a, c) == Default().Score(a, c),
	}
	if diff := cmp.Diff([]bool{true, true, true, true, true}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
