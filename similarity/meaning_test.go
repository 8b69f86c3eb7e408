package similarity

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestMeaningFeatures checks that words WordNet relates (synonyms,
// derivations, inflections of one lemma; see internal/wordnet's
// testdata/news-pairs.txt) count as covered by the meaning
// features and not by the plain ones, and that unrelated words do not.
func TestMeaningFeatures(t *testing.T) {
	// covered(n, m) is the coverage of a text with n stems shared and m not
	// (see sharedWeight).
	covered := func(n, m float64) float64 { return sharedWeight * n / (sharedWeight*n + m) }
	type got struct{ Covered, MeaningCovered, MeaningUnmatched float64 }
	for _, tc := range []struct {
		a, b string
		want got
	}{
		// injure and wound share a synset.
		{"Rebels injured civilians.", "Rebels wounded civilians.", got{covered(2, 1), 1, 0}},
		// bought is a form of buy, which purchase shares a synset with.
		{"The firm bought shares.", "The firm purchased shares.", got{covered(2, 1), 1, 0}},
		{"The firm bought shares.", "The firm buys shares.", got{covered(2, 1), 1, 0}},
		// decision and decide are linked as derivations.
		{"Analysts expected the decision.", "Analysts expected them to decide.", got{covered(2, 1), 1, 0}},
		// Nothing relates banana and parliament.
		{"The banana fell.", "The parliament fell.", got{covered(1, 1), covered(1, 1), 1.0 / 4}},
	} {
		x := Features(Prepare(tc.a), Prepare(tc.b))
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

// TestMeaningsMerged checks that merging each word's sorted meanings gives
// what sorting all of them gives: the meanings sorted and unique, on the
// words of real sentences, some sharing a stem index.
func TestMeaningsMerged(t *testing.T) {
	for _, p := range shareddata.MRPC(t)[:500] {
		words := tokenize(p.A + " " + p.B)
		ranks := make([]int32, len(words))
		for i := range ranks {
			ranks[i] = int32(i % 7)
		}
		var want []uint64
		for i, w := range words {
			for _, k := range wordMeanings(w) {
				want = append(want, k|uint64(ranks[i]))
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if diff := cmp.Diff(want, meanings(words, ranks), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("meanings of %q (-sorted +merged):\n%s", words, diff)
		}
	}
}
