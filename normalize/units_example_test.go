package normalize_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
)

// Quantities read with their unit of measurement or currency.
func ExampleMeasure() {
	for _, s := range []string{"The river rose by 3 metres.", "Water levels climbed nearly 10 feet.", "Repairs will cost €40 million."} {
		n := normalize.Of[normalize.Number](normalize.Extract(s))[0]
		fmt.Printf("%q: %v %s (%s)\n", n.Text, n.Value, n.Measure.Name, n.Measure.Dim)
	}
	// Output:
	// "3 metres": 3 m (length)
	// "nearly 10 feet": 10 ft (length)
	// "€40 million": 4e+07 EUR (money)
}

// Quantities in two units of one dimension are converted before they are
// compared; two currencies never agree.
func ExampleNumber_Compatible_units() {
	num := func(s string) normalize.Number { return normalize.Of[normalize.Number](normalize.Extract(s))[0] }
	fmt.Println(num("3 metres").Compatible(num("nearly 10 feet")))
	fmt.Println(num("5 metres").Compatible(num("nearly 10 feet")))
	fmt.Println(num("30C").Compatible(num("86F")))
	fmt.Println(num("$40 million").Compatible(num("40 million dollars")))
	fmt.Println(num("$40 million").Compatible(num("€40 million")))
	// Output:
	// true
	// false
	// true
	// true
	// false
}

// A quantity stated in another currency, or in a unit that cannot agree,
// is a divergence of kind "unit"; another value after conversion, of kind
// "number".
func ExampleKindUnit() {
	for _, p := range [][2]string{
		{"Repairs are expected to cost $40 million.", "Officials estimated repairs at €40 million."},
		{"Rates rose 1 percentage point.", "Rates rose 1%."},
		{"The road runs 40 km.", "The road runs 40 miles."},
		{"The river rose by 5 metres.", "Water levels climbed nearly 10 feet."},
	} {
		a, b := normalize.Extract(p[0]), normalize.Extract(p[1])
		for _, c := range normalize.Compare(a, b) {
			if c.Kind == normalize.KindDirection {
				continue // both rose: see ExampleDirection
			}
			fmt.Printf("%s %s: %q vs %q\n", c.Kind, c.Verdict, a.Text[c.A.Start:c.A.End], b.Text[c.B.Start:c.B.End])
		}
	}
	// Output:
	// unit diverge: "$40 million" vs "€40 million"
	// unit diverge: "1 percentage point" vs "1%"
	// unit diverge: "40 km" vs "40 miles"
	// number diverge: "5 metres" vs "nearly 10 feet"
}
