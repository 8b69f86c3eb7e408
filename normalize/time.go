package normalize

import (
	"slices"
	"strconv"
	"strings"
)

// Time is a time of day mentioned in a sentence: a clock reading ("11
// p.m.", "23:00 GMT", "midnight") or a part of a day ("late on Saturday",
// "Sunday morning", "last night"), with its hedge, its zone and the day it
// is on when the sentence says them.
type Time struct {
	Span
	Text string
	// Clock is the minutes after midnight a clock reading gives ("11 p.m.":
	// 1380; "noon": 720); -1 for a part of a day alone.
	Clock int
	// Period is the part of the day, as the table names it ("morning",
	// "night", "late", "early hours"); "" for a clock reading alone.
	Period string
	// Hedge qualifies a clock reading: "about", "shortly before",
	// "shortly after", "before", "after"; "" when none.
	Hedge string
	// From and To bound the minutes after midnight the time allows, both
	// included, from the clock and its hedge or from the part of the day:
	// "11 p.m." is [1380, 1380], "shortly before 11 p.m." [1350, 1380],
	// "late on Saturday" [1080, 1440], "Saturday night" [1140, 300]. From >
	// To wraps past midnight; 1440 is midnight at the end of the day.
	From, To int
	// EitherHalf is set for a clock read without a.m. or p.m. whose hour
	// could be either ("at 10:30", "ten o'clock"): From and To are the
	// morning reading, and Compatible also accepts 12 hours later.
	EitherHalf bool
	// Zone is the time zone written after the clock; its Name is "" when
	// none is.
	Zone Zone
	// Day is the day the time is on ("11 p.m. Saturday", "late on May 3",
	// "last night"): a Date of Precision Day or DayOfWeek, or a day relative
	// to the day of writing; its Precision is 0 when no day is written.
	// Days are compared as dates (see compareDates), as written, or in
	// UTC when both sentences state a time with its zone and day.
	Day Date
}

// Zone is a time zone written after a clock time: "EDT", "GMT", "Eastern
// time", "local time".
type Zone struct {
	Name string // "EDT", "UTC", "ET", "local"; "" when no zone is written
	// MinOffset and MaxOffset bound the zone's offset east of UTC in
	// minutes: -240 for EDT; -300 to -240 for ET, which is EST or EDT.
	MinOffset, MaxOffset int
	// Known is false when the name says nothing of the offset ("local
	// time"): such a time is compared by its clock, as one without a zone.
	Known bool
}

// KindTime is the kind of times of day: clock readings and parts of days,
// with their hedges and zones.
const KindTime Kind = "time"

// Kind implements Fact.
func (Time) Kind() Kind { return KindTime }

// timeOpeners are the word lists a time may start with ("a" of "a quarter
// past" is a value word).
const timeOpeners = fTimeHedge | fClockWord | fDayPart | fWeekday | fMonth | fMonthAbbrev | fPartWord | fRelative | fCardinal | fDenominator | fRangeOpen | fValueWord

// opensTime reports whether a time may start at token i: a numeral or one
// of the words a time opens with. Most tokens are neither, so the reader
// asks this first.
func (p *parser) opensTime(i int) bool {
	// Written to be inlined: it runs at every token.
	t := p.tokAt(i)
	return t != nil && (t.kind == tNum || t.kind == tWord &&
		t.lex&timeOpeners != 0)
}

// numeralOpensTime reports whether a time may start at numeral i, as each
// form that reads at a numeral needs: a colon or a slash in it ("10:30",
// "1/27/2024"), or after it a dash ("7-9 p.m.", "2024-01-27"), a month ("3
// May"), a meridiem ("11 p.m.", "7.30pm"), a clock word ("12 noon"),
// "o'clock", a word of time (fTime), a zone or "hours" ("0335 GMT", "2300
// hours"). (A numeral that were a word of a list would open the forms of
// that word: time checks timeOpeners first.)
func (p *parser) numeralOpensTime(i int) bool {
	if p.toks[i].key&fClockMarks != 0 { // set by tokenize, not found by a scan of the digits
		return true
	}
	n := p.tokAt(i + 1)
	if n == nil {
		return false
	}
	if n.lex&(fMonth|fMonthAbbrev|fMeridiem|fClockWord|fTime|fZone) != 0 {
		return true
	}
	switch n.lc {
	case "o'clock", "o’clock", "hours", "hrs", "(":
		return true
	}
	return isDash(n.lc)
}

// time reads a time at token i: a clock reading with its hedge, zone and
// day ("shortly before 11 p.m. on Saturday", "23:00 GMT", "7-9 p.m."); a
// day and then a part of it or a clock ("Saturday night", "on Saturday at
// 11 p.m.", "this morning"); or a part of a day ("late on Saturday", "in
// the early hours of Sunday", "in the morning").
func (p *parser) time(i int) (int, bool) {
	if !p.opensTime(i) {
		return i, false
	}
	if t := &p.toks[i]; t.kind == tNum && t.lex&timeOpeners == 0 && !p.numeralOpensTime(i) {
		return i, false // most numerals are counts and years
	}
	if !p.timeAnchorFrom(i) && p.toks[i].lc != "tonight" {
		return i, false // most sentences state no time
	}
	if end, ok := p.clockRange(i); ok {
		return end, true
	}
	if p.lcAt(i) == "between" {
		// "between 7:15 p.m. and 8 p.m.": read before the number reader
		// takes "between" for its hedge.
		var tm Time
		if end, ok := p.timeFromClock(i+1, &tm); ok {
			p.addTime(tm, i+1, end)
			return end, true
		}
		return i, false
	}
	key := p.readKey(i)
	var tm Time // each form sets it afresh (see timeForm)
	for form, opens := range timeFormOpens {
		if opens&key == 0 {
			continue // the form would turn the token away
		}
		if end, ok := p.timeForm(form, i, &tm); ok {
			p.addTime(tm, i, end)
			return end, true
		}
	}
	return i, false
}

// timeAnchorFrom reports whether a token a time cannot do without is at i
// or after it: a numeral a time opens at (a clock in digits, see
// numeralOpensTime) or a word of timeAnchors. The tokens from i on are
// scanned once, at the time reader's first call in the sentence, for the
// last such token: Extract calls the readers at tokens in text order, and
// the time reader at 7k words an op, mostly in sentences with none of
// these, where each call would read a day or a hedge before it found no
// clock nor part of a day.
func (p *parser) timeAnchorFrom(i int) bool {
	if !p.timeAnchors.scanned {
		p.timeAnchors.scanned, p.timeAnchors.last = true, -1
		toks := p.toks[i:]
		for k := len(toks) - 1; k >= 0; k-- {
			// Most tokens are passed over by one test of the key (the
			// lexicon flags, and fNumeral for a numeral); a word it lets
			// through is one of timeAnchors. (No second mask is tested
			// on the way: the compiler would set it again at each token.)
			if toks[k].key&(timeAnchors|fNumeral) == 0 {
				continue
			}
			if t := &toks[k]; t.kind != tNum || t.lex&timeAnchors != 0 || p.numeralOpensTime(i+k) {
				p.timeAnchors.last = i + k
				break
			}
		}
	}
	return i <= p.timeAnchors.last
}

// timeAnchors are the lists of the words every time read without a clock
// in digits takes one of: a clock word, a meridiem ("seven p.m."),
// "o'clock" (fTime: "seven o'clock"), "half" or "quarter" (fDenominator: "a
// quarter past seven"), a part of a day or a word before one ("the early
// hours"), a part word ("late Saturday"). ("tonight" is one at the
// token the time reader reads at only.)
const timeAnchors = fClockWord | fMeridiem | fTime | fDenominator | fDayPart | fPartWord

// The forms of a time that the time reader reads at a token, in this
// order: a day first, early or late on a day, a clock, a part of a day.
const (
	formDay = iota
	formEdge
	formClock
	formPart
)

// timeFormOpens are the flags of the tokens each form may start at, as
// kind.opens: the time reader tries a form only there (TestReadersOpen
// checks them too).
var timeFormOpens = [...]lexFlag{
	formDay:   fNumeral | fWeekday | fMonth | fMonthAbbrev | fRelative,
	formEdge:  fPartWord,
	formClock: fNumeral | fTimeHedge | fCardinal | fClockWord | fDenominator | fValueWord, // "a quarter past"
	formPart:  fDayPart | fPartWord,
}

// timeForm reads form at token i into tm. (Called directly, not through a
// table of functions, so that tm may stay on the stack.) Each form sets
// *tm to newTime before it first writes to it, once its first tests pass:
// most calls find no time, and a Time is large to set.
func (p *parser) timeForm(form, i int, tm *Time) (int, bool) {
	switch form {
	case formDay:
		return p.timeFromDay(i, tm)
	case formEdge:
		return p.timeFromEdge(i, tm)
	case formClock:
		return p.timeFromClock(i, tm)
	}
	return p.timeFromPart(i, tm)
}

// newTime is a Time before a form has read into it: no clock yet.
var newTime = Time{Clock: -1}

// addTime completes tm, read from tokens i to end-1, and appends it.
func (p *parser) addTime(tm Time, i, end int) {
	tm.Span = p.span(i, end)
	tm.Text = p.s[tm.Start:tm.End]
	if tm.Clock >= 0 {
		tm.From, tm.To = hedgedClock(tm.Clock, tm.Hedge)
	}
	if tm.Day.Precision != 0 {
		p.resolve(&tm.Day)
	}
	p.add(tm, tm.Start)
}

// clockReading is a clock time read from the tokens.
type clockReading struct {
	minutes    int
	eitherHalf bool
	end        int
}

// clock reads a clock time at token i: "11 p.m.", "11pm", "10:30 a.m.",
// "7.51pm", "23:00", "0335 GMT" (four digits need a zone or "hours"),
// "eleven p.m.", "ten o'clock", "noon", "12 midnight", "half past ten". A
// bare "10:30" counts only where a time is expected: after a hedge or
// "at", "by", "until", "from" (ctx), or before a zone.
func (p *parser) clock(i int, ctx bool) (clockReading, bool) {
	t := p.tokAt(i)
	if t == nil {
		return clockReading{}, false
	}
	if v, ok := clockWordsByEntry.valueAt(p, i); ok {
		if p.modifier(i + 1) {
			return clockReading{}, false
		}
		return clockReading{minutes: v, end: i + 1}, true
	}
	hour, minute, k := -1, 0, i+1
	colon := false
	switch t.kind {
	case tNum:
		text := p.s[t.Start:t.End]
		h, m, sep, ok := splitClock(text)
		if !ok {
			return clockReading{}, false
		}
		if sep == 0 && len(text) >= 3 {
			// "0335 GMT", "2300 hours": 24-hour time without a colon.
			if len(text) != 4 || m > 59 || h > 24 {
				return clockReading{}, false
			}
			if z, _ := p.zoneAt(k); z.Name == "" && !p.is(k, fTime) && p.lcAt(k) != "hours" && p.lcAt(k) != "hrs" {
				return clockReading{}, false
			}
			return clockReading{minutes: h*60 + m, end: k}, true
		}
		if sep == '.' && !p.is(k, fMeridiem) {
			return clockReading{}, false // "10.30" alone is a decimal
		}
		hour, minute, colon = h, m, sep != 0
		if v, ok := clockWordsByEntry.valueAt(p, k); ok && h == 12 && sep == 0 {
			return clockReading{minutes: v, end: k + 1}, true // "12 noon"
		}
	case tWord:
		if n, ok := cardinalsByEntry.valueAt(p, i); ok && n >= 1 && n <= 12 {
			hour = int(n)
		} else if q, ok := p.clockFraction(i); ok {
			return q, true
		} else {
			return clockReading{}, false
		}
	default:
		return clockReading{}, false
	}
	if hour < 0 || hour > 24 || minute > 59 || hour == 24 && minute != 0 {
		return clockReading{}, false
	}
	if add, ok := meridiemsByEntry.valueAt(p, k); ok {
		if hour < 1 || hour > 12 {
			if hour > 12 && add == 720 {
				// "13:20 p.m.": the 24-hour clock says it already.
				return clockReading{minutes: hour*60 + minute, end: k + 1}, true
			}
			return clockReading{}, false
		}
		return clockReading{minutes: (hour%12)*60 + minute + add, end: k + 1}, true
	}
	if p.lcAt(k) == "o'clock" || p.lcAt(k) == "o’clock" {
		if hour < 1 || hour > 12 || colon {
			return clockReading{}, false
		}
		return p.halfOfDay(hour*60%720, k+1), true
	}
	if t.kind != tNum || !colon {
		return clockReading{}, false
	}
	// A bare h:mm: a time where one is expected, or before a zone.
	z, _ := p.zoneAt(k)
	if !ctx && z.Name == "" && p.lcAt(k) != "hours" && p.lcAt(k) != "hrs" && !p.is(k, fTime) {
		return clockReading{}, false
	}
	mins := hour*60 + minute
	if hour == 0 || hour > 12 || p.s[t.Start] == '0' || z.Known && z.MaxOffset == 0 && z.MinOffset == 0 {
		return clockReading{minutes: mins % 1440, end: k}, true // 24-hour: "23:00", "08:15", "10:30 GMT"
	}
	return p.halfOfDay(mins%720, k), true
}

// modifier reports whether token i is a word that the time word before it
// modifies ("midday trading", "a noon deadline", "morning newspaper"): a
// lower-case content word.
func (p *parser) modifier(i int) bool {
	n := p.tokAt(i)
	return n != nil && n.kind == tWord && !n.isUpper() && !p.is(i, fStop|fRelative|fTimeHedge|fClauseEnd)
}

// halfOfDay returns a clock reading of minutes (before noon) at token k
// that is morning or evening as the words at k say ("in the morning", "at
// night"), else either.
func (p *parser) halfOfDay(minutes, k int) clockReading {
	switch {
	case p.lcAt(k) == "in" && p.lcAt(k+1) == "the" && p.lcAt(k+2) == "morning":
		return clockReading{minutes: minutes, end: k + 3}
	case p.lcAt(k) == "in" && p.lcAt(k+1) == "the" && (p.lcAt(k+2) == "afternoon" || p.lcAt(k+2) == "evening"):
		return clockReading{minutes: minutes + 720, end: k + 3}
	case p.lcAt(k) == "at" && p.lcAt(k+1) == "night":
		if minutes < 5*60 {
			return clockReading{minutes: minutes, end: k + 2} // "two o'clock at night"
		}
		return clockReading{minutes: minutes + 720, end: k + 2}
	}
	return clockReading{minutes: minutes, eitherHalf: true, end: k}
}

// clockFraction reads "half past ten", "quarter past 9", "a quarter to
// six" at token i.
func (p *parser) clockFraction(i int) (clockReading, bool) {
	k, offset := i, 0
	if p.lcAt(k) == "a" {
		k++
	}
	switch p.lcAt(k) {
	case "half":
		offset = 30
	case "quarter":
		offset = 15
	default:
		return clockReading{}, false
	}
	switch p.lcAt(k + 1) {
	case "past", "after":
	case "to":
		if offset == 30 {
			return clockReading{}, false
		}
		offset = -15
	default:
		return clockReading{}, false
	}
	hour := -1
	if n, ok := cardinalsByEntry.valueAt(p, k+2); ok {
		hour = int(n)
	} else if h, ok := smallInt(p.lcAt(k + 2)); ok && p.kindAt(k+2) == tNum {
		hour = h
	}
	if hour < 1 || hour > 12 {
		return clockReading{}, false
	}
	mins := (hour*60 + offset + 720) % 720
	if add, ok := meridiemsByEntry.valueAt(p, k+3); ok {
		return clockReading{minutes: mins + add, end: k + 4}, true
	}
	return p.halfOfDay(mins, k+3), true
}

// splitClock splits "10:30", "7.51", "2300" or "11" into hour and minute,
// with the separator (0 for none). Four digits are hhmm.
func splitClock(s string) (hour, minute int, sep byte, ok bool) {
	for k := 0; k < len(s); k++ {
		if c := s[k]; c == ':' || c == '.' {
			h, okh := smallInt(s[:k])
			if len(s)-k-1 != 2 || !okh {
				return 0, 0, 0, false
			}
			m, okm := smallInt(s[k+1:])
			return h, m, c, okm
		}
	}
	switch len(s) {
	case 1, 2:
		h, okh := smallInt(s)
		return h, 0, 0, okh
	case 3, 4:
		h, okh := smallInt(s[:len(s)-2])
		m, okm := smallInt(s[len(s)-2:])
		return h, m, 0, okh && okm
	}
	return 0, 0, 0, false
}

// zoneAt reads a time zone at token i: an abbreviation in capitals ("EDT",
// "GMT", with an offset "GMT+8"), "Eastern time", "Eastern Daylight
// Time", "local time", "(local time)". It returns the index after it.
func (p *parser) zoneAt(i int) (Zone, int) {
	k := i
	paren := p.lcAt(k) == "("
	if paren {
		k++
	}
	if !p.is(k, fZone) {
		return Zone{}, i
	}
	var z Zone
	var ok bool
	if z, ok = zones[p.toks[k].lc]; ok && p.acronym(k) || ok && len(p.toks[k].lc) == 1 && p.toks[k].isUpper() && p.glued(k) {
		k++
		if z.MinOffset == 0 && z.MaxOffset == 0 && (p.lcAt(k) == "+" || isDash(p.lcAt(k))) && p.glued(k) && p.glued(k+1) {
			// "GMT+8", "UTC-5", "UTC+5:30"
			if h, m, sep, okc := splitClock(p.lcAt(k + 1)); okc && sep != '.' && h <= 14 && p.kindAt(k+1) == tNum {
				off := h*60 + m
				if p.lcAt(k) != "+" {
					off = -off
				}
				z = Zone{strings.ToUpper(p.text(k-1, k+2)), off, off, true} // "GMT+8"
				k += 2
			}
		}
	} else if z, ok = zoneNames[p.toks[k].lc]; ok {
		k++
		switch p.lcAt(k) {
		case "standard":
			z.MaxOffset = z.MinOffset
			k++
		case "daylight", "summer":
			z.MinOffset = z.MaxOffset
			k++
		}
		if p.lcAt(k) != "time" {
			return Zone{}, i
		}
		k++
	} else {
		return Zone{}, i
	}
	if paren {
		if p.lcAt(k) != ")" {
			return Zone{}, i
		}
		k++
	}
	return z, k
}

// clockMayOpen reports whether clock may read at token i, as each of its
// forms needs: a numeral that numeralOpensTime lets through, a clock word,
// a number word before a meridiem or "o'clock" ("eleven p.m."), or "half"
// or "quarter" ("a quarter past ten").
func (p *parser) clockMayOpen(i int) bool {
	t := p.tokAt(i)
	switch {
	case t == nil:
		return false
	case t.kind == tNum:
		return p.numeralOpensTime(i)
	case t.kind != tWord:
		return false
	case t.lex&fClockWord != 0:
		return true
	case t.lex&fCardinal != 0:
		if n := p.lcAt(i + 1); p.is(i+1, fMeridiem) || n == "o'clock" || n == "o’clock" {
			return true
		}
	}
	w := t.lc
	if w == "a" {
		w = p.lcAt(i + 1)
	}
	return w == "half" || w == "quarter"
}

// clockMayOpenIn reports whether clock may read at one of tokens i to last.
func (p *parser) clockMayOpenIn(i, last int) bool {
	for ; i <= last; i++ {
		if p.clockMayOpen(i) {
			return true
		}
	}
	return false
}

// maxTimeHedgeWords is the length of the longest of timeHedges.
var maxTimeHedgeWords = func() int {
	n := 0
	for _, h := range timeHedges {
		n = max(n, len(h.words))
	}
	return n
}()

// timeHedgeAt reads the hedge of a clock time at token i.
func (p *parser) timeHedgeAt(i int) (timeHedge, int) {
	if !p.is(i, fTimeHedge) {
		return timeHedge{}, i
	}
	for _, h := range timeHedgesByFirst[p.toks[i].lc] {
		if j, ok := p.match(i, h.words); ok {
			return h, j
		}
	}
	return timeHedge{}, i
}

// timePreps before a bare "10:30" make it a clock time.
var timePreps = set("at", "by", "until", "till", "from", "to", "and", "since", "before", "after", "between", "around", "about")

// timeFromClock reads [hedge] clock [zone] [day] at token i into tm.
func (p *parser) timeFromClock(i int, tm *Time) (int, bool) {
	// The clock opens at i or after a hedge: most hedge and number words
	// have none there, and need neither the hedge nor the clock read.
	if !p.clockMayOpen(i) && (!p.is(i, fTimeHedge) || !p.clockMayOpenIn(i+1, i+maxTimeHedgeWords)) {
		return i, false
	}
	h, j := p.timeHedgeAt(i)
	if h.name == "" && p.kindAt(i) == tWord && !p.is(i, fCardinal|fClockWord|fDenominator) && p.lcAt(i) != "a" {
		return i, false
	}
	c, ok := p.clock(j, h.name != "" || p.is(j-1, fStop) && p.is(j-1, fTimePrep))
	if !ok {
		return i, false
	}
	*tm = newTime
	tm.Clock, tm.EitherHalf, tm.Hedge = c.minutes, c.eitherHalf, h.name
	k := c.end
	if z, e := p.zoneAt(k); z.Name != "" {
		tm.Zone, k = z, e
	}
	return p.dayAfter(k, tm), true
}

// dayAfter reads the day written after a clock time at token k ("on
// Saturday", "Saturday", "on May 3", "yesterday", "last night", "this
// morning") into tm and returns the index after it, or k.
func (p *parser) dayAfter(k int, tm *Time) int {
	j := k
	if p.lcAt(j) == "," && p.is(j+1, fWeekday) {
		j++
	}
	if p.lcAt(j) == "on" {
		j++
	}
	d, e, ok := p.day(j)
	if !ok {
		return k
	}
	// "last night", "this morning", "Saturday night": the part only
	// settles a clock read without a.m. or p.m.
	if r, e2, ok := p.dayPartAt(e); ok {
		if tm.EitherHalf && overlap(r[0], r[1], tm.Clock+720, tm.Clock+720) {
			tm.Clock += 720
			tm.EitherHalf = false
		} else if tm.EitherHalf && overlap(r[0], r[1], tm.Clock, tm.Clock) {
			tm.EitherHalf = false
		}
		e = e2
	}
	tm.Day = d
	return e
}

// day reads the day a time is on at token i: a weekday, a day of a month
// ("May 3", "3 May 2025"), or a day relative to the day of writing
// ("yesterday", "today", "tomorrow", "last" before "night").
func (p *parser) day(i int) (Date, int, bool) {
	t := p.tokAt(i)
	if t == nil {
		return Date{}, i, false
	}
	if p.is(i, fRelative) {
		// "last night", "last evening", "this morning", "tonight": the
		// part of the day follows (or is the word) and is read by the caller.
		off, ok := 0, false
		switch w := t.lc; {
		case w == "last" && (p.lcAt(i+1) == "night" || p.lcAt(i+1) == "evening"):
			off, ok = -1, true
		case w == "this" && p.is(i+1, fDayPart), w == "tonight":
			ok = true
		}
		if ok {
			d := Date{Rel: Relative{RelDay, off}, Precision: Day, Span: p.span(i, i+1)}
			d.Text = p.s[d.Start:d.End]
			return d, i + 1, true
		}
		if d, end, ok := p.relativeDay(i); ok {
			return d, end, true
		}
		return Date{}, i, false
	}
	if !p.is(i, fWeekday|fMonth|fMonthAbbrev) && t.kind != tNum {
		return Date{}, i, false
	}
	d, end, ok := p.dateCore(i, false)
	if !ok || d.Precision != Day && d.Precision != DayOfWeek {
		return Date{}, i, false
	}
	d.Span = p.span(i, end)
	d.Text = p.s[d.Start:d.End]
	return d, end, true
}

// dayPartAt reads a part of a day at token i: "morning", "night", "early
// morning", "late afternoon", "mid-morning", "the early hours". It returns
// the minutes it covers.
func (p *parser) dayPartAt(i int) ([2]int, int, bool) {
	if r, ok := dayPartsByEntry.valueAt(p, i); ok {
		return r, i + 1, true
	}
	if part, ok := partWordsByEntry.valueAt(p, i); ok {
		k := i + 1
		if isDash(p.lcAt(k)) && p.glued(k) && p.glued(k+1) {
			k++
		}
		if r, ok := dayPartsByEntry.valueAt(p, k); ok {
			return partOfDayPart(r, part), k + 1, true
		}
	}
	switch p.lcAt(i) {
	case "early", "small", "wee":
		if p.lcAt(i+1) == "hours" {
			return smallHours, i + 2, true
		}
	}
	return [2]int{}, i, false
}

// partOfDayPart returns the early, middle or late half of a part of a
// day; the late part of one that runs past midnight (night) starts at
// lateNight: "late on Tuesday night" holds 11:42 p.m. and meets "late
// Tuesday evening", as news writes it, not only the hours after midnight.
func partOfDayPart(r [2]int, part Part) [2]int {
	from, to := r[0], r[1]
	wraps := to < from
	if wraps {
		to += 1440
	}
	n := to - from
	switch part {
	case Early:
		to = from + n/2
	case Mid:
		from, to = from+n/4, to-n/4
	case Late:
		from = to - n/2
		if wraps {
			from = min(from, lateNight)
		}
	}
	return [2]int{from % 1440, wrapEnd(to)}
}

// lateNight is where "late" in a night starts: 10 p.m.
const lateNight = 22 * 60

// wrapEnd folds an end past midnight back into the day, keeping 1440.
func wrapEnd(m int) int {
	if m > 1440 {
		return m - 1440
	}
	return m
}

// timeFromDay reads a day and then a part of it or a clock at token i:
// "Saturday night", "Sunday morning at 9", "on Saturday at 11 p.m.",
// "yesterday afternoon", "last night", "this morning", "tonight".
func (p *parser) timeFromDay(i int, tm *Time) (int, bool) {
	if p.kindAt(i) == tNum {
		// A day in digits: "3 May", "2024-01-27", "1/27/2024".
		if t := p.toks[i]; !p.is(i+1, fMonth|fMonthAbbrev) && !isDash(p.lcAt(i+1)) && strings.IndexByte(p.s[t.Start:t.End], '/') < 0 {
			return i, false
		}
	} else if !p.is(i, fWeekday|fMonth|fMonthAbbrev|fRelative) {
		return i, false
	}
	if p.lcAt(i) == "tonight" {
		*tm = newTime
		tm.Day = Date{Rel: Relative{RelDay, 0}, Precision: Day, Span: p.span(i, i+1)}
		tm.Day.Text = p.s[tm.Day.Start:tm.Day.End]
		tm.Period = "night"
		r := dayParts["night"]
		tm.From, tm.To = r[0], r[1]
		return p.clockAfterDay(i+1, tm), true
	}
	if !p.timeAhead(i + 1) {
		return i, false
	}
	d, k, ok := p.day(i)
	if !ok {
		return i, false
	}
	if (p.lcAt(i) == "this" || p.lcAt(i) == "last") && !p.is(k, fDayPart) {
		return i, false // "this week", "last year": dates
	}
	*tm = newTime
	tm.Day = d
	if r, e, ok := p.dayPartAt(k); ok {
		tm.Period = p.periodName(k, e)
		tm.From, tm.To = r[0], r[1]
		k = e
	}
	end := p.clockAfterDay(k, tm)
	if tm.Period == "" && tm.Clock < 0 {
		return i, false // a day alone is a date
	}
	return end, true
}

// timeAhead reports whether one of the few tokens from i could go on a
// day written first with a time: a part of a day, a clock or "at". Most
// days are not followed by one, and reading the day twice (here and as a
// date) would cost more than this look.
func (p *parser) timeAhead(i int) bool {
	for k := i; k < min(i+7, len(p.toks)); k++ {
		t := &p.toks[k]
		if t.lex&(fDayPart|fClockWord|fMeridiem|fTimeHedge) != 0 || t.lc == "at" || t.lc == "o'clock" || t.lc == "o’clock" ||
			t.kind == tNum && strings.IndexByte(t.lc, ':') >= 0 {
			return true
		}
	}
	return false
}

// clockAfterDay reads ", at 11 p.m." after a day (and its part) at token k.
func (p *parser) clockAfterDay(k int, tm *Time) int {
	j := k
	if p.lcAt(j) == "," {
		j++
	}
	h, j2 := p.timeHedgeAt(j)
	ctx := h.name != ""
	if h.name == "" && p.lcAt(j) == "at" {
		j2, ctx = j+1, true
	}
	c, ok := p.clock(j2, ctx)
	if !ok {
		return k
	}
	tm.Clock, tm.EitherHalf, tm.Hedge = c.minutes, c.eitherHalf, h.name
	if tm.EitherHalf && tm.Period != "" {
		if overlap(tm.From, tm.To, c.minutes+720, c.minutes+720) {
			tm.Clock += 720
		}
		tm.EitherHalf = false
	}
	end := c.end
	if z, e := p.zoneAt(end); z.Name != "" {
		tm.Zone, end = z, e
	}
	return end
}

// periodName returns the name of the part of a day read from tokens i to
// end-1, from the tables (not the sentence, whose lower-case copy does not
// outlive Extract).
func (p *parser) periodName(i, end int) string {
	var names []string
	for k := i; k < end; k++ {
		switch w := p.lcAt(k); {
		case p.is(k, fPartWord):
			part, _ := partWordsByEntry.valueAt(p, k)
			names = append(names, partNames[part])
		case w == "hours":
			return "early hours"
		case p.is(k, fDayPart):
			if name, ok := dayPartNames[w]; ok {
				names = append(names, name)
			}
		}
	}
	return strings.Join(names, " ")
}

// dayPartNames maps each part of a day of dayParts to itself: a string of
// the table for periodName, found without walking the table.
var dayPartNames = func() map[string]string {
	m := make(map[string]string, len(dayParts))
	for name := range dayParts {
		m[name] = name
	}
	return m
}()

// timeFromEdge reads early or late on a day at token i: "late on
// Saturday", "early Sunday", "late Saturday night", "early on May 3".
func (p *parser) timeFromEdge(i int, tm *Time) (int, bool) {
	part, ok := partWordsByEntry.valueAt(p, i)
	if !ok {
		return i, false
	}
	r, ok := dayEdges[part]
	if !ok {
		return i, false
	}
	k := i + 1
	if p.lcAt(k) == "on" {
		k++
	}
	d, e, ok := p.day(k)
	if !ok {
		return i, false
	}
	*tm = newTime
	tm.Day = d
	tm.Period = partNames[part]
	tm.From, tm.To = r[0], r[1]
	if r2, e2, ok := p.dayPartAt(e); ok {
		// "late Saturday night": the late part of the night.
		r2 = partOfDayPart(r2, part)
		tm.Period += " " + p.periodName(e, e2)
		tm.From, tm.To = r2[0], r2[1]
		e = e2
	}
	return p.clockAfterDay(e, tm), true
}

// timeFromPart reads a part of a day that the words before it make one
// ("in the morning", "during the night", "at dawn", "overnight", "that
// evening", "the early hours of Sunday", "the morning of May 3").
func (p *parser) timeFromPart(i int, tm *Time) (int, bool) {
	r, e, ok := p.dayPartAt(i)
	if !ok {
		return i, false
	}
	if !p.partOfDayContext(i, e) {
		return i, false
	}
	*tm = newTime
	tm.Period = p.periodName(i, e)
	tm.From, tm.To = r[0], r[1]
	if p.lcAt(e) == "of" {
		if d, e2, ok := p.day(e + 1); ok {
			tm.Day = d
			e = e2
		}
	}
	return p.clockAfterDay(e, tm), true
}

// partOfDayContext reports whether the words around a part of a day at
// tokens i to end-1 make it a time of the claim rather than a word of a name or a
// modifier ("morning newspaper"): "in the morning", "during the night",
// "that evening", "by late afternoon", "at dawn", "overnight" at the end of
// a phrase.
func (p *parser) partOfDayContext(i, end int) bool {
	w := p.lcAt(i)
	if p.modifier(end) {
		return false
	}
	switch p.lcAt(i - 1) {
	case "the":
		return p.is(i-2, fStop) || i < 2
	case "that", "every", "each", "by", "until", "till", "since":
		return true
	case "in":
		return p.is(i, fPartWord) // "in late afternoon"
	case "at":
		switch w {
		case "night", "dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "lunchtime":
			return true
		}
	}
	return w == "overnight" && (p.kindAt(i+1) != tWord || p.is(i+1, fStop))
}

// clockRange reads two clock times joined as a range, where the first
// takes the half of the day from the second: "7-9 p.m.", "between 2 and 4
// p.m.", "from 10 to 11 a.m.". It appends both times.
func (p *parser) clockRange(i int) (int, bool) {
	k := i
	if w := p.lcAt(i); w == "between" || w == "from" {
		k++
	}
	if p.kindAt(k) != tNum {
		return i, false
	}
	h, m, sep, ok := splitClock(p.lcAt(k))
	if !ok || sep == '.' || h < 1 || h > 12 || p.is(k+1, fMeridiem) || p.lcAt(k)[0] == '0' {
		return i, false // "from 07:00 to 7 p.m." is on 24 hours
	}
	sepTok := k + 1
	switch w := p.lcAt(sepTok); {
	case isDash(w) && p.glued(sepTok) && p.glued(sepTok+1):
	case (w == "and" && p.lcAt(i) == "between") || (w == "to" || w == "until" || w == "till") && p.lcAt(i) == "from":
	default:
		return i, false
	}
	second, ok := p.clock(sepTok+1, true)
	if !ok || second.eitherHalf {
		return i, false
	}
	add := 0
	if !p.is(second.end-1, fMeridiem) {
		if second.minutes >= 720 && h < 12 && h*60+m <= second.minutes-720 {
			add = 720 // "21:00" ends the range: the first hour is evening too
		}
	} else {
		add, _ = meridiemsByEntry.valueAt(p, second.end-1)
		if h*60+m > second.minutes-add && add == 720 {
			add = 0 // "11-1 p.m.": 11 a.m. to 1 p.m.
		}
	}
	first := Time{Clock: (h%12)*60 + m + add}
	p.addTime(first, k, k+1)
	second2 := Time{Clock: second.minutes}
	end := second.end
	if z, e := p.zoneAt(end); z.Name != "" {
		second2.Zone, end = z, e
	}
	end = p.dayAfter(end, &second2)
	p.addTime(second2, sepTok+1, end)
	return end, true
}

// hedgedClock returns the minutes a clock reading allows under its hedge:
// "about" is within 30 minutes of an hour, 15 of a quarter and 10 of other
// times; "shortly before" the half hour up to it; "before" the six hours
// up to it.
func hedgedClock(c int, hedge string) (int, int) {
	from, to := c, c
	switch hedge {
	case "about":
		tol := 10
		switch {
		case c%60 == 0:
			tol = 30
		case c%15 == 0:
			tol = 15
		}
		from, to = c-tol, c+tol
	case "shortly before":
		from = c - 30
	case "shortly after":
		to = c + 30
	case "before":
		from = c - 360
	case "after":
		to = c + 360
	}
	if from < 0 {
		from += 1440
	}
	return from, wrapEnd(to)
}

// overlap reports whether the minutes [af, at] and [bf, bt] of a day (each
// wrapping past midnight when its start is after its end) share a minute;
// midnight at the end of a day is midnight at its start.
func overlap(af, at, bf, bt int) bool {
	if at < af {
		at += 1440
	}
	if bt < bf {
		bt += 1440
	}
	for _, shift := range [...]int{0, 1440, -1440} {
		if af <= bt+shift && bf+shift <= at {
			return true
		}
	}
	return false
}

// utc returns the minutes a of time in a known zone allows in UTC.
func (a Time) utc() (int, int) {
	from, to := a.From-a.Zone.MaxOffset, a.To-a.Zone.MinOffset
	if a.To < a.From {
		to += 1440
	}
	from = (from%1440 + 1440) % 1440
	to = (to%1440 + 1440) % 1440
	if to == 0 && a.To != a.From {
		to = 1440
	}
	return from, to
}

// reference reports whether a's zone is UTC or GMT: the zone wire services
// give beside a local time, so a time without a zone is not in it.
func (a Time) reference() bool {
	return a.Zone.Known && a.Zone.MinOffset == 0 && a.Zone.MaxOffset == 0
}

// comparableTimes reports whether a and b can be compared at all: a time
// in UTC and one with no known zone may be one moment told in two zones,
// so they are compared only to agree (see Compatible).
func comparableTimes(a, b Time) bool {
	if a.Zone.Known != b.Zone.Known && (a.reference() || b.reference()) {
		return false
	}
	return true
}

// Compatible reports whether a and b can name the same time of day: their
// minutes overlap ("late on Saturday" and "11 p.m."; "shortly before 11
// p.m." and "23:00"), in UTC when both zones are known ("21:45 UTC" and
// "5:45 p.m. EDT"), else by their clocks. A time read without a.m. or p.m.
// may be either. Days are not compared here (see Time.Day).
//
// Two bounds the same way ("by 10 p.m." and "by 7 p.m."; "after 4 p.m."
// and "after 7 p.m.") are compared by their clocks, as they state
// different limits even though the spans they allow overlap.
func (a Time) Compatible(b Time) bool {
	af, at, bf, bt := a.From, a.To, b.From, b.To
	if a.Hedge == b.Hedge && (a.Hedge == "before" || a.Hedge == "after") {
		af, at, bf, bt = a.Clock, a.Clock, b.Clock, b.Clock
		a.From, a.To, b.From, b.To = af, at, bf, bt
	}
	if a.Zone.Known && b.Zone.Known {
		af, at = a.utc()
		bf, bt = b.utc()
	}
	for _, da := range halves(a) {
		for _, db := range halves(b) {
			if overlap(af+da, at+da, bf+db, bt+db) {
				return true
			}
		}
	}
	return false
}

// halves returns the shifts a time may take: 0, and 12 hours when its half
// of the day is unknown.
func halves(a Time) []int {
	if a.EitherHalf {
		return []int{0, 720}
	}
	return []int{0}
}

// compareTimes pairs the times of a and b that can name the same time of
// day, then, in text order, those that fit none. A time in UTC and one
// without a known zone that do not fit are not paired: either may be the
// other told in another zone.
//
// Each time is paired once, and times alike are paired first: clock with
// clock and part of a day with part of a day, in one zone before two, with
// one hedge before two, so that "Friday evening ... at 5 p.m." and "Friday
// evening ... at 8 p.m." pair the evenings (agreeing) and the clocks
// (diverging), although the evening would fit either clock, and "at 7:40
// a.m. ... by 9 a.m." and "at 6:40 a.m. ... by 9 a.m." pair the limits
// (agreeing) and the clocks (diverging), although "by 9 a.m." fits both.
func compareTimes(a, b *Facts) []Comparison {
	xs, ys := of[Time](a), of[Time](b)
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	// Alike: on one day, both clocks or both parts of a day, in one zone.
	sameDay := func(x, y Time) bool {
		return x.Day.Precision == 0 || y.Day.Precision == 0 || x.Day.Compatible(y.Day)
	}
	alike := func(x, y Time) bool { return sameDay(x, y) && (x.Clock < 0) == (y.Clock < 0) }
	sameZone := func(x, y Time) bool { return alike(x, y) && x.Zone.Name == y.Zone.Name }
	sameHedge := func(x, y Time) bool { return sameZone(x, y) && x.Hedge == y.Hedge }
	return pairOnce(KindTime, xs, ys, Time.Compatible, comparableTimes, sameHedge, sameZone, alike, sameDay)
}

// pairOnce pairs the facts xs of one sentence with the facts ys of
// another, each fact once: first those that agree, then, in text order,
// those left that can be compared, which diverge. Within each step the
// pairs that alike accepts come first, from the most alike (the first of
// alike) to any, so that of two agreeing candidates the one stated the
// same way is taken. A fact still left that agrees with a fact already
// paired (stated twice on one side) is reported agreeing with it.
func pairOnce[T Fact](kind Kind, xs, ys []T, agree, comparable func(x, y T) bool, alike ...func(x, y T) bool) []Comparison {
	var out []Comparison
	usedX, usedY := make([]bool, len(xs)), make([]bool, len(ys))
	pass := func(verdict Verdict, accept func(x, y T) bool) {
		for i, x := range xs {
			if usedX[i] {
				continue
			}
			for j, y := range ys {
				if !usedY[j] && accept(x, y) {
					usedX[i], usedY[j] = true, true
					out = append(out, Comparison{kind, verdict, x.Bounds(), y.Bounds()})
					break
				}
			}
		}
	}
	for _, verdict := range [...]Verdict{Agree, Diverge} {
		test := agree
		if verdict == Diverge {
			test = comparable
		}
		for _, like := range alike {
			pass(verdict, func(x, y T) bool { return like(x, y) && test(x, y) })
		}
		pass(verdict, test)
	}
	// A fact left over that agrees with one already paired (a date stated
	// twice) agrees with it too: it is stated by both.
	for i, x := range xs {
		if j := slices.IndexFunc(ys, func(y T) bool { return agree(x, y) }); !usedX[i] && j >= 0 {
			out = append(out, Comparison{kind, Agree, x.Bounds(), ys[j].Bounds()})
		}
	}
	for j, y := range ys {
		if i := slices.IndexFunc(xs, func(x T) bool { return agree(x, y) }); !usedY[j] && i >= 0 {
			out = append(out, Comparison{kind, Agree, xs[i].Bounds(), y.Bounds()})
		}
	}
	return out
}

// anchorTime anchors a clock time on a written day ("11 p.m. on
// Saturday", "23:00 local time on Saturday"): two sentences that put
// something at one moment of one day are likely telling one event. The key
// is the day; the time is precise when it is known to the hour (exact,
// "about" or "shortly before"), not a part of a day ("late on Saturday").
// A time without a day ("at 8 p.m.") anchors nothing: it says nothing of
// what happened then, and the sentences of one story that give a time
// ("polls opened at 7 a.m.", "closed at 10 p.m.") would all be lifted.
func anchorTime(f Fact) (string, bool) {
	t := f.(Time)
	if t.Clock < 0 || t.Day.Precision == 0 {
		return "", false
	}
	var b strings.Builder
	t.Day.writeCanonical(&b)
	width := t.To - t.From
	if width < 0 {
		width += 1440
	}
	return b.String(), width <= 60 && !t.EitherHalf
}

func canonicalTime(b *strings.Builder, f Fact, _ string) bool {
	f.(Time).writeCanonical(b)
	return true
}

// writeCanonical writes the canonical form of t: its hedge, the clock on
// 24 hours or the part of the day, the zone and the day: "shortly before
// 23:00 saturday", "late saturday", "21:45 utc".
func (t Time) writeCanonical(b *strings.Builder) {
	sep := func() {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
	}
	if t.Hedge != "" {
		b.WriteString(t.Hedge)
	}
	if t.Clock >= 0 {
		sep()
		var buf [8]byte
		h, m := t.Clock/60%24, t.Clock%60
		if h < 10 {
			b.WriteByte('0')
		}
		b.Write(strconv.AppendInt(buf[:0], int64(h), 10))
		b.WriteByte(':')
		if m < 10 {
			b.WriteByte('0')
		}
		b.Write(strconv.AppendInt(buf[:0], int64(m), 10))
		if t.EitherHalf {
			b.WriteString(" or ")
			b.Write(strconv.AppendInt(buf[:0], int64(h+12), 10))
			b.WriteByte(':')
			if m < 10 {
				b.WriteByte('0')
			}
			b.Write(strconv.AppendInt(buf[:0], int64(m), 10))
		}
	} else if t.Period != "" {
		sep()
		b.WriteString(t.Period)
	}
	if t.Zone.Name != "" {
		sep()
		b.WriteString(t.Zone.Name)
	}
	if t.Day.Precision != 0 {
		sep()
		t.Day.writeCanonical(b)
	}
}

// pairTime pairs the times of two sentences: clock times and parts of a day
// are compared with each other (see compareTimes).
func pairTime(Fact) string { return "time:" }
