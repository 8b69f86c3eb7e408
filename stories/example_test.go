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
