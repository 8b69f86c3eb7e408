package normalize

import (
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Role is who did what to whom, as one clause of a sentence says it: "The
// county sued the dam operator", "the contractor was sued by the city",
// "The county filed a lawsuit against the operator". Roles are read by a
// light subject-verb-object reading around the verbs of the sentence, not
// by a parser: a clause whose subject or object the reading cannot tell
// (a pronoun, a relative clause) yields no Role.
type Role struct {
	// Span is the clause, from its first argument to its last (with the
	// determiner before the first): it spans the other facts inside it,
	// such as names and numbers.
	Span
	Verb Span // the predicate as written: "sued", "was sued", "filed a lawsuit against"
	// Predicate is the key of the verb: its stem (see Stem) after irregular
	// forms are made regular ("bought" is "buy"); a light-verb construction
	// has the key of the verb it stands for ("filed a lawsuit against" is
	// "sue").
	Predicate string
	// Agent is where the sentence names who acts and Patient who undergoes
	// the act: the words of their noun phrases without the determiner
	// ("dam operator"), or a subject pronoun ("he"). Agent is empty (Start
	// == End) when the reading does not find it, as in a passive clause
	// without "by". Compare reads them as keys (see argumentKey).
	Agent, Patient Span
	Passive        bool
	Negated        bool // in the scope of a negation: "did not sue"
}

// KindRole is the kind of roles: one sentence says A did it to B where the
// other says B did it to A.
const KindRole Kind = "role"

// Kind implements Fact.
func (Role) Kind() Kind { return KindRole }

// phrase is a noun phrase of the sentence: tokens [start, end).
type phrase struct{ start, end int }

func (np phrase) empty() bool { return np.end <= np.start }

// lightVerbs are constructions of a verb and a noun that stand for a plain
// verb, with the preposition that introduces the patient: "filed a
// lawsuit against X" is "sued X". WordNet 3.0 derives most of these nouns
// from their verbs (attack, charge, investigation, warning; "suit" from
// "sue"), but the construction (which verbs, which preposition) is not in
// it, so the table names the plain verb itself.
var lightVerbs = []struct {
	verbs, nouns, preps, pred string
}{
	{"file files filed filing bring brings brought bringing", "lawsuit lawsuits suit suits", "against", "sue"},
	{"launch launches launched launching carry carries carried carrying mount mounts mounted mounting stage staged",
		"attack attacks assault assaults raid raids offensive", "on against", "attack"},
	{"file files filed filing press presses pressed pressing bring brings brought bringing lay laid",
		"charges", "against", "charge"},
	{"launch launches launched launching open opens opened opening", "investigation investigations probe inquiry",
		"into of", "investigate"},
	{"impose imposes imposed imposing", "sanctions", "on against", "sanction"},
	{"lodge lodges lodged lodging file files filed filing", "complaint complaints", "against", "complain"},
	{"win wins won winning score scores scored", "victory", "over against", "defeat"},
	{"issue issues issued issuing", "warning warnings", "to", "warn"},
}

// lightVerb is a construction of lightVerbs, indexed by its verb.
type lightVerb struct {
	nouns, preps map[string]bool
	pred         string
}

var lightByVerb = func() map[string][]lightVerb {
	m := map[string][]lightVerb{}
	for _, l := range lightVerbs {
		lv := lightVerb{set(strings.Fields(l.nouns)...), set(strings.Fields(l.preps)...), verbKey(l.pred)}
		for _, v := range strings.Fields(l.verbs) {
			m[v] = append(m[v], lv)
		}
	}
	return m
}()

// isIrregularVerb reports whether t is an irregular verb form.
func isIrregularVerb(t *token) bool {
	_, ok := irregularVerbsByEntry.of(t)
	return ok
}

// irregularVerbs map the irregular past forms and participles of transitive
// verbs that news reports acts with, and the short regular forms Stem cannot
// make regular, to their base forms.
var irregularVerbs = map[string]string{
	"bought": "buy", "sold": "sell", "beat": "beat", "beaten": "beat", "hit": "hit",
	"shot": "shoot", "struck": "strike", "stricken": "strike", "led": "lead", "won": "win",
	"caught": "catch", "fought": "fight", "sought": "seek", "sent": "send", "met": "meet",
	"held": "hold", "kept": "keep", "stole": "steal", "stolen": "steal", "took": "take",
	"taken": "take", "overtook": "overtake", "overtaken": "overtake", "overthrew": "overthrow",
	"overthrown": "overthrow", "bit": "bite", "bitten": "bite", "slew": "slay", "slain": "slay",
	"hired": "hire", "fired": "fire", "sued": "sue", "sues": "sue", "suing": "sue",
	"freed": "free", "paid": "pay", "told": "tell", "forgave": "forgive", "forgiven": "forgive",
	"spent": "spend", "built": "build", "left": "leave", "abducted": "abduct",
}

// symmetric are the keys of verbs whose agent and patient can swap places
// and say the same (WordNet marks no such relation; this is the news
// subset: meeting, marrying, facing, playing, fighting, tying).
var symmetric = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields("meet marry wed divorce face play fight battle debate tie draw " +
		"merge partner rival resemble equal hug embrace confront") {
		m[verbKey(v)] = true
	}
	return m
}()

// notVerb reports whether a word that ends in "ed" is no verb.
func notVerb(lc string) bool {
	switch lc {
	case "need", "speed", "seed", "feed", "breed", "greed", "creed", "deed", "weed", "heed",
		"steed", "tweed", "indeed", "hundred", "sacred", "naked", "wicked", "kindred", "hatred",
		"shred", "sled", "bred":
		return true
	}
	return false
}

// verbKey returns the key of a verb form: its stem, irregular forms made
// regular first. Lower case in, as tokens carry it.
func verbKey(lc string) string {
	if base, ok := irregularVerbs[lc]; ok {
		lc = base
	}
	return Stem(lc)
}

// verbKeyAt is verbKey of the word at token v, kept out of Extract's
// scratch memory.
func (p *parser) verbKeyAt(v int) string {
	t := &p.toks[v]
	if p.is(v, fVerb) {
		if base, ok := irregularVerbsByEntry.of(t); ok {
			return Stem(base)
		}
	}
	if w := p.s[t.Start:t.End]; w == t.lc {
		return stemFolded(w) // plain lower-case ASCII: no need to fold
	}
	return Stem(p.s[t.Start:t.End])
}

// readRoles reads the roles of the sentence, once the word-by-word pass is
// done (a negation before a verb must be known).
func readRoles(p *parser) {
	// The roles are kept apart while the lookups below look at the facts,
	// and merged among them at the end: an insertion for each would move
	// the facts after it.
	p.roles = p.roles[:0]
	// The tokens' flags are tested in place, on a local copy of the slice:
	// most tokens are passed over at once.
	toks := p.toks
	for v := 0; v < len(toks); v++ {
		t := &toks[v]
		// Lower-case words of three letters or more, no function or
		// number word but a verb ("told"): the key holds the lexicon's
		// flags with the token's kind and capital, one value for all.
		k := t.key
		if k&(fNumeral|fPunct|fUpper) != 0 || len(t.lc) < 3 ||
			k&(fStop|fCardinal|fScale|fOrdinal) != 0 && k&fVerb == 0 {
			continue
		}
		verb := k&fVerb != 0
		// A light-verb construction: "filed a lawsuit against".
		if verb {
			if end, pred, ok := p.lightVerb(v); ok {
				p.readRole(v, end, end-1, pred, false)
				v = end - 1
				continue
			}
		}
		participle := false
		switch {
		case verb && isIrregularVerb(t):
			participle = !strings.HasSuffix(t.lc, "s") && !strings.HasSuffix(t.lc, "ing")
		case len(t.lc) >= 4 && strings.HasSuffix(t.lc, "ed") && !notVerb(t.lc):
			participle = true
		case v+1 == len(toks) || !toks[v+1].isUpper() && !p.determiner(v+1):
			continue // no object after it, nor a present verb: most words
		case p.presentVerb(v):
		default:
			continue
		}
		if p.determiner(v-1) && !p.relative(v-1) {
			continue // "the injured man", but "the court that upheld it"
		}
		p.readRole(v, v+1, v, "", participle)
	}
	p.mergeRoles()
}

// presentVerb reports whether the word at v, before a determiner or a
// capitalized word (which readRoles tests first, as it turns most words
// away), is a verb in the present tense or the infinitive, before its
// object: "Acme buys the", "will sue the", "to sue Zenith".
func (p *parser) presentVerb(v int) bool {
	lc := p.toks[v].lc
	if p.is(v-1, fStop) {
		if !beforeInfinitive(p.toks[v-1].lc) {
			return false
		}
	} else if n := len(lc); n < 5 || lc[n-1] != 's' || p.kindAt(v-1) != tWord ||
		strings.HasSuffix(lc, "ss") || strings.HasSuffix(lc, "us") || strings.HasSuffix(lc, "is") ||
		possessor(lc) {
		return false // not after a modal, nor "The county sues"
	}
	return true
}

// beforeInfinitive reports whether a folded word comes before a verb's
// plain form: "to" or a modal ("will sue", "to fund").
func beforeInfinitive(w string) bool {
	switch w {
	case "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must":
		return true
	}
	return false
}

// lightVerb reads a light-verb construction at token v: the verb, an
// optional "out" ("carried out"), a determiner, the noun and the
// preposition. It returns the index after the preposition and the key of
// the verb the construction stands for.
func (p *parser) lightVerb(v int) (end int, pred string, ok bool) {
	forms, ok := lightByVerbByEntry.valueAt(p, v)
	if !ok {
		return v, "", false
	}
	k := v + 1
	if p.lcAt(k) == "out" {
		k++
	}
	if p.determiner(k) {
		k++
	}
	if p.lcAt(k) == "legal" || p.lcAt(k) == "criminal" || p.lcAt(k) == "formal" || p.lcAt(k) == "new" {
		k++
	}
	for _, f := range forms {
		if f.nouns[p.lcAt(k)] && f.preps[p.lcAt(k+1)] {
			return k + 2, f.pred, true
		}
	}
	return v, "", false
}

// readRole reads the arguments of the predicate at tokens [v, end) whose
// object follows token last, and appends the Role when its patient is
// found. pred is the predicate's key, or "" for the key of the verb at v.
func (p *parser) readRole(v, end, last int, pred string, participle bool) {
	// The voice first: a passive role's patient is its subject, and only
	// an active one needs its object read. Only a participle is passive:
	// "the contractor, sued by the city".
	subjEnd, passive := p.subjectEnd(v)
	var by phrase
	if participle {
		by = p.byAgent(end)
		passive = passive || !by.empty()
	} else {
		passive = false
	}
	if passive && p.lcAt(end) == "to" {
		return // "is expected to", "was said to": the subject is another verb's
	}
	var object phrase
	if !passive {
		object = p.objectAfter(last)
		if !object.empty() && p.opensFigure(object.start) {
			object = phrase{} // "increased 40 percent": a measure, not a patient
		}
		if !p.hasNoun(object) {
			return // the patient would be the object
		}
	}
	whole, subj := p.subjectAt(subjEnd)
	agent, patient := subj, object
	if passive {
		if !p.hasNoun(subj) {
			return // (an active role's object has one: see above)
		}
		patient, agent = subj, by
	}
	if pred == "" {
		pred = p.verbKeyAt(v)
	}
	r := Role{Predicate: pred, Passive: passive, Negated: p.inNegation(v)}
	r.Agent, r.Patient = p.nounSpan(agent), p.nounSpan(patient)
	first, lastTok := v, end-1
	if !subj.empty() {
		first = subj.start
	}
	if !agent.empty() {
		lastTok = max(lastTok, agent.end-1)
	}
	lastTok = max(lastTok, patient.end-1)
	if p.determiner(first - 1) {
		first--
	}
	r.Span, r.Verb = p.span(first, lastTok+1), p.span(v, end)
	if passive {
		// The verb with its auxiliary: "was sued".
		k := v
		for k > whole.end && p.kindAt(k-1) == tWord {
			k--
		}
		r.Verb = p.span(k, end)
	}
	p.roles = append(p.roles, r) // see mergeRoles
}

// beForm reports whether a word is a form of "be" or "get", which makes a
// participle after it passive.
func beForm(lc string) bool {
	switch lc {
	case "is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten",
		"getting", "wasn", "weren", "isn", "aren":
		return true
	}
	return false
}

// auxiliary reports whether a word may stand between a subject and its
// verb: an auxiliary or an adverb of time or manner.
func auxiliary(lc string) bool {
	switch lc {
	case "has", "have", "had", "having", "will", "would", "could", "can", "may", "might", "must",
		"should", "shall", "do", "does", "did", "not", "never", "also", "still", "even", "just",
		"already", "yet", "now", "then", "since", "later", "first", "finally", "again", "ever",
		"soon", "once", "reportedly", "allegedly", "apparently":
		return true
	}
	return false
}

// subjectPronoun returns a subject pronoun as a constant string, or "".
// Pronouns stand for a subject the sentence named before; a role keeps
// them, so that "He told the judge" and "He told the judge's aide" have one
// agent. (A pronoun is never matched with a noun.)
func subjectPronoun(lc string) string {
	switch lc {
	case "he":
		return "he"
	case "she":
		return "she"
	case "they":
		return "they"
	case "we":
		return "we"
	case "i":
		return "i"
	case "you":
		return "you"
	case "it":
		return "it"
	}
	return ""
}

// subjectBefore reads the subject of the verb at token v: the noun phrase
// before it, past auxiliaries, adverbs and a verb of intent before "to"
// ("plans to sue"), and past what qualifies it (see subject): "the city"
// of "the city of Ashworth sued". passive reports whether a form of "be"
// or "get" stands between them.
func (p *parser) subjectBefore(v int) (np phrase, passive bool) {
	_, np, passive = p.subject(v)
	return np, passive
}

// subject reads the subject of the verb at token v as subjectBefore does,
// and returns both the whole of it, with the phrases that qualify its head
// ("the gap between the two parties in the latest poll"), and its head
// ("the gap").
func (p *parser) subject(v int) (whole, head phrase, passive bool) {
	j, passive := p.subjectEnd(v)
	whole, head = p.subjectAt(j)
	return whole, head, passive
}

// subjectEnd walks back from the verb at token v past auxiliaries, adverbs
// and a verb of intent before "to" to the last token of its subject (-1
// when none), and reports whether a form of "be" or "get" stands between
// them. Reading the subject there (subjectAt) costs more than the walk, so
// readRole does it only when the role needs it.
func (p *parser) subjectEnd(v int) (j int, passive bool) {
	for j = v - 1; j >= 0; j-- {
		lc := p.lcAt(j)
		switch {
		case beForm(lc):
			passive = true
		case auxiliary(lc) || p.kindAt(j) == tWord && strings.HasSuffix(lc, "ly") && len(lc) > 4:
		case strings.HasSuffix(lc, "n't") || strings.HasSuffix(lc, "n’t"):
			if beForm(strings.TrimSuffix(strings.TrimSuffix(lc, "n't"), "n’t")) {
				passive = true
			}
		case lc == "to" && j > 0 && p.kindAt(j-1) == tWord && !p.is(j-1, fStop) && !p.upperAt(j-1):
			// "plans to sue", "threatened to sue": the subject is that verb's.
			passive = false
			j-- // and the loop's j-- passes the verb
		default:
			return j, passive
		}
	}
	return -1, passive
}

// subjectAt reads the subject whose last token is j (see subjectEnd): a
// pronoun, or a noun phrase with the phrases that qualify its head.
func (p *parser) subjectAt(j int) (whole, head phrase) {
	switch {
	case j < 0:
		return phrase{}, phrase{}
	case subjectPronoun(p.lcAt(j)) != "":
		np := phrase{j, j + 1} // "he sued", read by key
		return np, np
	}
	np := p.phraseEndingAt(j)
	head = p.qualified(np)
	return phrase{head.start, np.end}, head
}

// qualified returns the noun phrase that np qualifies, through at most
// three links: a preposition ("the gap between the two parties", "shares
// in Acme"), an infinitive ("an application to build a supermarket") or a
// participle ("the contractor building the tram line"); np itself when
// none comes before it. A word before the link that may be a verb ("said
// in a statement") is no noun the link can qualify.
func (p *parser) qualified(np phrase) phrase {
	for range 3 {
		k := np.start - 1
		if p.determiner(k) {
			k--
		}
		switch {
		case p.is(k, fPreposition) && p.participle(k-1) && p.qualifiable(k-2):
			np = p.phraseEndingAt(k - 2) // "residents living near the plant"
		case p.is(k, fPreposition) && p.qualifiable(k-1):
			np = p.phraseEndingAt(k - 1)
		case p.lcAt(k-1) == "to" && p.kindAt(k) == tWord && !p.is(k, fStop) && !p.upperAt(k) && p.qualifiable(k-2):
			np = p.phraseEndingAt(k - 2)
		case p.participle(k) && p.qualifiable(k-1):
			np = p.phraseEndingAt(k - 1)
		default:
			return np
		}
	}
	return np
}

// prepositions open a phrase that qualifies the noun before them ("the gap
// between the two parties"), and end a noun phrase, those the stop list
// lacks too ("threatened the witness outside the court").
var prepositions = set("of", "in", "on", "at", "for", "from", "between", "with", "near",
	"over", "under", "across", "among", "to", "into", "about", "behind", "inside", "outside",
	"beside", "beyond", "throughout", "along")

// qualifiable reports whether token j is a noun a phrase after it may
// qualify: a word of a noun phrase that is neither a verb of the lexicon
// nor a lower-case past form.
func (p *parser) qualifiable(j int) bool {
	if !p.nounWord(j) || p.is(j, fVerb) || p.participle(j) {
		return false
	}
	lc := p.lcAt(j)
	return p.upperAt(j) || !strings.HasSuffix(lc, "ed") && !ingForm(lc)
}

// ingForm reports whether a lower-case word reads as a verb's "-ing" form
// by its ending alone.
func ingForm(lc string) bool { return len(lc) > 4 && strings.HasSuffix(lc, "ing") }

// participle reports whether token j is a lower-case "-ing" form after a
// word of a noun phrase, which it qualifies: "the contractor building";
// not after a possessive, which makes it a noun ("the city's planning
// chief").
func (p *parser) participle(j int) bool {
	t := p.tokAt(j) // looked up once: most tokens fail the first tests
	return t != nil && t.kind == tWord && !t.isUpper() && ingForm(t.lc) && p.nounWord(j-1) && !p.determiner(j-1) && !p.possessive(j-1)
}

// possessive reports whether token j is a word in "'s" or "’s".
func (p *parser) possessive(j int) bool {
	lc := p.lcAt(j)
	return trimPossessive(lc) != lc
}

// subjectOnly is the subject of the verb at token v, whatever its voice.
func (p *parser) subjectOnly(v int) phrase {
	np, _ := p.subjectBefore(v)
	return np
}

// phraseEndingAt reads the noun phrase whose last word is token j, back to
// a determiner, a function word or punctuation, at most four words: "the
// dam operator", "Bank of America".
func (p *parser) phraseEndingAt(j int) phrase {
	end, words := j+1, 0
	for j >= 0 && words < 4 {
		if p.upperAt(j) { // names end in a capitalized word: most words need no call
			if start := p.nameTo(j); start >= 0 && start < j {
				words, j = words+1, start-1 // "the Food and Drug Administration"
				continue
			}
		}
		switch {
		case words > 0 && p.participle(j):
			return phrase{j + 1, end} // "the contractor building | the tram line"
		case p.nounWord(j):
			words++
		case isDash(p.lcAt(j)) && p.glued(j) && p.glued(j+1) && words > 0 && p.kindAt(j-1) == tWord:
		case p.lcAt(j) == "of" && words > 0 && p.upperAt(j+1) && p.upperAt(j-1):
			// "Bank of America"
		case p.lcAt(j) == "." && words > 0 && p.glued(j) && j > 0 && p.initial(j-1):
			// "George W. Bush"
		default:
			return phrase{j + 1, end}
		}
		j--
	}
	return phrase{j + 1, end}
}

// nameFrom returns the index of the token after the name read at token k
// (see Name), or k when no name starts there.
func (p *parser) nameFrom(k int) int {
	if k >= len(p.toks) || !p.toks[k].isUpper() {
		return k
	}
	at := p.toks[k].Start
	if p.sync() {
		for _, n := range p.idx.nameStart[at] {
			if e, ok := p.tokenEnding(k, n.Name); ok {
				return e
			}
		}
		return k
	}
	for _, f := range p.facts {
		if n, ok := f.(Name); ok && n.Start == at {
			if e, ok := p.tokenEnding(k, n); ok {
				return e
			}
		}
	}
	return k
}

// tokenEnding returns the index of the token after the last token of name
// n, which starts at token k.
func (p *parser) tokenEnding(k int, n Name) (int, bool) {
	for e := k; e < len(p.toks); e++ {
		if p.toks[e].End >= n.End {
			return e + 1, true
		}
	}
	return 0, false
}

// nameTo returns the index of the first token of the name read that ends
// at token j, or -1.
func (p *parser) nameTo(j int) int {
	if j < 0 || j >= len(p.toks) || p.toks[j].kind != tWord || !p.toks[j].isUpper() {
		return -1 // names end in a capitalized word
	}
	t := &p.toks[j]
	at, bare := t.End, t.End
	if t.key&fApostrophe != 0 { // an apostrophe is only inside a word: "Smith's"
		bare = at - len(t.lc) + len(trimPossessive(t.lc))
	}
	if p.sync() {
		// The names ending at either, in p.facts order.
		a, b := p.idx.nameEnd[at], []indexedName(nil)
		if bare != at {
			b = p.idx.nameEnd[bare]
		}
		for len(a) > 0 || len(b) > 0 {
			var n indexedName
			if len(b) == 0 || len(a) > 0 && a[0].rank < b[0].rank {
				n, a = a[0], a[1:]
			} else {
				n, b = b[0], b[1:]
			}
			if s := p.tokenStarting(j, n.Name); s >= 0 {
				return s
			}
		}
		return -1
	}
	for _, f := range p.facts {
		if n, ok := f.(Name); ok && (n.End == at || n.End == bare) {
			if s := p.tokenStarting(j, n); s >= 0 {
				return s
			}
		}
	}
	return -1
}

// tokenStarting returns the index of the first token of name n, which ends
// at token j, or -1.
func (p *parser) tokenStarting(j int, n Name) int {
	for s := j; s >= 0; s-- {
		if p.toks[s].Start <= n.Start {
			return s
		}
	}
	return -1
}

// nounWord reports whether token j may be a word of a noun phrase: a word
// that is no function word (an acronym may be one: "US"), nor a number.
func (p *parser) nounWord(j int) bool {
	t := p.tokAt(j)
	// A stop word is ASCII: an acronym only when capitalized.
	return t != nil && t.kind == tWord && (t.lex&fStop == 0 || t.isUpper() && p.acronym(j))
}

// objectAfter reads the noun phrase that follows token v: past a
// determiner and adverbs, figures included ("killed 9 people"), up to a
// function word, punctuation or a verb, at most four words.
func (p *parser) objectAfter(v int) phrase {
	k := v + 1
	for p.determiner(k) || p.kindAt(k) == tWord && strings.HasSuffix(p.lcAt(k), "ly") && len(p.lcAt(k)) > 4 {
		k++
	}
	start, words := k, 0
	for k < len(p.toks) && words < 4 {
		t := &p.toks[k]
		if t.isUpper() { // names start at a capital: most words need no call
			if end := p.nameFrom(k); end > k+1 {
				words, k = words+1, end // "the Food and Drug Administration"
				continue
			}
		}
		switch {
		case t.kind == tNum && words == 0, t.lex&(fCardinal|fScale) != 0 && words == 0:
		case p.nounWord(k):
			if words > 0 && (strings.HasSuffix(t.lc, "ing") && !p.possessive(k-1) || strings.HasSuffix(t.lc, "ed") && !p.upperAt(k) ||
				t.lex&(fPreposition|fTimeSpan) != 0 || t.lc == "moments") ||
				t.lex&(fWeekday|fMonth|fTimeAdverb) != 0 {
				return phrase{start, k} // "the operator accused", "people fleeing", "Smith early on"
			}
			words++
			if t.isUpper() && p.lcAt(k+1) == "of" && p.upperAt(k+2) && !possessor(t.lc) {
				k++ // "Bank of America"
			}
		case isDash(t.lc) && p.glued(k) && p.glued(k+1) && words > 0:
		case t.lc == "%" && p.glued(k):
		default:
			return phrase{start, k}
		}
		k++
	}
	return phrase{start, k}
}

// timeAdverbs say when, not who or what, though no function words: they
// end a noun phrase ("detained Smith early on Saturday").
var timeAdverbs = set("early", "earlier", "late", "later", "again", "soon", "recently", "overnight",
	"instead", "abroad", "home", "morning", "afternoon", "evening", "night", "week", "month", "year")

// byAgent reads the agent of a passive verb ending before token k: "by the
// city". Empty when no "by" follows.
func (p *parser) byAgent(k int) phrase {
	if p.kindAt(k) == tWord && strings.HasSuffix(p.lcAt(k), "ly") {
		k++
	}
	if p.lcAt(k) != "by" || p.opensFigure(k+1) {
		return phrase{} // no agent; "by 40 percent" is a measure
	}
	return p.objectAfter(k)
}

// hasNoun reports whether np has a content word.
func (p *parser) hasNoun(np phrase) bool {
	for k := np.start; k < np.end; k++ {
		if p.nounWord(k) {
			return true
		}
	}
	return false
}

// phraseKey returns the content words of np, lower case, joined by spaces: "dam
// operator" for "the dam operator's"; "" for none.
func (p *parser) phraseKey(np phrase) string {
	x, _ := p.phraseKeys(np, phrase{})
	return x
}

// phraseKeys returns the keys of two noun phrases (see phraseKey), made in one
// allocation: extraction reads many.
func (p *parser) phraseKeys(a, b phrase) (string, string) {
	var arr [128]byte
	buf := p.appendKey(arr[:0], a)
	n := len(buf)
	buf = p.appendKey(buf, b)
	if len(buf) == 0 {
		return "", ""
	}
	both := string(buf)
	return both[:n], both[n:]
}

// appendKey appends the key of np to dst.
func (p *parser) appendKey(dst []byte, np phrase) []byte {
	if np.end == np.start+1 {
		if pr := subjectPronoun(p.lcAt(np.start)); pr != "" {
			return append(dst, pr...)
		}
	}
	start := len(dst)
	for k := np.start; k < np.end; k++ {
		if !p.nounWord(k) {
			continue
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		// The lower-cased word, copied out of the scratch memory it lives
		// in by the append.
		dst = append(dst, trimPossessive(p.toks[k].lc)...)
		if p.lcAt(k+1) == "of" && k+1 < np.end {
			dst = append(dst, " of"...) // "bank of america": its head is "bank"
		}
	}
	return dst
}

// nounSpan returns the span of np from its first content word (or
// pronoun) to its last; empty for none.
func (p *parser) nounSpan(np phrase) Span {
	first, last := -1, -1
	for k := np.start; k < np.end; k++ {
		if p.nounWord(k) || np.end == np.start+1 && subjectPronoun(p.lcAt(k)) != "" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return Span{}
	}
	return p.span(first, last+1)
}

// argumentKey returns the key of the argument at span s of text: its
// words, folded, function words dropped (a lone pronoun kept), "'s"
// dropped, joined by spaces, with "of" kept between words ("bank of
// america", whose head is "bank"); and the possessive word before the last
// word, if any ("senator" for "the senator's aide").
func argumentKey(text string, s Span) (key, possessor string) {
	if s.Start >= s.End {
		return "", ""
	}
	var words []string
	lone := true
	for w := range Words(text[s.Start:s.End]) {
		v := Fold(text[s.Start+w.Start : s.Start+w.End])
		if v == "s" && apostropheBefore(text, s.Start+w.Start) {
			if len(words) > 0 {
				possessor = words[len(words)-1]
			}
			continue
		}
		words = append(words, v)
		lone = lone && len(words) == 1
	}
	if len(words) == 1 && subjectPronoun(words[0]) != "" {
		return words[0], ""
	}
	kept := words[:0]
	for i, v := range words {
		if v == "of" && i > 0 && i < len(words)-1 || !IsStopWord(v) {
			kept = append(kept, v)
		}
	}
	if possessor != "" && len(kept) > 0 && kept[len(kept)-1] == possessor {
		possessor = "" // "the senator's": the possessive is the head itself
	}
	return strings.Join(kept, " "), possessor
}

// head returns the head noun of an argument key: its last word, or the
// last before "of" ("bank" of "bank of america").
func head(key string) string {
	if i := strings.Index(key, " of "); i >= 0 {
		key = key[:i]
	}
	return key[strings.LastIndexByte(key, ' ')+1:]
}

// sameArgument reports whether two argument keys name one thing: the same
// head noun, inflections aside, and every word of the shorter in the
// longer ("the operator", "the dam operators"; not "Jeb Bush" and "George
// W. Bush").
func sameArgument(x, y string) bool {
	if x == "" || y == "" || Stem(head(x)) != Stem(head(y)) {
		return false
	}
	if strings.Count(x, " ") > strings.Count(y, " ") {
		x, y = y, x
	}
	for w := range strings.SplitSeq(x, " ") {
		found := false
		for v := range strings.SplitSeq(y, " ") {
			found = found || w == v || Stem(w) == Stem(v)
		}
		if !found {
			return false
		}
	}
	return true
}

// compareRoles pairs the roles of a and b around the same predicate (or
// two synonyms, see samePredicate). Two roles whose agents and patients
// name the same things agree (the passive voice and light verbs read as
// the active: "the contractor was sued by the city" agrees with "the city
// sued the contractor"). Two whose agent and patient are swapped diverge
// ("the contractor sued the city"). Two of one predicate with the same
// agent whose patients are a thing and something of it ("arrested the
// senator", "arrested the senator's aide") diverge as predicates: the act
// was done to another. Roles on either side of a negation are not
// compared: that is the negation's to report.
func compareRoles(a, b *Facts) []Comparison {
	xs, ys := of[Role](a), of[Role](b)
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	// The keys of the arguments, read once a role is paired with another
	// of the same voice of negation.
	type args struct {
		Agent, Patient, Possessor string
		read                      bool
	}
	read := func(f *Facts, r Role, to *args) {
		if !to.read {
			to.Agent, _ = argumentKey(f.Text, r.Agent)
			to.Patient, to.Possessor = argumentKey(f.Text, r.Patient)
			to.read = true
		}
	}
	var out []Comparison
	used := make([]bool, len(ys))
	var yArgsBuf [4]args // a sentence has a role or two: on the stack
	yArgs := yArgsBuf[:]
	if len(ys) > len(yArgsBuf) {
		yArgs = make([]args, len(ys))
	}
	for _, xr := range xs {
		var x args
		for j, yr := range ys {
			if used[j] || xr.Negated != yr.Negated {
				continue
			}
			read(a, xr, &x)
			read(b, yr, &yArgs[j])
			y := yArgs[j]
			exact := xr.Predicate == yr.Predicate
			agents := x.Agent == "" || y.Agent == "" || sameArgument(x.Agent, y.Agent)
			var c Comparison
			switch {
			case agents && sameArgument(x.Patient, y.Patient):
				c = Comparison{KindRole, Agree, xr.Span, yr.Span}
			case sameArgument(x.Agent, y.Patient) && sameArgument(x.Patient, y.Agent) &&
				!sameArgument(x.Agent, y.Agent) && !sameArgument(x.Patient, y.Patient):
				c = Comparison{KindRole, Diverge, xr.Span, yr.Span}
				if symmetric[xr.Predicate] {
					c.Verdict = Agree // "Bush met Putin" is "Putin met Bush".
				}
			case agents && exact &&
				(x.Possessor != "" && sameArgument(x.Possessor, y.Patient) || y.Possessor != "" && sameArgument(y.Possessor, x.Patient)):
				c = Comparison{KindPredicate, Diverge, xr.Span, yr.Span}
			default:
				continue
			}
			// WordNet is asked last: the arguments already relate.
			if !exact && !samePredicate(a.Text, xr, b.Text, yr) {
				continue
			}
			out = append(out, c)
			used[j] = true
			break
		}
	}
	return out
}

// predicateSenses is how many senses of each verb samePredicate counts:
// past the first, "kill" means "vote down" and "defeat" shares it.
const predicateSenses = 1

// samePredicate reports whether two roles state one act: the same key, or
// verbs that WordNet 3.0 puts in one synset in one of their first
// predicateSenses senses ("bought" and "purchased", "hired" and
// "employed"). A light-verb construction counts by its key alone.
func samePredicate(at string, x Role, bt string, y Role) bool {
	if x.Predicate == y.Predicate {
		return true
	}
	vx, vy := verbWord(at, x), verbWord(bt, y)
	if vx == "" || vy == "" {
		return false
	}
	return synonyms(vx, vy, wordnet.Verb, predicateSenses)
}

// verbWord returns the verb of a role, lower case: the last word of its
// verb ("sued" of "was sued"), or "" for a light-verb construction.
func verbWord(text string, r Role) string {
	v := text[r.Verb.Start:r.Verb.End]
	i := strings.LastIndexByte(v, ' ')
	if i >= 0 && !r.Passive {
		return "" // "filed a lawsuit against"
	}
	return strings.ToLower(v[i+1:])
}

// writeAsIs leaves a fact as written, in Canonical or in the masked form:
// a role spans the facts of its clause, which are written by their own
// rows; a direction or an outcome is what the claim says.
func writeAsIs(*strings.Builder, Fact, string) bool { return false }
