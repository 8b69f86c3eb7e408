package normalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start,End) of the sentence a fact came from.
type Span struct {
	Start, End int
}

// Facts are the typed facts of one sentence, each list in text order.
type Facts struct {
	Numbers   []Number
	Dates     []Date
	Names     []Name
	Negations []Negation
}

// Number is a quantity stated in a sentence, such as "about 2,500 US troops".
type Number struct {
	Span
	Text  string  // the number as written, with its hedge: "about 2,500"
	Value float64 // 2500
	// Low and High bound the value the hedge allows: "over 150" is
	// (150, +Inf), "about 2,500" is [2375, 2625]. Equal to Value when unhedged.
	Low, High float64
	Hedge     string // the hedge as folded text, "about"; "" when none
	Unit      string // the thing counted, folded: "us troops", "percent"; "" if unknown
}

// Date is a point or period in time mentioned in a sentence.
type Date struct {
	Span
	Text      string
	Year      int // 0 when unknown
	Month     int // 1-12, 0 when unknown
	Day       int // 1-31, 0 when unknown
	Precision Precision
}

// Precision says how much of a Date is known.
type Precision int

// Precisions from coarsest to finest.
const (
	Year Precision = iota + 1
	Month
	Day
)

// Name is an entity-like span: a person, place or organisation.
type Name struct {
	Span
	Text string
	Key  string // comparison key: equal for spelling variants and aliases
}

// Negation is a cue that negates part of the sentence.
type Negation struct {
	Span
	Cue string // the cue as folded text: "not", "never", "denied"
}

// Extract returns the facts of sentence.
func Extract(sentence string) Facts {
	var f Facts
	words := wordSpans(sentence)
	for i, w := range words {
		text := sentence[w.Start:w.End]
		if v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", ""), 64); err == nil {
			if len(text) == 4 && v >= 1900 && v <= 2100 && !strings.Contains(text, ",") {
				f.Dates = append(f.Dates, Date{Span: w, Text: text, Year: int(v), Precision: Year})
				continue
			}
			n := Number{Span: w, Text: text, Value: v, Low: v, High: v}
			if i+1 < len(words) {
				n.Unit = Fold(sentence[words[i+1].Start:words[i+1].End])
			}
			f.Numbers = append(f.Numbers, n)
			continue
		}
		switch Fold(text) {
		case "not", "no", "never", "without", "denied":
			f.Negations = append(f.Negations, Negation{Span: w, Cue: Fold(text)})
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) && i > 0 {
			f.Names = append(f.Names, Name{Span: w, Text: text, Key: Fold(text)})
		}
	}
	return f
}

// wordSpans returns the spans of the runs of letters, digits and inner
// punctuation (2,500 / U.S. / al-Sudani) in s.
func wordSpans(s string) []Span {
	var out []Span
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) ||
			(start >= 0 && (r == ',' || r == '.' || r == '-' || r == '\'') && i+1 < len(s) && isWordByte(s[i+1]))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, Span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(s)})
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
