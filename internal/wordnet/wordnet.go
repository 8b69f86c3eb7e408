package wordnet

import (
	"fmt"
	"strings"
)

// POS is a set of parts of speech; one bit each.
type POS uint8

// The parts of speech of WordNet. Adj includes the adjective satellites
// (WordNet's "s"), which share data.adj with the head adjectives.
const (
	Noun POS = 1 << iota
	Verb
	Adj
	Adv

	AnyPOS = Noun | Verb | Adj | Adv
)

// String lists the set's parts of speech, "noun|verb"; "" for none.
func (p POS) String() string {
	var parts []string
	for q, name := range [...]string{"noun", "verb", "adj", "adv"} {
		if p&(1<<q) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

// index is the table order of a single part of speech (Noun 0 ... Adv 3).
func (p POS) index() uint32 {
	switch p {
	case Verb:
		return 1
	case Adj:
		return 2
	case Adv:
		return 3
	}
	return 0
}

// ID is a meaning id: the key of one synset, or of two synsets joined by
// a derivational link. A synset's key is its byte offset in its WordNet
// 3.0 data file times 4 plus its part of speech (0 noun, 1 verb, 2
// adjective, 3 adverb); an ID holds the smaller key in its upper 32 bits
// and the larger in its lower 32 bits, so a synset's own ID has the same
// key twice. IDs are stable for WordNet 3.0, whatever the table's layout.
type ID uint64

func synsetID(k uint32) ID { return ID(k)<<32 | ID(k) }

func linkID(a, b uint32) ID {
	if a > b {
		a, b = b, a
	}
	return ID(a)<<32 | ID(b)
}

// Derived reports whether the ID is a derivational link between two
// synsets rather than one synset.
func (id ID) Derived() bool { return id>>32 != id&0xffffffff }

// String names the synset or the two linked synsets by data-file offset
// and part of speech, as WordNet does: "00697607-v",
// "00162632-n+00697607-v".
func (id ID) String() string {
	one := func(k uint32) string { return fmt.Sprintf("%08d-%c", k>>2, "nvar"[k&3]) }
	if !id.Derived() {
		return one(uint32(id))
	}
	return one(uint32(id>>32)) + "+" + one(uint32(id))
}

// Lemma is a base form of a word in one part of speech.
type Lemma struct {
	Text string // as WordNet writes it: lower case, words of a collocation joined by "_"
	POS  POS    // one part of speech
}

// rule is one of morphy's rules of detachment: a suffix and the ending
// that replaces it.
type rule struct{ suffix, ending string }

// rules are the rules of detachment of morphy(7WN), in its order; adverbs
// have none.
var rules = [4][]rule{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	nil,
}

// lastLetters are the last letters of the suffixes of rules, per part of
// speech: a word ending otherwise needs no rule tried.
var lastLetters = func() (last [4]string) {
	for p, rs := range rules {
		for _, r := range rs {
			if c := r.suffix[len(r.suffix)-1:]; !strings.Contains(last[p], c) {
				last[p] += c
			}
		}
	}
	return last
}()

// AppendLemmas appends to dst the base forms WordNet knows for word, a
// single lower-case English word ("went", "mice", "urged"), in each part
// of speech of pos, and returns the extended slice. It follows WordNet's
// morphy (morphy(7WN)) and index lookup: for each part of speech in the
// order Noun, Verb, Adj, Adv, the base forms its exception list (noun.exc,
// ...) gives for the word, then the word itself when it is a lemma of that
// part of speech, then, only when the exception list has no entry for the
// word, the first of morphy's rules of detachment whose result is a lemma
// ("urged" -> "urge"; nouns ending in "ss" or of two letters or fewer are
// left alone, and a noun ending in "ful" is detached before the "ful":
// "boxesful" -> "boxful"), or for a compound of words joined by "-" or
// "_", the compound of the words' base forms ("secretaries-general" ->
// "secretary_general"). Like WordNet's search, each form is looked up as
// spelt, with "_" as "-", with "-" as "_", without "-" and "_", and without
// "." ("re-elected" -> "reelect", "e-mail" -> "email"). Every Lemma
// appended is a WordNet lemma of its part of speech, as WordNet spells it.
// Words WordNet does not know, upper-case letters and words with spaces
// (see Collocation) append nothing. It allocates only when dst must grow.
func AppendLemmas(dst []Lemma, word string, pos POS) []Lemma {
	// The word itself, in the spellings WordNet tries, in any part of
	// speech asked for.
	e, known := find(tab, word)
	var self found
	if known && isLemma(e, pos) {
		self.add(e)
	}
	resolveVariants(word, pos, &self)
	for p := Noun; p <= Adv; p <<= 1 {
		if pos&p == 0 {
			continue
		}
		var f found
		excepted := false
		if known {
			at, n, ok := tab.exceptions(e, p)
			excepted = ok
			for i := range n {
				f.add(u32(tab.entry, at+4*uint32(i)))
			}
		}
		for _, e := range self.e[:self.n] {
			if isLemma(e, p) {
				f.add(e)
			}
		}
		if !excepted {
			// Morphy detaches a suffix from the whole word, except that a
			// verb of several words has each word done alone; a compound
			// whose whole does not detach has each word done alone too.
			compound := separator(word) >= 0
			done := false
			if !compound || p != Verb {
				done = detach(word, p, &f)
			}
			if !done && compound {
				detachEach(word, p, &f)
			}
		}
		for _, e := range f.e[:f.n] {
			dst = append(dst, Lemma{tab.text(e), p})
		}
	}
	return dst
}

// found collects the entries of a few lemmas, without repeats.
type found struct {
	n int
	e [12]uint32
}

func (f *found) add(e uint32) {
	for _, g := range f.e[:f.n] {
		if g == e {
			return
		}
	}
	if f.n < len(f.e) {
		f.e[f.n] = e
		f.n++
	}
}

// resolve adds to f the entries of the spellings of c that are lemmas of a
// part of speech of pos, in the order WordNet's index lookup (getindex in
// its search.c) tries them: c, c with "_" as "-", with "-" as "_", without
// "_" and "-", and without ".". It reports whether any was.
func resolve[S string | []byte](c S, pos POS, f *found) bool {
	n0 := f.n
	if e, ok := find(tab, c); ok && isLemma(e, pos) {
		f.add(e)
	}
	resolveVariants(c, pos, f)
	return f.n > n0
}

// resolveVariants is resolve without c as spelt.
func resolveVariants[S string | []byte](c S, pos POS, f *found) {
	special := false
	for i := 0; i < len(c); i++ {
		special = special || c[i] == '_' || c[i] == '-' || c[i] == '.'
	}
	if !special || len(c) > maxText {
		return
	}
	var buf [maxText]byte
	for variant := 1; variant <= 4; variant++ {
		n, same := 0, true
		for i := 0; i < len(c); i++ {
			b := c[i]
			switch {
			case variant == 1 && b == '_':
				b = '-'
			case variant == 2 && b == '-':
				b = '_'
			case variant == 3 && (b == '_' || b == '-'), variant == 4 && b == '.':
				same = false
				continue
			}
			same = same && b == c[i]
			buf[n] = b
			n++
		}
		if same {
			continue
		}
		if e, ok := find(tab, buf[:n]); ok && isLemma(e, pos) {
			f.add(e)
		}
	}
}

// isLemma reports whether entry e is a lemma of a part of speech of pos.
func isLemma(e uint32, pos POS) bool {
	lemma, _, _, _, _ := tab.flags(e)
	return lemma&pos != 0
}

// detach applies morphy's rules of detachment for one part of speech and
// adds to f the lemmas the first result that is one gives.
func detach(word string, p POS, f *found) bool {
	base, end := word, ""
	if p == Noun {
		if strings.HasSuffix(word, "ful") {
			base, end = word[:len(word)-3], "ful"
		} else if strings.HasSuffix(word, "ss") || len(word) <= 2 {
			return false
		}
	}
	// Every suffix of a part of speech ends in one of a few letters.
	if base == "" || !strings.ContainsRune(lastLetters[p.index()], rune(base[len(base)-1])) {
		return false
	}
	var buf [maxText]byte
	for _, r := range rules[p.index()] {
		if !strings.HasSuffix(base, r.suffix) {
			continue
		}
		stem := base[:len(base)-len(r.suffix)]
		if r.ending == "" && end == "" {
			if resolve(stem, p, f) {
				return true
			}
		} else if len(stem)+len(r.ending)+len(end) <= len(buf) {
			n := copy(buf[:], stem)
			n += copy(buf[n:], r.ending)
			n += copy(buf[n:], end)
			if resolve(buf[:n], p, f) {
				return true
			}
		}
	}
	return false
}

// detachEach finds the base form of each word of a compound ("-" or "_"
// between words) as a p, by its first exception or its first rule of
// detachment, keeps the words that have none, and adds to f the lemmas the
// result is when it differs from the compound: "secretaries-general" ->
// "secretary_general", "bottle-fed" -> "bottlefeed".
func detachEach(word string, p POS, f *found) bool {
	var buf [maxText]byte
	n := 0
	for rest := word; ; {
		i := separator(rest)
		part := rest
		if i >= 0 {
			part = rest[:i]
		}
		base := part
		var g found
		if e, ok := find(tab, part); ok && hasExceptions(e, p) {
			if at, m, _ := tab.exceptions(e, p); m > 0 {
				base = tab.text(u32(tab.entry, at))
			}
		} else if detach(part, p, &g) {
			base = tab.text(g.e[0])
		}
		if n+len(base)+1 > len(buf) {
			return false
		}
		n += copy(buf[n:], base)
		if i < 0 {
			break
		}
		buf[n] = rest[i]
		n++
		rest = rest[i+1:]
	}
	if string(buf[:n]) == word {
		return false
	}
	return resolve(buf[:n], p, f)
}

// separator returns the index of the first "-" or "_" of s, or -1.
func separator(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' || s[i] == '_' {
			return i
		}
	}
	return -1
}

func hasExceptions(e uint32, p POS) bool {
	_, _, ok := tab.exceptions(e, p)
	return ok
}

// AppendMeanings appends to dst the meaning ids of lemma in each part of
// speech of pos, counting at most its first senses senses in each (all of
// them when senses <= 0), each id once, and returns the extended slice (ids
// that dst held before are not looked at: a caller merging several lemmas
// sorts and compacts). For each sense, in WordNet's order (most frequent first,
// as index.* lists them), it appends the id of the sense's synset and then
// one id per synset derivationally related to it (WordNet's "+" pointers,
// and "\" from an adjective to the noun it pertains to or from an adverb to
// its adjective). So two lemmas share an id when they are synonyms in one
// of their counted senses (bill/measure), or when a counted sense of one is
// derivationally related to a counted sense of the other (decision/decide).
// A derivation shares no id with a third word derived from the same synset
// (employer/employee), and ids never chain. lemma must be a WordNet lemma
// (AppendLemmas gives them; collocations joined by "_"); anything else
// appends nothing. It allocates only when dst must grow.
func AppendMeanings(dst []ID, lemma string, pos POS, senses int) []ID {
	e, ok := find(tab, lemma)
	if !ok {
		return dst
	}
	before := len(dst)
	for p := Noun; p <= Adv; p <<= 1 {
		if pos&p == 0 {
			continue
		}
		at, n := tab.senses(e, p)
		if senses > 0 {
			n = min(n, senses)
		}
		for i := range n {
			s := u32(tab.entry, at+4*uint32(i))
			k := tab.key(s)
			dst = appendNew(dst, before, synsetID(k))
			lat, ln := tab.links(s)
			for j := range ln {
				dst = appendNew(dst, before, linkID(k, tab.key(u32(tab.synset, lat+4*uint32(j)))))
			}
		}
	}
	return dst
}

// appendNew appends id unless dst[before:] holds it.
func appendNew(dst []ID, before int, id ID) []ID {
	for _, d := range dst[before:] {
		if d == id {
			return dst
		}
	}
	return append(dst, id)
}

// maxCollocation is the number of words Collocation accepts, and
// maxForms the number of forms it tries for each word.
const (
	maxCollocation = 4
	maxForms       = 6
)

// Collocation reports whether the consecutive words form a WordNet
// collocation (a multi-word lemma: "call_on", "put_off", "vote_down",
// "attorney_general", or a hyphenated one: "well-known") and returns it as
// WordNet writes it, its words joined by "_" or "-"; pass the result to
// AppendMeanings for its meaning ids. The words are lower-case, two to four
// of them, each a lemma or an inflected form: it tries the words as given
// (and the exception lists, which hold a few inflected collocations:
// "bureaux_de_change"), then up to six forms of each word, itself and its
// base forms from AppendLemmas in any part of speech ("called on" ->
// "call_on"), the last word's varying fastest, and returns the first that
// WordNet has. It does not allocate.
func Collocation(words ...string) (string, bool) {
	if len(words) < 2 || len(words) > maxCollocation {
		return "", false
	}
	var buf [maxText]byte
	if n, ok := join(&buf, words); ok {
		if c, ok := collocation(&buf, n, true); ok {
			return c, true
		}
	}
	// The forms of each word; the first word's must start a collocation,
	// which rules most word pairs out at once.
	var forms [maxCollocation][maxForms]string
	var counts [maxCollocation]int
	var lemmas [8]Lemma
	for i, w := range words {
		add := func(f string) {
			if counts[i] == maxForms {
				return
			}
			for _, g := range forms[i][:counts[i]] {
				if g == f {
					return
				}
			}
			if i == 0 {
				if e, ok := find(tab, f); !ok {
					return
				} else if _, _, head, _, _ := tab.flags(e); !head {
					return
				}
			}
			forms[i][counts[i]] = f
			counts[i]++
		}
		add(w)
		for _, l := range AppendLemmas(lemmas[:0], w, AnyPOS) {
			add(l.Text)
		}
		if counts[i] == 0 {
			return "", false
		}
	}
	// Try every combination, the last word's form varying fastest.
	var pick [maxCollocation]int
	var try [maxCollocation]string
	for {
		for i := range words {
			try[i] = forms[i][pick[i]]
		}
		if n, ok := join(&buf, try[:len(words)]); ok {
			if c, ok := collocation(&buf, n, false); ok {
				return c, true
			}
		}
		i := len(words) - 1
		for ; i >= 0; i-- {
			pick[i]++
			if pick[i] < counts[i] {
				break
			}
			pick[i] = 0
		}
		if i < 0 {
			return "", false
		}
	}
}

// collocation looks up the words joined in buf[:n] as a lemma, then (with
// exceptions) as an inflected form of the exception lists, then joined by
// "-" as WordNet writes some compounds ("well-known"). It overwrites buf.
func collocation(buf *[maxText]byte, n int, exceptions bool) (string, bool) {
	if e, ok := find(tab, buf[:n]); ok {
		if lemma, _, _, _, _ := tab.flags(e); lemma != 0 {
			return tab.text(e), true
		}
		for p := Noun; p <= Adv && exceptions; p <<= 1 {
			if at, m, _ := tab.exceptions(e, p); m > 0 {
				return tab.text(u32(tab.entry, at)), true
			}
		}
	}
	for i, b := range buf[:n] {
		if b == '_' {
			buf[i] = '-'
		}
	}
	if e, ok := find(tab, buf[:n]); ok {
		if lemma, _, _, _, _ := tab.flags(e); lemma != 0 {
			return tab.text(e), true
		}
	}
	return "", false
}

// join writes the words joined by "_" into buf.
func join(buf *[maxText]byte, words []string) (int, bool) {
	n := 0
	for i, w := range words {
		if w == "" || n+len(w)+1 > len(buf) {
			return 0, false
		}
		if i > 0 {
			buf[n] = '_'
			n++
		}
		n += copy(buf[n:], w)
	}
	return n, true
}

// Antonyms reports whether lemmas a and b are antonyms in a part of speech
// of pos: whether WordNet has an antonym pointer ("!") from a in one of its
// first senses senses to b in one of b's first senses senses (all senses
// when senses <= 0). WordNet's antonyms are pointers between words of
// synsets, reciprocal, of one part of speech; adjective satellites ("huge")
// have none of their own. So rise/fall are antonyms from 2 senses on (the
// first sense of "rise" opposes the second of "fall"). It does not allocate.
func Antonyms(a, b string, pos POS, senses int) bool {
	ea, ok1 := find(tab, a)
	eb, ok2 := find(tab, b)
	if !ok1 || !ok2 {
		return false
	}
	found := false
	eachAntonym(ea, pos, senses, func(dst uint32) bool {
		found = dst == eb
		return !found
	})
	return found
}

// AppendAntonyms appends to dst the lemmas that are antonyms of lemma in
// a part of speech of pos (as Antonyms decides, with the same senses cap on
// both sides), in sense order of lemma, each once, and returns the extended
// slice. It allocates only when dst must grow.
func AppendAntonyms(dst []string, lemma string, pos POS, senses int) []string {
	e, ok := find(tab, lemma)
	if !ok {
		return dst
	}
	before := len(dst)
	eachAntonym(e, pos, senses, func(d uint32) bool {
		text := tab.text(d)
		for _, s := range dst[before:] {
			if s == text {
				return true
			}
		}
		dst = append(dst, text)
		return true
	})
	return dst
}

// eachAntonym calls fn with the entry of each antonym of entry e within
// the sense cap, until fn returns false.
func eachAntonym(e uint32, pos POS, senses int, fn func(dst uint32) bool) {
	for p := Noun; p <= Adv; p <<= 1 {
		if pos&p == 0 {
			continue
		}
		at, n := tab.senses(e, p)
		if senses > 0 {
			n = min(n, senses)
		}
		for i := range n {
			s := u32(tab.entry, at+4*uint32(i))
			aat, an := tab.antonyms(s)
			for j := range an {
				ptr := aat + 12*uint32(j)
				if u32(tab.synset, ptr) != e {
					continue
				}
				dst, target := u32(tab.synset, ptr+4), u32(tab.synset, ptr+8)
				if hasSense(dst, p, target, senses) && !fn(dst) {
					return
				}
			}
		}
	}
}

// hasSense reports whether synset s is one of the first senses senses of
// entry e as a p.
func hasSense(e uint32, p POS, s uint32, senses int) bool {
	at, n := tab.senses(e, p)
	if senses > 0 {
		n = min(n, senses)
	}
	for i := range n {
		if u32(tab.entry, at+4*uint32(i)) == s {
			return true
		}
	}
	return false
}

// PartsOfSpeech returns the parts of speech lemma is a WordNet lemma of;
// none for a word WordNet does not list as it is (inflected forms: see
// AppendLemmas).
func PartsOfSpeech(lemma string) POS {
	e, ok := find(tab, lemma)
	if !ok {
		return 0
	}
	p, _, _, _, _ := tab.flags(e)
	return p
}

// MostFrequentPOS returns the part of speech in which lemma is most often
// used: the one whose senses were tagged most often in WordNet's semantic
// concordance (the counts of cntlist.rev); for a lemma with no tagged
// sense, the one with the most senses; ties go to the first of Noun, Verb,
// Adj, Adv. It returns 0 when lemma is no WordNet lemma.
func MostFrequentPOS(lemma string) POS {
	e, ok := find(tab, lemma)
	if !ok {
		return 0
	}
	p, most, _, _, _ := tab.flags(e)
	if p == 0 {
		return 0
	}
	return most
}

// Person reports whether the first (most frequent) noun sense of lemma is
// a person: WordNet's person.n.01 ("a human being") or one of its
// hyponyms, a kind of person ("resident", "worker", "child", "nurse"). A
// word WordNet does not list as it is (see AppendLemmas) is none.
func Person(lemma string) bool {
	e, ok := find(tab, lemma)
	if !ok {
		return false
	}
	return tab.flagByte(e)&flagPerson != 0
}
