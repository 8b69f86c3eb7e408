package normalize

import (
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Span is a half-open byte range [Start,End) of the sentence a fact came from.
type Span struct {
	Start, End int
}

// Bounds returns s. Every fact embeds a Span and takes this as its Bounds
// (Fact): called through a Fact, a method of the fact itself would copy
// the whole fact (the pointer wrapper copies its value), this one two ints.
func (s Span) Bounds() Span { return s }

// in reports whether s lies within text: what a fact made by hand may not.
func (s Span) in(text string) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
}

// Kind names a kind of fact, and the kind of a divergence between two
// statements of it. The kinds are the rows of one table (see the package
// documentation, "Adding a kind of fact"); Kinds lists them.
type Kind string

// Fact is one fact a sentence states, located by its span in the sentence:
// a Number, Date, Time, Name, Negation, Direction, Outcome or Role. Its kind says which; a type
// switch or Of gives the typed value.
type Fact interface {
	Kind() Kind
	Bounds() Span
}

// Facts are the facts of one sentence, as Extract reads them: the sentence
// and its facts in text order. Comparing two sentences' facts (Compare)
// needs both: a name's role is read from the words around it.
type Facts struct {
	Text string // the sentence; every fact's span indexes it
	// All are in text order. Facts of one kind never overlap; a Role
	// spans its clause, names and numbers inside it included. Facts made
	// by Extract or Select keep what comparisons work out from Text and
	// All: to change the facts, give All a new slice (f.All =
	// append([]Fact(nil), ...)), as an element changed in place is not
	// seen by later comparisons; for another Text, Extract it. A nil
	// Fact, one of a type of the caller's own, or one whose span does not
	// lie within Text is passed over as if it were not there (Select keeps
	// all but nil ones).
	All []Fact
	// headline is set when Text is in Title Case, where capitals say
	// nothing about which words are names.
	headline bool
	// lazy holds what comparing works out from the facts once, for Facts
	// made by Extract (nil otherwise: worked out on each comparison).
	lazy *lazyFacts
}

// lazyFacts is what comparisons work out from Facts, kept after the first:
// one pointer, made on first use, so that the many sentences read and
// never compared keep 8 bytes for it.
type lazyFacts struct {
	compared atomic.Pointer[keptForComparing]
}

// keptForComparing is what comparisons of a sentence work out once.
type keptForComparing struct {
	frameOnce sync.Once
	frame     []frameWord // see frameWords
	// of holds, per row of kinds, the facts of that kind (see of): a
	// sentence is compared with many, and Of copies its facts each time.
	of [maxKinds]atomic.Pointer[factsOf]
	// names and folded are what comparing names reads around them (see
	// nameContexts and foldedText).
	names  atomic.Pointer[keptNames]
	folded atomic.Pointer[keptFold]
}

// kept returns what comparisons keep, made on first use; safe for
// concurrent use.
func (l *lazyFacts) kept() *keptForComparing {
	if k := l.compared.Load(); k != nil {
		return k
	}
	l.compared.CompareAndSwap(nil, new(keptForComparing))
	return l.compared.Load()
}

// factsOf is the answer of Of for the facts all of a Facts, a []T for the
// kind's T, kept in keptForComparing.
type factsOf struct {
	all []Fact // the Facts' All when it was worked out
	of  any
}

// maxKinds bounds the rows of kinds, for keptForComparing.
const maxKinds = 8

// newFacts returns Facts of text with a copy of the facts all. The copy
// and the lazy forms share one allocation of their size (one size class
// each, up to eight facts: a sentence states a few; the garbage collector
// runs as often as bytes are allocated).
func newFacts(text string, headline bool, all []Fact) Facts {
	f := Facts{Text: text, headline: headline}
	var mem []Fact
	switch len(all) {
	case 0:
		f.lazy = new(lazyFacts)
	case 1:
		f.lazy, mem = factsBlock(func(a *[1]Fact) []Fact { return a[:] })
	case 2:
		f.lazy, mem = factsBlock(func(a *[2]Fact) []Fact { return a[:] })
	case 3:
		f.lazy, mem = factsBlock(func(a *[3]Fact) []Fact { return a[:] })
	case 4:
		f.lazy, mem = factsBlock(func(a *[4]Fact) []Fact { return a[:] })
	case 5:
		f.lazy, mem = factsBlock(func(a *[5]Fact) []Fact { return a[:] })
	case 6:
		f.lazy, mem = factsBlock(func(a *[6]Fact) []Fact { return a[:] })
	case 7:
		f.lazy, mem = factsBlock(func(a *[7]Fact) []Fact { return a[:] })
	case 8:
		f.lazy, mem = factsBlock(func(a *[8]Fact) []Fact { return a[:] })
	default:
		f.lazy, mem = new(lazyFacts), make([]Fact, len(all))
	}
	if len(all) > 0 {
		f.All = mem[:len(all):len(all)]
		copy(f.All, all)
	}
	return f
}

// factsBlock allocates the lazy forms and an array of facts A at once,
// and returns them, the array as the slice all makes of it.
func factsBlock[A any](all func(*A) []Fact) (*lazyFacts, []Fact) {
	x := new(struct {
		lazyFacts
		all A
	})
	return &x.lazyFacts, all(&x.all)
}

// Of returns the facts of kind T in f, in text order: Of[Number](f) lists
// the numbers.
func Of[T Fact](f Facts) []T {
	n := 0
	for _, x := range f.All {
		if _, ok := x.(T); ok {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for _, x := range f.All {
		if t, ok := x.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// of is Of for the comparisons of one kind: for Facts made by Extract (or
// Select), the facts are picked once and kept; the caller must not change
// the slice it gets. Facts whose All was replaced since get a fresh one.
func of[T Fact](f *Facts) []T {
	if f.lazy == nil || len(f.All) == 0 {
		return Of[T](*f)
	}
	var zero T
	slot := &f.lazy.kept().of[kindIndex(zero.Kind())]
	if c := slot.Load(); c != nil && sameSlice(c.all, f.All) {
		return c.of.([]T)
	}
	out := slices.Clip(Of[T](*f))
	slot.Store(&factsOf{f.All, out}) // two goroutines may both store: the same facts
	return out
}

// isFact reports whether f is a T. It tests the type alone, where
// f.(T) copies the whole fact out (or zeroes one), even into _.
func isFact[T Fact](f Fact) bool {
	switch f.(type) {
	case T:
		return true
	}
	return false
}

// sameSlice reports whether a and b are the same slice: the same first
// element and length.
func sameSlice(a, b []Fact) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// Select returns the facts of f that keep accepts, in text order, with f's
// Text: the share of a sentence's facts that one of its claims states.
// Comparisons of the result keep what they work out, as for Extract's.
func (f Facts) Select(keep func(Fact) bool) Facts {
	var buf [8]Fact
	kept := buf[:0]
	for _, x := range f.All {
		if x != nil && keep(x) {
			kept = append(kept, x)
		}
	}
	return newFacts(f.Text, f.headline, kept)
}

// usable returns f with the facts dropped that no step can read: nil
// ones, and those whose span does not lie within Text (Facts made by hand
// may hold either; Extract's never do). It returns f itself when every
// fact is usable.
func (f Facts) usable() Facts {
	for i, x := range f.All {
		if !f.canRead(x) {
			all := slices.Clone(f.All[:i])
			for _, x := range f.All[i+1:] {
				if f.canRead(x) {
					all = append(all, x)
				}
			}
			f.All, f.lazy = all, nil // what comparisons keep belongs to the slice as it was
			return f
		}
	}
	return f
}

// canRead reports whether x is a fact of f's Text: not nil, its span
// within the text.
func (f *Facts) canRead(x Fact) bool {
	return x != nil && x.Bounds().in(f.Text)
}

// Option configures an Extractor.
type Option func(*options)

type options struct {
	aliases map[string]string // pre-key of a variant -> pre-key of its canonical name
	// mayAlias has the bit of aliasBit set for each key of aliases: the
	// pre-keys of most names have none, and skip the map.
	mayAlias [aliasBits / 64]uint64
}

// aliasBits is the size of mayAlias, in bits: a few dozen aliases leave
// about one bit in a hundred set.
const aliasBits = 4096

// aliasBit returns the bit of mayAlias for a pre-key, from its length and its
// first and last bytes (a hash the lookup of a name's key affords).
func aliasBit[S string | []byte](k S) uint {
	if len(k) == 0 {
		return 0
	}
	return aliasBitOf(len(k), k[0], k[len(k)-1])
}

// aliasBitOf is aliasBit of a pre-key of n bytes, first and last among them.
func aliasBitOf(n int, first, last byte) uint {
	h := uint64(n) | uint64(first)<<8 | uint64(last)<<16
	return uint(h * 0x9e3779b97f4a7c15 >> 52) // 12 bits: aliasBits
}

// addAlias makes the variant pre-key k an alias of the canonical pre-key c.
func (o *options) addAlias(k, c string) {
	o.aliases[k] = c
	b := aliasBit(k)
	o.mayAlias[b/64] |= 1 << (b % 64)
}

// aliasFilter reports whether a pre-key of n bytes (n > 0), first and last
// among them, may be an alias: false, by one bit test, for most.
func (o *options) aliasFilter(n int, first, last byte) bool {
	return o.mayAliasBit(aliasBitOf(n, first, last))
}

// mayAliasBit reports whether an alias sets bit b of the filter.
func (o *options) mayAliasBit(b uint) bool {
	return o.mayAlias[b/64]&(1<<(b%64)) != 0
}

// alias returns the canonical pre-key of the pre-key k, if k is an alias.
func (o *options) alias(k []byte) (string, bool) {
	if !o.mayAliasBit(aliasBit(k)) {
		return "", false
	}
	c, ok := o.aliases[string(k)]
	return c, ok
}

// WithAliases adds variants that name the same entity as canonical, so that
// their Names share one Key: WithAliases("Hamas", "Harakat al-Muqawama").
// Aliases added this way extend DefaultAliases; a variant already in the
// table is redirected to the new canonical name.
func WithAliases(canonical string, variants ...string) Option {
	return func(o *options) {
		c := preKey(canonical)
		if c == "" {
			return
		}
		o.addAlias(c, c)
		for _, v := range variants {
			if k := preKey(v); k != "" {
				o.addAlias(k, c)
			}
		}
	}
}

// Extractor reads facts from sentences. Its zero value is not usable; make
// one with New. An Extractor is safe for concurrent use.
type Extractor struct {
	opts options
	ref  time.Time // the reference date of relative dates; zero when none (see At)
}

// At returns an Extractor like x that reads sentences written on the day
// of ref, such as an article's publication date: relative dates
// ("yesterday", "last week", "on Monday", "last night") are resolved to
// the days they name, in ref's location, and Inferred (see Date.Rel). A
// zero ref leaves them relative, to be compared only with each other. A
// nil x means the default Extractor.
func (x *Extractor) At(ref time.Time) *Extractor {
	if x == nil {
		x = defaultExtractor
	}
	y := *x
	y.ref = ref
	return &y
}

// ExtractAt returns the facts of sentence, written on the day of ref
// (see At), using the default Extractor.
func ExtractAt(sentence string, ref time.Time) Facts {
	return defaultExtractor.extract(sentence, ref)
}

// New returns an Extractor with the DefaultAliases and the given options.
func New(opts ...Option) *Extractor {
	x := &Extractor{opts: options{aliases: make(map[string]string)}}
	for k, c := range defaultAliasKeys() {
		x.opts.addAlias(k, c)
	}
	for _, o := range opts {
		o(&x.opts)
	}
	return x
}

var defaultExtractor = New()

// Default returns the Extractor that Extract, Canonical and NameKey use: the
// DefaultAliases and no options.
func Default() *Extractor { return defaultExtractor }

// Extract returns the facts of sentence, using the default Extractor.
func Extract(sentence string) Facts {
	return defaultExtractor.Extract(sentence)
}

// NameKey returns the comparison key of a name as the default Extractor
// computes it for Name.Key: "Mohamed al-Sudani" and "Mohammed Al Sudani"
// share one key, and so do "ISIS" and "Islamic State".
func NameKey(name string) string {
	return defaultExtractor.NameKey(name)
}

// NameKey returns the comparison key of name, as in Name.Key.
func (x *Extractor) NameKey(name string) string {
	return nameKey(preKey(name), &x.opts)
}

// scratch is the memory one Extract call works in, kept for the next:
// the tokens and the facts as they are read, before they are copied out.
type scratch struct {
	lower []byte // the sentence with ASCII letters lowered
	p     parser // kept here, not on the heap per call: it is large
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// spareScratch is one scratch kept outside the pool, for the call that
// finds it free: a sync.Pool Get and Put cost about 115 instructions a
// sentence, a test and set of spareInUse a few. Past spareTokens tokens (a
// long text with no full stop) it is emptied after use, so that it never
// holds much memory.
var (
	spareScratch scratch
	spareInUse   atomic.Bool
)

const spareTokens = 4096

func getScratch() *scratch {
	if spareInUse.CompareAndSwap(false, true) {
		return &spareScratch
	}
	return scratchPool.Get().(*scratch)
}

func putScratch(sc *scratch) {
	if sc != &spareScratch {
		scratchPool.Put(sc)
		return
	}
	if cap(sc.p.toks) > spareTokens {
		*sc = scratch{}
	}
	spareInUse.Store(false)
}

// Extract returns the facts of sentence. At each word the kinds are tried in
// the order of the table, so that a year is read as a date before it can be
// read as a count.
func (x *Extractor) Extract(sentence string) Facts {
	return x.extract(sentence, x.ref)
}

// extract is Extract with the reference date ref.
func (x *Extractor) extract(sentence string, ref time.Time) Facts {
	sc := getScratch()
	sc.lower = append(appendLowerASCII(sc.lower[:0], sentence), make([]byte, 8)...) // padded for tokenize
	// Tokens slice their lower-case text from here without a copy; none of
	// it outlives the call (TestExtractKeepsNoScratch).
	lc := unsafe.String(unsafe.SliceData(sc.lower), len(sentence))
	// The parser is set and reset field by field: copying a whole parser
	// in place copies it with a bulk write barrier while the garbage
	// collector marks.
	p := &sc.p
	p.s, p.lc, p.x, p.ref = sentence, lc, x, ref
	p.toks, p.facts = tokenize(p.toks[:0], sentence, lc, sc.lower), p.facts[:0]
	p.lastStart, p.disordered = 0, false
	p.timeAnchors.scanned, p.negations = false, 0
	// The readers read the tokens and never change them: a local copy of
	// the slice stays in registers where a token is passed over.
	toks, open := p.toks, readersOpen // in registers, not reloaded at each token
	for i := 0; ; {
		// Pass over the tokens no reader would read at (most words) in a
		// loop of their own, which keeps its few values in registers.
		for uint(i) < uint(len(toks)) && toks[i].key&open == 0 {
			i++
		}
		if uint(i) >= uint(len(toks)) {
			break
		}
		// readKey, with weakenKey only where a reader would be called;
		// and a capitalized stop word that is no acronym ("The", "But":
		// 4k an op) loses its capital, which only the names reader opens
		// at and which it would pass over (see capitalStopWord).
		key := toks[i].key
		if key&weakOpeners != 0 {
			if key = p.weakenKey(i, key); key&open == 0 {
				i++
				continue
			}
		}
		if key&fStop != 0 && p.capitalStopWord(i) {
			if key &^= fUpper; key&open == 0 {
				i++
				continue
			}
		}
		// The readers that open at one of the token's flags, in the
		// table's order; the others would turn the token away.
		var set uint8
		for k := key & open; k != 0; k &= k - 1 {
			set |= readerSets[bits.TrailingZeros64(uint64(k))]
		}
		next, ok := i, false
		for ; set != 0; set &= set - 1 {
			if next, ok = readers[bits.TrailingZeros8(set)].read(p, i); ok {
				break
			}
		}
		if ok {
			i = next
		} else {
			i++
		}
	}
	for _, after := range afters {
		after(p)
	}
	// Facts read after the pass may sit anywhere: keep text order. They
	// rarely do (add notes it).
	if p.disordered {
		slices.SortStableFunc(p.facts, func(a, b Fact) int { return a.Bounds().Start - b.Bounds().Start })
	}
	facts := newFacts(sentence, titleCase(sentence), p.facts)
	// Drop the references the pool would keep alive.
	clear(p.facts)
	clear(p.roles)
	p.idx = factIndex{}
	p.s, p.lc, p.x, p.ref = "", "", nil, time.Time{}
	putScratch(sc)
	return facts
}

// inTextOrder reports whether facts are sorted by their start.
func inTextOrder(facts []Fact) bool {
	prev := 0
	for _, f := range facts {
		start := f.Bounds().Start
		if start < prev {
			return false
		}
		prev = start
	}
	return true
}

// parser holds the state of one Extract call.
type parser struct {
	s, lc string
	toks  []token
	x     *Extractor
	facts []Fact
	roles []Role    // the roles read, before mergeRoles boxes them among facts
	ref   time.Time // the day of writing, for relative dates; zero when unknown
	pre   []byte    // scratch for a name's pre-key and key (see name)
	key   []byte
	cut   []byte // scratch for the words of a name cleaned from its text (see cutPreKeyWords)
	// the words of pre (kept here, not cleared for each name on the stack)
	preParts preKeyParts
	forms    []nameForms // room for the forms of the next names (see newNameForms)
	// scratch for the words of a name and their flags (see plainWords)
	words     [preKeyWords]string
	wordFlags preKeyFlags
	idx       factIndex // the facts by position, for long sentences
	negations int       // the Negations in facts (see inNegation)
	// the start of the last fact added, and whether one started before
	// the fact added before it (see add)
	lastStart  int
	disordered bool
	// the last token a time may need (see timeAnchorFrom), once scanned
	timeAnchors struct {
		scanned bool
		last    int
	}
}

// add appends f, which starts at start, to the facts. It notes whether they
// are still in text order as it goes: Extract's look at their starts after
// the pass made an interface call per fact.
func (p *parser) add(f Fact, start int) {
	p.disordered = p.disordered || start < p.lastStart
	p.lastStart = start
	p.facts = append(p.facts, f)
}

// lcAt returns the lower-cased text of token i, or "" past the end. (The
// token accessors test both ends at once: a negative i is a huge uint.)
func (p *parser) lcAt(i int) string {
	if uint(i) >= uint(len(p.toks)) {
		return ""
	}
	return p.toks[i].lc
}

// kindAt returns the kind of token i, or 0 past either end.
func (p *parser) kindAt(i int) tokKind {
	if uint(i) >= uint(len(p.toks)) {
		return 0
	}
	return p.toks[i].kind
}

// glued reports whether token i directly follows token i-1, with no space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// match reports whether the tokens from i spell words, and returns the index after them.
func (p *parser) match(i int, words []string) (int, bool) {
	for _, w := range words {
		if p.lcAt(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// text returns the sentence bytes from token i to token j-1.
func (p *parser) text(i, j int) string {
	return p.s[p.toks[i].Start:p.toks[j-1].End]
}

// span returns the span from token i to token j-1.
func (p *parser) span(i, j int) Span {
	return Span{p.toks[i].Start, p.toks[j-1].End}
}

// sentenceStart reports whether token i opens the sentence or a quotation,
// where a capital letter says nothing about names.
func (p *parser) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := &p.toks[j]
		if t.kind != tPunct {
			return false
		}
		switch t.lc {
		case "\"", "“", "”", "‘", "’", "'", "«", "»":
			// An opening quote is glued to what follows it, not to what precedes it.
			if p.glued(j+1) && (t.space || j == 0) {
				return true
			}
		case "(", "[", ":", "—", "–", "-", ";":
			return true
		}
	}
	return true
}
