package claims

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
)

// TestMatchEntities: two ways of naming one entity are no divergence; two
// different entities in the same role are.
func TestMatchEntities(t *testing.T) {
	checkDivergenceKind(t, normalize.KindEntity, []divergenceCase{
		// One entity, named two ways.
		{"U.S. officials said the talks would resume on Monday.", "American officials said the talks would resume on Monday.", false},
		{"The British ambassador will lead the mission to the region.", "The UK's ambassador will lead the mission to the region.", false},
		{"Lawyers for the Schindlers declined to comment on the ruling.", "Lawyers for Mary Schindler declined to comment on the ruling.", false},
		{"The storm hit Indianapolis late on Tuesday, officials said.", "The storm hit Indianapoils late on Tuesday, officials said.", false},
		{"General Jeffrey will give his pension to charity, he said.", "Gen Jeffery will give his pension to charity, he said.", false},
		{"Leaders at the Commonwealth Heads of Government meeting backed the plan.", "Leaders at CHOGM backed the plan.", false},
		{"The International Atomic Energy Agency said the site was sealed.", "The IAEA said the site was sealed.", false},
		{"Leaders of the Sunni Arabs boycotted the vote, the officials said.", "Leaders of the Sunnis boycotted the vote, the officials said.", false},
		{"The Navy board led by Adm. Hal Gehman issued the report.", "The Navy board led by Admiral Harold W. Gehman issued the report.", false},
		{"Rep. Louise Slaughter called the vote a disgrace on Friday.", "Rep. Louise McIntosh Slaughter called the vote a disgrace on Friday.", false},
		{"Senator Bill Frist (R-Tenn.) said the bill would pass.", "Senator Bill Frist, a Republican of Tennessee, said the bill would pass.", false},
		// Different entities in the same role.
		{"Officials in France said the resolution was premature.", "Officials in Russia said the resolution was premature.", true},
		{"Jeb Bush said the bill would pass this week.", "George W. Bush said the bill would pass this week.", true},
		{"Senator Baker said the bill would pass this week.", "Senator Barker said the bill would pass this week.", true},
		{"The report was written by Anna Kowalczyk, the agency said.", "The report was written by Anna Okonkwo, the agency said.", true},
	})
}

// divergenceCase is a pair of sentences and whether Match must report a
// divergence of the kind under test between them.
type divergenceCase struct {
	a, b    string
	diverge bool
}

// checkDivergenceKind requires Match to report a divergence of kind for
// exactly the cases marked diverge.
func checkDivergenceKind(t *testing.T, kind normalize.Kind, tests []divergenceCase) {
	t.Helper()
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		m := Match(tt.a, tt.b)
		got[tt.a+" | "+tt.b] = slices.ContainsFunc(m.Divergences, func(d Divergence) bool { return d.Kind == kind })
		want[tt.a+" | "+tt.b] = tt.diverge
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s divergence (-want +got):\n%s", kind, diff)
	}
}
