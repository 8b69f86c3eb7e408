package normalize

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Direction is a word that says which way something went or compares:
// "rose" or "fell", "approved" or "rejected", "wider" or "narrower".
type Direction struct {
	Span
	// Axis is the scale the word moves along, named by its upper pole:
	// "rise" for rose, climbed, fell and dropped; "approve" for approved and
	// rejected; "wide" for wider and narrower.
	Axis string
	// Up is the way along the axis: true for "rose", "approved", "wider".
	Up bool
	// Negated is set when the word lies in the scope of a negation ("did
	// not rise"): it is compared with negated directions only, and against
	// a plain one ("rose") it is the negation's to report.
	Negated bool
	// What moves, is compared or approved, and Who moves or approves it, as
	// their content words, lower case, joined by spaces ("river level",
	// "board"); "" when the sentence does not say (a pronoun) or the
	// reading does not find it.
	What, Who string
}

// KindDirection is the kind of directions: one sentence says a thing went
// up (or was approved, or is wider) where the other says it went down.
const KindDirection Kind = "direction"

// Kind implements Fact.
func (Direction) Kind() Kind { return KindDirection }

// Pole returns the word of the direction's pole: "rise" or "fall",
// "approve" or "reject".
func (d Direction) Pole() string {
	a := axisNamed(d.Axis)
	if a == nil {
		return d.Axis
	}
	if d.Up {
		return a.up
	}
	return a.down
}

// dirAxis is one scale of the direction lexicon.
type dirAxis struct {
	up, down string // the words of the two poles; up names the axis
}

// The axes, each with the words of its two poles, as news writes them: verb
// forms, nouns ("a rise in"), comparatives ("wider than expected") and the
// participles "up" and "down" before a figure. The poles of most axes are
// antonyms in WordNet 3.0 (rise/fall, increase/decrease, win/lose,
// buy/sell, lend/borrow, widen/narrow, strengthen/weaken, ...; TestDirectionAxesInWordNet
// checks which), with their news synonyms on the same pole (climb, surge;
// veto, overturn); a few are news pairs WordNet lacks (approve/reject,
// support/oppose, impose/lift, hire/fire). The lexicon stays a list because it holds
// what WordNet does not: the inflected forms, how each word says a
// direction (a verb, a noun before "in", a comparative before "than", "up"
// before a figure), and which words are too ambiguous to read. Antonyms
// the list lacks are found between the same words (antonymsInFrame).
var dirAxes = []dirAxis{
	{"rise", "fall"},
	{"approve", "reject"},
	{"win", "lose"},
	{"buy", "sell"},
	{"lend", "borrow"},
	{"praise", "criticize"},
	{"hire", "fire"},
	{"open", "close"},
	{"high", "low"},
	{"large", "small"},
	{"wide", "narrow"},
	{"strong", "weak"},
	{"fast", "slow"},
	{"good", "bad"},
	{"early", "late"},
	{"long", "short"},
	{"convict", "acquit"},
	{"support", "oppose"},
	{"allow", "ban"},
	{"impose", "lift"},
	{"tighten", "ease"},
	{"upgrade", "downgrade"},
	{"profit", "loss"},
	{"succeed", "fail"},
	{"guilty", "innocent"},
}

// converse reports whether the poles of an axis are one act seen from its
// two sides: the seller sells what the buyer buys. Their directions diverge
// only when both sentences name the same agent. (Two words: compared, not
// hashed into a map for every direction read.)
func converse(axis string) bool { return axis == "buy" || axis == "lend" }

// axisNamed returns the axis of that name, or nil.
func axisNamed(name string) *dirAxis {
	for i := range dirAxes {
		if dirAxes[i].up == name {
			return &dirAxes[i]
		}
	}
	return nil
}

// dirClass says how a direction word is used, which decides where its
// subject and object are read and when it counts at all.
type dirClass uint8

const (
	dVerb       dirClass = iota + 1 // rose, approved: a verb, transitive or not
	dNoun                           // a rise in prices, an increase of 3%
	dVerbNoun                       // increase, drop: a verb, or a noun after a determiner
	dComparison                     // wider, higher: a comparative or an adjective
	dThan                           // earlier, longer: only before "than"
	dFigure                         // up, down: only before a figure
	dGain                           // gained, won, lost: a rise or fall before a figure, else a win or loss
)

// dirWord is one entry of the direction lexicon.
type dirWord struct {
	axis  uint8 // index in dirAxes
	up    bool
	class dirClass
}

// dirWords maps each direction word (lower case) to its axis, pole and use.
var dirWords = func() map[string]dirWord {
	m := map[string]dirWord{}
	add := func(axis string, up bool, class dirClass, words string) {
		a := -1
		for i := range dirAxes {
			if dirAxes[i].up == axis {
				a = i
			}
		}
		if a < 0 {
			panic("normalize: direction words for unknown axis " + axis)
		}
		for _, w := range strings.Fields(words) {
			m[w] = dirWord{uint8(a), up, class}
		}
	}
	add("rise", true, dVerb, "rose risen rising climbs climbed climbing increased increasing "+
		"grows grew grown growing jumped jumping surged surging soared soaring "+
		"raises raised raising boosted boosting expanded expanding expands swelled widened "+
		"rallied rebounded spiked doubled doubling doubles tripled tripling triples trebled quadrupled")
	add("rise", true, dVerbNoun, "rise rises increase increases jump jumps surge surges "+
		"climb boost boosts hike hikes")
	add("rise", true, dVerb, "hiked")
	add("rise", false, dVerb, "fell fallen falling dropped dropping declining decreased decreasing "+
		"shrank shrunk shrinking shrinks slipped slipping slid sliding plunged plunging "+
		"tumbled tumbling sank sinking dipped dipping slumped slumping plummeted plummeting "+
		"lowered lowering lowers reduced reducing reduces slashed slashing contracted "+
		"receded receding narrowed halved halving halves")
	add("rise", false, dVerbNoun, "fall falls drop drops decline declines decrease decreases "+
		"plunge plunges slump slumps dip dips cut cuts reduction reductions")
	add("rise", false, dVerb, "declined cutting")
	add("rise", true, dFigure, "up")
	add("rise", false, dFigure, "down")

	add("approve", true, dVerb, "approved approves approving accepted accepts accepting passed passes "+
		"ratified ratifies ratifying endorsed endorses endorsing upheld upholds upholding")
	add("approve", true, dVerbNoun, "approve approval accept ratify endorse uphold")
	add("approve", false, dVerb, "rejected rejects rejecting vetoed vetoes vetoing "+
		"overturned overturns overturning blocked blocks blocking")
	add("approve", false, dVerbNoun, "reject rejection veto overturn block")

	add("win", true, dGain, "won wins winning win gain gains gained gaining")
	add("win", false, dGain, "lose loses lost losing")

	add("buy", true, dVerb, "bought buys buying purchased purchasing")
	add("buy", true, dVerbNoun, "buy purchase")
	add("buy", false, dVerb, "sold sells selling")
	add("buy", false, dVerbNoun, "sell")

	add("lend", true, dVerb, "lent lends lending")
	add("lend", true, dVerbNoun, "lend")
	add("lend", false, dVerb, "borrowed borrows borrowing")
	add("lend", false, dVerbNoun, "borrow")

	add("praise", true, dVerb, "praised praises praising")
	add("praise", false, dVerb, "criticized criticised criticizes criticises criticizing criticising condemned condemns condemning")
	add("hire", true, dVerb, "hired hires hiring")
	add("hire", false, dVerb, "fired fires firing sacked sacks")

	add("high", true, dComparison, "higher highest")
	add("high", false, dComparison, "lower lowest")
	add("large", true, dComparison, "larger largest bigger biggest greater")
	add("large", false, dComparison, "smaller smallest lesser")
	add("wide", true, dComparison, "wider widest")
	add("wide", false, dComparison, "narrower narrowest")
	add("strong", true, dComparison, "stronger strongest strengthened strengthening strengthens")
	add("strong", false, dComparison, "weaker weakest weakened weakening weakens")
	add("fast", true, dComparison, "faster quicker accelerated accelerating accelerates")
	add("fast", false, dComparison, "slower slowed slowing slows")
	add("good", true, dComparison, "better best improved improving improves")
	add("good", false, dComparison, "worse worst worsened worsening worsens deteriorated deteriorating")
	add("early", true, dThan, "earlier sooner")
	add("early", false, dThan, "later")
	add("long", true, dThan, "longer")
	add("long", false, dThan, "shorter")
	add("long", true, dVerb, "lengthened lengthening lengthens")
	add("long", false, dVerb, "shortened shortening shortens")
	add("open", true, dVerb, "opened reopened opens reopens")
	add("open", false, dVerb, "closed closes shut shuts")

	add("convict", true, dVerb, "convicted convicts")
	add("convict", false, dVerb, "acquitted acquits acquittal")
	add("support", true, dVerb, "supported supports supporting")
	add("support", false, dVerb, "opposed opposes opposing")
	add("allow", true, dVerb, "allowed allows allowing permitted permits")
	add("allow", false, dVerb, "banned bans banning barred prohibited prohibits forbade forbidden")
	add("allow", false, dVerbNoun, "ban")
	add("impose", true, dVerb, "imposed imposes imposing")
	add("impose", false, dVerb, "lifted lifts lifting")
	add("tighten", true, dVerb, "tightened tightening tightens tighter")
	add("tighten", false, dVerb, "loosen loosened loosening loosens relaxed relaxing looser")
	add("upgrade", true, dVerb, "upgraded upgrades upgrading")
	add("upgrade", false, dVerb, "downgraded downgrades downgrading")
	add("profit", true, dNoun, "profit profits")
	add("profit", false, dNoun, "loss losses")
	add("succeed", true, dVerb, "succeeded succeeds")
	add("succeed", false, dVerb, "failed fails")
	add("guilty", true, dComparison, "guilty")
	add("guilty", false, dComparison, "innocent")
	return m
}()

// nounAlone are the nouns of direction that say one after a determiner
// without "in" or "of" ("support the increase", "the approval"); the
// others need them ("a drop in prices", not "the drop zone"; "the fall of
// Rome", not "the fall").
var nounAlone = set("increase", "increases", "decrease", "decreases", "rise", "rises",
	"decline", "declines", "reduction", "reductions", "hike", "hikes", "approval", "rejection",
	"veto", "purchase", "boost", "surge", "plunge", "slump", "acquittal")

// phrasalUp are verbs that "up" or "down" completes into another verb:
// "make up 42 percent", "set up", "cut down".
var phrasalUp = set("make", "makes", "made", "making", "take", "takes", "took", "taken", "taking",
	"pick", "picks", "picked", "set", "sets", "sum", "sums", "summed", "add", "adds", "added",
	"shore", "shored", "prop", "propped", "drive", "drove", "driven", "drum", "drummed",
	"round", "rounded", "pile", "piled", "step", "stepped", "free", "freed", "open", "opened",
	"break", "broke", "bring", "brought", "put", "back", "backed", "wound", "cut", "shut",
	"turn", "turned", "give", "gave", "given", "show", "showed", "sign", "signed", "end")

// phrasalDown are the verbs that "down" turns into a rejection: "turned
// down the offer", "voted down the bill", "struck down the law".
var phrasalDown = set("turned", "turns", "turning", "turn", "voted", "votes", "voting",
	"struck", "strikes", "striking")

// direction reads a direction word at token i.
func (p *parser) direction(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord || t.isUpper() || !p.is(i, fDirection) {
		return i, false
	}
	w, ok := dirWordsByEntry.of(t)
	if !ok {
		return i, false
	}
	// A word inside a compound ("sell-off", "cut-off") is no direction,
	// unless the compound compares: "higher-than-expected", "lower-income".
	if p.glued(i) && isDash(p.lcAt(i-1)) {
		return i, false
	}
	if isDash(p.lcAt(i+1)) && p.glued(i+1) && w.class != dComparison && w.class != dThan {
		return i, false
	}
	end := i + 1
	next := p.lcAt(i + 1)
	prevDet := p.determiner(i-1) && !p.relative(i-1)
	d := Direction{Span: p.span(i, end), Axis: dirAxes[w.axis].up, Up: w.up}
	switch {
	case t.lc == "down" && phrasalDown[p.lcAt(i-1)]:
		// "turned down the offer", "voted down the bill": read from the verb.
		d.Span, d.Axis, d.Up = p.span(i-1, end), "approve", false
		d.Negated = p.inNegation(i - 1)
		d.What, d.Who = p.phraseKeys(p.objectAfter(i), p.subjectOnly(i-1))
		p.add(d, d.Start)
		return end, true
	case w.class == dGain:
		// "gained 3%", "won 31 percent of the vote" rise; "lost 3%" falls;
		// "won the election", "lost access" win and lose; "a gain of 3%"
		// is a profit.
		switch {
		case p.opensFigure(i + 1):
			d.Axis = "rise"
		case prevDet && (t.lc == "gain" || t.lc == "gains"):
			d.Axis = "profit"
		}
	case w.class == dFigure && phrasalUp[p.lcAt(i-1)]:
		return i, false // "make up 42 percent"
	case t.lc == "declined" && next == "to" && !p.opensFigure(i+2):
		return i, false // "declined to comment": a refusal (negation.go)
	case t.lc == "declined" && p.determiner(i+1):
		d.Axis = "approve" // "declined the offer"
	case w.class == dVerbNoun:
		// After a determiner it is a noun, which says a direction only as
		// a change in or of something: "a drop in prices", not "the fall".
		if prevDet && next != "in" && next != "of" && !nounAlone[t.lc] {
			return i, false
		}
	case w.class == dVerb:
		if prevDet && d.Axis != "rise" {
			return i, false // "the banned group" is no act of banning
		}
	case w.class == dThan:
		if next != "than" {
			return i, false
		}
	case w.class == dFigure:
		if !p.opensFigure(i + 1) {
			return i, false
		}
	}
	d.Negated = p.inNegation(i)
	what, who := p.directionArguments(i, end, w.class, d.Axis)
	d.What, d.Who = what, who
	p.add(d, d.Start)
	return end, true
}

// opensFigure reports whether a figure starts at token i: digits, a number
// word, or a currency sign before them ("up 3%", "down $2").
func (p *parser) opensFigure(i int) bool {
	if p.is(i, fCurrency) {
		i++
	}
	return p.kindAt(i) == tNum || p.is(i, fCardinal) || p.lcAt(i) == "a" && p.is(i+1, fScale)
}

// inNegation reports whether token i lies in the scope of a negation read
// before it.
func (p *parser) inNegation(i int) bool {
	if p.negations == 0 {
		return false // most sentences: no scan of their facts
	}
	s := p.toks[i].Start
	if p.sync() {
		return p.idx.negated(s)
	}
	for k := len(p.facts) - 1; k >= 0; k-- {
		if !isFact[Negation](p.facts[k]) {
			continue
		}
		if n := p.facts[k].(Negation); n.Scope.Start <= s && s < n.Scope.End {
			return true
		}
	}
	return false
}

// directionArguments reads what the direction word at tokens [i, end) is
// about: for a verb, its subject (What for "rose", Who for "approved the
// merger", whose object is What; the other way round in the passive voice);
// for a noun, what follows "in" or "of"; for a comparative, its subject or
// the noun it qualifies.
func (p *parser) directionArguments(i, end int, class dirClass, axis string) (what, who string) {
	if class == dNoun || class == dVerbNoun && p.determiner(i-1) {
		k := end
		if p.lcAt(k) == "in" || p.lcAt(k) == "of" {
			k++
		}
		return p.phraseKey(p.objectAfter(k - 1)), ""
	}
	if class == dComparison && p.kindAt(end) == tWord && !p.is(end, fStop) {
		return p.phraseKey(p.objectAfter(end - 1)), "" // "a wider gap"
	}
	subj, _, passive := p.subject(i)
	passive = passive || !p.byAgent(end).empty() // "barrels bought by Cepsa"
	verb := class == dVerb || class == dVerbNoun || class == dGain
	if verb && passive && !strings.HasSuffix(p.toks[i].lc, "ing") {
		return p.phraseKeys(subj, p.byAgent(end)) // "the merger was approved by the board"
	}
	obj := p.objectAfter(end - 1)
	if verb && (obj.empty() || p.opensFigure(obj.start)) && converse(axis) {
		return "", p.phraseKey(subj) // "the store sold over a million songs": the seller
	}
	if !verb || obj.empty() || p.opensFigure(obj.start) {
		return p.phraseKey(subj), "" // "sales rose 3%", "the gap was wider"
	}
	return p.phraseKeys(obj, subj) // "the board approved the merger"
}

// determiner reports whether token i is a determiner, a word that opens a
// noun phrase (see determiners; a stop word too).
func (p *parser) determiner(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].lex&(fStop|fDeterminer) == fStop|fDeterminer
}

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
	"those", "my", "your", "any", "every", "each")

// relative reports whether token i is a determiner that may also open a
// relative clause: "the court that upheld the law".
func (p *parser) relative(i int) bool {
	lc := p.lcAt(i)
	return lc == "that" || lc == "this"
}

// compareDirections pairs the directions of a and b along each axis (see
// pairAlong): those that go the same way about compatible things agree;
// one that goes the other way diverges when it is the only direction of b
// along that axis about a compatible thing that a does not already match,
// and the same holds the other way round. Two directions about the same
// named thing ("sales", "the merger"), or between the same words, are
// paired before those about an unknown one ("it rose"). A direction in the
// scope of a negation is compared with negated ones only: "did not rise"
// and "fell" do not say the same, yet do not contradict each other either,
// and "did not rise" against "rose" is a negation's to report.
func compareDirections(a, b *Facts) []Comparison {
	xs, ys := of[Direction](a), of[Direction](b)
	if len(xs) == 0 || len(ys) == 0 {
		return antonymsInFrame(a, b, wordnet.Verb|wordnet.Adj|wordnet.Adv, KindDirection)
	}
	return append(pairAlong(KindDirection, xs, ys, pairing[Direction]{
		strength: func(x, y Direction) int {
			what, who := relate(x.What, y.What), relate(x.Who, y.Who)
			if x.Axis != y.Axis || x.Negated != y.Negated || what == 0 || who == 0 {
				return 0
			}
			if converse(x.Axis) && who != 2 {
				return 1 // "customers buy drugs", "the company sells drugs"
			}
			frame := frameStrength(a.Text, x.Span, b.Text, y.Span)
			if what == 2 || who == 2 {
				return max(frame, 2)
			}
			return frame
		},
		same: func(x, y Direction) bool { return x.Up == y.Up },
		kin:  func(x, y Direction) bool { return x.Axis == y.Axis && x.Negated == y.Negated },
		weak: func(x Direction) bool { return !converse(x.Axis) },
	}), antonymsInFrame(a, b, wordnet.Verb|wordnet.Adj|wordnet.Adv, KindDirection)...)
}

// antonymSenses is how many senses of each word antonymsInFrame counts:
// WordNet opposes rise and fall from the second sense of "fall" on.
const antonymSenses = 2

// antonymsInFrame finds words of a and b, of the parts of speech pos, that
// stand between the same words and that WordNet 3.0 records as antonyms in
// their first senses: "the store opened on Monday" and "the store closed
// on Monday", "a man was killed" and "a woman was killed". It reports each
// pair as a divergence of kind. Words that are facts of a kind read by
// word (a direction or outcome of the lexicon, a name, a number, a
// negation's cue) are left to their kinds, and so are words in the scope
// of a negation.
func antonymsInFrame(a, b *Facts, pos wordnet.POS, kind Kind) []Comparison {
	wa, wb := frameWords(a), frameWords(b)
	// The frames of b's words, as 256 bits of their hashes: most words of
	// a stand in no frame of b, and need no look at b's words.
	var framesB [4]uint64
	for j := 1; j+1 < len(wb); j++ {
		if y := wb[j]; !y.skip {
			framesB[y.frame>>62] |= 1 << (y.frame & 63)
		}
	}
	var out []Comparison
	for i := 1; i+1 < len(wa); i++ {
		x := wa[i]
		if x.skip || framesB[x.frame>>62]&(1<<(x.frame&63)) == 0 {
			continue
		}
		for j := 1; j+1 < len(wb); j++ {
			y := wb[j]
			if y.frame != x.frame || y.skip || x.word == y.word || wa[i-1].word != wb[j-1].word || wa[i+1].word != wb[j+1].word {
				continue
			}
			// One word put for the other, not both said in other places
			// ("inpatient care grew and outpatient care rose").
			if hasWord(wb, x.word) || hasWord(wa, y.word) {
				continue
			}
			if antonyms(x.word, y.word, pos) {
				out = append(out, Comparison{kind, Diverge, x.span, y.span})
			}
		}
	}
	return out
}

// frameWord is a word of a sentence as antonymsInFrame reads it.
type frameWord struct {
	span Span
	word string // folded
	skip bool   // a function word, a fact of a kind read by word, or negated
	// frame hashes the words before and after it: two words stand between
	// the same words only if their frames are equal.
	frame uint64
}

// hasWord reports whether ws has the folded word w.
func hasWord(ws []frameWord, w string) bool {
	for _, x := range ws {
		if x.word == w {
			return true
		}
	}
	return false
}

// frameWords returns the words of f, with a boundary word at each end; the
// "s" of a possessive is no word of its own ("women's"). Facts made by
// Extract keep them for the next comparison.
func frameWords(f *Facts) []frameWord {
	if f.lazy == nil {
		return readFrameWords(f)
	}
	kept := f.lazy.kept()
	kept.frameOnce.Do(func() { kept.frame = readFrameWords(f) })
	return kept.frame
}

func readFrameWords(f *Facts) []frameWord {
	out := make([]frameWord, 1, 2+len(f.Text)/4) // a word takes about six bytes
	out[0].word = "\x00"
	negs := Of[Negation](*f)
	lastNegative, words := -1, 0 // the last negative word of the clause, by word count
	prevEnd := 0
	// The facts are in text order (Extract sorts them): the words meet
	// them in a sweep, next the first not yet opened and reach the
	// furthest end of the facts opened, Roles aside. A scan of all facts
	// at each word made a long sentence cost the square of its length.
	sorted, next, reach := inTextOrder(f.All), 0, 0
	for w := range Words(f.Text) {
		if strings.ContainsAny(f.Text[prevEnd:w.Start], clauseMarks) {
			lastNegative = -1
		}
		prevEnd = w.End
		v := Fold(f.Text[w.Start:w.End])
		if v == "s" && w.Start > 0 && apostropheBefore(f.Text, w.Start) {
			words++
			continue
		}
		// As negated: a cue's scope or object, or a negative word among
		// the few words before, within the clause.
		skip := IsStopWord(v) || lastNegative >= 0 && words-lastNegative <= negativeReach || negatedByCue(f, negs, w)
		if negativeWords[v] {
			lastNegative = words
		}
		words++
		if sorted {
			for ; next < len(f.All) && f.All[next].Bounds().Start < w.End; next++ {
				if _, ok := f.All[next].(Role); !ok {
					reach = max(reach, f.All[next].Bounds().End)
				}
			}
			skip = skip || reach > w.Start
		} else {
			for _, x := range f.All {
				if _, ok := x.(Role); !ok && overlaps(x.Bounds(), w) {
					skip = true
				}
			}
		}
		out = append(out, frameWord{span: w, word: v, skip: skip})
	}
	out = append(out, frameWord{word: "\x00"})
	for i := 1; i+1 < len(out); i++ {
		out[i].frame = fnv(fnv(fnvOffset, out[i-1].word)^0xff, out[i+1].word)
	}
	return out
}

// fnv is the FNV-1a hash of s, continued from h.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

const fnvOffset = 14695981039346656037

// apostropheBefore reports whether an apostrophe (' or ’) ends text[:i].
func apostropheBefore(text string, i int) bool {
	return strings.HasSuffix(text[:i], "'") || strings.HasSuffix(text[:i], "’")
}

// synonyms reports whether WordNet puts folded words x and y, or their
// base forms, in one synset of part of speech pos, counting the first
// senses senses of each ("bought" and "purchased"; "protesters" and
// "demonstrators" from the third sense of "demonstrator").
func synonyms(x, y string, pos wordnet.POS, senses int) bool {
	var lx, ly [4]wordnet.Lemma
	var mx, my [64]wordnet.ID
	ids := func(dst []wordnet.ID, lemmas []wordnet.Lemma) []wordnet.ID {
		for _, l := range lemmas {
			dst = wordnet.AppendMeanings(dst, l.Text, pos, senses)
		}
		return dst
	}
	xs := ids(mx[:0], wordnet.AppendLemmas(lx[:0], x, pos))
	ys := ids(my[:0], wordnet.AppendLemmas(ly[:0], y, pos))
	for _, id := range xs {
		if !id.Derived() && slices.Contains(ys, id) {
			return true
		}
	}
	return false
}

// antonyms reports whether WordNet records folded words x and y, or their
// base forms, as antonyms in a part of speech of pos.
func antonyms(x, y string, pos wordnet.POS) bool {
	var lx, ly [8]wordnet.Lemma
	for _, a := range wordnet.AppendLemmas(lx[:0], x, pos) {
		for _, b := range wordnet.AppendLemmas(ly[:0], y, a.POS) {
			if wordnet.Antonyms(a.Text, b.Text, a.POS, antonymSenses) {
				return true
			}
		}
	}
	return false
}

// pairing says how pairAlong compares facts of type T.
type pairing[T Fact] struct {
	// strength says how surely two facts are about one thing: 3 when the
	// same words stand on both sides of them, 2 when they name it alike
	// (the same subject, the same content word on one side), 1 when nothing
	// tells them apart, 0 when they are about different things.
	strength func(x, y T) int
	// same says whether two facts state one value; kin whether they are of
	// one axis or class, whatever they are about.
	same, kin func(x, y T) bool
	// weak says whether a fact may diverge on no surer evidence than
	// nothing telling the two apart (strength 1).
	weak func(T) bool
	// repeats is set when a fact whose value the other sentence states
	// anywhere (a kin fact) diverges only between the same words on both
	// sides (strength 3): outcomes, which a report names again and again
	// ("killed ... the death toll"). Without it only weak evidence gives
	// way so: a direction says what moved, and two movements are two
	// facts.
	repeats bool
}

// pairAlong compares facts that take one of several values along a scale
// or within a class (directions, outcomes), as pr says. Pairs are made one
// to one, the surest first: facts of the same value agree, then a fact
// left over diverges from the only fact left over on the other side that
// it may be about as surely, when that fact has no other candidate either.
// On weak evidence, a fact diverges only when no fact of the other side
// states its value at all, whatever it is about: "public displays" and
// "depictions" allowed, said in other words, are no evidence that one
// sentence's "banning" contradicts the other's "allowing".
func pairAlong[T Fact](kind Kind, xs, ys []T, pr pairing[T]) []Comparison {
	var out []Comparison
	xUsed, yUsed := make([]bool, len(xs)), make([]bool, len(ys))
	// only returns the index of the one fact of zs left over that z may be
	// about at least that surely, or -1 when there are none or several.
	only := func(z T, zs []T, used []bool, sure int, rel func(T, T) int) int {
		k := -1
		for j, y := range zs {
			if used[j] || rel(z, y) < sure {
				continue
			}
			if k >= 0 {
				return -1
			}
			k = j
		}
		return k
	}
	flipped := func(y, x T) int { return pr.strength(x, y) }
	// stated reports whether the other side states z's value at all.
	stated := func(z T, zs []T, first bool) bool {
		for _, y := range zs {
			if first && pr.kin(z, y) && pr.same(z, y) || !first && pr.kin(y, z) && pr.same(y, z) {
				return true
			}
		}
		return false
	}
	// holds reports whether fact z, of xs if first, may diverge at sure.
	holds := func(z T, zs []T, first bool, sure int) bool {
		if sure == 1 && !pr.weak(z) {
			return false
		}
		return !(sure == 1 || pr.repeats && sure < 3) || !stated(z, zs, first)
	}
	for sure := 3; sure >= 1; sure-- {
		for i, x := range xs {
			for j, y := range ys {
				if !xUsed[i] && !yUsed[j] && pr.strength(x, y) >= sure && pr.same(x, y) {
					out = append(out, Comparison{kind, Agree, x.Bounds(), y.Bounds()})
					xUsed[i], yUsed[j] = true, true
				}
			}
		}
		for i, x := range xs {
			if xUsed[i] || !holds(x, ys, true, sure) {
				continue
			}
			j := only(x, ys, yUsed, sure, pr.strength)
			if j < 0 || only(ys[j], xs, xUsed, sure, flipped) != i || !holds(ys[j], xs, false, sure) {
				continue
			}
			out = append(out, Comparison{kind, Diverge, x.Bounds(), ys[j].Bounds()})
			xUsed[i], yUsed[j] = true, true
		}
	}
	return out
}

// relate says how surely two argument keys (words joined by spaces) name
// one thing: 2 when they share a word (inflections aside), 1 when either is
// unknown, 0 when they share none.
func relate(x, y string) int {
	if x == "" || y == "" {
		return 1
	}
	for w := range strings.SplitSeq(x, " ") {
		for v := range strings.SplitSeq(y, " ") {
			if w == v || Stem(w) == Stem(v) {
				return 2
			}
		}
	}
	return 0
}

// canonicalDirection writes a direction as its pole: "rise" for "climbed",
// "fall" for "dropped". The masked form leaves a direction as written (see
// the kind table): two sources that say the river rose and fell differ in
// that one word and are grouped when the rest of the claim is the same
// (and diverge on it), not merged with every other claim about the river's
// movement, as writing the axis alone would; synonyms ("rose",
// "climbed") are the scorer's to match, by their WordNet meanings.
func canonicalDirection(b *strings.Builder, f Fact, _ string) bool {
	b.WriteString(f.(Direction).Pole())
	return true
}

// aboutDirection says what a direction is about, for a reader.
func aboutDirection(f Fact) string {
	d := f.(Direction)
	if d.What != "" {
		return d.What
	}
	return d.Who
}
