package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCompareDissentStaysGrouped: a source that names another person in a
// role, and a source that states in short a claim another states with more
// detail, are grouped with the others and their divergences flagged. An
// invented story of three outlets.
func TestCompareDissentStaysGrouped(t *testing.T) {
	docs := []Document{
		{Name: "wire", Text: "Ferry crews on the Orrin islands walked out on Monday in a dispute over rotas. " +
			"Talks resumed on Friday under mediator Ines Varga, the company said. " +
			"Ferries were not running, a harbour official said. " +
			"The company has offered a 3 percent pay rise."},
		{Name: "daily", Text: "Ferry crews on the Orrin islands walked out on Monday over rotas. " +
			"Talks resumed on Friday, with mediator Tomas Reed in the chair. " +
			"Ferries were running between the islands on a reduced timetable, with the first sailing at noon, a harbour official said. " +
			"The company has offered crews a 3 percent pay rise."},
		{Name: "gazette", Text: "Ferry crews on the Orrin islands walked out on Monday in a dispute over rotas. " +
			"Talks resumed on Friday under mediator Ines Varga."},
	}
	r, err := Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	// For each claim below, the sources of its cluster and the divergences
	// flagged there.
	type found struct {
		Sources     []string
		Divergences []string
	}
	got := map[string]found{}
	for _, claim := range []string{"mediator", "Ferries were"} {
		for _, c := range r.Clusters {
			if slices.ContainsFunc(c.Claims, func(cl Claim) bool { return strings.Contains(cl.Text, claim) }) {
				f := found{Sources: c.Sources}
				for _, d := range c.Divergences {
					f.Divergences = append(f.Divergences, d.String())
				}
				got[claim] = f
			}
		}
	}
	want := map[string]found{
		"mediator": {[]string{"daily", "gazette", "wire"}, []string{
			`entity: daily "Tomas Reed" vs gazette "Ines Varga"`,
			`entity: daily "Tomas Reed" vs wire "Ines Varga"`,
		}},
		"Ferries were": {[]string{"daily", "wire"}, []string{`negation: daily "running" vs wire "not running"`}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("clusters (-want +got):\n%s", diff)
	}
}
