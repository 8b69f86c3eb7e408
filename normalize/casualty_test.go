package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCasualtyCounts(t *testing.T) {
	type count struct{ Text, Casualty string }
	tests := []struct {
		sentence string
		want     []count
	}{
		{"Two people died when their car was swept off the road.", []count{{"Two", "death"}}},
		{"Two motorists were killed when floodwater carried their vehicle away.", []count{{"Two", "death"}}},
		{"The blast killed at least 12 people.", []count{{"at least 12", "death"}}},
		{"The attack, which killed an estimated 40 civilians, was condemned.", []count{{"an estimated 40", "death"}}},
		{"Kestrel Falls dam collapses; two dead, 1,800 evacuated", []count{{"two", "death"}, {"1,800", ""}}},
		{"Three people were hurt and 2,000 were evacuated.", []count{{"Three", "injury"}, {"2,000", ""}}},
		// A count in another clause, of a share or of time, or a negated
		// casualty counts no casualty.
		{"2,000 residents fled and nobody died.", []count{{"2,000", ""}}},
		{"Some 300 homes were flooded, but no one was killed.", []count{{"Some 300", ""}}},
		{"Deaths rose 15% in three years.", []count{{"15%", ""}, {"three years", ""}}},
		{"There were three fatal crashes on the road.", []count{{"three", ""}}},
	}
	for _, tt := range tests {
		var got []count
		for _, n := range Of[Number](Extract(tt.sentence)) {
			got = append(got, count{n.Text, n.Casualty})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: numbers (-want +got):\n%s", tt.sentence, diff)
		}
	}
}

func TestCasualtyCountsCompare(t *testing.T) {
	tests := []struct {
		a, b    string
		verdict Verdict // of the number comparison; 0 for none
		anchor  bool    // the two share an anchor
	}{
		// One count of deaths, whatever noun counts it.
		{"Two people died in the flood.", "Two motorists were killed in the flood.", Agree, true},
		{"Two people died in the flood.", "Three motorists were killed in the flood.", Diverge, true},
		// Deaths and injuries are two things.
		{"Two people died in the flood.", "Two people were injured in the flood.", 0, false},
	}
	for _, tt := range tests {
		a, b := Extract(tt.a), Extract(tt.b)
		var got Verdict
		for _, c := range Compare(a, b) {
			if c.Kind == KindNumber {
				got = c.Verdict
			}
		}
		shared := false
		for _, x := range a.Anchors() {
			for _, y := range b.Anchors() {
				shared = shared || x.Key == y.Key
			}
		}
		if got != tt.verdict || shared != tt.anchor {
			t.Errorf("%q / %q: number verdict %v, shared anchor %v; want %v, %v", tt.a, tt.b, got, shared, tt.verdict, tt.anchor)
		}
	}
}
