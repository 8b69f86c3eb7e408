package normalize

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Name is an entity-like span: a person, place or organisation. A Name
// made by hand is compared as one Extract reads with the same Text and
// Key, except for what only the reader knows: a title or an initial that
// marks a person, a word that marks an organisation or a place, and an
// acronym stated beside the name in brackets.
type Name struct {
	Span
	Text string
	Key  string // comparison key: equal for spelling variants and aliases
	// forms are the forms of the name that masking and sameEntity use,
	// kept once for every copy: what the names reader knew, and the
	// spelling, worked out on first use rather than for every pair.
	forms *nameForms
}

// DefaultAliases returns a copy of the built-in alias table: each canonical
// name with the variants that name the same entity. Spelling variants that
// differ only in case, diacritics, hyphens, dots, doubled letters or vowels
// ("Mohammed", "Mohamed", "Muhammad") need no entry: Key tolerates them.
// Extend the table with WithAliases.
func DefaultAliases() map[string][]string {
	m := make(map[string][]string, len(defaultAliases))
	for k, v := range defaultAliases {
		m[k] = append([]string(nil), v...)
	}
	return m
}

// defaultAliases is the alias table: canonical name -> variants.
var defaultAliases = map[string][]string{
	"Islamic State":    {"IS", "ISIS", "ISIL", "Daesh", "Daish", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"},
	"United States":    {"US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "American", "Americans"},
	"United Kingdom":   {"UK", "U.K.", "Britain", "Great Britain", "British"},
	"United Nations":   {"UN", "U.N."},
	"European Union":   {"EU", "E.U."},
	"Soviet Union":     {"USSR", "U.S.S.R."},
	"al-Qaeda":         {"al-Qaida", "al Qaeda", "Al Qaida", "al-Qa'ida"},
	"Gaddafi":          {"Qaddafi", "Qadhafi", "Kadhafi", "Khadafy", "Gadhafi"},
	"Kyiv":             {"Kiev"},
	"Myanmar":          {"Burma"},
	"Democratic Party": {"Democrats"},
	"Republican Party": {"Republicans", "GOP"},
}

func defaultAliasKeys() map[string]string {
	m := make(map[string]string)
	for canon, vs := range defaultAliases {
		c := preKey(canon)
		m[c] = c
		for _, v := range vs {
			m[preKey(v)] = c
		}
	}
	return m
}

// name reads a capitalized sequence at token i: "Prime Minister Mohammed
// Shia al-Sudani", "U.S.", "Standard & Poor's", "Bank of America",
// "Centers for Disease Control and Prevention".
func (p *parser) name(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord {
		return i, false
	}
	if len(t.lc) == 1 { // as every party tag opens (tested here to spare other words the call)
		if end, ok := p.partyTag(i); ok {
			return end, true
		}
	}
	start := i
	if !t.isUpper() {
		// "al-Sudani": a particle glued to a capitalized word.
		if !(p.is(i, fParticle) && isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) && p.upperAt(i+2)) {
			return i, false
		}
	} else if !plainNameWord(t) && !p.nameWord(i) {
		return i + 1, true
	}
	end := i + 1
	joined := false // an "of" or "for" is inside the name
	for j := i + 1; j < len(p.toks); {
		tj := &p.toks[j]
		if tj.kind == tWord && !tj.isUpper() && tj.lex&fParticle == 0 && tj.lc != "of" && tj.lc != "for" && tj.lc != "and" {
			// A small word ends the name unless it joins one ("of", "for",
			// "and", "bin"): most names end so, found by one test.
			break
		}
		if tj.kind == tPunct && tj.lc != "." && tj.lc != "&" && tj.lex&fParticle == 0 && !isDash(tj.lc) {
			break // a comma, a bracket or a quote ends the name: none of the cases reads one
		}
		switch {
		case tj.isUpper() && p.innerTitle(start, j): // a title is capitalized: most tokens are spared the call
			// "Texas Gov. Greg Abbott", "Supreme Court Justice Antonin
			// Scalia": a person's name with a title starts here.
		case tj.kind == tWord && tj.isUpper() && (plainNameWord(tj) || p.nameWord(j)) && (tj.space || p.toks[j-1].kind == tWord || isDash(p.toks[j-1].lc)):
			end, j = j+1, j+1
			if tj.key&fApostrophe != 0 && possessor(tj.lc) {
				j = len(p.toks) // a possessive ends the name
			}
			continue
		case tj.lc == "." && p.glued(j) && (p.is(j-1, fTitle|fNameAbbrev) || p.initial(j-1)) && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Sen. Ted Cruz", "St. Louis", "Harold W. Gehman"
			continue
		case tj.lc == "." && p.glued(j) && p.is(j-1, fTitle) && p.is(j+1, fParticle) && isDash(p.lcAt(j+2)) && p.glued(j+2) && p.glued(j+3) && p.upperAt(j+3):
			j++ // "Mr. al-Sudani"
			continue
		case tj.lc == "." && p.glued(j) && p.is(j-1, fNameAbbrev) && p.lcAt(j+1) == "of" && p.upperAt(j+2) && p.nameWord(j+2):
			joined = true
			j += 2 // "Dept. of Health"
			continue
		case tj.kind == tPunct && isDash(tj.lc) && p.glued(j) && p.glued(j+1) && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Bosnia-Herzegovina"
			continue
		case (tj.lc == "of" || tj.lc == "&" || p.is(j, fParticle) || tj.lc == "for" && p.is(j-1, fNameOpener)) && p.upperAt(j+1) && p.nameWord(j+1):
			joined = joined || tj.lc != "&" && !p.is(j, fParticle)
			j++ // "Bank of America", "bin Laden", "Centers for Disease Control"
			continue
		case tj.lc == "of" && p.lcAt(j+1) == "the" && p.upperAt(j+2) && p.nameWord(j+2) && p.upperAt(j-1):
			joined = true
			j += 2 // "International Committee of the Red Cross"
			continue
		case tj.lc == "and" && p.upperAt(j+1) && p.nameWord(j+1) && (joined && p.is(start, fNameOpener) || p.headAhead(j+1)):
			j++ // "Ministry of Trade and Industry", "Food and Drug Administration"
			continue
		case p.is(j, fParticle) && isDash(p.lcAt(j+1)) && p.glued(j+1) && p.glued(j+2) && p.upperAt(j+2):
			j += 2 // "Mohammed al-Sudani"
			continue
		}
		break
	}
	if t := &p.toks[start]; t.key&fApostrophe != 0 && possessor(t.lc) {
		end = start + 1
	}
	// Most names follow a word, and so open no sentence: one test spares
	// them the call.
	if (start == 0 || p.toks[start-1].kind == tPunct) && p.sentenceStart(start) && p.toks[start].isUpper() && !p.is(start, fTitle|fNameHead|fNameOpener) {
		// A capital that opens the sentence says nothing: drop a lone word,
		// and the head of "Shares of Genentech", unless it looks like a
		// name; keep "Gyorgy Heizler", "Sen. Ted Cruz", "Bank of America"
		// whatever it looks like (so looksLikeName is asked last).
		k := start + 1
		switch {
		case p.lcAt(k) == ".":
			k++ // "St. Louis"
		case isDash(p.lcAt(k)) && p.glued(k) && p.glued(k+1):
			k += 2 // "Jean-Luc Picard"; "Pro-Russian forces" is no name
		}
		lone := end == start+1
		if (lone || !p.upperAt(k)) && !p.looksLikeName(start) {
			if lone {
				return end, true
			}
			// "Shares of Genentech", "Sales & Marketing": drop the head and connector.
			next := start + 1
			for next < end && !p.upperAt(next) {
				next++
			}
			start = next
		}
	}
	text := p.text(start, end)
	words, wf, ok := p.plainWords(start, end)
	if !ok {
		// The long way: the words cleaned from the text.
		words, wf = p.cutWords(text)
	}
	parts := &p.preParts
	p.key = keepPreKeyWords(words, wf, parts, p.key[:0])
	// The pre-key is written only to look it up in the aliases, and only
	// when the alias filter lets it through (one name in ten).
	if parts.mayBeAlias(words, &p.x.opts) {
		p.pre = appendKept(p.pre[:0], words, parts.kept)
		if c, ok := p.x.opts.canonical(p.pre); ok {
			p.key = appendSkeletons(p.key[:0], c, &parts.key) // an alias: the key of its canonical name
		}
	}
	if len(p.key) == 0 {
		return end, true
	}
	n := Name{Span: p.span(start, end), Text: text}
	n.forms, n.Key = newNameForms(&p.forms, text, p.key, parts, p.person(start, end))
	// A bracket beside the name (tested here to spare most names the
	// call) may state its acronym: "the Environmental Protection Agency
	// (EPA)". That is rare, so its spelling is worked out now, to keep
	// what only the reader knows.
	if p.lcAt(end) == "(" || p.lcAt(start-1) == "(" {
		if acr, ok := p.statedAcronym(start, end); ok {
			n.forms.spell.Store(newSpelling(text, n.Key, acr))
		}
	}
	p.add(n, n.Start)
	return end, true
}

// plainWords returns the words of the name at tokens [start,end) and their
// lexicon flags, as appendPreKey would cut and look them up, when its
// words are ASCII letters (most names), a possessive "'s" may end one
// ("Iraq's") and a full stop one followed by a space or the end ("Sen.
// Ted Cruz"), and spaces stand between them: each word is then a token,
// whose lower-case text and flags tokenize has already worked out (but
// for a possessive, looked up without it).
func (p *parser) plainWords(start, end int) ([]string, *preKeyFlags, bool) {
	n := 0
	for k := start; k < end; k++ {
		t := &p.toks[k]
		if k > start && !p.spacesBefore(k) {
			// A full stop glued to a word before a space: appendPreKey
			// drops it from that word (but "Iraq's." keeps its "s":
			// "iraqs").
			if prev := &p.toks[k-1]; t.lc == "." && !t.space && prev.kind == tWord && prev.key&fApostrophe == 0 && (k+1 == end || p.toks[k+1].space) {
				continue
			}
			return nil, nil, false
		}
		if t.kind != tWord {
			return nil, nil, false
		}
		w, f := t.lc, t.lex
		if t.key&fApostrophe != 0 {
			if !strings.HasSuffix(w, "'s") {
				return nil, nil, false
			}
			w = w[:len(w)-2]
			f = lexiconFlags(w)
			for i := 0; i < len(w); i++ {
				if w[i]-'a' >= 26 {
					return nil, nil, false
				}
			}
		} else if t.key&fNotLetters != 0 {
			return nil, nil, false // tokenize saw a byte that is no ASCII letter
		}
		if n < preKeyWords {
			p.words[n], p.wordFlags[n] = w, f
			n++
		}
	}
	return p.words[:n], &p.wordFlags, true
}

// spacesBefore reports whether token i follows token i-1 after one or more
// spaces, and nothing else.
func (p *parser) spacesBefore(i int) bool {
	t := &p.toks[i]
	if !t.space {
		return false
	}
	for k := p.toks[i-1].End; k < t.Start; k++ {
		if p.s[k] != ' ' {
			return false
		}
	}
	return true
}

// person reports whether the name at tokens [start,end) names a person: a
// title opens it ("Gov. Ilse Marchetti", "Senator Ortega") or an initial
// stands before its last word ("Luis M. Ortega", "J. Ortiz"; not the
// letters of "U.S.").
func (p *parser) person(start, end int) bool {
	// Inlined: most names have a word or two and no title.
	return p.toks[start].lex&fTitle != 0 || end-start > 2 && p.initialInside(start, end)
}

// initialInside reports whether an initial stands inside the name at
// tokens [start,end) (see person).
func (p *parser) initialInside(start, end int) bool {
	for k := start; k+2 < end; k++ {
		if p.initial(k) && p.lcAt(k+1) == "." && p.glued(k+1) {
			return true
		}
	}
	return false
}

// innerTitle reports whether the name that starts at token start ends
// before token j, a title inside it that opens a person's name: a title
// after a word that is none ("Texas Gov. Greg Abbott", "University of
// Michigan President Mary Sue Coleman", not "Attorney General Eric Holder"),
// before a capitalized word that is no title either ("Martin Luther King
// Jr." stays one name).
func (p *parser) innerTitle(start, j int) bool {
	if j == start || !p.is(j, fTitle) || !p.upperAt(j) || p.is(j-1, fTitle) || p.lcAt(j-1) == "." {
		return false
	}
	k := j + 1
	for p.lcAt(k) == "." || p.is(k, fTitle) && p.upperAt(k) {
		k++ // "Palestinian Prime Minister Mahmoud Abbas"
	}
	return p.upperAt(k) && p.nameWord(k)
}

// headAhead reports whether the capitalized words from token i run to a
// word that ends the name of an organisation: after "and", "Drug
// Administration" goes on "Food and", "Wells Fargo" does not go on "Bank of
// America and".
func (p *parser) headAhead(i int) bool {
	for ; p.upperAt(i) && p.nameWord(i); i++ {
		if p.is(i, fNameHead) && !p.upperAt(i+1) {
			return true
		}
	}
	return false
}

// statedAcronym returns the acronym a text states for the name at tokens
// [start,end), folded and compact: "Environmental Protection Agency (EPA)"
// gives "epa", and so does "EPA (Environmental Protection Agency)" for the
// name in brackets.
func (p *parser) statedAcronym(start, end int) (string, bool) {
	at := -1
	switch {
	case p.lcAt(end) == "(" && p.lcAt(end+2) == ")":
		at = end + 1
	case p.lcAt(start-1) == "(" && p.lcAt(end) == ")":
		at = start - 2
	}
	if at < 0 || p.kindAt(at) != tWord || !p.acronym(at) || end-start < 2 {
		return "", false
	}
	return compact(Fold(p.s[p.toks[at].Start:p.toks[at].End])), true
}

// initial reports whether token i is a capital letter alone, an initial
// inside a name.
func (p *parser) initial(i int) bool {
	return p.upperAt(i) && len(p.toks[i].lc) == 1
}

// partyTag reads a party-and-place tag at token i ("R-Tenn.", "D-Houston"),
// which says who a politician is, not another entity, and returns the index
// after it.
func (p *parser) partyTag(i int) (int, bool) {
	switch p.lcAt(i) {
	case "r", "d", "i":
	default:
		return i, false
	}
	if !p.upperAt(i) || !isDash(p.lcAt(i+1)) || !p.glued(i+1) || !p.glued(i+2) || !p.upperAt(i+2) {
		return i, false
	}
	end := i + 3
	if p.lcAt(end) == "." && p.glued(end) {
		end++
	}
	return end, true
}

func (p *parser) upperAt(i int) bool {
	t := p.tokAt(i)
	return t != nil && t.kind == tWord && t.isUpper()
}

// nameWord reports whether the capitalized word at i may be part of a name:
// not a function word ("The", "But"), nor a month or weekday.
func (p *parser) nameWord(i int) bool {
	t := &p.toks[i]
	if plainNameWord(t) {
		return true
	}
	lc := t.lc
	if p.is(i, fStop) && !p.acronym(i) {
		return false
	}
	if p.is(i, fMonth|fMonthAbbrev) { // as every month date opens
		if _, _, ok := p.monthDate(i, false); ok {
			return false
		}
	}
	w, f := lc, t.lex
	if mayBePossessive(t) {
		if w = trimPossessive(lc); len(w) < len(lc) {
			f = lexiconFlags(w)
		}
	}
	if f&fWeekday != 0 && len(w) > 4 || p.is(i, fTime) && p.acronym(i) {
		return false // "Tuesday", "Tuesday's", a time zone: "EDT"
	}
	return true
}

// capitalStopWord reports whether stop word i is capitalized with a small
// letter second ("The", "But"), so that it is no acronym: nameWord turns
// it away, and name passes over it without a fact.
func (p *parser) capitalStopWord(i int) bool {
	t := &p.toks[i]
	// A small ASCII letter second means an ASCII capital first.
	return t.isUpper() && t.End-t.Start > 1 && p.s[t.Start+1]-'a' < 26
}

// plainNameWord reports whether nameWord holds for word t by its first
// test, which most capitalized words pass; it is inlined where names are
// read, to spare them the call.
func plainNameWord(t *token) bool {
	return t.lex&(fStop|fMonth|fMonthAbbrev|fWeekday|fTime) == 0 && !mayBePossessive(t)
}

// acronym reports whether the word at i is written in capitals: "ISIS", "U.S.".
func (p *parser) acronym(i int) bool {
	t := &p.toks[i]
	w := p.s[t.Start:t.End]
	// Byte by byte while the word is ASCII: most words are, and most
	// turn out to have a small letter first.
	letters := 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= utf8.RuneSelf:
			return acronymRunes(w)
		case c-'a' < 26:
			return false
		case c-'A' < 26:
			letters++
		}
	}
	return letters >= 2
}

// acronymRunes is acronym for a word that is not ASCII.
func acronymRunes(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// looksLikeName reports whether a capitalized word that opens a sentence is
// a name all the same: an acronym, a word with an inner capital (McCain,
// PepsiCo), a possessive (Iraq's, not It's), an alias, or a word English
// does not know (Marchetti, Amrozi: see commonWord).
func (p *parser) looksLikeName(i int) bool {
	t := &p.toks[i]
	if p.is(i, fStop) {
		return false
	}
	w := p.s[t.Start:t.End]
	if p.acronym(i) {
		return true
	}
	// A word ends in "'s" or a contraction only with an apostrophe inside
	// (fApostrophe in token.key): most words need neither test.
	if t.key&fApostrophe != 0 {
		if stem := trimPossessive(t.lc); stem != t.lc {
			// "Iraq's" is a name, "It's" and "Let's" are not.
			return !IsStopWord(stem) && stem != "let"
		}
		if contracted(t.lc) {
			return false // "Don't", "We're", "I'm"
		}
	}
	ascii := isASCII(w)
	if ascii {
		for k := 1; k < len(w); k++ {
			if w[k]-'A' < 26 {
				return true
			}
		}
	} else {
		_, n := utf8.DecodeRuneInString(w)
		for _, r := range w[n:] {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	// A word token is letters, apostrophes and dots: in ASCII, Fold only
	// lowers it, as t.lc is (commonWord keeps no string it is given).
	f := t.lc
	if !ascii {
		f = Fold(w)
	}
	if !commonWord(f) {
		return true
	}
	var buf [128]byte
	pre := buf[:0]
	if words, wf, ok := p.plainWords(i, i+1); ok {
		if w := words[0]; w != "" && !p.x.opts.aliasFilter(len(w), w[0], w[len(w)-1]) {
			return false // its pre-key is the word or, for a title, none
		}
		pre = appendPreKeyWords(pre, words, wf)
	} else {
		pre = appendPreKey(pre, w)
	}
	_, ok := p.x.opts.alias(pre)
	return ok
}

// isASCII reports whether s is plain ASCII.
func isASCII[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// contracted reports whether a lower-case word ends in a contracted verb
// or "not": "don't", "we're", "i'm", "they'll", "we've", "he'd".
func contracted(lc string) bool {
	// Not LastIndexAny, which decodes every rune when a character sought is
	// not ASCII.
	k := max(strings.LastIndexByte(lc, '\''), strings.LastIndex(lc, "’"))
	if k < 0 {
		return false
	}
	switch strings.TrimLeft(lc[k:], "'’") {
	case "t", "re", "m", "ll", "ve", "d":
		return true
	}
	return false
}

// commonWord reports whether a folded word is English rather than a name:
// WordNet lists it (in any inflection, see wordnet.AppendLemmas), it is a
// function word WordNet leaves out ("everyone", "whilst"), or it is two
// English words run together ("policymakers"). WordNet lists some names too
// ("Washington", "Brandt"), so a name that opens a sentence is read only
// when it is none of these.
func commonWord(w string) bool {
	if len(w) < 2 || len(w) > 30 {
		return true // a run of 30 letters is no name, and not worth 60 lookups
	}
	// The answer takes up to a dozen WordNet lookups and the words that
	// open sentences repeat, so answers for up to commonWordCacheSize
	// words are kept (the table never changes).
	if v, ok := commonWordCache.Load(w); ok {
		return v.(bool)
	}
	common := closedWords[w] || known(w) // the cache keeps the closed words' answers too
	for k := 3; !common && k+3 <= len(w); k++ {
		common = known(w[:k]) && known(w[k:])
	}
	if commonWordCacheLen.Load() < commonWordCacheSize {
		if _, loaded := commonWordCache.LoadOrStore(strings.Clone(w), common); !loaded {
			commonWordCacheLen.Add(1)
		}
	}
	return common
}

const commonWordCacheSize = 1 << 16

var (
	commonWordCache    sync.Map // word -> commonWord's answer
	commonWordCacheLen atomic.Int64
)

// known reports whether WordNet has a lemma for word.
func known(word string) bool {
	var buf [4]wordnet.Lemma
	return len(wordnet.AppendLemmas(buf[:0], word, wordnet.AnyPOS)) > 0
}

// preKey folds a name into the words its key is made of: case, diacritics,
// dots and possessives dropped, titles and particles dropped, the parts of a
// hyphenated word joined. "President Mohammed Shia al-Sudani's" ->
// "mohammed shia sudani"; "Wal-Mart" -> "walmart". It returns "" for a
// name made only of titles ("Mr.").
func preKey(name string) string {
	var buf [128]byte
	return string(appendPreKey(buf[:0], name))
}

// preKeyFlags are the lexicon flags of the words of a pre-key, in order,
// as appendPreKey looked them up.
type preKeyFlags [preKeyWords]lexFlag

// preKeyParts are the words of a pre-key as appendPreKey wrote them: where
// each ends and what their lexicon flags say of the name, so that the
// forms of a name are read from the pre-key without looking for its spaces
// or up its words again.
type preKeyParts struct {
	kept     uint32   // bit k set for each word k of the name the pre-key keeps
	words    wordEnds // where the words of the pre-key end
	orgWord  bool     // a word names an organisation: fOrgHead in its headFlagsOf ("Agency", "Bureau")
	lastHead lexFlag  // headFlagsOf the last word
	key      wordEnds // the words of the key made of it (see keepPreKeyWords)
}

// wordEnds are where the words of a pre-key or key end: the offset after
// each, n of them. (Either has at most preKeyWords: a key has those of its
// pre-key or of an alias's, itself a pre-key.)
type wordEnds struct {
	ends [preKeyWords]int
	n    int
}

// list returns the ends of the words, in order.
func (e *wordEnds) list() []int { return e.ends[:e.n] }

// cut sets e to the words of s, a pre-key: words joined by single spaces,
// as appendPreKeyWords writes them.
func (e *wordEnds) cut(s string) {
	e.n = 0
	for i := range s {
		if s[i] == ' ' && e.n < len(e.ends) {
			e.ends[e.n] = i
			e.n++
		}
	}
	if len(s) > 0 && e.n < len(e.ends) {
		e.ends[e.n] = len(s)
		e.n++
	}
}

// preKeyWords is the most words a pre-key keeps of a name.
const preKeyWords = 24

// appendPreKey appends the preKey of name to dst.
func appendPreKey(dst []byte, name string) []byte {
	var buf [96]byte
	var spans [preKeyWords][2]int
	out, n := cutPreKeyWords(buf[:0], name, &spans)
	// The words alias out, which is not written again (and stays on the
	// stack, which a function setting them would not let it); their
	// lexicon flags are looked up once.
	var words [preKeyWords]string
	var wf preKeyFlags
	for k := range n {
		words[k] = unsafe.String(&out[spans[k][0]], spans[k][1]-spans[k][0])
		wf[k] = lexiconFlags(words[k])
	}
	return appendPreKeyWords(dst, words[:n], &wf)
}

// cutWords returns the words of the name text cleaned as preKey does and
// their lexicon flags, in the parser's scratch (see appendPreKey).
func (p *parser) cutWords(text string) ([]string, *preKeyFlags) {
	var spans [preKeyWords][2]int
	var n int
	p.cut, n = cutPreKeyWords(p.cut, text, &spans)
	for k := range n {
		p.words[k] = unsafe.String(&p.cut[spans[k][0]], spans[k][1]-spans[k][0])
		p.wordFlags[k] = lexiconFlags(p.words[k])
	}
	return p.words[:n], &p.wordFlags
}

// cutPreKeyWords cleans the words of name as preKey does (folded, without
// possessives, particles glued by a hyphen, hyphens, dots or apostrophes)
// into out, and returns out and n, the number of words, each out[s[0]:s[1]]
// for s the first n of spans.
func cutPreKeyWords(out []byte, name string, spans *[preKeyWords][2]int) ([]byte, int) {
	// Plain ASCII is lowered below, without the cost of Fold.
	f := name
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x80 || c < ' ' || c == 0x7f {
			f = Fold(name)
			break
		}
	}
	// Clean each word into out, remembering where the words are. A word
	// loses bytes and gains none, so out needs at most len(f) of them.
	out = slices.Grow(out[:0], len(f))[:len(f)]
	used := 0
	n := 0
	for i := 0; i < len(f); {
		for i < len(f) && isNameSep(f[i]) {
			i++
		}
		j := i
		for j < len(f) && !isNameSep(f[j]) {
			j++
		}
		if i == j {
			break
		}
		w := f[i:j]
		i = j
		w = trimPossessive(w)
		// Drop particles glued by a hyphen ("al-sudani"), then the hyphens,
		// dots and apostrophes ("wal-mart" -> "walmart", "u.s." -> "us").
		for {
			k := strings.IndexByte(w, '-')
			var lower [8]byte
			if k <= 0 || k == len(w)-1 || k > len(lower) || lexiconFlags(appendLowerASCII(lower[:0], w[:k]))&fParticle == 0 {
				break
			}
			w = w[k+1:]
		}
		start := used
		for k := 0; k < len(w); k++ {
			if c := w[k]; c == 0 || preKeyBytes[c] != 0 {
				out[used] = preKeyBytes[c]
				used++
			}
		}
		if used > start && n < len(spans) {
			spans[n] = [2]int{start, used}
			n++
		} else {
			used = start
		}
	}
	return out, n
}

// appendPreKeyWords appends the preKey of a name cut into cleaned words
// (lower case, without possessives, hyphens, dots or apostrophes) whose
// lexicon flags are wf to dst.
func appendPreKeyWords(dst []byte, words []string, wf *preKeyFlags) []byte {
	var parts preKeyParts
	var key [128]byte
	keepPreKeyWords(words, wf, &parts, key[:0])
	return appendKept(dst, words, parts.kept)
}

// keepPreKeyWords sets parts to the words of the pre-key of a name cut
// into cleaned words (see appendPreKeyWords) whose lexicon flags are wf:
// which of them it keeps, where each ends in it, what their flags say of
// the name, and where the words of its key end; it appends that key, the
// skeletons (see appendSkeleton) of the kept words with a space between,
// to key and returns it. The pre-key itself is needed only when it may be
// an alias (mayBeAlias, appendKept), and is not written.
func keepPreKeyWords(words []string, wf *preKeyFlags, parts *preKeyParts, key []byte) []byte {
	lo, hi := 0, len(words)
	for hi > lo && wf[hi-1]&fSuffixTitle != 0 {
		hi--
	}
	// Titles open the name of a person ("Gov. Ilse Marchetti"), not of a
	// place or organisation ("King County", "Queen Elizabeth Hospital").
	var lastHead lexFlag
	if hi > 0 {
		lastHead = headFlagsOf(words[hi-1], wf[hi-1])
	}
	if lastHead&fNameHead == 0 {
		for lo < hi && wf[lo]&fTitle != 0 {
			lo++
		}
		if lo > 0 && hi-lo > 3 && words[lo] == "of" {
			lo++ // "Secretary of State John Kerry"
		}
	}
	parts.kept, parts.words.n, parts.key.n, parts.lastHead = 0, 0, 0, lastHead
	parts.orgWord = lo < hi && lastHead&fOrgHead != 0
	size := 0 // of the pre-key so far
	start := len(key)
	for k := lo; k < hi; k++ {
		if k < hi-1 && wf[k]&fParticle != 0 {
			continue
		}
		if size > 0 {
			size++ // a space
			key = append(key, ' ')
		}
		size += len(words[k])
		key = appendSkeleton(key, words[k])
		// k < preKeyWords and parts.words.n < preKeyWords: words come cut
		// to as many.
		parts.kept |= 1 << k
		parts.words.ends[parts.words.n] = size
		parts.key.ends[parts.words.n] = len(key) - start
		parts.words.n++
		if !parts.orgWord && k < hi-1 {
			parts.orgWord = headFlagsOf(words[k], wf[k])&fOrgHead != 0
		}
	}
	parts.key.n = parts.words.n
	return key
}

// appendKept appends the words that kept marks (see preKeyParts) to dst,
// with a space between: the pre-key.
func appendKept(dst []byte, words []string, kept uint32) []byte {
	start := len(dst)
	for ; kept != 0; kept &= kept - 1 {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, words[bits.TrailingZeros32(kept)]...)
	}
	return dst
}

// mayBeAlias reports whether the pre-key of words that parts keep, or what
// follows its "the " (see canonical), may be an alias by the alias filter
// of o (see options.aliasFilter), which takes only its length and its first
// and last bytes: false, without writing the pre-key, for most names.
func (parts *preKeyParts) mayBeAlias(words []string, o *options) bool {
	if parts.kept == 0 {
		return false // the pre-key is "", no alias
	}
	size := parts.words.ends[parts.words.n-1]
	first, last := words[bits.TrailingZeros32(parts.kept)], words[31-bits.LeadingZeros32(parts.kept)]
	if first == "" || last == "" {
		return true // the pre-key's ends are in other words: look it up
	}
	if o.aliasFilter(size, first[0], last[len(last)-1]) {
		return true
	}
	if first != "the" || parts.words.n < 2 {
		return false
	}
	second := words[bits.TrailingZeros32(parts.kept&(parts.kept-1))]
	return second == "" || o.aliasFilter(size-4, second[0], last[len(last)-1])
}

// headFlagsOf returns the lexicon flags f of a folded word w, or those of
// its singular when it ends no names (fNameHead: "county", "falls",
// "centers").
func headFlagsOf[S string | []byte](w S, f lexFlag) lexFlag {
	if f&fNameHead != 0 {
		return f
	}
	if n := len(w); n > 3 && w[n-1] == 's' {
		return lexiconFlags(w[:n-1])
	}
	return 0
}

func isNameSep(c byte) bool { return nameSeps[c] }

// nameSeps are the bytes that separate the words of a name.
var nameSeps = func() (t [256]bool) {
	for _, c := range []byte(" &,\"()\t\n\r\v\f") {
		t[c] = true
	}
	return t
}()

// preKeyBytes maps each byte of a word to what its pre-key keeps of it: 0
// for hyphens, dots and apostrophes, which are dropped (a zero byte is
// kept), ASCII capitals lowered, any other byte itself.
var preKeyBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	for _, c := range []byte("-.'`") {
		t[c] = 0
	}
	return t
}()

// mayBePossessive reports whether trimPossessive may shorten the text of
// token t: a word ends in "'s" only with an apostrophe inside (fApostrophe in token.key),
// and never in an apostrophe; a mark may be one.
func mayBePossessive(t *token) bool {
	return t.kind != tWord || t.key&fApostrophe != 0
}

// trimPossessive drops a final "'s", "’s" or "'" (any case) from w.
func trimPossessive(w string) string {
	n := len(w)
	s := n > 0 && (w[n-1] == 's' || w[n-1] == 'S')
	switch {
	case s && strings.HasSuffix(w[:n-1], "'"):
		return w[:n-2]
	case s && strings.HasSuffix(w[:n-1], "’"):
		return w[:n-4]
	case strings.HasSuffix(w, "'"):
		return w[:n-1]
	case strings.HasSuffix(w, "’"):
		return w[:n-3]
	}
	return w
}

// nameKey maps a pre-key through the alias table, then makes it tolerant of
// spelling: doubled letters single, and in words of six letters or more every run of
// vowels after the first letter written "a" ("mohammed", "mohamed" and
// "muhammad" all key as "mahamad"). Short words keep their vowels, so that
// "Dan" and "Don" differ.
func nameKey(pre string, o *options) string {
	var buf [128]byte
	var key wordEnds
	if c, ok := o.canonical([]byte(pre)); ok {
		return string(appendSkeletons(buf[:0], c, &key))
	}
	return string(appendSkeletons(buf[:0], pre, &key))
}

// canonical returns the canonical pre-key of the alias pre, a pre-key
// ("u s" gives "united states"; so does "the u s"), or false when pre is
// no alias.
func (o *options) canonical(pre []byte) (string, bool) {
	c, ok := o.alias(pre)
	// A string comparison with a constant, one load and test, where
	// bytes.HasPrefix calls memequal.
	if !ok && len(pre) >= 4 && string(pre[:4]) == "the " {
		c, ok = o.alias(pre[4:])
	}
	return c, ok
}

// appendSkeletons appends the skeletons of the words of the pre-key pre (see
// appendSkeleton) with a space between, the key of a pre-key that is no
// alias, to dst, and sets key to where the words of what it appends end.
func appendSkeletons(dst []byte, pre string, key *wordEnds) []byte {
	var words wordEnds
	words.cut(pre)
	start, from := len(dst), 0
	key.n = 0
	for _, end := range words.list() {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = appendSkeleton(dst, pre[from:end])
		from = end + 1
		key.ends[key.n] = len(dst) - start
		key.n++
	}
	return dst
}

func isVowel(r rune) bool { return r < utf8.RuneSelf && vowels[r] }

var vowels = [utf8.RuneSelf]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

// asciiSame maps each ASCII byte to itself, and asciiVowelsA maps the
// vowels to "a": the letters of a short and a long word in a skeleton.
var asciiSame, asciiVowelsA = func() (same, vowelsA [utf8.RuneSelf]byte) {
	for c := range same {
		same[c], vowelsA[c] = byte(c), byte(c)
		if vowels[c] {
			vowelsA[c] = 'a'
		}
	}
	return same, vowelsA
}()

// appendSkeleton appends the spelling-tolerant form of one folded word.
func appendSkeleton(dst []byte, w string) []byte {
	// Byte by byte while the word is ASCII, where a letter is a rune (one
	// pass rather than an isASCII test first: most words are), into room
	// made once and written by index, each letter through a table: an
	// append and a vowel test for each letter kept the loop's values on
	// the stack.
	n := len(dst)
	if len(w) == 0 {
		return dst
	}
	c := w[0]
	if c >= utf8.RuneSelf {
		return appendSkeletonRunes(dst, w)
	}
	dst = slices.Grow(dst, len(w)) // an ASCII skeleton is no longer than its word
	out := dst[n : n+len(w)]
	out[0] = c
	m, prev := 1, c
	letters := &asciiSame // a short word keeps its vowels
	if len(w) >= 6 {
		letters = &asciiVowelsA // after the first letter
	}
	for k := 1; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return appendSkeletonRunes(dst[:n], w)
		}
		if c = letters[c]; c != prev {
			out[m] = c
			m++
			prev = c
		}
	}
	return dst[:n+m]
}

// appendSkeletonRunes is appendSkeleton for a word that is not ASCII.
func appendSkeletonRunes(dst []byte, w string) []byte {
	long := utf8.RuneCountInString(w) >= 6
	var prev rune = -1
	for k, r := range w {
		if long && k > 0 && isVowel(r) {
			r = 'a'
		}
		if r == prev {
			continue
		}
		dst = utf8.AppendRune(dst, r)
		prev = r
	}
	return dst
}

// Matches reports whether a and b may name the same entity: equal keys, or
// the words of one key end the other's, so that "Obama" matches "Barack
// Obama" and "al-Sudani" matches "Mohammed Shia al-Sudani".
func (a Name) Matches(b Name) bool {
	if a.Key == "" || b.Key == "" {
		return false
	}
	if a.Key == b.Key {
		return true
	}
	short, long := a.Key, b.Key
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.HasSuffix(long, " "+short)
}

// KindEntity is the kind of names: a different person, place or
// organisation in the same role.
const KindEntity Kind = "entity"

// Kind implements Fact.
func (Name) Kind() Kind { return KindEntity }

// KindSpelling is the kind of a note, not of a divergence: two sentences
// name one person, place or organisation, but spell a word of its name two
// ways (a typo, a transliteration: "Marchetti" / "Marcheti", "Gaddafi" /
// "Qaddafi", "Ilse Brandt" / "Ilse Brant"). The entity row reports it as a
// Comparison with Verdict Agree; a reader may want to know which spelling
// is right, but the sources do not disagree.
const KindSpelling Kind = "spelling"

func canonicalName(b *strings.Builder, f Fact, _ string) bool {
	b.WriteString(f.(Name).Key)
	return true
}

// maskName writes a name into the masked form as its key, and a person's
// from the surname on ("Senator Luis M. Ortega of Nevada" as "ortega of
// nevada", spelling-tolerant), so that the ways one person is named share
// their words: "Sen. Ortega", "Mr. Ortega". Different people of one surname
// ("Jeb Bush", "George W. Bush") may then be grouped; Compare tells them
// apart.
func maskName(b *strings.Builder, f Fact, _ string) bool {
	n := f.(Name)
	if fs := n.forms; fs != nil && fs.org {
		// "Environmental Protection Agency" as "epa"; "Centers for Disease
		// Control and Prevention" as "cdc".
		for _, acr := range [...]string{n.spelt().leadInitials, n.spelt().initials} {
			if len(acr) >= 3 {
				b.WriteString(acr)
				return true
			}
		}
	}
	if fs := n.forms; fs != nil && fs.person {
		// The key from the surname on, read from the key itself: most
		// sentences masked are never compared, their spelling never needed.
		if last := keyHead(n.Key); last > 0 {
			b.WriteString(n.Key[last:])
			return true
		}
	}
	b.WriteString(n.Key)
	return true
}

// compareNames pairs the names of a and b that may name one entity (see
// sameEntity), then reports a name of a that matches no name of b, standing
// in the same role as a name of b that matches none of a (see sameRole),
// as a divergence. A pair that names one entity but spells it two ways is
// reported as KindSpelling (see spelledApart). A headline in Title Case has
// no comparable names: when every word is capitalized, capitals say nothing
// about which are names.
func compareNames(a, b *Facts) []Comparison {
	if a.headline || b.headline {
		return nil
	}
	xs, ys := of[Name](a), of[Name](b)
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	// Two names each of which the other sentence says too, where capitals
	// did not mark it (at its start), are the same entities in other
	// places: "Acme bought Zenith" and "Zenith bought Acme" swap roles.
	var cxs, cys []nameContext // read on the first pair that needs them
	context := func(ns []Name, cs []nameContext, n Name) *nameContext {
		return &cs[slices.IndexFunc(ns, func(m Name) bool { return m.Span == n.Span })] // names do not overlap
	}
	role := func(x, y Name) bool {
		if acronymOnly(y) && bareHead(x) || acronymOnly(x) && bareHead(y) {
			return false // "the Union" may be "the NTF"; "the Navy" is no "Coast Guard"
		}
		if cxs == nil {
			cxs, cys = nameContexts(a, xs), nameContexts(b, ys)
		}
		cx, cy := context(xs, cxs, x), context(ys, cys, y)
		return sameRole(x, cx, y, cy) && !(says(foldedText(b), cx) && says(foldedText(a), cy)) ||
			confusable(x, y) && sharesNeighbour(cx, cy)
	}
	cs := pairUnmatched(KindEntity, xs, ys, sameEntity, role)
	for _, c := range namesakes(xs, ys) {
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	for i, c := range cs {
		if c.Verdict != Agree {
			continue
		}
		x := xs[slices.IndexFunc(xs, func(n Name) bool { return n.Span == c.A })]
		y := ys[slices.IndexFunc(ys, func(n Name) bool { return n.Span == c.B })]
		if spelledApart(x, y) {
			cs[i].Kind = KindSpelling
		}
	}
	return cs
}

// bareHead reports whether n is the head of an organisation's or a
// place's name alone ("Union", "Trust", "Police", "Navy"): a short
// reference to one named in full elsewhere, which an acronym (see
// acronymOnly) may name too, its expansion unknown. Other names say which
// body they name ("Coast Guard", "the House"), and diverge from it in one
// role.
func bareHead(n Name) bool {
	// Lower-cased on the stack: the heads are short ASCII words, and this
	// runs for every pair of names with an acronym.
	w := trimPossessive(n.Text)
	var b [16]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf || c == ' ' || c == '-':
			return false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return orgHeads[string(b[:len(w)])] || placeHeads[string(b[:len(w)])]
}

// acronymOnly reports whether n is an acronym alone: "NTF", "N.T.F.".
func acronymOnly(n Name) bool {
	w := trimPossessive(n.Text)
	return !strings.ContainsAny(w, " -") && noLower(w) && acronymRunes(w)
}

// namesakes returns, as divergences, the people of xs and ys who share a
// surname but not a given name ("Gen. David H. Petraeus" / "Gen. Olga H.
// Petraeus"), where neither is named in full in the other sentence: the
// surname alone ("General Petraeus's" later in the sentence) agrees with
// both, which leaves neither unmatched for pairUnmatched.
func namesakes(xs, ys []Name) []Comparison {
	var out []Comparison
	for _, x := range xs {
		for _, y := range ys {
			if twoPeople(x, y) && !namedInFull(x, ys) && !namedInFull(y, xs) {
				out = append(out, Comparison{KindEntity, Diverge, x.Span, y.Span})
			}
		}
	}
	return out
}

// twoPeople reports whether two names with given names end in one surname
// but name two people (see givenNamesDiffer).
func twoPeople(x, y Name) bool {
	sx, sy := x.spelt(), y.spelt()
	hx, hy := sx.head, sy.head
	return len(hx) > 1 && len(hy) > 1 && hx[len(hx)-1] == hy[len(hy)-1] && givenNamesDiffer(sx, sy)
}

// namedInFull reports whether a name of ns names x by more than its
// surname.
func namedInFull(x Name, ns []Name) bool {
	return slices.ContainsFunc(ns, func(n Name) bool {
		return len(n.spelt().head) > 1 && sameEntity(x, n)
	})
}

// nameForms are the forms of a name that the names reader knows when it
// reads it and no other step can tell later (what its words and tokens
// said: a title, an organisation's word, a place's ending), and those
// comparing works out from its Text and Key on first use (see spelt),
// since most names read are never compared. The forms of a name are
// shared by every copy of its Name.
type nameForms struct {
	spell  atomic.Pointer[spelling] // see Name.spelt
	person bool                     // a title opens it or an initial stands inside it
	org    bool                     // a word of it names an organisation ("Agency", "Bureau"), not in capitals
	place  bool                     // it ends as names of places and organisations do ("County")
	// key holds the bytes of a short Key, which aliases them: most keys
	// need no allocation of their own.
	key [21]byte
}

// isPerson reports whether the reader knew fs for a person's; false for
// the nil forms of a Name made by hand.
func (fs *nameForms) isPerson() bool { return fs != nil && fs.person }

// nameFormsBlock is how many nameForms the names reader allocates at
// once: sixteen of 32 bytes fill a size class of 512 bytes, with no header
// (a block of more than 512 bytes with pointers has one).
const nameFormsBlock = 16

// spelling are the forms of a name that comparing needs, and masking an
// organisation's.
type spelling struct {
	words        []string  // of the key
	head         []string  // words of the key before the first "of" (see beforeOf)
	acronym      string    // stated beside it in brackets: "Environmental Protection Agency (EPA)"
	caps         bool      // written in capitals, an acronym: "ISIS", "U.S."
	pre          []string  // the words of the key before aliases and spelling tolerance (see preKey)
	plainHead    []string  // those before the first "of"
	compact      string    // letters and digits of the plain name
	initials     string    // of its capitalized words (see initials)
	leadInitials string    // of its capitalized words before an "and": "cdc" for "Centers for Disease Control and Prevention"
	allInitials  string    // of all its words
	last         string    // letters and digits of its plain last word
	plainWords   []string  // of the plain name (see pluralOfFirst)
	wordBuf      [3]string // backs words for most names: one allocation fewer
}

// spelt returns the spelling forms of n, working them out on first use;
// safe for concurrent use (two goroutines may both work them out: one's
// are kept, the other's dropped). A Name not made by Extract has no forms
// to keep them in: its are worked out from its Text and Key at each call.
func (n Name) spelt() *spelling {
	if n.forms == nil {
		return newSpelling(n.Text, n.Key, "")
	}
	if s := n.forms.spell.Load(); s != nil {
		return s
	}
	n.forms.spell.CompareAndSwap(nil, newSpelling(n.Text, n.Key, ""))
	return n.forms.spell.Load()
}

// newSpelling returns the spelling forms of the name text with key key,
// and the acronym a text states beside it (or "").
func newSpelling(text, key, acronym string) *spelling {
	p := plainName(text)
	pre := strings.Fields(preKey(text))
	s := &spelling{
		acronym:     acronym,
		caps:        noLower(text),
		pre:         pre,
		plainHead:   beforeOf(pre),
		compact:     compact(p),
		initials:    initials(text, true),
		allInitials: initials(text, false),
		last:        compact(lastWord(p)),
		plainWords:  strings.Fields(p),
	}
	// A key's words are joined by single spaces (Extract's; one made by
	// hand may have more, or be empty, which gives no words).
	s.words = s.wordBuf[:0]
	for w := range strings.SplitSeq(key, " ") {
		if w != "" {
			s.words = append(s.words, w)
		}
	}
	s.head = beforeOf(s.words)
	s.leadInitials = s.initials
	if lead, _, ok := strings.Cut(text, " and "); ok {
		s.leadInitials = initials(lead, true)
	}
	return s
}

// newNameForms returns the forms of the name text, whose key is key and
// whose pre-key (see preKey) is made of parts; person is set when a title
// or an initial says it names a person. It returns the key as a string
// too, which shares the forms' memory when it is short; room is where the
// forms go, taken from a block of nameFormsBlock allocated at once (names
// of this sentence and the next share it): an allocation for most names
// becomes a sixteenth of one.
func newNameForms(room *[]nameForms, text string, key []byte, parts *preKeyParts, person bool) (*nameForms, string) {
	if len(*room) == 0 {
		*room = make([]nameForms, nameFormsBlock)
	}
	fs := &(*room)[0]
	*room = (*room)[1:]
	var k string
	if len(key) <= len(fs.key) {
		// The bytes are never written again, so the string may alias them.
		k = unsafe.String(&fs.key[0], copy(fs.key[:], key))
	} else {
		k = string(key)
	}
	if parts.words.n > 0 {
		fs.org = parts.orgWord && !noLower(text)
		fs.place = parts.lastHead&fNameHead != 0
		fs.person = !fs.place && person
	}
	return fs, k
}

// keyHead returns where the last word of the head of a name's key starts
// (see beforeOf), 0 when the head has one word, without cutting the key
// into words: "ortega of nevada" in "luis m ortega of nevada".
func keyHead(key string) (last int) {
	for i := 0; i < len(key); i++ {
		if key[i] != ' ' {
			continue
		}
		if rest := key[i+1:]; len(rest) >= 2 && rest[:2] == "of" && (len(rest) == 2 || rest[2] == ' ') {
			return last
		}
		last = i + 1
	}
	return last
}

// noLower reports whether s has no lower-case letter, in one pass over
// ASCII text (most names).
func noLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return !strings.ContainsFunc(s, unicode.IsLower)
		} else if c-'a' < 26 {
			return false
		}
	}
	return true
}

// sameEntity reports whether two names may name the same entity: their keys
// match (spelling variants, aliases, a surname), the words of one begin or
// end the other ("Skagit" / "Skagit River"), one names with "of" what the
// other names before its head ("University of Ashcombe" / "Ashcombe
// University"), one is the surname of the
// other ("Ortega" / "Senator Luis M. Ortega of Nevada"), both end in the
// same surname ("ECB President Wim Duisenberg" / "European Central Bank
// President Wim Duisenberg"), or in surnames one slip apart after the same
// given name ("Ilse Brandt" / "Ilse Brant"), written without spaces and
// punctuation one ends or begins the other ("DVD-CCA" / "DVD CCA", "@Stake"
// / "AtStake"), one names the family of the other ("the Schindlers" / "Mary
// Schindler"), word for word one abbreviates the other ("Dept. of
// Transportation", "Int'l Business Machines"), their last words differ by a
// typo ("Guangdong" / "Guandong", "Jeffrey" / "Jeffery"), or one is an
// acronym of the other ("IAEA", "CHOGM" for "Commonwealth Heads of
// Government", "CDC" for "Centers for Disease Control and Prevention", or
// any acronym a text states beside the name in brackets).
func sameEntity(x, y Name) bool {
	if x.Matches(y) {
		return true
	}
	fx, fy := x.forms, y.forms
	sx, sy := x.spelt(), y.spelt()
	wx, wy := sx.words, sy.words
	if len(wx) == 0 || len(wy) == 0 {
		return false
	}
	hx, hy := sx.head, sy.head
	if len(wx) > len(wy) {
		wx, wy, hx, hy = wy, wx, hy, hx
	}
	if slices.Equal(wx, wy[:len(wx)]) || slices.Equal(wx, wy[len(wy)-len(wx):]) || ofInverted(sx.pre, sy.pre) || ofInverted(sy.pre, sx.pre) {
		return true
	}
	// A surname alone: "Ortega" and "Luis M. Ortega of Nevada".
	if len(wx) == 1 && len(hy) > 1 && wx[0] == hy[len(hy)-1] {
		return true
	}
	// The same surname: the last word of the name proper, before any "of"
	// ("Maria Lopez of Texas" is a Lopez, not a Texas), unless the other
	// words show two people ("George W. Bush", "Jeb Bush").
	if last := hx[len(hx)-1]; len(hx) > 1 && len(hy) > 1 && len(last) > 3 && last == hy[len(hy)-1] &&
		!givenNamesDiffer(sx, sy) {
		return true
	}
	// A surname misspelt after the same given name: "Ilse Brandt", "Ilse Brant".
	if px, py := sx.plainHead, sy.plainHead; len(px) > 1 && len(py) > 1 && slip(px[len(px)-1], py[len(py)-1]) &&
		sharesGiven(px[:len(px)-1], py[:len(py)-1]) {
		return true
	}
	// A family by its surname: "the Schindlers" and "Mary Schindler".
	if last := hy[len(hy)-1]; len(hx) == 1 && len(last) > 3 && hx[0] == last+"s" {
		return true
	}
	if pluralOfFirst(sx, sy) || pluralOfFirst(sy, sx) || abbreviates(sx.pre, sy.pre) {
		return true
	}
	px, py := sx.compact, sy.compact
	if px == "" || py == "" {
		return false
	}
	if acronymOf(sx, py) || acronymOf(sy, px) {
		return true
	}
	short, long := px, py
	if len(short) > len(long) {
		short, long = long, short
	}
	if (strings.HasPrefix(long, short) || strings.HasSuffix(long, short)) && !twoThings(fx, fy, short, long) {
		return true // but "Niger" and "Nigeria" are two countries
	}
	// A typo in the name or its last word, its surname ("Jeffrey" /
	// "Jeffery"), unless the given names show two people; not in the whole
	// of two names with a title, where one slip in "Senator Baker" makes
	// "Senator Barker", another person.
	if len(sx.head) > 1 && len(sy.head) > 1 && givenNamesDiffer(sx, sy) {
		return false
	}
	return typo(sx.last, sy.last) && !twoThings(fx, fy, sx.last, sy.last)
}

// ofInverted reports whether the words b (see preKey) name with "of" what a names
// before its head: "University of Ashcombe" and "Ashcombe University",
// "Port of Venmouth" and "Venmouth Port". The head is a word that ends the
// names of organisations or places (orgHeads, placeHeads), but "state":
// "Ohio State" is most often a university, not the "State of Ohio".
func ofInverted(a, b []string) bool {
	if len(b) < 3 || b[1] != "of" || len(a) != len(b)-1 || a[len(a)-1] != b[0] || b[0] == "state" {
		return false
	}
	return lexiconFlags(b[0])&fNameHead != 0 && slices.Equal(a[:len(a)-1], b[2:])
}

// twoThings reports whether words a and b of the names with forms fx and fy,
// alike in spelling, name two places or things that WordNet knows apart
// (see distinctInWordNet). People's names are not asked: whether "Thomson"
// and "Thompson" are two people does not depend on WordNet listing a
// namesake of each.
func twoThings(fx, fy *nameForms, a, b string) bool {
	return !fx.isPerson() && !fy.isPerson() && distinctInWordNet(a, b)
}

// spelledApart reports whether two names of one entity spell a word of it
// two ways (see slip), their words matched from the last: "Gov. Ilse
// Marcheti" and "Governor Ilse Marchetti", "Muhammad" and "Mohammed". Case,
// diacritics, dots, hyphens and titles are no spelling: "U.S." and "US",
// "José" and "Jose", "Wal-Mart" and "Walmart".
func spelledApart(x, y Name) bool {
	sx, sy := x.spelt(), y.spelt()
	if sx.caps || sy.caps {
		return false // two acronyms one letter apart stand for different words: "ISIS", "ISIL"
	}
	a, b := sx.plainHead, sy.plainHead
	for i, j := len(a)-1, len(b)-1; i >= 0 && j >= 0; i, j = i-1, j-1 {
		if slip(a[i], b[j]) {
			return true
		}
	}
	return false
}

// slip reports whether two folded words are one word spelt two ways: in
// words of four letters or more, one letter added, dropped or changed, or
// two neighbours swapped ("brandt" / "brant", "marchetti" / "marcheti"); in
// words of seven or more, two such slips ("muhammad" / "mohammed", "gadhafi"
// / "qaddafi"). A word that begins the other is no slip ("dan" / "daniel",
// a plural "schindlers" / "schindler", a demonym "iraqi" / "iraq") unless
// the other only doubles its last letter ("zelensky" / "zelenskyy").
func slip(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if a == b || strings.HasPrefix(a, b) && (len(a)-len(b) > 1 || a[len(b)] != b[len(b)-1]) {
		return false
	}
	n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if n < 4 || max(len(a), len(b)) > 64 {
		return false
	}
	d := osaDistance(a, b)
	return d <= 1 || d <= 2 && n >= 7
}

// sharesGiven reports whether two names' words before their surnames share
// a given name (not an initial): "Ilse" in "Ilse Brandt" and "Gov. Ilse
// Brant".
func sharesGiven(x, y []string) bool {
	return slices.ContainsFunc(x, func(w string) bool { return len(w) > 1 && slices.Contains(y, w) })
}

// abbreviates reports whether, word for word, each word of one name equals
// or abbreviates the word of the other (see abbreviation), with at least one
// word alike: "dept of transportation" / "department of transportation",
// "mt hood" / "mount hood".
func abbreviates(x, y []string) bool {
	if len(x) != len(y) || len(x) < 2 {
		return false
	}
	same := 0
	for i := range x {
		switch {
		case x[i] == y[i]:
			same++
		case !abbreviation(x[i], y[i]) && !abbreviation(y[i], x[i]):
			return false
		}
	}
	return same > 0
}

// abbreviation reports whether folded word a abbreviates word b: its first
// letter, and the rest of its letters in order in b, with b's first letters
// ("corp", "univ") or its last ("dept", "intl", "mt").
func abbreviation(a, b string) bool {
	if len(a) < 2 || len(a) >= len(b) || a[0] != b[0] {
		return false
	}
	if strings.HasPrefix(b, a) {
		return true
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// givenNamesDiffer reports whether the words before the last of two
// names' heads (both at least two words: given names, titles, initials
// before a surname) name two people. Words both share are set aside (a
// title the lexicon does not know, "Harbor Master"; a given name both
// state); then two people are named when the given name of each (its first
// word that is not an initial) can be no word of the other (see
// oneGivenName). "Hal" and "Harold W." may be one man, and so may "Louise"
// and "Louise McIntosh"; "George W." and "Jeb" are two, and so are "Carol
// Moseley" and "Olga Moseley", and "Harbor Master Daniel" and "Harbor
// Master David". The words are the names' plain words where they match
// their keys word for word, so that spelling tolerance ("Michael" and
// "Matthew" key alike in their vowels) does not blur two given names.
func givenNamesDiffer(sx, sy *spelling) bool {
	kx, ky := sx.head[:len(sx.head)-1], sy.head[:len(sy.head)-1]
	x, y := kx, ky
	if px, py := sx.plainHead, sy.plainHead; len(px) == len(sx.head) && len(py) == len(sy.head) {
		x, y = px[:len(kx)], py[:len(ky)]
	}
	// Shared by key: one word, maybe spelt two ways ("Qasim", "Kassim").
	// Names have a few words: on the stack.
	var bx, by [4]string
	onlyX, onlyY := unshared(bx[:0], x, kx, ky), unshared(by[:0], y, ky, kx)
	return givenAbsent(onlyX, onlyY) && givenAbsent(onlyY, onlyX)
}

// unshared appends to dst the words of x whose keys (kx, parallel to x)
// are not keys of the other name (ky).
func unshared(dst, x, kx, ky []string) []string {
	for i, w := range x {
		if !slices.Contains(ky, kx[i]) {
			dst = append(dst, w)
		}
	}
	return dst
}

// givenAbsent reports whether the given name of x can be no word of y
// (initials aside).
func givenAbsent(x, y []string) bool {
	i := slices.IndexFunc(x, func(w string) bool { return len(w) > 1 })
	if i < 0 {
		return false
	}
	return !slices.ContainsFunc(y, func(w string) bool { return len(w) > 1 && oneGivenName(x[i], w) })
}

// oneGivenName reports whether given names a and b, lower case, may name
// one person: one is a shortening of the other ("Alex", "Alexander"), a
// short form of four letters at most whose consonants the other has in
// order from the same first letter, which may be a nickname ("Hal",
// "Harold"; "Jim", "James"; "Mike", "Michael"; not "Paul", "Peter" nor
// "John", "James"), or a spelling of it, one slip apart when the longer
// has five letters or six, two from seven ("Jeffrey", "Jeffery"; "Steven",
// "Stephen"; "Yevgeny", "Evgeniy"; not "Dean", "Sean" nor "Karen",
// "Aaron").
// Nicknames that start with another letter ("Bill", "William") or drop a
// consonant of it ("Hank", "Henry") are not known: such names diverge.
func oneGivenName(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a[0] == b[0] && (strings.HasPrefix(b, a) || len(a) <= 4 && consonantsWithin(a, b)) {
		return true
	}
	slips := 0 // by the longer name
	switch {
	case len(b) >= 7:
		slips = 2
	case len(b) >= 5:
		slips = 1
	}
	return slips > 0 && len(b) <= 64 && osaDistance(a, b) <= slips
}

// consonantsWithin reports whether the consonants of a after its first
// letter appear in b after its first letter, in order, a "c" matching a
// "k" and a doubled letter counted once: "jm" of "Jim" in "James", "mk" of
// "Mike" in "Michael", "nk" of "Nick" in "Nicholas".
func consonantsWithin(a, b string) bool {
	j := 1
	for i := 1; i < len(a); i++ {
		c := nicknameSound(a[i])
		if c == 0 || c == nicknameSound(a[i-1]) {
			continue // a vowel, or a doubled letter
		}
		for j < len(b) && nicknameSound(b[j]) != c {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// nicknameSound is the consonant c stands for in consonantsWithin: 0 for a
// vowel (and "y"), "k" for "c", c itself otherwise.
func nicknameSound(c byte) byte {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return 0
	case 'c':
		return 'k'
	}
	return c
}

// pluralOfFirst reports whether the one word of name a is the plural of the
// first word of the longer name b: a group or place named by its first word
// ("Sunnis", "Sunni Arabs"; "the Solomons", "the Solomon Islands").
func pluralOfFirst(a, b *spelling) bool {
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
	return osaDistance(a, b) <= 1
}

// confusable reports whether two names end in words spelt alike, one a
// slip or a prefix of the other, that WordNet knows as two things
// ("Austria" / "Australia", "Niger" / "Nigeria"): one source wrote the
// other thing in the same place.
func confusable(x, y Name) bool {
	if x.forms.isPerson() || y.forms.isPerson() {
		return false
	}
	px, py := x.spelt().plainHead, y.spelt().plainHead
	if len(px) == 0 || len(py) == 0 {
		return false
	}
	a, b := px[len(px)-1], py[len(py)-1]
	n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	if a == b || n < 4 || max(len(a), len(b)) > 64 {
		return false
	}
	d := osaDistance(a, b)
	alike := d <= 1 || d <= 2 && n >= 6 || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
	return alike && distinctInWordNet(a, b)
}

// sharesNeighbour reports whether one of the two words before span x of a
// is one of the two before span y of b, or likewise after them: "flew to
// Austria", "took him to Australia".
func sharesNeighbour(x, y *nameContext) bool {
	shared := func(p, q []string) bool {
		return slices.ContainsFunc(p, func(w string) bool { return slices.Contains(q, w) })
	}
	return shared(x.before, y.before) || shared(x.after, y.after)
}

// distinctInWordNet reports whether two different folded words are both
// nouns of WordNet 3.0 with no sense in common and no link between them:
// however close their spelling, "iran" and "iraq", "austria" and
// "australia" name different things, while "mohammed" and "muhammad" share
// a synset, "israel" and "israeli" are linked (a demonym pertains to its
// country) and "brandt" is no lemma. Only words close in spelling are
// asked, so the lookups are rare.
func distinctInWordNet(a, b string) bool {
	var ma, mb [64]wordnet.ID
	xs := wordnet.AppendMeanings(ma[:0], a, wordnet.Noun, 0)
	ys := wordnet.AppendMeanings(mb[:0], b, wordnet.Noun, 0)
	if len(xs) == 0 || len(ys) == 0 {
		return false
	}
	// The adjectives too: a demonym pertains to its country.
	xs = wordnet.AppendMeanings(xs, a, wordnet.Adj, 0)
	ys = wordnet.AppendMeanings(ys, b, wordnet.Adj, 0)
	for _, x := range xs {
		if slices.Contains(ys, x) {
			return false
		}
	}
	return true
}

// osaDistance is the optimal string alignment distance of a and b in runes
// (Levenshtein's, with a swap of two neighbours as one edit), for short
// words.
func osaDistance(a, b string) int {
	// The callers compare words of at most 64 bytes: the runes and the
	// rows fit on the stack (a longer word takes the heap).
	var bufA, bufB [64]rune
	ra, rb := bufA[:0], bufB[:0]
	for _, r := range a {
		ra = append(ra, r)
	}
	for _, r := range b {
		rb = append(rb, r)
	}
	// Three rows of the table: two back, the last and this one.
	var mem [3 * 65]int
	n := len(rb) + 1
	var rows []int
	if 3*n <= len(mem) {
		rows = mem[:3*n]
	} else {
		rows = make([]int, 3*n)
	}
	back, last, row := rows[:n], rows[n:2*n], rows[2*n:]
	for j := range last {
		last[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(last[j]+1, row[j-1]+1, last[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				row[j] = min(row[j], back[j-2]+1)
			}
		}
		back, last, row = last, row, back
	}
	return last[len(rb)]
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	var last Span
	for w := range Words(s) {
		last = w
	}
	return s[last.Start:last.End]
}

// acronymOf reports whether the folded, compact word acr stands for name:
// a text states it beside the name in brackets, it spells the initials of
// name's capitalized words ("IAEA") or of those before an "and" ("CDC" for
// "Centers for Disease Control and Prevention"), or it begins with the
// initials of all of name's words, the small ones too, when name is a
// shortened form of what acr abbreviates ("CHOGM" for "Commonwealth Heads
// of Government").
func acronymOf(spelt *spelling, acr string) bool {
	if spelt.initials == acr || spelt.acronym == acr || len(acr) >= 3 && spelt.leadInitials == acr {
		return true
	}
	all := spelt.allInitials
	return len(all) >= 3 && len(acr) > len(all) && strings.HasPrefix(acr, all)
}

// beforeOf returns the words of a name key before its first "of".
func beforeOf(words []string) []string {
	if i := slices.Index(words, "of"); i > 0 {
		return words[:i]
	}
	return words
}

// plainName folds a name and drops a possessive ending.
func plainName(name string) string {
	f := Fold(name)
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
	for w := range Words(s) {
		if r, _ := utf8.DecodeRuneInString(s[w.Start:]); unicode.IsUpper(r) || !capitalized {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return "\x00" // too short to stand for anything
	}
	return b.String()
}

// sameRole reports whether names x and y, with their contexts cx and cy in
// their sentences, stand in the same role: not a person and a place or
// organisation ("Gov. Ilse Marcheti", "Brandt County"), and both people (a
// title or an initial says so: "Mr. Steele" / "Mr. Kowalczyk"), the same
// first word opens both ("Lake X" / "Lake Y"), both fill one role a noun
// introduces (roleOf: "the owner, X" / "the owners, Y"), the same content
// word stands just before or after them ("minister X" / "minister Y", "X
// resigned" / "Y resigned"), both
// end in one surname ("Jeb Bush" / "George W. Bush"), or the same two words
// stand on one side of both, none of a date, one of them a content word or
// the first a verb of saying ("officials in X" / "officials in Y", "X said
// the" / "Y said the", not "X on Sunday" / "Y on Sunday").
func sameRole(x Name, cx *nameContext, y Name, cy *nameContext) bool {
	if fx, fy := x.forms, y.forms; fx != nil && fy != nil {
		switch {
		case fx.person && fy.place || fx.place && fy.person:
			return false
		case fx.person && fy.person:
			return true
		}
	}
	xw, yw := cx.keyWords, cy.keyWords
	if len(xw) > 1 && len(yw) > 1 && (xw[0] == yw[0] || beforeOfLast(xw) == beforeOfLast(yw)) {
		return true
	}
	if cx.role != "" && cx.role == cy.role {
		return true // one role, a noun before each: "the owner, X", "the owners, Y"
	}
	if titled(x, cy.role) || titled(y, cx.role) {
		return true // "Chief Executive X", "Y, the chief executive,"
	}
	xb, xa := cx.before, cx.after
	yb, ya := cy.before, cy.after
	near := func(p, q []string, i int) bool {
		return len(p) > i && len(q) > i && p[i] == q[i] && roleWord(p[i])
	}
	two := func(p, q []string) bool {
		return len(p) == 2 && slices.Equal(p, q) && (roleWord(p[0]) || roleWord(p[1]) || attribution[p[0]]) &&
			!dateWord(p[0]) && !dateWord(p[1])
	}
	return near(xb, yb, 0) || near(xa, ya, 0) || two(xb, yb) || two(xa, ya)
}

// titled reports whether role, a role noun (see roleOf), is a word of a
// title inside name n, before its last word ("Chief Executive Annika
// Brandt" for "executive"). It looks words up in WordNet, so it is asked
// only of a name the other stands beside a role.
func titled(n Name, role string) bool {
	if role == "" {
		return false
	}
	prev := "" // each word is tested once the next shows it is not the last
	for w := range strings.FieldsSeq(n.Text) {
		if prev != "" {
			if p := strings.TrimRight(prev, ".,"); strings.EqualFold(p, role) || roleNoun(strings.ToLower(p)) == role {
				return true
			}
		}
		prev = w
	}
	return false
}

// roleWord reports whether a folded word beside a name can say what part
// the name plays: a content word, not a function word nor one of a date or
// time ("Sunday", "morning") nor a number.
func roleWord(w string) bool {
	return !IsStopWord(w) && !dateWord(w)
}

// dateWord reports whether a folded word is part of a date, a time or a
// number: "sunday", "morning", "2014".
func dateWord(w string) bool {
	return timeSpans[w] || lexiconFlags(w)&(fMonth|fMonthAbbrev|fWeekday|fSeason|fTime|fDayPart|fMeridiem|fRelative) != 0 ||
		w != "" && isDigit(w[0])
}

// beforeOfLast returns the last word of a key's words before any "of".
func beforeOfLast(words []string) string {
	h := beforeOf(words)
	return h[len(h)-1]
}

// nameContext is what comparing names reads of a name of a sentence beyond
// the name itself, worked out once for each sentence's names (see
// nameContexts): a sentence is compared with many.
type nameContext struct {
	keyWords      []string // the words of its Key
	before, after []string // its surroundings
	plain         string   // plainName of its Text
	role          string   // the role it fills (roleOf), or ""
}

// nameContexts returns the contexts of the names ns of f (Of[Name]),
// kept for the next comparison for Facts made by Extract.
func nameContexts(f *Facts, ns []Name) []nameContext {
	if f.lazy == nil {
		return readNameContexts(f.Text, ns)
	}
	kept := f.lazy.kept()
	if c := kept.names.Load(); c != nil && len(c.names) == len(ns) && (len(ns) == 0 || &c.names[0] == &ns[0]) {
		return c.contexts
	}
	cs := readNameContexts(f.Text, ns)
	kept.names.Store(&keptNames{ns, cs})
	return cs
}

// keptNames are the contexts of names, kept in keptForComparing.
type keptNames struct {
	names    []Name // as of returned them: the same slice while All is unchanged
	contexts []nameContext
}

func readNameContexts(text string, ns []Name) []nameContext {
	cs := make([]nameContext, len(ns))
	for i, n := range ns {
		cs[i].keyWords = strings.Fields(n.Key)
		cs[i].plain = plainName(n.Text)
		if n.Start < 0 || n.Start > n.End || n.End > len(text) {
			continue // a name not of this text (Facts made by hand): no surroundings
		}
		cs[i].before, cs[i].after = surroundings(text, n.Span)
		cs[i].role = roleOf(text, n)
	}
	return cs
}

// foldedText returns Fold(f.Text), kept for the next comparison for Facts
// made by Extract.
func foldedText(f *Facts) string {
	if f.lazy == nil {
		return Fold(f.Text)
	}
	kept := f.lazy.kept()
	if c := kept.folded.Load(); c != nil && c.text == f.Text {
		return c.folded
	}
	c := &keptFold{f.Text, Fold(f.Text)}
	kept.folded.Store(c)
	return c.folded
}

// keptFold is a text and its folded form, kept in keptForComparing.
type keptFold struct{ text, folded string }

// surroundings returns up to two folded words on each side of span s of text,
// nearest first.
func surroundings(text string, s Span) (before, after []string) {
	// Only the last two words before the span are kept: no need to fold
	// the rest of a long sentence.
	var last [2]Span
	n := 0
	for w := range Words(text[:s.Start]) {
		last[0], last[1] = last[1], w
		n++
	}
	for i := 1; i >= max(0, 2-n); i-- {
		before = append(before, Fold(text[last[i].Start:last[i].End]))
	}
	for w := range Words(text[s.End:]) {
		if after = append(after, Fold(text[s.End+w.Start:s.End+w.End])); len(after) == 2 {
			break
		}
	}
	return before, after
}

// trimClosing drops the spaces, closing quotes and brackets that end s, as
// strings.TrimRight(s, " \"'”’)") does, without decoding runes.
func trimClosing(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, "”"), strings.HasSuffix(s, "’"):
			s = s[:len(s)-len("”")]
		case s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '"' || s[len(s)-1] == '\'' || s[len(s)-1] == ')'):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
}

// titleCase reports whether s reads as a headline: no closing full stop
// and most longer words capitalized ("Talks on Troop Presence Highlight
// Sovereignty Concerns"). A sentence dense with names still ends in a stop.
func titleCase(s string) bool {
	if t := trimClosing(s); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return false
	}
	upper, long := 0, 0
	for w := range Words(s) {
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

// says reports whether text has the words of name n, whole.
func says(folded string, n *nameContext) bool { return HasWords(folded, n.plain) }
