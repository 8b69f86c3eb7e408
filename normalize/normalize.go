// Package normalize turns a sentence into its comparison form and extracts
// the typed facts a reader would check: numbers, dates, names and negation.
//
// Normalize knows nothing of claims or sources: it maps text to text and text
// to facts. Every fact carries byte offsets into the sentence it came from.
package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Folder returns a new transformer that maps text to its comparison form:
// NFKC, case folding, diacritics removed, quotes, dashes and white space
// unified. A Transformer is stateful: use one per goroutine.
func Folder() transform.Transformer {
	return transform.Chain(
		norm.NFKD,
		runes.Remove(runes.In(unicode.Mn)),
		cases.Fold(),
		norm.NFKC,
		runes.Map(unifyPunct),
	)
}

// Fold returns the comparison form of s. Fold is idempotent.
func Fold(s string) string {
	out, _, err := transform.String(Folder(), s)
	if err != nil {
		out = strings.ToLower(s)
	}
	return strings.Join(strings.Fields(out), " ")
}

func unifyPunct(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}
