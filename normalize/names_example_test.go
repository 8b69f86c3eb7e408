package normalize_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
)

// Names compared across two sentences: one person named two ways agrees,
// one name spelt two ways is a note, two people of one surname diverge.
func ExampleCompare_names() {
	pairs := [][2]string{
		{"Sen. Ortega voted against the bill.", "Senator Luis M. Ortega of Nevada voted against the bill."},
		{"The EPA closed the plant.", "The Environmental Protection Agency closed the plant."},
		{"Gov. Ilse Marcheti declared an emergency.", "Governor Ilse Marchetti declared an emergency."},
		{"Jeb Bush signed the bill.", "George W. Bush signed the bill."},
	}
	for _, p := range pairs {
		for _, c := range normalize.Compare(normalize.Extract(p[0]), normalize.Extract(p[1])) {
			fmt.Printf("%s %s: %q / %q\n", c.Kind, c.Verdict, p[0][c.A.Start:c.A.End], p[1][c.B.Start:c.B.End])
		}
	}
	// Output:
	// entity agree: "Sen. Ortega" / "Senator Luis M. Ortega of Nevada"
	// entity agree: "EPA" / "Environmental Protection Agency"
	// spelling agree: "Gov. Ilse Marcheti" / "Governor Ilse Marchetti"
	// entity diverge: "Jeb Bush" / "George W. Bush"
}

func ExampleComparison_Note() {
	a := normalize.Extract("Marchetti declared a state of emergency.")
	b := normalize.Extract("Gov. Ilse Marcheti declared a state of emergency.")
	for _, c := range normalize.Compare(a, b) {
		fmt.Println(c.Kind, c.Verdict, c.Note())
	}
	// Output: spelling agree true
}

func ExampleFacts_Masked_names() {
	fmt.Println(normalize.Extract("Senator Luis M. Ortega asked the Environmental Protection Agency to act.").Masked())
	fmt.Println(normalize.Extract("Sen. Ortega asked the EPA to act.").Masked())
	// Output:
	// ortaga asked the epa to act.
	// ortaga asked the epa to act.
}
