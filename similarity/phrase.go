package similarity

import "slices"

// PhraseWords is how many consecutive words two sentences must share for
// SharedPhrase.
const PhraseWords = 4

// SharedPhrase reports whether a and b share a distinctive phrase:
// PhraseWords words in a row ("first round of talks"), at least three of them
// content words that are not part of a name, used by at most √n of the n
// texts weighed together (PrepareAll, Vocabulary). Such a phrase is how
// two outlets word one event. A shared name ("Foreign Minister Fuad
// Hussein"), a run of function words ("at a time when") or a phrase common
// in the corpus is not, as unrelated claims share those. Two sentences
// alone (or texts from Prepare) have no corpus to tell a distinctive phrase
// from a common one, so they never share one.
func SharedPhrase(a, b *Text) bool {
	return commonUpTo(a.rare, b.rare, 1) > 0
}

// phraseGrams returns the hashed PhraseWords-grams of words (hashed, in
// order) with at least three plain content words, sorted and unique.
func phraseGrams(words []uint64, plain []bool) []uint64 {
	var out []uint64
	for i := 0; i+PhraseWords <= len(words); i++ {
		n := 0
		for _, p := range plain[i : i+PhraseWords] {
			if p {
				n++
			}
		}
		if n >= 3 {
			out = append(out, gramHash(words[i:i+PhraseWords]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
