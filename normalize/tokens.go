package normalize

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes and dots: "Iraq's", "U.S."
	tNum                      // digits, with inner , . : / between digits: "2,500", "10:30"; ".20"
	tPunct                    // any other single rune: "$", "%", "-", "“"
)

// readKey returns the flags of token i that choose the readers Extract
// calls at it (see kind.opens): its word lists (token.lex), with fNumeral
// for a numeral, fPunct for a token that is no word, fUpper for a
// capitalized word, fApostrophe for a word with an apostrophe inside,
// fNotLetters for a word with a byte that is no ASCII letter and
// fBeforeNum before a numeral or a currency sign or code (token.key, which
// tokenize works out), less the flags of weakOpeners the next token rules
// out (see weakenKey). (Extract's loop composes the two itself, so that
// most tokens cost it no call.)
func (p *parser) readKey(i int) lexFlag {
	k := p.toks[i].key
	if k&weakOpeners != 0 {
		k = p.weakenKey(i, k)
	}
	return k
}

// weakOpeners are the flags of words that open a fact only with the word
// after them (see weakenKey).
const weakOpeners = fHedgeStart | fTimeHedge | fPartPhraseStart | fValueWord

// weakenKey drops from the read key k of token i the flags of weakOpeners
// that the next token rules out, so that Extract calls no reader there:
// the first word of a hedge, a time hedge or a part phrase opens one only
// when it is a whole hedge or the next word may go on one ("in excess of",
// "at least", "the end of"; not "in the", "at the"), and "a" or "an"
// opens a figure, a date or a time only before a scale, a fraction, a
// few-word, a span of time or a unit ("a dozen", "a quarter past", "a
// few", "a week ago", "a foot of rain"). "a" and "the" open most sentences' phrases; the readers would
// turn them away, only later (TestReadersOpen checks it).
func (p *parser) weakenKey(i int, k lexFlag) lexFlag {
	var next lexFlag
	if n := p.tokAt(i + 1); n != nil {
		next = n.lex
	}
	if k&fPhraseWhole == 0 && next&fPhraseNext == 0 {
		k &^= fHedgeStart | fTimeHedge | fPartPhraseStart
	}
	if lc := p.toks[i].lc; (lc == "a" || lc == "an") && next&(fScale|fDenominator|fFewWord|fTimeSpan|fUnitStart) == 0 {
		k &^= fValueWord
	}
	return k
}

// token is one lexical unit of a sentence. lc is its text with ASCII letters
// lowered: a slice of the lowered sentence, which lives in memory Extract
// reuses, so no string made from lc may be kept in the facts.
type token struct {
	Span
	kind  tokKind
	space bool // white space (or the start of the sentence) precedes it
	// The index of lc in lexiconTable.entries, 0 when the lexicon lacks
	// it: readers find a word's value in a list by it (lexValues).
	entry uint16
	lc    string
	lex   lexFlag // the word lists lc is in
	// lex with the flags of its kind, shape and neighbour (see readKey):
	// a word's capital, apostrophe and bytes other than ASCII letters are
	// told by fUpper, fApostrophe and fNotLetters, not by fields of their
	// own, which tokenize would write for every token.
	key lexFlag
}

// isUpper reports whether the token is a word whose first letter is upper case.
func (t *token) isUpper() bool { return t.key&fUpper != 0 }

// lowerASCII returns s with ASCII letters lowered and curly apostrophes kept
// as they are, so that byte offsets into s are offsets into the result.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			var b strings.Builder // one allocation, where []byte(s) would take two
			b.Grow(len(s))
			b.WriteString(s[:i])
			for i < len(s) {
				b.WriteByte(s[i] + 'a' - 'A')
				// Copy the run up to the next capital at once.
				j := i + 1
				for j < len(s) && (s[j] < 'A' || s[j] > 'Z') {
					j++
				}
				b.WriteString(s[i+1 : j])
				i = j
			}
			return b.String()
		}
	}
	return s
}

// appendLowerASCII appends s to dst with ASCII letters lowered.
func appendLowerASCII(dst []byte, s string) []byte {
	// Copy at once, then lower in place: appending byte by byte cost
	// Extract a few percent.
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	// Eight bytes at a time: a byte gets 0x20 added when it is in A-Z.
	i := 0
	for ; i < len(b)-7; i += 8 {
		w := b[i : i+8 : i+8] // with a capacity: no test of bounds past this one
		x := binary.LittleEndian.Uint64(w)
		const ones, high = 0x0101010101010101, 0x8080808080808080
		low := x &^ high
		upper := (low + (0x80-'A')*ones) &^ (low + (0x80-'Z'-1)*ones) &^ x & high
		binary.LittleEndian.PutUint64(w, x|upper>>2)
	}
	for ; i < len(b); i++ {
		if c := b[i]; c-'A' < 26 {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wideDigitAt returns the size of a full-width digit ("０" to "９", U+FF10
// to U+FF19) at byte i of s, or 0. Extract reads them as the digits they
// are; their offsets stay those of the input.
func wideDigitAt(s string, i int) int {
	if i+2 < len(s) && s[i] == 0xef && s[i+1] == 0xbc && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return 3
	}
	return 0
}

// letterAt reports whether a letter starts at byte i of s, and its size.
func letterAt(s string, i int) (bool, int) {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return asciiLetter[s[i]], 1
	}
	return letterAtRune(s, i)
}

// asciiLetter tells the ASCII letters; bytes of other runes are false.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// wordGoesOn marks the bytes besides the ASCII letters that a word token
// may go on with (see tokenize): an apostrophe, a dot ("U.S."), and the
// first byte of any other rune (a letter, or "’").
var wordGoesOn = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = true
	}
	t['\''], t['.'] = true, true
	return t
}()

// letterAtRune is letterAt past the end of s or at a multi-byte rune.
func letterAtRune(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), n
}

// upperRuneAt reports whether the rune at byte i of s is an upper-case
// letter. Not inlined: inlined into tokenize, the address of the table it
// reads was kept in a register and set again at every letter of every word.
//
//go:noinline
func upperRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// apostropheAt returns the size of an apostrophe (' or ’) at byte i, or 0.
func apostropheAt(s string, i int) int {
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if i+2 < len(s) && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// tokenize appends the tokens of s to dst. lower is s with ASCII letters
// lowered (see appendLowerASCII) followed by at least eight bytes of
// padding, for the lexicon lookups; lc is lower without the padding, as a string.
func tokenize(dst []token, s, lc string, lower []byte) []token {
	dst = slices.Grow(dst, len(s)) // a token takes a byte at least
	lc = lc[:len(s)]               // its length then that of s, in one register for both
	space := true
	// Tests of i against len(s) as uint here and below: the compiler then
	// knows s[i] in bounds and tests it once, not twice (a letter costs 8
	// instructions, not 9).
	for i := 0; uint(i) < uint(len(s)); {
		c := s[i]
		// ASCII white space (aSpace of asciiClass) told without a table:
		// a table's address, kept in a register past the letter loop, was
		// set again at each letter.
		if c == ' ' || c-'\t' <= '\r'-'\t' {
			space = true
			i++
			continue
		}
		start := i
		var kind tokKind
		// The flags of the token's kind and shape (fNumeral, fPunct; for a
		// word fUpper, fApostrophe and fNotLetters where it has them, for a
		// numeral fClockMarks),
		// added to its key without a test.
		var marks lexFlag
		// An ASCII letter is told by a table; letterAt, too large to be
		// inlined, is called at a multi-byte rune only.
		isLetter, n := asciiLetter[c], 1
		if c >= utf8.RuneSelf {
			if isLetter, n = letterAtRune(s, i); isLetter {
				marks = fNotLetters
				if upperRuneAt(s, i) {
					marks |= fUpper
				}
			}
		}
		switch {
		case isLetter:
			kind = tWord
			if c-'A' < 26 {
				marks = fUpper
			}
			i += n
			dots := false
			for {
				// The ASCII letters, most of a word, in a loop of their
				// own, which keeps its few values in registers.
				for uint(i) < uint(len(s)) && asciiLetter[s[i]] {
					i++
				}
				if uint(i) >= uint(len(s)) || !wordGoesOn[s[i]] {
					break // a space or a mark: most words end so
				}
				if s[i] >= utf8.RuneSelf { // letterAt, past the ASCII letters
					if ok, n := letterAtRune(s, i); ok {
						i += n
						marks |= fNotLetters
						continue
					}
				}
				if n := apostropheAt(s, i); n > 0 {
					if ok, _ := letterAt(s, i+n); ok {
						i += n
						marks |= fApostrophe | fNotLetters
						continue
					}
				}
				// U.S, p.m: a dot between letters, where the part before it is short.
				if s[i] == '.' && i-start <= 3 {
					if ok, _ := letterAt(s, i+1); ok {
						dots, marks = true, marks|fNotLetters
						i++
						continue
					}
				}
				break
			}
			if dots && i < len(s) && s[i] == '.' {
				i++ // the final dot of U.S.
			}
		case isDigit(c) || c == '.' && i+1 < len(s) && isDigit(s[i+1]) && (space || s[i-1] == '$' || s[i-1] == '(') || wideDigitAt(s, i) > 0:
			// A number, or a decimal without its leading zero: ".20 parts
			// per million"; full-width digits ("１２") are digits too.
			kind, marks = tNum, fNumeral
			if n := wideDigitAt(s, i); n > 0 {
				i += n
			} else {
				i++
			}
			for i < len(s) {
				if isDigit(s[i]) {
					i++
					continue
				}
				if n := wideDigitAt(s, i); n > 0 {
					i += n
					continue
				}
				if c := s[i]; (c == ',' || c == '.' || c == ':' || c == '/') && i+1 < len(s) && (isDigit(s[i+1]) || wideDigitAt(s, i+1) > 0) {
					if c == ':' || c == '/' {
						marks |= fClockMarks
					}
					i++
					continue
				}
				break
			}
		default:
			kind, marks = tPunct, fPunct
			if c < utf8.RuneSelf {
				i++
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				i += n
				if unicode.IsSpace(r) {
					space = true
					continue
				}
			}
		}
		// Field by field, in place: appending a token built aside copies it
		// with a bulk write barrier while the garbage collector marks.
		dst = dst[:len(dst)+1]
		t := &dst[len(dst)-1]
		t.Span, t.kind, t.space = Span{start, i}, kind, space
		// lexiconFlagsAt, written out: a call would spill the loop's values.
		switch n := i - start; {
		case n == 1:
			t.entry, t.lex = lexiconTable.bytes[lower[start]], lexiconBytes[lower[start]]
		case n <= 8:
			t.entry, t.lex = shortLexEntry(lower, start, n).find()
		case n <= maxLexWord:
			t.entry, t.lex = longLexEntry(lower, start, i).find()
		default:
			t.entry, t.lex = 0, 0 // in no list
		}
		t.lc = lc[start:i]
		if t.lex == 0 && kind == tWord && possessor(t.lc) {
			// A weekday's possessive is its date: "after Sunday's race".
			if k := len(trimPossessive(t.lc)); k >= 6 && k <= 9 { // "monday" to "wednesday"
				e := shortLexEntry(lower, start, min(k, 8))
				if k > 8 {
					e = longLexEntry(lower, start, start+k)
				}
				if x, f := e.find(); f&fWeekday != 0 {
					t.entry, t.lex = x, f
				}
			}
		}
		t.key = t.lex | marks
		if t.key&(fNumeral|fCurrency) != 0 && len(dst) > 1 {
			dst[len(dst)-2].key |= fBeforeNum // before a numeral or a currency sign such as "$"
		}
		space = false
	}
	return dst
}

// isDash reports whether a punctuation token is a hyphen, en dash or minus.
func isDash(lc string) bool {
	switch lc {
	case "-", "–", "—", "−", "‐", "‑":
		return true
	}
	return false
}

// possessor reports whether a lower-case word ends in a possessive "'s"
// ("county's", "company’s").
func possessor(lc string) bool {
	return strings.HasSuffix(lc, "'s") || strings.HasSuffix(lc, "’s")
}
