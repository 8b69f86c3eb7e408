package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/rangetable"
)

// Folder returns a new transformer that maps text to its comparison form:
// NFKC compatibility forms, case folded, diacritics and format characters
// (soft hyphens, zero-width spaces) removed, and quotes, apostrophes, dashes
// and white space unified to ' " - and a space. Letters and digits are kept.
// A Transformer is stateful: use one per goroutine.
func Folder() transform.Transformer {
	return transform.Chain(
		norm.NFKD,
		cases.Fold(),
		norm.NFKD, // folding can compose again: "ẞ" -> "ss" is fine, "ǰ" is not
		runes.Remove(runes.In(marksAndFormats)),
		norm.NFKC,
		runes.Map(unifyPunct),
	)
}

// marksAndFormats are removed: combining marks (the diacritics NFKD splits
// off) and format characters such as soft hyphens and zero-width spaces.
var marksAndFormats = rangetable.Merge(unicode.Mn, unicode.Me, unicode.Cf)

// Fold returns the comparison form of s: the output of Folder with runs of
// white space collapsed to one space and trimmed. Fold is idempotent.
// Invalid UTF-8 becomes U+FFFD.
func Fold(s string) string {
	if out, ok := foldASCII(s); ok {
		return out
	}
	out, _, err := transform.String(Folder(), strings.ToValidUTF8(s, "\uFFFD"))
	if err != nil {
		out = strings.ToLower(s)
	}
	out = strings.Join(strings.Fields(out), " ")
	// Folding can expose characters that fold again (rare: "ΐ" cases);
	// a second pass makes Fold idempotent.
	if again, _, err := transform.String(Folder(), out); err == nil && again != out {
		out = strings.Join(strings.Fields(again), " ")
	}
	return out
}

// foldASCII is Fold for plain ASCII text without control characters, which
// only needs lower case and spaces; it reports false for any other text.
func foldASCII(s string) (string, bool) {
	clean := true // already lower case with single inner spaces
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c < ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' || c == 0x7f:
			return "", false
		case c >= 'A' && c <= 'Z', c == '`':
			clean = false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				clean = false
			}
		case c < ' ':
			clean = false
		}
	}
	if clean {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c < ' ':
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b), true
}

func unifyPunct(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ', 'ʻ':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»', '〝', '〞':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '⁃':
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}
