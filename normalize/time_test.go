package normalize

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// tm is the part of a Time a table states.
type tm struct {
	Text       string
	Clock      int
	Period     string
	Hedge      string
	From, To   int
	EitherHalf bool
	Zone       string
	Day        string
}

func times(s string) []tm {
	var out []tm
	for _, t := range Of[Time](Extract(s)) {
		out = append(out, tm{t.Text, t.Clock, t.Period, t.Hedge, t.From, t.To, t.EitherHalf, t.Zone.Name, t.Day.Text})
	}
	return out
}

func TestTimes(t *testing.T) {
	tests := []struct {
		in   string
		want []tm
	}{
		// Clock readings: a.m. and p.m., 24 hours, words, noon and midnight.
		{"The dam failed at 7 a.m.", []tm{{"7 a.m.", 420, "", "", 420, 420, false, "", ""}}},
		{"The dam failed at 7 p.m.", []tm{{"7 p.m.", 1140, "", "", 1140, 1140, false, "", ""}}},
		{"The dam failed at 7pm.", []tm{{"7pm", 1140, "", "", 1140, 1140, false, "", ""}}},
		{"The vote closed at 7.51pm.", []tm{{"7.51pm", 1191, "", "", 1191, 1191, false, "", ""}}},
		{"The vote closed at 12:30 a.m.", []tm{{"12:30 a.m.", 30, "", "", 30, 30, false, "", ""}}},
		{"The dam failed at 23:00.", []tm{{"23:00", 1380, "", "", 1380, 1380, false, "", ""}}},
		{"The dam failed at 08:15.", []tm{{"08:15", 495, "", "", 495, 495, false, "", ""}}},
		{"Talks began at 10:30 and ended.", []tm{{"10:30", 630, "", "", 630, 630, true, "", ""}}},
		{"The blast came at eleven p.m.", []tm{{"eleven p.m.", 1380, "", "", 1380, 1380, false, "", ""}}},
		{"They met at ten o'clock.", []tm{{"ten o'clock", 600, "", "", 600, 600, true, "", ""}}},
		{"They met at ten o'clock at night.", []tm{{"ten o'clock at night", 1320, "", "", 1320, 1320, false, "", ""}}},
		{"They met at half past ten in the morning.", []tm{{"half past ten in the morning", 630, "", "", 630, 630, false, "", ""}}},
		{"They met at a quarter to six.", []tm{{"a quarter to six", 345, "", "", 345, 345, true, "", ""}}},
		{"The blast came at midday.", []tm{{"midday", 720, "", "", 720, 720, false, "", ""}}},
		{"The blast came at midnight.", []tm{{"midnight", 0, "", "", 0, 0, false, "", ""}}},
		{"The blast came at 12 noon.", []tm{{"12 noon", 720, "", "", 720, 720, false, "", ""}}},
		// Hedges set the interval.
		{"It broke shortly before 11 p.m.", []tm{{"shortly before 11 p.m.", 1380, "", "shortly before", 1350, 1380, false, "", ""}}},
		{"It broke around 9 p.m.", []tm{{"around 9 p.m.", 1260, "", "about", 1230, 1290, false, "", ""}}},
		{"It broke at about 9:15 p.m.", []tm{{"about 9:15 p.m.", 1275, "", "about", 1260, 1290, false, "", ""}}},
		{"It broke just after midnight.", []tm{{"just after midnight", 0, "", "shortly after", 0, 30, false, "", ""}}},
		{"Polls close by 8 p.m.", []tm{{"by 8 p.m.", 1200, "", "before", 840, 1200, false, "", ""}}},
		// Zones.
		{"Trading halted at 21:45 UTC.", []tm{{"21:45 UTC", 1305, "", "", 1305, 1305, false, "UTC", ""}}},
		{"Trading resumed at 5:45 p.m. EDT.", []tm{{"5:45 p.m. EDT", 1065, "", "", 1065, 1065, false, "EDT", ""}}},
		{"Trading opened around 0335 GMT.", []tm{{"around 0335 GMT", 215, "", "about", 205, 225, false, "GMT", ""}}},
		{"It starts at 10:30 GMT.", []tm{{"10:30 GMT", 630, "", "", 630, 630, false, "GMT", ""}}},
		{"It starts at 9 a.m. Eastern time.", []tm{{"9 a.m. Eastern time", 540, "", "", 540, 540, false, "ET", ""}}},
		{"It starts at 2 p.m. GMT+8.", []tm{{"2 p.m. GMT+8", 840, "", "", 840, 840, false, "GMT+8", ""}}},
		{"The dam collapsed at 23:00 local time on Saturday.", []tm{{"23:00 local time on Saturday", 1380, "", "", 1380, 1380, false, "local", "Saturday"}}},
		// Days: after the clock, before it, with a part of the day.
		{"It gave way shortly before 11 p.m. on Saturday.", []tm{{"shortly before 11 p.m. on Saturday", 1380, "", "shortly before", 1350, 1380, false, "", "Saturday"}}},
		{"It gave way at 11 p.m. Saturday.", []tm{{"11 p.m. Saturday", 1380, "", "", 1380, 1380, false, "", "Saturday"}}},
		{"It gave way on Saturday at 11 p.m.", []tm{{"Saturday at 11 p.m.", 1380, "", "", 1380, 1380, false, "", "Saturday"}}},
		{"It gave way on May 3 at 11 p.m.", []tm{{"May 3 at 11 p.m.", 1380, "", "", 1380, 1380, false, "", "May 3"}}},
		{"People fled late on Saturday.", []tm{{"late on Saturday", -1, "late", "", 1080, 1440, false, "", "Saturday"}}},
		{"People fled early Sunday.", []tm{{"early Sunday", -1, "early", "", 0, 540, false, "", "Sunday"}}},
		{"It was declared on Sunday morning.", []tm{{"Sunday morning", -1, "morning", "", 300, 720, false, "", "Sunday"}}},
		{"They fought on Saturday night.", []tm{{"Saturday night", -1, "night", "", 1140, 300, false, "", "Saturday"}}},
		{"They fought late Saturday night.", []tm{{"late Saturday night", -1, "late night", "", 1320, 300, false, "", "Saturday"}}},
		{"Shots rang out Wednesday at 7.51pm.", []tm{{"Wednesday at 7.51pm", 1191, "", "", 1191, 1191, false, "", "Wednesday"}}},
		{"Shots rang out Sunday evening at 9.", []tm{{"Sunday evening", -1, "evening", "", 1020, 1380, false, "", "Sunday"}}},
		{"Shots rang out Sunday evening at 9:30.", []tm{{"Sunday evening at 9:30", 1290, "evening", "", 1290, 1290, false, "", "Sunday"}}},
		{"He met them at 8 a.m. Friday.", []tm{{"8 a.m. Friday", 480, "", "", 480, 480, false, "", "Friday"}}},
		// Parts of days.
		{"The attack came in the early hours of Sunday.", []tm{{"early hours of Sunday", -1, "early hours", "", 0, 360, false, "", "Sunday"}}},
		{"The attack came in the morning.", []tm{{"morning", -1, "morning", "", 300, 720, false, "", ""}}},
		{"The attack came during the night.", []tm{{"night", -1, "night", "", 1140, 300, false, "", ""}}},
		{"The attack came at dawn.", []tm{{"dawn", -1, "dawn", "", 240, 450, false, "", ""}}},
		{"Fighting raged overnight.", []tm{{"overnight", -1, "overnight", "", 1260, 360, false, "", ""}}},
		{"The attack came in late afternoon.", []tm{{"late afternoon", -1, "late afternoon", "", 900, 1080, false, "", ""}}},
		// Relative days.
		{"Police said it happened last night.", []tm{{"last night", -1, "night", "", 1140, 300, false, "", "last"}}},
		{"Police said it happened this morning.", []tm{{"this morning", -1, "morning", "", 300, 720, false, "", "this"}}},
		{"The vote is tonight.", []tm{{"tonight", -1, "night", "", 1140, 300, false, "", "tonight"}}},
		{"It happened yesterday afternoon.", []tm{{"yesterday afternoon", -1, "afternoon", "", 720, 1080, false, "", "yesterday"}}},
		// Two times of a range; the first takes the half of the day of the second.
		{"Shops open 9-11 p.m.", []tm{{"9", 1260, "", "", 1260, 1260, false, "", ""}, {"11 p.m.", 1380, "", "", 1380, 1380, false, "", ""}}},
		{"Shops open between 2 and 4 p.m.", []tm{{"2", 840, "", "", 840, 840, false, "", ""}, {"4 p.m.", 960, "", "", 960, 960, false, "", ""}}},
		{"Shops open from 7 a.m. to 7 p.m.", []tm{{"7 a.m.", 420, "", "", 420, 420, false, "", ""}, {"7 p.m.", 1140, "", "", 1140, 1140, false, "", ""}}},
		{"Shops open from 11-1 p.m.", []tm{{"11", 660, "", "", 660, 660, false, "", ""}, {"1 p.m.", 780, "", "", 780, 780, false, "", ""}}},
		// Not times.
		{"The morning newspaper and a noon deadline.", nil},
		{"Shares rose in midday trading.", nil},
		{"The score was 3:1 and John 3:16 was read.", nil},
		{"Prices rose 10.30 percent.", nil},
		{"I am here at 10 people.", nil},
		{"The year 2300 will come.", nil},
		{"Late in the game they scored.", nil},
		{"They set a record in 2014.", nil},
		{"On Saturday they met.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, times(tt.in)); diff != "" {
			t.Errorf("Of[Time](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestTimeKeepsCounts: numbers beside times are still counts, and a clock
// is never one.
func TestTimeKeepsCounts(t *testing.T) {
	tests := []struct {
		in   string
		want []num
	}{
		{"About 3,500 residents fled around 9 p.m. on Saturday.", []num{{"About 3,500", 3500, 3325, 3675, "about", "residents", Cardinal}}},
		{"Nearly 300 homes burned by 8 p.m.", []num{{"Nearly 300", 300, 270, 300, "nearly", "homes", Cardinal}}},
		{"Between 10 and 15 people were hurt at 10:30 GMT.", []num{{"Between 10 and 15", 12.5, 10, 15, "between", "people", Cardinal}}},
		{"He won 2 to 1 at 3 p.m.", []num{{"2", 2, 2, 2, "", "", Cardinal}, {"1", 1, 1, 1, "", "", Cardinal}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, nums(tt.in)); diff != "" {
			t.Errorf("Of[Number](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// cmpFact is a Comparison with both values as written.
type cmpFact struct {
	Kind    Kind
	Verdict Verdict
	A, B    string
}

// comparisons returns the comparisons of times and dates between a and b
// (the other kinds have tests of their own).
func comparisons(a, b string) []cmpFact {
	var out []cmpFact
	for _, c := range Compare(Extract(a), Extract(b)) {
		if c.Kind == KindTime || c.Kind == KindDate {
			out = append(out, cmpFact{c.Kind, c.Verdict, a[c.A.Start:c.A.End], b[c.B.Start:c.B.End]})
		}
	}
	return out
}

// TestCompareTimes compares sentences as different newsrooms would word
// them: the kind and both values of every comparison are asserted.
func TestCompareTimes(t *testing.T) {
	tests := []struct {
		a, b string
		want []cmpFact
	}{
		// The examples.
		{"The plant shut at 7 a.m.", "The plant shut at 7 p.m.",
			[]cmpFact{{KindTime, Diverge, "7 a.m.", "7 p.m."}}},
		{"The strike began at midday.", "The strike began at midnight.",
			[]cmpFact{{KindTime, Diverge, "midday", "midnight"}}},
		{"Trading halted at 21:45 UTC.", "Trading halted at 5:45 p.m. EDT.",
			[]cmpFact{{KindTime, Agree, "21:45 UTC", "5:45 p.m. EDT"}}},
		{"Trading halted at 21:45 UTC.", "Trading halted at 6:45 p.m. EDT.",
			[]cmpFact{{KindTime, Diverge, "21:45 UTC", "6:45 p.m. EDT"}}},
		{"Residents fled late on Saturday.", "Residents fled at 11 p.m. Saturday.",
			[]cmpFact{{KindTime, Agree, "late on Saturday", "11 p.m. Saturday"}, {KindDate, Agree, "Saturday", "Saturday"}}},
		// The dam story: 11 p.m. = 23:00, 9 p.m. differs, "late" fits both.
		{"The dam gave way shortly before 11 p.m. on Saturday.", "The dam collapsed at 23:00 local time on Saturday.",
			[]cmpFact{{KindTime, Agree, "shortly before 11 p.m. on Saturday", "23:00 local time on Saturday"}, {KindDate, Agree, "Saturday", "Saturday"}}},
		{"The dam failed around 9 p.m. on Saturday.", "The dam collapsed at 23:00 local time on Saturday.",
			[]cmpFact{{KindTime, Diverge, "around 9 p.m. on Saturday", "23:00 local time on Saturday"}, {KindDate, Agree, "Saturday", "Saturday"}}},
		{"The dam burst late on Saturday.", "The dam failed around 9 p.m. on Saturday.",
			[]cmpFact{{KindTime, Agree, "late on Saturday", "around 9 p.m. on Saturday"}, {KindDate, Agree, "Saturday", "Saturday"}}},
		// "Late" at night starts at 10 p.m.: "late on Tuesday night" holds
		// 11:42 p.m. and meets "late Tuesday evening", yet not 9:15 p.m.;
		// elsewhere "late" and "early" are halves ("late morning" is not
		// 7:30 a.m.).
		{"The magnet failed late on Tuesday night.", "The magnet failed at 11:42 p.m. on Tuesday.",
			[]cmpFact{{KindTime, Agree, "late on Tuesday night", "11:42 p.m. on Tuesday"}, {KindDate, Agree, "Tuesday", "Tuesday"}}},
		{"The photos were shared late Tuesday evening.", "The photos were shared late on Tuesday night.",
			[]cmpFact{{KindTime, Agree, "late Tuesday evening", "late on Tuesday night"}, {KindDate, Agree, "Tuesday", "Tuesday"}}},
		{"The magnet failed late on Tuesday night.", "The magnet failed at 9:15 p.m. on Tuesday.",
			[]cmpFact{{KindTime, Diverge, "late on Tuesday night", "9:15 p.m. on Tuesday"}, {KindDate, Agree, "Tuesday", "Tuesday"}}},
		{"The shop opened late on Friday morning.", "The shop opened at 7:30 a.m. on Friday.",
			[]cmpFact{{KindTime, Diverge, "late on Friday morning", "7:30 a.m. on Friday"}, {KindDate, Agree, "Friday", "Friday"}}},
		// Another day is a date divergence; a time and a date share the day.
		{"The dam failed at 11 p.m. Saturday.", "The dam failed at 11 p.m. Sunday.",
			[]cmpFact{{KindTime, Agree, "11 p.m. Saturday", "11 p.m. Sunday"}, {KindDate, Diverge, "Saturday", "Sunday"}}},
		{"The governor acted early on Sunday.", "The governor acted on Sunday.",
			[]cmpFact{{KindDate, Agree, "Sunday", "Sunday"}}},
		{"The governor acted early on Sunday.", "The governor acted on Monday.",
			[]cmpFact{{KindDate, Diverge, "Sunday", "Monday"}}},
		{"The emergency was declared early on Sunday.", "The emergency was declared on Sunday morning.",
			[]cmpFact{{KindTime, Agree, "early on Sunday", "Sunday morning"}, {KindDate, Agree, "Sunday", "Sunday"}}},
		// A limit both state is paired with itself, not with a clock it
		// would fit, so the clocks are compared with each other.
		{"Firefighters arrived at 7:40 a.m. and had the blaze under control by 9 a.m.", "Firefighters arrived at 6:40 a.m. and had the blaze under control by 9 a.m.",
			[]cmpFact{{KindTime, Agree, "by 9 a.m.", "by 9 a.m."}, {KindTime, Diverge, "7:40 a.m.", "6:40 a.m."}}},
		{"Polls opened at 7 a.m. and closed after 8 p.m.", "Polls opened at 6 a.m. and closed after 8 p.m.",
			[]cmpFact{{KindTime, Agree, "after 8 p.m.", "after 8 p.m."}, {KindTime, Diverge, "7 a.m.", "6 a.m."}}},
		// Written in other ways.
		{"The vote closed at 8 p.m.", "The vote closed at 20:00.",
			[]cmpFact{{KindTime, Agree, "8 p.m.", "20:00"}}},
		{"The vote closed at 8pm.", "The vote closed at eight p.m.",
			[]cmpFact{{KindTime, Agree, "8pm", "eight p.m."}}},
		{"The ship sank at 12 a.m.", "The ship sank at midnight.",
			[]cmpFact{{KindTime, Agree, "12 a.m.", "midnight"}}},
		{"The ship sank at 12 p.m.", "The ship sank at noon.",
			[]cmpFact{{KindTime, Agree, "12 p.m.", "noon"}}},
		{"The ship sank at midnight.", "The ship sank late on Friday.",
			[]cmpFact{{KindTime, Agree, "midnight", "late on Friday"}}},
		{"Markets opened at 9:30 a.m. ET.", "Markets opened at 13:30 GMT.",
			[]cmpFact{{KindTime, Agree, "9:30 a.m. ET", "13:30 GMT"}}},
		{"Markets opened at 9:30 a.m. ET.", "Markets opened at 14:30 GMT.",
			[]cmpFact{{KindTime, Agree, "9:30 a.m. ET", "14:30 GMT"}}}, // ET may be EST
		{"Markets opened at 9:30 a.m. EDT.", "Markets opened at 14:30 GMT.",
			[]cmpFact{{KindTime, Diverge, "9:30 a.m. EDT", "14:30 GMT"}}},
		{"The talks began at 10:30.", "The talks began at 10:30 p.m.",
			[]cmpFact{{KindTime, Agree, "10:30", "10:30 p.m."}}},
		{"The talks began at 10:30.", "The talks began at 9:30 p.m.",
			[]cmpFact{{KindTime, Diverge, "10:30", "9:30 p.m."}}},
		{"The quake struck at dawn.", "The quake struck at 5:30 a.m.",
			[]cmpFact{{KindTime, Agree, "dawn", "5:30 a.m."}}},
		{"The quake struck at dawn.", "The quake struck in the afternoon.",
			[]cmpFact{{KindTime, Diverge, "dawn", "afternoon"}}},
		{"The quake struck in the early hours of Monday.", "The quake struck at 2:14 a.m. Monday.",
			[]cmpFact{{KindTime, Agree, "early hours of Monday", "2:14 a.m. Monday"}, {KindDate, Agree, "Monday", "Monday"}}},
		{"Polls close at 8 p.m.", "Polls close at 9 p.m.",
			[]cmpFact{{KindTime, Diverge, "8 p.m.", "9 p.m."}}},
		{"Shops open from 7 a.m. to 7 p.m.", "Shops open from 8 a.m. to 7 p.m.",
			[]cmpFact{{KindTime, Agree, "7 p.m.", "7 p.m."}, {KindTime, Diverge, "7 a.m.", "8 a.m."}}},
		// Each time is paired once, alike first: the evenings agree and the
		// clocks differ, though the evening would fit either clock.
		{"He quit Friday evening, effective at 5 p.m.", "He quit Friday evening, effective at 8 p.m.",
			[]cmpFact{{KindTime, Agree, "Friday evening", "Friday evening"}, {KindTime, Diverge, "5 p.m.", "8 p.m."}, {KindDate, Agree, "Friday", "Friday"}}},
		{"Euro at 9:00 a.m. EDT (1300 GMT).", "Euro at 10:00 a.m. EDT (1300 GMT).",
			[]cmpFact{{KindTime, Agree, "1300 GMT", "1300 GMT"}, {KindTime, Diverge, "9:00 a.m. EDT", "10:00 a.m. EDT"}}},
		{"Flights stop by 10 p.m.", "Flights stop by 7 p.m.",
			[]cmpFact{{KindTime, Diverge, "by 10 p.m.", "by 7 p.m."}}},
		// A time in UTC beside one with no zone may be one moment told in
		// two zones: they agree when the clocks do and are not compared
		// otherwise.
		{"The blast came at 11 p.m.", "The blast came at 0300 GMT.", nil},
		{"The blast came at 11 p.m.", "The blast came at 2300 GMT.",
			[]cmpFact{{KindTime, Agree, "11 p.m.", "2300 GMT"}}},
		// Times of another kind of thing are not compared with dates.
		{"Talks resume at 9 a.m.", "Talks resume in 2025.", nil},
		// Two times with their zones and days: the days agree when they
		// are one day in UTC, or as written (the clocks then tell the
		// difference).
		{"The bridge closed at 9 p.m. EST on Tuesday.", "The bridge closed at 02:00 GMT on Wednesday.",
			[]cmpFact{{KindTime, Agree, "9 p.m. EST on Tuesday", "02:00 GMT on Wednesday"}, {KindDate, Agree, "Tuesday", "Wednesday"}}},
		{"The bridge closed at 9 p.m. EST on Tuesday.", "The bridge closed at 03:00 GMT on Wednesday.",
			[]cmpFact{{KindTime, Diverge, "9 p.m. EST on Tuesday", "03:00 GMT on Wednesday"}, {KindDate, Agree, "Tuesday", "Wednesday"}}},
		{"The bridge closed at 9 p.m. EST on Tuesday.", "The bridge closed at 9 p.m. GMT on Tuesday.",
			[]cmpFact{{KindTime, Diverge, "9 p.m. EST on Tuesday", "9 p.m. GMT on Tuesday"}, {KindDate, Agree, "Tuesday", "Tuesday"}}},
		{"The bridge closed at 9 p.m. EST on Tuesday.", "The bridge closed at 02:00 GMT on Thursday.",
			[]cmpFact{{KindTime, Agree, "9 p.m. EST on Tuesday", "02:00 GMT on Thursday"}, {KindDate, Diverge, "Tuesday", "Thursday"}}},
		{"The bridge closed at 11:30 p.m. EST on December 31, 2025.", "The bridge closed at 04:30 GMT on January 1, 2026.",
			[]cmpFact{{KindTime, Agree, "11:30 p.m. EST on December 31, 2025", "04:30 GMT on January 1, 2026"}, {KindDate, Agree, "December 31, 2025", "January 1, 2026"}}},
		{"The bridge closed at 12:30 a.m. CET on March 1.", "The bridge closed at 23:30 GMT on February 29.",
			[]cmpFact{{KindTime, Agree, "12:30 a.m. CET on March 1", "23:30 GMT on February 29"}, {KindDate, Agree, "March 1", "February 29"}}},
		// A day with no zone is read as written.
		{"The bridge closed at 9 p.m. EST on Tuesday.", "The bridge closed on Wednesday.",
			[]cmpFact{{KindDate, Diverge, "Tuesday", "Wednesday"}}},
		// A date without its year, in a common year or a leap one.
		{"The bridge closed at 11 p.m. PST on February 28.", "The bridge closed at 07:00 GMT on March 1.",
			[]cmpFact{{KindTime, Agree, "11 p.m. PST on February 28", "07:00 GMT on March 1"}, {KindDate, Agree, "February 28", "March 1"}}},
		{"The bridge closed at 11 p.m. PST on February 28.", "The bridge closed at 07:00 GMT on March 2.",
			[]cmpFact{{KindTime, Agree, "11 p.m. PST on February 28", "07:00 GMT on March 2"}, {KindDate, Diverge, "February 28", "March 2"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, comparisons(tt.a, tt.b)); diff != "" {
			t.Errorf("Compare(%q, %q) (-want +got):\n%s", tt.a, tt.b, diff)
		}
		// The verdicts are symmetric.
		back := comparisons(tt.b, tt.a)
		if len(back) != len(tt.want) {
			t.Errorf("Compare(%q, %q): %d comparisons one way, %d the other", tt.a, tt.b, len(tt.want), len(back))
			continue
		}
		for _, w := range tt.want {
			found := false
			for _, c := range back {
				found = found || c.Kind == w.Kind && c.Verdict == w.Verdict && c.A == w.B && c.B == w.A
			}
			if !found {
				t.Errorf("Compare(%q, %q) lacks %v with the sides swapped: %v", tt.b, tt.a, w, back)
			}
		}
	}
}

// TestCompareZonedDaysAt compares the days of zoned times that a
// publication date resolves: each weekday is resolved on its own, so two
// that are one day in UTC agree whichever weeks they were set in.
func TestCompareZonedDaysAt(t *testing.T) {
	tests := []struct {
		ref  string // publication date of both sentences
		a, b string
		want Verdict
	}{
		{"2025-06-03", "The strike began at 9 p.m. EST on Tuesday.", "The strike began at 02:00 GMT on Wednesday.", Agree},
		{"2025-06-01", "The strike began at 9 p.m. EST on Sunday.", "The strike began at 02:00 GMT on Monday.", Agree},
		{"2025-06-05", "The strike began at 9 p.m. EST on Tuesday.", "The strike began at 02:00 GMT on Wednesday.", Agree},
		{"2025-06-03", "The strike began at 9 p.m. EST on Tuesday.", "The strike began at 02:00 GMT on Thursday.", Diverge},
	}
	for _, tt := range tests {
		ref, err := time.Parse("2006-01-02", tt.ref)
		if err != nil {
			t.Fatal(err)
		}
		var got []Verdict
		for _, c := range Compare(ExtractAt(tt.a, ref), ExtractAt(tt.b, ref)) {
			if c.Kind == KindDate {
				got = append(got, c.Verdict)
			}
		}
		if diff := cmp.Diff([]Verdict{tt.want}, got); diff != "" {
			t.Errorf("%s: Compare(%q, %q) dates (-want +got):\n%s", tt.ref, tt.a, tt.b, diff)
		}
	}
}

// TestDateKinds reads the dates of the issue: decades in words, parts of
// decades, ambiguous numeric dates, ranges and relative dates.
func TestDateKinds(t *testing.T) {
	tests := []struct {
		in   string
		want []date
	}{
		{"Crime peaked in the seventies.", []date{{"seventies", 1970, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the Sixties.", []date{{"Sixties", 1960, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the '60s.", []date{{"'60s", 1960, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the ’70s.", []date{{"’70s", 1970, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the 90's.", []date{{"90's", 1990, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the 1960's.", []date{{"1960's", 1960, 0, 0, 0, 0, Decade}}},
		{"Crime peaked in the nineteen-seventies.", []date{{"nineteen-seventies", 1970, 0, 0, 0, 0, Decade}}},
		{"Prices rose in the early 2010s.", []date{{"early 2010s", 2010, 0, 0, 0, Early, PartOfDecade}}},
		{"Prices rose in the late '60s.", []date{{"late '60s", 1960, 0, 0, 0, Late, PartOfDecade}}},
		{"Prices rose in the mid-1990s.", []date{{"mid-1990s", 1990, 0, 0, 0, Mid, PartOfDecade}}},
		{"Prices rose in the early seventies.", []date{{"early seventies", 1970, 0, 0, 0, Early, PartOfDecade}}},
		{"It was signed on 5/6/2025.", []date{{"5/6/2025", 2025, 5, 6, 0, 0, Day}}},
		{"It was signed on 5.6.2025.", []date{{"5.6.2025", 2025, 6, 5, 0, 0, Day}}},
		{"The summit runs May 12-14.", []date{{"May 12-14", 0, 5, 12, 0, 0, Day}}},
		{"The summit runs 12-14 May.", []date{{"12-14 May", 0, 5, 12, 0, 0, Day}}},
		{"The summit runs between 12 and 14 May.", []date{{"12 and 14 May", 0, 5, 12, 0, 0, Day}}},
		{"The summit runs from May 30 to June 2.", []date{{"May 30 to June 2", 0, 5, 30, 0, 0, Day}}},
		{"The study ran from 2010 to 2014.", []date{{"2010 to 2014", 2010, 0, 0, 0, 0, Year}}},
		{"The study ran between 2010 and 2014.", []date{{"2010 and 2014", 2010, 0, 0, 0, 0, Year}}},
		{"In the 2014-15 season he scored.", []date{{"2014-15", 2014, 0, 0, 0, 0, Year}}},
		{"Sales fell in January-March 2025.", []date{{"January-March 2025", 2025, 1, 0, 0, 0, Month}}},
		{"Attacks rose between June 2011 and July 2012.", []date{{"June 2011 and July 2012", 2011, 6, 0, 0, 0, Month}}},
		{"It added users between September and March, 2004.", []date{{"September and March, 2004", 2003, 9, 0, 0, 0, Month}}},
		{"The vote was moved from May 12 to May 14.", []date{{"May 12", 0, 5, 12, 0, 0, Day}, {"May 14", 0, 5, 14, 0, 0, Day}}},
		{"He left yesterday.", []date{{"yesterday", 0, 0, 0, 0, 0, Day}}},
		{"It ran in today’s editions.", []date{{"today’s", 0, 0, 0, 0, 0, Day}}},
		{"He returns next week.", []date{{"next week", 0, 0, 0, 0, 0, Day}}},
		{"He returned three days ago.", []date{{"three days ago", 0, 0, 0, 0, 0, Day}}},
		{"He returned a year ago.", []date{{"a year ago", 0, 0, 0, 0, 0, Year}}},
		{"He returned last Monday.", []date{{"last Monday", 0, 0, 0, 1, 0, DayOfWeek}}},
		{"The strike began last Monday, 9 February, at the docks.", []date{{"last Monday, 9 February", 0, 2, 9, 1, 0, Day}}},
		{"He returned last Monday, saying nothing.", []date{{"last Monday", 0, 0, 0, 1, 0, DayOfWeek}}},
		{"The ward closes on Christmas Day for cleaning.", []date{{"Christmas Day", 0, 12, 25, 0, 0, Day}}},
		{"The law applies from New Year's Day 2027.", []date{{"New Year's Day 2027", 2027, 1, 1, 0, 0, Day}}},
		{"She vanished on Christmas Eve, 2019.", []date{{"Christmas Eve, 2019", 2019, 12, 24, 0, 0, Day}}},
		{"It closes on New Year’s Eve.", []date{{"New Year’s Eve", 0, 12, 31, 0, 0, Day}}},
		{"A new year began with Christmas trees on sale.", nil},
		{"He returned last summer.", []date{{"last summer", 0, 0, 0, 0, Summer, PartOfYear}}},
		{"Sales this year's were up.", []date{{"this year's", 0, 0, 0, 0, 0, Year}}},
		// Not dates.
		{"She is in her seventies.", nil},
		{"They are in their 60s.", nil},
		{"He was the last man out.", nil},
		{"Over the last year prices rose.", nil},
		{"He read USA Today.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, dates(tt.in)); diff != "" {
			t.Errorf("Of[Date](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestCompareDateKinds compares the dates of the issue as sources would
// word them, with the kind and both values.
func TestCompareDateKinds(t *testing.T) {
	tests := []struct {
		a, b string
		want []cmpFact
	}{
		{"Crime peaked in the seventies.", "Crime peaked in the sixties.",
			[]cmpFact{{KindDate, Diverge, "seventies", "sixties"}}},
		{"Crime peaked in the '60s.", "Crime peaked in the '70s.",
			[]cmpFact{{KindDate, Diverge, "'60s", "'70s"}}},
		{"Crime peaked in the sixties.", "Crime peaked in the 1960s.",
			[]cmpFact{{KindDate, Agree, "sixties", "1960s"}}},
		{"Crime peaked in the '60s.", "Crime peaked in 1967.",
			[]cmpFact{{KindDate, Agree, "'60s", "1967"}}},
		{"Prices rose in the early 2010s.", "Prices rose in the late 2010s.",
			[]cmpFact{{KindDate, Diverge, "early 2010s", "late 2010s"}}},
		{"Prices rose in the early 2010s.", "Prices rose in 2012.",
			[]cmpFact{{KindDate, Agree, "early 2010s", "2012"}}},
		{"Prices rose in the late 2010s.", "Prices rose in 2012.",
			[]cmpFact{{KindDate, Diverge, "late 2010s", "2012"}}},
		{"It was signed on 5/6/2025.", "It was signed on 5 June 2025.",
			[]cmpFact{{KindDate, Agree, "5/6/2025", "5 June 2025"}}},
		{"It was signed on 5/6/2025.", "It was signed on May 6, 2025.",
			[]cmpFact{{KindDate, Agree, "5/6/2025", "May 6, 2025"}}},
		{"It was signed on 5/6/2025.", "It was signed on 7 June 2025.",
			[]cmpFact{{KindDate, Diverge, "5/6/2025", "7 June 2025"}}},
		{"It was signed on 13/6/2025.", "It was signed on June 13, 2025.",
			[]cmpFact{{KindDate, Agree, "13/6/2025", "June 13, 2025"}}},
		{"The summit runs May 12-14.", "The summit runs May 12-15.",
			[]cmpFact{{KindDate, Diverge, "May 12-14", "May 12-15"}}},
		{"The summit runs May 12-14.", "The summit runs 12-14 May.",
			[]cmpFact{{KindDate, Agree, "May 12-14", "12-14 May"}}},
		{"The summit runs May 12-14.", "The summit opens May 13.",
			[]cmpFact{{KindDate, Agree, "May 12-14", "May 13"}}},
		{"The summit runs May 12-14.", "The summit opens May 16.",
			[]cmpFact{{KindDate, Diverge, "May 12-14", "May 16"}}},
		{"The study ran from 2010 to 2014.", "The study ran from 2010 to 2015.",
			[]cmpFact{{KindDate, Diverge, "2010 to 2014", "2010 to 2015"}}},
		// Relative dates without a reference are compared with each other only.
		{"He left yesterday.", "He left today.",
			[]cmpFact{{KindDate, Diverge, "yesterday", "today"}}},
		{"He left last week.", "He left last week.",
			[]cmpFact{{KindDate, Agree, "last week", "last week"}}},
		{"He left last week.", "He left this week.",
			[]cmpFact{{KindDate, Diverge, "last week", "this week"}}},
		{"He left yesterday.", "He left last week.",
			[]cmpFact{{KindDate, Agree, "yesterday", "last week"}}},
		{"He left yesterday.", "He left on Tuesday.", nil},
		{"It opens this weekend; sales began last month.", "It opens this weekend; sales began this month.",
			[]cmpFact{{KindDate, Agree, "this weekend", "this weekend"}, {KindDate, Diverge, "last month", "this month"}}},
		{"He left last Thursday.", "He left on Thursday.",
			[]cmpFact{{KindDate, Agree, "last Thursday", "Thursday"}}},
		{"He left last Thursday.", "He left on Friday.",
			[]cmpFact{{KindDate, Diverge, "last Thursday", "Friday"}}},
		// A weekday alone against a date that writes its weekday; not
		// against a complete date that does not (it may be of another
		// time: an anniversary, a report's date).
		{"The bridge fell on Tuesday.", "The bridge fell on Wednesday, March 4, 2026.",
			[]cmpFact{{KindDate, Diverge, "Tuesday", "Wednesday, March 4, 2026"}}},
		{"The bridge fell on Wednesday.", "The bridge fell on Wednesday, March 4, 2026.",
			[]cmpFact{{KindDate, Agree, "Wednesday", "Wednesday, March 4, 2026"}}},
		{"The bridge fell on Tuesday.", "The bridge fell on March 4, 2026.", nil},
		{"Officials met to discuss the March 5, 2025 report on the dam.", "Officials met on Tuesday to discuss the report on the dam.", nil},
		{"On Tuesday, survivors marked the March 5, 1986 flood.", "On Wednesday, survivors marked the 1986 flood.",
			[]cmpFact{{KindDate, Agree, "March 5, 1986", "1986"}, {KindDate, Diverge, "Tuesday", "Wednesday"}}},
		{"The bridge fell on Tuesday.", "The bridge fell in March 2026.", nil},
		// Nor against a day of the month without a year: the trial began on
		// one day and ended on another.
		{"The trial had opened on 4 January.", "The verdict came on Tuesday, at the end of a trial that began on 14 January.",
			[]cmpFact{{KindDate, Diverge, "4 January", "14 January"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, comparisons(tt.a, tt.b)); diff != "" {
			t.Errorf("Compare(%q, %q) (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}

// TestExtractAt resolves relative dates against a publication date.
func TestExtractAt(t *testing.T) {
	// Wednesday, May 7, 2025.
	ref := time.Date(2025, 5, 7, 15, 0, 0, 0, time.UTC)
	type resolved struct {
		Text                   string
		Year, Month, Day       int
		ToYear, ToMonth, ToDay int
		Precision              Precision
		Inferred               bool
	}
	tests := []struct {
		in   string
		want []resolved
	}{
		{"He left yesterday.", []resolved{{"yesterday", 2025, 5, 6, 0, 0, 0, Day, true}}},
		{"He leaves tomorrow.", []resolved{{"tomorrow", 2025, 5, 8, 0, 0, 0, Day, true}}},
		{"He left three days ago.", []resolved{{"three days ago", 2025, 5, 4, 0, 0, 0, Day, true}}},
		{"He left last week.", []resolved{{"last week", 2025, 4, 28, 0, 5, 4, Day, true}}},
		{"He left last month.", []resolved{{"last month", 2025, 4, 0, 0, 0, 0, Month, true}}},
		{"He left last year.", []resolved{{"last year", 2024, 0, 0, 0, 0, 0, Year, true}}},
		{"He left on Monday.", []resolved{{"Monday", 2025, 5, 5, 0, 0, 0, Day, true}}},
		{"He will leave on Monday.", []resolved{{"Monday", 2025, 5, 12, 0, 0, 0, Day, true}}},
		{"He left last Thursday.", []resolved{{"last Thursday", 2025, 5, 1, 0, 0, 0, Day, true}}},
		{"He leaves next Friday.", []resolved{{"next Friday", 2025, 5, 9, 0, 0, 0, Day, true}}},
		{"He left on May 2.", []resolved{{"May 2", 0, 5, 2, 0, 0, 0, Day, false}}},
	}
	for _, tt := range tests {
		var got []resolved
		for _, d := range Of[Date](ExtractAt(tt.in, ref)) {
			got = append(got, resolved{d.Text, d.Year, d.Month, d.Day, d.ToYear, d.ToMonth, d.ToDay, d.Precision, d.Inferred})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Of[Date](ExtractAt(%q, %s)) (-want +got):\n%s", tt.in, ref.Format("Mon 2006-01-02"), diff)
		}
	}
	// A time's day is resolved too, and then compared with dates.
	a := Default().At(ref).Extract("The dam failed late last night.")
	b := Default().At(ref).Extract("The dam failed on Tuesday.")
	c := Default().At(ref.AddDate(0, 0, 1)).Extract("The dam failed on Tuesday night.")
	var got []string
	for _, cmpr := range append(Compare(a, b), Compare(a, c)...) {
		if cmpr.Kind == KindTime || cmpr.Kind == KindDate {
			got = append(got, string(cmpr.Kind)+" "+cmpr.Verdict.String())
		}
	}
	if diff := cmp.Diff([]string{"date agree", "time agree", "date agree"}, got); diff != "" {
		t.Errorf("resolved days of times (-want +got):\n%s", diff)
	}
	// A written date is paired with a written one before a day worked out
	// from the reference date.
	d := Default().At(ref).Extract("The trial had opened on 4 January.")
	e := Default().At(ref).Extract("The verdict came on Tuesday, at the end of a trial that began on 14 January.")
	got = nil
	for _, cmpr := range Compare(d, e) {
		got = append(got, d.Text[cmpr.A.Start:cmpr.A.End]+" "+cmpr.Verdict.String()+" "+e.Text[cmpr.B.Start:cmpr.B.End])
	}
	if diff := cmp.Diff([]string{"4 January diverge 14 January"}, got); diff != "" {
		t.Errorf("written dates paired first (-want +got):\n%s", diff)
	}
}

// timeAnchorTests are times whose sentence has one word the time reader's
// first test (timeAnchorFrom) looks for, of each kind, with the time read.
var timeAnchorTests = []struct{ in, want string }{
	{"The plant closed at noon on Monday.", "noon on Monday"},                                 // a clock word
	{"The plant closed at seven p.m. on Monday.", "seven p.m. on Monday"},                     // a meridiem
	{"The plant closed at seven o'clock on Monday.", "seven o'clock on Monday"},               // o'clock
	{"The plant closed at a quarter past seven on Monday.", "a quarter past seven on Monday"}, // half, quarter
	{"The plant closed on Monday morning.", "Monday morning"},                                 // a part of a day
	{"The plant closed in the early hours of Monday.", "early hours of Monday"},               // before one
	{"The plant closed late Monday.", "late Monday"},                                          // a part word
	{"The plant closes tonight.", "tonight"},                                                  // where it reads
	{"The plant closed at 10:30 on Monday.", "10:30 on Monday"},                               // a clock in digits
	{"The plant closed at 0335 GMT.", "0335 GMT"},                                             // a zone
}

// TestTimeAnchors: the time reader reads only where a word a time cannot
// do without follows (timeAnchorFrom); each sentence here has one such
// word alone, of each kind, and its time is read. (TestReadersOpen reads
// every token it turns away with the full reader.)
func TestTimeAnchors(t *testing.T) {
	for _, tt := range timeAnchorTests {
		var got []string
		for _, x := range Of[Time](Extract(tt.in)) {
			got = append(got, x.Text)
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("times of %q (-want +got):\n%s", tt.in, diff)
		}
	}
}
