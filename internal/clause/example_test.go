package clause_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/clause"
)

func ExampleSplit() {
	s := `"We will not negotiate under threat," the minister said on Friday, and talks were suspended.`
	for _, u := range clause.Split(s) {
		fmt.Printf("%q quote=%v\n", s[u.Start:u.End], u.Quote)
	}
	// Output:
	// "We will not negotiate under threat" quote=true
	// "talks were suspended." quote=false
}

func ExampleSplitQuoting() {
	paragraph := []string{
		"“The water rose faster than anyone expected.",
		"We lost the pumps within an hour,” the chief said.",
	}
	open := false // no quotation is open where a paragraph starts
	for _, s := range paragraph {
		var units []clause.Unit
		units, open = clause.SplitQuoting(s, open)
		for _, u := range units {
			fmt.Printf("%q quote=%v\n", s[u.Start:u.End], u.Quote)
		}
	}
	// Output:
	// "The water rose faster than anyone expected" quote=true
	// "We lost the pumps within an hour" quote=true
}

func ExampleQuoted() {
	s := `The chief said the hospital had "let our patients down" and called the leak “a failure of ours.”`
	for _, q := range clause.Quoted(s) {
		fmt.Printf("%q\n", s[q.Start:q.End])
	}
	// Output:
	// "let our patients down"
	// "a failure of ours."
}
