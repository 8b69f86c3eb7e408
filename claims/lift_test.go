package claims_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

// sameCluster reports whether the claims of r that contain a (in source
// sa) and b (in source sb) share a cluster; false if either is not found.
func sameCluster(r *claims.Report, sa, a, sb, b string) bool {
	for _, c := range r.Clusters {
		var hasA, hasB bool
		for _, cl := range c.Claims {
			hasA = hasA || cl.Source == sa && strings.Contains(cl.Text, a)
			hasB = hasB || cl.Source == sb && strings.Contains(cl.Text, b)
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}

// liftCase is an invented story in which two outlets state a figure (an
// anchor: see similarity.Anchored), and the pairs of claims that state one
// claim (together) or two (apart).
type liftCase struct {
	name     string
	docs     []claims.Document
	together [][4]string // source, words of a claim, source, words of another
	apart    [][4]string
}

// liftCases are the cases of TestFigureLifts. The faults: a figure that
// several claims of one outlet state (the price of a deal, a count of
// people) joins another outlet's claim with the wrong one of them, or
// joins them with each other as if the outlet repeated one claim. The
// keeps: claims worded differently that state one fact with one figure.
var liftCases = []liftCase{
	{
		name: "a price in a sale and in its consequence",
		docs: []claims.Document{
			{Name: "gazette", Text: "Halvard Foods has agreed to buy the Dunmore dairy for $40m. Sixty workers will lose their jobs under the $40m sale, the union said."},
			{Name: "wire", Text: "The Dunmore dairy is being sold to Halvard Foods for $40 million."},
		},
		together: [][4]string{{"gazette", "agreed to buy", "wire", "being sold"}},
		apart:    [][4]string{{"gazette", "Sixty workers", "wire", "being sold"}, {"gazette", "Sixty workers", "gazette", "agreed to buy"}},
	},
	{
		name: "a count of people evacuated and allowed home",
		docs: []claims.Document{
			{Name: "gazette", Text: "About 1,200 residents were evacuated from Port Alder on Friday as the river rose. The 1,200 residents will not be allowed home before Monday, the mayor said."},
			{Name: "wire", Text: "Police moved some 1,200 residents out of Port Alder on Friday."},
		},
		together: [][4]string{{"gazette", "were evacuated", "wire", "Police moved"}},
		apart:    [][4]string{{"gazette", "allowed home", "wire", "Police moved"}, {"gazette", "allowed home", "gazette", "were evacuated"}},
	},
	{
		name: "a headline of two claims with the deal's price",
		docs: []claims.Document{
			{Name: "gazette", Text: "Orrin Mills has agreed to sell its Tarn Valley paper mill to Kestrel Pulp for $75m in cash.\nThe mill's 400 staff were told on Thursday that the night shift will end in June, as the $75m deal cuts costs."},
			{Name: "wire", Text: "Kestrel Pulp will buy Orrin Mills' Tarn Valley paper mill for $75 million in cash."},
		},
		together: [][4]string{{"gazette", "agreed to sell", "wire", "will buy"}},
		apart:    [][4]string{{"gazette", "night shift", "wire", "will buy"}},
	},
	{
		name: "a budget figure and what it is spent on",
		docs: []claims.Document{
			{Name: "gazette", Text: "The council approved a budget of $12m for the Lisbury bridge on Tuesday. Opponents said the $12m would be better spent on repairing the town's schools."},
			{Name: "wire", Text: "Lisbury councillors voted on Tuesday to spend $12 million on the new bridge."},
		},
		together: [][4]string{{"gazette", "approved a budget", "wire", "voted on Tuesday"}},
		apart:    [][4]string{{"gazette", "Opponents said", "wire", "voted on Tuesday"}},
	},
	{
		name: "a count stated alike in other words",
		docs: []claims.Document{
			{Name: "gazette", Text: "About 1,400 nurses walked off the job at Calloway General on Monday."},
			{Name: "wire", Text: "Around 1,400 nurses downed tools, the union said."},
		},
		together: [][4]string{{"gazette", "walked off", "wire", "downed tools"}},
	},
	{
		name: "two sentences with one price, each with its counterpart",
		docs: []claims.Document{
			{Name: "gazette", Text: "Halvard Foods has agreed to buy the Dunmore dairy for $40m. The $40m deal still needs the approval of the competition regulator."},
			{Name: "wire", Text: "Halvard Foods will pay $40 million for the Dunmore dairy. The competition regulator must still approve the $40 million deal."},
		},
		together: [][4]string{{"gazette", "agreed to buy", "wire", "will pay"}, {"gazette", "still needs", "wire", "must still approve"}},
		apart:    [][4]string{{"gazette", "agreed to buy", "gazette", "still needs"}},
	},
	{
		name: "a price stated once by each, in few shared words",
		docs: []claims.Document{
			{Name: "gazette", Text: "Kestrel Pulp is paying $75m for the Tarn Valley mill."},
			{Name: "wire", Text: "The Tarn Valley mill changes hands in a $75 million deal."},
		},
		together: [][4]string{{"gazette", "is paying", "wire", "changes hands"}},
	},
	{
		name: "a count of rescued people in other words",
		docs: []claims.Document{
			{Name: "gazette", Text: "Coastguards rescued 63 people from the sinking ferry off Carrow Point."},
			{Name: "wire", Text: "Sixty-three survivors were pulled from the water off Carrow Point."},
		},
		together: [][4]string{{"gazette", "Coastguards rescued", "wire", "Sixty-three survivors"}},
	},
	{
		name: "an outlet repeats its figure in the same words",
		docs: []claims.Document{
			{Name: "gazette", Text: "Halvard Foods has agreed to buy the Dunmore dairy for $40m. Halvard Foods has agreed to buy the dairy in Dunmore for $40m, its chief executive confirmed."},
			{Name: "wire", Text: "The Dunmore dairy is being sold to Halvard Foods for $40 million."},
		},
		together: [][4]string{{"gazette", "buy the Dunmore dairy", "wire", "being sold"}, {"gazette", "buy the Dunmore dairy", "gazette", "buy the dairy in Dunmore"}},
	},
}

// TestFigureLifts checks, on invented stories, that a figure two claims
// share joins them only when it tells which claim of each outlet states
// it (see keptEdges).
func TestFigureLifts(t *testing.T) {
	for _, tt := range liftCases {
		t.Run(tt.name, func(t *testing.T) {
			r, err := claims.Compare(tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			type pair struct {
				Pair     [4]string
				Together bool
			}
			var want, got []pair
			for _, p := range tt.together {
				want = append(want, pair{p, true})
				got = append(got, pair{p, sameCluster(r, p[0], p[1], p[2], p[3])})
			}
			for _, p := range tt.apart {
				want = append(want, pair{p, false})
				got = append(got, pair{p, sameCluster(r, p[0], p[1], p[2], p[3])})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("pairs mismatch (-want +got):\n%s\nclusters: %q", diff, clusterTexts(r))
			}
		})
	}
}
