package segment_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/internal/segment"
)

func ExampleSplit() {
	text := "Talks Resume in Geneva\n" +
		"GENEVA — Delegates met at 10 a.m. Monday with Gen. Smith. About 2,500 U.S. troops remain.\n" +
		"Click to comment"
	for _, s := range segment.Split(text, segment.Options{}) {
		fmt.Printf("[%d,%d) %q", s.Start, s.End, text[s.Start:s.End])
		if s.Furniture {
			fmt.Printf(" furniture (%s)", s.Reason)
		}
		fmt.Println()
	}
	// Output:
	// [0,22) "Talks Resume in Geneva"
	// [23,33) "GENEVA —" furniture (dateline)
	// [34,82) "Delegates met at 10 a.m. Monday with Gen. Smith."
	// [83,114) "About 2,500 U.S. troops remain."
	// [115,131) "Click to comment" furniture (call to action)
}

// In hard-wrapped text (PDF, e-mail) a single line break is a space.
func ExampleSplit_hardWrap() {
	text := "The committee will meet\nagain on Friday. It has\nNo further comment.\n\nBest regards"
	for _, s := range segment.Split(text, segment.Options{HardWrap: true}) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "The committee will meet\nagain on Friday."
	// "It has\nNo further comment."
	// "Best regards"
}

// Append reuses a slice across documents, to split many without allocating
// a new slice for each.
func ExampleAppend() {
	var buf []segment.Sentence
	for _, doc := range []string{"One. Two.", "Three."} {
		buf = segment.Append(buf[:0], doc, segment.Options{})
		fmt.Println(len(buf))
	}
	// Output:
	// 2
	// 1
}

// Furniture that a scrape glues to the text is cut off as its own span: a
// byline and a dateline before the first sentence, a credit after a
// caption. Offsets still cover every byte of the text but white space.
func ExampleSplit_gluedFurniture() {
	text := "By Lee Park, Associated Press DENVER (AP) — Lawmakers approved the deal on Wednesday.\n" +
		"Traffic on Elm Ave. during the morning commute AFP/Getty Images"
	for _, s := range segment.Split(text, segment.Options{}) {
		fmt.Printf("%-9s %q\n", s.Reason, text[s.Start:s.End])
	}
	// Output:
	// byline    "By Lee Park, Associated Press"
	// dateline  "DENVER (AP) —"
	//           "Lawmakers approved the deal on Wednesday."
	//           "Traffic on Elm Ave. during the morning commute"
	// credit    "AFP/Getty Images"
}
