package similarity

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestMeaningFeatures checks that words WordNet relates (synonyms,
// derivations, inflections of one lemma; see internal/wordnet's
// testdata/news-pairs.txt) count as covered by the meaning
// features and not by the plain ones, and that unrelated words do not.
func TestMeaningFeatures(t *testing.T) {
	type got struct{ Covered, MeaningCovered, MeaningUnmatched float64 }
	for _, tc := range []struct {
		a, b string
		want got
	}{
		// injure and wound share a synset.
		{"Rebels injured civilians.", "Rebels wounded civilians.", got{2.0 / 3, 1, 0}},
		// bought is a form of buy, which purchase shares a synset with.
		{"The firm bought shares.", "The firm purchased shares.", got{2.0 / 3, 1, 0}},
		{"The firm bought shares.", "The firm buys shares.", got{2.0 / 3, 1, 0}},
		// decision and decide are linked as derivations.
		{"Analysts expected the decision.", "Analysts expected them to decide.", got{2.0 / 3, 1, 0}},
		// Nothing relates banana and parliament.
		{"The banana fell.", "The parliament fell.", got{0.5, 0.5, 1.0 / 4}},
	} {
		x := Features(Prepare(tc.a), Prepare(tc.b)) // every word weighs 1
		names := FeatureNames()
		at := func(name string) float64 {
			for i, n := range names {
				if n == name {
					return x[i]
				}
			}
			t.Fatalf("no feature %q", name)
			return 0
		}
		g := got{at("covered"), at("meaning_covered"), at("meaning_unmatched")}
		if diff := cmp.Diff(tc.want, g, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("%q vs %q (-want +got):\n%s", tc.a, tc.b, diff)
		}
	}
}

// TestSkeletonIsNameKey checks that the skeleton of a long word is the key
// normalize gives it as a name, so that a name the reader missed matches
// the same name read as one.
func TestSkeletonIsNameKey(t *testing.T) {
	for _, w := range []string{"williams", "powell", "singapore", "mohammed", "muhammad", "stewart", "internet"} {
		if got, want := skeleton(w), normalize.NameKey(w); got != want {
			t.Errorf("skeleton(%q) = %q, normalize.NameKey = %q", w, got, want)
		}
	}
	a, b := Prepare("Powell said it."), Prepare("Secretary of State Colin Powell said it.")
	if x := Features(a, b); x[fCoveredMax] != 1 {
		t.Errorf("covered_max of a name missed at the start and the same name read = %v, want 1", x[fCoveredMax])
	}
}

// TestUnpairedIsNormalizes checks that the scorer's unpaired count, which
// compares fewer facts to be quick, is normalize.Unpaired of all the facts,
// on MRPC train and on sentences with negations and names, except where a
// name overlaps a number ("AMD64" read as the name AMD and the number 64),
// which normalize pairs through the name and the scorer does not.
func TestUnpairedIsNormalizes(t *testing.T) {
	pairs := [][2]string{
		{"He did not attack Paris.", "He attacked Paris."},
		{"No one from Not Ltd came.", "Someone from Not Ltd came on May 2."},
		{"About 2,500 US troops are in Iraq.", "Some 3,000 US troops are in Iraq, officials said on Tuesday."},
	}
	if shareddata.Present() {
		for _, p := range shareddata.MRPC(t) {
			pairs = append(pairs, [2]string{p.A, p.B})
		}
	}
	for _, p := range pairs {
		a, b := Prepare(p[0]), Prepare(p[1])
		want := normalize.Unpaired(a.Facts, b.Facts, normalize.Compare(a.Facts, b.Facts))
		if got := unpaired(a, b); got != want && !nameOverlapsValue(a) && !nameOverlapsValue(b) {
			t.Errorf("unpaired(%q, %q) = %d, normalize.Unpaired = %d", p[0], p[1], got, want)
		}
	}
}

func nameOverlapsValue(t *Text) bool {
	for _, n := range normalize.Of[normalize.Name](t.Facts) {
		for _, v := range t.values.All {
			if s := v.Bounds(); s.Start < n.End && n.Start < s.End {
				return true
			}
		}
	}
	return false
}
