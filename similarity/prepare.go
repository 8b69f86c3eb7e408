package similarity

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

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

	bigrams  []uint32 // character 2-grams of Masked (see charGrams), sorted, repeats kept
	trigrams []uint32 // character 3-grams of Masked, likewise
	words    []uint64 // every word of Masked in order, stop words too, hashed
	allWords []uint64 // words, sorted, repeats kept
	wordSet  []uint64 // words, sorted, unique
	wordRank []int32  // index in wordSet of each word of words
	wordPos  []uint64 // for each of wordSet, bit i set if words[i] is it (i < 64)
	stems    []uint64 // stems of the content words, hashed, sorted, unique
	stemRank []int32  // index in stems of each content word, in text order
	stemKeys []string // the stems themselves, in the order of stems
	weights  []float64
	weight   float64  // sum of weights: the information in the sentence
	bigramsW []uint64 // word 2-grams of words, hashed, sorted, repeats kept
	trigramW []uint64 // word 3-grams of words, likewise
	stemBi   []uint64 // 2-grams of the content-word stems in text order, likewise
	phrases  []uint64 // word PhraseWords-grams with three plain content words (see SharedPhrase), sorted, unique
	rare     []uint64 // those of phrases that few texts of the corpus use, sorted
	anchors  []normalize.Anchor
	meanings []uint64        // WordNet meanings of the content words (see meaningKey), sorted, unique
	values   normalize.Facts // the facts of Facts that the masked form drops, for unpaired
	negated  bool            // Facts has a negation: unpaired then compares all of Facts
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

// Prepare normalizes sentence and extracts what scoring needs. Every content
// word weighs the same, as if it were rare; PrepareAll weights words by how
// rare they are among the sentences being compared.
func Prepare(sentence string) *Text {
	return PrepareWith(nil, sentence)
}

// PrepareWith is Prepare with the facts read by x (with its aliases, see
// normalize.WithAliases); a nil x means normalize.Default().
func PrepareWith(x *normalize.Extractor, sentence string) *Text {
	if x == nil {
		x = normalize.Default()
	}
	t := prepare(x, sentence)
	t.setWeights(nil, 0)
	return t
}

// PrepareAll prepares each sentence and weights its words by inverse
// document frequency over sentences: a word most of them share (the story's
// topic: "Iraq", "troops") counts less than a word few of them use. Weights
// are scaled to at most 1 so they mean the same for a handful of articles as
// for thousands of sentences. The result depends only on the sentences.
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

// Vocabulary counts the texts that use each word, so that texts prepared
// one at a time (as documents arrive) can be weighted as PrepareAll would
// weight them all together. The zero value is an empty vocabulary.
type Vocabulary struct {
	df      map[string]int
	phrases map[uint64]int32 // texts using each phrase (see SharedPhrase)
	n       int
}

// Add counts the words and phrases of t.
func (v *Vocabulary) Add(t *Text) {
	if v.df == nil {
		v.df = make(map[string]int)
		v.phrases = make(map[uint64]int32)
	}
	for _, k := range t.stemKeys {
		v.df[k]++
	}
	for _, p := range t.phrases {
		v.phrases[p]++
	}
	v.n++
}

// Weigh sets the word weights and distinctive phrases of t from the texts
// counted so far. Both change as texts are added: weigh again before
// scoring.
func (v *Vocabulary) Weigh(t *Text) {
	df := v.df
	if df == nil {
		df = map[string]int{}
	}
	t.setWeights(df, v.n)
	t.rare = t.rare[:0]
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
	t.bigrams = charGrams(masked, 2)
	t.trigrams = charGrams(masked, 3)

	var words []string
	var stemSeq []uint64
	var plain []bool // a content word outside every name
	inName := nameWords(facts)
	stemOf := make(map[uint64]string)
	for _, w := range tokenize(masked) {
		// Words are matched by their spelling skeleton, as names are keyed:
		// a name the reader missed ("Powell" opening a sentence) then
		// matches the same name read elsewhere ("pawal").
		long := utf8.RuneCountInString(w) >= skeletonLength
		key := w
		if long {
			key = skeleton(w)
		}
		t.words = append(t.words, hash(key))
		stop := normalize.IsStopWord(w)
		plain = append(plain, !stop && !slices.Contains(inName, key))
		if stop {
			continue
		}
		words = append(words, w)
		s := normalize.Stem(w)
		if long {
			s = skeleton(s)
		}
		h := hash(s)
		stemOf[h] = s
		stemSeq = append(stemSeq, h)
	}
	t.bigramsW = wordGrams(t.words, 2)
	t.trigramW = wordGrams(t.words, 3)
	t.stemBi = wordGrams(stemSeq, 2)
	t.phrases = phraseGrams(t.words, plain)
	t.allWords = slices.Sorted(slices.Values(t.words))
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
	t.stems = slices.Compact(slices.Sorted(slices.Values(stemSeq)))
	t.stemRank = ranks(stemSeq, t.stems)
	for _, h := range t.stems {
		t.stemKeys = append(t.stemKeys, stemOf[h])
	}
	t.meanings = meanings(inOrder, t.stemRank)
	t.values = normalize.Facts{Text: sentence}
	for _, f := range facts.All {
		t.negated = t.negated || f.Kind() == normalize.KindNegation
		if normalize.IsValue(f.Kind()) {
			t.values.All = append(t.values.All, f)
		}
	}
	return t
}

// meanings returns the WordNet meaning ids (wordMeanings) of each content
// word, each packed with the index in Text.stems of the word's stem (ranks)
// by meaningKey, sorted and unique.
func meanings(words []string, ranks []int32) []uint64 {
	var out []uint64
	for i, w := range words {
		if ranks[i] >= 1<<meaningStemBits {
			continue
		}
		for _, id := range wordMeanings(w) {
			out = append(out, meaningKey(id, ranks[i]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordMeanings returns the meaning ids (wordnet.AppendMeanings, every
// sense: meaningSenses) of the base forms of a folded word, sorted and
// unique. Looking a word up takes about a microsecond and the words of news
// text repeat, so the answers for up to meaningCacheSize words are kept:
// WordNet's table never changes, so a kept answer is always the answer.
func wordMeanings(w string) []wordnet.ID {
	if ids, ok := meaningCache.Load(w); ok {
		return ids.([]wordnet.ID)
	}
	var lemmas [8]wordnet.Lemma
	var ids []wordnet.ID
	for _, l := range wordnet.AppendLemmas(lemmas[:0], w, wordnet.AnyPOS) {
		ids = wordnet.AppendMeanings(ids, l.Text, l.POS, meaningSenses)
	}
	slices.Sort(ids)
	ids = slices.Clip(slices.Compact(ids))
	if meaningCacheLen.Load() < meaningCacheSize {
		if _, loaded := meaningCache.LoadOrStore(strings.Clone(w), ids); !loaded {
			meaningCacheLen.Add(1)
		}
	}
	return ids
}

var (
	meaningCache    sync.Map // folded word -> []wordnet.ID
	meaningCacheLen atomic.Int64
)

// meaningCacheSize bounds the words whose meanings are kept: about 200
// bytes each (about 10 ids a word in MRPC's sentences), 13 MB at most.
const meaningCacheSize = 1 << 16

// meaningSenses is how many senses of each base form (most frequent first,
// in each part of speech) the meaning features look up; 0 means all.
// Cross-validated on MRPC train, all senses did best (see BENCHMARKS.md).
const meaningSenses = 0

// skeletonLength is the length, in runes, from which a word is matched by
// its skeleton: the length from which normalize keys the words of names so.
const skeletonLength = 6

// skeleton is the spelling-tolerant form normalize gives the long words of
// names (see normalize.NameKey): doubled letters single and every vowel
// after the first letter written "a" ("williams", "walams").
func skeleton(w string) string {
	b := make([]byte, 0, len(w))
	var prev rune = -1
	for k, r := range w {
		if k > 0 && strings.ContainsRune("aeiouy", r) {
			r = 'a'
		}
		if r != prev {
			b = utf8.AppendRune(b, r)
		}
		prev = r
	}
	return string(b)
}

// nameWords returns the words of the names' keys, as the masked form writes
// names: a handful, so a slice searched in order is cheaper than a map.
func nameWords(f normalize.Facts) []string {
	var in []string
	for _, n := range normalize.Of[normalize.Name](f) {
		in = append(in, strings.Fields(n.Key)...)
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

// setWeights gives each stem its IDF weight over n sentences with document
// frequencies df, scaled so that a word found in one sentence weighs 1; with
// no corpus (df == nil) every stem weighs 1.
func (t *Text) setWeights(df map[string]int, n int) {
	t.weights = make([]float64, len(t.stems))
	t.weight = 0
	// The corpus counts as if it held priorSentences more sentences without
	// the word: with only a few sentences (a pair, a short article) a word
	// they share is not yet a topic word.
	docs := float64(n + priorSentences + 1)
	for i, k := range t.stemKeys {
		w := 1.0
		if df != nil {
			w = math.Log(docs/float64(df[k]+1)) / math.Log(docs/2)
			w = max(w, 0.05) // a word in every sentence still says a little
		}
		t.weights[i] = w
		t.weight += w
	}
}

const priorSentences = 10

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
	rs := []rune(s)
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
	slices.Sort(out)
	return out
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
