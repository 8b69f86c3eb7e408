package claims_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

// TestCacheSameReports: comparisons sharing a Cache, run at once, report
// exactly what each reports alone, when their documents repeat sentences
// and are published on the same day, on another or on none (relative
// dates are read against the day).
func TestCacheSameReports(t *testing.T) {
	sample := claimdiff.Sample()
	day := time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC)
	stock := "The dam failed yesterday, officials said on Monday. Residents were evacuated last night."
	var groups [][]claims.Document
	for g := range 6 {
		var docs []claims.Document
		for i, d := range sample {
			d.Text += "\n" + stock
			switch g % 3 {
			case 1:
				d.Published = day
			case 2:
				d.Published = day.AddDate(0, 0, i%2)
			}
			docs = append(docs, d)
		}
		groups = append(groups, docs[g%2:]) // groups of different sizes share sentences
	}
	report := func(docs []claims.Document, opts ...claims.Option) string {
		r, err := claims.CompareContext(context.Background(), docs, opts...)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.MarshalIndent(r, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := make([]string, len(groups))
	for i, docs := range groups {
		want[i] = report(docs)
	}
	cache := claims.NewCache()
	for round := range 2 { // the second round finds every text kept
		got := make([]string, len(groups))
		var wg sync.WaitGroup
		for i, docs := range groups {
			wg.Go(func() { got[i] = report(docs, claims.WithCache(cache)) })
		}
		wg.Wait()
		for i := range groups {
			if diff := cmp.Diff(want[i], got[i]); diff != "" {
				t.Errorf("round %d, group %d: with a cache (-without +with):\n%s", round, i, diff)
			}
		}
	}
}

func ExampleWithCache() {
	// Two stories of one feed that share a stock sentence: it is prepared
	// once for both.
	cache := claims.NewCache()
	stock := "The company did not respond to a request for comment."
	stories := [][]claims.Document{
		{{Name: "wire", Text: "Acme cut 300 jobs. " + stock}, {Name: "daily", Text: "Acme cut 350 jobs. " + stock}},
		{{Name: "wire", Text: "Bolt opened a plant. " + stock}, {Name: "daily", Text: "Bolt opened a new plant. " + stock}},
	}
	for _, docs := range stories {
		r, err := claims.Compare(docs, claims.WithCache(cache))
		if err != nil {
			log.Fatal(err)
		}
		for _, c := range r.Clusters {
			fmt.Println(c.Claims[0].Text, len(c.Divergences), "divergence(s)")
		}
	}
	// Output:
	// Acme cut 350 jobs. 1 divergence(s)
	// The company did not respond to a request for comment. 0 divergence(s)
	// Bolt opened a new plant. 0 divergence(s)
	// The company did not respond to a request for comment. 0 divergence(s)
}
