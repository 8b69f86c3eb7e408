package normalize

import (
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
	return x.Extract(sentence).Canonical()
}

// Canonical returns the sentence the facts were read from in canonical
// form: see the package function Canonical.
func (f Facts) Canonical() string {
	return f.rewrite(func(k *kind) writer { return k.canonical })
}

// Masked returns the comparison form of the sentence the facts were read
// from with the values of its facts set aside: numbers, dates and clock
// times dropped (a unit written inside a number, "15%", "$1.2bn", stays as
// a word; a relative date with no reference date, "last year", stays as
// written), names written as their keys (a person's from the surname on,
// an organisation's as its initials), negation cues dropped. What a claim
// is about is left: "Some 2,000 residents were evacuated on Saturday" and
// "About 3,500 residents were evacuated on Sunday" have one masked form,
// "residents were evacuated on". Scoring whether two sentences state the
// same claim reads this form, so that a source stating another value is
// not scored as another claim: the values are compared afterwards.
func (f Facts) Masked() string {
	return f.rewrite(func(k *kind) writer { return k.mask })
}

// writer writes the form of fact x of text into b and reports true, or
// reports false to leave x as written.
type writer func(b *strings.Builder, x Fact, text string) bool

// rewrite returns f.Text with each fact written by its row's writer, folded.
func (f Facts) rewrite(pick func(*kind) writer) string {
	var b strings.Builder
	b.Grow(len(f.Text) + 16)
	at := 0
	var piece strings.Builder
	for _, x := range f.All {
		write := pick(kindOf(x))
		if write == nil {
			continue
		}
		s := x.Bounds()
		if s.Start < at || !s.in(f.Text) {
			continue // overlapping spans cannot come from one Extract; be safe
		}
		piece.Reset()
		if !write(&piece, x, f.Text) {
			continue
		}
		b.WriteString(f.Text[at:s.Start])
		// Keep the piece a word of its own without spacing out punctuation.
		if r, _ := utf8.DecodeLastRuneInString(f.Text[:s.Start]); isWordRune(r) {
			b.WriteByte(' ')
		}
		b.WriteString(piece.String())
		if r, _ := utf8.DecodeRuneInString(f.Text[s.End:]); isWordRune(r) {
			b.WriteByte(' ')
		}
		at = s.End
	}
	b.WriteString(f.Text[at:])
	return Fold(b.String())
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
