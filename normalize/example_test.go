package normalize_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
	"golang.org/x/text/transform"
)

func ExampleFold() {
	fmt.Println(normalize.Fold("  “Café”   CRISIS — don’t "))
	// Output: "cafe" crisis - don't
}

func ExampleFolder() {
	out, _, _ := transform.String(normalize.Folder(), "Ünïcödé—TEXT")
	fmt.Println(out)
	// Output: unicode-text
}

func ExampleExtract() {
	s := "About 2,500 US troops did not leave Iraq's north in late 2017."
	f := normalize.Extract(s)
	for _, n := range f.Numbers {
		fmt.Printf("number %q = %v in [%v, %v] of %q\n", n.Text, n.Value, n.Low, n.High, n.Unit)
	}
	for _, d := range f.Dates {
		fmt.Printf("date %q year %d precision %d\n", d.Text, d.Year, d.Precision)
	}
	for _, n := range f.Names {
		fmt.Printf("name %q key %q\n", s[n.Start:n.End], n.Key)
	}
	for _, n := range f.Negations {
		fmt.Printf("negation %q of %q\n", n.Cue, n.Predicate)
	}
	// Output:
	// number "About 2,500" = 2500 in [2375, 2625] of "us troops"
	// date "late 2017" year 2017 precision 3
	// name "US" key "unatad statas"
	// name "Iraq's" key "iraq"
	// negation "not" of "leav"
}

func ExampleNumber_Compatible() {
	over := normalize.Extract("over 150 attacks").Numbers[0]
	for _, s := range []string{"160 attacks", "100 attacks"} {
		n := normalize.Extract(s).Numbers[0]
		fmt.Println(s, over.SameThing(n), over.Compatible(n))
	}
	// Output:
	// 160 attacks true true
	// 100 attacks true false
}

func ExampleNumber_SameThing() {
	a := normalize.Extract("about 2,500 US troops").Numbers[0]
	b := normalize.Extract("2,500 troops").Numbers[0]
	c := normalize.Extract("2,500 civilians").Numbers[0]
	fmt.Println(a.SameThing(b), a.SameThing(c))
	// Output: true false
}

func ExampleDate_Compatible() {
	late := normalize.Extract("in late 2017").Dates[0]
	dec := normalize.Extract("in December 2017").Dates[0]
	feb := normalize.Extract("in February 2017").Dates[0]
	fmt.Println(late.Compatible(dec), late.Compatible(feb))
	// Output: true false
}

func ExampleName_Matches() {
	a := normalize.Extract("He met Mohamed Al Sudani.").Names[0]
	b := normalize.Extract("He met al-Sudani.").Names[0]
	fmt.Println(a.Key, "|", b.Key, "|", a.Matches(b))
	// Output: mahamad sadana | sadana | true
}

func ExampleNegation_Same() {
	a := normalize.Extract("They did not attack.").Negations[0]
	b := normalize.Extract("They never attacked.").Negations[0]
	fmt.Println(a.Predicate, b.Predicate, a.Same(b))
	// Output: attack attack true
}

func ExampleNameKey() {
	fmt.Println(normalize.NameKey("ISIL") == normalize.NameKey("Islamic State"))
	// Output: true
}

func ExampleNew() {
	x := normalize.New(normalize.WithAliases("Hamas", "Islamic Resistance Movement"))
	fmt.Println(x.NameKey("Islamic Resistance Movement") == x.NameKey("Hamas"))
	// Output: true
}

func ExampleStem() {
	fmt.Println(normalize.Stem("attacked"), normalize.Stem("attacks"), normalize.Stem("Attacking"))
	// Output: attack attack attack
}

func ExampleDefaultAliases() {
	fmt.Println(normalize.DefaultAliases()["United Nations"])
	// Output: [UN U.N.]
}

func ExampleCanonical() {
	fmt.Println(normalize.Canonical("Approximately 2,500 troops left on Jan. 27, 2024; they didn't return."))
	fmt.Println(normalize.Canonical("About 2500 troops left on 2024-01-27; they did not return."))
	// Output:
	// about 2500 troops left on january 27 2024; they did not return.
	// about 2500 troops left on january 27 2024; they did not return.
}
