package normalize_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
)

func ExampleDirection() {
	a := normalize.Extract("The river level was falling on Sunday.")
	b := normalize.Extract("The river was still rising on Sunday.")
	for _, d := range normalize.Of[normalize.Direction](a) {
		fmt.Println(d.Axis, d.Pole(), d.What)
	}
	for _, c := range normalize.Compare(a, b) {
		if c.Kind == normalize.KindDirection {
			fmt.Println(c.Verdict, a.Text[c.A.Start:c.A.End], b.Text[c.B.Start:c.B.End])
		}
	}
	// Output:
	// rise fall river level
	// diverge falling rising
}

func ExampleRole() {
	a := normalize.Extract("The contractor was sued by the city.")
	r := normalize.Of[normalize.Role](a)[0]
	fmt.Printf("%s: %s -> %s (passive %v)\n", r.Predicate, a.Text[r.Agent.Start:r.Agent.End], a.Text[r.Patient.Start:r.Patient.End], r.Passive)
	for _, s := range []string{"The city sued the contractor.", "The contractor sued the city."} {
		b := normalize.Extract(s)
		for _, c := range normalize.Compare(a, b) {
			if c.Kind == normalize.KindRole {
				fmt.Println(c.Verdict, "|", b.Text[c.B.Start:c.B.End])
			}
		}
	}
	// Output:
	// sue: city -> contractor (passive true)
	// agree | The city sued the contractor
	// diverge | The contractor sued the city
}

func ExampleOutcome() {
	a := normalize.Extract("The blast killed 9 people near a school.")
	b := normalize.Extract("The blast injured 9 people near a school.")
	for _, o := range normalize.Of[normalize.Outcome](a) {
		fmt.Println(o.Class, o.Value)
	}
	for _, c := range normalize.Compare(a, b) {
		if c.Kind == normalize.KindPredicate {
			fmt.Println(c.Verdict, a.Text[c.A.Start:c.A.End], b.Text[c.B.Start:c.B.End])
		}
	}
	// Output:
	// casualty death
	// place school
	// diverge killed injured
	// agree school school
}

// Pole names the way a direction goes: the axis's upper pole when Up, its
// lower one otherwise. A negated direction keeps its pole; Negated says
// it is denied.
func ExampleDirection_Pole() {
	for _, s := range []string{
		"The board rejected the merger on Friday.",
		"Harwick Steel shares fell 4% in early trading.",
		"Turnout was higher than in 2021.",
		"The river did not rise overnight.",
	} {
		for _, d := range normalize.Of[normalize.Direction](normalize.Extract(s)) {
			fmt.Printf("%q: axis %s, pole %s, up %v, negated %v\n", s[d.Start:d.End], d.Axis, d.Pole(), d.Up, d.Negated)
		}
	}
	// Output:
	// "rejected": axis approve, pole reject, up false, negated false
	// "fell": axis rise, pole fall, up false, negated false
	// "higher": axis high, pole high, up true, negated false
	// "rise": axis rise, pole rise, up true, negated true
}
