package claims_test

import (
	"context"
	"errors"
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

// A batch is added whole or not at all: a name already in the corpus
// refuses the batch, and the other documents of it are not added either.
func ExampleCorpus_Add() {
	corpus := claims.NewCorpus()
	ctx := context.Background()
	if err := corpus.Add(ctx, claims.Document{Name: "wire", Text: "The bridge will reopen in May, the council said."}); err != nil {
		log.Fatal(err)
	}
	err := corpus.Add(ctx,
		claims.Document{Name: "herald", Text: "The council said the bridge would reopen in May."},
		claims.Document{Name: "wire", Text: "The bridge will reopen in June."})
	fmt.Println(err)
	fmt.Println(errors.Is(err, claims.ErrDuplicateName))
	report, err := corpus.Report(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range report.Sources {
		fmt.Println(s.Name, s.Claims)
	}
	// Output:
	// claims: source "wire": two documents share a name
	// true
	// wire 1
}

// The report can be asked for at any time: here after each document, as
// a second and a third outlet report the story.
func ExampleCorpus_Report() {
	corpus := claims.NewCorpus()
	ctx := context.Background()
	for _, d := range []claims.Document{
		{Name: "wire", Text: "About 3,500 residents fled when the Alder Creek dam failed on Saturday."},
		{Name: "herald", Text: "Some 3,500 residents fled when the Alder Creek dam failed on Saturday."},
		{Name: "courier", Text: "About 2,000 residents fled when the Alder Creek dam failed on Saturday."},
	} {
		if err := corpus.Add(ctx, d); err != nil {
			log.Fatal(err)
		}
		report, err := corpus.Report(ctx)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d sources, %d clusters, %d unique\n", len(report.Sources), len(report.Clusters), len(report.Unique))
		for _, c := range report.Clusters {
			for _, d := range c.Divergences {
				fmt.Println(" ", d)
			}
		}
	}
	// Output:
	// 1 sources, 0 clusters, 1 unique
	// 2 sources, 1 clusters, 0 unique
	// 3 sources, 1 clusters, 0 unique
	//   number: courier "About 2,000" vs herald "Some 3,500"
	//   number: courier "About 2,000" vs wire "About 3,500"
}
