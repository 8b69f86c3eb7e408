package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Negation is a cue that negates part of the sentence.
type Negation struct {
	Span
	// Cue is the cue as folded text: "not", "never", "n't", "deny", "fail
	// to", and the implied negations "decline to", "unable to", "unlikely
	// to", "yet to" ("has yet to be approved"), "refrain from", "free of"
	// (also for "free from": "free of charge"), "stop short of", "unhurt"
	// (also for "unharmed", "uninjured", "unscathed": not hurt), and "only if" (also for "on condition that").
	Cue string
	// Scope is what the cue negates: from the cue to the end of its clause.
	// Empty (Start == End) when nothing follows the cue. For a condition
	// ("will sign only if"), which restricts what precedes it, from the
	// predicate to the condition's word.
	Scope Span
	// Predicate is the stem (see Stem) of the first content word of Scope:
	// "did not attack the base" negates "attack". "" when there is none.
	Predicate string
}

// negation reads a negation cue at token i and what it negates.
func (p *parser) negation(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord {
		return i, false
	}
	// The cue, or what it starts with, by the word: see negationCues (only
	// words with fNegationCue are keys; the others, with an apostrophe,
	// may end in "n't").
	cue, end := "", i+1
	if t.lc == "on" && p.lcAt(i+1) != "condition" && p.lcAt(i+1) != "the" {
		return i, false // "on condition that": "on" alone, the commonest cue word, is none
	}
	if t.lex&fNegationCue != 0 {
		cue, _ = negationCuesByEntry.of(t)
	}
	switch cue {
	case "not":
		switch p.lcAt(i + 1) {
		case "only", "just", "merely", "least":
			return i, false // "not only ... but also" affirms
		}
		if p.lcAt(i-1) == "or" || p.lcAt(i-1) == "if" {
			return i, false // "whether or not", "if not"
		}
		cue = "not"
	case "no":
		if noDeterminers[p.lcAt(i-1)] || noVote[p.lcAt(i+1)] && (p.is(i-1, fCardinal) || p.kindAt(i-1) == tNum || p.lcAt(i-1) == "her" || p.lcAt(i-1) == "both") {
			return i, false // "cast the two no votes", "a no vote": a vote against
		}
		if p.lcAt(i+1) == "." && p.glued(i+1) {
			if p.is(i+2, fCardinal) || p.kindAt(i+2) == tNum {
				return i, false // "No. 2", "No. two"
			}
		}
		cue = "no"
		if p.lcAt(i+1) == "longer" {
			cue, end = "no longer", i+2
		}
	case "unhurt":
		// "escaped unharmed", "was uninjured": not hurt, a casualty's
		// negation ("was injured", "were hurt" state one: see
		// sameOutcomeWord).
		span := p.span(i, i+1)
		p.add(Negation{Span: span, Cue: "unhurt", Scope: span, Predicate: "hurt"}, span.Start)
		p.negations++
		return i + 1, true
	case "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "nowhere", "deny":
		// The word is its own cue.
	case "fail to", "refuse to", "unable to", "unlikely to":
		if p.lcAt(i+1) != "to" {
			return i, false
		}
		end = i + 2
	case "decline to":
		// "declined to confirm", "declined, through a spokesman, to
		// comment"; "declined to 5%" is a fall (direction.go).
		k := i + 1
		if p.lcAt(k) == "," {
			for k++; k < i+10 && k < len(p.toks) && p.lcAt(k) != ","; k++ {
			}
			k++
		}
		if p.lcAt(k) != "to" || p.opensFigure(k+1) || p.kindAt(k+1) != tWord {
			return i, false
		}
		end = k + 1
	case "yet to":
		// "has yet to be approved": not approved so far.
		switch p.lcAt(i - 1) {
		case "has", "have", "had", "is", "are", "was", "were", "remain", "remains", "remained":
		default:
			return i, false
		}
		if p.lcAt(i+1) != "to" {
			return i, false
		}
		end = i + 2
	case "refrain from":
		if p.lcAt(i+1) != "from" {
			return i, false
		}
		end = i + 2
	case "free of":
		// "free of charge", "free from infection": without it.
		if p.lcAt(i+1) != "of" && p.lcAt(i+1) != "from" {
			return i, false
		}
		// "broke free of his captors", "pulled the driver free of the
		// wreckage", "walked free from prison": out of a place.
		for j := i - 1; j >= 0 && j >= i-4 && p.kindAt(j) == tWord; j-- {
			if breakFree[p.lcAt(j)] {
				return i, false
			}
		}
		end = i + 2
	case "stop short of":
		if p.lcAt(i+1) != "short" || p.lcAt(i+2) != "of" {
			return i, false
		}
		end = i + 3
	case "only if":
		return p.onlyIf(i, i+1)
	case "on condition that":
		// "on condition that" is "only if".
		if p.lcAt(i+1) == "the" {
			if end, ok := p.match(i+2, []string{"condition", "that"}); ok {
				return p.onlyIf(i, end-1)
			}
		}
		if end, ok := p.match(i+1, []string{"condition", "that"}); ok {
			return p.onlyIf(i, end-1)
		}
		return i, false
	default:
		if w := t.lc; strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			cue = "n't"
		} else {
			return i, false
		}
	}
	n := Negation{Span: p.span(i, end), Cue: cue}
	k := end
	// "none of the tank cars was breached" negates "breached", not "tank":
	// what a partitive names exists; the predicate follows its verb when
	// that is an auxiliary in the clause ("was breached"); after a verb
	// of its own ("none of the miners survived") it stays the noun.
	from := end
	if cue == "none" && p.lcAt(end) == "of" {
		for j := end + 1; j < len(p.toks) && !p.is(j, fClauseEnd) && !(p.toks[j].kind == tPunct && strings.ContainsAny(p.toks[j].lc, ",;:.!?()")); j++ {
			if auxiliaries[p.lcAt(j)] {
				from = j
				break
			}
		}
	}
	for k < len(p.toks) {
		tk := &p.toks[k]
		// An abbreviation's point goes on ("until Mar. 9"): a number or a
		// lower-case word follows it, not a new sentence.
		abbrev := tk.lc == "." && p.glued(k) && k+1 < len(p.toks) &&
			(p.kindAt(k+1) == tNum || p.kindAt(k+1) == tWord && !p.toks[k+1].isUpper())
		if tk.kind == tPunct && !isDash(tk.lc) && !p.is(k, fQuote) && tk.lc != "$" && tk.lc != "%" && !abbrev {
			break
		}
		if tk.kind == tWord && p.is(k, fClauseEnd) {
			break
		}
		if n.Predicate == "" && k >= from && tk.kind == tWord && !tk.isUpper() && !p.is(k, fNegationFiller|fStop) && !strings.HasSuffix(tk.lc, "ly") {
			n.Predicate = Stem(p.s[tk.Start:tk.End]) // Stem folds; tk.lc is scratch memory
		}
		k++
	}
	n.Scope = Span{t.End, t.End}
	if end < len(p.toks) {
		n.Scope.Start = p.toks[end].Start
		n.Scope.End = n.Scope.Start
	}
	if k > end {
		n.Scope = p.span(end, k)
	}
	p.add(n, n.Start)
	p.negations++
	return end, true
}

// onlyIf reads a condition that restricts the predicate before it, at
// token i, whose word ("if", "that") is token cond: "will sign only if the
// tariff is dropped" implies that without it there is no signing, which
// "will sign if the tariff is dropped" does not say; so does "on condition
// that". The cue runs from i to cond ("only", "on condition"); the scope
// from the predicate to the condition's word, and the predicate is the last
// content word before the cue in its clause.
func (p *parser) onlyIf(i, cond int) (int, bool) {
	if cond == i+1 {
		switch p.lcAt(cond) {
		case "if", "when", "after":
		default:
			return i, false
		}
	}
	for k := i - 1; k >= 0; k-- {
		tk := &p.toks[k]
		if tk.kind == tPunct || p.is(k, fClauseEnd) {
			break
		}
		if tk.kind != tWord || tk.isUpper() || p.is(k, fNegationFiller|fStop) || strings.HasSuffix(tk.lc, "ly") {
			continue
		}
		span := p.span(i, cond)
		p.add(Negation{Span: span, Cue: "only if",
			Scope: p.span(k, cond+1), Predicate: Stem(p.s[tk.Start:tk.End])}, span.Start)
		p.negations++
		return cond, true
	}
	return i, false
}

// negationCues are the words that open a negation cue, with the cue they
// open when the words after them follow ("fail" opens "fail to"); the cue
// is the word itself for most. A word that ends in "n't" opens one too.
var negationCues = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "nowhere", "deny"} {
		m[w] = w
	}
	for _, c := range []struct {
		cue   string
		words []string
	}{
		{"deny", []string{"denies", "denied", "denying"}},
		{"fail to", []string{"fail", "fails", "failed", "failing"}},
		{"refuse to", []string{"refuse", "refuses", "refused", "refusing"}},
		{"decline to", []string{"decline", "declines", "declined", "declining"}},
		{"unable to", []string{"unable"}},
		{"unlikely to", []string{"unlikely"}},
		{"yet to", []string{"yet"}},
		{"refrain from", []string{"refrain", "refrains", "refrained", "refraining"}},
		{"free of", []string{"free"}},
		{"unhurt", []string{"unhurt", "unharmed", "uninjured", "unscathed", "unwounded"}},
		{"stop short of", []string{"stop", "stops", "stopped", "stopping"}},
		{"only if", []string{"only"}},
		{"on condition that", []string{"on"}},
	} {
		for _, w := range c.words {
			m[w] = c.cue
		}
	}
	return m
}()

// quoteMarks do not end the scope of a negation: "not “warned” it".
var quoteMarks = set("'", "\"", "‘", "’", "“", "”", "«", "»")

// Same reports whether a and b negate the same predicate: "did not attack"
// and "never attacked" do, "did not attack" and "did not retreat" do not.
// A claim whose negations have no Same partner in the other claim says
// "not X" where the other says "X".
func (a Negation) Same(b Negation) bool {
	return a.Predicate == b.Predicate
}

// contraction expands a folded word ending in "n't": "didn't" -> "did not".
func contraction(w string) string {
	switch w {
	case "can't":
		return "can not"
	case "won't":
		return "will not"
	case "shan't":
		return "shall not"
	}
	return strings.TrimSuffix(w, "n't") + " not"
}

// KindNegation is the kind of negation: one sentence states a predicate the
// other negates ("did not attack", "attacked").
const KindNegation Kind = "negation"

// Kind implements Fact.
func (Negation) Kind() Kind { return KindNegation }

func canonicalNegation(b *strings.Builder, f Fact, text string) bool {
	n := f.(Negation)
	if n.Cue != "n't" {
		return false
	}
	b.WriteString(contraction(Fold(text[n.Start:n.End])))
	return true
}

// compareNegations reports, both ways, each negation whose predicate the
// other sentence states without negating it (they diverge), and each
// negation the other sentence shares (they agree).
func compareNegations(a, b *Facts) []Comparison {
	na, nb := of[Negation](a), of[Negation](b)
	if len(na) == 0 && len(nb) == 0 {
		return nil
	}
	var out []Comparison
	for _, n := range na {
		for _, m := range nb {
			if n.Predicate != "" && n.Same(m) {
				out = append(out, Comparison{KindNegation, Agree, n.Span, m.Span})
				break
			}
		}
	}
	out = append(out, negationDivergences(a, na, b, nb)...)
	return append(out, flip(negationDivergences(b, nb, a, na))...)
}

// negationDivergences reports each negation of a whose predicate b states
// without negating it: a says "did not attack", b says "attacked". b
// negates it too when the word lies in the scope of one of b's negations
// ("no immediate evidence") or follows a negative word in its clause
// ("declined to give details", "refusal to take part"). A predicate that
// is a common word is not found inside a name: "denied the drug
// application" says nothing of "the Food and Drug Administration".
func negationDivergences(a *Facts, na []Negation, b *Facts, nb []Negation) []Comparison {
	var out []Comparison
	inNameOfA, inNameOfB := nameCover(a), nameCover(b)
	for _, n := range na {
		if n.Predicate == "" && !slices.ContainsFunc(nb, n.Same) {
			if span, at, ok := affirmedFrame(a, n, b); ok && !negated(b, nb, at) {
				out = append(out, Comparison{KindNegation, Diverge, span, at})
			}
			continue
		}
		if n.Predicate == "" || slices.ContainsFunc(nb, n.Same) || cueInName(a.Text, n.Span) || affirms(a, na, n) {
			continue
		}
		p, found := findStem(a.Text, n.Scope, n.Predicate, nil)
		var inName func(Span) bool
		if !found || !inNameOfA(p) {
			inName = inNameOfB
		}
		at, ok := findStem(b.Text, Span{End: len(b.Text)}, n.Predicate, inName)
		if !ok {
			at, ok = sameOutcomeWord(b, n.Predicate)
		}
		if !ok && found {
			word := phrasal(a.Text, p)
			if negatesForm(b, nb, word) {
				continue // "no testimony" against "not testified"
			}
			at, ok = derivedIn(b, word, inNameOfB)
		}
		if !ok || negated(b, nb, at) || n.Cue == "no" && subjectOfNegated(b, nb, at) {
			continue // b does not speak of it, or negates it as well
		}
		span := n.Span
		if found {
			span = Span{min(span.Start, p.Start), max(span.End, p.End)}
		}
		if n.Cue == "only if" {
			span = Span{min(span.Start, n.Scope.Start), max(span.End, n.Scope.End)}
		}
		out = append(out, Comparison{KindNegation, Diverge, span, at})
	}
	return out
}

// affirms reports whether f, whose negations are ns, also reports the
// casualty n denies, outside n and without negating it: "Three people were
// hurt but the pilot was unhurt" denies the pilot's injury, not the
// three's, and does not contradict "Three people were hurt". Which
// subject each is of the words do not tell: a sentence that reports both
// is no divergence. Only casualties: a word said both ways elsewhere ("This
// is America's war. It's not Obama's war.") is most often the same thing
// affirmed and denied.
func affirms(f *Facts, ns []Negation, n Negation) bool {
	w, ok := outcomeWords[n.Predicate]
	if !ok || w.class != "casualty" {
		return false
	}
	for _, x := range f.All {
		if o, ok := x.(Outcome); ok && o.Class == w.class && o.Value == w.value &&
			!overlaps(o.Span, n.Span) && !overlaps(o.Span, n.Scope) && !negated(f, ns, o.Span) {
			return true
		}
	}
	return false
}

// sameOutcomeWord finds in f a casualty of the family of the negated stem,
// which is not the same word: "no deaths" against "were killed" (WordNet
// has kill cause die, a relation its table here does not keep; derivedIn
// finds "died").
func sameOutcomeWord(f *Facts, stem string) (Span, bool) {
	w, ok := outcomeWords[stem]
	if !ok || w.class != "casualty" {
		return Span{}, false
	}
	for _, x := range f.All {
		if o, ok := x.(Outcome); ok && o.Class == w.class && o.Value == w.value {
			return o.Span, true
		}
	}
	return Span{}, false
}

// negatesForm reports whether one of the negations ns of f negates a form
// of word (see derivedIn): "no testimony" negates a form of "testified".
func negatesForm(f *Facts, ns []Negation, word string) bool {
	for _, m := range ns {
		if q, ok := findStem(f.Text, m.Scope, m.Predicate, nil); ok && m.Predicate != "" {
			if _, ok := derivedIn(&Facts{Text: f.Text[q.Start:q.End]}, word, nil); ok {
				return true
			}
		}
	}
	return false
}

// derivationSenses is how many senses of each word derivedIn counts: the
// first two relate "resignation" and "resigned", "agreement" and
// "agreed", and few coincidences (see internal/wordnet, "The sense cap").
const derivationSenses = 2

// firstWord returns the first word of s, lower case, without the
// punctuation after it.
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " "), " ")
	return strings.ToLower(strings.TrimRight(w, ",.;:!?"))
}

// phrasal returns the word at span w of text, or the phrasal verb it
// opens with the particle after it, as WordNet writes it ("rule_out" for
// "ruled out"): "rule" is derivationally related to "governor" through its
// sense "govern", which "ruled out" does not have.
func phrasal(text string, w Span) string {
	word := text[w.Start:w.End]
	switch particle := firstWord(text[w.End:]); particle {
	case "out", "off", "up", "down", "away", "back", "over":
		if c, ok := wordnet.Collocation(Fold(word), particle); ok {
			return c
		}
	}
	return word
}

// derivedIn finds in f a form of word: a word with the same base form
// ("sold", "sell"), or one that WordNet 3.0 derives from word or word from
// it in the first senses of each ("no deaths" against "died", "no
// approval" against "approved", "no injuries" against "injured"). Not a
// synonym: "evidence" is no form of "testify". A phrasal verb (see
// phrasal: "give_up") is found as its verb followed by its particle ("gave
// up"), or by the derivations of the phrasal verb itself. Words skip
// reports are passed over (skip may be nil).
func derivedIn(f *Facts, word string, skip func(Span) bool) (Span, bool) {
	var lemmaBuf, phrasalBuf [8]wordnet.Lemma
	var idBuf [32]wordnet.ID
	verb, particle, isPhrasal := strings.Cut(word, "_")
	lemmas := wordnet.AppendLemmas(lemmaBuf[:0], Fold(verb), wordnet.Noun|wordnet.Verb|wordnet.Adj)
	derived := lemmas
	if isPhrasal {
		derived = wordnet.AppendLemmas(phrasalBuf[:0], word, wordnet.Verb)
	}
	want := derivations(idBuf[:0], derived)
	if len(lemmas) == 0 {
		return Span{}, false
	}
	var lb [8]wordnet.Lemma
	var buf [32]wordnet.ID
	for w := range Words(f.Text) {
		v := Fold(f.Text[w.Start:w.End])
		if IsStopWord(v) || skip != nil && skip(w) {
			continue
		}
		ls := wordnet.AppendLemmas(lb[:0], v, wordnet.Noun|wordnet.Verb|wordnet.Adj)
		for _, l := range ls {
			if slices.ContainsFunc(lemmas, func(m wordnet.Lemma) bool { return m.Text == l.Text }) &&
				(!isPhrasal || firstWord(f.Text[w.End:]) == particle) {
				return w, true
			}
		}
		for _, id := range derivations(buf[:0], ls) {
			if slices.Contains(want, id) {
				return w, true
			}
		}
	}
	return Span{}, false
}

// derivations appends to dst the ids of the derivational links (see
// internal/wordnet, "Meaning ids") of the first derivationSenses senses of
// lemmas.
func derivations(dst []wordnet.ID, lemmas []wordnet.Lemma) []wordnet.ID {
	for _, l := range lemmas {
		dst = wordnet.AppendMeanings(dst, l.Text, l.POS, derivationSenses)
	}
	return slices.DeleteFunc(dst, func(id wordnet.ID) bool { return !id.Derived() })
}

// nameCover returns withinName for f. With many names (a long sentence)
// it answers from the names sorted by start, with the furthest end of each
// prefix: a scan of the facts for each negation and each word looked up
// cost the square of the sentence's length.
func nameCover(f *Facts) func(Span) bool {
	if len(f.All) <= 32 {
		return func(w Span) bool { return withinName(f, w) }
	}
	var names []Span
	for _, x := range f.All {
		if n, ok := x.(Name); ok {
			names = append(names, n.Span)
		}
	}
	slices.SortFunc(names, func(s, t Span) int { return s.Start - t.Start })
	reach := make([]int, len(names))
	for i, s := range names {
		reach[i] = s.End
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	return func(w Span) bool { return reachAt(names, reach, w.Start) >= w.End }
}

// withinName reports whether span w of f's sentence lies inside one of its names.
func withinName(f *Facts, w Span) bool {
	return slices.ContainsFunc(f.All, func(x Fact) bool {
		n, ok := x.(Name)
		return ok && n.Start <= w.Start && w.End <= n.End
	})
}

// cueInName reports whether a negation cue is part of a name or compound
// rather than a negation: capitalized inside the sentence ("the Do Not Call
// list") or joined by hyphens ("do-not-call").
func cueInName(text string, cue Span) bool {
	r, _ := utf8.DecodeRuneInString(text[cue.Start:])
	if unicode.IsUpper(r) && strings.TrimSpace(text[:cue.Start]) != "" {
		return true
	}
	return (cue.Start > 0 && text[cue.Start-1] == '-') || (cue.End < len(text) && text[cue.End] == '-')
}

// negated reports whether the word at span w of f's sentence, whose
// negations are ns, is negated.
func negated(f *Facts, ns []Negation, w Span) bool {
	if negatedByCue(f, ns, w) {
		return true
	}
	// A negative word among the few words before it, within its clause.
	clause := f.Text[:w.Start]
	clause = clause[strings.LastIndexAny(clause, clauseMarks)+1:]
	var before []string
	for v := range Words(clause) {
		before = append(before, Fold(clause[v.Start:v.End]))
	}
	for _, word := range before[max(0, len(before)-negativeReach):] {
		if negativeWords[word] {
			return true
		}
	}
	return false
}

// subjectOfNegated reports whether the word at span w of f's sentence,
// whose negations are ns, is followed in its clause, within negativeReach
// words, by a cue that negates a verb ("not", "n't", "never") and no
// word that opens another clause: the subject of a negated verb. "Financial
// information was not affected" denies what "no financial data was
// exposed" denies, a "no" before the subject. A "not" or "never" negates
// the verb when it follows an auxiliary, adverbs aside ("were not moved",
// "have still not been moved"), or the subject itself; after a verb it
// negates something else ("were hurt but not seriously", "moved to wards
// not far away").
func subjectOfNegated(f *Facts, ns []Negation, w Span) bool {
	for _, n := range ns {
		if n.Start < w.End || n.Cue != "not" && n.Cue != "n't" && n.Cue != "never" {
			continue // before it, or no negated verb: "a guarantee that no jobs"
		}
		between := f.Text[w.End:n.Start]
		if strings.ContainsAny(between, clauseMarks) {
			continue
		}
		words := 0
		last := "" // the last word before the cue that is no adverb
		for v := range Words(between) {
			word := Fold(between[v.Start:v.End])
			if subordinators[word] {
				words = negativeReach // the verb of another clause
			}
			words++
			adverb := !auxiliaries[word] && (auxiliary(word) || len(word) > 4 && strings.HasSuffix(word, "ly")) // "still", "reportedly"
			if !adverb {
				last = word
			}
		}
		// "n't" is glued to its auxiliary.
		if words < negativeReach && (n.Cue == "n't" || last == "" || auxiliaries[last]) {
			return true
		}
	}
	return false
}

// subordinators open a clause within a clause: a negation after one
// negates that clause's verb.
var subordinators = set("that", "which", "who", "whom", "whose", "because", "if", "when", "while", "although", "unless")

// clauseMarks end the clause a negative word reaches over.
const clauseMarks = ",;:()"

// negativeReach is how many words before it a negative word negates.
const negativeReach = 5

// negatedByCue reports whether a negation of ns negates the word at span
// w: it is in the cue's scope, or the object the cue negates follows it.
func negatedByCue(f *Facts, ns []Negation, w Span) bool {
	for _, n := range ns {
		// In the scope, not the cue itself: "has not declined to comment"
		// negates "declined", which no cue of its own negates.
		if n.Scope.Start <= w.Start && w.End <= n.Scope.End && !overlaps(n.Span, w) && !cueInName(f.Text, n.Span) {
			return true
		}
	}
	// A verb whose object a cue negates: "gave no details" is "did not
	// give details".
	for _, n := range ns {
		switch n.Cue {
		case "no", "nothing", "none", "neither", "nobody":
			if n.Start >= w.End && strings.TrimSpace(f.Text[w.End:n.Start]) == "" {
				return true
			}
		}
	}
	return false
}

// negativeWords negate what follows them without being negation cues of
// their own: nouns and verbs of refusal and lack, adverbs of rarity
// ("rarely keep"), "unless" ("unless repealed" is "if not repealed"), and
// contractions written without their apostrophe. Only their presence
// counts, so a double negation ("unless ... not changed") reads as one.
var negativeWords = set(
	"no", "not", "never", "nothing", "none", "neither", "nor",
	"nobody", "rarely", "seldom", "hardly", "barely", "unless",
	"without", "failure", "failed", "fails", "refusal", "refused",
	"refuses", "declined", "declines", "lack", "lacked", "inability",
	"unable", "denied", "denies", "dont", "doesnt", "didnt",
	"cant", "couldnt", "wont", "wouldnt", "isnt", "wasnt",
	"arent", "werent", "hasnt", "havent", "hadnt", "shouldnt",
)

// findStem returns the first word within span s of text whose stem is stem,
// passing over the words skip reports (skip may be nil).
func findStem(text string, s Span, stem string, skip func(Span) bool) (Span, bool) {
	for w := range Words(text[s.Start:s.End]) {
		w = Span{s.Start + w.Start, s.Start + w.End}
		if Stem(text[w.Start:w.End]) == stem && (skip == nil || !skip(w)) {
			return w, true
		}
	}
	return Span{}, false
}

// maskNegation masks a negation by dropping its cue: "did not attack" is
// "did attack", "didn't attack" "did attack".
func maskNegation(b *strings.Builder, f Fact, text string) bool {
	n := f.(Negation)
	if n.Cue == "n't" {
		w := Fold(text[n.Start:n.End])
		b.WriteString(strings.TrimSuffix(strings.TrimSuffix(contraction(w), "not"), " "))
	}
	return true
}

// pairNegation pairs a negation with the sentence that states its
// predicate, negated or not.
func pairNegation(f Fact) string {
	if p := f.(Negation).Predicate; p != "" {
		return StemKey + p
	}
	return ""
}

// affirmedFrame finds, for a negation with no content word to negate ("are
// not Sunnis", "will not be Liscouski", "were not up 4.6%"), the same
// auxiliary and the words after the cue stated in b without it ("are
// Sunnis"): the span in a from the auxiliary to those words, and the span
// in b. The words after the cue run to the first that is not an auxiliary
// or a filler ("is not a member", "will not be Liscouski"), three at most,
// so that a bare "is the" or "will be" is no match.
func affirmedFrame(a *Facts, n Negation, b *Facts) (Span, Span, bool) {
	var aux string
	start := n.Start
	switch n.Cue {
	case "n't":
		w := Fold(a.Text[n.Start:n.End])
		w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
		aux = contractedAux[w]
		if aux == "" {
			aux = w
		}
	case "not", "never":
		var last Span
		found := false
		for v := range Words(a.Text[:n.Start]) {
			last, found = v, true
		}
		if !found || strings.TrimSpace(a.Text[last.End:n.Start]) != "" {
			return Span{}, Span{}, false
		}
		aux, start = Fold(a.Text[last.Start:last.End]), last.Start
	default:
		return Span{}, Span{}, false
	}
	if !auxiliaries[aux] {
		return Span{}, Span{}, false
	}
	var after []string
	end := n.End
	for v := range Words(a.Text[n.Scope.Start:n.Scope.End]) {
		after = append(after, Fold(a.Text[n.Scope.Start+v.Start:n.Scope.Start+v.End]))
		end = n.Scope.Start + v.End
		if len(after) == 3 || !negationFillers[after[len(after)-1]] {
			break
		}
	}
	if len(after) == 0 || negationFillers[after[len(after)-1]] {
		return Span{}, Span{}, false
	}
	want := append([]string{aux}, after...)
	// Each word of b is folded once; k counts the words of want matched so
	// far by the words just before, apart by spaces only.
	k, from, prev := 0, 0, 0
	for v := range Words(b.Text) {
		if k > 0 && strings.TrimSpace(b.Text[prev:v.Start]) != "" {
			k = 0
		}
		w := Fold(b.Text[v.Start:v.End])
		if w != want[k] {
			k = 0
		}
		if w == want[k] {
			if k == 0 {
				from = v.Start
			}
			k++
		}
		if k == len(want) {
			return Span{start, end}, Span{from, v.End}, true
		}
		prev = v.End
	}
	return Span{}, Span{}, false
}

// auxiliaries are the verbs a "not" follows when nothing else in the
// clause is negated: forms of be, have and do, and the modals.
var auxiliaries = set("is", "are", "was", "were", "am", "be", "been", "has", "have", "had",
	"do", "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must")

// noDeterminers are the determiners that make the "no" after them part of
// a noun, not a negation: "a no vote", "its no campaign", "the no-fly
// zone". After a number, "both" or "her" (also a pronoun), only a "no"
// before a word of noVote is: "the two no votes", yet "the two no longer
// speak", "in 2019 no charges", "told her no charges" negate.
var noDeterminers = set("a", "an", "the", "his", "its", "their", "our", "my", "your")

// noVote are the nouns a "no" of a vote against is part of.
var noVote = set("vote", "votes", "voter", "voters", "campaign", "campaigners", "camp", "side", "lobby")

// breakFree are the verbs of getting out of a place that make a "free of"
// or "free from" after them no negation ("broke free of his captors").
var breakFree = set("break", "breaks", "broke", "broken", "breaking", "pull", "pulls", "pulled", "pulling",
	"cut", "cuts", "cutting", "walk", "walks", "walked", "walking", "wriggle", "wriggled", "struggle", "struggled",
	"wrench", "wrenched", "tear", "tore", "torn", "shake", "shook", "slip", "slipped", "swim", "swam", "swum",
	"drag", "dragged", "lift", "lifted", "prise", "prised", "pry", "pried", "spring", "sprang", "sprung")

// contractedAux undoes the contractions whose auxiliary changes its form.
var contractedAux = map[string]string{"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
