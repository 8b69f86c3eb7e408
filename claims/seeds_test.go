package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/normalize"
)

// The tests in this file check the bundled sample (five outlets on the
// US–Iraq troop talks) for what a reader expects claimdiff to see in it.
// They locate sentences by what they say, as a reader would; the library
// itself knows nothing of these articles.

// clusterOf returns the cluster holding the claim of source (by name
// prefix) whose text contains substr, or nil.
func clusterOf(r *claims.Report, source, substr string) *claims.Cluster {
	for i, c := range r.Clusters {
		for _, cl := range c.Claims {
			if strings.HasPrefix(cl.Source, source) && strings.Contains(cl.Text, substr) {
				return &r.Clusters[i]
			}
		}
	}
	return nil
}

func sourcesOf(c *claims.Cluster) []string {
	var out []string
	for _, s := range c.Sources {
		out = append(out, s[:3])
	}
	return out
}

func TestSampleTroopCount(t *testing.T) {
	r, err := claims.Compare(claimdiff.Sample())
	if err != nil {
		t.Fatal(err)
	}
	c := clusterOf(r, "002", "2,500 US troops")
	if c == nil {
		t.Fatal("002's 2,500-troops sentence is in no cluster")
	}
	for _, src := range []string{"003", "004"} {
		if clusterOf(r, src, "2,500 US troops") != c {
			t.Errorf("%s's 2,500-troops sentence is not in the cluster of 002's (sources %v)", src, sourcesOf(c))
		}
	}
	for _, d := range c.Divergences {
		if d.Kind == normalize.KindNumber {
			t.Errorf("unedited sample shows a number divergence in the 2,500 cluster: %v", d)
		}
	}
}

func TestSampleFirstRoundOfTalks(t *testing.T) {
	// 002 and 004 both report the first round of talks, each with more
	// around it: one event worded alike.
	r, err := claims.Compare(claimdiff.Sample())
	if err != nil {
		t.Fatal(err)
	}
	c := clusterOf(r, "002", "first round of talks")
	if c == nil || clusterOf(r, "004", "first round of talks") != c {
		t.Fatal("002's and 004's first-round-of-talks sentences do not share a cluster")
	}
	if len(c.Divergences) > 0 {
		t.Errorf("the first-round-of-talks cluster shows divergences: %v", c.Divergences)
	}
}

func TestSampleFuadHusseinEventsApart(t *testing.T) {
	r, err := claims.Compare(claimdiff.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if c := clusterOf(r, "000", "Fuad Hussein"); c != nil && clusterOf(r, "003", "Fuad Hussein") == c {
		t.Errorf("the two Fuad Hussein sentences (different events) share cluster %d", c.ID)
	}
}

func TestSampleFurnitureNeverShared(t *testing.T) {
	docs := claimdiff.Sample()
	furniture := map[[2]int]bool{}
	names := map[string]int{}
	for i, d := range docs {
		names[d.Name] = i
		for _, s := range claims.Split(d) {
			if s.Furniture {
				furniture[[2]int{i, s.Index}] = true
			}
		}
	}
	if len(furniture) == 0 {
		t.Fatal("no furniture found in the sample")
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if furniture[[2]int{names[cl.Source], cl.Sentence}] {
				t.Errorf("furniture line %q is in cluster %d", cl.Text, c.ID)
			}
		}
	}
}

// TestSampleEditedDiverges edits one outlet's troop count and the year the
// coalition was formed: both must show as divergences.
func TestSampleEditedDiverges(t *testing.T) {
	docs := claimdiff.Sample()
	i := slices.IndexFunc(docs, func(d claims.Document) bool { return strings.HasPrefix(d.Name, "004") })
	edited := strings.Replace(docs[i].Text, "about 2,500", "about 3,000", 1)
	edited = strings.Replace(edited, "formed in 2014", "formed in 2015", 1)
	if edited == docs[i].Text {
		t.Fatal("the edit did not apply")
	}
	docs[i].Text = edited
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	c := clusterOf(r, "004", "about 3,000")
	if c == nil {
		t.Fatal("the edited sentence is in no cluster")
	}
	want := map[normalize.Kind][2]string{
		normalize.KindNumber: {"about 3,000", "about 2,500"},
		normalize.KindDate:   {"2015", "2014"},
	}
	for kind, values := range want {
		found := false
		for _, d := range c.Divergences {
			a, b := strings.ToLower(d.A.Value), strings.ToLower(d.B.Value)
			if strings.HasPrefix(d.B.Source, "004") {
				a, b = b, a
			}
			if d.Kind == kind && strings.Contains(a, values[0]) && strings.Contains(b, values[1]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s divergence %q vs %q in cluster %d: %v", kind, values[0], values[1], c.ID, c.Divergences)
		}
	}
}
