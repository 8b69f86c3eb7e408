package claims_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

// clusterTexts returns each cross-outlet cluster of r as "source: claim"
// lines, sorted, clusters sorted.
func clusterTexts(r *claims.Report) [][]string {
	var out [][]string
	for _, c := range r.Clusters {
		if len(c.Sources) < 2 {
			continue
		}
		var lines []string
		for _, cl := range c.Claims {
			lines = append(lines, cl.Source+": "+strings.TrimSpace(cl.Text))
		}
		sort.Strings(lines)
		out = append(out, lines)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], "|") < strings.Join(out[j], "|") })
	return out
}

// groupsCase is an invented story and the cross-outlet groups Compare must
// form of it (see clusterTexts).
type groupsCase struct {
	name string
	docs []claims.Document
	want [][]string
}

// checkGroups compares each case's documents and checks their groups.
func checkGroups(t *testing.T, tests []groupsCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := claims.Compare(tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, clusterTexts(r)); diff != "" {
				t.Errorf("groups mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWrongGroupsSplit holds invented stories, one per kind of wrong
// cross-outlet group that grouping avoids, with the groups it must form.
func TestWrongGroupsSplit(t *testing.T) {
	tests := []groupsCase{
		{
			// Ridge's sentence is split into two claims (the run, the
			// gusts); Valley's states both in one. Valley joins the run,
			// its best match, not the gusts too: the two claims Ridge
			// keeps apart stay apart.
			name: "a claim joins one unit of a sentence",
			docs: []claims.Document{
				{Name: "ridge", Text: "The Tamsin fire forced 3,000 people from their homes near Ashby on Sunday. " +
					"Commander Ola Brandt said the flames had \"made an eleven-mile run in under five hours\" on Saturday night, pushed by gusts of up to 50 miles an hour. " +
					"Crews from four counties joined the fight against the Tamsin fire on Monday."},
				{Name: "valley", Text: "About 3,000 people were forced from their homes near Ashby by the Tamsin fire on Sunday. " +
					"With gusts above 80 km/h, the fire had covered eleven miles in less than five hours, Commander Ola Brandt said. " +
					"Crews from four counties joined the fight against the Tamsin fire on Monday."},
			},
			want: [][]string{
				{"ridge: Crews from four counties joined the fight against the Tamsin fire on Monday.", "valley: Crews from four counties joined the fight against the Tamsin fire on Monday."},
				{"ridge: The Tamsin fire forced 3,000 people from their homes near Ashby on Sunday.", "valley: About 3,000 people were forced from their homes near Ashby by the Tamsin fire on Sunday."},
				{"ridge: made an eleven-mile run in under five hours", "valley: With gusts above 80 km/h, the fire had covered eleven miles in less than five hours"},
			},
		},
		{
			// A few words quoted from a speech ("a war we have to win")
			// share a common word or two with another claim of the story;
			// they align only with a claim that quotes them whole.
			name: "a short quoted passage aligns only with its own words",
			docs: []claims.Document{
				{Name: "herald", Text: "Senator Dana Whitlock said on Monday that the Corvan mission had failed. " +
					"Whitlock called the mission \"a war we have to win\". " +
					"The senator spoke at a fundraiser in Lisbury."},
				{Name: "ledger", Text: "Senator Dana Whitlock said on Monday that the Corvan mission had failed. " +
					"There is no question that the country must win the war against the insurgency, the senator said later. " +
					"The senator spoke at a fundraiser in Lisbury."},
			},
			want: [][]string{
				{"herald: The senator spoke at a fundraiser in Lisbury.", "ledger: The senator spoke at a fundraiser in Lisbury."},
				{"herald: the Corvan mission had failed.", "ledger: the Corvan mission had failed."},
			},
		},
		{
			// The same few words, quoted whole by the other outlet, align.
			name: "a short quoted passage aligns with a claim quoting it whole",
			docs: []claims.Document{
				{Name: "herald", Text: "Senator Dana Whitlock said on Monday that the Corvan mission had failed. " +
					"Whitlock said the country \"will repay that trust\". " +
					"The senator spoke at a fundraiser in Lisbury."},
				{Name: "ledger", Text: "Senator Dana Whitlock said on Monday that the Corvan mission had failed. " +
					"\"Tonight this country chose its future, and it will repay that trust,\" Whitlock told the crowd. " +
					"The senator spoke at a fundraiser in Lisbury."},
			},
			want: [][]string{
				{"herald: The senator spoke at a fundraiser in Lisbury.", "ledger: The senator spoke at a fundraiser in Lisbury."},
				{"herald: the Corvan mission had failed.", "ledger: the Corvan mission had failed."},
				{"herald: will repay that trust", "ledger: Tonight this country chose its future, and it will repay that trust"},
			},
		},
	}
	checkGroups(t, tests)
}

// TestSharedQuoteGroups: two claims that quote one passage, one quoting a
// part of what the other quotes, state one claim however differently
// their sentences go on, and are grouped even where their words score low.
func TestSharedQuoteGroups(t *testing.T) {
	tests := []groupsCase{
		{
			name: "a part of a quote inside a longer sentence",
			docs: []claims.Document{
				{Name: "herald", Text: "The harbour master closed the port to all traffic on Tuesday. " +
					"\"We let the fishermen down, and I am sorry,\" harbour master Lena Brandt told reporters. " +
					"Repairs to the north pier will take six weeks."},
				{Name: "ledger", Text: "The port was closed to all traffic on Tuesday. " +
					"Brandt apologised on Wednesday, saying the authority had \"let the fishermen down\" and adding that no boats had been lost. " +
					"Repairs to the north pier will take six weeks."},
			},
			want: [][]string{
				{"herald: Repairs to the north pier will take six weeks.", "ledger: Repairs to the north pier will take six weeks."},
				{"herald: The harbour master closed the port to all traffic on Tuesday.", "ledger: The port was closed to all traffic on Tuesday."},
				{"herald: We let the fishermen down, and I am sorry", "ledger: Brandt apologised on Wednesday, saying the authority had \"let the fishermen down\" and adding that no boats had been lost."},
			},
		},
		{
			// A sentence inside a quotation of several sentences is quoted
			// though it holds no mark, and one passage may be transcribed
			// with a word more or less ("an honour and a privilege").
			name: "a passage of a quotation of several sentences",
			docs: []claims.Document{
				{Name: "herald", Text: "The harbour master closed the port to all traffic on Tuesday.\n" +
					"“We did everything we could for the crews. It has been an honour and a privilege to lead this harbour for twenty years. I will not stand again,” Brandt said.\n" +
					"Repairs to the north pier will take six weeks."},
				{Name: "ledger", Text: "The port was closed to all traffic on Tuesday.\n" +
					"Brandt, who steps down in May, thanked the crews and said it had been “an honour and privilege to lead this harbour” before taking questions.\n" +
					"Repairs to the north pier will take six weeks."},
			},
			want: [][]string{
				{"herald: It has been an honour and a privilege to lead this harbour for twenty years", "ledger: Brandt, who steps down in May, thanked the crews and said it had been “an honour and privilege to lead this harbour” before taking questions."},
				{"herald: Repairs to the north pier will take six weeks.", "ledger: Repairs to the north pier will take six weeks."},
				{"herald: The harbour master closed the port to all traffic on Tuesday.", "ledger: The port was closed to all traffic on Tuesday."},
			},
		},
		{
			// Two words in common ("a formality") are no passage.
			name: "a passage of two words is not enough",
			docs: []claims.Document{
				{Name: "herald", Text: "The council approved the new car park on Tuesday. " +
					"Residents called the public meeting \"a formality\" and walked out. " +
					"The car park will open in March."},
				{Name: "ledger", Text: "The council approved the new car park on Tuesday. " +
					"The vote was a formality, the mayor said, since the plans were agreed in May. " +
					"The car park will open in March."},
			},
			want: [][]string{
				{"herald: The car park will open in March.", "ledger: The car park will open in March."},
				{"herald: The council approved the new car park on Tuesday.", "ledger: The council approved the new car park on Tuesday."},
			},
		},
		{
			// A stock phrase that names something ("a historic day", "a
			// step in the right direction") is no passage of one claim:
			// two speakers use it of two things.
			name: "a stock phrase quoted of two things",
			docs: []claims.Document{
				{Name: "herald", Text: "The council approved the airport tram line on Tuesday. " +
					"Mayor Colette Varn called the vote \"a historic day\" for the city. " +
					"Opposition councillor Hugo Stam called the budget \"a step in the right direction\" but asked for an audit."},
				{Name: "ledger", Text: "The council approved the airport tram line on Tuesday. " +
					"Transport unions said Friday's pay deal for bus drivers marked \"a historic day\" for workers. " +
					"The drivers' union called the new rota \"a step in the right direction\" after months of strikes."},
				{Name: "gazette", Text: "The council approved the airport tram line on Tuesday. " +
					"Separately, the council named Ines Pol finance director, calling it \"a historic day for the department\"."},
			},
			want: [][]string{
				{"gazette: The council approved the airport tram line on Tuesday.", "herald: The council approved the airport tram line on Tuesday.", "ledger: The council approved the airport tram line on Tuesday."},
			},
		},
	}
	checkGroups(t, tests)
}
