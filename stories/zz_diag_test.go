package stories

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/records"
)

func TestZZDiag(t *testing.T) {
	path := os.Getenv("DIAG")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	docs, err := records.Read(bytes.NewReader(data), path, 0)
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, l := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var r struct{ Event string }
		json.Unmarshal(l, &r)
		events = append(events, r.Event)
	}
	n := len(docs)
	df := map[string]int{}
	terms := make([][]Term, n)
	for i, d := range docs {
		terms[i] = Terms(d)
		for _, x := range terms[i] {
			df[x.Text]++
		}
	}
	p := DefaultParams
	prof := make([]Profile, n)
	for i, d := range docs {
		for j := range terms[i] {
			terms[i][j].DF = df[terms[i][j].Text]
		}
		prof[i] = NewProfile(ID(d), d.Published, terms[i], n, p)
	}
	byKey := map[string][]int{}
	for i, pr := range prof {
		for _, k := range pr.Keys {
			byKey[k] = append(byKey[k], i)
		}
	}
	type bad struct {
		a, b int
		sim  float64
	}
	var bads []bad
	good := 0
	for k, list := range byKey {
		for x, a := range list {
			for _, b := range list[x+1:] {
				if FirstSharedKey(prof[a], prof[b]) == k && Linked(prof[a], prof[b], p) {
					if events[a] != events[b] {
						bads = append(bads, bad{a, b, Similarity(prof[a], prof[b])})
					} else {
						good++
					}
				}
			}
		}
	}
	sort.Slice(bads, func(i, j int) bool { return bads[i].sim > bads[j].sim })
	fmt.Println("good links", good, "bad links", len(bads))
	for _, x := range bads[:min(25, len(bads))] {
		a, b := prof[x.a], prof[x.b]
		fmt.Printf("BAD %s %s sim=%.3f keys=%d | %s | %s\n", events[x.a], events[x.b], x.sim, sharedKeys(a, b), docs[x.a].Title, docs[x.b].Title)
		for i, t := range a.Terms {
			for j, u := range b.Terms {
				if t == u {
					fmt.Printf("     %-30s df=%d %.2f %.2f\n", t, df[t], a.Weights[i], b.Weights[j])
				}
			}
		}
		fmt.Printf("     norms %.2f %.2f nterms %d %d\n", a.Norm, b.Norm, len(a.Terms), len(b.Terms))
	}
	_ = claims.Document{}
}
