package normalize

import (
	"reflect"
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
	// A word over maxLexWord bytes is in no list (lexiconTable stops the
	// program at start-up otherwise).
	for _, w := range []string{"", "zz", "unprecedentedly", "counterinsurgencies", "the-longest-word-of-all"} {
		if got, at := lookups(w); got != 0 || at != 0 {
			t.Errorf("lexiconFlags(%q) = %b, lexiconFlagsAt %b, want 0", w, got, at)
		}
	}
}

// TestTokenizeLexicon checks the lookups tokenize makes itself (see
// lexiconFlagsAt) against the lexicon: every word that is one token gets
// its flags, in lower and in upper case (ASCII letters), and words one
// letter longer or shorter get those of their own.
func TestTokenizeLexicon(t *testing.T) {
	upper := func(w string) string {
		return strings.Map(func(r rune) rune { // ASCII only, as tokenize lowers
			if r >= 'a' && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, w)
	}
	for w := range lexicon {
		for _, v := range []string{w, upper(w), w + "s", "s" + w, w[:len(w)-1], w[1:], w + "ization"} {
			s := "x " + v + " y"
			lower := append(appendLowerASCII(nil, s), make([]byte, 8)...)
			toks := tokenize(nil, s, string(lower[:len(s)]), lower)
			if len(toks) != 3 || toks[1].Span != (Span{2, 2 + len(v)}) {
				continue // not one token: "a.m", "%"'s neighbours
			}
			lc := string(appendLowerASCII(nil, v))
			if got, want := toks[1].lex, lexicon[lc]; got != want {
				t.Errorf("tokenize(%q): lex of %q = %b, want %b", s, v, got, want)
			}
			if got, want := toks[1].entry, lexiconEntry(lc); got != want || lexicon[lc] != 0 && got == 0 {
				t.Errorf("tokenize(%q): entry of %q = %d, want %d", s, v, got, want)
			}
		}
	}
}

// TestLexValues checks that a token finds by its lexicon entry the value
// its word has in the map of the list, and no value for a word the list
// lacks, in every list the readers look tokens up in by entry.
func TestLexValues(t *testing.T) {
	checkLexValues(t, "cardinals", cardinals, cardinalsByEntry)
	checkLexValues(t, "scales", scales, scalesByEntry)
	checkLexValues(t, "scaleAbbrevs", scaleAbbrevs, scaleAbbrevsByEntry)
	checkLexValues(t, "scaleLetters", scaleLetters, scaleLettersByEntry)
	checkLexValues(t, "ordinals", ordinals, ordinalsByEntry)
	checkLexValues(t, "denominators", denominators, denominatorsByEntry)
	checkLexValues(t, "vague", vague, vagueByEntry)
	checkLexValues(t, "fewWords", fewWords, fewWordsByEntry)
	checkLexValues(t, "hedgesByFirst", hedgesByFirst, hedgesByEntry)
	checkLexValues(t, "currencySigns", currencySigns, currencySignsByEntry)
	checkLexValues(t, "vulgarFractions", vulgarFractions, vulgarFractionsByEntry)
	checkLexValues(t, "measuresByFirst", measuresByFirst, measuresByEntry)
	checkLexValues(t, "months", months, monthsByEntry)
	checkLexValues(t, "monthAbbrevs", monthAbbrevs, monthAbbrevsByEntry)
	checkLexValues(t, "weekdays", weekdays, weekdaysByEntry)
	checkLexValues(t, "seasons", seasons, seasonsByEntry)
	checkLexValues(t, "partWords", partWords, partWordsByEntry)
	checkLexValues(t, "decadeWords", decadeWords, decadeWordsByEntry)
	checkLexValues(t, "relativeSteps", relativeSteps, relativeStepsByEntry)
	checkLexValues(t, "relativeUnits", relativeUnits, relativeUnitsByEntry)
	checkLexValues(t, "dirWords", dirWords, dirWordsByEntry)
	checkLexValues(t, "negationCues", negationCues, negationCuesByEntry)
	checkLexValues(t, "outcomeWords", outcomeWords, outcomeWordsByEntry)
	checkLexValues(t, "lightByVerb", lightByVerb, lightByVerbByEntry)
	checkLexValues(t, "irregularVerbs", irregularVerbs, irregularVerbsByEntry)
	checkLexValues(t, "clockWords", clockWords, clockWordsByEntry)
	checkLexValues(t, "meridiems", meridiems, meridiemsByEntry)
	checkLexValues(t, "dayParts", dayParts, dayPartsByEntry)
}

func checkLexValues[V any](t *testing.T, name string, m map[string]V, l *lexValues[V]) {
	t.Helper()
	for w := range lexicon {
		s := "x " + w + " y"
		lower := append(appendLowerASCII(nil, s), make([]byte, 8)...)
		toks := tokenize(nil, s, string(lower[:len(s)]), lower)
		if len(toks) != 3 || toks[1].lc != w {
			continue // not one token
		}
		want, wantOK := m[w]
		if got, ok := l.of(&toks[1]); ok != wantOK || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: value of token %q = %v, %v; want %v, %v", name, w, got, ok, want, wantOK)
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
