package render_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/cmd/claimdiff/internal/render"
	"github.com/claimdiff/claimdiff/normalize"
)

// report is a two-source report, written by hand as claims.Compare would
// return it for docs.
func report() (*claims.Report, []claims.Document) {
	docs := []claims.Document{
		{Name: "bbc", Text: "About 2,500 US troops are in Iraq. Talks resume."},
		{Name: "cnn", Text: "Some 3,000 US troops are in Iraq."},
	}
	bbc := claims.Claim{Source: "bbc", Sentence: 0, Start: 0, End: 34, Text: "About 2,500 US troops are in Iraq."}
	cnn := claims.Claim{Source: "cnn", Sentence: 0, Start: 0, End: 33, Text: "Some 3,000 US troops are in Iraq."}
	r := &claims.Report{
		Sources: []claims.Source{
			{Name: "bbc", Sentences: 2, Claims: 2, Shared: 1, Unique: 1, SharedWith: map[string]int{"cnn": 1}},
			{Name: "cnn", Sentences: 1, Claims: 1, Shared: 1, SharedWith: map[string]int{"bbc": 1}},
		},
		Clusters: []claims.Cluster{{ID: 1, Sources: []string{"bbc", "cnn"}, Claims: []claims.Claim{bbc, cnn},
			Facts: []claims.Fact{{Kind: normalize.KindNumber, About: "us troops", Status: claims.StatusDiverge, Values: []claims.Value{
				{Value: "About 2,500", Sources: []string{"bbc"}, Sides: []claims.Side{{Source: "bbc", Sentence: 0, Value: "About 2,500", Start: 0, End: 11}}},
				{Value: "Some 3,000", Sources: []string{"cnn"}, Sides: []claims.Side{{Source: "cnn", Sentence: 0, Value: "Some 3,000", Start: 0, End: 10}}},
			}}},
			Divergences: []claims.Divergence{{Kind: normalize.KindNumber,
				A: claims.Side{Source: "bbc", Sentence: 0, Value: "2,500", Start: 6, End: 11},
				B: claims.Side{Source: "cnn", Sentence: 0, Value: "3,000", Start: 5, End: 10}}},
			Agreeing: []string{}, Diverging: []string{"bbc", "cnn"}}},
		Unique: []claims.Claim{{Source: "bbc", Sentence: 1, Start: 35, End: 48, Text: "Talks resume."}},
	}
	return r, docs
}

func ExampleText() {
	r, _ := report()
	render.Text(os.Stdout, r)
	// Output:
	// claimdiff compared 2 sources: 3 claims, 0 lines set aside as site furniture.
	// 1 claim group shared by two or more sources, 1 group with a divergence.
	//
	// SOURCES  (last columns: how many claim groups two sources share)
	//   source        sentences  furniture  shared  unique  bbc  cnn
	//   bbc                   2          0       1       1    -    1
	//   cnn                   1          0       1       0    1    -
	//
	// SHARED CLAIMS: the same claim in several sources
	// (facts: ! values that cannot be the same, = the same value, ~ compatible values worded apart)
	//
	// #1  bbc, cnn diverge · 1 diverging fact
	//     bbc [0] About 2,500 US troops are in Iraq.
	//     cnn [0] Some 3,000 US troops are in Iraq.
	//     ! us troops: About 2,500 (bbc), Some 3,000 (cnn)
	//
	// UNIQUE CLAIMS: made by one source only (1)
	//   bbc
	//     [1] Talks resume.
}

func ExampleMarkdown() {
	r, _ := report()
	var b strings.Builder
	render.Markdown(&b, r)
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, ">") {
			fmt.Println(line)
		}
	}
	// Output:
	// # claimdiff report
	// ## Sources
	// ## Shared claims
	// ### Claim 1: bbc, cnn diverge · 1 diverging fact
	// > **diverge**: us troops: About 2,500 (bbc), Some 3,000 (cnn)
	// ## Unique claims
}

func ExampleHTML() {
	r, docs := report()
	var b strings.Builder
	if err := render.HTML(&b, r, docs); err != nil {
		fmt.Println(err)
		return
	}
	page := b.String()
	fmt.Println("columns:", strings.Count(page, `<section class="column"`))
	fmt.Println("marked:", strings.Contains(page, `<mark class="div number" title="number: “2,500” here; cnn [0] says “3,000”">2,500</mark>`))
	// Output:
	// columns: 2
	// marked: true
}
