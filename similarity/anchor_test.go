package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSharedAnchorClockTimes: a clock time on a written day anchors a
// claim, and two such times may agree; a time without a day ("at 8 p.m.")
// anchors nothing, or every timed sentence of a story would be lifted
// ("polls opened at 7 a.m.", "polls closed at 10 p.m.").
func TestSharedAnchorClockTimes(t *testing.T) {
	type anchor struct{ Shared, Agree bool }
	tests := []struct{ a, b string }{
		{"The dam gave way shortly before 11 p.m. on Saturday.", "The dam collapsed at 23:00 local time on Saturday."},
		{"The dam gave way at 9 p.m. on Saturday.", "The dam collapsed at 11 p.m. on Saturday."},
		{"The suspect was arrested late on Saturday.", "Police detained the suspect at 11 p.m. Saturday."},
		{"Polling stations opened at 7 a.m. and queues formed quickly.", "Polling stations closed at 10 p.m., officials said."},
	}
	want := []anchor{{true, true}, {true, false}, {false, false}, {false, false}}
	var got []anchor
	for _, tt := range tests {
		shared, agree := SharedAnchor(Prepare(tt.a), Prepare(tt.b))
		got = append(got, anchor{shared, agree})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedAnchor (-want +got):\n%s", diff)
	}
	a, b := Prepare(tests[3].a), Prepare(tests[3].b)
	if inner, anchored := Default().Score(a, b), (Anchored{}).Score(a, b); anchored != inner {
		t.Errorf("two times of a story without a day: Anchored score %.2f, want the inner %.2f", anchored, inner)
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

// TestSharesWordSignature: the stem signature only ever skips pairs that
// share no stem.
func TestSharesWordSignature(t *testing.T) {
	texts := PrepareAll(newsCorpus)
	skipped := 0
	for i, a := range texts {
		for _, b := range texts[i+1:] {
			want := countCommon(a.stems, b.stems) > 0
			if got := SharesWord(a, b); got != want {
				t.Fatalf("SharesWord(%q, %q) = %v, want %v", a.Raw, b.Raw, got, want)
			}
			if a.stemSig[0]&b.stemSig[0]|a.stemSig[1]&b.stemSig[1]|a.stemSig[2]&b.stemSig[2]|a.stemSig[3]&b.stemSig[3] == 0 {
				skipped++
			}
		}
	}
	if skipped == 0 {
		t.Errorf("the signature skipped no pair of %d texts", len(texts))
	}
}
