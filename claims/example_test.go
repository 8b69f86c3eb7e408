package claims_test

import (
	"context"
	"fmt"
	"log"

	"github.com/claimdiff/claimdiff/claims"
)

func ExampleCompare() {
	docs := []claims.Document{
		{Name: "wire", Text: "About 2,500 US troops are stationed in Iraq, officials said.\nTalks began on Saturday."},
		{Name: "daily", Text: "Some 3,000 US troops are stationed in Iraq, officials said."},
	}
	report, err := claims.Compare(docs)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range report.Clusters {
		fmt.Println("claim", c.ID, "in", c.Sources)
		for _, d := range c.Divergences {
			fmt.Println(d)
		}
	}
	for _, u := range report.Unique {
		fmt.Printf("only %s: %s\n", u.Source, u.Text)
	}
	// Output:
	// claim 1 in [daily wire]
	// number: daily "Some 3,000" vs wire "About 2,500"
	// only wire: Talks began on Saturday.
}

func ExampleCompareContext() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // a caller that gave up: Compare stops and reports why
	_, err := claims.CompareContext(ctx, []claims.Document{{Name: "wire", Text: "Talks began."}})
	fmt.Println(err)
	// Output:
	// context canceled
}

func ExampleSplit() {
	doc := claims.Document{Name: "wire", Text: "Talks began Jan. 27 in Baghdad. About 2,500 U.S. troops remain.\nRead more:\n"}
	for _, s := range claims.Split(doc) {
		fmt.Printf("%d [%d,%d) furniture=%v %q\n", s.Index, s.Start, s.End, s.Furniture, s.Text)
	}
	// Output:
	// 0 [0,31) furniture=false "Talks began Jan. 27 in Baghdad."
	// 1 [32,63) furniture=false "About 2,500 U.S. troops remain."
	// 2 [64,74) furniture=true "Read more:"
}

func ExampleMatch() {
	m := claims.Match("The coalition has about 2,500 US troops in Iraq.", "The coalition has approximately 2,500 US troops in Iraq.")
	fmt.Println(m.Same, len(m.Divergences))

	m = claims.Match("The talks began on January 27.", "The talks began on January 29.")
	fmt.Println(m.Same, m.Divergences[0])
	// Output:
	// true 0
	// true date: "January 27" vs "January 29"
}

func ExampleNewCorpus() {
	corpus := claims.NewCorpus()
	ctx := context.Background()
	// Documents arrive over time; each Add prepares only the new ones.
	if err := corpus.Add(ctx, claims.Document{Name: "wire", Text: "About 2,500 US troops are stationed in Iraq."}); err != nil {
		log.Fatal(err)
	}
	if err := corpus.Add(ctx, claims.Document{Name: "daily", Text: "Approximately 2,500 US troops are stationed in Iraq."}); err != nil {
		log.Fatal(err)
	}
	report, err := corpus.Report(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(report.Clusters), report.Clusters[0].Sources, report.Clusters[0].Agreeing)
	// Output:
	// 1 [daily wire] [daily wire]
}

func ExampleWithProgress() {
	stages := map[claims.Stage]bool{}
	_, err := claims.Compare([]claims.Document{{Name: "wire", Text: "Talks began. Troops stay."}},
		claims.WithProgress(func(p claims.Progress) { stages[p.Stage] = p.Done == p.Total }))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(stages[claims.StagePrepare], stages[claims.StageWeigh])
	// Output:
	// true true
}
