package normalize

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Canonical returns the comparison form of sentence with its facts written
// one way: numbers as plain values with a canonical hedge ("approximately
// 2,500" -> "about 2500", "$1.2bn" -> "1200000000 dollars", "15%" -> "15
// percent"), dates as words ("Jan. 27, 2024" and "2024-01-27" -> "january
// 27 2024"), names as their keys, and "n't" as "not". Two sentences that
// differ only in how they write their facts have equal Canonical forms, so
// string metrics can run on it. It uses the default Extractor.
func Canonical(sentence string) string {
	return defaultExtractor.Canonical(sentence)
}

// Canonical is the package function Canonical with this Extractor's aliases.
func (x *Extractor) Canonical(sentence string) string {
	return x.Extract(sentence).Canonical(sentence)
}

// piece is one fact span: fact i of the list of its kind.
type piece struct {
	Span
	kind pieceKind
	i    int
}

type pieceKind uint8

const (
	pNumber pieceKind = iota
	pDate
	pName
	pContraction
)

// Canonical returns sentence, from which f was extracted, in canonical form:
// see the package function Canonical.
func (f Facts) Canonical(sentence string) string {
	var arr [32]piece
	pieces := arr[:0]
	for i, n := range f.Numbers {
		pieces = append(pieces, piece{n.Span, pNumber, i})
	}
	for i, d := range f.Dates {
		pieces = append(pieces, piece{d.Span, pDate, i})
	}
	for i, n := range f.Names {
		pieces = append(pieces, piece{n.Span, pName, i})
	}
	for i, n := range f.Negations {
		if n.Cue == "n't" {
			pieces = append(pieces, piece{n.Span, pContraction, i})
		}
	}
	slices.SortFunc(pieces, func(a, b piece) int { return a.Start - b.Start })
	var b strings.Builder
	b.Grow(len(sentence) + 16)
	at := 0
	for _, p := range pieces {
		if p.Start < at || p.End > len(sentence) {
			continue // overlapping spans cannot come from one Extract; be safe
		}
		b.WriteString(sentence[at:p.Start])
		// Keep the piece a word of its own without spacing out punctuation.
		if r, _ := utf8.DecodeLastRuneInString(sentence[:p.Start]); isWordRune(r) {
			b.WriteByte(' ')
		}
		switch p.kind {
		case pNumber:
			f.Numbers[p.i].writeCanonical(&b)
		case pDate:
			f.Dates[p.i].writeCanonical(&b)
		case pName:
			b.WriteString(f.Names[p.i].Key)
		case pContraction:
			b.WriteString(contraction(Fold(sentence[p.Start:p.End])))
		}
		if r, _ := utf8.DecodeRuneInString(sentence[p.End:]); isWordRune(r) {
			b.WriteByte(' ')
		}
		at = p.End
	}
	b.WriteString(sentence[at:])
	return Fold(b.String())
}

// contraction expands a folded word ending in "n't": "didn't" -> "did not".
func contraction(w string) string {
	switch w {
	case "can't":
		return "can not"
	case "won't":
		return "will not"
	case "shan't":
		return "shall not"
	}
	return strings.TrimSuffix(w, "n't") + " not"
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
	case n.Kind == Code:
		b.WriteString(Fold(n.Text)) // "c-17": the letters are part of it
		return
	case n.Kind == Ordinal:
		b.WriteString("#")
		writeValue(b, n.Value)
	case n.Kind == Fraction:
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

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
