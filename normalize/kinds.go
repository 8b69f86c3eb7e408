package normalize

import (
	"slices"
	"strings"
)

// kind is one row of the table of fact kinds: everything claimdiff knows
// about one kind of fact, so that the code that reads, compares, scores,
// indexes or reports facts walks the table and never names a kind.
type kind struct {
	name Kind
	// read reads a fact of this kind at token i of the sentence, appends it
	// to p.facts and returns the index of the token after it. At each token
	// the rows are tried in table order and the first that reads wins.
	read func(p *parser, i int) (next int, ok bool)
	// opens are the flags of a token (see readKey: its word lists, or
	// whether it is a numeral, a word, capitalized, ...) read may start a
	// fact at: Extract calls it only at a token with one of them, as it
	// would turn any other away (TestReadersOpen checks it).
	opens lexFlag
	// after reads facts that need the whole sentence (nil for most kinds),
	// once the word-by-word pass is done, from p.toks and p.facts.
	after func(p *parser)
	// compare compares the facts of this kind stated by a and by b; each
	// Comparison has a's span in A and b's in B.
	compare func(a, b *Facts) []Comparison
	// agrees tells whether two facts of this kind, compared alone (without
	// their sentences), agree, where that is cheaper than compare; nil
	// means compare them (see Agrees).
	agrees func(x, y Fact) bool
	// canonical writes the canonical form of a fact (see Canonical); mask
	// writes what is left of it when its value is set aside (see
	// Facts.Masked). Each reports false to leave the fact as written.
	canonical, mask writer
	// masked is set when mask drops the fact from the masked form, so that
	// only Unpaired tells whether a sentence states it.
	masked bool
	// anchor returns a key naming what a fact is about when that alone
	// identifies a claim ("troop" for "about 2,500 US troops"), and
	// whether its value is precise enough to tell two claims apart; "" for
	// facts that many unrelated claims share ("15 percent", "$2 billion").
	// See Anchors.
	// It is given the text the fact was read from.
	anchor func(f Fact, text string) (key string, precise bool)
	// about returns what a fact is about, for a reader ("us troops"), or "".
	about func(f Fact) string
	// pairKey returns a key that two facts of this kind share when Compare
	// would pair them (agreeing or diverging), for kinds the mask drops:
	// see Facts.PairKeys. A key that starts with StemKey names a word's
	// stem: the fact is paired when the other sentence has that word.
	pairKey func(f Fact) string
}

// kinds is the table of fact kinds, in reading order: a time is read before
// a date can take its day or a number its hour ("11 p.m. Saturday"), a date
// before a number can take its year, a number before a negation can take
// "no", a negation before a direction can take "declined to", and a name
// last, as any capitalized word can start one. Roles are read after the
// pass, from the whole sentence.
var kinds = []kind{
	{name: KindTime, read: (*parser).time, opens: fNumeral | timeOpeners, compare: compareTimes,
		canonical: canonicalTime, mask: maskDrop, masked: true, anchor: textless(anchorTime), pairKey: pairTime},
	{name: KindDate, read: (*parser).date, opens: fNumeral | dateOpeners, compare: compareDates,
		canonical: canonicalDate, mask: maskDate, masked: true, pairKey: pairDate},
	{name: KindNumber, read: (*parser).number, opens: numberOpeners, compare: compareNumbers,
		canonical: canonicalNumber, mask: maskNumber, masked: true, anchor: textless(anchorNumber), about: aboutNumber, pairKey: pairNumber,
		after: (*parser).casualtyCounts, agrees: agreeNumbers},
	{name: KindNegation, read: (*parser).negation, opens: fNegationCue | fApostrophe, compare: compareNegations,
		canonical: canonicalNegation, mask: maskNegation, masked: true, pairKey: pairNegation},
	{name: KindDirection, read: (*parser).direction, opens: fDirection, compare: compareDirections,
		canonical: canonicalDirection, mask: writeAsIs, about: aboutDirection},
	{name: KindPredicate, read: (*parser).outcome, opens: fOutcome, compare: compareOutcomes,
		canonical: canonicalOutcome, mask: writeAsIs, about: aboutOutcome},
	{name: KindEntity, read: (*parser).name, opens: fUpper | fParticle, compare: compareNames,
		canonical: canonicalName, mask: maskName, anchor: anchorSlot, agrees: sameName},
	{name: KindRole, after: readRoles, compare: compareRoles,
		canonical: writeAsIs, mask: writeAsIs},
}

// reader is the read function of a row of the table and its opens.
type reader struct {
	read  func(*parser, int) (int, bool)
	opens lexFlag
}

// readers are the readers of the table, in its order, and afters its
// after functions, for Extract's loop over tokens (copying a row per token
// costs).
var readers, afters = func() (r []reader, a []func(*parser)) {
	for _, k := range kinds {
		if k.read != nil {
			r = append(r, reader{k.read, k.opens})
		}
		if k.after != nil {
			a = append(a, k.after)
		}
	}
	return r, a
}()

// readersOpen are the flags at which any of readers may read: a token with
// none of them is passed over at once.
var readersOpen = func() (o lexFlag) {
	for _, r := range readers {
		o |= r.opens
	}
	return o
}()

// readerSets[b] has bit j set when readers[j] opens at the flag 1<<b:
// Extract ORs the sets of a token's flags and calls the readers of the
// result, rather than testing each reader at each token.
var readerSets = func() (s [64]uint8) {
	if len(readers) > 8 {
		panic("normalize: more readers than bits in a reader set") // a programming error
	}
	for j, r := range readers {
		for b := range 64 {
			if r.opens&(1<<b) != 0 {
				s[b] |= 1 << j
			}
		}
	}
	return s
}()

// Kinds returns the kinds of fact Extract reads, in the order of the table.
func Kinds() []Kind {
	out := make([]Kind, len(kinds))
	for i, k := range kinds {
		out[i] = k.name
	}
	return out
}

// textless is an anchor that needs no text.
func textless(anchor func(Fact) (string, bool)) func(Fact, string) (string, bool) {
	return func(f Fact, _ string) (string, bool) { return anchor(f) }
}

// maskDrop masks a fact by dropping it.
func maskDrop(*strings.Builder, Fact, string) bool { return true }

// Anchor is a fact that identifies what a claim is about: two sentences
// sharing an anchor's Key state a claim about one thing ("US troops"), and
// when both anchors are Precise and their facts agree, very likely the same
// claim.
type Anchor struct {
	Key     string // the kind, a colon and what the fact is about: "number:troop"
	Precise bool   // exact or "about", not open ("more than 100") or vague ("hundreds")
	Fact    Fact
	// Written is set when the fact's value stays in the masked form (a
	// name that fills a role, "mediator Joran Kessel"): two sentences that
	// agree on it share its words, which the score already counts, so they
	// share the anchor only when their values differ.
	Written bool
}

// Anchors returns the facts of f that identify what a claim is about, in
// text order (see Anchor).
func (f Facts) Anchors() []Anchor {
	var out []Anchor
	for _, x := range f.usable().All {
		if a := kindOf(x).anchor; a != nil {
			if key, precise := a(x, f.Text); key != "" {
				out = append(out, Anchor{string(x.Kind()) + ":" + key, precise, x, !kindOf(x).masked})
			}
		}
	}
	return out
}

// Verdict is the outcome of comparing one fact as two sentences state it.
type Verdict uint8

// Verdicts. The zero value is no verdict.
const (
	// Agree: both state the fact and the values can be the same ("about
	// 2,500" and "2,450"; "Marcheti" and "Marchetti", a spelling variant).
	Agree Verdict = iota + 1
	// Diverge: both state the fact and the values cannot be the same
	// (2,500 and 3,000; "did not attack" and "attacked").
	Diverge
)

func (v Verdict) String() string {
	switch v {
	case Agree:
		return "agree"
	case Diverge:
		return "diverge"
	}
	return "none"
}

// Comparison is one fact compared across two sentences a and b: its kind,
// the verdict and where each sentence states it. Facts that only one
// sentence states, or that are about different things (2,500 troops and 40
// civilians), are not compared and yield no Comparison.
type Comparison struct {
	// Kind is the kind of the fact, or a finer kind of the divergence or
	// note that the fact's row reports.
	Kind    Kind
	Verdict Verdict
	A, B    Span // the fact in a.Text and in b.Text
}

// Note reports whether c is a note on a fact both sentences agree on rather
// than a plain agreement: the row reported a finer kind with Verdict Agree
// (KindSpelling: one name spelt two ways). A reader is told of it, but the
// sentences do not disagree.
func (c Comparison) Note() bool {
	return c.Verdict == Agree && !slices.ContainsFunc(kinds, func(k kind) bool { return k.name == c.Kind })
}

// Compare compares the facts of two sentences, kind by kind in the order of
// the table, and returns every fact both state, agreeing or diverging. It
// is not symmetric in its output (a's spans come first) but it is in its
// verdicts.
func Compare(a, b Facts) []Comparison {
	// The rows are called through the table, so both sides go to the
	// heap: in one allocation.
	sides := &[2]Facts{a.usable(), b.usable()}
	var rows [maxKinds][]Comparison
	n, nonEmpty, last := 0, 0, 0
	for i, k := range kinds {
		if rows[i] = k.compare(&sides[0], &sides[1]); len(rows[i]) > 0 {
			n, nonEmpty, last = n+len(rows[i]), nonEmpty+1, i
		}
	}
	switch nonEmpty {
	case 0:
		return nil
	case 1:
		return rows[last] // each row's comparisons are its own: no copy needed
	}
	out := make([]Comparison, 0, n)
	for _, cs := range rows[:len(kinds)] {
		out = append(out, cs...)
	}
	return out
}

// pairUnmatched compares facts that agree or differ as wholes (dates,
// names): each fact of xs (of a) that agrees with a fact of ys (of b)
// yields an Agree with the first such fact; each fact of xs that agrees
// with none is paired, in text order, with the first fact of ys left that
// agrees with none of xs and that pair accepts, as a Diverge.
func pairUnmatched[T Fact](kind Kind, xs, ys []T, agree, pair func(x, y T) bool) []Comparison {
	var out []Comparison
	// The indexes of the facts left unmatched: a sentence has a few, kept
	// on the stack.
	var uxBuf, uyBuf [8]int
	ux, uy := uxBuf[:0], uyBuf[:0]
	// Both passes below ask agree of the same pairs (of names: costly),
	// so each pair is asked once: 0 not yet, 1 no, 2 yes.
	var askedBuf [64]uint8
	asked := askedBuf[:]
	if len(xs)*len(ys) > len(askedBuf) {
		asked = make([]uint8, len(xs)*len(ys))
	}
	agrees := func(i, j int) bool {
		k := i*len(ys) + j
		if asked[k] == 0 {
			asked[k] = 1
			if agree(xs[i], ys[j]) {
				asked[k] = 2
			}
		}
		return asked[k] == 2
	}
	for i, x := range xs {
		found := false
		for j, y := range ys {
			if agrees(i, j) {
				out = append(out, Comparison{kind, Agree, x.Bounds(), y.Bounds()})
				found = true
				break
			}
		}
		if !found {
			ux = append(ux, i)
		}
	}
	for j := range ys {
		found := false
		for i := range xs {
			if agrees(i, j) {
				found = true
				break
			}
		}
		if !found {
			uy = append(uy, j)
		}
	}
	used := make([]bool, len(uy))
	for _, i := range ux {
		x := xs[i]
		for k, j := range uy {
			if y := ys[j]; !used[k] && pair(x, y) {
				used[k] = true
				out = append(out, Comparison{kind, Diverge, x.Bounds(), y.Bounds()})
				break
			}
		}
	}
	return out
}

// flip swaps the sides of comparisons made with b first.
func flip(cs []Comparison) []Comparison {
	for i := range cs {
		cs[i].A, cs[i].B = cs[i].B, cs[i].A
	}
	return cs
}

// kindNames are the names of the rows of kinds, for kindIndex: set by
// init, as the rows' compare functions look them up.
var kindNames [maxKinds]Kind

func init() {
	if len(kinds) > maxKinds {
		panic("normalize: raise maxKinds to the number of rows of kinds")
	}
	for i, k := range kinds {
		kindNames[i] = k.name
	}
}

// kindIndex returns the index in kinds of the row of kind k.
func kindIndex(k Kind) int {
	for i, name := range kindNames {
		if name == k {
			return i
		}
	}
	panic("normalize: unknown kind " + string(k)) // a row missing from the table: a programming error
}

// kindOf returns the row of the table for fact f.
func kindOf(f Fact) *kind {
	if f == nil {
		return &unknownKind
	}
	k := f.Kind()
	for i := range kinds {
		if kinds[i].name == k {
			return &kinds[i]
		}
	}
	return &unknownKind
}

// unknownKind is the row of a fact the table lacks: a nil Fact or a type
// of the caller's own in a Facts made by hand. It reads, compares and
// writes nothing, so every step passes such a fact over as if it were not
// there.
var unknownKind kind

// Agrees reports whether facts x and y agree when compared alone, as their
// kind's row compares them: both of one kind, and neither diverging from
// the other nor about another thing. Names compared alone have no sentence
// to tell their roles or spellings by, so they agree when their keys match
// (Name.Matches): "Obama" and "Michelle Obama" do, "Ilse Brandt" and "Ilse
// Brant" (a spelling Compare notes) do not.
func Agrees(x, y Fact) bool {
	k := kindOf(x)
	if k != kindOf(y) || k.compare == nil {
		return false // two kinds, or one the table lacks
	}
	if k.agrees != nil {
		return k.agrees(x, y)
	}
	// Scoring asks this of many pairs: both sides in one allocation.
	sides := new(struct {
		a, b   Facts
		xs, ys [1]Fact
	})
	sides.xs[0], sides.ys[0] = x, y
	sides.a.All, sides.b.All = sides.xs[:], sides.ys[:]
	cs := k.compare(&sides.a, &sides.b)
	return len(cs) > 0 && cs[0].Verdict == Agree
}

// StemKey starts a pair key that names a word's stem (see PairKeys).
const StemKey = "\x01"

// PairKeys returns a key for each fact of f that the masked form drops:
// two sentences whose facts share a key state that fact both, and Compare
// would pair them, agreeing or diverging ("number:troop" for a count of
// troops, "date:year" for a year). A key that starts with StemKey is a
// word's stem: the fact is paired when the other sentence has that word
// ("did not attack" against "attacked"). Counting the keys one sentence has
// and the other lacks approximates Unpaired, cheaply, for scoring.
func (f Facts) PairKeys() []string {
	var out []string
	for _, x := range f.usable().All {
		if k := kindOf(x).pairKey; k != nil {
			if key := k(x); key != "" {
				out = append(out, key)
			}
		}
	}
	return out
}

// Unpaired counts the facts of a and b that the other sentence does not
// state at all: no comparison cs (Compare(a, b)) pairs them, agreeing or
// diverging. Only facts that the masked form drops are counted (numbers,
// dates, negations): a name stays in the masked form as words. A sentence
// that states a figure the other is silent on says more than the other,
// whatever the figure; a figure stated by both with other values is a
// divergence, which this count ignores.
func Unpaired(a, b Facts, cs []Comparison) int {
	n := 0
	count := func(f Facts, side func(Comparison) Span) {
		for _, x := range f.All {
			if !kindOf(x).masked {
				continue
			}
			s := x.Bounds()
			if !slices.ContainsFunc(cs, func(c Comparison) bool { return overlaps(side(c), s) }) {
				n++
			}
		}
	}
	count(a, func(c Comparison) Span { return c.A })
	count(b, func(c Comparison) Span { return c.B })
	return n
}

// overlaps reports whether spans s and t share a byte.
func overlaps(s, t Span) bool {
	return s.Start < t.End && t.Start < s.End
}

// About returns what fact x is about, for a reader: the thing a number
// counts ("us troops"); "" when its kind says nothing more than the kind.
func About(x Fact) string {
	if a := kindOf(x).about; a != nil {
		return a(x)
	}
	return ""
}

// CanonicalValue returns fact x of sentence text written one way (see
// Canonical): "about 2000" for "Some 2,000", "january 27 2024" for "Jan.
// 27, 2024"; the folded text where its kind has no canonical form.
func CanonicalValue(x Fact, text string) string {
	k := kindOf(x)
	if k.canonical == nil {
		return "" // a kind the table lacks
	}
	s := x.Bounds()
	if !s.in(text) {
		return "" // not a fact of text
	}
	var b strings.Builder
	if !k.canonical(&b, x, text) {
		return Fold(text[s.Start:s.End])
	}
	return Fold(b.String())
}

// IsValue reports whether facts of kind k state a value that the masked
// form sets aside (a number, a date, a negation), rather than naming who
// or what a claim is about (a name), which stays in the masked form.
func IsValue(k Kind) bool {
	for _, r := range kinds {
		if r.name == k {
			return r.masked
		}
	}
	return false
}
