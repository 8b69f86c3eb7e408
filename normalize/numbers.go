package normalize

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Number is a quantity stated in a sentence, such as "about 2,500 US troops".
type Number struct {
	Span
	Text  string  // the number as written, with its hedge: "about 2,500"
	Value float64 // 2500; the midpoint of a range; 0.5 for "half"
	// Low and High bound the value the hedge allows: "over 150" is
	// [150, +Inf), "about 2,500" is [2375, 2625], "10-15" is [10, 15].
	// Equal to Value when unhedged.
	Low, High float64
	Hedge     string // the hedge as folded text, "about"; "" when none
	// Unit is the thing counted, folded: "us troops", "percent", "dollars";
	// "" if unknown. Currency signs and "%" are spelled out. For a quantity
	// with a Measure, it is the unit as written: "cubic metres", "km".
	Unit string
	Type NumberType
	// Measure is the unit of measurement or currency the quantity is stated
	// in, read from the unit table (units.go): "3 metres" is 3 in metres,
	// "$40 million" 4e7 in dollars. The zero Measure is a count of things.
	Measure Measure `json:",omitzero"`
	// Casualty is what befell the things counted, when the sentence says
	// ("death" in "Two people died" and "killing 9", "injury" in "three
	// were hurt"; see Outcome): a count of deaths is one thing whatever
	// noun counts it ("two people", "two motorists"). "" otherwise.
	Casualty string `json:",omitempty"`
}

// NumberType tells counts from ranks, proportions and codes.
type NumberType uint8

// Number kinds. The zero value is Cardinal.
const (
	// Cardinal is a count or an amount: "2,500", "three", "$1.2bn", "15%".
	Cardinal NumberType = iota
	// Ordinal is a rank: "third", "21st", "No. 2". Ordinals are kept apart
	// from counts: SameThing is false between a Cardinal and an Ordinal.
	Ordinal
	// Fraction is a proportion written as a fraction: "half", "two-thirds".
	Fraction
	// Code is a numeral that is part of a code, not a quantity: "C-17",
	// "CAC-40", "N225", or a telephone number ("0800 555 0199", Value its
	// digits 8005550199). Its Unit is the letters before the digits,
	// folded, or "phone", so SameThing pairs it only with a code of the
	// same series; Compatible only with a code of its Value.
	Code
)

// quantity is one value read from the tokens.
type quantity struct {
	v     float64
	scale float64 // the scale written after the value (1e6 for "million"); 1 if none
	kind  NumberType
	low   float64 // for vague quantities ("thousands"): the interval
	high  float64
	vague bool
	unit  string // a unit glued to the digits: "5kg"
	end   int    // index of the token after the quantity
	skip  bool   // a clock time or other numeral that is neither count nor date
}

// number reads a number with its hedge and unit at token i.
func (p *parser) number(i int) (int, bool) {
	// Every number opens with a hedge (see hedge), a currency sign or code,
	// a word before a numeral or "$" (see currency), or a value (see
	// opensValue): most words and marks are none of these.
	t := p.tokAt(i)
	if t == nil {
		return i, false
	}
	switch t.kind {
	case tWord:
		// A word of no hedge, currency or value opens a number only as a
		// currency's word (see currency): before "$" ("US$"), or
		// capitalized before a numeral ("Rs 500", "USD 40").
		if t.lex&(fHedgeStart|fCurrency) == 0 && !valueWord(t) && p.lcAt(i+1) != "$" && (!t.isUpper() || p.kindAt(i+1) != tNum) {
			return i, false
		}
	case tPunct:
		if t.lex&(fHedgeStart|fCurrency) == 0 && !p.vulgarFraction(i) {
			return i, false
		}
	}
	if t.kind == tNum {
		if end, ok := p.phone(i); ok {
			return end, true
		}
	}
	hc, hedgeEnd := p.hedge(i)
	j := hedgeEnd
	cur, j := p.currency(j)
	if !p.opensValue(j) {
		return i, false
	}
	if hc == 0 && cur == "" && p.glued(j) { // a code's digits are glued to its letters or dash
		if end, ok := p.code(j); ok {
			return end, true
		}
	}
	if (hc != 0 || cur != "") && p.kindAt(j) == tNum {
		// "between 1930 and 1959", "between 1 July and 30 June" are dates.
		if _, ok := p.fourDigitYear(j); ok && cur == "" && p.yearContext(j) {
			return i, false
		}
		if _, k, ok := p.dayNumber(j); ok {
			if _, _, ok := p.monthWord(k, true); ok {
				return i, false
			}
		}
	}
	q, ok := p.value(j)
	if !ok && (p.lcAt(j) == "a" || p.lcAt(j) == "an") && (hc != 0 && p.startsMeasure(j+1) || hc == 0 && p.oneMeasure(j)) {
		// "nearly a foot", "more than an hour", "a foot of rain": one of
		// the unit. Without a hedge "a day", "a year" are rates and
		// manners of speaking.
		q, ok = quantity{v: 1, scale: 1, end: j + 1}, true
	}
	if !ok {
		return i, false
	}
	if q.skip {
		return q.end, true
	}
	if p.is(q.end, fTime) && q.kind == Cardinal && !q.vague {
		return q.end + 1, true // "eight a.m."
	}
	if hc == 0 && cur == "" && q.kind == Cardinal && q.v == 1 && !q.vague && p.lcAt(j) == "one" {
		// "no one", "one another", "the one", "one of the last": a pronoun,
		// not a count.
		switch {
		case p.lcAt(j-1) == "no", p.lcAt(j+1) == "another", p.lcAt(j-1) == "the",
			p.lcAt(j+1) == "of" && p.is(j+2, fStop):
			return j + 1, true
		}
	}
	if q.kind == Cardinal && p.lcAt(j-1) == "." && p.lcAt(j-2) == "no" && p.glued(j-1) {
		q.kind = Ordinal // "No. 2 soft drink maker"
	}
	if q.kind == Fraction {
		q = p.fractionOf(q) // "half a billion", "a quarter of a mile"
	}
	if cur == "" && q.scale == 1e6 && q.end-1 > j && p.lcAt(q.end-1) == "m" && p.glued(q.end-1) && p.metreContext(i, q.end) {
		// "a 6m wave", "a 10m-high wall": metres, not millions.
		q.v, q.scale, q.end = q.v/1e6, 1, q.end-1
	}
	n := Number{Type: q.kind, Value: q.v, Low: q.v, High: q.v}
	if q.vague {
		n.Low, n.High = q.low, q.high
	}
	end := q.end
	start := i
	hedge := ""

	// A range: "10-15", "10 to 15", "between 10 and 15", "13 cents to 14
	// cents", "from 200 to 300", "two or three".
	if q.kind == Cardinal && !q.vague {
		k := end
		unitWord := ""
		if hc != hBetween && (p.kindAt(k) == tWord && !p.is(k, fStop) || p.lcAt(k) == "%") && p.lcAt(k+1) == "to" {
			unitWord = p.lcAt(k) // "13 cents to 14 cents"
			k++
		}
		from := hc == 0 && cur == "" && p.lcAt(j-1) == "from" && !p.changeBefore(j-2)
		sep := p.lcAt(k)
		isSep := (hc == hBetween && sep == "and") ||
			(hc != hBetween && (sep == "to" && (from || !p.is(hedgeEnd-1, fChange) && !(p.lcAt(hedgeEnd-1) == "of" && p.is(hedgeEnd-2, fChange))) ||
				isDash(sep) && p.glued(k) && p.glued(k+1))) ||
			hc == 0 && sep == "or" && p.kindAt(k+1) != tPunct
		if isSep {
			_, k2 := p.currency(k + 1)
			if _, _, isMonth := p.monthWord(k2+1, true); isMonth {
				// "between 10 and 15 March" is a date, read later.
			} else if q2, ok := p.value(k2); ok && !q2.skip && !q2.vague && q2.kind == Cardinal {
				v1 := q.v
				if q.scale == 1 && q2.scale != 1 {
					v1 = scaled(v1, q2.scale) // "between 2 and 3 million"
				}
				rangeOK := v1 < q2.v && (hc == hBetween || sep != "to" || from || q2.v <= 10*v1)
				if sep == "or" {
					rangeOK = v1 < q2.v && q2.v <= 2*v1+2 // "two or three", not "one or 50"
				}
				if unitWord != "" && (p.lcAt(q2.end) != unitWord) {
					rangeOK = false
				}
				if rangeOK {
					n.Low, n.High, n.Value = v1, q2.v, (v1+q2.v)/2
					end = q2.end
					if from {
						start, hedge = j-1, "from"
					}
				}
			}
		}
	}
	if hc == hBetween && n.Low == n.High {
		hc = 0 // "between" without a range is no hedge
	}
	if (hc == 0 || hc == hApprox) && hedge == "" && !q.vague && n.Low == n.High {
		// A hedge after the figure: "80-plus", "80+", "some 80-odd", "80 or
		// so". It says more than "some" before it.
		if c, k, ok := p.postHedge(end); ok {
			hedge = foldWords(p.text(end, k))
			n.Low, n.High = widen(c, n.Low, n.High)
			end, hc = k, 0
		}
	}
	if hc == 0 && hedge == "" {
		start = hedgeEnd
	}
	// Negative numbers: "-5", "minus 5".
	if start == j && p.kindAt(j) == tNum {
		if k := j - 1; k >= 0 && p.toks[k].kind == tPunct && isDash(p.lcAt(k)) && !p.glued(k) && p.glued(j) && p.kindAt(k-1) != tNum {
			n.Value, n.Low, n.High = -n.Value, -n.High, -n.Low
			start = k
		} else if p.lcAt(j-1) == "minus" && !(p.lcAt(j-2) == "or" && p.lcAt(j-3) == "plus") {
			n.Value, n.Low, n.High = -n.Value, -n.High, -n.Low
			start = j - 1
		}
	}

	// The unit: a currency sign before the figure, or a unit of measurement
	// or currency after it ("3 metres", "15%", "40 million euros"), closes
	// the number's text.
	unit := q.unit
	money := cur != "" || q.scale >= 1e6 || p.lcAt(end+1) == "sterling"
	if cur != "" {
		n.Measure = Measure{Name: cur, Dim: DimMoney}
		unit = currencyName(cur)
		if m, _, k, ok := p.measureAt(end, true); ok && m.Dim == DimMoney && sameCurrency(m, n.Measure) {
			end = k // "$40 million dollars"
		}
	} else if at := p.attributive(end); q.kind == Cardinal && !(p.lcAt(at) == "year" && isDash(p.lcAt(at+1)) && p.lcAt(at+2) == "old") {
		// A unit after the figure, or joined to it by a hyphen ("a 20-foot
		// wave"); an age ("a 30-year-old man") counts the man.
		if m, u, k, ok := p.measureAt(at, money); ok && (at == end || !p.gluedOnly(at)) {
			n.Measure, unit, end = m, u, k
			if m.Dim == DimPercent {
				unit = "percent"
			}
			if m.Dim == DimTemperature && p.temperatureChange(start, end) {
				n.Measure.Offset = 0
			}
		}
	}
	if hc != 0 {
		n.Hedge = foldWords(p.text(i, hedgeEnd))
		exact := n.Low == n.High
		n.Low, n.High = widen(hc, n.Low, n.High)
		if hc == hApprox && exact && n.Measure.Dim == 0 && n.Value == math.Trunc(n.Value) && n.Value >= 2 {
			// "About" a small count spans a thing either side at least:
			// "about a dozen" admits 11 and 13, which 5% of 12 does not.
			n.Low, n.High = min(n.Low, n.Value-1), max(n.High, n.Value+1)
		}
	} else if hedge != "" {
		n.Hedge = hedge
	}
	n.Span = p.span(start, end)
	n.Text = p.s[n.Start:n.End]
	if unit == "" {
		k := end
		if q.kind == Fraction && p.lcAt(k) != "of" {
			switch p.lcAt(k) {
			case "the", "its", "their", "his", "her", "our":
				k++ // "half the troops"
			}
		}
		unit = p.unit(k)
	}
	if unit == "p" {
		unit = "pence" // "421p a share", "412 pence"
	}
	n.Unit = unit
	p.add(n, n.Start)
	return end, true
}

// attributive returns the token after a hyphen that joins a unit to the
// figure before token i ("20-foot", "a 10-km walk"), or i.
func (p *parser) attributive(i int) int {
	if isDash(p.lcAt(i)) && p.glued(i) && p.glued(i+1) && p.kindAt(i+1) == tWord {
		return i + 1
	}
	return i
}

// gluedOnly reports whether the unit at token i is one that only counts
// glued to digits ("5in", not "2-in-1").
func (p *parser) gluedOnly(i int) bool {
	measures, _ := measuresByEntry.valueAt(p, i)
	for _, e := range measures {
		if e.glued {
			return true
		}
	}
	return false
}

// currencyName returns what Number.Unit says of a currency: "$" ->
// "dollars", "EUR" -> "euros".
func currencyName(code string) string {
	if n, ok := currencyNames[code]; ok {
		return n
	}
	return Fold(code)
}

// changeBefore reports whether a word of change ("rose", "fell") comes
// among the few words before token i, in one clause: "rose from 200 to 300"
// is a change, "from 200 to 300 people" a range.
func (p *parser) changeBefore(i int) bool {
	for k := i; k >= 0 && k > i-3; k-- {
		if p.kindAt(k) != tWord {
			return false
		}
		if p.is(k, fChange) {
			return true
		}
	}
	return false
}

// postHedge reads a hedge written after a figure at token i: "-plus", "+",
// "-odd", "-something", "-ish", "or so", "or more", "or fewer", "and up".
// It returns the hedge's class and the index after it.
func (p *parser) postHedge(i int) (hedgeClass, int, bool) {
	w := p.lcAt(i)
	switch {
	case w == "+" && p.glued(i):
		return hAtLeast, i + 1, true
	case isDash(w) && p.glued(i) && p.glued(i+1):
		switch p.lcAt(i + 1) {
		case "plus":
			return hAtLeast, i + 2, true
		case "odd", "something":
			return hAbove, i + 2, true
		case "ish":
			return hApprox, i + 2, true
		}
	case w == "or" || w == "and":
		for _, h := range postHedges {
			if h.words[0] == w {
				if k, ok := p.match(i, h.words); ok {
					return h.class, k, true
				}
			}
		}
	}
	return 0, i, false
}

// postHedges are the hedges of two words written after a figure.
var postHedges = []hedge{
	{[]string{"or", "so"}, hApprox},
	{[]string{"or", "more"}, hAtLeast},
	{[]string{"or", "over"}, hAtLeast},
	{[]string{"or", "above"}, hAtLeast},
	{[]string{"and", "up"}, hAtLeast},
	{[]string{"and", "over"}, hAtLeast},
	{[]string{"and", "above"}, hAtLeast},
	{[]string{"or", "fewer"}, hAtMost},
	{[]string{"or", "less"}, hAtMost},
	{[]string{"or", "under"}, hAtMost},
}

// fractionOf reads what a fraction is a fraction of: a scale ("half a
// billion" is 5e8, "a quarter of a million", "a half million") or a unit
// ("half a mile", "a quarter of a percentage point"), which makes it an
// amount (Cardinal) rather than a proportion.
func (p *parser) fractionOf(q quantity) quantity {
	k := q.end
	if p.lcAt(k) == "of" {
		k++
	}
	article := p.lcAt(k) == "a" || p.lcAt(k) == "an"
	if article {
		k++
	}
	if !article && k != q.end {
		return q // "half of the troops"
	}
	if s, ok := scalesByEntry.valueAt(p, k); ok {
		q.v, q.kind, q.scale, q.end = scaled(q.v, s), Cardinal, s, k+1
		return q
	}
	if p.startsMeasure(k) {
		q.kind, q.end = Cardinal, k // the unit is read after: "a quarter percentage point"
	}
	return q
}

// metreContext reports whether a figure with a glued "m" that ends before
// token k, read from token i, is in metres rather than millions: a measure
// of height or depth follows ("6m high", "a 10m-high wall"), or an article
// before it makes the figure an attribute of a singular noun ("a 6m wave",
// "the 100m final"). A plural noun or a unit after it ("6m people", "4.5m
// cubic meters") makes it millions.
func (p *parser) metreContext(i, k int) bool {
	if isDash(p.lcAt(k)) && p.glued(k) && p.glued(k+1) && p.kindAt(k+1) == tWord {
		return true // "6m-high", "a 100m-long"
	}
	if lengthWords[p.lcAt(k)] {
		return true
	}
	switch p.lcAt(i - 1) {
	case "a", "an", "the":
		w := p.lcAt(k)
		return p.kindAt(k) == tWord && !p.is(k, fStop) && !strings.HasSuffix(w, "s") && !p.is(k, fIrregularPlural)
	}
	return false
}

// lengthWords after a figure say it is a length: "6m high", "3m deep".
var lengthWords = set("high", "tall", "deep", "long", "wide", "thick", "across", "away",
	"above", "below", "underground", "underwater", "apart", "downstream", "upstream", "offshore")

// temperatureChange reports whether the temperature read from token i to
// token j-1 is a change ("rose by 5C", "2C of warming", "5C warmer"),
// which converts without the offset of a reading.
func (p *parser) temperatureChange(i, j int) bool {
	switch p.lcAt(i - 1) {
	case "by":
		return true
	}
	if p.is(i-1, fChange) && p.lcAt(i-1) != "from" && p.lcAt(i-1) != "to" {
		return true // "rose 5C"
	}
	switch p.lcAt(j) {
	case "warmer", "cooler", "colder", "hotter", "higher", "lower", "above", "below", "of":
		return true
	}
	return false
}

// widen returns the interval hedge class hc implies around [lo, hi].
func widen(hc hedgeClass, lo, hi float64) (float64, float64) {
	floor := 0.0
	if lo < 0 {
		floor = math.Inf(-1)
	}
	mag := func(v float64) float64 { return math.Abs(v) }
	switch hc {
	case hApprox:
		return lo - approxTolerance*mag(lo), hi + approxTolerance*mag(hi)
	case hBelow:
		return lo - nearTolerance*mag(lo), hi
	case hAbove:
		return lo, hi + nearTolerance*mag(hi)
	case hAtLeast:
		return lo, math.Inf(1)
	case hAtMost:
		return floor, hi
	}
	return lo, hi
}

// hedge returns the class of the hedge at token i and the index after it,
// or 0 and i when there is none.
func (p *parser) hedge(i int) (hedgeClass, int) {
	if !p.is(i, fHedgeStart) {
		return 0, i
	}
	hedges, _ := hedgesByEntry.valueAt(p, i)
	for _, h := range hedges {
		if j, ok := p.match(i, h.words); ok {
			return h.class, j
		}
	}
	return 0, i
}

// currency returns the currency of the sign or code at token i (see
// currencySigns: "$" -> "$", "US$" -> "USD", "€" -> "EUR", "USD" ->
// "USD") and the index after it, or "" and i when there is none.
func (p *parser) currency(i int) (string, int) {
	// Each form below has a sign or code of currencySigns ("$", "€", "rs")
	// at i, or a "$" or a number after it: most words have none.
	if !p.is(i, fCurrency) && p.kindAt(i+1) != tNum && p.lcAt(i+1) != "$" {
		return "", i
	}
	w := p.lcAt(i)
	if w == "$" && p.kindAt(i+1) == tWord && p.glued(i+1) && p.kindAt(i+2) == tNum && p.glued(i+2) {
		if c, ok := currencySigns[p.lcAt(i+1)+"$"]; ok {
			return c, i + 2 // "$US13.15", "$A9.2 million"
		}
	}
	if c, ok := currencySignsByEntry.valueAt(p, i); ok && p.kindAt(i) == tPunct {
		return c, i + 1
	}
	if p.kindAt(i) == tWord && p.lcAt(i+1) == "$" && p.glued(i+1) {
		if c, ok := currencySigns[w+"$"]; ok {
			return c, i + 2
		}
	}
	if w == "rs" && p.toks[i].isUpper() {
		k := i + 1
		if p.lcAt(k) == "." && p.glued(k) {
			k++
		}
		if p.kindAt(k) == tNum {
			return "rupee", k // "Rs 500", "Rs. 5 crore"
		}
	}
	if p.kindAt(i+1) == tNum {
		if c, ok := p.isoCodeAt(i); ok {
			return c, i + 1 // "USD 40 million", "EUR1.2bn"
		}
	}
	return "", i
}

// numberOpeners are the flags of the tokens a number may start at (see
// number): a numeral, a fraction character, a word or mark of a hedge, a
// currency or a value, a word before a numeral or a currency sign such as
// "$" (see readKey).
const numberOpeners = fNumeral | fVulgarFraction | fHedgeStart | fCurrency | fVague | fCardinal | fOrdinal | fValueWord | fBeforeNum

// valueWord reports whether word t opens a quantity: "two", "thousands",
// "third", "a", "half".
func valueWord(t *token) bool {
	return t.lex&(fVague|fCardinal|fOrdinal|fValueWord) != 0
}

// opensValue reports whether a quantity may start at token i: a numeral or
// a word that opens spelled numbers. value fails everywhere else, and most
// tokens are neither, so the readers ask this first.
func (p *parser) opensValue(i int) bool {
	switch p.kindAt(i) {
	case tNum:
		return true
	case tWord:
		return valueWord(&p.toks[i])
	case tPunct:
		return p.vulgarFraction(i) && !p.glued(i)
	}
	return false
}

// value reads the quantity at token i: digits or number words, with a scale.
func (p *parser) value(i int) (quantity, bool) {
	if !p.opensValue(i) {
		return quantity{}, false
	}
	switch p.kindAt(i) {
	case tNum:
		return p.numeral(i)
	case tWord:
		return p.numberWords(i)
	case tPunct:
		v, _ := vulgarFractionsByEntry.valueAt(p, i)
		return quantity{v: v, kind: Fraction, scale: 1, end: i + 1}, true // "½ mile"
	}
	return quantity{}, false
}

// numeral reads digits ("2,500", "3.5", "1.2bn", "27th") and a scale after them.
func (p *parser) numeral(i int) (quantity, bool) {
	t := &p.toks[i]
	text := p.s[t.Start:t.End]
	// A clock or a date: ':' or '/' between digits (looked for byte by
	// byte: ContainsAny looks up each rune of text in its set).
	for k := 0; k < len(text); k++ {
		if c := text[k]; c == ':' || c == '/' {
			return quantity{end: i + 1, skip: true}, true
		}
	}
	v, ok := parseDecimal(text)
	if !ok {
		return quantity{end: i + 1, skip: true}, true
	}
	q := quantity{v: v, scale: 1, end: i + 1}
	// Groups of three digits after a space or a (narrow) no-break space:
	// "12 500", "1 234 567". A fraction after the whole: "3 1/2", "3-1/2",
	// "3½".
	if k := p.digitGroups(i); k > i {
		q.v, _ = parseDecimal(p.digits(i, k+1))
		q.end = k + 1
		i = k
	} else if f, k, ok := p.mixedFraction(i); ok {
		q.v += f
		q.end = k
		return q, true
	}
	next := p.lcAt(i + 1)
	if p.is(i+1, fTime) {
		q.skip, q.end = true, i+2
		return q, true
	}
	if end, ok := p.pluralSuffix(i + 1); ok {
		q.skip, q.end = true, end // "the 90's", "the 1980s" that is not a decade
		return q, true
	}
	if p.glued(i+1) && p.kindAt(i+1) == tWord {
		switch {
		case next == "st" || next == "nd" || next == "rd" || next == "th":
			q.kind = Ordinal
			q.end = i + 2
			return q, true
		}
		if s, ok := scaleLettersByEntry.valueAt(p, i+1); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		if s, ok := scaleAbbrevsByEntry.valueAt(p, i+1); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		if s, ok := scalesByEntry.valueAt(p, i+1); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		if _, _, _, ok := p.measureAt(i+1, false); ok {
			return q, true // "5kg", "30C", "100km/h": the unit is read after
		}
		q.unit, q.end = Fold(p.text(i+1, i+2)), i+2 // "10x"
		return q, true
	}
	k := i + 1
	if isDash(next) && p.glued(k) && p.glued(k+1) {
		k++ // "$6.8-billion"
	}
	if s, ok := scalesByEntry.valueAt(p, k); ok {
		q.v = scaled(q.v, s)
		q.scale, q.end = s, k+1
	} else if s, ok := scaleAbbrevsByEntry.valueAt(p, k); ok && k == i+1 {
		q.v = scaled(q.v, s)
		q.scale, q.end = s, k+1
	}
	return q, true
}

// groupSpaces are the spaces that separate groups of digits: a space, a
// no-break space, a thin space and a narrow no-break space (SI and ISO
// 31-0 write "12 500" with one).
var groupSpaces = set(" ", "\u00a0", "\u2009", "\u202f")

// digitGroups returns the index of the last token of a numeral written
// with spaces between groups of three digits from token i ("12 500", "1 234
// 567"), or i when there is none. The first group has one to three digits
// and follows no other numeral; the last may have a decimal part.
func (p *parser) digitGroups(i int) int {
	first := p.s[p.toks[i].Start:p.toks[i].End]
	// Most numerals are followed by no other: that is tested first.
	if p.kindAt(i+1) != tNum || len(first) > 3 || !allDigits(first) || p.kindAt(i-1) == tNum {
		return i
	}
	k := i
	for p.kindAt(k+1) == tNum && groupSpaces[p.s[p.toks[k].End:p.toks[k+1].Start]] {
		g := p.s[p.toks[k+1].Start:p.toks[k+1].End]
		if len(g) < 3 || !allDigits(g[:3]) || len(g) > 3 && (g[3] != '.' || !allDigits(g[4:])) {
			break
		}
		k++
		if len(g) > 3 {
			break // a decimal part ends the numeral
		}
	}
	return k
}

// digits returns the text of tokens i to j-1 without the spaces between them.
func (p *parser) digits(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(p.s[p.toks[k].Start:p.toks[k].End])
	}
	return b.String()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// mixedFraction reads the fraction after the whole number at token i: "3
// 1/2", "3-1/2", "3½". It returns the fraction and the index after it.
func (p *parser) mixedFraction(i int) (float64, int, bool) {
	// The tokens after the whole are tested before its digits: most
	// numerals have no fraction after them.
	k := i + 1
	fraction := p.vulgarFraction(k) && p.glued(k)
	if !fraction {
		if isDash(p.lcAt(k)) && p.glued(k) && p.glued(k+1) {
			k++
		} else if p.glued(k) {
			return 0, i, false
		}
		if p.kindAt(k) != tNum {
			return 0, i, false
		}
	}
	if !allDigits(p.s[p.toks[i].Start:p.toks[i].End]) {
		return 0, i, false
	}
	if fraction {
		v, _ := vulgarFractionsByEntry.valueAt(p, k)
		return v, k + 1, true
	}
	num, den, ok := strings.Cut(p.lcAt(k), "/")
	if !ok || !allDigits(num) || !allDigits(den) || len(num) > 2 || len(den) > 2 {
		return 0, i, false
	}
	a, _ := parseDecimal(num)
	b, _ := parseDecimal(den)
	if a <= 0 || a >= b || b > 16 {
		return 0, i, false
	}
	return a / b, k + 1, true
}

// vulgarFraction reports whether token i is a fraction character ("½").
// Every one is two or three bytes long, and most punctuation one: the
// length is tested before the map.
func (p *parser) vulgarFraction(i int) bool {
	return p.is(i, fVulgarFraction)
}

// vulgarFractions are the fraction characters of Unicode (Number Forms).
var vulgarFractions = map[string]float64{
	"½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5,
	"⅖": 2.0 / 5, "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 1.0 / 8,
	"⅜": 3.0 / 8, "⅝": 5.0 / 8, "⅞": 7.0 / 8,
}

// code reads a numeral that is part of a code rather than a quantity: glued
// to the letters before it ("N225", "A380") or to a capitalized word by a
// hyphen ("C-17", "CAC-40", "COVID-19"). It is a Number of Type Code whose
// Unit is the letters, so it is compared only with the same series.
func (p *parser) code(i int) (int, bool) {
	start := i - 1
	if isDash(p.lcAt(start)) {
		start--
	}
	if p.codeDigits(start) != i {
		return i, false
	}
	t := &p.toks[i]
	v, ok := parseDecimal(p.s[t.Start:t.End])
	if !ok {
		return i, false
	}
	n := Number{Type: Code, Value: v, Low: v, High: v, Span: p.span(start, i+1), Unit: Fold(p.text(start, start+1))}
	n.Text = p.s[n.Start:n.End]
	p.add(n, n.Start)
	return i + 1, true
}

// pluralSuffix reports whether token i is an "s" or "'s" glued to the
// numeral before it ("the 1980s", "the 90's"), and returns the index after
// it. (A year's "'s" is possessive: the date reader takes "2003's" first.)
func (p *parser) pluralSuffix(i int) (int, bool) {
	if !p.glued(i) {
		return i, false
	}
	if p.lcAt(i) == "s" {
		return i + 1, true
	}
	if w := p.lcAt(i); (w == "'" || w == "’") && p.lcAt(i+1) == "s" && p.glued(i+1) {
		return i + 2, true
	}
	return i, false
}

// phone reads a telephone number at token i: groups of one to six digits
// joined by single spaces, hyphens or dots, 7 to 15 digits in all: three
// or more groups that "+" or "(" opens, that hyphens or dots join or one
// of which opens with 0 ("0800 555 0199", "555-010-4477", "+44 20 7946
// 0958", "(555) 010-4477", "+1 (555) 010-4477"), or two joined by a
// hyphen, one opening with 0 ("555-0199": no quantity is written with a
// leading zero), or two of nine digits or more, the first opening with 0
// ("07700 900123"); not what
// notPhone knows for a date, thousands or an address, nor a numeral whose
// thousands are spaced ("1 000 000", "10 000 000": see digitGroups). It
// adds a Number of Type Code, Unit "phone", whose value is its digits: an
// identifier, not three quantities, so that one number written two ways
// agrees and two numbers diverge.
func (p *parser) phone(i int) (int, bool) {
	start, opened := i, false
	if i > 0 && (p.lcAt(i-1) == "+" || p.lcAt(i-1) == "(") && p.glued(i) {
		start, opened = i-1, true
	}
	// Most numerals are one group: no array is filled for them.
	var digitBuf [16]byte
	var sizeBuf [16]int
	digits, sizes := digitBuf[:0], sizeBuf[:0]
	joined, zero := false, false // joined by hyphens or dots; a group opens with 0
	hyphen := false              // joined by a hyphen
	paren := opened && p.lcAt(start) == "("
	end := i
	for k := i; ; {
		t := &p.toks[k]
		for g := range strings.SplitSeq(p.s[t.Start:t.End], ".") {
			if len(g) == 0 || len(g) > 6 || !allDigits(g) || len(digits)+len(g) > len(digitBuf) || len(sizes) == len(sizeBuf) {
				return i, false // "2,500", "10:30", "1.5", too long
			}
			digits, sizes = append(digits, g...), append(sizes, len(g))
			zero = zero || g[0] == '0' && len(g) > 1
		}
		joined = joined || strings.Contains(p.s[t.Start:t.End], ".")
		end = k + 1
		n := k + 1
		if paren && p.lcAt(n) == ")" && p.glued(n) {
			n++ // "(555) 010-4477"
		}
		paren = false
		switch {
		case isDash(p.lcAt(n)) && p.glued(n) && p.glued(n+1) && p.kindAt(n+1) == tNum:
			joined, hyphen, k = true, true, n+1
		case p.kindAt(n) == tNum && !p.glued(n):
			k = n
		case opened && p.lcAt(n) == "(" && !p.glued(n) && p.kindAt(n+1) == tNum && p.glued(n+1) && p.lcAt(n+2) == ")":
			paren, k = true, n+1 // "+1 (555) 010-4477"
		default:
			// "07700 900123": two groups, the first opening with 0.
			twoSpaced := len(sizes) == 2 && !joined && sizes[0] > 1 && digits[0] == '0' && len(digits) >= 9
			enough := len(sizes) >= 3 && (opened || zero || joined) || len(sizes) == 2 && (hyphen && zero || twoSpaced)
			if !enough || len(digits) < 7 || len(digits) > 15 || !opened && joined && notPhone(sizes, hyphen) {
				return i, false
			}
			if !opened && !joined && digits[0] != '0' && p.digitGroups(i) == end-1 {
				return i, false // "1 000 000": thousands spaced (see digitGroups)
			}
			v, _ := strconv.ParseFloat(string(digits), 64)
			n := Number{Type: Code, Value: v, Low: v, High: v, Span: p.span(start, end), Unit: "phone"}
			n.Text = p.s[n.Start:n.End]
			p.add(n, n.Start)
			return end, true
		}
	}
}

// notPhone reports whether groups of digits of the sizes given, joined by
// hyphens (hyphen) or points, are written as something else: a date
// ("2024-05-12", "12-05-2024", "12.05.2024"), thousands marked by points
// ("1.234.567"), an address of four numbers ("192.168.0.1").
func notPhone(sizes []int, hyphen bool) bool {
	if len(sizes) == 3 && (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2 || sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 4 || sizes[2] == 2)) {
		return true // a date, year first or last
	}
	if hyphen {
		return false
	}
	thousands := sizes[0] <= 3
	for _, n := range sizes[1:] {
		thousands = thousands && n == 3
	}
	return thousands || len(sizes) == 4 && slices.Max(sizes) <= 3
}

// codeDigits returns the index of the numeral of the code whose letters are
// the word at token i, or -1 when that word starts no code.
func (p *parser) codeDigits(i int) int {
	if p.kindAt(i) != tWord {
		return -1
	}
	j := i + 1
	if isDash(p.lcAt(j)) && p.glued(j) && p.toks[i].isUpper() {
		j++
	}
	if p.kindAt(j) == tNum && p.glued(j) {
		return j
	}
	return -1
}

// scaled returns v*s without the binary noise of the product:
// 4.1 million is 4100000, not 4099999.9999999995.
func scaled(v, s float64) float64 {
	p := v * s
	if r := math.Round(p); math.Abs(p-r) <= 1e-9*math.Abs(p) {
		return r
	}
	return p
}

// parseDecimal parses digits with thousands commas and a decimal point.
// When there is no point, a last comma followed by one or two digits is a
// decimal comma ("1,2 million", "1,506,76"), as no thousands separator is.
// It allocates nothing, unlike strconv.ParseFloat on a cleaned copy.
func parseDecimal(s string) (float64, bool) {
	point := strings.LastIndexByte(s, ',')
	if point < 0 || len(s)-point > 3 || strings.IndexByte(s, '.') >= 0 {
		point = -1
	}
	var mant float64
	frac := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf && wideDigitAt(s, i) > 0 {
			c = '0' + s[i+2] - 0x90 // "１２" is "12"
			i += 2
		}
		switch {
		case isDigit(c):
			mant = mant*10 + float64(c-'0')
			if frac >= 0 {
				frac++
			}
		case c == ',' && i != point && frac < 0:
		case (c == '.' || i == point) && frac < 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if frac > 0 && frac < len(powersOf10) {
		mant /= powersOf10[frac]
	} else if frac > 0 {
		mant /= math.Pow(10, float64(frac))
	}
	return mant, true
}

// powersOf10 are the powers of ten a float64 holds exactly, as math.Pow
// returns them, without its call.
var powersOf10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// numberWords reads spelled numbers: "two thousand five hundred", "twenty-five",
// "a dozen", "third", "two-thirds", "half", "two and a half million", "thousands".
func (p *parser) numberWords(i int) (quantity, bool) {
	w := p.lcAt(i)
	if r, ok := vagueByEntry.valueAt(p, i); ok {
		q := quantity{v: r[0], low: r[0], high: r[1], vague: true, scale: 1, end: i + 1}
		if p.lcAt(i+1) == "of" {
			if r2, ok := vagueByEntry.valueAt(p, i+2); ok && r2[0] > r[0] {
				// "tens of thousands", "hundreds of thousands"
				m := r2[0] / 2
				q.low, q.high, q.v, q.end = r[0]*m/10, r[1]*m/10, r[0]*m/10, i+3
				if w == "hundreds" {
					q.low, q.high, q.v = 200*m/2, 1000*m/2, 200*m/2
				}
			}
		}
		if w == "tens" {
			return quantity{}, false
		}
		if sc, ok := scalesByEntry.valueAt(p, i+1); ok && w == "several" {
			q.low, q.high, q.v, q.end = r[0]*sc, r[1]*sc, r[0]*sc, i+2 // "several hundred"
		}
		return q, true
	}
	if w == "tens" && p.lcAt(i+1) == "of" {
		if r2, ok := vagueByEntry.valueAt(p, i+2); ok {
			m := r2[0] / 2
			return quantity{v: 20 * m, low: 20 * m, high: 100 * m, vague: true, scale: 1, end: i + 3}, true
		}
	}
	var total, cur float64
	seen := false // any cardinal, scale or "a" read
	scale := 1.0
	j := i
	if (w == "a" || w == "an") && p.kindAt(i+1) == tWord {
		nx := p.lcAt(i + 1)
		if r, ok := fewWordsByEntry.valueAt(p, i+1); ok {
			// "a few", "a couple of", "a handful of", "a few hundred"
			q := quantity{v: r[0], low: r[0], high: r[1], vague: true, scale: 1, end: i + 2}
			k := i + 2
			if p.lcAt(k) == "of" && p.is(k+1, fScale) {
				k++
			}
			if sc, ok := scalesByEntry.valueAt(p, k); ok {
				q.low, q.high, q.v, q.end = r[0]*sc, r[1]*sc, r[0]*sc, k+1
			}
			return q, true
		}
		if p.is(i+1, fScale) {
			cur, seen, j = 1, true, i+1
		} else if d, ok := denominatorsByEntry.valueAt(p, i+1); ok && nx != "halves" && !strings.HasSuffix(nx, "s") {
			// "a half", "a fifth of", "by a quarter": a fraction; "a third
			// round" is an ordinal, read at "third".
			if nx == "half" || p.lcAt(i+2) == "of" || !p.contentWord(i+2) || p.startsMeasure(i+2) {
				return quantity{v: 1 / d, kind: Fraction, scale: 1, end: i + 2}, true
			}
			return quantity{}, false
		} else {
			return quantity{}, false
		}
	}
	for ; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.kind == tPunct && isDash(t.lc) && seen && p.glued(j) && p.glued(j+1) && p.kindAt(j+1) == tWord {
			continue // "twenty-five", "two-thirds"
		}
		if t.kind != tWord {
			break
		}
		if c, ok := cardinalsByEntry.valueAt(p, j); ok {
			if seen && !(cur == 0 || math.Mod(cur, 100) == 0 || c < 10 && math.Mod(cur, 10) == 0 && math.Mod(cur, 100) >= 20) {
				break // "five six": two numbers
			}
			cur += c
			seen = true
			continue
		}
		if s, ok := scalesByEntry.valueAt(p, j); ok && seen {
			if cur == 0 {
				cur = 1
			}
			if s == 100 {
				cur *= s
			} else {
				total += cur * s
				cur = 0
				scale = s
			}
			continue
		}
		if t.lc == "and" && seen && p.kindAt(j+1) == tWord {
			nx := p.lcAt(j + 1)
			if p.is(j+1, fCardinal) && total+cur >= 100 {
				continue // "two hundred and fifty"
			}
			if nx == "a" && p.lcAt(j+2) == "half" {
				// "two and a half million"
				cur += 0.5
				j += 2
				continue
			}
		}
		if seen {
			if d, ok := denominatorsByEntry.valueAt(p, j); ok && (strings.HasSuffix(t.lc, "s") || p.glued(j) || t.lc == "half" ||
				cur == 1 && !isDash(p.lcAt(j+1)) && (p.lcAt(j+1) == "of" || !p.contentWord(j+1))) && cur > 0 && total == 0 {
				// "two-thirds", "three fifths", "one fifth of"
				return quantity{v: cur / d, kind: Fraction, scale: 1, end: j + 1}, true
			}
		}
		if o, ok := ordinalsByEntry.valueAt(p, j); ok {
			if !seen {
				if t.lc == "second" && (p.lcAt(j-1) == "a" || p.lcAt(j+1) == "of") {
					return quantity{}, false
				}
				return quantity{v: o, kind: Ordinal, scale: 1, end: j + 1}, true
			}
			if p.glued(j) && o < 10 && math.Mod(cur, 10) == 0 {
				// "twenty-first"
				return quantity{v: total + cur + o, kind: Ordinal, scale: 1, end: j + 1}, true
			}
		}
		if t.lc == "half" && !seen {
			if p.kindAt(j+1) == tWord && !p.is(j+1, fStop) || p.lcAt(j+1) == "of" || p.lcAt(j+1) == "the" || p.lcAt(j+1) == "a" {
				return quantity{v: 0.5, kind: Fraction, scale: 1, end: j + 1}, true
			}
		}
		break
	}
	if !seen {
		return quantity{}, false
	}
	if j > i && isDash(p.lcAt(j-1)) {
		j--
	}
	return quantity{v: total + cur, scale: scale, end: j}, true
}

// fewWords are the vague quantities written with "a": "a few" is two to
// six.
var fewWords = map[string][2]float64{"few": {2, 6}, "couple": {2, 3}, "handful": {2, 6}}

// contentWord reports whether token i is a word that is not a stop word.
func (p *parser) contentWord(i int) bool {
	return p.kindAt(i) == tWord && !p.is(i, fStop)
}

// startsMeasure reports whether a unit of the table starts at token i.
func (p *parser) startsMeasure(i int) bool {
	_, _, _, ok := p.measureAt(i, false)
	return ok
}

// oneMeasure reports whether "a" or "an" at token i and the unit after it
// are one of the unit, measured without a hedge: a length, area, volume or
// mass followed by what it measures or how ("a foot of rain", "within a
// mile of the plant", "a metre high"), not a noun it qualifies ("a foot
// soldier", "a mile marker"), a rate after a figure ("$4.81 an ounce") nor
// the whole of a fraction ("half an inch").
func (p *parser) oneMeasure(i int) bool {
	if p.kindAt(i-1) == tNum || p.is(i-1, fDenominator|fCardinal|fScale|fCurrency) {
		return false
	}
	m, _, end, ok := p.measureAt(i+1, false)
	if !ok {
		return false
	}
	switch m.Dim {
	case DimLength, DimArea, DimVolume, DimMass:
		w := p.lcAt(end)
		return w == "of" || w == "from" || lengthWords[w]
	}
	return false
}

// unit returns the thing counted, read from the noun phrase at token i:
// "US troops were" -> "us troops", "of the attacks" -> "attacks".
func (p *parser) unit(i int) string {
	if p.lcAt(i) == "of" {
		i++
		switch p.lcAt(i) {
		case "them", "us", "you", "which", "whom", "those", "these", "it":
			return "" // "two-thirds of them"
		case "the", "its", "their", "his", "her", "our", "a", "an":
			i++
		}
	}
	start, end, words := i, i, 0
	for j := i; j < len(p.toks) && words < 3; j++ {
		t := &p.toks[j]
		if t.kind == tPunct && isDash(t.lc) && words > 0 && p.glued(j) && p.glued(j+1) && p.kindAt(j+1) == tWord {
			continue // "year-old", "U.S.-led"
		}
		if d := p.codeDigits(j); d >= 0 {
			words++ // "four C-17 planes"
			j, end = d, d+1
			continue
		}
		if t.kind != tWord || p.is(j, fStop) && !p.acronym(j) {
			break
		}
		if p.is(j, fMonth) && t.isUpper() {
			break
		}
		if p.is(j, fCardinal) {
			break
		}
		if words > 0 && t.space && (strings.HasSuffix(t.lc, "ed") || strings.HasSuffix(t.lc, "ing") || strings.HasSuffix(t.lc, "ly") || p.is(j, fCommonVerb)) {
			break // "people died", "troops remaining"
		}
		if possessor(t.lc) && p.kindAt(j+1) == tWord && !p.is(j+1, fStop) {
			// "of the county's public beaches" counts beaches: the
			// possessor opens the noun phrase.
			start, end, words = j+1, j+1, 0
			continue
		}
		words++
		end = j + 1
		if n := len(t.lc); n > 3 && t.lc[n-1] == 's' && t.lc[n-2] != 's' && !p.acronym(j) || p.is(j, fIrregularPlural) {
			break // a plural noun is the head: "attacks took place"
		}
	}
	if words == 0 {
		return ""
	}
	return foldWords(p.text(start, end))
}

// foldWords folds s and joins its words with single spaces, treating
// hyphens as spaces: "year-old man" and "year old man" are one unit.
func foldWords(s string) string {
	f := Fold(s)
	if strings.Contains(f, "-") {
		f = strings.Join(strings.Fields(strings.ReplaceAll(f, "-", " ")), " ")
	}
	return f
}

// irregularPlurals end a unit like other plurals: "a hundred women came".
var irregularPlurals = set("men", "women", "people", "children", "police", "staff", "personnel", "feet", "teeth", "mice", "geese")

// commonVerbs end a unit: "half the budget went" counts the budget.
var commonVerbs = set("went", "came", "took", "made", "got", "gave", "left", "fell", "rose",
	"saw", "became", "began", "won", "lost", "met", "paid", "held", "kept", "sent", "ran",
	"led", "fled", "grew", "knew", "thought", "brought", "bought", "sold", "built", "felt",
	"stood", "sat", "spent", "fought", "hit", "put", "set", "cut", "shot", "struck", "remain",
	"remains", "live", "lived", "die", "go", "come", "get", "make", "take", "say", "see")

// Compatible reports whether a and b can state the same quantity: the
// intervals their hedges imply overlap. "over 150" is compatible with 160
// but not with 100; "about 2,500" with "approximately 2,500"; 2,500 is not
// with 3,000. It compares values only: pair numbers with SameThing first.
//
// Two intervals with finite ends (ranges, approximations) are compatible when
// their ends are within 10% of each other: "10-15" and "12-20" are not. Two
// bounds in the same direction are compared as bounds: "more than $34
// billion" and "over $41 billion" are both open upwards, so their intervals
// always overlap, yet they state different figures. They are compatible
// when the bounds are within 10% of each other ("over 150", "more than
// 160"). A vague quantity ("thousands", "a few", "several hundred") is
// compatible with any interval it overlaps.
//
// Quantities in two units of one dimension are converted to its base unit
// first, each widened by the rounding of its written figure (half its last
// significant digit, within 2% to 10% of it; within one degree for
// temperatures), since a writer converting "3 metres" writes "10 feet":
// "3 metres" is compatible with "nearly 10 feet", "5 metres" is not.
// Amounts in two currencies, or quantities of two dimensions, are never
// compatible. A Code is an identifier: compatible only with a Code of the
// same Value ("C-17" and "C-17", one telephone number written two ways).
func (a Number) Compatible(b Number) bool {
	if a.Type == Code || b.Type == Code {
		return a.Type == b.Type && a.Value == b.Value // an identifier: "C-17", a telephone number
	}
	ma, mb := a.Measure, b.Measure
	if ma.Dim != 0 && mb.Dim != 0 && ma.Name != mb.Name {
		if !convertible(ma, mb) {
			return false
		}
		if ma.Dim != DimMoney {
			return compatibleConverted(a, b)
		}
	}
	if roundsTo(a, b) || roundsTo(b, a) {
		return true
	}
	return compatible(a.interval(), b.interval())
}

// roundsTo reports whether b, written more precisely, rounds to a, written
// with decimals: "$1.38 billion" is "$1.4 billion" to one decimal, "3.46%"
// is "3.5%"; "4.6%" is not "4.5%". A figure written without decimals says
// nothing of its rounding ("3,000" may be exact), and a hedged one has its
// own interval. A figure halfway between two roundings rounds to either
// ("$10.45" to "$10.5", half up, or "$10.4", half to even), and a negative
// one as its magnitude ("-1.46" to "-1.5").
func roundsTo(a, b Number) bool {
	if a.Hedge != "" || b.Hedge != "" || a.Low != a.High || b.Low != b.High || a.Type != Cardinal || b.Type != Cardinal {
		return false
	}
	step, ok := decimalStep(a)
	if !ok || a.Value == b.Value {
		return false
	}
	eps := 1e-9 * math.Max(1, math.Abs(a.Value))
	if bs, ok := decimalStep(b); ok && bs >= step-eps {
		return false // b is no more precise than a
	}
	// Within half a step, the half included: math.Round(b.Value/step)
	// would round 10.45/0.1 = 104.4999... down.
	return math.Abs(b.Value-a.Value) <= step/2+eps
}

// decimalStep returns the place of the last decimal of a's figure as
// written, in a's value ("1.4 billion": 100 million; "3.5%": 0.1), and
// whether it is written with decimals. It reads the first figure of a's
// text, commas skipped, and allocates nothing: Compatible asks it of every
// pair of numbers compared.
func decimalStep(a Number) (float64, bool) {
	t := a.Text
	if strings.IndexByte(t, '.') < 0 {
		return 0, false
	}
	i := strings.IndexAny(t, "0123456789")
	if i < 0 {
		return 0, false
	}
	v, dot := 0.0, false
figure:
	for ; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
		case c == ',' && !dot:
		case c == '.' && !dot && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9':
			dot = true
		default:
			break figure
		}
	}
	if !dot || v == 0 {
		return 0, false
	}
	// v holds the figure's digits as one integer (14 for "1.4"): a's value
	// over it is the place of the last digit, a magnitude ("-1.5": 0.1).
	return math.Abs(a.Value / v), true
}

// interval is a Number's value as Compatible compares it.
type interval struct {
	lo, hi float64
	open   bool // open downwards: "up to 40", "less than 10"
	loose  bool // vague or converted: compatible wherever it overlaps
}

func (a Number) interval() interval {
	return interval{a.Low, a.High, a.upperBound(), a.vague() || a.point()}
}

// point reports whether a is one value with a hedge around it ("about
// 250", "nearly 300"), not a range: it is compatible with any interval it
// overlaps.
func (a Number) point() bool {
	switch hedgeClassOf(a.Hedge) {
	case hApprox, hBelow, hAbove:
		eps := 1e-9 * math.Max(1, math.Abs(a.Value))
		return a.Low == a.Value || a.High == a.Value || math.Abs((a.Low+a.High)/2-a.Value) <= eps
	}
	return false
}

func compatible(a, b interval) bool {
	eps := 1.0
	for _, v := range [...]float64{a.lo, a.hi, b.lo, b.hi} {
		if !math.IsInf(v, 0) {
			eps = math.Max(eps, math.Abs(v))
		}
	}
	eps *= 1e-9
	near := func(x, y float64) bool {
		// x == y first: two infinite ends (a figure too long for a
		// float64) are near, though their difference is NaN.
		return x == y || math.Abs(x-y) <= nearTolerance*math.Max(math.Abs(x), math.Abs(y))+eps
	}
	rng := func(x interval) bool { return x.lo < x.hi && !math.IsInf(x.hi, 1) && !x.open }
	switch {
	case math.IsInf(a.hi, 1) && math.IsInf(b.hi, 1):
		return near(a.lo, b.lo)
	case a.open && b.open:
		return near(a.hi, b.hi)
	case rng(a) && rng(b) && !a.loose && !b.loose:
		return near(a.lo, b.lo) && near(a.hi, b.hi)
	}
	return a.lo <= b.hi+eps && b.lo <= a.hi+eps
}

// compatibleConverted compares a and b, in two units of one dimension, in
// its base unit (see Compatible).
func compatibleConverted(a, b Number) bool {
	ma, mb := a.Measure, b.Measure
	if ma.Dim == DimTemperature && (ma.Factor == 0 || mb.Factor == 0) {
		// "degrees" of no stated scale: in the other's scale, or in the
		// other scale of the two.
		if ma.Factor == 0 {
			a, b, ma = b, a, mb
		}
		if compatible(a.interval(), b.interval()) {
			return true
		}
		other := Measure{"°C", DimTemperature, 1, celsiusOffset}
		if ma.Name == "°C" {
			other = Measure{"°F", DimTemperature, fahrenheitFactor, fahrenheitOffset}
		}
		if ma.Offset == 0 {
			other.Offset = 0
		}
		b.Measure = other
		return compatibleConverted(a, b)
	}
	// A change of temperature converts by the factor alone.
	if ma.Offset == 0 || mb.Offset == 0 {
		ma.Offset, mb.Offset = 0, 0
	}
	return compatible(a.inBase(ma, mb), b.inBase(mb, ma))
}

// inBase returns a's interval in the base unit of m, a's measure, widened
// by the rounding of its figure; other is the unit it is compared with.
func (a Number) inBase(m, other Measure) interval {
	w := roundingSlack(a.Value, m.Dim == DimTemperature)
	if m.Name == "ton" && other.Name != "ton" {
		w = max(w, tonSlack*math.Abs(a.Value))
	}
	lo, hi := a.Low, a.High
	if !math.IsInf(lo, 0) && !(a.upperBound() && lo == 0) {
		lo -= w
	}
	if !math.IsInf(hi, 0) {
		hi += w
	}
	return interval{m.toBase(lo), m.toBase(hi), a.upperBound(), true}
}

// roundingSlack is half the last significant digit of v as written (at
// most seven digits), within 2% and 10% of v; for a temperature at most
// one degree.
func roundingSlack(v float64, temperature bool) float64 {
	v = math.Abs(v)
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0.5
	}
	place := math.Pow(10, math.Floor(math.Log10(v)))
	step := place / 1e6
	for k := 0; k < 7; k++ {
		s := place / math.Pow(10, float64(k))
		if x := v / s; math.Abs(x-math.Round(x)) <= 1e-6*x {
			step = s
			break
		}
	}
	if temperature {
		return min(step/2, 1)
	}
	return min(max(step/2, 0.02*v), 0.1*v)
}

// vague reports whether a is a vague quantity: "thousands", "a few",
// "several hundred" (an interval with its value at the low end, no hedge).
func (a Number) vague() bool {
	return a.Hedge == "" && a.Low < a.High && a.Value == a.Low && !math.IsInf(a.High, 1)
}

// few reports whether a is a vague quantity of less than ten ("a few",
// "several", "a couple", "a handful"): a manner of speaking more than a
// figure sources dispute, which the masked form keeps as written; it is
// still compared ("dozens" and "a few" diverge).
func (a Number) few() bool {
	return a.vague() && a.High < 10
}

// upperBound reports whether a is open downwards: "up to 40", "less than 10".
func (a Number) upperBound() bool {
	return a.Hedge != "" && a.High == a.Value && a.Low != a.Value && (a.Low == 0 || math.IsInf(a.Low, -1))
}

// SameThing reports whether a and b count or measure the same thing, so
// that their values may be compared: same Type, and either units whose
// head nouns agree once singular ("US troops" and "troops", "attack" and
// "attacks"), or two Measures of one dimension ("3 metres", "10 feet"),
// or of two currencies or two dimensions writers confuse (per cent and
// percentage points; lengths, areas and volumes) with the same figure
// ("$40 million", "€40 million"); spans of time in two units only when
// they agree ("three years", "36 months") or state one figure ("three
// years", "three months"). Two counts of one casualty are one thing
// whatever nouns count them (Casualty); people counted as people and as
// a kind of person are one thing ("2,000 people", "3,500 residents": see
// wordnet.Person), two kinds of person two ("600 workers", "450 residents"). Two numbers without a unit count
// the same unknown thing; a number with a unit and one without do not.
func (a Number) SameThing(b Number) bool {
	if a.Type != b.Type {
		return false
	}
	if a.Casualty != "" && b.Casualty != "" {
		return a.Casualty == b.Casualty // "two people died", "two motorists were killed"
	}
	if ma, mb := a.Measure, b.Measure; ma.Dim != 0 || mb.Dim != 0 {
		switch {
		case ma.Dim == 0 || mb.Dim == 0 || !related(ma, mb):
			return false
		case convertible(ma, mb) && (ma.Dim != DimDuration || ma.Name == mb.Name):
			return true
		case ma.Dim == DimDuration:
			// Spans of time in two units are one thing when they agree ("three
			// years", "36 months") or state one figure ("three years", "three
			// months"); "15 months" and "six weeks" in two sentences are
			// more often two spans than one in dispute.
			return compatibleConverted(a, b) || compatible(a.interval(), b.interval())
		}
		// Two currencies, or per cent and percentage points: one thing when
		// the figure is the same ("$40 million", "€40 million"); "117.85
		// yen" and "1.3289 francs" are two exchange rates.
		return compatible(a.interval(), b.interval())
	}
	ha, hb := unitHead(a.Unit), unitHead(b.Unit)
	return ha == hb || ha == "person" && wordnet.Person(hb) || hb == "person" && wordnet.Person(ha)
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

// KindNumber is the kind of quantities: counts, amounts, shares, ranks and
// codes, with their hedges and the thing they count.
const KindNumber Kind = "number"

// Kind implements Fact.
func (Number) Kind() Kind { return KindNumber }

// compareNumbers compares numbers per counted or measured thing, in text
// order of a, in passes from the surest pairing to the loosest: each
// number of a is paired with the same figure of the same thing in b, else
// with a compatible number of b of the same thing (they agree); else, when b has no number of that thing left, with the
// same figure with a unit on one side only ("142 mg/dL", "142": the reader
// found no unit for the other, not another one); else with the first
// number of b left of the same thing (they diverge: Kind unit when their
// units cannot agree, see KindUnit; else number; two numbers with no unit
// only as the lone one or the one tally left on each side: see
// unnamedRuns). Last, a fraction agrees
// with the share it is ("a fifth", "20%").
func compareNumbers(a, b *Facts) []Comparison {
	return appendNumberComparisons(nil, of[Number](a), of[Number](b))
}

// agreeNumbers is compareNumbers of one number on each side (see Agrees),
// without copying them out of Facts: scoring asks it of many pairs.
func agreeNumbers(x, y Fact) bool {
	var buf [4]Comparison
	cs := appendNumberComparisons(buf[:0], []Number{x.(Number)}, []Number{y.(Number)})
	return len(cs) > 0 && cs[0].Verdict == Agree
}

// appendNumberComparisons appends to dst the comparisons of the numbers xs
// of one sentence with the numbers ys of another (see compareNumbers).
func appendNumberComparisons(dst []Comparison, xs, ys []Number) []Comparison {
	if len(xs) == 0 || len(ys) == 0 {
		return dst
	}
	type paired struct {
		x int
		c Comparison
	}
	var room [4]paired // most sentences state a number or two: out stays on the stack
	out := room[:0]
	usedX, usedY := make([]bool, len(xs)), make([]bool, len(ys))
	// passAt pairs each number of xs left with the first of ys left that
	// match accepts, by their indexes; pass by the numbers themselves.
	passAt := func(match func(i, j int) (Kind, Verdict, bool)) {
		for i := range xs {
			if usedX[i] {
				continue
			}
			for j := range ys {
				if usedY[j] {
					continue
				}
				if k, v, ok := match(i, j); ok {
					usedX[i], usedY[j] = true, true
					out = append(out, paired{i, Comparison{k, v, xs[i].Span, ys[j].Span}})
					break
				}
			}
		}
	}
	pass := func(match func(x, y Number) (Kind, Verdict, bool)) {
		passAt(func(i, j int) (Kind, Verdict, bool) { return match(xs[i], ys[j]) })
	}
	// The same figure first, so that a loose one ("more than 40 years")
	// cannot take another's counterpart and hide its divergence.
	pass(func(x, y Number) (Kind, Verdict, bool) {
		return KindNumber, Agree, x.Low == y.Low && x.High == y.High && x.Value == y.Value &&
			x.Measure == y.Measure && x.SameThing(y)
	})
	pass(func(x, y Number) (Kind, Verdict, bool) {
		return KindNumber, Agree, x.SameThing(y) && x.Compatible(y)
	})
	// hasOwn reports whether b has a number of x's thing left.
	hasOwn := func(x Number) bool {
		for j, y := range ys {
			if !usedY[j] && x.SameThing(y) {
				return true
			}
		}
		return false
	}
	pass(func(x, y Number) (Kind, Verdict, bool) {
		unitless := (x.Unit == "") != (y.Unit == "") && x.Type == y.Type && x.Value == y.Value
		return KindNumber, Agree, unitless && !hasOwn(x)
	})
	// Two numbers that name nothing they count are one unknown thing, but
	// which is which is unknown too: "ruled 5-2" against "a city of
	// 85,000", or two ages in two orders. They diverge only as the lone one
	// left on each side ("Mabry, 43," / "Mabry, 34,"), or as the members
	// of the one tally left on each side, of as many numbers, in order
	// ("voted 7-2" / "voted 6-3"); see unnamedRuns.
	rx, ry := unnamedRuns(xs, usedX), unnamedRuns(ys, usedY)
	passAt(func(i, j int) (Kind, Verdict, bool) {
		if !rx.ok || !ry.ok {
			return KindNumber, Diverge, false
		}
		px, py, t := rx.place[i], ry.place[j], xs[i].Type
		lone := px == 0 && rx.lone[t] == 1 && ry.lone[t] == 1
		tally := px > 0 && rx.tallies[t] == 1 && ry.tallies[t] == 1 && rx.size[t] == ry.size[t]
		return KindNumber, Diverge, px == py && (lone || tally) && xs[i].SameThing(ys[j])
	})
	pass(func(x, y Number) (Kind, Verdict, bool) {
		if x.unnamed() && y.unnamed() {
			return KindNumber, Diverge, false // paired above, or not at all
		}
		return divergenceKind(x, y), Diverge, x.SameThing(y)
	})
	pass(func(x, y Number) (Kind, Verdict, bool) {
		return KindNumber, Agree, shareOf(x, y) || shareOf(y, x)
	})
	// A share left over on each side, one a fraction and one a per cent
	// ("two-thirds", "48%"), states one proportion two ways apart.
	pass(func(x, y Number) (Kind, Verdict, bool) {
		return KindNumber, Diverge, isShare(x) && isShare(y) && (x.Type == Fraction) != (y.Type == Fraction)
	})
	// The one count left on each side, of two nouns of one meaning
	// ("protesters", "demonstrators"); with more left, which is which is
	// unclear ("72,231 ballots ... led by 8,122" against "by 8,100 votes
	// out of 72,000 cast").
	counted := func(ns []Number, used []bool) int {
		n := 0
		for i, x := range ns {
			if !used[i] && x.Unit != "" {
				n++
			}
		}
		return n
	}
	pass(func(x, y Number) (Kind, Verdict, bool) {
		if counted(xs, usedX) != 1 || counted(ys, usedY) != 1 || !synonymCounts(x, y) {
			return KindNumber, Agree, false
		}
		if x.Compatible(y) {
			return KindNumber, Agree, true
		}
		return KindNumber, Diverge, true
	})
	slices.SortStableFunc(out, func(p, q paired) int { return p.x - q.x })
	dst = slices.Grow(dst, len(out))
	for _, p := range out {
		dst = append(dst, p.c)
	}
	return dst
}

// unnamed reports whether a names nothing it counts: no unit, no measure.
func (a Number) unnamed() bool { return a.Unit == "" && a.Measure.Dim == 0 }

// runs are the numbers of one side of a comparison left unpaired that name
// nothing they count (see Number.unnamed), in text order: place[i] is 0
// for one that stands alone, k for the k-th of a tally (numbers of one
// type at most four bytes apart: "7-2", "61 to 38"), -1 for any other
// number; by type, lone counts those alone, tallies the tallies, size is
// the length of the last tally. ok is false for a side of more numbers
// than place holds.
type runs struct {
	place               [16]int8
	lone, tallies, size [Code + 1]int
	ok                  bool
}

// unnamedRuns returns the runs of ns, of which used are paired already.
func unnamedRuns(ns []Number, used []bool) runs {
	var r runs
	if len(ns) > len(r.place) {
		return r
	}
	r.ok = true
	prev := -1 // the index of the last unnamed number left
	for i, n := range ns {
		r.place[i] = -1
		if used[i] || !n.unnamed() || n.Type > Code {
			prev = -1
			continue
		}
		t := n.Type
		if prev >= 0 && n.Start-ns[prev].End <= 4 && t == ns[prev].Type {
			if r.place[prev] == 0 { // a lone number opens a tally
				r.place[prev] = 1
				r.lone[t]--
				r.tallies[t]++
				r.size[t] = 1
			}
			r.place[i] = r.place[prev] + 1
			r.size[t]++
		} else {
			r.place[i] = 0
			r.lone[t]++
		}
		prev = i
	}
	return r
}

// divergenceKind is the kind of the divergence between x and y, of one
// thing: unit when their units cannot agree (two currencies, two
// dimensions, or one figure in two units of one dimension: "40 km", "40
// miles"), else number.
func divergenceKind(x, y Number) Kind {
	mx, my := x.Measure, y.Measure
	switch {
	case mx.Dim == 0 || my.Dim == 0 || mx.Name == my.Name:
		return KindNumber
	case !convertible(mx, my) || x.Value == y.Value:
		return KindUnit
	}
	return KindNumber
}

// shareOf reports whether fraction x is the share y states: "a fifth" and
// "20%", "two-thirds" and "67 per cent".
func shareOf(x, y Number) bool {
	if x.Type != Fraction || y.Type != Cardinal || y.Measure.Dim != DimPercent {
		return false
	}
	pct := x
	pct.Type, pct.Measure = Cardinal, y.Measure
	pct.Value, pct.Low, pct.High = 100*x.Value, 100*x.Low, 100*x.High
	return compatible(pct.inBase(y.Measure, Measure{}), y.inBase(y.Measure, Measure{}))
}

// countSenses is how many senses of each counted noun synonymCounts
// counts: "demonstrator" means a protester in its third.
const countSenses = 3

// synonymCounts reports whether x and y count things of two nouns that
// WordNet 3.0 puts in one synset in their first countSenses senses ("protesters" and
// "demonstrators"), no measures.
func synonymCounts(x, y Number) bool {
	if x.Type != y.Type || x.Measure.Dim != 0 || y.Measure.Dim != 0 || x.Unit == "" || y.Unit == "" {
		return false
	}
	hx, hy := unitHead(x.Unit), unitHead(y.Unit)
	if hx == hy || IsStopWord(hx) || IsStopWord(hy) {
		return false
	}
	return synonyms(hx, hy, wordnet.Noun, countSenses)
}

// isShare reports whether n states a proportion: a fraction ("a fifth")
// or a per cent ("20%").
func isShare(n Number) bool {
	return n.Type == Fraction || n.Type == Cardinal && n.Measure.Dim == DimPercent
}

func canonicalNumber(b *strings.Builder, f Fact, _ string) bool {
	f.(Number).writeCanonical(b)
	return true
}

var hedgeWords = map[hedgeClass]string{
	hApprox: "about", hBelow: "nearly", hAbove: "just over", hAtLeast: "over", hAtMost: "up to",
}

// writeValue writes v in its canonical form: integers plainly, other values
// with at most ten significant digits ("two-thirds" is 0.6666666667, "$21.51"
// stays 21.51), "?" for infinities and NaN.
func writeValue(b *strings.Builder, v float64) {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		b.WriteByte('?')
		return
	}
	var buf [32]byte
	if r := math.Round(v); math.Abs(v-r) <= 1e-9*math.Abs(v) && math.Abs(v) < 1e18 {
		b.Write(strconv.AppendFloat(buf[:0], r, 'f', -1, 64))
		return
	}
	v, _ = strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 10, 64)), 64)
	b.Write(strconv.AppendFloat(buf[:0], v, 'f', -1, 64))
}

// writeCanonical writes the canonical form of n: see Canonical.
func (n Number) writeCanonical(b *strings.Builder) {
	if c := hedgeClassOf(n.Hedge); c != 0 && c != hBetween {
		b.WriteString(hedgeWords[c])
		b.WriteByte(' ')
	}
	switch {
	case n.Type == Code:
		b.WriteString(Fold(n.Text)) // "c-17": the letters are part of it
		return
	case n.Type == Ordinal:
		b.WriteString("#")
		writeValue(b, n.Value)
	case n.Type == Fraction:
		writeValue(b, n.Value)
	case n.Hedge == "" && n.Low != n.High && n.Value == n.Low:
		b.WriteString(Fold(n.Text)) // a vague quantity: "thousands"
		return
	case n.Hedge == "" && n.Low != n.High || hedgeClassOf(n.Hedge) == hBetween:
		writeValue(b, n.Low)
		b.WriteByte('-')
		writeValue(b, n.High)
	default:
		writeValue(b, n.Value)
	}
	// A unit written inside the number's text ("15%", "$1.2bn", "15 per
	// cent", "3 metres") is written one way ("percent", "dollars", "m");
	// one that follows it stays where it is.
	switch m := n.Measure; {
	case m.Dim == DimMoney:
		b.WriteByte(' ')
		b.WriteString(currencyName(m.Name))
	case m.Dim == DimPercent:
		b.WriteString(" percent")
	case m.Name == "°":
		b.WriteString(" degrees")
	case m.Dim != 0:
		b.WriteByte(' ')
		b.WriteString(m.Name)
	case n.Unit != "" && unitInside(n.Text):
		b.WriteByte(' ')
		b.WriteString(n.Unit)
	}
}

// hedgeClassOf returns the class of a folded hedge, 0 when none.
func hedgeClassOf(h string) hedgeClass {
	return hedgeClasses[h]
}

// hedgeClasses maps each hedge as Number.Hedge writes it to its class.
var hedgeClasses = func() map[string]hedgeClass {
	m := map[string]hedgeClass{"from": hBetween, "plus": hAtLeast, "+": hAtLeast, "odd": hAbove,
		"something": hAbove, "ish": hApprox}
	for _, e := range append(hedges[:len(hedges):len(hedges)], postHedges...) {
		m[strings.Join(e.words, " ")] = e.class
		m[strings.Join(e.words, "")] = e.class // "approx."
	}
	return m
}()

func unitInside(text string) bool {
	if strings.ContainsAny(text, "$€£¥₹%") {
		return true
	}
	t := lowerASCII(text)
	for _, suf := range []string{"percent", "per cent", "pct", "percentage points", "percentage point", "dollars", "euros", "pounds"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// maskNumber masks a number: its value dropped, a unit written inside it
// ("15%", "$1.2bn") kept as a word. An ordinal ("the first round of talks")
// or a code ("C-17") stays as written: it names which event or thing a
// claim is about rather than a quantity sources may dispute.
func maskNumber(b *strings.Builder, f Fact, _ string) bool {
	n := f.(Number)
	switch {
	case n.Type == Code || n.Type == Ordinal || n.few():
		return false
	case n.Measure.Dim == DimPercentagePoint:
		b.WriteString(DimPercent.String()) // "1 percentage point" and "1%" are one claim, their units two
	case n.Measure.Dim != 0:
		b.WriteString(n.Measure.Dim.String()) // "3 metres", "10 feet": "length"
	case n.Unit != "" && unitInside(n.Text):
		b.WriteString(n.Unit)
	}
	return true
}

// anchorNumber anchors a count of a thing that identifies a claim: at least
// 10, of a named thing that is not a share, a sum of money, a span of time
// or people in general ("15 percent", "$2 billion", "30 years", "2,000
// people"), which unrelated claims often share. It is precise when exact or
// about ("about 2,500 US troops"), not open or vague ("more than 100",
// "hundreds of").
//
// A quantity measured in a physical unit anchors by its dimension whatever
// its value ("3 metres", "nearly 10 feet": "length"): a unit makes even a
// small figure specific. Money, shares and spans of time do not anchor.
func anchorNumber(f Fact) (string, bool) {
	n := f.(Number)
	if n.Casualty != "" {
		// A count of deaths identifies a claim whatever its size.
		return "casualty:" + n.Casualty, n.High-n.Low <= 0.2*n.Value
	}
	if m := n.Measure; m.Dim != 0 {
		switch m.Dim {
		case DimLength, DimArea, DimVolume, DimMass, DimSpeed, DimTemperature:
			if n.Type == Cardinal && n.Value != 0 {
				return m.Dim.String(), n.High-n.Low <= 0.2*math.Abs(n.Value)
			}
		case DimMoney:
			if n.Type == Cardinal && n.Value >= 1e6 {
				return m.Dim.String(), n.High-n.Low <= 0.2*math.Abs(n.Value)
			}
		}
		return "", false
	}
	if n.Type != Cardinal || n.Value < 10 || n.Unit == "" || IsStopWord(n.Unit) || commonUnits[unitHead(n.Unit)] {
		return "", false
	}
	return unitHead(n.Unit), n.High-n.Low <= 0.2*n.Value
}

// commonUnits are counted things that many unrelated claims share, as unit
// heads (see unitHead).
var commonUnits = set("percent", "percentage", "point", "dollar", "euro", "pound", "yen", "cent",
	"year", "month", "week", "day", "hour", "minute", "second", "time",
	"million", "billion", "thousand", "person")

func aboutNumber(f Fact) string {
	n := f.(Number)
	if c, ok := casualtyNames[n.Casualty]; ok {
		return c // "deaths", whether "two people" or "two motorists" died
	}
	if n.Type == Code {
		return "code" // an identifier: its Unit, "c" for "C-17", says nothing to a reader
	}
	return n.Unit
}

// casualtyNames name counts of each casualty (see Outcome) for a reader.
var casualtyNames = map[string]string{"death": "deaths", "injury": "injured", "missing": "missing", "survival": "survivors"}

// pairNumber pairs numbers of one thing (see Number.SameThing): a
// measured quantity by its dimension, those that may pair across
// dimensions (related) under one key.
func pairNumber(f Fact) string {
	n := f.(Number)
	if n.few() {
		return "" // stays in the masked form as a word
	}
	thing := unitHead(n.Unit)
	switch d := n.Measure.Dim; d {
	case 0:
	case DimPercentagePoint:
		thing = "\x00" + DimPercent.String()
	case DimArea, DimVolume:
		thing = "\x00" + DimLength.String()
	default:
		thing = "\x00" + d.String()
	}
	return "number:" + strconv.Itoa(int(n.Type)) + ":" + thing
}
