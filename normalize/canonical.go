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
	var b strings.Builder
	b.Grow(len(f.Text) + 16)
	at := 0
	var piece strings.Builder
	for _, x := range f.All {
		s := x.Bounds()
		if s.Start < at || s.End > len(f.Text) {
			continue // overlapping spans cannot come from one Extract; be safe
		}
		piece.Reset()
		if !kindOf(x).canonical(&piece, x, f.Text) {
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
