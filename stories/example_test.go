package stories_test

import (
	"context"
	"fmt"
	"log"

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
