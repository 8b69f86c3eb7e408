package claims

import (
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
)

// TestMatchNegations: one polarity said two ways is no divergence; a
// statement and its negation are.
func TestMatchNegations(t *testing.T) {
	checkDivergenceKind(t, normalize.KindNegation, []divergenceCase{
		// The same polarity.
		{"Ferry operators rarely keep full passenger lists, officials said.", "Ferry operators do not keep full passenger lists, officials said.", false},
		{"I know of no pressure on the analysts, the under secretary said.", "I know of nobody who pressured the analysts, the under secretary said.", false},
		{"Sanctions will follow if the subsidies are not repealed, the EU said.", "Sanctions will follow unless the subsidies are repealed, the EU said.", false},
		{"Regulators denied the drug application in December, citing a sloppy trial.", "The Food and Drug Administration rejected the application in December, citing a sloppy trial.", false},
		// Opposite polarities.
		{"The minister did not attack the plan on Monday, aides said.", "The minister attacked the plan on Monday, aides said.", true},
		{"The other member to talk is not Omar al Faruq, officials said.", "The other member to talk is Omar al Faruq, officials said.", true},
		{"The proposal is not going to win, McConnell said on Friday.", "The proposal is going to win, McConnell said on Friday.", true},
	})
}

// TestMatchWithoutContentWords: two claims with no word of content state
// one claim when their words are the same ("It was not me." twice, or with
// its negation, which Compare then flags); short texts that share only
// function words and letters do not.
func TestMatchWithoutContentWords(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"It was not me.", "It was not me.", true},
		{"It was not me.", "It was me.", true},
		{"Well, which is it?", "Is it true?", false},
		{"It was not me.", "It was not them.", false},
	}
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		got[tt.a+" | "+tt.b] = Match(tt.a, tt.b).Same
		want[tt.a+" | "+tt.b] = tt.same
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Match().Same (-want +got):\n%s", diff)
	}
}
