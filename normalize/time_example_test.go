package normalize_test

import (
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/normalize"
)

func ExampleTime() {
	f := normalize.Extract("The dam gave way shortly before 11 p.m. on Saturday.")
	for _, t := range normalize.Of[normalize.Time](f) {
		fmt.Printf("%q: minutes %d-%d, day %q\n", t.Text, t.From, t.To, t.Day.Text)
	}
	// Output: "shortly before 11 p.m. on Saturday": minutes 1350-1380, day "Saturday"
}

func ExampleTime_Compatible() {
	at := func(s string) normalize.Time { return normalize.Of[normalize.Time](normalize.Extract(s))[0] }
	utc := at("It halted at 21:45 UTC.")
	fmt.Println(utc.Compatible(at("It halted at 5:45 p.m. EDT.")))                              // one moment in two zones
	fmt.Println(utc.Compatible(at("It halted at 6:45 p.m. EDT.")))                              // an hour apart
	fmt.Println(at("It fell late on Saturday.").Compatible(at("It fell at 11 p.m. Saturday."))) // less precise
	// Output:
	// true
	// false
	// true
}

func ExampleCompare_times() {
	a := normalize.Extract("The dam failed around 9 p.m. on Saturday.")
	b := normalize.Extract("The dam collapsed at 23:00 local time on Saturday.")
	for _, c := range normalize.Compare(a, b) {
		fmt.Printf("%s %s: %q vs %q\n", c.Kind, c.Verdict, a.Text[c.A.Start:c.A.End], b.Text[c.B.Start:c.B.End])
	}
	// Output:
	// time diverge: "around 9 p.m. on Saturday" vs "23:00 local time on Saturday"
	// date agree: "Saturday" vs "Saturday"
}

func ExampleDate_Compatible_readings() {
	at := func(s string) normalize.Date { return normalize.Of[normalize.Date](normalize.Extract(s))[0] }
	fmt.Println(at("Signed on 5/6/2025.").Compatible(at("Signed on 5 June 2025."))) // read day first
	fmt.Println(at("Talks run May 12-14.").Compatible(at("Talks run May 12-15.")))
	fmt.Println(at("It peaked in the sixties.").Compatible(at("It peaked in the 1960s.")))
	// Output:
	// true
	// false
	// true
}

func ExampleExtractAt() {
	published := time.Date(2025, time.May, 7, 9, 0, 0, 0, time.UTC) // a Wednesday
	for _, d := range normalize.Of[normalize.Date](normalize.ExtractAt("The minister resigned yesterday, days after the vote last week.", published)) {
		fmt.Println(d.Text, d.Year, d.Month, d.Day, d.ToMonth, d.ToDay)
	}
	// Output:
	// yesterday 2025 5 6 0 0
	// last week 2025 4 28 5 4
}

func ExampleExtractor_At() {
	// An article's publication date, as claims passes it for each document.
	x := normalize.New().At(time.Date(2025, time.May, 7, 0, 0, 0, 0, time.UTC))
	a := x.Extract("The strike began on Monday.")
	b := normalize.Extract("The strike began on May 5, 2025.")
	for _, c := range normalize.Compare(a, b) {
		fmt.Println(c.Kind, c.Verdict)
	}
	// Output: date agree
}
