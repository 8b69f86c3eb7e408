package claims_test

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/normalize"
)

// factStory is a claim told by several outlets in their own words, of which
// one states another value of one fact.
type factStory struct {
	kind            normalize.Kind
	marker          string   // a word of the claim no filler has
	wordings        []string // the claim, %s where the value goes
	agreeingValues  []string // ways of writing the agreed value, one per outlet in turn
	dissentingValue string
}

var factStories = []factStory{
	{kind: normalize.KindNumber, marker: "Hollis",
		wordings: []string{
			"About %s workers were evacuated from the Hollis chemical plant on Tuesday, officials said.",
			"Officials said %s workers were evacuated from the Hollis chemical plant on Tuesday.",
			"The Hollis chemical plant evacuated %s workers on Tuesday, according to officials.",
			"On Tuesday %s workers were evacuated from the Hollis chemical plant.",
		},
		agreeingValues: []string{"450", "about 450", "some 450", "roughly 450", "450"}, dissentingValue: "600"},
	{kind: normalize.KindDate, marker: "Alder",
		wordings: []string{
			"The Alder Creek dam was last inspected %s, state records show.",
			"State records show the Alder Creek dam was last inspected %s.",
			"The Alder Creek dam had last been inspected %s, according to state records.",
		},
		agreeingValues: []string{"in 2019", "in 2019", "in 2019", "in 2019", "in 2019"}, dissentingValue: "in 2021"},
	{kind: normalize.KindEntity, marker: "Harbor",
		wordings: []string{
			"Mayor %s announced on Monday that the Harbor Street bridge would close for repairs.",
			"The Harbor Street bridge will close for repairs, Mayor %s announced on Monday.",
			"On Monday Mayor %s announced that the Harbor Street bridge would close for repairs.",
		},
		agreeingValues: []string{"Ana Ruiz", "Ruiz", "Ana Ruiz", "Ruiz", "Ana Ruiz"}, dissentingValue: "Tom Bellamy"},
	{kind: normalize.KindNegation, marker: "Pike",
		wordings: []string{
			"Investigators %s the cause of the warehouse fire on Pike Road.",
			"The cause of the warehouse fire on Pike Road %s by investigators.",
		},
		agreeingValues:  []string{"have confirmed", "have confirmed", "have confirmed", "have confirmed", "have confirmed"},
		dissentingValue: "have not confirmed"},
}

// fillers are unrelated claims, a few per outlet, so that each article
// holds more than the claim under test.
var fillers = []string{
	"The city council will meet again next month to discuss the budget.",
	"Schools in the district reopened after the winter break.",
	"A new library branch opened on the east side last spring.",
	"The regional airport reported record passenger numbers in August.",
	"Farmers in the valley expect a late harvest this year.",
	"The museum's new wing drew large crowds over the holiday weekend.",
	"Bus fares will rise at the start of the next fiscal year.",
	"The football club signed a new coach in the off season.",
	"Volunteers planted trees along the river path on Saturday.",
	"The hospital added twenty beds to its emergency department.",
	"A jazz festival is planned for the town square in July.",
	"Road works on the northern bypass are running ahead of schedule.",
}

// storyDocs returns a story of outlets that agree on the claim, but the
// first, which states the dissenting value; each article has two fillers.
func storyDocs(fs factStory, outlets int, rng *rand.Rand) []claims.Document {
	var docs []claims.Document
	for i := range outlets {
		value := fs.agreeingValues[i%len(fs.agreeingValues)]
		if i == 0 {
			value = fs.dissentingValue
		}
		claim := fmt.Sprintf(fs.wordings[i%len(fs.wordings)], value)
		claim = strings.ToUpper(claim[:1]) + claim[1:]
		f := rng.Perm(len(fillers))
		text := fillers[f[0]] + "\n" + claim + "\n" + fillers[f[1]] + "\n"
		docs = append(docs, claims.Document{Name: fmt.Sprintf("outlet%d", i), Text: text})
	}
	return docs
}

// claimCluster returns the cluster holding the story's claim of outlet, or
// nil.
func claimCluster(r *claims.Report, outlet string, fs factStory) *claims.Cluster {
	for i, c := range r.Clusters {
		for _, cl := range c.Claims {
			if cl.Source == outlet && strings.Contains(cl.Text, fs.marker) {
				return &r.Clusters[i]
			}
		}
	}
	return nil
}

// TestDissenterNeverHidden is the property grouping is built on, over
// generated stories of each kind of fact: one outlet states another value
// than 1 to 4 agreeing outlets. The dissenter's claim is grouped with every
// agreeing outlet and flagged with a divergence of the fact's kind; no two
// agreeing outlets diverge on it; and adding one more agreeing outlet never
// removes a member or a divergence from the group.
func TestDissenterNeverHidden(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, fs := range factStories {
		t.Run(string(fs.kind), func(t *testing.T) {
			var prev *claims.Cluster
			all := storyDocs(fs, 5, rng)
			for outlets := 2; outlets <= 5; outlets++ {
				docs := all[:outlets]
				r, err := claims.Compare(docs)
				if err != nil {
					t.Fatal(err)
				}
				c := claimCluster(r, "outlet0", fs)
				if c == nil {
					t.Fatalf("%d outlets: the dissenter's claim is in no cluster", outlets)
				}
				for _, d := range docs {
					if !slices.Contains(c.Sources, d.Name) {
						t.Errorf("%d outlets: %s is not grouped with the dissenter: %v", outlets, d.Name, c.Claims)
					}
				}
				flagged := false
				for _, d := range c.Divergences {
					if d.Kind != fs.kind {
						continue
					}
					if d.A.Source == "outlet0" || d.B.Source == "outlet0" {
						flagged = true
					} else {
						t.Errorf("%d outlets: agreeing outlets diverge: %v", outlets, d)
					}
				}
				if !flagged {
					t.Errorf("%d outlets: no %s divergence against the dissenter: %v", outlets, fs.kind, c.Divergences)
				}
				if prev != nil {
					for _, cl := range prev.Claims {
						if !slices.Contains(c.Claims, cl) {
							t.Errorf("%d outlets: adding an agreeing outlet removed %s %q from the group", outlets, cl.Source, cl.Text)
						}
					}
					for _, d := range prev.Divergences {
						if !slices.Contains(c.Divergences, d) {
							t.Errorf("%d outlets: adding an agreeing outlet removed the divergence %v", outlets, d)
						}
					}
				}
				prev = c
			}
		})
	}
}

// TestMatchAndCompareAgree: a pair of sentences that Match calls the same
// claim is grouped by Compare, with a third source present, as long as
// neither has a better partner (each source here states one sentence).
func TestMatchAndCompareAgree(t *testing.T) {
	pairs := shareddata.MRPC(t)
	checked := 0
	for i, p := range pairs[:400] {
		if !claims.Match(p.A, p.B).Same {
			continue
		}
		other := pairs[(i+200)%len(pairs)]
		docs := []claims.Document{{Name: "a", Text: p.A}, {Name: "b", Text: p.B}, {Name: "c", Text: other.A + "\n" + other.B}}
		r, err := claims.Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		grouped := false
		for _, c := range r.Clusters {
			if slices.Contains(c.Sources, "a") && slices.Contains(c.Sources, "b") {
				grouped = true
			}
		}
		if !grouped {
			t.Errorf("Match calls the pair the same claim, Compare does not group it:\n  %s\n  %s", p.A, p.B)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d pairs Match calls the same", checked)
	}
}
