package wordnet

import (
	"slices"
	"strings"
	"testing"
)

// FuzzLookups feeds arbitrary text to every lookup: none may panic, every
// lemma returned is a lemma of its part of speech, ids do not repeat, and
// the answers agree with one another.
func FuzzLookups(f *testing.F) {
	for _, w := range append(benchWords, "boxesful", "glasses", "hoped", "better", "rise", "fall", "ful", "s", "ss", "ies", "\xff", "a_b") {
		f.Add(w, "on", 3)
	}
	f.Add("made", "up", 0)
	f.Add("rise", "fall", 2)
	f.Fuzz(func(t *testing.T, a, b string, senses int) {
		for _, l := range AppendLemmas(nil, a, AnyPOS) {
			if PartsOfSpeech(l.Text)&l.POS == 0 || bitsSet(l.POS) != 1 {
				t.Errorf("AppendLemmas(%q) gave %v, no lemma of its part of speech", a, l)
			}
		}
		ids := AppendMeanings(nil, a, AnyPOS, senses)
		if len(ids) != len(slices.Compact(slices.Clone(ids))) {
			t.Errorf("AppendMeanings(%q, %d) repeats an id: %v", a, senses, ids)
		}
		if (len(ids) > 0) != (PartsOfSpeech(a) != 0) {
			t.Errorf("AppendMeanings(%q) = %v but PartsOfSpeech = %v", a, ids, PartsOfSpeech(a))
		}
		if Antonyms(a, b, AnyPOS, senses) != slices.Contains(AppendAntonyms(nil, a, AnyPOS, senses), b) {
			t.Errorf("Antonyms(%q, %q, %d) disagrees with AppendAntonyms", a, b, senses)
		}
		if c, ok := Collocation(a, b); ok && (!strings.ContainsAny(c, "_-") || PartsOfSpeech(c) == 0) {
			t.Errorf("Collocation(%q, %q) = %q, no collocation of WordNet", a, b, c)
		}
		if c, ok := Collocation(a, b, a); ok && PartsOfSpeech(c) == 0 {
			t.Errorf("Collocation(%q, %q, %q) = %q, no lemma of WordNet", a, b, a, c)
		}
	})
}

func bitsSet(p POS) int {
	n := 0
	for ; p != 0; p &= p - 1 {
		n++
	}
	return n
}
