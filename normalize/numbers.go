package normalize

import (
	"math"
	"strconv"
	"strings"
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
	// "" if unknown. Currency signs and "%" are spelled out.
	Unit string
	Type NumberType
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
	// "CAC-40", "N225". Its Unit is the letters before the digits, folded,
	// so SameThing pairs it only with a code of the same series.
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
	hc, hedgeEnd := p.hedge(i)
	j := hedgeEnd
	cur, j := p.currency(j)
	if !p.opensValue(j) {
		return i, false
	}
	if hc == 0 && cur == "" {
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
	n := Number{Type: q.kind, Value: q.v, Low: q.v, High: q.v}
	if q.vague {
		n.Low, n.High = q.low, q.high
	}
	end := q.end

	// A range: "10-15", "10 to 15", "between 10 and 15", "13 cents to 14 cents".
	if q.kind == Cardinal && !q.vague {
		k := end
		unitWord := ""
		if hc != hBetween && (p.kindAt(k) == tWord && !p.is(k, fStop) || p.lcAt(k) == "%") && p.lcAt(k+1) == "to" {
			unitWord = p.lcAt(k) // "13 cents to 14 cents"
			k++
		}
		sep := p.lcAt(k)
		isSep := (hc == hBetween && sep == "and") ||
			(hc != hBetween && (sep == "to" && !p.is(hedgeEnd-1, fChange) && !(p.lcAt(hedgeEnd-1) == "of" && p.is(hedgeEnd-2, fChange)) || isDash(sep) && p.glued(k) && p.glued(k+1)))
		if isSep {
			_, k2 := p.currency(k + 1)
			if _, _, isMonth := p.monthWord(k2+1, true); isMonth {
				// "between 10 and 15 March" is a date, read later.
			} else if q2, ok := p.value(k2); ok && !q2.skip && !q2.vague && q2.kind == Cardinal {
				v1 := q.v
				if q.scale == 1 && q2.scale != 1 {
					v1 = scaled(v1, q2.scale) // "between 2 and 3 million"
				}
				rangeOK := v1 < q2.v && (hc == hBetween || sep != "to" || q2.v <= 10*v1)
				if unitWord != "" && (p.lcAt(q2.end) != unitWord) {
					rangeOK = false
				}
				if rangeOK {
					n.Low, n.High, n.Value = v1, q2.v, (v1+q2.v)/2
					end = q2.end
				}
			}
		}
	}
	if hc == hBetween && n.Low == n.High {
		hc = 0 // "between" without a range is no hedge
	}
	start := i
	if hc == 0 {
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

	// Percent and currency words close the number's text.
	unit := q.unit
	switch w := p.lcAt(end); {
	case cur != "":
		unit = cur
		if w == "dollars" || w == "euros" || w == "pounds" {
			end++
		}
	case p.is(end, fPercent):
		unit = "percent"
		end++
	case w == "per" && p.lcAt(end+1) == "cent":
		unit = "percent"
		end += 2
	case w == "percentage" && (p.lcAt(end+1) == "point" || p.lcAt(end+1) == "points"):
		unit = "percentage points"
		end += 2
	}
	if hc != 0 {
		n.Hedge = foldWords(p.text(i, hedgeEnd))
		n.Low, n.High = widen(hc, n.Low, n.High)
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
	n.Unit = unit
	p.facts = append(p.facts, n)
	return end, true
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
	for _, h := range hedgesByFirst[p.toks[i].lc] {
		if j, ok := p.match(i, h.words); ok {
			return h.class, j
		}
	}
	return 0, i
}

// currency returns what the currency sign at token i counts and the index
// after it: "$" -> "dollars", "US$" -> "us dollars".
func (p *parser) currency(i int) (string, int) {
	w := p.lcAt(i)
	if w == "$" && p.kindAt(i+1) == tWord && p.glued(i+1) && p.kindAt(i+2) == tNum && p.glued(i+2) {
		if c, ok := currencies[p.lcAt(i+1)+"$"]; ok {
			return c, i + 2 // "$US13.15", "$A9.2 million"
		}
	}
	if c, ok := lookupAt(p, i, fCurrency, currencies); ok && p.kindAt(i) == tPunct {
		return c, i + 1
	}
	if p.kindAt(i) == tWord && p.lcAt(i+1) == "$" && p.glued(i+1) {
		if c, ok := currencies[w+"$"]; ok {
			return c, i + 2
		}
	}
	return "", i
}

// opensValue reports whether a quantity may start at token i: a numeral or
// a word that opens spelled numbers. value fails everywhere else, and most
// tokens are neither, so the readers ask this first.
func (p *parser) opensValue(i int) bool {
	switch p.kindAt(i) {
	case tNum:
		return true
	case tWord:
		w := p.toks[i].lc
		return p.is(i, fVague|fCardinal|fOrdinal) || w == "tens" || w == "a" || w == "an" || w == "half"
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
	}
	return quantity{}, false
}

// numeral reads digits ("2,500", "3.5", "1.2bn", "27th") and a scale after them.
func (p *parser) numeral(i int) (quantity, bool) {
	t := p.toks[i]
	text := p.s[t.Start:t.End]
	if strings.ContainsAny(text, ":/") {
		return quantity{end: i + 1, skip: true}, true
	}
	v, ok := parseDecimal(text)
	if !ok {
		return quantity{end: i + 1, skip: true}, true
	}
	q := quantity{v: v, scale: 1, end: i + 1}
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
		if s, ok := lookupAt(p, i+1, fScaleLetter, scaleLetters); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		if s, ok := lookupAt(p, i+1, fScaleAbbrev, scaleAbbrevs); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		if s, ok := lookupAt(p, i+1, fScale, scales); ok {
			q.v = scaled(q.v, s)
			q.scale, q.end = s, i+2
			return q, true
		}
		q.unit, q.end = Fold(p.text(i+1, i+2)), i+2 // "5kg", "10mm"
		return q, true
	}
	k := i + 1
	if isDash(next) && p.glued(k) && p.glued(k+1) {
		k++ // "$6.8-billion"
	}
	if s, ok := lookupAt(p, k, fScale, scales); ok {
		q.v = scaled(q.v, s)
		q.scale, q.end = s, k+1
	} else if s, ok := lookupAt(p, k, fScaleAbbrev, scaleAbbrevs); ok && k == i+1 {
		q.v = scaled(q.v, s)
		q.scale, q.end = s, k+1
	}
	return q, true
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
	t := p.toks[i]
	v, ok := parseDecimal(p.s[t.Start:t.End])
	if !ok {
		return i, false
	}
	n := Number{Type: Code, Value: v, Low: v, High: v, Span: p.span(start, i+1), Unit: Fold(p.text(start, start+1))}
	n.Text = p.s[n.Start:n.End]
	p.facts = append(p.facts, n)
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

// codeDigits returns the index of the numeral of the code whose letters are
// the word at token i, or -1 when that word starts no code.
func (p *parser) codeDigits(i int) int {
	if p.kindAt(i) != tWord {
		return -1
	}
	j := i + 1
	if isDash(p.lcAt(j)) && p.glued(j) && p.toks[i].upper {
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
	if point < 0 || len(s)-point > 3 || strings.Contains(s, ".") {
		point = -1
	}
	var mant float64
	frac := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
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
	if frac > 0 {
		mant /= math.Pow(10, float64(frac))
	}
	return mant, true
}

// numberWords reads spelled numbers: "two thousand five hundred", "twenty-five",
// "a dozen", "third", "two-thirds", "half", "two and a half million", "thousands".
func (p *parser) numberWords(i int) (quantity, bool) {
	w := p.lcAt(i)
	if r, ok := lookupAt(p, i, fVague, vague); ok {
		q := quantity{v: r[0], low: r[0], high: r[1], vague: true, scale: 1, end: i + 1}
		if p.lcAt(i+1) == "of" {
			if r2, ok := lookupAt(p, i+2, fVague, vague); ok && r2[0] > r[0] {
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
		return q, true
	}
	if w == "tens" && p.lcAt(i+1) == "of" {
		if r2, ok := lookupAt(p, i+2, fVague, vague); ok {
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
		if p.is(i+1, fScale) {
			cur, seen, j = 1, true, i+1
		} else if d, ok := lookupAt(p, i+1, fDenominator, denominators); ok && nx != "halves" && !strings.HasSuffix(nx, "s") {
			if nx == "half" || p.lcAt(i+2) == "of" {
				return quantity{v: 1 / d, kind: Fraction, scale: 1, end: i + 2}, true
			}
			return quantity{}, false
		} else {
			return quantity{}, false
		}
	}
	for ; j < len(p.toks); j++ {
		t := p.toks[j]
		if t.kind == tPunct && isDash(t.lc) && seen && p.glued(j) && p.glued(j+1) && p.kindAt(j+1) == tWord {
			continue // "twenty-five", "two-thirds"
		}
		if t.kind != tWord {
			break
		}
		if c, ok := lookupAt(p, j, fCardinal, cardinals); ok {
			if seen && !(cur == 0 || math.Mod(cur, 100) == 0 || c < 10 && math.Mod(cur, 10) == 0 && math.Mod(cur, 100) >= 20) {
				break // "five six": two numbers
			}
			cur += c
			seen = true
			continue
		}
		if s, ok := lookupAt(p, j, fScale, scales); ok && seen {
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
			if d, ok := lookupAt(p, j, fDenominator, denominators); ok && (strings.HasSuffix(t.lc, "s") || p.glued(j) || t.lc == "half") && cur > 0 && total == 0 {
				return quantity{v: cur / d, kind: Fraction, scale: 1, end: j + 1}, true
			}
		}
		if o, ok := lookupAt(p, j, fOrdinal, ordinals); ok {
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
		t := p.toks[j]
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
		if p.is(j, fMonth) && t.upper {
			break
		}
		if p.is(j, fCardinal) {
			break
		}
		if words > 0 && t.space && (strings.HasSuffix(t.lc, "ed") || strings.HasSuffix(t.lc, "ing") || strings.HasSuffix(t.lc, "ly") || p.is(j, fCommonVerb)) {
			break // "people died", "troops remaining"
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
// values may be compared: same Type, and units whose head nouns agree once
// singular ("US troops" and "troops", "attack" and "attacks", "%" and
// "percent"). Two numbers without a unit count the same unknown thing; a
// number with a unit and one without do not.
func (a Number) SameThing(b Number) bool {
	if a.Type != b.Type {
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

// KindNumber is the kind of quantities: counts, amounts, shares, ranks and
// codes, with their hedges and the thing they count.
const KindNumber Kind = "number"

// Kind implements Fact.
func (Number) Kind() Kind { return KindNumber }

// Bounds implements Fact.
func (n Number) Bounds() Span { return n.Span }

// compareNumbers compares numbers per counted thing, in text order: each
// number of a is paired with a compatible number of b counting the same
// thing (they agree), or else with the first such number left (they
// diverge). When b has no number of that thing, the same figure with a unit
// on one side only ("142 mg/dL", "142") is taken for it: the reader found no
// unit for the other, not another one.
func compareNumbers(a, b *Facts) []Comparison {
	xs, ys := Of[Number](*a), Of[Number](*b)
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	var out []Comparison
	used := make([]bool, len(ys))
	for _, x := range xs {
		match, first, unitless := -1, -1, -1
		for j, y := range ys {
			if used[j] {
				continue
			}
			if !x.SameThing(y) {
				if unitless < 0 && (x.Unit == "") != (y.Unit == "") && x.Type == y.Type && x.Value == y.Value {
					unitless = j
				}
				continue
			}
			if first < 0 {
				first = j
			}
			if x.Compatible(y) {
				match = j
				break
			}
		}
		if first < 0 {
			match = unitless
		}
		switch {
		case match >= 0:
			used[match] = true
			out = append(out, Comparison{KindNumber, Agree, x.Span, ys[match].Span})
		case first >= 0:
			used[first] = true
			out = append(out, Comparison{KindNumber, Diverge, x.Span, ys[first].Span})
		}
	}
	return out
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
	// cent") is spelled out; one that follows it stays where it is.
	if n.Unit != "" && unitInside(n.Text) {
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
	m := map[string]hedgeClass{}
	for _, e := range hedges {
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
	case n.Type == Code || n.Type == Ordinal:
		return false
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
func anchorNumber(f Fact) (string, bool) {
	n := f.(Number)
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

func aboutNumber(f Fact) string { return f.(Number).Unit }

// pairNumber pairs numbers of one thing (see Number.SameThing).
func pairNumber(f Fact) string {
	n := f.(Number)
	return "number:" + strconv.Itoa(int(n.Type)) + ":" + unitHead(n.Unit)
}
