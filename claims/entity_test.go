package claims

import (
	"slices"
	"strings"
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
		{`"I apologize to Sen. Ortega and to anyone I may have offended," the candidate said.`,
			`The candidate apologized to Senator Luis M. Ortega of Nevada and to "anyone I may have offended."`, false},
		{"Officials at the C.D.C. said the vaccine was safe.", "Officials at the CDC said the vaccine was safe.", false},
		{"The EPA said the water was safe to drink.", "The Environmental Protection Agency said the water was safe to drink.", false},
		{"Ilse Brandt told the council the plan would fail.", "The plan would fail, Ilse Brant told the council.", false},
		{"A state of emergency was declared by Gov. Ilse Marcheti on Sunday morning.",
			"Marchetti issued an emergency declaration for Brandt County on Sunday.", false},
		{"The research team is at Ashcombe University, officials said.", "The research team is at the University of Ashcombe, officials said.", false},
		// Different entities in the same role.
		{"The research team is at Ashcombe University, officials said.", "The research team is at the University of Dorran, officials said.", true},
		{"The lawsuit was filed by Ohio State on Monday.", "The lawsuit was filed by the State of Ohio on Monday.", true},
		{"Officials in France said the resolution was premature.", "Officials in Russia said the resolution was premature.", true},
		{"Jeb Bush said the bill would pass this week.", "George W. Bush said the bill would pass this week.", true},
		{"Senator Baker said the bill would pass this week.", "Senator Barker said the bill would pass this week.", true},
		{"The report was written by Anna Kowalczyk, the agency said.", "The report was written by Anna Okonkwo, the agency said.", true},
	})
}

// TestMatchSpelling: one name spelt two ways is a spelling note, listed
// with the divergences but marked a note; variants that are no misspelling
// (titles, initials, dots, aliases, a nickname) are not noted.
func TestMatchSpelling(t *testing.T) {
	checkDivergenceKind(t, normalize.KindSpelling, []divergenceCase{
		{"Governor Ilse Marchetti declared a state of emergency.", "A state of emergency was declared by Gov. Ilse Marcheti.", true},
		{"Ilse Brandt told the council the plan would fail.", "The plan would fail, Ilse Brant told the council.", true},
		{"The storm hit Indianapolis late on Tuesday, officials said.", "The storm hit Indianapoils late on Tuesday, officials said.", true},
		{"Muammar Gaddafi spoke for an hour on state television.", "Moammar Qaddafi spoke for an hour on state television.", true},
		{"Sen. Ortega voted against the bill on Thursday.", "Senator Luis M. Ortega voted against the bill on Thursday.", false},
		{"Officials at the C.D.C. said the vaccine was safe.", "Officials at the CDC said the vaccine was safe.", false},
		{"The Navy board led by Adm. Hal Gehman issued the report.", "The Navy board led by Admiral Harold W. Gehman issued the report.", false},
		{"ISIS claimed the attack in a statement.", "ISIL claimed the attack in a statement.", false},
		{"Officials in Iraq said the talks would resume.", "Iraqi officials said the talks would resume.", false},
	})
	m := Match("Governor Ilse Marchetti declared a state of emergency.", "A state of emergency was declared by Gov. Ilse Marcheti.")
	want := []Divergence{{Kind: normalize.KindSpelling, Note: true,
		A: Side{Value: "Governor Ilse Marchetti", End: 23}, B: Side{Value: "Gov. Ilse Marcheti", Start: 37, End: 55}}}
	if diff := cmp.Diff(want, m.Divergences); diff != "" {
		t.Errorf("Match divergences (-want +got):\n%s", diff)
	}
}

// TestDivergenceString: a note prints as one, so that a caller printing
// Cluster.Divergences (as the README does) does not show one name spelt two
// ways as a disagreement.
func TestDivergenceString(t *testing.T) {
	tests := []struct {
		d    Divergence
		want string
	}{
		{Divergence{Kind: normalize.KindNumber, A: Side{Source: "wire", Value: "about 2,500"}, B: Side{Source: "daily", Value: "3,000"}},
			`number: wire "about 2,500" vs daily "3,000"`},
		{Divergence{Kind: normalize.KindSpelling, Note: true, A: Side{Source: "wire", Value: "Marchetti"}, B: Side{Source: "daily", Value: "Marcheti"}},
			`spelling (note): wire "Marchetti" vs daily "Marcheti"`},
		{Divergence{Kind: normalize.KindSpelling, Note: true, A: Side{Value: "Marchetti"}, B: Side{Value: "Marcheti"}},
			`spelling (note): "Marchetti" vs "Marcheti"`},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.d.String()); diff != "" {
			t.Errorf("%#v.String() (-want +got):\n%s", tt.d, diff)
		}
	}
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

// nameStories are invented stories (no real outlet, person or event), each
// told by three outlets in whole articles, so that words are weighted by
// their rarity across the story. In each, pairs of claims name one person
// or organisation in different ways.
var nameStories = [][]Document{{
	{Name: "wire", Text: "A chemical spill at the Harlow plant closed a stretch of the Tamsin River on Wednesday.\n" +
		"The Environmental Protection Agency ordered the plant to halt discharges into the river on Thursday.\n" +
		"The C.D.C. sent a team of six epidemiologists to the county.\n" +
		"Sen. Ortega called for a federal investigation of the spill.\n" +
		"Plant manager Ilse Brandt stopped the leak within two hours.\n" +
		"Governor Tomas Reyes declared a state of emergency for Harlow County on Friday.\n" +
		"Residents downstream were told not to drink tap water until further notice.\n" +
		"The Food and Drug Administration opened an inquiry.\n" +
		"Dr. Amara Nwosu led the testing.\n"},
	{Name: "daily", Text: "Residents along the Tamsin River were told on Wednesday to avoid the water after a spill at the Harlow plant.\n" +
		"The EPA ordered the plant to stop discharging into the river on Thursday.\n" +
		"Senator Luis M. Ortega of Nevada called for a federal investigation into the spill.\n" +
		"County health director Maria Okafor urged residents to boil their water.\n" +
		"Reyes declared a state of emergency for Harlow County on Friday.\n" +
		"The plant has operated on the river since 1987.\n" +
		"The FDA has opened an inquiry, a spokesman said.\n" +
		"Nwosu led the water testing, the county said.\n"},
	{Name: "gazette", Text: "Fish died along miles of the Tamsin River after the spill, anglers said.\n" +
		"The CDC has sent six epidemiologists to the county, officials said.\n" +
		"The leak was stopped within two hours by plant manager Ilse Brant.\n" +
		"County health director Grace Okafor urged residents to boil water.\n" +
		"The Centers for Disease Control and Prevention said no illnesses had been reported.\n" +
		"State lawmakers will hold a hearing on the spill next week.\n"},
}, {
	{Name: "post", Text: "A cargo plane skidded off a runway at Dunmore airport on Monday, injuring four crew members.\n" +
		"The National Transportation Safety Board (NTSB) will send investigators to the site.\n" +
		"The F.B.I. found no sign of sabotage.\n" +
		"Chief Judge Ana Delgado ordered the airline to keep its maintenance records.\n" +
		"The airport reopened on Tuesday morning.\n"},
	{Name: "times", Text: "Four crew members were hurt when a cargo plane left the runway at Dunmore airport on Monday.\n" +
		"The NTSB is sending investigators to the site, the agency said.\n" +
		"The FBI has found no sign of sabotage, officials said.\n" +
		"Judge Delgado ordered the airline to preserve its maintenance records.\n" +
		"Pilots had reported strong crosswinds before the landing.\n"},
	{Name: "tribune", Text: "Crosswinds gusted to 40 knots at Dunmore airport on Monday, forecasters said.\n" +
		"Agents of the Federal Bureau of Investigation found no sign of sabotage.\n" +
		"Investigators from the National Transportation Safety Board were sent to the site.\n" +
		"The runway was closed for 18 hours.\n"},
}}

// TestNameVariantsInArticles: inside whole articles, claims that name one
// person or organisation in different ways are grouped with no divergence
// (a misspelt name with a spelling note); two people of one surname are
// grouped and flagged.
func TestNameVariantsInArticles(t *testing.T) {
	type pair struct {
		a, b string // substrings of two claims
		kind normalize.Kind
	}
	tests := [][]pair{{
		{"The Environmental Protection Agency ordered", "The EPA ordered", ""},
		{"The C.D.C. sent", "The CDC has sent", ""},
		{"Sen. Ortega called", "Senator Luis M. Ortega of Nevada called", ""},
		{"Ilse Brandt stopped the leak", "by plant manager Ilse Brant", normalize.KindSpelling},
		{"Governor Tomas Reyes declared", "Reyes declared", ""},
		{"Maria Okafor urged", "Grace Okafor urged", normalize.KindEntity},
		{"The Food and Drug Administration opened", "The FDA has opened", ""},
		{"Dr. Amara Nwosu led", "Nwosu led the water testing", ""},
	}, {
		{"The National Transportation Safety Board (NTSB) will send", "The NTSB is sending", ""},
		{"The F.B.I. found", "The FBI has found", ""},
		{"The F.B.I. found", "the Federal Bureau of Investigation found", ""},
		{"Chief Judge Ana Delgado ordered", "Judge Delgado ordered", ""},
	}}
	for i, docs := range nameStories {
		r, err := Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range tests[i] {
			got := "not grouped"
			for _, c := range r.Clusters {
				has := func(s string) bool {
					return slices.ContainsFunc(c.Claims, func(cl Claim) bool { return strings.Contains(cl.Text, s) })
				}
				if !has(p.a) || !has(p.b) {
					continue
				}
				got = ""
				for _, d := range c.Divergences {
					if strings.Contains(p.a+p.b, d.A.Value) || strings.Contains(p.a+p.b, d.B.Value) {
						got = string(d.Kind)
					}
				}
			}
			if got != string(p.kind) {
				t.Errorf("%q and %q: got %q, want %q", p.a, p.b, got, p.kind)
			}
		}
	}
}

// TestMatchNameInRole: a source that names another person or firm in the
// same role (a noun before each name: "mediator", "owner") states the same
// claim and diverges on the name; names that tell claims apart keep them
// apart. Invented sentences.
func TestMatchNameInRole(t *testing.T) {
	type verdict struct {
		Same, Entity bool // grouped; an entity divergence listed
	}
	tests := []struct {
		a, b string
		want verdict
	}{
		// Must group, the names diverging.
		{"Talks resumed on Friday under mediator Ines Varga.", "Talks resumed on Friday, with mediator Tomas Reed in the chair.", verdict{true, true}},
		{"The ferry company's owner, Baltic Lines, will pay for the repairs.", "The repairs will be paid for by the owners, Nordhavn Shipping.", verdict{true, true}},
		{"The inquiry will be led by retired judge Amos Pell, the ministry said.", "The ministry said the inquiry would be led by retired judge Carla Wynn.", verdict{true, true}},
		// Must group, the names agreeing.
		{"The contract went to builder Harlan Works.", "Builder Harlan Works won the contract for the bridge.", verdict{true, false}},
		// Must not group: one person in two claims, or two people in two.
		{"Spokeswoman Dana Reyes said the plant would reopen in May.", "Spokeswoman Dana Reyes declined to comment on the lawsuit.", verdict{false, false}},
		{"Striker Leo Brandt scored twice in the first half.", "Striker Omar Haddad was sent off after an hour.", verdict{false, true}},
		{"The new library was designed by the architect Mira Solberg.", "The harbour plans were criticised by the architect Jonas Ekdahl.", verdict{false, true}},
	}
	got, want := map[string]verdict{}, map[string]verdict{}
	for _, tt := range tests {
		m := Match(tt.a, tt.b)
		got[tt.a+" | "+tt.b] = verdict{m.Same, slices.ContainsFunc(m.Divergences, func(d Divergence) bool { return d.Kind == normalize.KindEntity })}
		want[tt.a+" | "+tt.b] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Match (-want +got):\n%s", diff)
	}
}

// TestEntityNamedBoth: a source that names both of two names in one group
// ("Kestrel Falls", the town in its headline, and "the Alder Creek dam" in
// its lede) tells of two things, and holds neither against the other's
// name; two sources that each name one do diverge.
func TestEntityNamedBoth(t *testing.T) {
	tests := []struct {
		a, b string
		want []string // entity values that diverge, sorted
	}{
		{"Kestrel Falls dam collapses\n\nThe Alder Creek dam collapsed at 11 p.m. on Saturday, officials said.",
			"The Alder Creek dam collapsed shortly before 11 p.m. on Saturday, officials said.", nil},
		{"The Alder Creek dam collapsed at 11 p.m. on Saturday, officials said.",
			"The Kestrel Falls dam collapsed shortly before 11 p.m. on Saturday, officials said.", []string{"Alder Creek", "Kestrel Falls"}},
		// A name in another claim unit of the grouped claim's sentence is
		// named too: the claim's facts leave it to that unit.
		{"The Alder Creek dam burst on Tuesday; residents of Kestrel Falls fled their homes.",
			"The Kestrel Falls dam burst on Tuesday.", nil},
		// A common word is no name: "the second reading" names no
		// Reading.
		{"Officials in Reading said the second reading of the bill was delayed until March.",
			"Officials in Bath said the second reading of the bill was delayed until March.", []string{"Bath", "Reading"}},
	}
	for _, tt := range tests {
		r, err := Compare([]Document{{Name: "a", Text: tt.a}, {Name: "b", Text: tt.b}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range r.Clusters {
			for _, d := range c.Divergences {
				if d.Kind == normalize.KindEntity {
					got = append(got, d.A.Value, d.B.Value)
				}
			}
		}
		slices.Sort(got)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q vs %q: entity divergences (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}
