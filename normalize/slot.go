package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// A name that a common noun introduces fills a slot: "chaired by mediator
// Pieter Holm", "the club's owners, Castine Holdings, will pay". The noun
// says what part the name plays and what the claim is about; the name is
// the value of that part, as a figure is the value of a count. Two sources
// that name two mediators state one claim and disagree on a name: the slot
// anchors the claim ("entity:mediator", see anchorSlot), so that such a
// pair is grouped when it scores at least half the threshold, as two
// figures of one count are, and Compare pairs the two names as one role
// (sameRole). A name with no such noun beside it (the subject or object of
// a verb: "Police arrested Ilse Brandt") anchors nothing.

// roleOf returns the noun that introduces name n of text as a role, in its
// base form ("owner" for "owners"), or "" when there is none: a lower-case
// noun just before the name ("mediator Joran Kessel"), or before a comma
// that opens an apposition the name fills ("the owners, Pemberton Capital,
// are paying"), the name then closed by a comma or the clause's end; else
// the noun of an apposition after the name ("Ivo Stern, the mayor,": see
// roleAfter).
func roleOf(text string, n Name) string {
	if r := roleBefore(text, n); r != "" {
		return r
	}
	return roleAfter(text[n.End:])
}

// roleBefore is roleOf for a noun before the name.
func roleBefore(text string, n Name) string {
	before := text[:n.Start]
	if !strings.HasSuffix(before, " ") {
		return ""
	}
	before = before[:len(before)-1]
	if strings.HasSuffix(before, ",") {
		rest := strings.TrimLeft(text[n.End:], "\"'”’)")
		if rest != "" && !strings.ContainsAny(rest[:1], ",.;:") {
			return "" // the apposition goes on: "the owners, Castine and Pyke"
		}
		if next := strings.TrimLeft(rest, ", "); strings.HasPrefix(next, "and ") || strings.HasPrefix(next, "or ") {
			return "" // a list: "condemned by the government, Hamas, and Egypt"
		}
		before = before[:len(before)-1]
	}
	// The word that ends before: letters only, lower case.
	start := lettersEnding(before)
	w := before[start:]
	if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsLower(r) {
		return ""
	}
	if start > 0 {
		// Part of a longer token ("club's", "co-owners"): not a word of its own.
		if r, _ := utf8.DecodeLastRuneInString(before[:start]); r != ' ' {
			return ""
		}
	}
	if !roleWord(w) {
		return ""
	}
	if start > 0 {
		prev := before[:start-1] // before the space
		if actsOn(prev[lettersEnding(prev):], w) {
			return ""
		}
	}
	return roleNoun(w)
}

// roleAfter returns the role an apposition after a name gives it, from
// rest, the text after the name: a determiner or a possessive, then up to
// three lower-case words, the last of them (or the last before "of") the
// role, closed by a comma or a stop ("Ivo Stern, the mayor,
// resigned"; "Annika Brolin, Veltro's chief executive, apologized";
// "Ines Varga, the head of the union."). Anything else after the comma (an
// age, a relative clause, a list) gives no role.
func roleAfter(rest string) string {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	end := strings.IndexAny(rest, ",;:()\"“”.!?")
	if end < 0 {
		return "" // no close: the apposition may go on
	}
	// Up to eight words, read on the stack: a longer apposition is no
	// role.
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(rest[:end]) {
		if len(words) == len(buf) {
			return ""
		}
		words = append(words, w)
	}
	if len(words) < 2 || !determinerOrPossessive(words[0]) {
		return ""
	}
	words = words[1:]
	if i := slices.Index(words, "of"); i > 0 {
		words = words[:i]
	}
	if len(words) > 3 {
		return ""
	}
	for i, w := range words {
		if i < len(words)-1 {
			w = trimPossessive(w) // "the union's president"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			return ""
		}
	}
	w := words[len(words)-1]
	if !roleWord(w) {
		return ""
	}
	return roleNoun(w)
}

// determinerOrPossessive reports whether w opens a noun phrase that names a
// role: "the", "a", "an", a possessive pronoun, or a possessive ("Veltro's",
// "the union's" is read from "the").
func determinerOrPossessive(w string) bool {
	for _, d := range [...]string{"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"} {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return possessor(w)
}

// lettersEnding returns where the run of letters that ends s starts.
func lettersEnding(s string) int {
	start := len(s)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= size
	}
	return start
}

// actsOn reports whether the word prev before w, a would-be role noun,
// makes w a verb instead: "to" or a modal before a word that can be a verb
// ("voted to fund Ukraine", "will face Arsenal"; not "went to builder Harlan
// Works"). A verb before a role noun leaves it one ("appointed mediator
// Pieter Holm"), and so does "-ing" ("the building, Hale Tower,"), though
// a gerund then reads as a role ("kept bombing Gaza").
func actsOn(prev, w string) bool {
	if !beforeInfinitive(strings.ToLower(prev)) {
		return false
	}
	var buf [4]wordnet.Lemma
	return len(wordnet.AppendLemmas(buf[:0], w, wordnet.Verb)) > 0
}

// roleNoun returns the base form of w as a noun when w is a noun mostly
// used as one ("mediator", "owners", "group"), or "": a verb ("said",
// "chaired", "named") or a word used mostly otherwise ("backs") leads into
// a name it acts on, not a role it fills.
func roleNoun(w string) string {
	var buf [4]wordnet.Lemma
	base := ""
	for _, l := range wordnet.AppendLemmas(buf[:0], w, wordnet.Noun) {
		// The shortest: WordNet lists some plurals as nouns of their own
		// ("leaders", printing dots), beside the base form.
		if wordnet.MostFrequentPOS(l.Text) == wordnet.Noun && (base == "" || len(l.Text) < len(base)) {
			base = l.Text
		}
	}
	return base
}

// anchorSlot anchors a name that fills a role by the role: two sentences
// that name a mediator are likely about one thing, whoever each names. It
// is never precise: names that agree identify no claim (one mediator is
// named in many claims of a story), they only keep a dissenting name from
// splitting one.
func anchorSlot(f Fact, text string) (string, bool) {
	return roleOf(text, f.(Name)), false
}

// sameName reports whether two names, compared alone, may name one entity
// by their keys (see Name.Matches), which tolerate spelling: whether two
// role anchors agree (see Anchor.Written). It runs for pairs of claims
// being scored, so it leaves the costlier tests of sameEntity (a slip in
// a surname, an acronym) to Compare: two spellings it misses are lifted
// as two names, which groups them all the same.
func sameName(x, y Fact) bool { return x.(Name).Matches(y.(Name)) }
