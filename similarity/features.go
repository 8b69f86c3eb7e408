package similarity

import (
	"cmp"
	"math"
	bits64 "math/bits"
	"slices"
)

// The features of a pair, each in [0,1] and symmetric in the two texts.
// Counts n become n/(n+k) so that one more differing word matters less the
// more there already are.
const (
	fBigramDice       = iota // character bigram Sorensen-Dice, as strutil computes it
	fTrigramDice             // character trigram Sorensen-Dice
	fWordDice                // Dice of all words, stop words too
	fStemDice                // Dice of the sets of content-word stems
	fCovered                 // weighted share of the less covered text's stems found in the other (see sharedWeight)
	fUnshared                // stems only one text has, n/(n+2)
	fLCS                     // longest common word subsequence over the longer text, in words
	fLengthRatio             // shorter over longer, in words
	fContentRatio            // shorter over longer, in distinct content stems
	fRunMax                  // longest run of content words one text has and the other lacks, n/(n+2)
	fRuns                    // number of such runs in both texts, n/(n+2)
	fRunWords                // longest run of words, stop words too, one text lacks, n/(n+3)
	fRunEdge                 // longest such run of content words at a text's start or end, n/(n+2)
	fWordBigrams             // Dice of word 2-grams, stop words too
	fWordTrigrams            // Dice of word 3-grams, stop words too
	fStemBigrams             // Dice of 2-grams of content-word stems in order
	fUnmatched               // content stems the text with more of them lacks in the other, n/(n+3)
	fUnpaired                // facts (numbers, dates, negations) one text states and the other does not at all, n/(n+1)
	fCoveredMax              // the same share of the more covered text's stems
	fWordPrecMin             // share of a text's words (stop words too, repeats counted) found in the other, the lower of the two
	fWordPrecMax             // the higher of the two
	fBigramPrecMin           // likewise for word 2-grams: BLEU's bigram precision, both ways
	fBigramPrecMax           //
	fUnmatchedMin            // content stems the text with fewer of them unmatched lacks in the other, n/(n+3)
	fMeaningCovered          // covered, with a stem also covered by one of the other text that shares a WordNet meaning
	fMeaningUnmatched        // unmatched, likewise
	numFeatures
)

// featureNames are short names of the features, in index order.
var featureNames = [numFeatures]string{
	"bigram_dice", "trigram_dice", "word_dice", "stem_dice", "covered", "unshared",
	"lcs", "length_ratio", "content_ratio", "run_max", "runs", "run_words", "run_edge",
	"word_bigrams", "word_trigrams", "stem_bigrams", "unmatched", "unpaired",
	"covered_max", "word_prec_min", "word_prec_max", "bigram_prec_min", "bigram_prec_max", "unmatched_min",
	"meaning_covered", "meaning_unmatched",
}

// features fills x with the features of the pair a, b. It allocates nothing.
func features(a, b *Text, x *[numFeatures]float64) {
	charFeatures(a, b, x)
	wordFeatures(a, b, x, nil)
}

// charFeatures fills in the costliest features: the character n-gram ones,
// which walk every character of both sentences, and the facts one sentence
// states and the other does not, which compare their facts.
func charFeatures(a, b *Text, x *[numFeatures]float64) {
	x[fUnpaired] = saturate(float64(unpaired(a, b)+unpaired(b, a)), 1)
	same := a.Masked == b.Masked
	x[fBigramDice] = dice(a.bigrams, b.bigrams, same)
	x[fTrigramDice] = dice(a.trigrams, b.trigrams, same)
}

// wordFeatures fills in every feature but the character n-gram ones. When
// stop is not nil, it is asked twice whether the pair is already below its
// floor: after the features of word and stem sets (cheap merges), and
// before the meaning features, the costliest (filled in last);
// wordFeatures reports whether it went on.
func wordFeatures(a, b *Text, x *[numFeatures]float64, stop *floorCheck) bool {
	same := a.Masked == b.Masked
	words := countCommon(a.allWords, b.allWords)
	x[fWordDice] = diceOf(words, len(a.allWords), len(b.allWords), same)
	x[fWordPrecMin], x[fWordPrecMax] = precisions(words, len(a.allWords), len(b.allWords))
	bigrams := countCommon(a.bigramsW, b.bigramsW)
	x[fWordBigrams] = diceOf(bigrams, len(a.bigramsW), len(b.bigramsW), same)
	x[fBigramPrecMin], x[fBigramPrecMax] = precisions(bigrams, len(a.bigramsW), len(b.bigramsW))

	// Which stems and words of each text the other has; small sentences
	// keep the bits on the stack.
	var buf [4 * smallWords / 64]uint64
	inA, inB, wInA, wInB := newBits(buf[0:4], len(a.stems)), newBits(buf[4:8], len(b.stems)),
		newBits(buf[8:12], len(a.wordSet)), newBits(buf[12:16], len(b.wordSet))

	common := markCommon(a, b, inA, inB)
	onlyA, onlyB := float64(len(a.stems)-common), float64(len(b.stems)-common)
	shared := sharedWeight * float64(common)
	x[fStemDice] = ratio(2*float64(common), float64(len(a.stems)+len(b.stems)))
	x[fCovered] = min(ratio(shared, shared+onlyA), ratio(shared, shared+onlyB))
	x[fCoveredMax] = max(ratio(shared, shared+onlyA), ratio(shared, shared+onlyB))
	x[fUnshared] = saturate(onlyA+onlyB, 2)
	x[fUnmatchedMin] = saturate(float64(min(len(a.stems), len(b.stems))-common), 3)
	x[fUnmatched] = saturate(float64(max(len(a.stems), len(b.stems))-common), 3)
	la, lb := len(a.words), len(b.words)
	x[fLengthRatio] = ratio(float64(min(la, lb)), float64(max(la, lb)))
	x[fContentRatio] = ratio(float64(min(len(a.stems), len(b.stems))), float64(max(len(a.stems), len(b.stems))))
	ra, ka, ea := missingRuns(a.stemRank, inA)
	rb, kb, eb := missingRuns(b.stemRank, inB)
	x[fRunMax] = saturate(float64(max(ra, rb)), 2)
	x[fRuns] = saturate(float64(ka+kb), 2)
	x[fRunEdge] = saturate(float64(max(ea, eb)), 2)

	var meaning [2]bound
	if stop != nil {
		coveredHi, unmatchedLo := meaningBounds(a, b, inA, inB)
		meaning = [2]bound{{fMeaningCovered, 0, coveredHi}, {fMeaningUnmatched, unmatchedLo, 1}}
		// The features of word order are still to come: a common
		// subsequence of words has at most the words both texts have, so
		// lcs is at most word_prec_min.
		if stop.below(x, stop.char[0], stop.char[1], stop.char[2], meaning[0], meaning[1],
			bound{fLCS, 0, x[fWordPrecMin]}, bound{fRunWords, 0, 1}, bound{fWordTrigrams, 0, 1}, bound{fStemBigrams, 0, 1}) {
			return false
		}
	}

	long, short, inLong, inShort := a, b, wInA, wInB
	if len(a.words) < len(b.words) || len(a.words) == len(b.words) && a.Masked < b.Masked {
		long, short, inLong, inShort = b, a, wInB, wInA
	}
	var maskBuf [smallWords]uint64
	masks := maskBuf[:0]
	if len(long.wordSet) <= smallWords && len(short.words) <= 64 {
		masks = maskBuf[:len(long.wordSet)]
	}
	matchWords(long, short, inLong, inShort, masks)
	x[fLCS] = ratio(float64(lcs(long, short, masks)), float64(max(la, lb)))
	wa2, _, _ := missingRuns(a.wordRank, wInA)
	wb2, _, _ := missingRuns(b.wordRank, wInB)
	x[fRunWords] = saturate(float64(max(wa2, wb2)), 3)
	x[fWordTrigrams] = dice(a.trigramW, b.trigramW, same)
	x[fStemBigrams] = dice(a.stemBi, b.stemBi, same)
	if stop != nil && stop.below(x, stop.char[0], stop.char[1], stop.char[2], meaning[0], meaning[1]) {
		return false
	}
	// Last: it adds the stems matched by meaning to inA and inB.
	meaningFeatures(a, b, inA, inB, x)
	return true
}

// precisions returns the lower and the higher of common/na and common/nb.
func precisions(common, na, nb int) (lo, hi float64) {
	pa, pb := ratio(float64(common), float64(na)), ratio(float64(common), float64(nb))
	return min(pa, pb), max(pa, pb)
}

// meaningFeatures marks in inA and inB, besides the stems the two texts
// share, those with a WordNet meaning (see Text.meanings) that a word of the
// other text also has: "urged" and "encouraged", "bill" and "measure". It
// then fills in the meaning features.
func meaningFeatures(a, b *Text, inA, inB bits, x *[numFeatures]float64) {
	const stemMask = 1<<meaningStemBits - 1
	// A merge of two sorted lists that seldom meet: which side steps on
	// is computed rather than branched on, since it is unpredictable.
	am, bm := a.meanings, b.meanings
	i, j := 0, 0
	for i < len(am) && j < len(bm) {
		x, y := am[i]&^stemMask, bm[j]&^stemMask
		if x == y {
			for ; i < len(am) && am[i]&^stemMask == x; i++ {
				inA.set(int32(am[i] & stemMask))
			}
			for ; j < len(bm) && bm[j]&^stemMask == x; j++ {
				inB.set(int32(bm[j] & stemMask))
			}
			continue
		}
		_, less := bits64.Sub64(x, y, 0) // 1 when x < y
		i += int(less)
		j += int(1 - less)
	}
	x[fMeaningCovered], x[fMeaningUnmatched] = meaningValues(a, b, countMarked(inA, len(a.stems)), countMarked(inB, len(b.stems)))
}

// meaningValues returns the meaning features of a pair with na stems of a
// and nb of b marked.
func meaningValues(a, b *Text, na, nb int) (covered, unmatched float64) {
	// Weighted as covered is (see sharedWeight).
	shareA, shareB := sharedWeight*float64(na), sharedWeight*float64(nb)
	covered = min(ratio(shareA, shareA+float64(len(a.stems)-na)), ratio(shareB, shareB+float64(len(b.stems)-nb)))
	unmatched = saturate(float64(max(len(a.stems)-na, len(b.stems)-nb)), 3)
	return covered, unmatched
}

// meaningBounds returns the highest meaning_covered and the lowest
// meaning_unmatched the pair can have with inA and inB marking the stems
// they share: a stem can be matched by meaning only if it has one.
func meaningBounds(a, b *Text, inA, inB bits) (coveredHi, unmatchedLo float64) {
	return meaningValues(a, b, countEither(inA, a.meaningful), countEither(inB, b.meaningful))
}

// countEither returns how many elements x or y marks.
func countEither(x, y bits) int {
	n := 0
	for i, w := range x {
		if i < len(y) {
			w |= y[i]
		}
		n += bitsOnes(w)
	}
	return n
}

// countMarked returns how many of the first n elements in is marks.
func countMarked(in bits, n int) int {
	c := 0
	for i := range int32(n) {
		if in.has(i) {
			c++
		}
	}
	return c
}

// dice is 2|a∩b| / (|a|+|b|) for sorted multisets; when both are empty the
// texts agree only if they are equal.
func dice[T cmp.Ordered](a, b []T, equal bool) float64 {
	return diceOf(countCommon(a, b), len(a), len(b), equal)
}

// diceOf is dice of two multisets of na and nb elements that share common.
func diceOf(common, na, nb int, equal bool) float64 {
	if na+nb == 0 {
		return b2f(equal)
	}
	return 2 * float64(common) / float64(na+nb)
}

// countCommon is the size of the multiset intersection of sorted a and b.
func countCommon[T cmp.Ordered](a, b []T) int {
	return commonUpTo(a, b, len(a)) // the intersection has at most len(a)
}

// commonUpTo is countCommon of sorted a and b, counting no further than
// limit: a caller that needs a few shared elements stops at them.
func commonUpTo[T cmp.Ordered](a, b []T, limit int) int {
	n, i, j := 0, 0, 0
	for n < limit && i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// smallWords is how many distinct words a sentence may have for the
// scorer to keep its working sets on the stack.
const smallWords = 256

// bits is a bit set over the elements of a sorted set.
type bits []uint64

func newBits(buf []uint64, n int) bits {
	if n > len(buf)*64 {
		return make(bits, (n+63)/64)
	}
	clear(buf)
	return buf
}

func (b bits) set(i int32)      { b[i/64] |= 1 << (i % 64) }
func (b bits) has(i int32) bool { return b[i/64]&(1<<(i%64)) != 0 }

// sharedWeight is what a stem both texts have weighs against one only one
// of them has (1): the inverse document frequency of a word in two of two
// sentences against one of two, with a prior of ten sentences that have
// neither, log(13/3)/log(13/2). The weights depend on the pair alone, so a
// pair scores the same in any corpus: claims.Match and claims.Compare agree.
const sharedWeight = 0.78337

// markCommon returns the number of stems a and b share, and marks them in
// inA and inB.
func markCommon(a, b *Text, inA, inB bits) (n int) {
	i, j := 0, 0
	for i < len(a.stems) && j < len(b.stems) {
		switch {
		case a.stems[i] == b.stems[j]:
			n++
			inA.set(int32(i))
			inB.set(int32(j))
			i++
			j++
		case a.stems[i] < b.stems[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// matchWords marks the distinct words a and b share in inA and inB, and
// for each word of a sets masks[i] (when masks is long enough) to the
// positions of that word in b.
func matchWords(a, b *Text, inA, inB bits, masks []uint64) {
	clear(masks)
	i, j := 0, 0
	for i < len(a.wordSet) && j < len(b.wordSet) {
		switch {
		case a.wordSet[i] == b.wordSet[j]:
			inA.set(int32(i))
			inB.set(int32(j))
			if i < len(masks) {
				masks[i] = b.wordPos[j]
			}
			i++
			j++
		case a.wordSet[i] < b.wordSet[j]:
			i++
		default:
			j++
		}
	}
}

// missingRuns walks a text's words (as ranks into its sorted set) and
// finds the runs of words the other text lacks: the longest run, the number
// of runs, and the longest run touching the start or the end. A long run is
// an added clause ("..., down from 110,000 several years ago"); many short
// ones are rewording.
func missingRuns(seq []int32, present bits) (longest, runs, edge int) {
	n := 0
	for i, r := range seq {
		if present.has(r) {
			n = 0
			continue
		}
		if n == 0 {
			runs++
		}
		n++
		longest = max(longest, n)
		if n == i+1 || i == len(seq)-1 {
			edge = max(edge, n)
		}
	}
	return longest, runs, edge
}

// lcs is the length of the longest common subsequence of the words of long
// and short. With masks (short has at most 64 words) it runs bit-parallel
// (Hyyrö 2004): one add and a few logic operations per word of long.
func lcs(long, short *Text, masks []uint64) int {
	if len(masks) < len(long.wordSet) {
		return lcsTable(long.words, short.words)
	}
	v := ^uint64(0)
	for _, r := range long.wordRank {
		u := v & masks[r]
		v = (v + u) | (v - u)
	}
	n := len(short.words)
	return bitsOnes(^v & (1<<n - 1))
}

func bitsOnes(x uint64) int { return bits64.OnesCount64(x) }

// lcsTable is the dynamic-programming LCS for long sentences.
func lcsTable(a, b []uint64) int {
	row := make([]int32, len(b)+1)
	for _, x := range a {
		var diag int32
		for j, y := range b {
			up := row[j+1]
			switch {
			case x == y:
				row[j+1] = diag + 1
			case row[j] > up:
				row[j+1] = row[j]
			}
			diag = up
		}
	}
	return int(row[len(b)])
}

// unpaired counts the facts of a (numbers, dates, negations) that b does
// not state at all: a's pair keys (normalize.Facts.PairKeys) found neither
// among b's nor among b's stems, where a negation's predicate is looked for.
func unpaired(a, b *Text) int {
	n := 0
	for _, k := range a.pairKeys {
		if _, ok := slices.BinarySearch(b.pairKeys, k); ok {
			continue
		}
		if _, ok := slices.BinarySearch(b.stems, k); ok {
			continue
		}
		n++
	}
	return n
}

// saturate maps a non-negative amount n to n/(n+k) in [0,1).
func saturate(n, k float64) float64 {
	if n <= 0 || math.IsNaN(n) {
		return 0
	}
	return n / (n + k)
}

// ratio is num/den clamped to [0,1]; 1 when both are 0 (two empty things
// agree), never NaN.
func ratio(num, den float64) float64 {
	if den == 0 {
		return b2f(num == 0)
	}
	return clamp(num / den)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func clamp(x float64) float64 {
	if math.IsNaN(x) || x < 0 {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}
