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
	for _, x := range normalize.Extract(s).All {
		switch f := x.(type) {
		case normalize.Number:
			fmt.Printf("number %q = %v in [%v, %v] of %q\n", f.Text, f.Value, f.Low, f.High, f.Unit)
		case normalize.Date:
			fmt.Printf("date %q year %d precision %d\n", f.Text, f.Year, f.Precision)
		case normalize.Name:
			fmt.Printf("name %q key %q\n", f.Text, f.Key)
		case normalize.Negation:
			fmt.Printf("negation %q of %q\n", f.Cue, f.Predicate)
		}
	}
	// Output:
	// number "About 2,500" = 2500 in [2375, 2625] of "us troops"
	// name "US" key "unatad statas"
	// negation "not" of "leav"
	// name "Iraq's" key "iraq"
	// date "late 2017" year 2017 precision 3
}

func ExampleOf() {
	f := normalize.Extract("Some 3,000 troops and 40 advisers stayed.")
	for _, n := range normalize.Of[normalize.Number](f) {
		fmt.Println(n.Text, "->", n.Unit)
	}
	// Output:
	// Some 3,000 -> troops
	// 40 -> advisers
}

func ExampleCompare() {
	a := normalize.Extract("About 2,500 US troops did not attack the base in 2014.")
	b := normalize.Extract("Some 3,000 US troops attacked the base in 2014.")
	for _, c := range normalize.Compare(a, b) {
		fmt.Printf("%s %s: %q vs %q\n", c.Kind, c.Verdict, a.Text[c.A.Start:c.A.End], b.Text[c.B.Start:c.B.End])
	}
	// Output:
	// date agree: "2014" vs "2014"
	// number diverge: "About 2,500" vs "Some 3,000"
	// negation diverge: "not attack" vs "attacked"
	// entity agree: "US" vs "US"
}

func ExampleKinds() {
	fmt.Println(normalize.Kinds())
	// Output: [time date number negation direction predicate entity role]
}

func ExampleNumber_Compatible() {
	over := normalize.Of[normalize.Number](normalize.Extract("over 150 attacks"))[0]
	for _, s := range []string{"160 attacks", "100 attacks"} {
		n := normalize.Of[normalize.Number](normalize.Extract(s))[0]
		fmt.Println(s, over.SameThing(n), over.Compatible(n))
	}
	// Output:
	// 160 attacks true true
	// 100 attacks true false
}

func ExampleNumber_SameThing() {
	a := normalize.Of[normalize.Number](normalize.Extract("about 2,500 US troops"))[0]
	b := normalize.Of[normalize.Number](normalize.Extract("2,500 troops"))[0]
	c := normalize.Of[normalize.Number](normalize.Extract("2,500 civilians"))[0]
	fmt.Println(a.SameThing(b), a.SameThing(c))
	// Output: true false
}

func ExampleDate_Compatible() {
	late := normalize.Of[normalize.Date](normalize.Extract("in late 2017"))[0]
	dec := normalize.Of[normalize.Date](normalize.Extract("in December 2017"))[0]
	feb := normalize.Of[normalize.Date](normalize.Extract("in February 2017"))[0]
	fmt.Println(late.Compatible(dec), late.Compatible(feb))
	// Output: true false
}

func ExampleName_Matches() {
	a := normalize.Of[normalize.Name](normalize.Extract("He met Mohamed Al Sudani."))[0]
	b := normalize.Of[normalize.Name](normalize.Extract("He met al-Sudani."))[0]
	fmt.Println(a.Key, "|", b.Key, "|", a.Matches(b))
	// Output: mahamad sadana | sadana | true
}

func ExampleNegation_Same() {
	a := normalize.Of[normalize.Negation](normalize.Extract("They did not attack."))[0]
	b := normalize.Of[normalize.Negation](normalize.Extract("They never attacked."))[0]
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

func ExampleFacts_Select() {
	// The facts of the claim before the comma, as a claim that is one
	// clause of a longer sentence states them.
	f := normalize.Extract("About 2,500 US troops remain in Iraq, and 900 are in Syria.")
	claim := f.Select(func(x normalize.Fact) bool { return x.Bounds().End <= 36 })
	for _, n := range normalize.Of[normalize.Number](claim) {
		fmt.Println(n.Text, n.Unit)
	}
	// Output: About 2,500 us troops
}

// Canonical writes every fact one way; Masked, from the same facts, sets
// the values aside.
func ExampleFacts_Canonical() {
	f := normalize.Extract("Nearly 1,200 workers at Harwick Steel walked out on Jan. 27, 2025.")
	fmt.Println(f.Canonical())
	fmt.Println(f.Masked())
	// Output:
	// nearly 1200 workers at harwack stel walked out on january 27 2025.
	// workers at harwack stel walked out on .
}

// An Extractor with aliases of its own reads a name and its alias as one
// entity: their Names share a Key, so Compare pairs them. With the
// default Extractor the two names are about different things, and are not
// compared at all.
func ExampleExtractor_Extract() {
	a := "Hamas said on Monday that 33 hostages would be freed."
	b := "The Islamic Resistance Movement said on Monday that 33 hostages would be freed."
	x := normalize.New(normalize.WithAliases("Hamas", "Islamic Resistance Movement"))
	for _, n := range normalize.Of[normalize.Name](x.Extract(b)) {
		fmt.Printf("%q key %q\n", n.Text, n.Key)
	}
	for _, n := range normalize.Of[normalize.Name](normalize.Extract(b)) {
		fmt.Printf("default: %q key %q\n", n.Text, n.Key)
	}
	for _, c := range normalize.Compare(x.Extract(a), x.Extract(b)) {
		if c.Kind == normalize.KindEntity {
			fmt.Printf("%s %s: %q vs %q\n", c.Kind, c.Verdict, a[c.A.Start:c.A.End], b[c.B.Start:c.B.End])
		}
	}
	// Output:
	// "Islamic Resistance Movement" key "hamas"
	// default: "Islamic Resistance Movement" key "islamac rasastanca mavamant"
	// entity agree: "Hamas" vs "Islamic Resistance Movement"
}

// Two reports that differ only in how they write a country's name and a
// figure have one canonical form.
func ExampleExtractor_Canonical() {
	x := normalize.New(normalize.WithAliases("Eswatini", "Swaziland"))
	fmt.Println(x.Canonical("Floods in Swaziland displaced 1,200 people on Sunday."))
	fmt.Println(x.Canonical("Floods in Eswatini displaced 1200 people on Sunday."))
	fmt.Println(normalize.Canonical("Floods in Swaziland displaced 1,200 people on Sunday."))
	// Output:
	// floods in eswatana displaced 1200 people on sunday.
	// floods in eswatana displaced 1200 people on sunday.
	// floods in swazaland displaced 1200 people on sunday.
}

func ExampleExtractor_NameKey() {
	x := normalize.New(normalize.WithAliases("Hamas", "Islamic Resistance Movement"))
	fmt.Printf("%q %q\n", x.NameKey("Islamic Resistance Movement"), x.NameKey("Hamas"))
	fmt.Printf("%q\n", normalize.NameKey("Islamic Resistance Movement"))
	// Spelling variants need no alias.
	fmt.Printf("%q %q\n", x.NameKey("Muhammad al-Sudani"), x.NameKey("Mohamed Al Sudani"))
	// Output:
	// "hamas" "hamas"
	// "islamac rasastanca mavamant"
	// "mahamad sadana" "mahamad sadana"
}

// Aliases extend the default table; a variant already in it moves to the
// new name. In a feed of British politics "Democrats" are the Liberal
// Democrats, not the US Democratic Party.
func ExampleWithAliases() {
	x := normalize.New(normalize.WithAliases("Liberal Democrats", "Lib Dems", "Democrats"))
	fmt.Println(x.NameKey("Democrats") == x.NameKey("Lib Dems"))
	fmt.Println(x.NameKey("Democrats") == x.NameKey("Democratic Party"))
	fmt.Println(normalize.NameKey("Democrats") == normalize.NameKey("Democratic Party"))
	fmt.Println(x.NameKey("UN") == x.NameKey("United Nations")) // the rest of the table stays
	// Output:
	// true
	// false
	// true
	// true
}
