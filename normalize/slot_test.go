package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRoleOf: a name that a common noun introduces fills that role; a name
// after a verb, a function word or a capitalized word fills none.
// Invented sentences.
func TestRoleOf(t *testing.T) {
	tests := []struct {
		sentence, name, want string
	}{
		{"Talks resumed on Friday under mediator Ines Varga.", "Ines Varga", "mediator"},
		{"The ferry company's owners, Baltic Lines, will pay for the repairs.", "Baltic Lines", "owner"},
		{"The repairs will be paid for by the owner, Nordhavn Shipping.", "Nordhavn Shipping", "owner"},
		{"The contract went to builder Harlan Works.", "Harlan Works", "builder"},
		{"The council backs Ivo Stern for mayor.", "Ivo Stern", ""},                 // a verb ("backs" is mostly one)
		{"The talks were chaired by Ines Varga.", "Ines Varga", ""},                 // a preposition
		{"Police arrested Ivo Stern on Tuesday.", "Ivo Stern", ""},                  // a verb
		{"On Tuesday, Ivo Stern resigned.", "Ivo Stern", ""},                        // a day
		{"Its owners, Baltic Lines and Orrin Ferries, agreed.", "Baltic Lines", ""}, // the apposition goes on
		// An apposition after the name, closed by a comma or the end.
		{"Ivo Stern, the mayor, resigned.", "Ivo Stern", "mayor"},
		{"Annika Brolin, Veltro's chief executive, apologized.", "Annika Brolin", "executive"},
		{"The talks were led by Ines Varga, the head of the union.", "Ines Varga", "head"},
		{"Marta Szelig, the union's president, was at the gate.", "Marta Szelig", "president"},
		{"Ivo Stern, 44, resigned.", "Ivo Stern", ""},                                // an age
		{"Ivo Stern, who was mayor, resigned.", "Ivo Stern", ""},                     // a relative clause
		{"Ivo Stern, the former mayor who resigned in May, spoke.", "Ivo Stern", ""}, // too long
		{"Ivo Stern, the mayor and Ines Varga spoke", "Ivo Stern", ""},               // not closed
		{"Police named Ivo Stern, a local builder, as the driver.", "Ivo Stern", "builder"},
		{"Annika Brolin, the chief executive of the Veltro Mobile group, apologized.", "Annika Brolin", "executive"},
		{"The summit brought together leaders Ivo Stern and Ines Varga.", "Ivo Stern", "leader"}, // the base form
		// A verb after "to" or a modal, an object after a verb, a list.
		{"Congress voted on Tuesday to fund Ukraine for another year.", "Ukraine", ""},
		{"Chelsea will face Arsenal on Sunday.", "Arsenal", ""},
		{"The union appointed mediator Ines Varga on Monday.", "Ines Varga", "mediator"},
		{"The strike was condemned by the government, Hamas, and Egypt.", "Hamas", ""},
	}
	got, want := map[string]string{}, map[string]string{}
	for _, tt := range tests {
		f := Extract(tt.sentence)
		role := "(no such name)"
		for _, n := range Of[Name](f) {
			if n.Text == tt.name {
				role = roleOf(f.Text, n)
			}
		}
		got[tt.sentence] = role
		want[tt.sentence] = tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roleOf (-want +got):\n%s", diff)
	}
}

// A name that fills a role anchors its claim by the role, never precisely,
// and is Written: its value stays in the masked form.
func TestAnchorsSlot(t *testing.T) {
	type anchor struct {
		Key              string
		Precise, Written bool
	}
	var got []anchor
	for _, a := range Extract("Talks resumed on Friday under mediator Ines Varga.").Anchors() {
		got = append(got, anchor{a.Key, a.Precise, a.Written})
	}
	if diff := cmp.Diff([]anchor{{"entity:mediator", false, true}}, got); diff != "" {
		t.Errorf("Anchors (-want +got):\n%s", diff)
	}
}

// Names compared without their sentences (Agrees) do not panic.
func TestAgreesNamesAlone(t *testing.T) {
	for _, pair := range [][2]string{
		{"The owner, Baltic Lines, will pay.", "The owner, Nordhavn Shipping, will pay."},
		{"Aid reached Austria on Monday.", "Aid reached Australia on Monday."}, // two places spelt alike
	} {
		a, b := Of[Name](Extract(pair[0])), Of[Name](Extract(pair[1]))
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("names %v, %v; want one each", a, b)
		}
		if Agrees(a[0], b[0]) || !Agrees(a[0], a[0]) {
			t.Errorf("Agrees: %q and %q agree %v, %q with itself %v", a[0].Text, b[0].Text, Agrees(a[0], b[0]), a[0].Text, Agrees(a[0], a[0]))
		}
	}
}

// Facts made by hand, whose names are not of their Text, compare without
// a panic.
func TestCompareNamesMadeByHand(t *testing.T) {
	x := Of[Name](Extract("The owner, Baltic Lines, will pay."))
	y := Of[Name](Extract("Talks resumed on Friday under mediator Ines Varga."))
	if len(x) != 1 || len(y) != 1 {
		t.Fatalf("names %v, %v; want one each", x, y)
	}
	a, b := Facts{All: []Fact{x[0]}}, Facts{All: []Fact{y[0]}, Text: "Short."}
	if cs := Compare(a, b); len(cs) > 1 {
		t.Errorf("Compare = %v, want at most one comparison", cs)
	}
}
