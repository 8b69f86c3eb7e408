package normalize

import "testing"

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
