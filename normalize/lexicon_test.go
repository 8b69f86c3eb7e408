package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexiconTable checks the hash table of the lexicon against the map it
// is built from: every word gets its flags, by both lookups, and words
// that differ from one only in a byte, its length or its padding get none
// of its flags unless they are words of the lexicon too.
func TestLexiconTable(t *testing.T) {
	lookups := func(w string) (lexFlag, lexFlag) {
		buf := append([]byte("x "+w), " padding"...)
		return lexiconFlags(w), lexiconFlagsAt(buf, 2, 2+len(w))
	}
	for w, want := range lexicon {
		if got, at := lookups(w); got != want || at != want {
			t.Errorf("lexiconFlags(%q) = %b, lexiconFlagsAt %b, want %b", w, got, at, want)
		}
		for _, v := range []string{w + "x", "x" + w, w[:len(w)-1], w[1:], w + "\x00", "\x00" + w} {
			if got, at := lookups(v); got != lexicon[v] || at != lexicon[v] {
				t.Errorf("lexiconFlags(%q) = %b, lexiconFlagsAt %b, want %b", v, got, at, lexicon[v])
			}
		}
	}
	// A word over 16 bytes is looked up in the lexicon itself.
	long := "counterinsurgencies"
	lexicon[long] = fStop
	if got, at := lookups(long); got != fStop || at != fStop {
		t.Errorf("lexiconFlags(%q) = %b, lexiconFlagsAt %b, want %b", long, got, at, fStop)
	}
	delete(lexicon, long)
	for _, w := range []string{"", "zz", "unprecedentedly", "the-longest-word-of-all"} {
		if got, at := lookups(w); got != 0 || at != 0 {
			t.Errorf("lexiconFlags(%q) = %b, lexiconFlagsAt %b, want 0", w, got, at)
		}
	}
}

// TestTokenizeLexicon checks the lookups tokenize makes itself (see
// shortLexEntry) against the lexicon: every word that is one token gets its
// flags, in lower and in upper case (ASCII letters).
func TestTokenizeLexicon(t *testing.T) {
	for w, want := range lexicon {
		upper := strings.Map(func(r rune) rune { // ASCII only, as tokenize lowers
			if r >= 'a' && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
		for _, v := range []string{w, upper} {
			s := "x " + v + " y"
			lower := append(appendLowerASCII(nil, s), make([]byte, 8)...)
			toks := tokenize(nil, s, string(lower[:len(s)]), lower)
			if len(toks) != 3 || toks[1].Span != (Span{2, 2 + len(v)}) {
				continue // not one token: "a.m", "%"'s neighbours
			}
			if got := toks[1].lex; got != want {
				t.Errorf("tokenize(%q): lex of %q = %b, want %b", s, v, got, want)
			}
		}
	}
}

// TestStopWordsASCII checks what nounWord relies on: a stop word is
// lower-case ASCII, so a token of one is an acronym only when capitalized.
func TestStopWordsASCII(t *testing.T) {
	for w := range stopWords {
		for _, c := range []byte(w) {
			if c >= utf8.RuneSelf || c-'A' < 26 {
				t.Errorf("stop word %q is not lower-case ASCII", w)
				break
			}
		}
	}
}
