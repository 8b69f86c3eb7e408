package stories_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/stories"
)

// A feed of two events: two outlets report a mayoral race, one of them a
// fire as well.
var feed = []claims.Document{
	{Name: "Courier", Title: "Osei wins Alder Springs mayoral race", Text: "Renata Osei won the race for mayor of Alder Springs on Tuesday with 54% of the vote, defeating Curtis Vail.\nCity clerk Joan Petrakis put turnout at 31%."},
	{Name: "Courier", Title: "Fire destroys Harwick warehouse", Text: "A fire destroyed a warehouse of Brandt Logistics in Harwick on Tuesday.\nFire chief Odile Marsh said 45 firefighters fought the blaze."},
	{Name: "Post", Title: "Alder Springs elects Osei", Text: "Renata Osei was elected mayor of Alder Springs, taking 56% of the vote against Curtis Vail.\nTurnout was 31%, said clerk Joan Petrakis."},
}

// Stories are numbered in the order of their first articles: by
// publication time (unknown here), then name and title.
func ExampleFind() {
	found, err := stories.Find(context.Background(), feed)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range found {
		fmt.Println("story", s.Number)
		for _, a := range s.Articles {
			fmt.Printf("  %s: %s\n", a.Name, a.Title)
		}
	}
	// Output:
	// story 1
	//   Courier: Fire destroys Harwick warehouse
	// story 2
	//   Courier: Osei wins Alder Springs mayoral race
	//   Post: Alder Springs elects Osei
}

func ExampleCompare() {
	err := stories.Compare(context.Background(), feed, func(r stories.Result) error {
		fmt.Println("story", r.Story, r.Sources)
		for _, c := range r.Report.Clusters {
			for _, d := range c.Divergences {
				fmt.Println(" ", d)
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// story 1 [Courier]
	// story 2 [Courier Post]
	//   number: Courier "54%" vs Post "56%"
}

// The steps of Find one by one, as a distributed pipeline runs them: terms
// per article, document frequencies over the feed, profiles, links between
// pairs sharing a key, and the merge into stories.
func Example_steps() {
	n := len(feed)
	terms := make([][]stories.Term, n)
	df := map[string]int{}
	for i, d := range feed {
		terms[i] = stories.Terms(d)
		for _, t := range terms[i] {
			df[t.Text]++ // a combine in a pipeline
		}
	}
	profiles := make([]stories.Profile, n)
	nodes := make([]string, n)
	for i, d := range feed {
		for j := range terms[i] {
			terms[i][j].DF = df[terms[i][j].Text]
		}
		profiles[i] = stories.NewProfile(stories.ID(d), d.Published, terms[i], n, stories.DefaultParams)
		nodes[i] = stories.OrderKey(d)
	}
	var edges [][2]string
	for i := range profiles {
		for j := i + 1; j < n; j++ {
			if stories.FirstSharedKey(profiles[i], profiles[j]) != "" && stories.Linked(profiles[i], profiles[j], stories.DefaultParams) {
				edges = append(edges, [2]string{nodes[i], nodes[j]})
			}
		}
	}
	// Keys are names in their comparison form (see normalize.NameKey).
	fmt.Println("keys of the first article:", profiles[0].Keys)
	for i, story := range stories.Merge(nodes, edges) {
		fmt.Printf("story %d: %d articles\n", i+1, len(story))
	}
	// Output:
	// keys of the first article: [n:alder n:cartas n:joan n:osei n:patrakas n:ranata n:sprangs n:vail q:31]
	// story 1: 1 articles
	// story 2: 2 articles
}

// CompareStories compares stories found beforehand, so that a program can
// report every problem with its input before it writes the first result.
func ExampleCompareStories() {
	found, err := stories.Find(context.Background(), feed)
	if err != nil {
		log.Fatal(err)
	}
	err = stories.CompareStories(context.Background(), found, func(r stories.Result) error {
		fmt.Println("story", r.Story, "clusters:", len(r.Report.Clusters))
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// story 1 clusters: 0
	// story 2 clusters: 2
}

// NewStory names one outlet's several articles of a story apart.
func ExampleNewStory() {
	s := stories.NewStory(1, []claims.Document{
		{Name: "Courier", Title: "Update: Osei wins", Text: "Renata Osei won."},
		{Name: "Courier", Title: "Osei wins", Text: "Renata Osei is winning."},
		{Name: "Post", Title: "Alder Springs elects Osei", Text: "Renata Osei won."},
	})
	for _, a := range s.Articles {
		fmt.Printf("%s (%s): %s\n", a.Name, a.Source, a.Title)
	}
	// Output:
	// Courier #1 (Courier): Osei wins
	// Courier #2 (Courier): Update: Osei wins
	// Post (Post): Alder Springs elects Osei
}

// profilesOf computes the profiles of docs as Find does (see Example_steps).
func profilesOf(docs []claims.Document) []stories.Profile {
	terms := make([][]stories.Term, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		terms[i] = stories.Terms(d)
		for _, t := range terms[i] {
			df[t.Text]++
		}
	}
	profiles := make([]stories.Profile, len(docs))
	for i, d := range docs {
		for j := range terms[i] {
			terms[i][j].DF = df[terms[i][j].Text]
		}
		profiles[i] = stories.NewProfile(stories.ID(d), d.Published, terms[i], len(docs), stories.DefaultParams)
	}
	return profiles
}

// An article's terms are its names (each name's key, and the words of a
// key of several words), its figures of 10 or more and its dates that
// name a day, prefixed by their kind.
func ExampleTerms() {
	doc := claims.Document{
		Name:  "Courier",
		Title: "Osei wins Alder Springs mayoral race",
		Text:  "Renata Osei won the race for mayor of Alder Springs on March 3, 2026, with 54% of the vote.\nShe takes office in 2 weeks.",
	}
	for _, t := range stories.Terms(doc) {
		fmt.Println(t.Text, t.Count)
	}
	// Output:
	// d:2026-03-03 1
	// n:alder 2
	// n:alder sprangs 2
	// n:osei 2
	// n:ranata 1
	// n:ranata osei 1
	// n:sprangs 2
	// q:54 1
}

// The weight of a term in a feed of 100 articles.
func ExampleWeight() {
	const n = 100
	fmt.Printf("%.2f\n", stories.Weight(1, 2, n))   // a name two articles use
	fmt.Printf("%.2f\n", stories.Weight(3, 2, n))   // used three times
	fmt.Printf("%.2f\n", stories.Weight(1, 50, n))  // half the feed uses it
	fmt.Printf("%.2f\n", stories.Weight(1, 100, n)) // every article: still above zero
	fmt.Printf("%.2f\n", stories.Weight(0, 2, n))
	// Output:
	// 3.93
	// 8.25
	// 1.10
	// 0.69
	// 0.00
}

// A profile keeps the terms some other article shares (DF of 2 or more),
// weighted; its keys are the heaviest single-word terms.
func ExampleNewProfile() {
	terms := []stories.Term{
		{Text: "n:alder", Count: 2, DF: 2},
		{Text: "n:osei", Count: 2, DF: 2},
		{Text: "n:ranata", Count: 1, DF: 2},
		{Text: "n:ranata osei", Count: 1, DF: 2},
		{Text: "n:vail", Count: 1, DF: 3},
		{Text: "q:54", Count: 1, DF: 1}, // no other article states it
	}
	p := stories.NewProfile("6f1c0d3a9b2e4f57", time.Time{}, terms, 3, stories.DefaultParams)
	for i, t := range p.Terms {
		fmt.Printf("%s %.2f\n", t, p.Weights[i])
	}
	fmt.Printf("norm %.2f keys %v\n", p.Norm, p.Keys)
	// Output:
	// n:alder 1.55
	// n:osei 1.55
	// n:ranata 0.92
	// n:ranata osei 0.92
	// n:vail 0.69
	// norm 2.64 keys [n:alder n:osei n:ranata n:vail]
}

// In this feed of three the two articles on the mayoral race keep the
// same terms, the ones they share, weighted alike; the fire shares none.
func ExampleSimilarity() {
	p := profilesOf(feed)
	fmt.Printf("%.2f\n", stories.Similarity(p[0], p[2])) // the two articles on the mayoral race
	fmt.Printf("%.2f\n", stories.Similarity(p[0], p[1])) // the race and the fire
	// Output:
	// 1.00
	// 0.00
}

func ExampleFirstSharedKey() {
	p := profilesOf(feed)
	fmt.Printf("%q\n", stories.FirstSharedKey(p[0], p[2]))
	fmt.Printf("%q\n", stories.FirstSharedKey(p[0], p[1]))
	// Output:
	// "n:alder"
	// ""
}

// Two articles that share keys and terms are linked, unless their
// publication times are further apart than the window.
func ExampleLinked() {
	p := profilesOf(feed)
	race, follow := p[0], p[2]
	fmt.Println(stories.Linked(race, follow, stories.DefaultParams))
	race.Published = time.Date(2026, 3, 3, 22, 0, 0, 0, time.UTC)
	follow.Published = race.Published.Add(5 * 24 * time.Hour)
	fmt.Println(stories.Linked(race, follow, stories.DefaultParams))
	fmt.Println(stories.Linked(race, follow, stories.Params{Window: 7 * 24 * time.Hour}))
	fmt.Println(stories.Linked(p[0], p[1], stories.DefaultParams))
	// Output:
	// true
	// false
	// true
	// false
}

// Stories are the connected components of the links, numbered by their
// first article.
func ExampleMerge() {
	nodes := []string{"a fire", "b race", "c race", "d fire", "e storm"}
	edges := [][2]string{{"c race", "b race"}, {"a fire", "d fire"}, {"b race", "x unknown"}}
	for i, s := range stories.Merge(nodes, edges) {
		fmt.Println(i+1, s)
	}
	// Output:
	// 1 [a fire d fire]
	// 2 [b race c race]
	// 3 [e storm]
}

// Articles sort by publication time, those with none last, then by name.
func ExampleOrderKey() {
	docs := []claims.Document{
		{Name: "Post", Text: "Renata Osei was elected mayor."},
		{Name: "Herald", Published: time.Date(2026, 3, 4, 7, 30, 0, 0, time.UTC), Text: "Osei takes Alder Springs."},
		{Name: "Courier", Published: time.Date(2026, 3, 3, 22, 15, 0, 0, time.UTC), Text: "Osei wins."},
		{Name: "Gazette", Text: "Osei is the new mayor."},
	}
	slices.SortFunc(docs, func(a, b claims.Document) int { return strings.Compare(stories.OrderKey(a), stories.OrderKey(b)) })
	for _, d := range docs {
		fmt.Println(d.Name)
	}
	// Output:
	// Courier
	// Herald
	// Gazette
	// Post
}

// An article's ID is a hash of its content: a record given twice has one
// ID, and any change of a field gives another.
func ExampleID() {
	doc := feed[0]
	again := feed[0]
	edited := feed[0]
	edited.Title = "Osei wins Alder Springs race"
	fmt.Println(stories.ID(doc))
	fmt.Println(stories.ID(again) == stories.ID(doc), stories.ID(edited) == stories.ID(doc))
	// Output:
	// 94aa7c05ecc9b514
	// true false
}

// Compare compares one story alone; an error names the story.
func ExampleStory_Compare() {
	found, err := stories.Find(context.Background(), feed)
	if err != nil {
		log.Fatal(err)
	}
	race := found[1]
	r, err := race.Compare(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("story", r.Story, r.Sources, "clusters:", len(r.Report.Clusters))
	_, err = race.Compare(context.Background(), claims.WithMaxBytes(100))
	fmt.Println(err)
	// Output:
	// story 2 [Courier Post] clusters: 2
	// stories: story 2: claims: source "Courier": 152 bytes: document is larger than the limit (100 bytes; see WithMaxBytes)
}

// Options for claims: here aliases, so that two names of one group agree.
func ExampleWithClaims() {
	docs := []claims.Document{
		{Name: "Courier", Text: "A spokesman for Hamas said on Monday that 33 hostages would be freed in Doha.\nQatari mediator Majed al-Ansari confirmed the deal."},
		{Name: "Post", Text: "A spokesman for the Islamic Resistance Movement said on Monday that 33 hostages would be freed in Doha.\nMajed al-Ansari, a Qatari mediator, confirmed the deal."},
	}
	show := func(r stories.Result) error {
		fmt.Println("story", r.Story, r.Sources, "divergences:")
		for _, c := range r.Report.Clusters {
			for _, d := range c.Divergences {
				fmt.Println(" ", d)
			}
		}
		return nil
	}
	if err := stories.Compare(context.Background(), docs, show); err != nil {
		log.Fatal(err)
	}
	aliases := stories.WithClaims(claims.WithAliases("Hamas", "Islamic Resistance Movement"))
	if err := stories.Compare(context.Background(), docs, show, aliases); err != nil {
		log.Fatal(err)
	}
	// Output:
	// story 1 [Courier Post] divergences:
	//   entity: Courier "Hamas" vs Post "Islamic Resistance Movement"
	// story 1 [Courier Post] divergences:
}

// A follow-up published five days after the first report is a story of
// its own with the default window of three days; a wider window joins it.
// The fields left zero keep their defaults.
func ExampleWithParams() {
	day := time.Date(2026, 3, 3, 22, 0, 0, 0, time.UTC)
	docs := []claims.Document{
		{Name: "Courier", Published: day, Text: "Renata Osei won the race for mayor of Alder Springs, defeating Curtis Vail."},
		{Name: "Post", Published: day.Add(5 * 24 * time.Hour), Text: "Renata Osei, who defeated Curtis Vail, was sworn in as mayor of Alder Springs."},
	}
	for _, opts := range [][]stories.Option{nil, {stories.WithParams(stories.Params{Window: 7 * 24 * time.Hour})}} {
		found, err := stories.Find(context.Background(), docs, opts...)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(len(found), "stories")
	}
	// Output:
	// 2 stories
	// 1 stories
}

// Progress comes stage by stage, from the calling goroutine: the last
// report of each stage has Done equal to Total.
func ExampleWithProgress() {
	var stages []claims.Stage
	last := map[claims.Stage]claims.Progress{}
	progress := stories.WithProgress(func(p claims.Progress) {
		if _, ok := last[p.Stage]; !ok {
			stages = append(stages, p.Stage)
		}
		last[p.Stage] = p
	})
	err := stories.Compare(context.Background(), feed, func(stories.Result) error { return nil }, progress)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range stages {
		fmt.Printf("%s %d/%d\n", s, last[s].Done, last[s].Total)
	}
	// Output:
	// id 3/3
	// terms 3/3
	// profile 3/3
	// group 9/9
	// stories 2/2
}

// One line of JSON per story, as `claimdiff stories` writes them.
func ExampleWriteJSON() {
	err := stories.Compare(context.Background(), feed[1:2], func(r stories.Result) error {
		return stories.WriteJSON(os.Stdout, r)
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"story":1,"sources":["Courier"],"articles":[{"name":"Courier","source":"Courier","title":"Fire destroys Harwick warehouse"}],"report":{"sources":[{"name":"Courier","sentences":2,"furniture":0,"fragments":0,"claims":2,"shared":0,"unique":2,"shared_with":{},"title":"Fire destroys Harwick warehouse"}],"clusters":[],"unique":[{"source":"Courier","sentence":0,"start":0,"end":71,"text":"A fire destroyed a warehouse of Brandt Logistics in Harwick on Tuesday."},{"source":"Courier","sentence":1,"start":100,"end":133,"text":"45 firefighters fought the blaze."}],"furniture":[],"fragments":[]}}
}
