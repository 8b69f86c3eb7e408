package normalize

import (
	"strings"
	"sync"
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
	out := foldChain(strings.ToValidUTF8(s, "\uFFFD"))
	// Folding can expose characters that fold again (rare); a second pass
	// makes Fold idempotent. Plain ASCII output is already stable.
	if again, ok := foldASCII(out); ok && again == out {
		return out
	}
	if again := foldChain(out); again != out {
		out = again
	}
	return out
}

// folders keeps Folder chains, whose buffers are worth reusing.
var folders = sync.Pool{New: func() any { return Folder() }}

// foldChain runs s through a pooled Folder and collapses white space.
func foldChain(s string) string {
	t := folders.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	folders.Put(t)
	if err != nil {
		out = strings.ToLower(s)
	}
	return strings.Join(strings.Fields(out), " ")
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
	var b strings.Builder
	b.Grow(len(s))
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
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String(), true
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
