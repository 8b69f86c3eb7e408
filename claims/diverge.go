package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Kinds of divergence.
const (
	KindNumber   = "number"   // quantities the hedges cannot reconcile
	KindDate     = "date"     // dates that cannot name the same time
	KindEntity   = "entity"   // a different person, place or organisation in the same role
	KindNegation = "negation" // one side states X, the other not X
)

// Divergence is a fact on which two claims of one cluster disagree.
type Divergence struct {
	Kind string `json:"kind"`
	A    Side   `json:"a"`
	B    Side   `json:"b"`
}

// Side is one claim's version of a divergent fact.
type Side struct {
	Source   string `json:"source,omitempty"`
	Sentence int    `json:"sentence"`
	Value    string `json:"value"` // as written, e.g. "about 2,500"
	Start    int    `json:"start"` // byte offsets of Value in the source's text
	End      int    `json:"end"`
}

// String returns a short description such as
// `number: wire "about 2,500" vs daily "3,000"`.
func (d Divergence) String() string {
	return d.Kind + ": " + d.A.String() + " vs " + d.B.String()
}

func (s Side) String() string {
	if s.Source == "" {
		return `"` + s.Value + `"`
	}
	return s.Source + ` "` + s.Value + `"`
}

// claim is a sentence prepared for comparison.
type claim struct {
	Sentence
	text *similarity.Text
}

// side locates span s of claim c in its source.
func (c *claim) side(s normalize.Span) Side {
	return Side{Source: c.Source, Sentence: c.Index, Value: c.Text[s.Start:s.End], Start: c.Start + s.Start, End: c.Start + s.End}
}

// diverge returns the facts on which a and b disagree, a's side first. A
// fact that only one claim mentions is not a divergence: the other claim is
// silent on it, not contradicting it. ea and eb are entities(a) and
// entities(b).
func diverge(a, b *claim, ea, eb []entity) []Divergence {
	var out []Divergence
	out = append(out, numberDivergences(a, b)...)
	out = append(out, dateDivergences(a, b)...)
	out = append(out, entityDivergences(a, b, ea, eb)...)
	out = append(out, negationDivergences(a, b)...)
	out = append(out, flip(negationDivergences(b, a))...)
	return out
}

func flip(ds []Divergence) []Divergence {
	for i := range ds {
		ds[i].A, ds[i].B = ds[i].B, ds[i].A
	}
	return ds
}

// numberDivergences compares numbers per counted thing, in text order: each
// number of a is paired with a compatible number of b counting the same
// thing, or else with the first such number left, which then diverges.
// When b has no number of that thing, the same figure with a unit on one
// side only ("142 mg/dL", "142") is taken for it: the reader found no unit
// for the other, not another one.
func numberDivergences(a, b *claim) []Divergence {
	var out []Divergence
	nb := b.text.Facts.Numbers
	used := make([]bool, len(nb))
	for _, x := range a.text.Facts.Numbers {
		match, first, unitless := -1, -1, -1
		for j, y := range nb {
			if used[j] {
				continue
			}
			if !x.SameThing(y) {
				if unitless < 0 && (x.Unit == "") != (y.Unit == "") && x.Kind == y.Kind && x.Value == y.Value {
					unitless = j
				}
				continue
			}
			if first < 0 {
				first = j
			}
			if x.Compatible(y) {
				match = j
				break
			}
		}
		if first < 0 {
			match = unitless
		}
		switch {
		case match >= 0:
			used[match] = true
		case first >= 0:
			used[first] = true
			out = append(out, Divergence{KindNumber, a.side(x.Span), b.side(nb[first].Span)})
		}
	}
	return out
}

// dateDivergences pairs, in text order, the dates of a that fit no date of
// b with the dates of b that fit none of a. Only dates that state the same
// kind of thing are compared: a year with a year, a day or month without a
// year with its like. "in December" says nothing about which year, so it
// neither confirms nor contradicts "in 2015".
func dateDivergences(a, b *claim) []Divergence {
	fits := func(x, y normalize.Date) bool { return comparable(x, y) && x.Compatible(y) }
	return pairUnmatched(KindDate, a, b, a.text.Facts.Dates, b.text.Facts.Dates, fits, comparable,
		func(d normalize.Date) normalize.Span { return d.Span })
}

// pairUnmatched reports, as divergences of kind, the facts of xs (of a)
// that agree with no fact of ys (of b), each paired in text order with the
// first fact of ys left that agrees with none of xs and that pair accepts.
func pairUnmatched[T any](kind string, a, b *claim, xs, ys []T, agree, pair func(x, y T) bool, span func(T) normalize.Span) []Divergence {
	ux, uy := unmatched(xs, ys, agree), unmatched(ys, xs, agree)
	var out []Divergence
	used := make([]bool, len(uy))
	for _, x := range ux {
		for j, y := range uy {
			if !used[j] && pair(x, y) {
				used[j] = true
				out = append(out, Divergence{kind, a.side(span(x)), b.side(span(y))})
				break
			}
		}
	}
	return out
}

// comparable reports whether two dates state the same kind of thing: both
// name a year, or neither does.
func comparable(x, y normalize.Date) bool {
	return (x.Year != 0) == (y.Year != 0)
}

// entityDivergences reports a name of a that matches no name of b, standing
// in the same role as a name of b that matches none of a (see sameRole).
// ea and eb are entities(a) and entities(b): none for a headline, so that
// a headline diverges on no name.
func entityDivergences(a, b *claim, ea, eb []entity) []Divergence {
	role := func(x, y entity) bool { return sameRole(a.Text, x.Name, b.Text, y.Name) }
	return pairUnmatched(KindEntity, a, b, ea, eb, sameEntity, role,
		func(e entity) normalize.Span { return e.Span })
}

// entity is a name with the forms of it that sameEntity compares, worked
// out once per claim rather than once per pair: a claim meets every other
// claim of its cluster, and clusters of a hundred claims occur (market
// reports told alike by many sources).
type entity struct {
	normalize.Name
	words       []string // of the key
	head        []string // words before the first "of" (see beforeOf)
	compact     string   // letters and digits of the plain name
	initials    string   // of its capitalized words (see initials)
	allInitials string   // of all its words
	last        string   // letters and digits of its plain last word
	plainWords  []string // of the plain name (see pluralOfFirst)
}

// entities returns the names of c with their forms, or none if c is a
// headline in Title Case: when every word is capitalized, capitals say
// nothing about which words are names.
func entities(c *claim) []entity {
	if titleCase(c.Text) {
		return nil
	}
	out := make([]entity, len(c.text.Facts.Names))
	for i, n := range c.text.Facts.Names {
		words, p := strings.Fields(n.Key), plain(n.Text)
		out[i] = entity{
			Name:        n,
			words:       words,
			head:        beforeOf(words),
			compact:     compact(p),
			initials:    initials(n.Text, true),
			allInitials: initials(n.Text, false),
			last:        compact(plain(lastWord(n.Text))),
			plainWords:  strings.Fields(p),
		}
	}
	return out
}

// sameEntity reports whether two names may name the same entity: their keys
// match (spelling variants, aliases, a surname), the words of one begin or
// end the other ("Skagit" / "Skagit River"), both end in the same surname
// ("ECB President Wim Duisenberg" / "European Central Bank President Wim
// Duisenberg"), written without spaces and punctuation one ends or begins
// the other ("DVD-CCA" / "DVD CCA", "@Stake" / "AtStake"), one names the
// family of the other ("the Schindlers" / "Mary Schindler"), their last
// words differ by a typo ("Guangdong" / "Guandong", "Jeffrey" / "Jeffery"),
// or one is an acronym of the other ("IAEA", "CHOGM" for "Commonwealth
// Heads of Government").
func sameEntity(x, y entity) bool {
	if x.Matches(y.Name) {
		return true
	}
	wx, wy := x.words, y.words
	if len(wx) == 0 || len(wy) == 0 {
		return false
	}
	hx, hy := x.head, y.head
	if len(wx) > len(wy) {
		wx, wy, hx, hy = wy, wx, hy, hx
	}
	if slices.Equal(wx, wy[:len(wx)]) || slices.Equal(wx, wy[len(wy)-len(wx):]) {
		return true
	}
	// The same surname: the last word of the name proper, before any "of"
	// ("Maria Lopez of Texas" is a Lopez, not a Texas), unless the other
	// words show two people ("George W. Bush", "Jeb Bush").
	if last := hx[len(hx)-1]; len(hx) > 1 && len(hy) > 1 && len(last) > 3 && last == hy[len(hy)-1] &&
		!givenNamesDiffer(hx[:len(hx)-1], hy[:len(hy)-1]) {
		return true
	}
	// A family by its surname: "the Schindlers" and "Mary Schindler".
	if last := hy[len(hy)-1]; len(hx) == 1 && len(last) > 3 && hx[0] == last+"s" {
		return true
	}
	if pluralOfFirst(x, y) || pluralOfFirst(y, x) {
		return true
	}
	px, py := x.compact, y.compact
	if px == "" || py == "" {
		return false
	}
	if acronymOf(x, py) || acronymOf(y, px) {
		return true
	}
	short, long := px, py
	if len(short) > len(long) {
		short, long = long, short
	}
	if strings.HasPrefix(long, short) || strings.HasSuffix(long, short) {
		return true
	}
	// A typo in the name or its last word, its surname ("Jeffrey" /
	// "Jeffery"); not in the whole of two names with a title, where one
	// slip in "Senator Baker" makes "Senator Barker", another person.
	return typo(x.last, y.last)
}

// givenNamesDiffer reports whether the words before two names' shared
// surname name two people: the given name of each (its last word that is
// not an initial) starts with a letter no word of the other starts with.
// "Hal" and "Harold W." may be one man, and so may "Louise" and "Louise
// McIntosh"; "George W." and "Jeb" are two.
func givenNamesDiffer(x, y []string) bool {
	return givenAbsent(x, y) && givenAbsent(y, x)
}

// givenAbsent reports whether the given name of x starts with a letter no
// word of y (initials aside) starts with.
func givenAbsent(x, y []string) bool {
	i := len(x) - 1
	for i >= 0 && len(x[i]) < 2 {
		i--
	}
	if i < 0 {
		return false
	}
	return !slices.ContainsFunc(y, func(w string) bool { return len(w) > 1 && w[0] == x[i][0] })
}

// pluralOfFirst reports whether the one word of name a is the plural of the
// first word of the longer name b: a group or place named by its first word
// ("Sunnis", "Sunni Arabs"; "the Solomons", "the Solomon Islands").
func pluralOfFirst(a, b entity) bool {
	wa, wb := a.plainWords, b.plainWords
	return len(wa) == 1 && len(wb) > 1 && len(wb[0]) > 3 && wa[0] == wb[0]+"s"
}

// typo reports whether words a and b (plain and compact), long enough for
// one slip to be a typo rather than another name, differ by one slip: a
// letter added, dropped or changed ("guangdong" / "guandong"), or two
// neighbours swapped ("indianapolis" / "indianapoils").
func typo(a, b string) bool {
	if a == b || min(len(a), len(b)) < 6 || max(len(a), len(b)) > 64 {
		return false // the same word is no typo: same surnames are judged above
	}
	if len(a) == len(b) {
		i := 0
		for a[i] == b[i] {
			i++
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true
		}
	}
	return len(a)-len(b) <= 1 && len(b)-len(a) <= 1 &&
		similarity.Levenshtein(a, b) >= 1-1.5/float64(max(len(a), len(b)))
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	var last normalize.Span
	for w := range words(s) {
		last = w
	}
	return s[last.Start:last.End]
}

// acronymOf reports whether the folded, compact word acr stands for name:
// it spells the initials of name's capitalized words ("IAEA"), or begins
// with the initials of all of name's words, the small ones too, when name
// is a shortened form of what acr abbreviates ("CHOGM" for "Commonwealth
// Heads of Government").
func acronymOf(name entity, acr string) bool {
	if name.initials == acr {
		return true
	}
	all := name.allInitials
	return len(all) >= 3 && len(acr) > len(all) && strings.HasPrefix(acr, all)
}

// beforeOf returns the words of a name key before its first "of".
func beforeOf(words []string) []string {
	if i := slices.Index(words, "of"); i > 0 {
		return words[:i]
	}
	return words
}

// plain folds a name and drops a possessive ending.
func plain(name string) string {
	f := normalize.Fold(name)
	return strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
}

// compact drops everything but letters and digits.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// initials returns the folded first letters of the words of s, only the
// capitalized ones if capitalized: "International Atomic Energy Agency"
// gives "iaea", "Heads of Government" "hg" or "hog".
func initials(s string, capitalized bool) string {
	var b strings.Builder
	for w := range words(s) {
		if r, _ := utf8.DecodeRuneInString(s[w.Start:]); unicode.IsUpper(r) || !capitalized {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return "\x00" // too short to stand for anything
	}
	return b.String()
}

// negationDivergences reports each negation of a whose predicate b states
// without negating it: a says "did not attack", b says "attacked". b
// negates it too when the word lies in the scope of one of b's negations
// ("no immediate evidence") or follows a negative word in its clause
// ("declined to give details", "refusal to take part"). A predicate that
// is a common word is not found inside a name: "denied the drug
// application" says nothing of "the Food and Drug Administration".
func negationDivergences(a, b *claim) []Divergence {
	var out []Divergence
	for _, n := range a.text.Facts.Negations {
		if n.Predicate == "" || hasSame(n, b.text.Facts.Negations) || inName(a.Text, n.Span) {
			continue
		}
		p, found := findStem(a.Text, n.Scope, n.Predicate, nil)
		var inNameOfB func(normalize.Span) bool
		if !found || !withinName(a, p) {
			inNameOfB = func(w normalize.Span) bool { return withinName(b, w) }
		}
		at, ok := findStem(b.Text, normalize.Span{End: len(b.Text)}, n.Predicate, inNameOfB)
		if !ok || negated(b, at) {
			continue // b does not speak of it, or negates it as well
		}
		end := n.End
		if found {
			end = max(end, p.End)
		}
		out = append(out, Divergence{KindNegation, a.side(normalize.Span{Start: n.Start, End: end}), b.side(at)})
	}
	return out
}

// withinName reports whether span w of c lies inside one of c's names.
func withinName(c *claim, w normalize.Span) bool {
	return slices.ContainsFunc(c.text.Facts.Names, func(n normalize.Name) bool { return n.Start <= w.Start && w.End <= n.End })
}

// inName reports whether a negation cue is part of a name or compound
// rather than a negation: capitalized inside the sentence ("the Do Not Call
// list") or joined by hyphens ("do-not-call").
func inName(text string, cue normalize.Span) bool {
	r, _ := utf8.DecodeRuneInString(text[cue.Start:])
	if unicode.IsUpper(r) && strings.TrimSpace(text[:cue.Start]) != "" {
		return true
	}
	return (cue.Start > 0 && text[cue.Start-1] == '-') || (cue.End < len(text) && text[cue.End] == '-')
}

// negated reports whether the word at span w of c is negated.
func negated(c *claim, w normalize.Span) bool {
	for _, n := range c.text.Facts.Negations {
		if n.Start <= w.Start && w.End <= max(n.Scope.End, n.End) && !inName(c.Text, n.Span) {
			return true
		}
	}
	// A negative word among the few words before it, within its clause.
	clause := c.Text[:w.Start]
	clause = clause[strings.LastIndexAny(clause, ",;:()")+1:]
	var before []string
	for v := range words(clause) {
		before = append(before, normalize.Fold(clause[v.Start:v.End]))
	}
	for _, word := range before[max(0, len(before)-5):] {
		if negativeWords[word] {
			return true
		}
	}
	return false
}

// negativeWords negate what follows them without being negation cues of
// their own: nouns and verbs of refusal and lack, adverbs of rarity
// ("rarely keep"), "unless" ("unless repealed" is "if not repealed"), and
// contractions written without their apostrophe. Only their presence
// counts, so a double negation ("unless ... not changed") reads as one.
var negativeWords = map[string]bool{
	"no": true, "not": true, "never": true, "nothing": true, "none": true, "neither": true, "nor": true,
	"nobody": true, "rarely": true, "seldom": true, "hardly": true, "barely": true, "unless": true,
	"without": true, "failure": true, "failed": true, "fails": true, "refusal": true, "refused": true,
	"refuses": true, "declined": true, "declines": true, "lack": true, "lacked": true, "inability": true,
	"unable": true, "denied": true, "denies": true, "dont": true, "doesnt": true, "didnt": true,
	"cant": true, "couldnt": true, "wont": true, "wouldnt": true, "isnt": true, "wasnt": true,
	"arent": true, "werent": true, "hasnt": true, "havent": true, "hadnt": true, "shouldnt": true,
}

func hasSame(n normalize.Negation, ns []normalize.Negation) bool {
	for _, m := range ns {
		if n.Same(m) {
			return true
		}
	}
	return false
}

// unmatched returns the facts of xs that agree with no fact of ys.
func unmatched[T any](xs, ys []T, agree func(T, T) bool) []T {
	var out []T
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if agree(x, y) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// findStem returns the first word within span s of text whose stem is stem,
// passing over the words skip reports (skip may be nil).
func findStem(text string, s normalize.Span, stem string, skip func(normalize.Span) bool) (normalize.Span, bool) {
	for w := range words(text[s.Start:s.End]) {
		w = normalize.Span{Start: s.Start + w.Start, End: s.Start + w.End}
		if normalize.Stem(normalize.Fold(text[w.Start:w.End])) == stem && (skip == nil || !skip(w)) {
			return w, true
		}
	}
	return normalize.Span{}, false
}

// sameRole reports whether name x of text a and name y of text b stand in
// the same role: the same title opens both ("President X" / "President
// Y"), the same content word stands just before or after them ("Minister X"
// / "Minister Y", "X said" / "Y said"), or the same two words, whatever they
// are, stand on one side of both.
func sameRole(a string, x normalize.Name, b string, y normalize.Name) bool {
	xw, yw := strings.Fields(x.Key), strings.Fields(y.Key)
	if len(xw) > 1 && len(yw) > 1 && xw[0] == yw[0] {
		return true
	}
	xb, xa := surroundings(a, x.Span)
	yb, ya := surroundings(b, y.Span)
	near := func(p, q []string, i int) bool {
		return len(p) > i && len(q) > i && p[i] == q[i] && !functionWords[p[i]]
	}
	two := func(p, q []string) bool { return len(p) == 2 && slices.Equal(p, q) }
	return near(xb, yb, 0) || near(xa, ya, 0) || two(xb, yb) || two(xa, ya)
}

// surroundings returns up to two folded words on each side of span s of text,
// nearest first.
func surroundings(text string, s normalize.Span) (before, after []string) {
	// Only the last two words before the span are kept: no need to fold
	// the rest of a long sentence.
	var last [2]normalize.Span
	n := 0
	for w := range words(text[:s.Start]) {
		last[0], last[1] = last[1], w
		n++
	}
	for i := 1; i >= max(0, 2-n); i-- {
		before = append(before, normalize.Fold(text[last[i].Start:last[i].End]))
	}
	for w := range words(text[s.End:]) {
		if after = append(after, normalize.Fold(text[s.End+w.Start:s.End+w.End])); len(after) == 2 {
			break
		}
	}
	return before, after
}

var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for with from as into onto
	over under about after before than that this these those its his her their our your my is are was were
	be been has have had will would can could should may might must do does did s`) {
		functionWords[w] = true
	}
}

// titleCase reports whether s reads as a headline: no closing full stop
// and most longer words capitalized ("Talks on Troop Presence Highlight
// Sovereignty Concerns"). A sentence dense with names still ends in a stop.
func titleCase(s string) bool {
	if t := strings.TrimRight(s, " \"'”’)"); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return false
	}
	upper, long := 0, 0
	for w := range words(s) {
		word := s[w.Start:w.End]
		if len(word) < 4 {
			continue // function words stay lower case in headlines
		}
		long++
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && upper*10 >= long*7
}

// words yields the spans of the runs of letters and digits in s.
func words(s string) func(yield func(normalize.Span) bool) {
	return func(yield func(normalize.Span) bool) {
		start := -1
		for i := 0; i <= len(s); {
			r, size := utf8.RuneError, 1
			if i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			in := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r))
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(normalize.Span{Start: start, End: i}) {
					return
				}
				start = -1
			}
			i += size
		}
	}
}
