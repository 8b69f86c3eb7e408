package normalize

import (
	"strconv"
	"strings"
	"time"
)

// Date is a point or period in time mentioned in a sentence.
type Date struct {
	Span
	Text      string
	Year      int // 0 when unknown; the first year of a decade
	Month     int // 1-12, 0 when unknown
	Day       int // 1-31, 0 when unknown
	Weekday   int // 1 Monday to 7 Sunday (ISO 8601), 0 when unknown
	Part      Part
	Precision Precision
}

// Precision says how much of a Date is known.
type Precision int

// Precisions from coarsest to finest, then DayOfWeek.
const (
	Decade      Precision = iota + 1 // "the 1990s"
	Year                             // "2014", "in 2014"
	PartOfYear                       // "late 2017", "summer of 2012": Part is set
	Month                            // "October", "March 2015"
	PartOfMonth                      // "mid-October": Part is set
	Day                              // "January 27", "2024-01-27"
	DayOfWeek                        // "Tuesday" and no date: only Weekday is set
)

// Part is a part of a year or month, or a season.
type Part uint8

// Parts. Seasons are those of the northern hemisphere.
const (
	Early Part = iota + 1
	Mid
	Late
	Spring
	Summer
	Autumn
	Winter
)

// date reads a date at token i: "January 27", "Jan. 27, 2024", "27 January",
// "2024-01-27", "in 2014", "October", "mid-October", "late 2017", "Tuesday",
// "summer of 2012", "the 1990s".
func (p *parser) date(i int) (int, bool) {
	// Every date opens with a numeral or one of these words.
	if p.kindAt(i) != tNum && !p.is(i, fPartWord|fPartPhraseStart|fWeekday|fSeason|fMonth|fMonthAbbrev) {
		return i, false
	}
	part, j := p.partPrefix(i)
	d, end, ok := p.dateCore(j, part != 0)
	if !ok {
		return i, false
	}
	if part != 0 {
		switch d.Precision {
		case Year:
			d.Part, d.Precision = part, PartOfYear
		case Month:
			d.Part, d.Precision = part, PartOfMonth
		default:
			return i, false
		}
	}
	d.Span = p.span(i, end)
	d.Text = p.s[d.Start:d.End]
	p.facts = append(p.facts, d)
	return end, true
}

// partPrefix reads "early", "mid-", "late", "the end of" at token i.
func (p *parser) partPrefix(i int) (Part, int) {
	if part, ok := lookupAt(p, i, fPartWord, partWords); ok {
		if isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) {
			return part, i + 2
		}
		return part, i + 1
	}
	if !p.is(i, fPartPhraseStart) {
		return 0, i
	}
	for _, pp := range partPhrases {
		if j, ok := p.match(i, pp.words); ok {
			return pp.part, j
		}
	}
	return 0, i
}

// dateCore reads the date proper at token i. afterPart is true after "late" and the like.
func (p *parser) dateCore(i int, afterPart bool) (Date, int, bool) {
	t := p.tokAt(i)
	if t == nil {
		return Date{}, i, false
	}
	switch t.kind {
	case tWord:
		if wd, ok := lookupAt(p, i, fWeekday, weekdays); ok && t.upper && !afterPart {
			end := i + 1
			if len(t.lc) <= 4 {
				if p.lcAt(end) != "." {
					return Date{}, i, false
				}
				end++
			}
			d := Date{Weekday: wd, Precision: DayOfWeek}
			k := end
			if p.lcAt(k) == "," {
				k++
			}
			if md, e, ok := p.monthDate(k, false); ok && md.Precision == Day {
				md.Weekday = wd
				return md, e, true
			}
			return d, end, true
		}
		if s, ok := lookupAt(p, i, fSeason, seasons); ok {
			k := i + 1
			if p.lcAt(k) == "of" {
				k++
			}
			if y, ok := p.fourDigitYear(k); ok && !afterPart {
				return Date{Year: y, Part: s, Precision: PartOfYear}, k + 1, true
			}
			return Date{}, i, false
		}
		return p.monthDate(i, afterPart)
	case tNum:
		// "27 January [2024]", "the 27th of January"
		if day, k, ok := p.dayNumber(i); ok {
			if p.lcAt(k) == "of" {
				k++
			}
			if m, k2, ok := p.monthWord(k, true); ok {
				d := Date{Month: m, Day: day, Precision: Day}
				if y, ok := p.fourDigitYear(k2); ok {
					d.Year, k2 = y, k2+1
				}
				return d, k2, true
			}
		}
		if d, end, ok := p.numericDate(i); ok {
			return d, end, true
		}
		if y, ok := p.fourDigitYear(i); ok {
			if p.lcAt(i+1) == "s" && p.glued(i+1) && y%10 == 0 {
				return Date{Year: y, Precision: Decade}, i + 2, true
			}
			if afterPart || p.yearContext(i) {
				return Date{Year: y, Precision: Year}, i + 1, true
			}
		}
	}
	return Date{}, i, false
}

func (p *parser) tokAt(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// monthDate reads "January", "January 27", "Jan. 27, 2024", "March 2015" at token i.
func (p *parser) monthDate(i int, afterPart bool) (Date, int, bool) {
	m, k, ok := p.monthWord(i, false)
	if !ok {
		return Date{}, i, false
	}
	if day, k2, ok := p.dayNumber(k); ok && !afterPart {
		d := Date{Month: m, Day: day, Precision: Day}
		if p.lcAt(k2) == "," {
			if y, ok := p.fourDigitYear(k2 + 1); ok {
				d.Year, k2 = y, k2+2
			}
		} else if y, ok := p.fourDigitYear(k2); ok {
			d.Year, k2 = y, k2+1
		}
		return d, k2, true
	}
	k2 := k
	if p.lcAt(k2) == "of" || p.lcAt(k2) == "," {
		k2++
	}
	if y, ok := p.fourDigitYear(k2); ok {
		return Date{Year: y, Month: m, Precision: Month}, k2 + 1, true
	}
	// A month alone: abbreviations and "May" need a day or year, or a
	// preposition before them ("in May"), to be read as a month.
	full := k == i+1 && len(p.lcAt(i)) >= 3
	if !p.is(i, fMonth) {
		full = false
	}
	if !full {
		return Date{}, i, false
	}
	if p.lcAt(i) == "may" && !afterPart && !p.is(i-1, fYearPrep) && p.lcAt(i-1) != "last" && p.lcAt(i-1) != "next" && p.lcAt(i-1) != "this" {
		return Date{}, i, false
	}
	return Date{Month: m, Precision: Month}, k, true
}

// monthWord reads a capitalized month name or abbreviation ("Jan.", "Sept") at token i.
func (p *parser) monthWord(i int, any bool) (int, int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord || !t.upper {
		return 0, i, false
	}
	if m, ok := lookupAt(p, i, fMonth, months); ok {
		return m, i + 1, true
	}
	if m, ok := lookupAt(p, i, fMonthAbbrev, monthAbbrevs); ok {
		k := i + 1
		if p.lcAt(k) == "." && p.glued(k) {
			k++
		}
		// An abbreviation must be followed by a day or a year ("Jan" is also a name).
		if _, _, ok := p.dayNumber(k); ok || any {
			return m, k, true
		}
		if _, ok := p.fourDigitYear(k); ok {
			return m, k, true
		}
	}
	return 0, i, false
}

// dayNumber reads a day of the month, "27" or "27th", at token i.
func (p *parser) dayNumber(i int) (int, int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tNum || t.End-t.Start > 2 || !isDigit(p.s[t.Start]) {
		return 0, i, false
	}
	d := 0
	for k := t.Start; k < t.End; k++ {
		d = d*10 + int(p.s[k]-'0')
	}
	if d < 1 || d > 31 {
		return 0, i, false
	}
	k := i + 1
	switch p.lcAt(k) {
	case "st", "nd", "rd", "th":
		if p.glued(k) {
			k++
		}
	}
	// "Jan 27-29", "27 percent", "27.5": not a day alone.
	if p.lcAt(k) == "%" || p.is(k, fPercent) {
		return 0, i, false
	}
	return d, k, true
}

// fourDigitYear reads a year 1000-2999 written as four plain digits at token i.
func (p *parser) fourDigitYear(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tNum || t.End-t.Start != 4 || !isDigit(p.s[t.Start]) {
		return 0, false
	}
	y := 0
	for k := t.Start; k < t.End; k++ {
		y = y*10 + int(p.s[k]-'0')
	}
	if y < 1000 || y > 2999 {
		return 0, false
	}
	return y, true
}

// numericDate reads "2024-01-27" and "1/27/2024" (month first unless the
// first number cannot be a month) at token i.
func (p *parser) numericDate(i int) (Date, int, bool) {
	t := p.toks[i]
	text := p.s[t.Start:t.End]
	if y, ok := p.fourDigitYear(i); ok && isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) &&
		isDash(p.lcAt(i+3)) && p.glued(i+3) && p.glued(i+4) {
		m, okm := smallInt(p.lcAt(i + 2))
		d, okd := smallInt(p.lcAt(i + 4))
		if okm && okd && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return Date{Year: y, Month: m, Day: d, Precision: Day}, i + 5, true
		}
	}
	var parts [3]int
	n := 0
	v, digits := 0, 0
	for k := 0; k <= len(text); k++ {
		if k == len(text) || text[k] == '/' {
			if n == 3 || digits == 0 {
				return Date{}, i, false
			}
			parts[n] = v
			n++
			v, digits = 0, 0
			continue
		}
		if !isDigit(text[k]) {
			return Date{}, i, false
		}
		v = v*10 + int(text[k]-'0')
		digits++
	}
	if n != 3 {
		return Date{}, i, false
	}
	m, d, y := parts[0], parts[1], parts[2]
	if m > 12 {
		m, d = d, m
	}
	if y < 100 {
		y += 2000
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999 {
		return Date{}, i, false
	}
	return Date{Year: y, Month: m, Day: d, Precision: Day}, i + 1, true
}

// smallInt parses one or two digits.
func smallInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	v := 0
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return 0, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// yearContext reports whether the four digits at token i, a value in
// 1900-2100, are a year rather than a count: "in 2014", "2014 was", but not
// "2000 people", "$2014" or "about 1990".
func (p *parser) yearContext(i int) bool {
	y, _ := p.fourDigitYear(i)
	if y < 1900 || y > 2100 {
		return false
	}
	prev := p.lcAt(i - 1)
	if p.is(i-1, fCurrency) || prev == "about" || prev == "than" || prev == "nearly" ||
		prev == "some" || prev == "approximately" || prev == "roughly" || prev == "around" ||
		prev == "over" || prev == "least" || prev == "almost" || prev == "no." || prev == "minus" {
		return false
	}
	next := p.lcAt(i + 1)
	if p.is(i+1, fPercent) || next == "per" {
		return false
	}
	if p.is(i+1, fScale) {
		return false
	}
	if prev == "in" && (p.kindAt(i-2) == tNum || p.lcAt(i-2) == "one") {
		return false // "one in 2000"
	}
	if p.is(i-1, fYearPrep) {
		return true
	}
	if p.is(i-1, fMonth) {
		return true
	}
	// "2000 people" and "2000 Roman Catholics" count; "the 2002 study", "the
	// 1996 Olympics", "Windows 2000 machines" and "2014 was" are years.
	if prev == "the" || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
		p.kindAt(i-1) == tWord && p.toks[i-1].upper && !p.sentenceStart(i-1) {
		return true
	}
	for k := i + 1; k <= i+3 && p.kindAt(k) == tWord; k++ {
		w := p.lcAt(k)
		if p.is(k, fStop|fClauseEnd) {
			break
		}
		if n := len(w); n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\'' || p.is(k, fIrregularPlural) {
			return false
		}
	}
	return true
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

// KindDate is the kind of dates: days, months, years, decades, parts of
// them and weekdays.
const KindDate Kind = "date"

// Kind implements Fact.
func (Date) Kind() Kind { return KindDate }

// Bounds implements Fact.
func (d Date) Bounds() Span { return d.Span }

// compareDates pairs the dates of a and b that can name the same time, and
// then, in text order, the dates of a that fit no date of b with those of b
// that fit none of a. Only dates that state the same kind of thing are
// compared: a year with a year, a day or month without a year with its
// like. "in December" says nothing about which year, so it neither
// confirms nor contradicts "in 2015".
func compareDates(a, b *Facts) []Comparison {
	comparable := func(x, y Date) bool { return (x.Year != 0) == (y.Year != 0) }
	fits := func(x, y Date) bool { return comparable(x, y) && x.Compatible(y) }
	return pairUnmatched(KindDate, Of[Date](*a), Of[Date](*b), fits, comparable)
}

func canonicalDate(b *strings.Builder, f Fact, _ string) bool {
	f.(Date).writeCanonical(b)
	return true
}

var monthNames = [...]string{"", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

var weekdayNames = [...]string{"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

var partNames = [...]string{"", "early", "mid", "late", "spring", "summer", "autumn", "winter"}

// writeCanonical writes the canonical form of d, its parts as words:
// "tuesday january 27 2024", "late 2017", "1990s".
func (d Date) writeCanonical(b *strings.Builder) {
	first := true
	word := func(w string) {
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(w)
	}
	if d.Weekday >= 1 && d.Weekday <= 7 {
		word(weekdayNames[d.Weekday])
	}
	if int(d.Part) < len(partNames) && d.Part != 0 {
		word(partNames[d.Part])
	}
	if d.Month >= 1 && d.Month <= 12 {
		word(monthNames[d.Month])
	}
	var buf [24]byte
	if d.Day != 0 {
		word(string(strconv.AppendInt(buf[:0], int64(d.Day), 10)))
	}
	if d.Year != 0 {
		y := strconv.AppendInt(buf[:0], int64(d.Year), 10)
		if d.Precision == Decade {
			y = append(y, 's')
		}
		word(string(y))
	}
}

// pairDate pairs dates that state the same kind of thing: a year with a
// year, a day or month without a year with its like (see compareDates).
func pairDate(f Fact) string {
	if f.(Date).Year != 0 {
		return "date:year"
	}
	return "date:"
}
