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
	// NoCentury is set for a decade written without its century ("the
	// sixties", "the '60s"): Year is then in 1900-1999, and Compatible
	// takes it for that decade of any century.
	NoCentury bool
	// EitherOrder is set for a numeric date whose day and month can be
	// read either way ("5/6/2025"): Month and Day are one reading (month
	// first with slashes, day first with dots), and Compatible accepts the
	// other too.
	EitherOrder bool
	// ToYear, ToMonth and ToDay end a range: "May 12-14" (ToDay 14),
	// "2010-2014" (ToYear 2014), "May-June 2025" (ToMonth 6). Each is 0
	// when the end shares it with the start, and all are 0 for one date.
	ToYear, ToMonth, ToDay int
	// Rel is set for a date written relative to the day of writing
	// ("yesterday", "last week", "three years ago", "next Monday"). With a
	// reference date (Extractor.At) it is resolved: Year, Month and Day are
	// set and Inferred; without one, it is compared only with other
	// relative dates.
	Rel Relative
	// Inferred is set when Year, Month and Day were worked out from a
	// reference date rather than written: a relative date, or a weekday
	// alone ("on Monday"), resolved by Extractor.At.
	Inferred bool
}

// Relative is a date written relative to the day of writing: Offset units
// from it. "yesterday" is {RelDay, -1}, "last week" {RelWeek, -1}, "this
// year" {RelYear, 0}, "three days ago" {RelDay, -3}, "next Monday"
// {RelWeek, 1} with the Date's Weekday.
type Relative struct {
	Unit   RelUnit // 0 for a date that is not relative
	Offset int
}

// RelUnit is the unit of a Relative date.
type RelUnit uint8

// Units of relative dates.
const (
	RelDay RelUnit = iota + 1
	RelWeek
	RelMonth
	RelYear
)

// Precision says how much of a Date is known.
type Precision int

// Precisions from coarsest to finest, then DayOfWeek, then PartOfDecade
// (which lies between Decade and Year; it came later, and the values of
// the others are kept).
const (
	Decade       Precision = iota + 1 // "the 1990s", "the seventies"
	Year                              // "2014", "in 2014"
	PartOfYear                        // "late 2017", "summer of 2012": Part is set
	Month                             // "October", "March 2015"
	PartOfMonth                       // "mid-October": Part is set
	Day                               // "January 27", "2024-01-27"
	DayOfWeek                         // "Tuesday" and no date: only Weekday is set
	PartOfDecade                      // "the early 2010s", "the late '60s": Part is set
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

// dateOpeners are the word lists a date may start with: the words date
// tests first, "a" and "an" among the value words, "between" and "from".
const dateOpeners = fHoliday | fPartWord | fPartPhraseStart | fWeekday | fSeason | fMonth | fMonthAbbrev | fRelative | fDecade | fCardinal | fValueWord | fRangeOpen

// date reads a date at token i: "January 27", "Jan. 27, 2024", "27 January",
// "2024-01-27", "in 2014", "October", "mid-October", "late 2017", "Tuesday",
// "summer of 2012", "the 1990s", "the seventies", "the early 2010s", "May
// 12-14", "2010-2014", "yesterday", "last week", "three years ago".
func (p *parser) date(i int) (int, bool) {
	// Every date opens with a numeral or one of these words.
	if p.kindAt(i) != tNum && !p.is(i, fHoliday|fPartWord|fPartPhraseStart|fWeekday|fSeason|fMonth|fMonthAbbrev|fRelative|fDecade|fCardinal) {
		switch p.lcAt(i) {
		case "a", "an", "between", "from": // see dateOpeners
		default:
			return i, false
		}
	}
	if t := &p.toks[i]; t.kind == tNum && t.lex&dateOpeners == 0 && !p.numeralOpensDate(i) {
		return i, false // most numerals are counts
	}
	// holiday and relativeDate turn most tokens away at once: their first
	// tests are made here too, which spares a call and its Date result.
	if p.is(i, fHoliday) {
		if d, end, ok := p.holiday(i); ok {
			p.addDate(d, i, end)
			return end, true
		}
	}
	if p.is(i, fRelative) || p.lcAt(i+2) == "ago" {
		if d, end, ok := p.relativeDate(i); ok {
			// "last Monday, 9 February": the written date says which Monday.
			if d.Weekday != 0 && p.lcAt(end) == "," {
				if w, wEnd, ok := p.dateCore(end+1, false); ok && w.Precision == Day && (w.Weekday == 0 || w.Weekday == d.Weekday) {
					w.Weekday = d.Weekday
					p.addDate(w, i, wEnd)
					return wEnd, true
				}
			}
			p.addDate(d, i, end)
			return end, true
		}
	}
	if p.kindAt(i) != tNum && !p.is(i, fPartWord|fPartPhraseStart|fWeekday|fSeason|fMonth|fMonthAbbrev|fDecade|fCardinal) {
		if w := p.lcAt(i); w != "between" && w != "from" {
			return i, false // "a", "an", "last": only relative dates open with them
		}
	}
	if w := p.lcAt(i); w == "between" || w == "from" {
		// "between 12 and 14 May": a range of days, read before the
		// number reader takes "between 12 and 14".
		if d, end, ok := p.dayFirstRange(i + 1); ok {
			p.addDate(d, i+1, end)
			return end, true
		}
		return i, false
	}
	part, j := p.partPrefix(i)
	if p.noDateAt(j) {
		return i, false
	}
	d, end, ok := p.decade(j, i)
	if !ok {
		d, end, ok = p.dateCore(j, part != 0)
	}
	if !ok {
		return i, false
	}
	start := i
	if d.Span.End != 0 {
		start = min(start, p.tokenAt(d.Start)) // "'60s" starts at its apostrophe
	}
	if part != 0 {
		switch d.Precision {
		case Decade:
			d.Part, d.Precision = part, PartOfDecade
		case Year:
			d.Part, d.Precision = part, PartOfYear
		case Month:
			d.Part, d.Precision = part, PartOfMonth
		default:
			return i, false
		}
	} else {
		end = p.dateRange(&d, start, end)
	}
	p.addDate(d, start, end)
	return end, true
}

// numeralOpensDate reports whether a date may start at numeral i, as each
// reading of one at a numeral needs: four digits (a year: "in 2014",
// "2024-01-27"), a slash or a point in it ("1/27/2024", "5.6.2025"), or
// after it a month ("27 January"), "of" or an ordinal's suffix ("the 27th
// of January"), a range's separator ("12-14 May"), a plural's "s" ("the
// 60s", "the 60's"), or "ago" after that ("three days ago"). (A numeral
// that were a word of a list would open the readings of that word: date
// checks dateOpeners first.)
func (p *parser) numeralOpensDate(i int) bool {
	t := &p.toks[i]
	if t.End-t.Start == 4 {
		return true
	}
	for k := t.Start; k < t.End; k++ {
		if c := p.s[k]; c == '/' || c == '.' {
			return true
		}
	}
	if p.lcAt(i+2) == "ago" {
		return true
	}
	n := p.tokAt(i + 1)
	if n == nil {
		return false
	}
	if n.lex&(fMonth|fMonthAbbrev) != 0 {
		return true
	}
	switch n.lc {
	case "of", "st", "nd", "rd", "th", "s", "'", "’", "through", "thru", "to", "until", "till", "and":
		return true
	}
	return isDash(n.lc)
}

// holiday reads a holiday of a fixed day at token i (see holidays), with
// a year after it ("Christmas Day 2024", "Christmas Eve, 2024").
func (p *parser) holiday(i int) (Date, int, bool) {
	if !p.is(i, fHoliday) || !p.upperAt(i) {
		return Date{}, i, false
	}
next:
	for _, h := range holidays {
		for k, w := range h.words {
			if !sameApostrophe(p.lcAt(i+k), w) {
				continue next
			}
		}
		d := Date{Month: h.month, Day: h.day, Precision: Day}
		y, end, _ := p.yearAfter(i + len(h.words))
		d.Year = y
		return d, end, true
	}
	return Date{}, i, false
}

// sameApostrophe reports whether the word lc is w, a curly apostrophe in
// lc read as "'" ("valentine’s"). Lengths settle most words: each curly
// apostrophe is two bytes longer than the straight one w has.
func sameApostrophe(lc, w string) bool {
	switch {
	case len(lc) == len(w):
		return lc == w
	case len(lc) < len(w):
		return false
	}
	return strings.ReplaceAll(lc, "’", "'") == w
}

// addDate sets the span and text of d, read from tokens i to end-1,
// resolves it when relative, and appends it.
func (p *parser) addDate(d Date, i, end int) {
	d.Span = p.span(i, end)
	d.Text = p.s[d.Start:d.End]
	p.resolve(&d)
	p.add(d, d.Start)
}

// tokenAt returns the index of the token that starts at byte b.
func (p *parser) tokenAt(b int) int {
	for k := range p.toks {
		if p.toks[k].Start == b {
			return k
		}
	}
	return 0
}

// decade reads a decade at token i: "the seventies", "the
// nineteen-seventies", "the '60s", "'90s", "the 60s", "the 1960's". A
// decade without its century or its apostrophe needs "the" before it (or
// before its part, start), since "in her seventies" and "in their 60s" are
// ages. The date's span is set when it starts before i (an apostrophe).
func (p *parser) decade(i, start int) (Date, int, bool) {
	the := p.lcAt(start-1) == "the"
	if a := p.lcAt(i); (a == "'" || a == "’") && p.kindAt(i+1) == tNum && p.glued(i+1) {
		i++ // "the late '60s"
	}
	switch p.kindAt(i) {
	case tWord:
		if v, ok := decadeWordsByEntry.valueAt(p, i); ok && the {
			if v >= 100 {
				return Date{Year: v, Precision: Decade}, i + 1, true
			}
			return Date{Year: 1900 + v, Precision: Decade, NoCentury: true}, i + 1, true
		}
		// "the nineteen-seventies" (the dash first: a lookup costs more)
		if isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) {
			if c, ok := cardinalsByEntry.valueAt(p, i); ok && (c == 19 || c == 20) {
				if v, ok := decadeWordsByEntry.valueAt(p, i+2); ok && v < 100 {
					return Date{Year: int(c)*100 + v, Precision: Decade}, i + 3, true
				}
			}
		}
	case tNum:
		t := &p.toks[i]
		if y, ok := p.fourDigitYear(i); ok && y%10 == 0 && the && p.lcAt(i+1) != "s" {
			if end, ok := p.pluralSuffix(i + 1); ok {
				return Date{Year: y, Precision: Decade}, end, true // "the 1960's"
			}
		}
		if t.End-t.Start != 2 || p.s[t.End-1] != '0' || !isDigit(p.s[t.Start]) {
			return Date{}, i, false
		}
		end, ok := p.pluralSuffix(i + 1)
		if !ok {
			return Date{}, i, false
		}
		v := int(p.s[t.Start]-'0') * 10
		d := Date{Year: 1900 + v, Precision: Decade, NoCentury: true}
		if a := p.lcAt(i - 1); (a == "'" || a == "’") && p.glued(i) {
			d.Span = Span{p.toks[i-1].Start, p.toks[end-1].End} // "'60s"
			return d, end, true
		}
		if the {
			return d, end, true
		}
	}
	return Date{}, i, false
}

// dateRange reads the end of a range after date d, read from tokens start
// to end-1: "May 12-14", "May 12 to June 3", "2010-2014", "2014-15",
// "May-June 2025", "between 2010 and 2014", "from May 12 through 14". It
// sets d's To fields and returns the index after the range, or end.
func (p *parser) dateRange(d *Date, start, end int) int {
	if d.Rel.Unit != 0 || d.Part != 0 || d.EitherOrder {
		return end
	}
	k, ok := p.rangeSep(end, start)
	if !ok {
		return end
	}
	switch d.Precision {
	case Day:
		if d.Month == 0 {
			return end
		}
		if day, k2, ok := p.dayNumber(k); ok && day > d.Day && !p.is(k2, fMonth|fMonthAbbrev) {
			d.ToDay = day
			if d.Year == 0 {
				if y, k3, ok := p.yearAfter(k2); ok {
					d.Year, k2 = y, k3
				}
			}
			return k2
		}
		if m, k2, ok := p.monthWord(k, true); ok {
			if day, k3, ok := p.dayNumber(k2); ok && (m > d.Month || m < d.Month && d.Month == 12 || m == d.Month && day > d.Day) {
				d.ToDay = day
				if m != d.Month {
					d.ToMonth = m
				}
				if y, k4, ok := p.yearAfter(k3); ok {
					if d.Year == 0 {
						d.Year = y
						if m < d.Month {
							d.Year--
						}
					}
					if y != d.Year {
						d.ToYear = y
					}
					k3 = k4
				}
				return k3
			}
		}
	case Month:
		if m, k2, ok := p.monthWord(k, true); ok && m != d.Month {
			d.ToMonth = m
			if y, k3, ok := p.yearAfter(k2); ok {
				switch {
				case d.Year == 0 && m < d.Month:
					d.ToYear, d.Year = y, y-1 // "September to March 2004"
				case d.Year == 0:
					d.Year = y
				case y != d.Year:
					d.ToYear = y // "June 2011 to July 2012"
				}
				k2 = k3
			}
			return k2
		}
	case Year:
		// "from 2018 until the end of 2023", "between 2018 and the end
		// of 2023" end with the year: the range is of years.
		if _, k2 := p.partPrefix(k); k2 > k && (p.lcAt(start-1) == "from" || p.lcAt(start-1) == "between") {
			if y, ok := p.fourDigitYear(k2); ok && y > d.Year {
				d.ToYear = y
				return k2 + 1
			}
		}
		if y, ok := p.fourDigitYear(k); ok && y > d.Year {
			d.ToYear = y
			return k + 1
		}
		// "2014-15": two digits after a hyphen, in the same century.
		if t := p.tokAt(k); t != nil && t.kind == tNum && t.End-t.Start == 2 && isDash(p.lcAt(k-1)) && p.glued(k-1) && p.glued(k) {
			if v, ok := smallInt(t.lc); ok && d.Year/100*100+v > d.Year {
				d.ToYear = d.Year/100*100 + v
				return k + 1
			}
		}
	}
	return end
}

// yearAfter reads ", 2025" or "2025" at token k.
func (p *parser) yearAfter(k int) (int, int, bool) {
	if p.lcAt(k) == "," {
		if y, ok := p.fourDigitYear(k + 1); ok {
			return y, k + 2, true
		}
	}
	if y, ok := p.fourDigitYear(k); ok {
		return y, k + 1, true
	}
	return 0, k, false
}

// rangeSep reads what joins the two ends of a range at token k, for a date
// that starts at token start: a hyphen or dash, "through", "to" or "until"
// after "from", "and" after "between". "Moved from May 12 to May 14" is a
// change, not a range.
func (p *parser) rangeSep(k, start int) (int, bool) {
	w := p.lcAt(k)
	switch {
	case isDash(w) && p.kindAt(k+1) != 0:
		return k + 1, true
	case w == "through" || w == "thru":
		return k + 1, true
	case (w == "to" || w == "until" || w == "till") && p.lcAt(start-1) == "from":
		for b := start - 2; b >= max(0, start-5); b-- {
			if p.is(b, fClauseEnd) || p.toks[b].kind == tPunct {
				break
			}
			if dateChanges[p.lcAt(b)] {
				return k, false
			}
		}
		return k + 1, true
	case w == "and" && p.lcAt(start-1) == "between":
		return k + 1, true
	}
	return k, false
}

// dayFirstRange reads "12-14 May", "12 to 14 May 2025", "12 and 14 May"
// at token i (after "between" or "from").
func (p *parser) dayFirstRange(i int) (Date, int, bool) {
	day, k, ok := p.dayNumber(i)
	if !ok {
		return Date{}, i, false
	}
	k, ok = p.rangeSep(k, i)
	if !ok {
		return Date{}, i, false
	}
	day2, k2, ok := p.dayNumber(k)
	if !ok || day2 <= day {
		return Date{}, i, false
	}
	if p.lcAt(k2) == "of" {
		k2++
	}
	m, k3, ok := p.monthWord(k2, true)
	if !ok {
		return Date{}, i, false
	}
	d := Date{Month: m, Day: day, ToDay: day2, Precision: Day}
	if y, ok := p.fourDigitYear(k3); ok {
		d.Year, k3 = y, k3+1
	}
	return d, k3, true
}

// partPrefix reads "early", "mid-", "late", "the end of" at token i.
func (p *parser) partPrefix(i int) (Part, int) {
	if part, ok := partWordsByEntry.valueAt(p, i); ok {
		if isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) {
			return part, i + 2
		}
		return part, i + 1
	}
	if !p.is(i, fPartPhraseStart) || !p.is(i+1, fPartPhraseNext) {
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
		if wd, ok := weekdaysByEntry.valueAt(p, i); ok && t.isUpper() && !afterPart {
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
		if s, ok := seasonsByEntry.valueAt(p, i); ok {
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
			if d, end, ok := p.dayFirstRange(i); ok {
				return d, end, true
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
	if uint(i) >= uint(len(p.toks)) {
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
	if t == nil || t.kind != tWord || !t.isUpper() {
		return 0, i, false
	}
	if m, ok := monthsByEntry.valueAt(p, i); ok {
		return m, i + 1, true
	}
	if m, ok := monthAbbrevsByEntry.valueAt(p, i); ok {
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
	t := &p.toks[i]
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
	sep := byte('/')
	if strings.IndexByte(text, '.') >= 0 {
		sep = '.' // "5.6.2025": day first, as where dots are written
	}
	for k := 0; k <= len(text); k++ {
		if k == len(text) || text[k] == sep {
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
	if sep == '.' {
		if y < 1000 {
			return Date{}, i, false // "1.2.3" is no date
		}
		m, d = d, m
	}
	if m > 12 {
		m, d = d, m
	}
	if y < 100 {
		y += 2000
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999 {
		return Date{}, i, false
	}
	// Both readings are dates when both numbers could be a month.
	either := d <= 12 && d != m
	return Date{Year: y, Month: m, Day: d, Precision: Day, EitherOrder: either}, i + 1, true
}

// relativeDate reads a date written relative to the day of writing at
// token i: "yesterday", "today", "tomorrow", "last week", "this year",
// "next month", "last weekend", "last Monday", "next summer", "three days
// ago", "a year ago". "The last year" (a span of time) is not one.
func (p *parser) relativeDate(i int) (Date, int, bool) {
	t := p.tokAt(i)
	if t == nil {
		return Date{}, i, false
	}
	if p.is(i, fRelative) {
		// A step ("last", "this": most of these words) first, which
		// spares it the lookup of a day.
		step, ok := relativeStepsByEntry.of(t)
		if !ok {
			return p.relativeDay(i)
		}
		if p.lcAt(i-1) == "the" {
			return Date{}, i, false
		}
		// A unit is a time span, or one with "'s" ("next year's"): the
		// flags turn most words away before the map.
		if n := p.tokAt(i + 1); n != nil && (n.lex&fTimeSpan != 0 || n.key&fApostrophe != 0) {
			if w := trimPossessiveLC(n.lc); relativeUnits[w] > RelDay && !strings.HasSuffix(w, "s") {
				u := relativeUnits[w]
				d := Date{Rel: Relative{u, step}, Precision: unitPrecision[u]}
				return d, i + 2, true
			}
		}
		if wd, ok := weekdaysByEntry.valueAt(p, i+1); ok && p.toks[i+1].isUpper() && len(p.lcAt(i+1)) > 4 {
			return Date{Weekday: wd, Rel: Relative{RelWeek, step}, Precision: DayOfWeek}, i + 2, true
		}
		if s, ok := seasonsByEntry.valueAt(p, i+1); ok {
			return Date{Part: s, Rel: Relative{RelYear, step}, Precision: PartOfYear}, i + 2, true
		}
		return Date{}, i, false
	}
	// "three days ago", "10 years ago", "a week ago"
	if p.lcAt(i+2) != "ago" {
		return Date{}, i, false
	}
	u, ok := relativeUnitsByEntry.valueAt(p, i+1)
	if !ok || u == RelWeek && p.lcAt(i+1) == "weekend" {
		return Date{}, i, false
	}
	n := 0
	switch w := t.lc; {
	case w == "a" || w == "an" || w == "one":
		n = 1
	case t.kind == tNum:
		v, ok := smallInt(w)
		if !ok || v == 0 {
			return Date{}, i, false
		}
		n = v
	default:
		c, ok := cardinalsByEntry.valueAt(p, i)
		if !ok || c == 0 {
			return Date{}, i, false
		}
		n = int(c)
	}
	return Date{Rel: Relative{u, -n}, Precision: unitPrecision[u]}, i + 3, true
}

// unitPrecision is the precision of a relative date of each unit; a week
// is resolved to a range of days.
var unitPrecision = [...]Precision{RelDay: Day, RelWeek: Day, RelMonth: Month, RelYear: Year}

// relativeDay reads "yesterday", "today" or "tomorrow" at token i.
func (p *parser) relativeDay(i int) (Date, int, bool) {
	w := trimPossessiveLC(p.lcAt(i)) // "today's editions"
	off, ok := relativeDays[w]
	if !ok || w == "tonight" {
		return Date{}, i, false
	}
	// "USA Today", "Today's Gardener": a name, not a day.
	if p.toks[i].isUpper() && !p.sentenceStart(i) {
		return Date{}, i, false
	}
	d := Date{Rel: Relative{RelDay, off}, Precision: Day, Span: p.span(i, i+1)}
	d.Text = p.s[d.Start:d.End]
	return d, i + 1, true
}

// resolve works out the day, month or year a relative date names from
// the reference date the Extractor was given, if any: "yesterday" is the
// day before it, "last week" the Monday to Sunday before its week, "last
// Monday" the last Monday before it, "next Monday" the first after it.
// A weekday alone ("on Monday") is the last such day up to the reference,
// or the first after it when the sentence speaks of the future ("will",
// "is due", "scheduled"), as news reports rarely name a day further off
// by its weekday alone.
func (p *parser) resolve(d *Date) {
	if p.ref.IsZero() || d.Inferred {
		return
	}
	ref := p.ref
	var t time.Time
	switch {
	case d.Rel.Unit == RelDay:
		t = ref.AddDate(0, 0, d.Rel.Offset)
	case d.Rel.Unit == RelWeek && d.Weekday != 0:
		t = ref
		switch {
		case d.Rel.Offset < 0:
			t = t.AddDate(0, 0, -1)
			for isoWeekday(t) != d.Weekday {
				t = t.AddDate(0, 0, -1)
			}
		case d.Rel.Offset > 0:
			t = t.AddDate(0, 0, 1)
			for isoWeekday(t) != d.Weekday {
				t = t.AddDate(0, 0, 1)
			}
		default:
			t = t.AddDate(0, 0, d.Weekday-isoWeekday(t))
		}
	case d.Rel.Unit == RelWeek:
		monday := ref.AddDate(0, 0, 1-isoWeekday(ref)+7*d.Rel.Offset)
		sunday := monday.AddDate(0, 0, 6)
		d.Year, d.Month, d.Day = monday.Year(), int(monday.Month()), monday.Day()
		d.ToDay = sunday.Day()
		if sunday.Month() != monday.Month() {
			d.ToMonth = int(sunday.Month())
		}
		if sunday.Year() != monday.Year() {
			d.ToYear = sunday.Year()
		}
		d.Precision, d.Inferred = Day, true
		return
	case d.Rel.Unit == RelMonth:
		m := time.Date(ref.Year(), ref.Month()+time.Month(d.Rel.Offset), 1, 12, 0, 0, 0, time.UTC)
		d.Year, d.Month, d.Precision, d.Inferred = m.Year(), int(m.Month()), Month, true
		return
	case d.Rel.Unit == RelYear:
		d.Year, d.Inferred = ref.Year()+d.Rel.Offset, true
		return
	case d.Precision == DayOfWeek:
		t = ref
		if p.future(d.Start) {
			t = t.AddDate(0, 0, 1)
			for isoWeekday(t) != d.Weekday {
				t = t.AddDate(0, 0, 1)
			}
		} else {
			for isoWeekday(t) != d.Weekday {
				t = t.AddDate(0, 0, -1)
			}
		}
	default:
		return
	}
	d.Year, d.Month, d.Day, d.Precision, d.Inferred = t.Year(), int(t.Month()), t.Day(), Day, true
	if d.Weekday == 0 && d.Rel.Unit == 0 {
		d.Weekday = isoWeekday(t)
	}
}

// future reports whether the sentence speaks of the future before byte b:
// "will", "'ll", "is due", "is scheduled", "plans to", "is set to".
func (p *parser) future(b int) bool {
	for k := range p.toks {
		t := &p.toks[k]
		if t.Start >= b {
			break
		}
		if t.kind == tWord && (futureCues[t.lc] || strings.HasSuffix(t.lc, "'ll") || strings.HasSuffix(t.lc, "’ll")) {
			return true
		}
	}
	return false
}

// isoWeekday returns the ISO 8601 weekday of t, Monday 1 to Sunday 7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	return wd
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
	if prev == "the" || possessor(prev) ||
		p.kindAt(i-1) == tWord && p.toks[i-1].isUpper() && !p.sentenceStart(i-1) {
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

// trimPossessiveLC drops a possessive "'s" from a lower-case word: "year's".
func trimPossessiveLC(w string) string {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return w[:n-2]
	}
	if n := len(w); n > 4 && strings.HasSuffix(w, "’s") {
		return w[:n-4]
	}
	return w
}

// Compatible reports whether a and b can name the same time, given what
// each leaves unknown: "2014" and "in 2014" agree, "January 27" and
// "January 29" do not, "late 2017" and "December 2017" agree, "Tuesday"
// and "January 27, 2015" (a Tuesday) agree. A numeric date that reads
// either way agrees when either reading does ("5/6/2025" and "5 June
// 2025"); a decade without its century is that decade of any century.
// Two ranges agree when their ends do ("May 12-14" and "May 12-15" do
// not); a range and a date when the date falls in the range. Relative
// dates not resolved agree with each other when they can name the same
// days counted from one day of writing ("yesterday" and "last week" can;
// "last week" and "this week" cannot), and with any other date, which
// they cannot be compared with (see compareDates).
func (a Date) Compatible(b Date) bool {
	if ra, rb := a.relative(), b.relative(); ra || rb {
		if ra && rb {
			return a.relativeCompatible(b)
		}
		// "last Thursday" still names a Thursday.
		wa, wb := a.weekday(), b.weekday()
		return wa == 0 || wb == 0 || wa == wb
	}
	for _, x := range a.readings() {
		for _, y := range b.readings() {
			if x.compatible(y) {
				return true
			}
		}
	}
	return false
}

// readings returns d and, for a numeric date that reads either way, its
// other reading.
func (d Date) readings() []Date {
	if !d.EitherOrder {
		return []Date{d}
	}
	o := d
	o.Month, o.Day, o.EitherOrder = d.Day, d.Month, false
	o.Weekday = 0
	d.EitherOrder = false
	return []Date{d, o}
}

// relative reports whether d is a relative date not resolved.
func (d Date) relative() bool {
	return d.Rel.Unit != 0 && !d.Inferred
}

// relativeDays returns the days from the day of writing that relative
// date d can name, as an interval: "yesterday" [-1, -1]; "last week"
// [-13, -1], as the day of writing may be any day of its week.
func (d Date) relativeDays() (int, int) {
	o := d.Rel.Offset
	switch d.Rel.Unit {
	case RelDay:
		return o, o
	case RelWeek:
		return 7*o - 6, 7*o + 6
	case RelMonth:
		return 31*o - 30, 31*o + 30
	}
	return 366*o - 365, 366*o + 365
}

// relativeCompatible compares two relative dates, counted from one day of
// writing: of one unit, they agree when their offsets (and weekdays and
// parts) do; of two units, when their days can meet.
func (a Date) relativeCompatible(b Date) bool {
	if a.Rel.Unit == b.Rel.Unit {
		return a.Rel.Offset == b.Rel.Offset && (a.Weekday == 0 || b.Weekday == 0 || a.Weekday == b.Weekday) &&
			(a.Part == 0 || b.Part == 0 || a.Part == b.Part)
	}
	af, at := a.relativeDays()
	bf, bt := b.relativeDays()
	return af <= bt && bf <= at
}

// isRange reports whether d is a range ("May 12-14", "2010-2014").
func (d Date) isRange() bool {
	return d.ToYear != 0 || d.ToMonth != 0 || d.ToDay != 0
}

// ends returns the first and last dates of range d.
func (d Date) ends() (Date, Date) {
	first := d
	first.ToYear, first.ToMonth, first.ToDay, first.Weekday = 0, 0, 0, 0
	last := first
	if d.ToYear != 0 {
		last.Year = d.ToYear
	}
	if d.ToMonth != 0 {
		last.Month = d.ToMonth
	}
	if d.ToDay != 0 {
		last.Day = d.ToDay
	}
	return first, last
}

// compatible is Compatible for one reading of each date.
func (a Date) compatible(b Date) bool {
	if a.isRange() && b.isRange() {
		a0, a1 := a.ends()
		b0, b1 := b.ends()
		return a0.compatible(b0) && a1.compatible(b1)
	}
	if a.NoCentury != b.NoCentury && a.Year != 0 && b.Year != 0 {
		// The decade of any century: move it to the other date's.
		if a.NoCentury {
			a.Year += b.Year/100*100 - a.Year/100*100
		} else {
			b.Year += a.Year/100*100 - b.Year/100*100
		}
	}
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
	if d.ToYear > d.Year {
		r.yearHi = d.ToYear
	}
	if d.Month >= 1 && d.Month <= 12 {
		r.months = 1 << d.Month
		if to := d.ToMonth; to >= 1 && to <= 12 {
			if to >= d.Month {
				r.months = monthBits(d.Month, to)
			} else {
				r.months = monthBits(d.Month, 12) | monthBits(1, to)
			}
		}
	}
	if d.Day >= 1 && d.Day <= 31 {
		r.days = 1 << d.Day
		if to := d.ToDay; to >= 1 && to <= 31 {
			if d.ToMonth == 0 && to >= d.Day {
				r.days = dayBits(d.Day, to)
			} else {
				r.days = dayBits(d.Day, 31) | dayBits(1, to)
			}
		}
	}
	switch d.Precision {
	case PartOfDecade:
		// Overlapping thirds of the ten years, as for parts of a year.
		switch d.Part {
		case Early:
			r.yearHi = d.Year + 3
		case Mid:
			r.yearLo, r.yearHi = d.Year+3, d.Year+6
		case Late:
			r.yearLo, r.yearHi = d.Year+6, d.Year+9
		default:
			r.yearHi = d.Year + 9
		}
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

// compareDates pairs the dates of a and b that can name the same time, and
// then, in text order, the dates of a left with those of b left, each date
// once and dates written alike first (see pairOnce). Only dates that state the same kind of thing are
// compared: a year with a year, a day or month without a year with its
// like. "in December" says nothing about which year, so it neither
// confirms nor contradicts "in 2015".
//
// A relative date not resolved ("yesterday" with no reference date) is
// compared only with another such; a resolved one with any date. The days
// that times are on ("11 p.m. Saturday") are compared here as dates, with
// the days of the other sentence's times and with its dates; two days of
// times with their zones also agree when they are one day in UTC: "9 p.m.
// EST on Tuesday" and "02:00 GMT on Wednesday" (the times themselves are
// compared as instants by compareTimes).
func compareDates(a, b *Facts) []Comparison {
	comparable := func(x, y Date) bool {
		if rx, ry := x.relative(), y.relative(); rx || ry {
			// Only with each other, but a weekday ("last Thursday") is
			// compared with weekdays and dates that have one.
			return rx && ry || x.weekday() != 0 && y.weekday() != 0
		}
		// A weekday alone ("on Tuesday") is compared with a date that
		// writes its weekday ("Wednesday, March 4, 2026"), not with any
		// complete date: "the March 5, 1986 flood" names no day of the
		// week the sentence speaks of.
		weekdayOnly := x.Precision == DayOfWeek && y.Weekday != 0 || y.Precision == DayOfWeek && x.Weekday != 0
		if x.Inferred || y.Inferred {
			return true
		}
		if (x.Precision == DayOfWeek) != (y.Precision == DayOfWeek) {
			return weekdayOnly // "on Tuesday" and "on 4 January" are two days of a story
		}
		return (x.Year != 0) == (y.Year != 0)
	}
	fits := func(x, y Date) bool { return comparable(x, y) && x.Compatible(y) }
	// Alike: written with one precision, and relative in one unit; first
	// of all, both written out or both worked out from a reference date.
	alike := func(x, y Date) bool {
		return x.Precision == y.Precision && x.relative() == y.relative() && x.Rel.Unit == y.Rel.Unit
	}
	written := func(x, y Date) bool { return alike(x, y) && x.Inferred == y.Inferred }
	// Two zoned days agree when they are one day in UTC, in either reading
	// of a date without its year; a weekday a publication date resolved
	// ("Tuesday", the 3rd) may have been resolved to another week than the
	// other sentence's, so its weekday alone is compared.
	sameUTCDay := func(x, y dayReading) bool {
		if !x.zoned || !y.zoned {
			return false
		}
		if (x.Inferred || y.Inferred) && x.utc[0].Weekday != 0 && y.utc[0].Weekday != 0 {
			return x.utc[0].Weekday == y.utc[0].Weekday
		}
		return fits(x.utc[0], y.utc[0]) || fits(x.utc[1], y.utc[1])
	}
	// A sentence has a date or two: on the stack.
	var xBuf, yBuf [2]dayReading
	return pairOnce(KindDate, datesAndDays(xBuf[:0], a), datesAndDays(yBuf[:0], b),
		func(x, y dayReading) bool { return fits(x.Date, y.Date) || sameUTCDay(x, y) },
		func(x, y dayReading) bool { return comparable(x.Date, y.Date) },
		func(x, y dayReading) bool { return written(x.Date, y.Date) },
		func(x, y dayReading) bool { return alike(x.Date, y.Date) })
}

// dayReading is a date as compareDates reads it: for the day of a time
// with its zone ("9 p.m. EST on Tuesday"), also the day in UTC.
type dayReading struct {
	Date
	utc   [2]Date // the day in UTC (see utcDays), when zoned
	zoned bool
}

// datesAndDays appends to out the dates of f and the days its times are
// on, in text order.
func datesAndDays(out []dayReading, f *Facts) []dayReading {
	for _, x := range f.All {
		switch d := x.(type) {
		case Date:
			out = append(out, dayReading{Date: d})
		case Time:
			if d.Day.Precision != 0 {
				out = append(out, dayReading{d.Day, d.utcDays(), d.zonedDay()})
			}
		}
	}
	return out
}

// zonedDay reports whether t is a clock reading in a zone of one known
// offset on a stated day of the week or of a month.
func (t Time) zonedDay() bool {
	return t.Clock >= 0 && t.Zone.Known && t.Zone.MinOffset == t.Zone.MaxOffset && !t.Day.EitherOrder &&
		(t.Day.Precision == DayOfWeek || t.Day.Precision == Day && t.Day.Month != 0 && t.Day.ToDay == 0)
}

// utcShift is how many days t's day moves when its clock is read in UTC:
// 1 for "9 p.m. EST" (02:00 UTC the next day), -1 for "12:30 a.m. CET", 0
// when it stays or t is no zoned day.
func (t Time) utcShift() int {
	if !t.zonedDay() {
		return 0
	}
	m := t.Clock - t.Zone.MinOffset
	switch {
	case m >= 1440:
		return 1
	case m < 0:
		return -1
	}
	return 0
}

// utcDays returns the day of t in UTC: its Day moved by utcShift (a
// weekday to the next or last, a date of the month by the calendar). A
// date without its year is moved in a leap year and in a common one, the
// two readings (February 28 is followed by the 29th or by March 1); with
// its year, both are the one day.
func (t Time) utcDays() [2]Date {
	d, n := t.Day, t.utcShift()
	if n == 0 {
		return [2]Date{d, d}
	}
	if d.Weekday != 0 {
		d.Weekday = (d.Weekday-1+n+7)%7 + 1
	}
	out := [2]Date{d, d}
	if d.Precision == Day {
		for i, year := range [2]int{2000, 2001} {
			if d.Year != 0 {
				year = d.Year
			}
			c := time.Date(year, time.Month(d.Month), d.Day+n, 0, 0, 0, 0, time.UTC)
			out[i].Month, out[i].Day = int(c.Month()), c.Day()
			if d.Year != 0 {
				out[i].Year = c.Year()
			}
		}
	}
	return out
}

// maskDate masks a date by dropping it, except a relative date that no
// reference date resolved ("last year" read with no publication date):
// its value cannot be set apart from the words, and two sources that both
// say "last year" tell one claim in one way, which scoring should see.
func maskDate(_ *strings.Builder, f Fact, _ string) bool {
	return !f.(Date).relative()
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
	if d.relative() {
		d.writeRelative(word)
		return
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
		if d.NoCentury {
			y = y[2:]
		}
		if d.Precision == Decade || d.Precision == PartOfDecade {
			y = append(y, 's')
		}
		word(string(y))
	}
	if d.isRange() {
		_, last := d.ends()
		word("to")
		if d.ToMonth != 0 {
			word(monthNames[last.Month])
		}
		if d.ToDay != 0 {
			word(string(strconv.AppendInt(buf[:0], int64(last.Day), 10)))
		}
		if d.ToYear != 0 {
			word(string(strconv.AppendInt(buf[:0], int64(last.Year), 10)))
		}
	}
	if d.EitherOrder {
		word("or")
		word(monthNames[d.Day])
		word(string(strconv.AppendInt(buf[:0], int64(d.Month), 10)))
	}
}

// pairDate pairs dates that state the same kind of thing: a year with a
// year, a day or month without a year with its like (see compareDates).
func pairDate(f Fact) string {
	d := f.(Date)
	switch {
	case d.Rel.Unit != 0:
		return "date:relative" // compared only with each other
	case d.Year != 0:
		return "date:year"
	}
	return "date:"
}

// writeRelative writes a relative date not resolved in words: "yesterday",
// "last week", "next monday", "3 years ago", "last summer".
func (d Date) writeRelative(word func(string)) {
	o, u := d.Rel.Offset, d.Rel.Unit
	if u == RelDay && o >= -1 && o <= 1 {
		word([...]string{"yesterday", "today", "tomorrow"}[o+1])
		return
	}
	var buf [24]byte
	switch {
	case o >= -1 && o <= 1:
		word([...]string{"last", "this", "next"}[o+1])
	case o < 0:
		word(string(strconv.AppendInt(buf[:0], int64(-o), 10)))
	default:
		word("in")
		word(string(strconv.AppendInt(buf[:0], int64(o), 10)))
	}
	switch {
	case d.Weekday >= 1 && d.Weekday <= 7:
		word(weekdayNames[d.Weekday])
	case int(d.Part) < len(partNames) && d.Part != 0:
		word(partNames[d.Part])
	case o < -1 || o > 1:
		word(relUnitNames[u] + "s")
	default:
		word(relUnitNames[u])
	}
	if o < -1 {
		word("ago")
	}
}

var relUnitNames = [...]string{"", "day", "week", "month", "year"}

// noDateAt reports whether token j is a word that neither decade nor
// dateCore reads: "the", and a cardinal but for "nineteen-seventies".
func (p *parser) noDateAt(j int) bool {
	return p.kindAt(j) == tWord && !p.is(j, fWeekday|fSeason|fMonth|fMonthAbbrev|fDecade) &&
		(!p.is(j, fCardinal) || !isDash(p.lcAt(j+1)) || !p.glued(j+1) || !p.glued(j+2))
}
