package similarity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// newsCorpus is filler: sentences of one story that share topic words with
// the test pairs but no phrase, so that a phrase two of them share is rare.
var newsCorpus = []string{
	"Iraq wants foreign troops to leave within a year.",
	"The coalition was formed in 2014 to fight the Islamic State group.",
	"Officials in Baghdad said the talks were constructive.",
	"Drone attacks on coalition bases have continued since October.",
	"Washington says it will keep some forces in the region.",
	"The prime minister faces pressure from armed factions.",
	"Analysts expect the negotiations to take months.",
}

func TestSharedPhrase(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"event worded alike",
			"Iraq and the United States held their first round of talks on the future of foreign troops.",
			"The two governments have commenced discussions, marking the first round of talks between them.", true},
		{"shared name only",
			"Foreign Minister Fuad Hussein spoke at the Antalya forum on Saturday.",
			"The letter was delivered to Foreign Minister Fuad Hussein by the ambassador.", false},
		{"function words only",
			"The talks come at a time when the government seeks clarity.",
			"At a time when attacks continue, the prime minister met the envoy.", false},
		{"two content words",
			"The ministry said the success of the dialogue was uncertain.",
			"Diplomats doubt the success of the dialogue with Washington.", false},
		{"no phrase",
			"The first talks were held in Baghdad.",
			"The talks in Baghdad were the first of their kind.", false},
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		texts := PrepareAll(append([]string{tt.a, tt.b}, newsCorpus...))
		got[tt.name] = SharedPhrase(texts[0], texts[1])
		want[tt.name] = tt.want
		if SharedPhrase(texts[1], texts[0]) != got[tt.name] {
			t.Errorf("%s: SharedPhrase is not symmetric", tt.name)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedPhrase (-want +got):\n%s", diff)
	}
}

// A phrase is distinctive only against a corpus: two sentences alone, texts
// from Prepare, or a phrase most sentences use never count.
func TestSharedPhraseNeedsRarity(t *testing.T) {
	a := "Iraq and the United States held their first round of talks on Monday."
	b := "Marking the first round of talks, the two sides met in Baghdad."
	common := "Officials described the first round of talks as useful."
	pair := PrepareAll([]string{a, b})
	many := PrepareAll(append([]string{a, b, common, common, common}, newsCorpus[:4]...))
	rare := PrepareAll(append([]string{a, b}, newsCorpus...))
	got := map[string]bool{
		"pair alone": SharedPhrase(pair[0], pair[1]),
		"prepared":   SharedPhrase(Prepare(a), Prepare(b)),
		"common":     SharedPhrase(many[0], many[1]),
		"rare":       SharedPhrase(rare[0], rare[1]),
	}
	want := map[string]bool{"pair alone": false, "prepared": false, "common": false, "rare": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SharedPhrase (-want +got):\n%s", diff)
	}
}

func TestAnchoredPhraseNeedsHalfTheFloor(t *testing.T) {
	texts := PrepareAll(append([]string{
		"In a significant development, Iraq and the United States held their first round of talks on the future of American and other foreign troops in Iraq, with Baghdad expressing expectations that the discussions would lead to a timeline for reducing their presence.",
		"In a significant move towards shaping the future military presence in Iraq, the United States and Iraq have commenced discussions, marking the first round of talks between the two nations.",
		"Protesters said the first round of talks had failed them.",
	}, newsCorpus...))
	a, b, c := texts[0], texts[1], texts[2]
	inner := Default().Score(a, b)
	if !SharedPhrase(a, b) || inner >= DefaultThreshold || inner < DefaultThreshold/2 {
		t.Fatalf("test pair: shared phrase %v, score %.2f; want a shared phrase and a score in [0.25, 0.5)", SharedPhrase(a, b), inner)
	}
	got := map[string]float64{
		"a-b":         Anchored{}.Score(a, b),
		"a-b bounded": Anchored{}.ScoreAtLeast(a, b, DefaultThreshold),
		"a-c":         Anchored{}.Score(a, c),
	}
	lowC := Default().Score(a, c)
	if !SharedPhrase(a, c) || lowC >= DefaultThreshold/2 {
		t.Fatalf("test pair a-c: shared phrase %v, score %.2f; want a shared phrase and a score below 0.25", SharedPhrase(a, c), lowC)
	}
	want := map[string]float64{"a-b": DefaultThreshold, "a-b bounded": DefaultThreshold, "a-c": lowC}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Anchored (-want +got):\n%s", diff)
	}
}
