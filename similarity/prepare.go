package similarity

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/internal/wordnet"
	"github.com/claimdiff/claimdiff/normalize"
)

// Text is a sentence prepared for scoring. Build it with Prepare or
// PrepareAll; the unexported fields hold what the scorers would otherwise
// recompute for every pair.
type Text struct {
	Raw    string          // the sentence as given
	Masked string          // Facts.Masked(): the comparison form, fact values set aside
	Words  []string        // content words of Masked, sorted, unique
	Facts  normalize.Facts // typed facts of Raw, offsets into Raw

	bigrams    []uint32      // character 2-grams of Masked (see charGrams), sorted, repeats kept
	trigrams   []uint32      // character 3-grams of Masked, likewise
	sketches   *gramSketches // of bigrams and trigrams, nil when a bucket overflows
	words      []uint64      // every word of Masked in order, stop words too, hashed
	allWords   []uint64      // words, sorted, repeats kept
	wordSet    []uint64      // words, sorted, unique
	wordRank   []int32       // index in wordSet of each word of words
	wordPos    []uint64      // for each of wordSet, bit i set if words[i] is it (i < 64)
	stems      []uint64      // stems of the content words, hashed, sorted, unique
	stemSig    [4]uint64     // a bit per stem (its hash mod 256): texts with disjoint signatures share no stem
	stemRank   []int32       // index in stems of each content word, in text order
	bigramsW   []uint64      // word 2-grams of words, hashed, sorted, repeats kept
	trigramW   []uint64      // word 3-grams of words, likewise
	stemBi     []uint64      // 2-grams of the content-word stems in text order, likewise
	phrases    []uint64      // word PhraseWords-grams with three plain content words (see SharedPhrase), sorted, unique
	rare       []uint64      // those of phrases that few texts of the corpus use, sorted
	idf        []float32     // inverse document frequency of each stem of stems in the corpus (Vocabulary.Weigh)
	df         []int32       // the texts of the corpus that use each stem of stems
	norm       float64       // of the idf vector
	anchors    []normalize.Anchor
	meanings   []uint64 // WordNet meanings of the content words (see meaningKey), sorted, unique
	meaningful bits     // the stems (by index in stems) that have a meaning in meanings
	pairKeys   []uint64 // Facts.PairKeys, hashed, sorted, unique; a stem key hashed as the stem
}

// meaningKey packs a WordNet meaning id of a content word with the index of
// that word's stem in Text.stems into one integer that sorts by meaning:
// the id hashed to its top 52 bits (two ids collide with odds of 2^-52),
// the stem index below them. Stems past the first 4,096 of a text have no
// meanings.
func meaningKey(id wordnet.ID, stem int32) uint64 {
	h := uint64(id) * 0x9e3779b97f4a7c15
	h ^= h >> 29
	return h&^(1<<meaningStemBits-1) | uint64(stem)
}

const meaningStemBits = 12

// Prepare normalizes sentence and extracts what scoring needs. A text
// prepared alone has no distinctive phrases (SharedPhrase): PrepareAll and
// Vocabulary find them among the sentences being compared.
func Prepare(sentence string) *Text {
	return PrepareWith(nil, sentence)
}

// PrepareWith is Prepare with the facts read by x (with its aliases, see
// normalize.WithAliases); a nil x means normalize.Default().
func PrepareWith(x *normalize.Extractor, sentence string) *Text {
	if x == nil {
		x = normalize.Default()
	}
	return prepare(x, sentence)
}

// PrepareAll prepares each sentence and finds the distinctive phrases and
// word weights among them (see SharedPhrase, Cosine). The result depends
// only on the sentences.
func PrepareAll(sentences []string) []*Text {
	texts := make([]*Text, len(sentences))
	var v Vocabulary
	for i, s := range sentences {
		texts[i] = prepare(normalize.Default(), s)
		v.Add(texts[i])
	}
	for _, t := range texts {
		v.Weigh(t)
	}
	return texts
}

// Vocabulary counts the texts that use each word and phrase, so that texts
// prepared one at a time (as documents arrive) get the distinctive phrases
// and word weights PrepareAll would find among them all. The zero value is
// an empty vocabulary.
type Vocabulary struct {
	phrases map[uint64]int32 // texts using each phrase (see SharedPhrase)
	stems   map[uint64]int32 // texts using each stem (see Cosine)
	n       int
}

// Add counts the words and phrases of t.
func (v *Vocabulary) Add(t *Text) {
	if v.phrases == nil {
		v.phrases = make(map[uint64]int32)
		v.stems = make(map[uint64]int32)
	}
	for _, p := range t.phrases {
		v.phrases[p]++
	}
	for _, s := range t.stems {
		v.stems[s]++
	}
	v.n++
}

// Weigh sets the distinctive phrases and word weights of t from the texts
// counted so far. They change as texts are added: weigh again before
// scoring.
func (v *Vocabulary) Weigh(t *Text) {
	t.idf, t.df = slices.Grow(t.idf[:0], len(t.stems)), slices.Grow(t.df[:0], len(t.stems))
	t.norm = 0
	for _, s := range t.stems {
		w := float32(math.Log(float64(v.n+1) / float64(v.stems[s]+1)))
		t.idf = append(t.idf, w)
		t.df = append(t.df, v.stems[s])
		t.norm += float64(w) * float64(w)
	}
	t.norm = math.Sqrt(t.norm)
	t.rare = slices.Grow(t.rare[:0], len(t.phrases)) // sized once
	for _, p := range t.phrases {
		if n := float64(v.phrases[p]); n*n <= float64(v.n) {
			t.rare = append(t.rare, p)
		}
	}
}

func prepare(x *normalize.Extractor, sentence string) *Text {
	facts := x.Extract(sentence)
	masked := facts.Masked()
	t := &Text{Raw: sentence, Masked: masked, Facts: facts, anchors: facts.Anchors()}
	for _, k := range facts.PairKeys() {
		t.pairKeys = append(t.pairKeys, hash(strings.TrimPrefix(k, normalize.StemKey)))
	}
	slices.Sort(t.pairKeys)
	t.pairKeys = slices.Compact(t.pairKeys)
	t.bigrams = charGrams(masked, 2)
	t.trigrams = charGrams(masked, 3)
	t.sketches = newGramSketches(t.bigrams, t.trigrams)

	var words []string
	var stemSeq []uint64
	var plain []bool // a content word outside every name
	var inNameBuf [16]string
	inName := nameWords(inNameBuf[:0], facts)
	tokens := tokenize(masked)
	if n := len(tokens); n > 0 { // sized once: a Text is made of a dozen such lists
		t.words, words = make([]uint64, 0, n), make([]string, 0, n)
		// plain and stemSeq are worked from, not kept: on the stack for a
		// sentence of up to 64 words.
		var plainBuf [64]bool
		var stemBuf [64]uint64
		plain, stemSeq = plainBuf[:0], stemBuf[:0]
		if n > len(stemBuf) {
			plain, stemSeq = make([]bool, 0, n), make([]uint64, 0, n)
		}
	}
	// A set when the names are many (a long sentence): a scan of them at
	// each word would cost the square of its length.
	var nameSet map[string]bool
	if len(inName) > 32 {
		nameSet = make(map[string]bool, len(inName))
		for _, w := range inName {
			nameSet[w] = true
		}
	}
	for _, w := range tokens {
		t.words = append(t.words, hash(w))
		stop := normalize.IsStopWord(w)
		named := nameSet[w]
		if nameSet == nil {
			named = slices.Contains(inName, w)
		}
		plain = append(plain, !stop && !named)
		if stop {
			continue
		}
		words = append(words, w)
		stemSeq = append(stemSeq, hash(normalize.Stem(w)))
	}
	t.bigramsW = wordGrams(t.words, 2)
	t.trigramW = wordGrams(t.words, 3)
	t.stemBi = wordGrams(stemSeq, 2)
	t.phrases = phraseGrams(t.words, plain)
	t.allWords = slices.Clone(t.words)
	slices.Sort(t.allWords)
	t.wordSet = slices.Compact(slices.Clone(t.allWords))
	t.wordPos = make([]uint64, len(t.wordSet))
	t.wordRank = ranks(t.words, t.wordSet)
	for i, r := range t.wordRank[:min(len(t.wordRank), 64)] {
		t.wordPos[r] |= 1 << i
	}
	inOrder := slices.Clone(words)
	slices.Sort(words)
	t.Words = slices.Compact(words)
	if t.Words == nil {
		t.Words = []string{}
	}
	t.stems = slices.Clone(stemSeq)
	slices.Sort(t.stems)
	t.stems = slices.Compact(t.stems)
	for _, h := range t.stems {
		t.stemSig[h>>6&3] |= 1 << (h & 63)
	}
	t.stemRank = ranks(stemSeq, t.stems)
	t.meanings = meanings(inOrder, t.stemRank)
	t.meaningful = make(bits, (len(t.stems)+63)/64)
	for _, m := range t.meanings {
		t.meaningful.set(int32(m & (1<<meaningStemBits - 1)))
	}
	return t
}

// meanings returns the WordNet meaning ids (wordMeanings) of each content
// word, each packed with the index in Text.stems of the word's stem (ranks)
// by meaningKey, sorted and unique.
func meanings(words []string, ranks []int32) []uint64 {
	// The working lists of a sentence fit on the stack; only the result
	// is allocated.
	var listBuf [64][]uint64
	lists := listBuf[:0]
	if len(words) > len(listBuf) {
		lists = make([][]uint64, 0, len(words))
	}
	n := 0
	for i, w := range words {
		var keys []uint64
		if ranks[i] < 1<<meaningStemBits {
			keys = wordMeanings(w)
			n += len(keys)
		}
		lists = append(lists, keys)
	}
	// Each word's keys are sorted, and stay so with its stem's index in
	// their low bits: merging the runs sorts them in fewer steps than a
	// sort of all.
	var outBuf, tmpBuf [512]uint64
	out, tmp := outBuf[:0], tmpBuf[:]
	if n > len(outBuf) {
		out, tmp = make([]uint64, 0, n), make([]uint64, n)
	}
	var endBuf [64]int
	ends := endBuf[:0] // of the runs in out
	for i, keys := range lists {
		for _, k := range keys {
			out = append(out, k|uint64(ranks[i]))
		}
		if len(keys) > 0 {
			ends = append(ends, len(out))
		}
	}
	for len(ends) > 1 {
		start, merged := 0, ends[:0]
		for r := 0; r < len(ends); r += 2 {
			if r+1 == len(ends) {
				copy(tmp[start:], out[start:ends[r]])
				merged = append(merged, ends[r])
				break
			}
			merge(tmp[start:ends[r+1]], out[start:ends[r]], out[ends[r]:ends[r+1]])
			start = ends[r+1]
			merged = append(merged, ends[r+1])
		}
		out, tmp, ends = tmp[:n], out[:n], merged
	}
	out = slices.Compact(out)
	keys := make([]uint64, len(out))
	copy(keys, out)
	return keys
}

// merge writes the sorted a and b, sorted, to dst (len(a)+len(b) long).
func merge(dst, a, b []uint64) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// wordMeanings returns the meanings (wordnet.AppendMeanings, every sense:
// meaningSenses) of the base forms of a folded word, each as meaningKey
// packs it with stem index 0, sorted and unique. Looking a word up takes
// about a microsecond and the words of news text repeat, so the answers for
// up to meaningCacheSize words are kept: WordNet's table never changes, so
// a kept answer is always the answer.
func wordMeanings(w string) []uint64 {
	if keys, ok := meaningCache.Load(w); ok {
		return keys.([]uint64)
	}
	var lemmas [8]wordnet.Lemma
	var ids []wordnet.ID
	for _, l := range wordnet.AppendLemmas(lemmas[:0], w, wordnet.AnyPOS) {
		ids = wordnet.AppendMeanings(ids, l.Text, l.POS, meaningSenses)
	}
	keys := make([]uint64, len(ids))
	for i, id := range ids {
		keys[i] = meaningKey(id, 0)
	}
	slices.Sort(keys)
	keys = slices.Clip(slices.Compact(keys))
	if meaningCacheLen.Load() < meaningCacheSize {
		if _, loaded := meaningCache.LoadOrStore(strings.Clone(w), keys); !loaded {
			meaningCacheLen.Add(1)
		}
	}
	return keys
}

var (
	meaningCache    sync.Map // folded word -> []uint64, see wordMeanings
	meaningCacheLen atomic.Int64
)

// meaningCacheSize bounds the words whose meanings are kept: about 200
// bytes each (about 10 ids a word in MRPC's sentences), 13 MB at most.
const meaningCacheSize = 1 << 16

// meaningSenses is how many senses of each base form (most frequent first,
// in each part of speech) the meaning features look up; 0 means all.
// Cross-validated on MRPC train, all senses did best (see BENCHMARKS.md).
const meaningSenses = 0

// nameWords appends to in the words of the names' keys, as the masked form
// writes names: a handful, so a slice searched in order is cheaper than a
// map.
func nameWords(in []string, f normalize.Facts) []string {
	for _, x := range f.All {
		if n, ok := x.(normalize.Name); ok {
			for w := range strings.FieldsSeq(n.Key) {
				in = append(in, w)
			}
		}
	}
	return in
}

// ranks returns the index in the sorted set of each element of seq.
func ranks(seq, set []uint64) []int32 {
	out := make([]int32, len(seq))
	for i, h := range seq {
		r, _ := slices.BinarySearch(set, h)
		out[i] = int32(r)
	}
	return out
}

// tokenize returns the words of folded text (normalize.Words), a number's
// thousands separators dropped ("2,500" is "2500").
func tokenize(folded string) []string {
	var out []string
	for w := range normalize.Words(folded) {
		word := folded[w.Start:w.End]
		if strings.IndexByte(word, ',') >= 0 {
			word = strings.ReplaceAll(word, ",", "")
		}
		out = append(out, word)
	}
	return out
}

// charGrams returns the character n-grams (n <= 3) of s, each packed
// exactly into an integer (21 bits a rune), sorted, repeats kept: the
// multiset strutil counts.
func charGrams(s string, n int) []uint32 {
	var buf [512]rune // a sentence's runes stay on the stack
	rs := buf[:0]
	for _, r := range s {
		rs = append(rs, r)
	}
	if len(rs) < n {
		return nil
	}
	// A gram is packed exactly into 31 bits when its runes are small enough
	// (bigrams of the Basic Multilingual Plane minus its top bit, trigrams
	// of runes below U+0400: nearly all news text once folded); other grams
	// are hashed, with the top bit set so they never equal a packed one.
	// 32 bits a gram instead of 64 halves the largest part of a Text.
	bits := uint(31 / n)
	out := make([]uint32, 0, len(rs)-n+1)
	for i := 0; i+n <= len(rs); i++ {
		var g uint32
		exact := true
		for _, r := range rs[i : i+n] {
			exact = exact && uint32(r) < 1<<bits
			g = g<<bits | uint32(r)&(1<<bits-1)
		}
		if !exact {
			g = 1<<31 | uint32(hash(string(rs[i:i+n])))&(1<<31-1)
		}
		out = append(out, g)
	}
	sortGrams(out)
	return out
}

// sortGrams sorts the n-grams of a sentence: a radix sort, byte by byte,
// skipping the bytes all grams share (the high bytes of folded Latin
// text); about half the time of slices.Sort on news sentences, whose
// n-grams come in no useful order. Long and very short inputs use
// slices.Sort.
func sortGrams(s []uint32) {
	if len(s) < 32 || len(s) > 512 {
		slices.Sort(s)
		return
	}
	var buf [512]uint32
	src, dst := s, buf[:len(s)]
	for shift := 0; shift < 32; shift += 8 {
		var at [256]int // where the next gram with each byte goes
		for _, g := range src {
			at[g>>shift&255]++
		}
		if at[src[0]>>shift&255] == len(src) {
			continue // one byte for all: already in order by it
		}
		pos := 0
		for d, n := range at {
			at[d], pos = pos, pos+n
		}
		for _, g := range src {
			d := g >> shift & 255
			dst[at[d]] = g
			at[d]++
		}
		src, dst = dst, src
	}
	copy(s, src) // a no-op when the sorted grams are in s already
}

// wordGrams returns the n-grams of a sequence of word hashes, each hashed,
// sorted, repeats kept.
func wordGrams(seq []uint64, n int) []uint64 {
	if len(seq) < n {
		return nil
	}
	out := make([]uint64, 0, len(seq)-n+1)
	for i := 0; i+n <= len(seq); i++ {
		out = append(out, gramHash(seq[i:i+n]))
	}
	slices.Sort(out)
	return out
}

// gramHash hashes a sequence of word hashes.
func gramHash(seq []uint64) uint64 {
	g := uint64(len(seq))
	for _, h := range seq {
		g = (g ^ h) * 1099511628211
		g ^= g >> 29
	}
	return g
}

// hash is 64-bit FNV-1a.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// sketchBits is log2 of the buckets of a gramSketch.
const sketchBits = 8

// gramSketch counts a text's character n-grams per bucket (a hash of the
// gram), eight 7-bit counts a word: an upper bound on how many n-grams two
// texts share, in 32 steps rather than a merge of both lists. Each shared
// gram falls in one bucket on both sides, so the shared grams are at most
// the sum over the buckets of the smaller count; the bound lets the scorer
// skip pairs whose character features cannot lift them to the floor (see
// charBounds).
type gramSketch [1 << sketchBits / 8]uint64

// gramSketches are the sketches of a text's bigrams and trigrams.
type gramSketches struct{ bigrams, trigrams gramSketch }

// newGramSketches returns the sketches of bigrams and trigrams, or nil
// when a bucket would count more than 127 grams (a text of thousands of
// characters), for which the scorer falls back on the sizes alone.
func newGramSketches(bigrams, trigrams []uint32) *gramSketches {
	var s gramSketches
	if !s.bigrams.fill(bigrams) || !s.trigrams.fill(trigrams) {
		return nil
	}
	return &s
}

// fill counts grams into s and reports whether every count fits.
func (s *gramSketch) fill(grams []uint32) bool {
	for _, g := range grams {
		k := (g * 0x9e3779b1) >> (32 - sketchBits) // Fibonacci hashing: the top bits of the product
		shift := k % 8 * 8
		if s[k/8]>>shift&0xff == 127 {
			return false
		}
		s[k/8] += 1 << shift
	}
	return true
}

// mostShared returns an upper bound on the size of the multiset
// intersection of the grams sketched in s and o: the sum of the smaller
// count of each bucket, eight buckets at a time (SWAR).
func (s *gramSketch) mostShared(o *gramSketch) int {
	const high, low16 = 0x8080808080808080, 0x00ff00ff00ff00ff
	var sum uint64 // four 16-bit sums: at most 2·32·127 each
	for i, a := range s {
		b := o[i]
		// Counts are below 128, so a byte of (a|high)-b keeps its high
		// bit exactly when a's count is at least b's, and never borrows.
		ge := ((a | high) - b) & high >> 7 * 0xff
		m := b&ge | a&^ge
		sum += m&low16 + m>>8&low16
	}
	return int(sum * 0x0001000100010001 >> 48)
}
