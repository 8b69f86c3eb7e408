package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMatchPredicates: the examples of agreement reported where
// sources contradict ("Every fact a reader checks"), and more. Each pair
// is one claim (Match says same) and diverges on exactly the facts listed,
// with both values; a paraphrase diverges on none.
func TestMatchPredicates(t *testing.T) {
	tests := []struct {
		a, b string
		want []string // "kind: a's value | b's value"
	}{
		// Direction.
		{"Sales rose 3% in May.", "Sales fell 3% in May.", []string{"direction: rose | fell"}},
		{"The board approved the merger.", "The board rejected the merger.", []string{"direction: approved | rejected"}},
		{"The gap was wider than expected.", "The gap was narrower than expected.", []string{"direction: wider | narrower"}},
		{"Shares of Acme climbed 4% on Monday.", "Shares of Acme rose 4% on Monday.", nil},
		// Roles.
		{"The city sued the contractor.", "The contractor sued the city.",
			[]string{"role: The city sued the contractor | The contractor sued the city"}},
		{"The city sued the contractor.", "The contractor was sued by the city.", nil},
		{"Acme bought Zenith.", "Zenith bought Acme.", []string{"role: Acme bought Zenith | Zenith bought Acme"}},
		{"The county sued the dam operator last year over maintenance delays.",
			"The county filed a lawsuit against the dam operator last year over maintenance delays.", nil},
		// Implied negation and conditions.
		{"The tariff cut has yet to be approved.", "The tariff cut has been approved.",
			[]string{"negation: yet to be approved | approved"}},
		{"The ministry declined to confirm the report.", "The ministry confirmed the report.",
			[]string{"negation: declined to confirm | confirmed"}},
		{"The president will sign only if the tariff is dropped.", "The president will sign if the tariff is dropped.",
			[]string{"negation: sign only if | sign"}},
		{"No deaths were reported, the sheriff's office said.", "Two people died, the sheriff's office said.",
			[]string{"negation: No deaths | died"}},
		// Outcomes and objects.
		{"The bomb exploded near the market, killing 9.", "The bomb exploded near the market, injuring 9.",
			[]string{"predicate: killing | injuring"}},
		{"Firefighters battled a blaze at a school in the north of the city on Tuesday night, officials said.",
			"Firefighters battled a blaze at a depot in the south of the city on Tuesday night, officials said.",
			[]string{"predicate: school | depot", "predicate: north | south"}},
		{"Police arrested the senator on Monday.", "Police arrested the senator's aide on Monday.",
			[]string{"predicate: Police arrested the senator | Police arrested the senator's aide"}},
		{"Two people were killed in the crash.", "Two people died in the crash.", nil},
	}
	for _, tt := range tests {
		m := Match(tt.a, tt.b)
		var got []string
		for _, d := range m.Divergences {
			got = append(got, string(d.Kind)+": "+d.A.Value+" | "+d.B.Value)
		}
		if !m.Same {
			t.Errorf("Match(%q, %q): not the same claim (score %.2f)", tt.a, tt.b, m.Score)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Match(%q, %q) divergences (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}
