package normalize

import (
	"sync"
	"unsafe"
)

// Span is a half-open byte range [Start,End) of the sentence a fact came from.
type Span struct {
	Start, End int
}

// Facts are the typed facts of one sentence, each list in text order.
type Facts struct {
	Numbers   []Number
	Dates     []Date
	Names     []Name
	Negations []Negation
}

// Number is a quantity stated in a sentence, such as "about 2,500 US troops".
type Number struct {
	Span
	Text  string  // the number as written, with its hedge: "about 2,500"
	Value float64 // 2500; the midpoint of a range; 0.5 for "half"
	// Low and High bound the value the hedge allows: "over 150" is
	// [150, +Inf), "about 2,500" is [2375, 2625], "10-15" is [10, 15].
	// Equal to Value when unhedged.
	Low, High float64
	Hedge     string // the hedge as folded text, "about"; "" when none
	// Unit is the thing counted, folded: "us troops", "percent", "dollars";
	// "" if unknown. Currency signs and "%" are spelled out.
	Unit string
	Kind NumberKind
}

// NumberKind tells counts from ranks and proportions.
type NumberKind uint8

// Number kinds. The zero value is Cardinal.
const (
	// Cardinal is a count or an amount: "2,500", "three", "$1.2bn", "15%".
	Cardinal NumberKind = iota
	// Ordinal is a rank: "third", "21st", "No. 2". Ordinals are kept apart
	// from counts: SameThing is false between a Cardinal and an Ordinal.
	Ordinal
	// Fraction is a proportion written as a fraction: "half", "two-thirds".
	Fraction
	// Code is a numeral that is part of a code, not a quantity: "C-17",
	// "CAC-40", "N225". Its Unit is the letters before the digits, folded,
	// so SameThing pairs it only with a code of the same series.
	Code
)

// Date is a point or period in time mentioned in a sentence.
type Date struct {
	Span
	Text      string
	Year      int // 0 when unknown; the first year of a decade
	Month     int // 1-12, 0 when unknown
	Day       int // 1-31, 0 when unknown
	Weekday   int // 1 Monday to 7 Sunday (ISO 8601), 0 when unknown
	Part      Part
	Precision Precision
}

// Precision says how much of a Date is known.
type Precision int

// Precisions from coarsest to finest, then DayOfWeek.
const (
	Decade      Precision = iota + 1 // "the 1990s"
	Year                             // "2014", "in 2014"
	PartOfYear                       // "late 2017", "summer of 2012": Part is set
	Month                            // "October", "March 2015"
	PartOfMonth                      // "mid-October": Part is set
	Day                              // "January 27", "2024-01-27"
	DayOfWeek                        // "Tuesday" and no date: only Weekday is set
)

// Part is a part of a year or month, or a season.
type Part uint8

// Parts. Seasons are those of the northern hemisphere.
const (
	Early Part = iota + 1
	Mid
	Late
	Spring
	Summer
	Autumn
	Winter
)

// Name is an entity-like span: a person, place or organisation.
type Name struct {
	Span
	Text string
	Key  string // comparison key: equal for spelling variants and aliases
}

// Negation is a cue that negates part of the sentence.
type Negation struct {
	Span
	Cue string // the cue as folded text: "not", "never", "n't", "deny", "fail to"
	// Scope is what the cue negates: from the cue to the end of its clause.
	// Empty (Start == End) when nothing follows the cue.
	Scope Span
	// Predicate is the stem (see Stem) of the first content word of Scope:
	// "did not attack the base" negates "attack". "" when there is none.
	Predicate string
}

// Option configures an Extractor.
type Option func(*options)

type options struct {
	aliases map[string]string // pre-key of a variant -> pre-key of its canonical name
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
		o.aliases[c] = c
		for _, v := range variants {
			if k := preKey(v); k != "" {
				o.aliases[k] = c
			}
		}
	}
}

// Extractor reads facts from sentences. Its zero value is not usable; make
// one with New. An Extractor is safe for concurrent use.
type Extractor struct {
	opts options
}

// New returns an Extractor with the DefaultAliases and the given options.
func New(opts ...Option) *Extractor {
	x := &Extractor{opts: options{aliases: defaultAliasKeys()}}
	for _, o := range opts {
		o(&x.opts)
	}
	return x
}

var defaultExtractor = New()

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
	return nameKey(preKey(name), x.opts.aliases)
}

// scratch is the memory one Extract call works in, kept for the next:
// the tokens and the facts as they are read, before they are copied out.
type scratch struct {
	lower []byte // the sentence with ASCII letters lowered
	toks  []token
	facts Facts
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Extract returns the facts of sentence. Dates are read first, so that a
// year is never also a count, then numbers, negation cues and names.
func (x *Extractor) Extract(sentence string) Facts {
	sc := scratchPool.Get().(*scratch)
	sc.lower = appendLowerASCII(sc.lower[:0], sentence)
	// Tokens slice their lower-case text from here without a copy; none of
	// it outlives the call (TestExtractKeepsNoScratch).
	lc := unsafe.String(unsafe.SliceData(sc.lower), len(sc.lower))
	p := parser{s: sentence, lc: lc, toks: tokenize(sc.toks[:0], sentence, lc), x: x, facts: Facts{
		Numbers:   sc.facts.Numbers[:0],
		Dates:     sc.facts.Dates[:0],
		Names:     sc.facts.Names[:0],
		Negations: sc.facts.Negations[:0],
	}}
	for i := 0; i < len(p.toks); {
		if next, ok := p.date(i); ok {
			i = next
			continue
		}
		if next, ok := p.number(i); ok {
			i = next
			continue
		}
		if next, ok := p.negation(i); ok {
			i = next
			continue
		}
		if next, ok := p.name(i); ok {
			i = next
			continue
		}
		i++
	}
	// Lists are empty rather than nil where a name or a numeral could have
	// been read: several capitalized words, any numeral.
	upper, nums := 0, 0
	for _, t := range p.toks {
		if t.upper {
			upper++
		} else if t.kind == tNum {
			nums++
		}
	}
	facts := Facts{
		Numbers:   fit(p.facts.Numbers, nums > 0),
		Dates:     fit(p.facts.Dates, false),
		Names:     fit(p.facts.Names, upper > 1),
		Negations: fit(p.facts.Negations, false),
	}
	sc.toks, sc.facts = p.toks[:0], p.facts
	scratchPool.Put(sc)
	return facts
}

// fit returns a copy of s just large enough, or when s is empty, an empty
// slice if empty is set and nil otherwise.
func fit[T any](s []T, empty bool) []T {
	if len(s) == 0 {
		if empty {
			return []T{}
		}
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// parser holds the state of one Extract call.
type parser struct {
	s, lc string
	toks  []token
	x     *Extractor
	facts Facts
}

// lcAt returns the lower-cased text of token i, or "" past the end.
func (p *parser) lcAt(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].lc
}

// kindAt returns the kind of token i, or 0 past either end.
func (p *parser) kindAt(i int) tokKind {
	if i < 0 || i >= len(p.toks) {
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
		t := p.toks[j]
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
