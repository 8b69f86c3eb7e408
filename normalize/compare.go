package normalize

import (
	"math"
	"strings"
	"time"
)

// Compatible reports whether a and b can state the same quantity: the
// intervals their hedges imply overlap. "over 150" is compatible with 160
// but not with 100; "about 2,500" with "approximately 2,500"; 2,500 is not
// with 3,000. It compares values only: pair numbers with SameThing first.
//
// Two intervals with finite ends (ranges, approximations) are compatible when
// their ends are within 10% of each other: "10-15" and "12-20" are not. Two bounds in the same direction are compared
// as bounds: "more than $34
// billion" and "over $41 billion" are both open upwards, so their intervals
// always overlap, yet they state different figures. They are compatible
// when the bounds are within 10% of each other ("over 150", "more than 160").
func (a Number) Compatible(b Number) bool {
	eps := 1e-9 * math.Max(1, math.Max(math.Abs(a.Value), math.Abs(b.Value)))
	near := func(x, y float64) bool {
		return math.Abs(x-y) <= nearTolerance*math.Max(math.Abs(x), math.Abs(y))+eps
	}
	switch {
	case math.IsInf(a.High, 1) && math.IsInf(b.High, 1):
		return near(a.Low, b.Low)
	case a.upperBound() && b.upperBound():
		return near(a.High, b.High)
	case a.isRange() && b.isRange():
		return near(a.Low, b.Low) && near(a.High, b.High)
	}
	return a.Low <= b.High+eps && b.Low <= a.High+eps
}

// isRange reports whether a is an interval with two finite ends: a range
// ("10-15"), a vague quantity ("thousands") or an approximation ("about 20").
func (a Number) isRange() bool {
	return a.Low < a.High && !math.IsInf(a.High, 1) && !a.upperBound()
}

// upperBound reports whether a is open downwards: "up to 40", "less than 10".
func (a Number) upperBound() bool {
	return a.Hedge != "" && a.High == a.Value && a.Low != a.Value && (a.Low == 0 || math.IsInf(a.Low, -1))
}

// SameThing reports whether a and b count the same thing, so that their
// values may be compared: same Kind, and units whose head nouns agree once
// singular ("US troops" and "troops", "attack" and "attacks", "%" and
// "percent"). Two numbers without a unit count the same unknown thing; a
// number with a unit and one without do not.
func (a Number) SameThing(b Number) bool {
	if a.Kind != b.Kind {
		return false
	}
	return unitHead(a.Unit) == unitHead(b.Unit)
}

// unitHead returns the last word of a unit, singular: "us troops" -> "troop".
func unitHead(u string) string {
	if k := strings.LastIndexByte(u, ' '); k >= 0 {
		u = u[k+1:]
	}
	switch u {
	case "%", "pct", "percent":
		return "percent"
	case "people", "persons", "person":
		return "person"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	}
	switch {
	case len(u) > 4 && strings.HasSuffix(u, "ies"):
		return u[:len(u)-3] + "y"
	case len(u) > 4 && (strings.HasSuffix(u, "ses") || strings.HasSuffix(u, "xes") ||
		strings.HasSuffix(u, "ches") || strings.HasSuffix(u, "shes")):
		return u[:len(u)-2]
	case len(u) > 2 && strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss"):
		return u[:len(u)-1]
	}
	return u
}

// Compatible reports whether a and b can name the same time, given what
// each leaves unknown: "2014" and "in 2014" agree, "January 27" and
// "January 29" do not, "late 2017" and "December 2017" agree, "Tuesday"
// and "January 27, 2015" (a Tuesday) agree.
func (a Date) Compatible(b Date) bool {
	ra, rb := a.ranges(), b.ranges()
	if ra.yearLo != 0 && rb.yearLo != 0 && (ra.yearLo > rb.yearHi || rb.yearLo > ra.yearHi) {
		return false
	}
	if ra.months != 0 && rb.months != 0 && ra.months&rb.months == 0 {
		return false
	}
	if ra.days != 0 && rb.days != 0 && ra.days&rb.days == 0 {
		return false
	}
	wa, wb := a.weekday(), b.weekday()
	return wa == 0 || wb == 0 || wa == wb
}

// dateRanges are the years, months (bit m) and days (bit d) a date allows;
// zero means unknown.
type dateRanges struct {
	yearLo, yearHi int
	months         uint16
	days           uint32
}

func monthBits(lo, hi int) uint16 {
	var m uint16
	for k := lo; k <= hi; k++ {
		m |= 1 << k
	}
	return m
}

func dayBits(lo, hi int) uint32 {
	var d uint32
	for k := lo; k <= hi; k++ {
		d |= 1 << k
	}
	return d
}

func (d Date) ranges() dateRanges {
	r := dateRanges{yearLo: d.Year, yearHi: d.Year}
	if d.Precision == Decade && d.Year != 0 {
		r.yearHi = d.Year + 9
	}
	if d.Month >= 1 && d.Month <= 12 {
		r.months = 1 << d.Month
	}
	if d.Day >= 1 && d.Day <= 31 {
		r.days = 1 << d.Day
	}
	switch d.Precision {
	case PartOfYear:
		// Overlapping thirds, so that "mid" and "late" meet at the edges.
		switch d.Part {
		case Early:
			r.months = monthBits(1, 4)
		case Mid:
			r.months = monthBits(4, 9)
		case Late:
			r.months = monthBits(9, 12)
		case Spring:
			r.months = monthBits(3, 6)
		case Summer:
			r.months = monthBits(6, 9)
		case Autumn:
			r.months = monthBits(9, 12)
		case Winter:
			r.months = monthBits(1, 3) | monthBits(12, 12)
		}
	case PartOfMonth:
		switch d.Part {
		case Early:
			r.days = dayBits(1, 10)
		case Mid:
			r.days = dayBits(10, 20)
		case Late:
			r.days = dayBits(20, 31)
		}
	}
	return r
}

// weekday returns the ISO weekday of d: the one written, else the one of a
// complete date, else 0.
func (d Date) weekday() int {
	if d.Weekday != 0 {
		return d.Weekday
	}
	if d.Year != 0 && d.Month != 0 && d.Day != 0 && d.Precision == Day {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
		if t.Day() != d.Day {
			return 0 // February 30: no weekday to check
		}
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return wd
	}
	return 0
}

// Same reports whether a and b negate the same predicate: "did not attack"
// and "never attacked" do, "did not attack" and "did not retreat" do not.
// A claim whose negations have no Same partner in the other claim says
// "not X" where the other says "X".
func (a Negation) Same(b Negation) bool {
	return a.Predicate == b.Predicate
}

// Matches reports whether a and b may name the same entity: equal keys, or
// the words of one key end the other's, so that "Obama" matches "Barack
// Obama" and "al-Sudani" matches "Mohammed Shia al-Sudani".
func (a Name) Matches(b Name) bool {
	if a.Key == "" || b.Key == "" {
		return false
	}
	if a.Key == b.Key {
		return true
	}
	short, long := a.Key, b.Key
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.HasSuffix(long, " "+short)
}
