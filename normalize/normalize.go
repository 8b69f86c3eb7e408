package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/rangetable"
)

// Folder returns a new transformer that maps text to its comparison form:
// NFKC compatibility forms, case folded, diacritics (a stroke too: "ł",
// "ø") and format characters (soft hyphens, zero-width spaces) removed,
// ligatures spelt out ("æ" as "ae"), and quotes, apostrophes, dashes and
// white space unified to ' " - and a space. Letters and digits are kept.
// A Transformer is stateful: use one per goroutine.
func Folder() transform.Transformer {
	return transform.Chain(
		norm.NFKD,
		cases.Fold(),
		norm.NFKD, // folding can compose again: "ẞ" -> "ss" is fine, "ǰ" is not
		runes.Remove(runes.In(marksAndFormats)),
		runes.Map(unstroke),
		ligatures{},
		norm.NFKC,
		runes.Map(unifyPunct),
	)
}

// unstroke maps a letter whose diacritic is part of its shape, which NFKD
// does not split off (a stroke, a bar, a slash), to its base letter, as
// removing the combining marks does for the others: "Łódź" folds as
// "lodz", "Tromsø" as "tromso", "Đoković" as "dokovic". Folded text has
// no capitals left.
func unstroke(r rune) rune {
	switch r {
	case 'ł':
		return 'l'
	case 'ø':
		return 'o'
	case 'đ', 'ð':
		return 'd'
	case 'ħ':
		return 'h'
	case 'ŧ':
		return 't'
	case 'ƀ':
		return 'b'
	case 'ı', 'ɨ':
		return 'i'
	}
	return r
}

// ligatures spells the letters that are two letters joined, which NFKD
// keeps whole (unlike "ﬁ"), as their two letters: "Bærum" folds as
// "baerum", "Œuvre" as "oeuvre", "Þór" as "thor". It runs on case-folded
// text.
type ligatures struct{ transform.NopResetter }

func (ligatures) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, n := utf8.DecodeRune(src[nSrc:])
		out := src[nSrc : nSrc+n]
		switch r {
		case 'æ':
			out = []byte("ae")
		case 'œ':
			out = []byte("oe")
		case 'þ':
			out = []byte("th")
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += n
	}
	return nDst, nSrc, nil
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

// foldASCII is Fold for text whose comparison form is plain ASCII by a
// rule known in advance: ASCII without control characters (other than
// white space), plus the quotes, dashes, spaces and invisible characters
// news text is full of, whose Folder output asciiRune gives. It needs no
// transformer chain; it reports false for any other text.
func foldASCII(s string) (string, bool) {
	// Most of a sentence is already folded: find where it first is not. A
	// space is kept there only between two such bytes.
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if k := asciiClass[c]; k == aKeep || k == aSpace && c == ' ' && i > 0 && i < len(s)-1 && asciiClass[s[i+1]] == aKeep {
			continue
		}
		break
	}
	if i == len(s) {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s)) // no rune folds to more bytes than it has
	b.WriteString(s[:i])
	space := false // white space is pending
	for i < len(s) {
		c := s[i]
		out := ""
		switch asciiClass[c] {
		case aReject:
			return "", false
		case aSpace:
			space = true
			i++
			continue
		case aMulti:
			r, n := utf8.DecodeRuneInString(s[i:])
			var ok bool
			if out, ok = asciiRune(r); !ok {
				return "", false
			}
			i += n
			if out == " " {
				space = true
				continue
			}
			if out == "" {
				continue // a format character: removed
			}
		case aUpper:
			c += 'a' - 'A'
			i++
		case aBacktick:
			c = '\''
			i++
		case aKeep:
			// Copy the run of bytes that fold to themselves at once.
			j := i + 1
			for j < len(s) && asciiClass[s[j]] == aKeep {
				j++
			}
			out = s[i:j]
			i = j
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if out != "" {
			b.WriteString(out)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// Classes of bytes for foldASCII.
const (
	aKeep     = iota // printable ASCII that folds to itself
	aReject          // control characters and DEL: the chain decides
	aSpace           // ASCII white space
	aUpper           // A-Z
	aBacktick        // ` is an apostrophe
	aMulti           // a byte of a multi-byte rune, or invalid UTF-8
)

var asciiClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = aMulti
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = aSpace
		case c < ' ' || c == 0x7f:
			t[c] = aReject
		case c >= 'A' && c <= 'Z':
			t[c] = aUpper
		case c == '`':
			t[c] = aBacktick
		}
	}
	return t
}()

// asciiRune returns the Folder output of a non-ASCII rune common in news
// text when that output is ASCII: "" for a removed format character, " "
// for a space. Each entry is checked against the chain by
// TestFoldFastRunes; a rune missing here only takes the slower path.
func asciiRune(r rune) (string, bool) {
	switch r {
	case '‘', '’', '‚', '‛', 'ʼ', 'ʻ':
		return "'", true
	case '“', '”', '„', '‟', '«', '»':
		return `"`, true
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return "-", true
	case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000':
		return " ", true
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return "", true
	case '…':
		return "...", true
	}
	return "", false
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
