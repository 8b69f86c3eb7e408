package claimdiff_test

import (
	"fmt"
	"log"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
)

func ExampleSample() {
	docs := claimdiff.Sample()
	report, err := claims.Compare(docs)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(docs), "articles")
	// The widest claim: the troop count, stated by three outlets.
	c := report.Clusters[0]
	fmt.Println(len(c.Sources), "sources,", len(c.Divergences), "divergences")
	// Output:
	// 5 articles
	// 3 sources, 0 divergences
}
