package normalize_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/normalize"
)

func ExampleFacts_Masked() {
	fmt.Println(normalize.Extract("Some 2,000 residents were evacuated on Saturday.").Masked())
	fmt.Println(normalize.Extract("About 3,500 residents were evacuated on Sunday.").Masked())
	// Output:
	// residents were evacuated on .
	// residents were evacuated on .
}

func ExampleFacts_Anchors() {
	for _, a := range normalize.Extract("About 2,500 US troops and 15% of the budget.").Anchors() {
		fmt.Println(a.Key, a.Precise)
	}
	// Output: number:troop true
}

func ExampleFacts_PairKeys() {
	fmt.Printf("%q\n", normalize.Extract("The army did not attack 40 villages in 2014.").PairKeys())
	// Output: ["\x01attack" "number:0:village" "date:year"]
}

func ExampleAgrees() {
	a := normalize.Of[normalize.Number](normalize.Extract("nearly 40 people"))[0]
	b := normalize.Of[normalize.Number](normalize.Extract("38 people"))[0]
	c := normalize.Of[normalize.Number](normalize.Extract("42 people"))[0]
	fmt.Println(normalize.Agrees(a, b), normalize.Agrees(a, c))
	// Output: true false
}

func ExampleAbout() {
	n := normalize.Of[normalize.Number](normalize.Extract("About 2,500 US troops remain."))[0]
	fmt.Println(normalize.About(n))
	// Output: us troops
}

func ExampleCanonicalValue() {
	s := "Approximately 2,500 troops left on Jan. 27, 2024."
	for _, f := range normalize.Extract(s).All {
		fmt.Println(normalize.CanonicalValue(f, s))
	}
	// Output:
	// about 2500
	// january 27 2024
}

func ExampleIsValue() {
	fmt.Println(normalize.IsValue(normalize.KindNumber), normalize.IsValue(normalize.KindEntity))
	// Output: true false
}

func ExampleUnpaired() {
	a := normalize.Extract("Officials said 40 people died in 2014.")
	b := normalize.Extract("Officials said people died.")
	fmt.Println(normalize.Unpaired(a, b, normalize.Compare(a, b)))
	// Output: 2
}

func ExampleWords() {
	s := "About 2,500 U.S. troops stay."
	for w := range normalize.Words(s) {
		fmt.Printf("%q ", s[w.Start:w.End])
	}
	fmt.Println()
	// Output: "About" "2,500" "U" "S" "troops" "stay"
}

func ExampleHasWords() {
	fmt.Println(normalize.HasWords("the second reading", "reading"), normalize.HasWords("the second reading", "read"))
	// Output: true false
}

func ExampleIsNumberWord() {
	fmt.Println(normalize.IsNumberWord("twelve"), normalize.IsNumberWord("dozens"), normalize.IsNumberWord("troops"))
	// Output: true true false
}

func ExampleIsStopWord() {
	fmt.Println(normalize.IsStopWord("said"), normalize.IsStopWord("troops"))
	// Output: true false
}

func ExampleDefault() {
	fmt.Println(normalize.Default().NameKey("ISIS") == normalize.NameKey("ISIS"))
	// Output: true
}
