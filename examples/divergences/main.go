// Command divergences shows claimdiff as a library: it builds documents from
// strings, compares them, and prints each shared claim and the facts on which
// the sources disagree, with the byte offsets a tool would use to highlight
// them.
//
//	go run ./examples/divergences
package main

import (
	"fmt"
	"log"

	"github.com/claimdiff/claimdiff/claims"
)

func main() {
	docs := []claims.Document{
		{Name: "wire", Text: "About 2,500 US troops are stationed in Iraq, officials said.\n" +
			"The coalition was formed in 2014 to fight the Islamic State group."},
		{Name: "daily", Text: "Some 3,000 US troops are stationed in Iraq, officials said.\n" +
			"Talks on the troops' future began on Saturday in Baghdad."},
		{Name: "gazette", Text: "The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq."},
	}
	report, err := claims.Compare(docs)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range report.Clusters {
		fmt.Printf("claim %d, said by %v:\n", c.ID, c.Sources)
		for _, cl := range c.Claims {
			fmt.Printf("  %-8s %q\n", cl.Source, cl.Text)
		}
		for _, d := range c.Divergences {
			fmt.Printf("  ! %s: %s says %q (bytes %d-%d), %s says %q (bytes %d-%d)\n", d.Kind,
				d.A.Source, d.A.Value, d.A.Start, d.A.End, d.B.Source, d.B.Value, d.B.Start, d.B.End)
		}
	}
	for _, u := range report.Unique {
		fmt.Printf("only %s: %q\n", u.Source, u.Text)
	}
}
