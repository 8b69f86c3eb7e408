package normalize

import (
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Outcome is a word that says what came of an event or what it befell, one
// of a set of alternatives a report chooses between: killed, injured or
// missing; a school or a depot; a car or a bus; in the north or the south.
// Two sentences of one claim that choose differently diverge, as
// predicates (KindPredicate).
type Outcome struct {
	Span
	// Class is the set of alternatives: "casualty", "place", "vehicle",
	// "relative", "compass".
	Class string
	// Value is the alternative, one word for its synonyms: "death" for
	// killed, died and dead; "prison" for jail; "ne" for north-east.
	Value string
	// Negated is set in the scope of a negation ("no one was killed"): it
	// is compared with negated outcomes only, and against a plain one
	// ("two died") it is the negation's to report.
	Negated bool
}

// KindPredicate is the kind of outcomes and objects: the same event with
// another outcome ("killing 9", "injuring 9") or done to another thing ("a
// fire at a school", "a fire at a depot"; "arrested the senator",
// "arrested the senator's aide", see Role).
const KindPredicate Kind = "predicate"

// Kind implements Fact.
func (Outcome) Kind() Kind { return KindPredicate }

// outcomeClasses are the sets of alternatives, each value with its words:
// casualties as news counts them, and the kinds of place, vehicle, relative
// and compass point that reports of one event name differently when one of
// them is wrong. A class holds co-hyponyms only (in WordNet 3.0 school,
// depot and hospital are all buildings, none a kind of another), never a
// word and its hypernym ("vehicle", "building"), which would make a
// paraphrase a divergence. Plurals of places, vehicles and relatives are
// made by rule. The lists stay lists: the table of internal/wordnet keeps
// no hypernyms, so sister terms cannot be taken from it, and "kill" causes
// "die" rather than deriving from it; WordNet's noun antonyms between the
// same words ("a man", "a woman") are found beside them (antonymsInFrame).
var outcomeClasses = []struct {
	class  string
	plural bool
	values map[string]string // value -> words
}{
	{"casualty", false, map[string]string{
		"death": "kill kills killed killing killings die dies died dying dead death deaths " +
			"fatality fatalities perish perished slain fatal",
		"injury": "injure injures injured injuring injury injuries wound wounds wounded wounding " +
			"hurt hospitalized hospitalised",
		"missing":  "missing",
		"survival": "survive survives survived surviving survivor survivors rescued",
	}},
	{"place", true, map[string]string{
		"school": "school", "university": "university college campus", "hospital": "hospital",
		"clinic": "clinic", "depot": "depot", "warehouse": "warehouse", "factory": "factory",
		"refinery": "refinery", "church": "church cathedral", "mosque": "mosque",
		"synagogue": "synagogue", "temple": "temple", "supermarket": "supermarket",
		"mall": "mall", "hotel": "hotel", "restaurant": "restaurant", "cafe": "cafe café",
		"nightclub": "nightclub", "stadium": "stadium", "airport": "airport",
		"prison": "prison jail gaol", "embassy": "embassy", "consulate": "consulate",
		"farm": "farm", "barracks": "barracks", "checkpoint": "checkpoint", "bridge": "bridge",
		"tunnel": "tunnel", "theater": "theater theatre", "cinema": "cinema", "museum": "museum",
		"library": "library", "courthouse": "courthouse", "pharmacy": "pharmacy",
		"kindergarten": "kindergarten", "bakery": "bakery", "garage": "garage",
	}},
	{"vehicle", true, map[string]string{
		"car": "car", "bus": "bus", "truck": "truck lorry", "van": "van", "train": "train",
		"tram": "tram", "plane": "plane airplane aeroplane", "helicopter": "helicopter",
		"ferry": "ferry", "motorcycle": "motorcycle motorbike", "bicycle": "bicycle",
	}},
	{"relative", true, map[string]string{
		"wife": "wife", "husband": "husband", "son": "son", "daughter": "daughter",
		"brother": "brother", "sister": "sister", "mother": "mother", "father": "father",
		"uncle": "uncle", "aunt": "aunt", "nephew": "nephew", "niece": "niece",
		"grandson": "grandson", "granddaughter": "granddaughter", "cousin": "cousin",
	}},
	{"compass", false, map[string]string{
		"n": "north northern northward northwards", "s": "south southern southward southwards",
		"e": "east eastern eastward eastwards", "w": "west western westward westwards",
		"ne": "northeast northeastern", "nw": "northwest northwestern",
		"se": "southeast southeastern", "sw": "southwest southwestern",
	}},
}

// outcomeWord is one entry of the outcome lexicon.
type outcomeWord struct{ class, value string }

// outcomeWords maps each outcome word (lower case) to its class and value.
var outcomeWords = func() map[string]outcomeWord {
	m := map[string]outcomeWord{}
	for _, c := range outcomeClasses {
		for v, words := range c.values {
			for _, w := range strings.Fields(words) {
				m[w] = outcomeWord{c.class, v}
				if c.plural {
					m[plural(w)] = outcomeWord{c.class, v}
				}
			}
		}
	}
	return m
}()

// plural returns the regular plural of an English noun: "church" ->
// "churches", "factory" -> "factories", "wife" -> "wives".
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "fe"):
		return w[:len(w)-2] + "ves"
	case strings.HasSuffix(w, "y") && len(w) > 2 && !isVowel(rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// outcome reads an outcome word at token i: "killed", "fatally injured",
// "a school", "north-east".
func (p *parser) outcome(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord || t.isUpper() || !p.is(i, fOutcome) {
		return i, false
	}
	end := i + 1
	var w outcomeWord
	next, _ := outcomeWordsByEntry.valueAt(p, i+1)
	switch {
	case (t.lc == "fatally" || t.lc == "mortally") && next.value == "injury":
		// "fatally injured" is a death.
		w, end = outcomeWord{"casualty", "death"}, i+2
	default:
		var ok bool
		if w, ok = outcomeWordsByEntry.of(t); !ok {
			return i, false
		}
		if p.glued(i) && isDash(p.lcAt(i-1)) {
			return i, false // inside a compound: "drive-by", "pro-school"
		}
		if t.lc == "wound" && (p.lcAt(i+1) == "up" || p.lcAt(i+1) == "down") {
			return i, false // "wound up": ended
		}
		if w.class == "compass" && isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) {
			// "north-east", "south-western"
			if x, ok := outcomeWordsByEntry.valueAt(p, i+2); ok && x.class == "compass" && len(w.value) == 1 && len(x.value) == 1 {
				w.value, end = w.value+x.value, i+3
			} else {
				return i, false // "north-south", "east-west"
			}
		}
	}
	span := p.span(i, end)
	p.add(Outcome{Span: span, Class: w.class, Value: w.value, Negated: p.inNegation(i)}, span.Start)
	return end, true
}

// sameOutcome reports whether two outcomes of one class can be the same: one
// value, or compass points one of which contains the other ("north" and
// "north-east").
func sameOutcome(x, y Outcome) bool {
	if x.Value == y.Value {
		return true
	}
	return x.Class == "compass" && (strings.Contains(x.Value, y.Value) || strings.Contains(y.Value, x.Value))
}

// compareOutcomes pairs the outcomes of a and b class by class (see
// pairAlong): the same value agrees; another value diverges when each is
// the only outcome of its class the other sentence leaves unmatched
// ("killing 9" and "injuring 9"); a place, vehicle or relative only when
// the same words frame both ("a fire at a school in", "a fire at a depot
// in"). Outcomes between the same words ("770 dead and", "770 injured
// and") are paired first. An outcome in the scope
// of a negation is compared with negated ones only ("no one was killed",
// "no one was injured").
func compareOutcomes(a, b *Facts) []Comparison {
	xs, ys := of[Outcome](a), of[Outcome](b)
	if len(xs) == 0 || len(ys) == 0 {
		return antonymsInFrame(a, b, wordnet.Noun, KindPredicate)
	}
	return append(pairAlong(KindPredicate, xs, ys, pairing[Outcome]{
		strength: func(x, y Outcome) int {
			if x.Class != y.Class || x.Negated != y.Negated {
				return 0
			}
			return frameStrength(a.Text, x.Span, b.Text, y.Span)
		},
		same: sameOutcome,
		kin:  func(x, y Outcome) bool { return x.Class == y.Class && x.Negated == y.Negated },
		// A casualty or compass point stated once in each of two sentences
		// of one claim is about one thing; two places, vehicles or
		// relatives may be two, unless the same words frame them.
		weak:    func(x Outcome) bool { return x.Class == "casualty" || x.Class == "compass" },
		repeats: true,
	}), antonymsInFrame(a, b, wordnet.Noun, KindPredicate)...)
}

// frameStrength says how alike the words around span s of a and span t of
// b are: 3 when the nearest content words before and after both are the
// same, 2 when one of them is ("collided with a bus", "collided with a
// truck"), 1 otherwise.
func frameStrength(a string, s Span, b string, t Span) int {
	pa, na := neighbours(a, s)
	pb, nb := neighbours(b, t)
	n := 1
	if pa != "" && pa == pb {
		n++
	}
	if na != "" && na == nb {
		n++
	}
	return n
}

// neighbours returns the nearest content words before and after span s of
// text, folded, past at most two function words ("with a"); "" for none.
func neighbours(text string, s Span) (before, after string) {
	off := max(0, s.Start-60)
	var words [3]string
	n := 0
	for w := range Words(text[off:s.Start]) {
		if off > 0 && w.Start == 0 {
			continue // a word the window cut
		}
		copy(words[:], words[1:])
		words[2] = text[off+w.Start : off+w.End]
		n++
	}
	for k := 2; k >= max(0, 3-n); k-- {
		if f := Fold(words[k]); !IsStopWord(f) {
			before = f
			break
		}
	}
	k := 0
	for w := range Words(text[s.End:min(len(text), s.End+60)]) {
		if f := Fold(text[s.End+w.Start : s.End+w.End]); !IsStopWord(f) {
			after = f
			break
		}
		if k++; k == 3 {
			break
		}
	}
	return before, after
}

// canonicalOutcome writes an outcome as its value: "death" for "killed".
func canonicalOutcome(b *strings.Builder, f Fact, _ string) bool {
	o := f.(Outcome)
	if o.Class == "compass" {
		return false
	}
	b.WriteString(o.Value)
	return true
}

// aboutOutcome says what an outcome is about, for a reader: its class.
func aboutOutcome(f Fact) string { return f.(Outcome).Class }
