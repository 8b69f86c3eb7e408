package bench

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// The news sentences below were written for this comparison (no external
// source), in the ways wire copy and local papers give times and relative
// days, and labelled by hand: the clock time of the first time stated
// (24-hour "15:04"), or the day a relative date names when written on
// Wednesday, May 7, 2025, or nothing when the sentence states neither.
var timeSentences = []struct {
	text  string
	clock string // "" when no clock time
	day   string // "2006-01-02" of a relative date, "" when none
}{
	{"The levee gave way shortly before 11 p.m. on Saturday, the county said.", "23:00", ""},
	{"Police sealed off the square at 23:30 local time after the second blast.", "23:30", ""},
	{"The index closed at 4 p.m. EDT, down 0.8 percent.", "16:00", ""},
	{"Trading in the shares was halted at 0335 GMT pending an announcement.", "03:35", ""},
	{"The first ballots were counted at 9:45pm, an hour after polls closed.", "21:45", ""},
	{"Rescuers reached the mine at about 2:15 a.m., officials said.", "02:15", ""},
	{"The strike is due to begin at midnight on Thursday.", "00:00", ""},
	{"Ministers will meet again at noon to review the offer.", "12:00", ""},
	{"The ferry left the harbour at 7.40am with 312 passengers on board.", "07:40", ""},
	{"The quake struck at 10:17 GMT, about 40 km below the sea floor.", "10:17", ""},
	{"Fans began queueing at six o'clock in the morning.", "06:00", ""},
	{"The verdict is expected around 3 p.m. Friday, a court clerk said.", "15:00", ""},
	{"The blaze was reported just after 1 a.m. and burned for six hours.", "01:00", ""},
	{"Voting runs from 7 a.m. to 8 p.m. at 2,300 polling stations.", "07:00", ""},
	{"The launch is set for 21:45 UTC, or 5:45 p.m. EDT.", "21:45", ""},
	{"The president spoke on Tuesday at 8 p.m. from the Oval Office.", "20:00", ""},
	{"The minister resigned yesterday after a week of pressure.", "", "2025-05-06"},
	{"Talks resume tomorrow in Geneva, a spokesman said.", "", "2025-05-08"},
	{"The plant closed three days ago, throwing 400 people out of work.", "", "2025-05-04"},
	{"The company said on Monday it would cut 1,200 jobs.", "", "2025-05-05"},
	{"The central bank raised rates last Thursday for the third time.", "", "2025-05-01"},
	// No time or relative day: numbers a reader of times could take for one.
	{"The home side won 3-2 after extra time in front of 41,000 fans.", "", ""},
	{"Inflation eased to 2.4 percent in March from 2.6 percent.", "", ""},
	{"The 9/11 commission released 567 pages of findings in 2004.", "", ""},
	{"About 1,500 troops will stay until May 12-14, when talks are held.", "", ""},
	{"He scored 12 of his 20 points in the fourth quarter.", "", ""},
	{"Prices may 2-double by the end of the year, 14 analysts said.", "", ""},
}

var timeRef = time.Date(2025, time.May, 7, 12, 0, 0, 0, time.UTC)

func newWhen() *when.Parser {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	return w
}

// TestTimesAccuracy compares olebedev/when (rule based, with a base time;
// one result per call: the first cluster of matches) with normalize on the
// labelled sentences: a time or day is right when its value is the label,
// false when the sentence states none.
//
//	go test -run TimesAccuracy -v
func TestTimesAccuracy(t *testing.T) {
	w := newWhen()
	type score struct{ right, wrong, missed, falsePos int }
	var sw, sn score
	tally := func(s *score, got, want string) {
		switch {
		case want == "" && got != "":
			s.falsePos++
		case want == "":
		case got == want:
			s.right++
		case got == "":
			s.missed++
		default:
			s.wrong++
		}
	}
	for _, ts := range timeSentences {
		want := ts.clock + ts.day
		// when: the clock or the day of its one result, as labelled.
		gotW := ""
		if r, err := w.Parse(ts.text, timeRef); err == nil && r != nil {
			switch {
			case ts.day != "" || ts.clock == "" && r.Time.Format("15:04") == timeRef.Format("15:04"):
				gotW = r.Time.Format("2006-01-02")
			default:
				gotW = r.Time.Format("15:04")
			}
		}
		tally(&sw, gotW, want)
		// normalize: the first clock time, or the first resolved relative date.
		gotN := ""
		f := normalize.ExtractAt(ts.text, timeRef)
		for _, x := range f.All {
			switch v := x.(type) {
			case normalize.Time:
				if v.Clock >= 0 && gotN == "" {
					gotN = fmt.Sprintf("%02d:%02d", v.Clock/60%24, v.Clock%60)
				}
			case normalize.Date:
				if v.Inferred && gotN == "" {
					gotN = fmt.Sprintf("%04d-%02d-%02d", v.Year, v.Month, v.Day)
				}
			}
		}
		tally(&sn, gotN, want)
		if testing.Verbose() && (gotW != want || gotN != want) {
			t.Logf("%q: want %q, when %q, normalize %q", ts.text, want, gotW, gotN)
		}
	}
	labelled := 0
	for _, ts := range timeSentences {
		if ts.clock+ts.day != "" {
			labelled++
		}
	}
	for _, r := range []struct {
		name string
		s    score
	}{{"olebedev/when", sw}, {"normalize", sn}} {
		t.Logf("%-14s %2d of %d right, %d wrong, %d missed, %d false on %d sentences without one",
			r.name, r.s.right, labelled, r.s.wrong, r.s.missed, r.s.falsePos, len(timeSentences)-labelled)
	}
}

// BenchmarkTimes reads the MRPC sentences (shared/data/mrpc/train.tsv) for
// times: olebedev/when's one result per sentence, and all of normalize's
// facts.
//
//	go test -run '^$' -bench Times
func BenchmarkTimes(b *testing.B) {
	var sents []string
	var n int64
	for _, p := range shareddata.MRPC(b) {
		sents = append(sents, p.A, p.B)
		n += int64(len(p.A) + len(p.B))
	}
	b.Run("when", func(b *testing.B) {
		w := newWhen()
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range sents {
				_, _ = w.Parse(s, timeRef)
			}
		}
	})
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range sents {
				normalize.ExtractAt(s, timeRef)
			}
		}
	})
}
