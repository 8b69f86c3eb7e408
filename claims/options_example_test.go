package claims_test

import (
	"fmt"
	"log"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/similarity"
)

func ExampleWithThreshold() {
	a, b := "Troops will stay in Iraq until the talks end.", "Troops will remain in Iraq while talks go on."
	loose := claims.Match(a, b, claims.WithThreshold(0.2))
	strict := claims.Match(a, b, claims.WithThreshold(0.95))
	fmt.Println(loose.Same, strict.Same)
	// Output: true false
}

func ExampleWithScorer() {
	// A scorer of one's own: here strutil's Sorensen-Dice of the masked
	// forms, deciding at 0.6.
	dice := scorerFunc(func(a, b *similarity.Text) float64 { return similarity.Dice(a.Masked, b.Masked) })
	m := claims.Match("The talks began on Monday.", "The talks began on Tuesday.", claims.WithScorer(dice, 0.6))
	fmt.Println(m.Same, m.Divergences[0].Kind)
	// Output: true date
}

type scorerFunc func(a, b *similarity.Text) float64

func (f scorerFunc) Score(a, b *similarity.Text) float64 { return f(a, b) }

func ExampleWithAliases() {
	a := "A spokesman for Hamas said on Monday that the hostages would be freed."
	b := "A spokesman for the Islamic Resistance Movement said on Monday that the hostages would be freed."
	fmt.Println(claims.Match(a, b).Divergences)
	fmt.Println(claims.Match(a, b, claims.WithAliases("Hamas", "Islamic Resistance Movement")).Divergences)
	// Output:
	// [entity: "Hamas" vs "Islamic Resistance Movement"]
	// []
}

func ExampleWithHardWrap() {
	// A line that stops mid-sentence and a next one in lower case read as
	// one sentence either way; short lines broken at a fixed width do not.
	doc := claims.Document{Name: "memo", Text: "Talks began on\nMonday. Troops\nstay.\n"}
	fmt.Println(len(claims.Split(doc)), len(claims.Split(doc, claims.WithHardWrap())))
	// Output: 3 2
}

func ExampleWithMaxBytes() {
	_, err := claims.Compare([]claims.Document{{Name: "wire", Text: "Talks began on Monday in Baghdad."}}, claims.WithMaxBytes(10))
	fmt.Println(err)
	// Output: claims: source "wire": 33 bytes: document is larger than the limit (10 bytes; see WithMaxBytes)
}

func ExampleDefaultScorer() {
	s := claims.DefaultScorer()
	t := similarity.PrepareAll([]string{"About 2,500 US troops are in Iraq.", "Some 3,000 US troops are in Iraq."})
	fmt.Println(s.Score(t[0], t[1]) >= similarity.DefaultThreshold) // the figures are set aside: one claim
	// Output: true
}

func ExampleDivergence_String() {
	r, err := claims.Compare([]claims.Document{
		{Name: "wire", Text: "The dam was last inspected in 2019, state records show."},
		{Name: "daily", Text: "The dam was last inspected in 2021, state records show."},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Clusters[0].Divergences[0])
	// Output: date: daily "2021" vs wire "2019"
}

func ExampleCluster_facts() {
	r, err := claims.Compare([]claims.Document{
		{Name: "wire", Text: "About 450 workers were evacuated from the plant on Tuesday, officials said."},
		{Name: "daily", Text: "Officials said 450 workers were evacuated from the plant on Tuesday."},
		{Name: "gazette", Text: "On Tuesday 600 workers were evacuated from the plant."},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range r.Clusters[0].Facts {
		fmt.Print(f.Kind, " ", f.About, ": ", f.Status)
		for _, v := range f.Values {
			fmt.Print(" | ", v.Value, " ", v.Sources)
		}
		fmt.Println()
	}
	// Output:
	// number workers: diverge | 450 [daily] | 600 [gazette] | About 450 [wire]
	// date : agree | Tuesday [daily gazette wire]
}
