// Package clause splits a sentence into claim units: the spans of it that
// state a claim of their own. A quoted passage with a verb, or a sentence
// quoted whole as said ("said: “Today our names come home.”"), is a unit (one per
// independent clause when it holds several, a clause too short to stand
// alone kept with the next); attribution ("the minister said on Friday",
// "according to police", "told reporters on Monday that") is set apart
// from what it attributes; independent clauses joined by "; ", ", and",
// ", but" or ", while" are units of their own when each has its own
// predicate, so are two joined by "and" alone when each has an auxiliary
// and the second opens with a subject of its own ("Nine people are dead
// and 187 people were rescued"), and so are two clauses of what was said
// joined by "and that"
// or ", adding that" ("said the gate was locked and that no guard had left
// his post"), without those words (a "that" that is the subject of its
// clause stays: "and that was why", "said that and that alone would end
// the strike" is one clause). A fragment too short to state a claim
// ("Why?", "before flying to Geneva") is no unit, though a clause of what
// was said is one with four words and a verb, however few of them are
// words of content ("said on Monday that the strike was over"); a quote
// too short to be a claim of its own with its attribution ("“Not now, not
// ever,” she said") is the quote, and two such quotes around their
// attribution that state a claim together are two units ("“We will
// appeal,” he said, “and we will win.”").
//
// The rules are English, written for news sentences, and read the words
// only (no parser): a clause is told by a finite verb among its first words.
// A subject with a relative clause or participial phrase set off by commas
// ("The bridge, built in 1962, was ...") is a unit of its own, nested in
// the unit of the clause around it, which keeps its words; after a speaker
// ("The company, which employs 400 people, said (that) ...") it is a unit
// beside what was said, the attribution set apart. So is a clause in -ing
// after a comma that follows a clause ("..., forcing about 600 residents
// from their homes"), to the next comma: nested in its clause. A sentence
// read in its paragraph (SplitQuoting) is quoted when it lies inside a
// quotation of several sentences.
//
// Units are byte spans of the sentence, in order of their start (a unit
// before the units nested in it); units overlap only by nesting. A
// sentence with one claim and no attribution is one unit, the whole of it.
package clause

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/normalize"
)

// Unit is one claim unit of a sentence: s[Start:End].
type Unit struct {
	Start, End int
	// Quote is set for a quoted passage.
	Quote bool
}

// Split returns the claim units of sentence s, in order.
func Split(s string) []Unit {
	units, _ := SplitQuoting(s, false)
	return units
}

// SplitQuoting is Split for a sentence of a paragraph read in order: in
// tells whether a quotation of several sentences, left open by the
// sentence before, goes on in s; open tells whether one is open at the
// end of s, to pass to the next sentence of the paragraph (a new
// paragraph opens its own marks). A sentence inside such a quotation is
// quoted to its first closing mark, or whole without one.
func SplitQuoting(s string, in bool) (units []Unit, open bool) {
	var out []Unit
	// Quoted passages first; what lies outside them is read as text, with
	// each quote standing in as one word.
	quotes, open := quotations(s, in)
	var rest []Unit // outside the quotes
	at := 0
	for _, q := range quotes {
		rest = append(rest, Unit{at, q.open, false})
		at = q.close
	}
	rest = append(rest, Unit{at, len(s), false})
	// The subject's aside, found once (none: zero): a unit of its own, and
	// a part of a speaker's attribution ("Mayor Reyna, who called for
	// talks, said").
	sa, _ := aside(s, quotes)
	claims := quoteClaims(s, quotes)
	quoted := false
	for i, q := range quotes {
		if u := trim(s, Unit{q.Start, q.End, true}); claims[i] {
			out = append(out, quoteClauses(s, u)...)
			quoted = true
		}
	}
	// The text outside the quotes, joined where a quote sat in the middle
	// of a clause ("He called it “a war of choice” in a speech"), is split
	// into clauses.
	for _, part := range joinParts(rest, claims) {
		for _, c := range clauses(s, part) {
			if quoted && (attribution(s, c) || leadsIntoQuote(s, c)) {
				// "the minister said on Friday": who said the quote. A
				// clause of its own before the lead-in stays a claim ("The
				// chief executive has apologised, and her promise that"),
				// and so does a short quote it holds with a verb ("“We will
				// appeal,” he said, “and ...”").
				if b, ok := beforeLeadIn(s, c); ok {
					b = trim(s, b)
					if d := dropAttribution(s, b, sa); isClaim(s, d) {
						b = d
					}
					out = append(out, b)
				} else if q, ok := withinQuote(s, dropAttribution(s, c, sa), quotes); ok && words(s, q) >= 3 && hasPredicate(s, q) {
					out = append(out, q)
				}
				continue
			}
			// Attribution set apart must leave a claim: "In December, he
			// predicted ..." is no attribution of "In December". What is
			// left may be a short quote, the claim ("“Not now, not
			// ever,” she said", "“I never cheated,” she wrote"), without
			// its marks and who said it.
			// A clause of its own after "said (that)", "and that" or
			// "adding that" is a claim however few its words of content
			// ("said on Monday that the strike was over").
			d := afterThat(s, dropAttribution(s, c, sa))
			tc := trim(s, c)
			var claim bool
			if d != tc {
				claim = isSaidClaim(s, d) // what was said, its speaker set apart
			} else {
				claim = isClaim(s, d)
			}
			switch q, ok := withinQuote(s, d, quotes); {
			case !claim && !isClaim(s, c):
			case ok:
				out = append(out, q)
			case claim:
				out = append(out, d)
			default:
				out = append(out, tc)
			}
		}
	}
	out = withAsides(s, out, sa)
	out = withParticiples(s, out)
	slices.SortFunc(out, func(a, b Unit) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End // a unit before the aside it holds
	})
	return out, open
}

// afterThat narrows u past "and that", "but that" or a speech verb in -ing
// and "that" that open it: the rest of what was said, after a quote
// ("... \"strayed from the channel\" and that an inquiry had opened") or
// a clause ("..., adding that emergency care would stay open"). A "that"
// before a verb is the subject of what follows and stays ("and that was
// why the pool closed").
func afterThat(s string, u Unit) Unit {
	text := s[u.Start:u.End]
	ws := wordSpans(text)
	if len(ws) < 3 || strings.ToLower(text[ws[1].Start:ws[1].End]) != "that" {
		return u
	}
	switch first := strings.ToLower(text[ws[0].Start:ws[0].End]); {
	case first == "and" || first == "but", ingSpeech[first]:
		if next := strings.ToLower(text[ws[2].Start:ws[2].End]); finiteVerb(next) || len(next) > 4 && strings.HasSuffix(next, "ed") {
			return trim(s, Unit{u.Start + ws[1].Start, u.End, u.Quote})
		}
		return trim(s, Unit{u.Start + ws[2].Start, u.End, u.Quote})
	}
	return u
}

// thatAndThat reports whether the words of t before byte i end with
// "that" and those after it open with "and that": the first "that" is then
// a subject, as the second is ("said that and that alone would end the
// strike"), not the word that opens what was said nor the last word of a
// clause before "and that".
func thatAndThat(t string, i int) bool {
	// The last word before i, found from the end: this runs at every "and
	// that" of a sentence.
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	before := strings.TrimRightFunc(t[:i], func(r rune) bool { return !word(r) })
	if last := before[len(strings.TrimRightFunc(before, word)):]; !strings.EqualFold(last, "that") {
		return false
	}
	n := 0
	for w := range normalize.Words(t[i:]) {
		if !strings.EqualFold(t[i+w.Start:i+w.End], [...]string{"and", "that"}[n]) {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// reportsSpeech reports whether u, a clause before "and that", reports
// what was said or found, so that "that" opens a second clause of it: a
// speech verb ("The warden said the gate was locked") or a "that" of its
// own ("The inquiry heard that the crew were tired"). After other clauses
// "that" is a determiner or a pronoun ("The council closed the pool and
// that decision angered parents").
func reportsSpeech(s string, u Unit) bool {
	for w := range normalize.Words(s[u.Start:u.End]) {
		if word := strings.ToLower(s[u.Start+w.Start : u.Start+w.End]); speechVerbs[word] || word == "that" {
			return true
		}
	}
	return false
}

// isSaidClaim reports whether u, a clause of what was said (after "said
// (that)", "and that", "adding that"), states a claim: as any clause does
// (see isClaim), or with four words and a verb, however few of them are
// words of content ("the strike was over").
func isSaidClaim(s string, u Unit) bool {
	return isClaim(s, u) || words(s, u) >= 4 && hasPredicate(s, u)
}

// ingSpeech are speech verbs in -ing that lead into what was said.
var ingSpeech = set("adding", "saying", "noting", "arguing", "insisting", "warning", "stressing", "explaining")

// withinQuote returns u without the quote marks, as a quoted passage, when
// it lies within one of the quotes, its marks included: "“Not now, not
// ever" is the passage "Not now, not ever". Marks alone, or nothing, are
// no passage (a lead-in of a colon alone: ":“We will appeal,” she said").
func withinQuote(s string, u Unit, quotes []quote) (Unit, bool) {
	for _, q := range quotes {
		if q.open <= u.Start && u.End <= q.close {
			if p := trim(s, Unit{max(u.Start, q.Start), min(u.End, q.End), true}); p.Start < p.End {
				return p, true
			}
			break
		}
	}
	return Unit{}, false
}

// withAsides adds to units a, the aside of s (see aside; none when zero),
// if it states a claim: within a unit, a unit nested in it ("The coalition, formed in 2014
// to fight ISIS, has 2,500 troops in Iraq" states when the coalition was
// formed and how many troops it has, which outlets may state apart);
// outside every unit (in the attribution set apart: "The company, which
// employs 400 people, said ..."), a unit of its own. An aside that crosses
// a unit's edge is left as it is.
func withAsides(s string, units []Unit, a Unit) []Unit {
	if a.End == 0 || !isClaim(s, a) {
		return units
	}
	for _, u := range units {
		if u.Start < a.End && a.Start < u.End && !(u.Start <= a.Start && a.End <= u.End && !u.Quote && u != a) {
			return units
		}
	}
	return append(units, a)
}

// withParticiples adds, within each unit that is no quote, the clauses in
// -ing that follow a comma after a clause and state a claim of their own
// ("..., forcing about 600 residents from their homes"), each to the next
// comma, as units nested in it: a wire lede packs such a claim, which
// another outlet may state apart. One that quotes ("calling it “a
// historic day”") is left to its quote. The first verb of the unit is
// found once, so that a long run of such clauses costs linear time; past
// maxAndUnits units no more are added.
func withParticiples(s string, units []Unit) []Unit {
	out := units
	for _, u := range units {
		if u.Quote {
			continue
		}
		verb := -2 // where u's first verb ends, once asked (-1: none)
		for i := u.Start; i < u.End && len(out) < maxAndUnits; i++ {
			if s[i] != ',' || digitGroup(s, i) {
				continue
			}
			w, _ := nextWord(s, i+1, u.End)
			lw := strings.ToLower(w)
			if !ingForm(lw) || ingSpeech[lw] || notParticiples[lw] {
				continue
			}
			if verb == -2 {
				verb = predicateEnd(s, u)
			}
			if verb < 0 || i < verb {
				continue // not after a clause: "The harder job, pumping the oil off, falls to"
			}
			end := u.End
			if k := firstComma(s[i+1 : u.End]); k >= 0 {
				end = i + 1 + k
			}
			p := trim(s, Unit{i + 1, end, false})
			// A unit and one nested in it may find the same clause.
			if p != trim(s, u) && !slices.Contains(out[len(units):], p) && isClaim(s, p) && !strings.ContainsAny(s[p.Start:p.End], "\"“”") {
				out = append(out, p)
			}
		}
	}
	return out
}

// notParticiples are words in -ing that open no clause of their own:
// prepositions and the like ("including two children", "according to").
var notParticiples = set("including", "according", "following", "during", "regarding", "concerning",
	"excluding", "notwithstanding", "pending", "something", "nothing", "anything", "everything", "morning", "evening", "building", "spring")

// aside returns the subject of s with a relative clause or participial
// phrase set off by commas after it: "The coalition, formed in 2014 to
// fight ISIS", "The company, which employs 400 people" (before ", has
// ...", ", said ..."). The subject is a few words with no verb before the
// sentence's first comma, outside quotes; the aside is closed by a comma
// that a verb follows, not a conjunction nor a list ("Police arrested two
// men, charged them, and ..." has a verb before its first comma).
func aside(s string, quotes []quote) (Unit, bool) {
	inQuote := func(i int) bool {
		return slices.ContainsFunc(quotes, func(q quote) bool { return q.open <= i && i < q.close })
	}
	open := firstComma(s)
	if open < 0 || inQuote(open) {
		return Unit{}, false
	}
	subject := trim(s, Unit{0, open, false})
	if n := words(s, subject); n == 0 || n > maxSubjectWords || hasPredicate(s, subject) {
		return Unit{}, false
	}
	first, _ := nextWord(s, open+1, len(s))
	first = strings.ToLower(first)
	if !relativePronouns[first] && !participle(first) {
		return Unit{}, false
	}
	close := -1
	for j := open + 1; j < len(s) && close < 0; j++ {
		switch {
		case inQuote(j) || s[j] == ';':
			return Unit{}, false
		case s[j] == ',' && !digitGroup(s, j):
			close = j
		}
	}
	if close < 0 {
		return Unit{}, false
	}
	next, _ := nextWord(s, close+1, len(s))
	next = strings.ToLower(next)
	if !finiteVerb(next) || words(s, Unit{open + 1, close, false}) < minAsideWords {
		return Unit{}, false
	}
	return trim(s, Unit{subject.Start, close, false}), true
}

// speakingAside returns where a phrase in -ing set off by commas after the
// subject of u ends, when a speech verb follows it: "Owen Prys, speaking
// outside the hospital, said ...". It says how something was said, not a
// claim (an aside of the subject, see aside, is one).
func speakingAside(s string, u Unit) (int, bool) {
	text := s[u.Start:u.End]
	open := firstComma(text)
	if open < 0 {
		return 0, false
	}
	first, _ := nextWord(text, open+1, len(text))
	if first = strings.ToLower(first); !ingForm(first) {
		return 0, false
	}
	subject := Unit{u.Start, u.Start + open, false}
	if n := words(s, subject); n == 0 || n > maxSubjectWords || hasPredicate(s, subject) {
		return 0, false
	}
	close := firstComma(text[open+1:])
	if close < 0 || strings.ContainsAny(text[open+1:open+1+close], ";\"“”") {
		return 0, false
	}
	close += open + 1
	next, _ := nextWord(text, close+1, len(text))
	if !speechVerbs[strings.ToLower(next)] {
		return 0, false
	}
	return u.Start + close, true
}

// maxSubjectWords is the most words the subject before an aside may have.
const maxSubjectWords = 8

// minAsideWords is how many words an aside needs to state a claim of its
// own: ", who was there," names a person, ", built in 1962," dates it.
const minAsideWords = 3

// relativePronouns open a non-restrictive relative clause after a comma.
var relativePronouns = set("which", "who", "whose")

// participle reports whether w reads as a past participle that opens a
// phrase after a comma ("formed in 2014", "built in 1962"): a word in -ed
// or a common irregular participle, not a speech verb ("..., said the
// mayor").
func participle(w string) bool {
	if speechVerbs[w] {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

var irregularParticiples = set("built", "known", "born", "held", "run", "sold", "made", "led", "set",
	"hit", "seen", "taken", "given", "chosen", "written", "driven", "struck", "brought", "bought", "found",
	"left", "kept", "paid", "sent", "shot", "spent", "won", "lost", "begun", "grown", "drawn", "thrown")

// minQuoteWords is how many words a quoted passage needs to be a claim of
// its own: "the witness" is a phrase someone used, not a claim.
const minQuoteWords = 4

// isQuoteClaim reports whether quoted passage u states a claim of its own,
// rather than naming something in the words of someone ("a war of choice").
func isQuoteClaim(s string, u Unit) bool {
	return words(s, u) >= minQuoteWords && isClaim(s, u) && (hasPredicate(s, u) || quotedSentence(s, u))
}

// quotedSentence reports whether quoted passage u is a sentence said: it
// opens with a capital and closes with its punctuation inside the marks
// ("“Today our names come home,” she said"), opens the sentence before a
// speech verb or follows one ("said: “...”", "told reporters, “...”"; a
// colon after other words is no speech: "The agenda listed one item:"),
// and is no title ("“The Worst Day Of My Life.”", see titleCase). Its verb
// may be one the word lists do not know ("come", "counts"), and it may
// open with a determiner as a label does ("Every hour counts for them.").
// A comma closes it only when no quote follows: "“Two pipes and a main,”
// he said, “all failed”" is one sentence, broken by who said it. A title
// quoted mid-sentence ("Her book, “Why Small Towns Matter,” was
// published") is none.
func quotedSentence(s string, u Unit) bool {
	r, _ := utf8.DecodeRuneInString(s[u.Start:])
	if !unicode.IsUpper(r) || u.End >= len(s) || !strings.ContainsRune(".,!?", rune(s[u.End])) {
		return false
	}
	if rest := s[u.End+1:]; s[u.End] == ',' && strings.ContainsAny(strings.TrimLeft(rest, "\"”"), "\"“") {
		return false
	}
	before := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(s[:u.Start], "\""), "“"), unicode.IsSpace)
	switch {
	case before == "":
		// At the sentence's start: said only with its speaker after it.
		after := s[u.End+1:]
		if speechAt(after[:min(len(after), clauseScan)], 5) < 0 {
			return false
		}
	case !speechEnds(before):
		return false // "The agenda listed one item: “...”"
	}
	return !titleCase(s[u.Start:u.End])
}

// speechEnds reports whether a speech verb is among the last three words
// of t: "she said:", "told reporters:", "said on Friday,".
func speechEnds(t string) bool {
	var last [3]string
	for w := range normalize.Words(t) {
		last[0], last[1], last[2] = last[1], last[2], strings.ToLower(t[w.Start:w.End])
	}
	return speechVerbs[last[0]] || speechVerbs[last[1]] || speechVerbs[last[2]]
}

// titleCase reports whether every word of p of four letters or more but
// stop words opens with a capital, two such words at least: a title
// ("Notes from a Small Island"), not a sentence.
func titleCase(p string) bool {
	n := 0
	for w := range normalize.Words(p) {
		if w.End-w.Start < 4 || normalize.IsStopWord(normalize.Fold(p[w.Start:w.End])) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(p[w.Start:]); !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// quoteClaims reports which quotes state a claim: a passage that states
// one of its own (see isQuoteClaim), and two passages around their
// attribution that state one together, each with a verb ("“We will
// appeal,” he said, “and we will win.”": one passage, broken by who said
// it, that neither half states alone).
func quoteClaims(s string, quotes []quote) []bool {
	claims := make([]bool, len(quotes))
	passages := make([]Unit, len(quotes))
	for i, q := range quotes {
		passages[i] = trim(s, Unit{q.Start, q.End, true})
		claims[i] = isQuoteClaim(s, passages[i])
	}
	for i := 1; i < len(quotes); i++ {
		a, b := passages[i-1], passages[i]
		if claims[i-1] || claims[i] || !attribution(s, Unit{quotes[i-1].close, quotes[i].open, false}) {
			continue
		}
		// Both units, or neither: a half without a verb left out of the
		// units would be dropped with the attribution around it ("“Two
		// pipes and a main,” he said, “all failed at once.”").
		if both := s[a.Start:a.End] + " " + s[b.Start:b.End]; isQuoteClaim(both, Unit{0, len(both), true}) &&
			hasPredicate(s, a) && hasPredicate(s, b) {
			claims[i-1], claims[i] = true, true
		}
	}
	return claims
}

// IsLabel reports whether quoted passage p names something in the words of
// someone rather than states it: a phrase that opens with a determiner and
// holds no verb ("a historic day", "a step in the right direction", "the
// worst flood in memory"). Two speakers may use one such phrase of two
// things; "no evidence of engine failure" and "let our patients down" are
// no labels.
func IsLabel(p string) bool {
	first, _ := nextWord(p, 0, len(p))
	if !determiners[strings.ToLower(first)] || hasPredicate(p, Unit{0, len(p), false}) {
		return false
	}
	for w := range normalize.Words(p) {
		if w.Start > 0 && (unicode.IsUpper(rune(p[w.Start])) || isDigit(p[w.Start])) {
			return false // a name or a figure: "a war of Obama's choosing"
		}
	}
	return true
}

// determiners open a noun phrase.
var determiners = set("a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his",
	"her", "its", "their", "some", "any", "another", "every", "each")

// quoteClauses splits quoted passage u into its independent clauses:
// another outlet may quote one of them only ("We were lucky this time, and
// I don't want to count on luck again"). A clause too short to be a claim
// of its own stays with the clause after it ("I made mistakes, and I take
// full responsibility", "but the city deserves better"), or, at the end,
// with the one before.
func quoteClauses(s string, u Unit) []Unit {
	var out []Unit
	start := -1 // the start of clauses held for the next
	for _, c := range clauses(s, u) {
		if start < 0 {
			start = afterThat(s, trim(s, c)).Start
		}
		if q := trim(s, Unit{start, c.End, true}); isQuoteClaim(s, q) {
			out = append(out, q)
			start = -1
		}
	}
	switch {
	case len(out) == 0:
		return []Unit{u}
	case start >= 0:
		out[len(out)-1].End = u.End
	}
	return out
}

// quote is a quoted passage: its text is s[Start:End], its marks included
// from open to close.
type quote struct {
	Start, End  int
	open, close int
}

// Quoted returns the quoted passages of sentence s, in order, each the
// span inside its marks (see quotations). Two claims that quote one
// passage state one claim, however differently their sentences go on.
func Quoted(s string) []Unit {
	qs, _ := quotations(s, false)
	out := make([]Unit, 0, len(qs))
	for _, q := range qs {
		out = append(out, Unit{q.Start, q.End, true})
	}
	return out
}

// quotations finds the quoted passages of s: “curly” quotes paired as
// written, straight double quotes paired in turn; a straight quote right
// after a figure is an inch mark ("a 6" pipe"), which opens none, nor
// closes one while a mark is left to close it ("the 6" pipe burst"", but
// "Route 66" and ...). Single
// quotes are left alone: most are apostrophes, and a quote inside a quote
// belongs to it.
//
// A quotation of several sentences is open at the start of those after
// its first. When in says so, s opens inside one, which runs to its first
// closing mark or, with none, to its end. Without in, a closing mark
// before any other (” at depth 0 not after a figure, or a lone straight
// quote that reads as closing) still closes one. open reports whether a quotation is open at
// the end of s.
func quotations(s string, in bool) (out []quote, open bool) {
	depth, start := 0, -1
	straight := -1
	left := quoteMarks(s) // the marks after i that may open or close a quote
	// cont is set while a quotation from before s may still close in it.
	cont := in
	closeBefore := func(i, end int) {
		out = append(out, quote{0, i, 0, end})
		cont = false
	}
	for i, r := range s {
		switch r {
		case '“':
			if depth == 0 && straight < 0 {
				start = i
			}
			cont = false // a new quote: the one before ended unmarked
			depth++
		case '”':
			if depth > 0 {
				depth--
				if depth == 0 && start >= 0 {
					out = append(out, quote{start + len("“"), i, start, i + len("”")})
					start = -1
				}
			} else if straight < 0 && len(out) == 0 && i > 0 && (cont || s[i-1] != ' ' && !isDigit(s[i-1])) {
				// The end of a quote of several sentences; after a figure
				// and out of one, an inch mark ("12” steel piles").
				closeBefore(i, i+len("”"))
			}
		case '"':
			inch := inchMark(s, i)
			if !inch {
				left--
			}
			if depth > 0 || inch && (straight < 0 || left%2 == 1) {
				continue // inside a curly quote, or an inch mark ("a 6" pipe")
			}
			if straight < 0 && len(out) == 0 && start < 0 && closes(s, i) && (cont || quoteMarks(s)%2 == 1) {
				closeBefore(i, i+1) // the end of a quote of several sentences
				continue
			}
			cont = false
			if straight < 0 {
				straight = i
			} else {
				out = append(out, quote{straight + 1, i, straight, i + 1})
				straight = -1
			}
		}
	}
	if cont {
		// Inside a quotation from before, from start to end.
		return []quote{{0, len(s), 0, len(s)}}, true
	}
	if depth > 0 && start >= 0 {
		// An open quote runs to the end: a paragraph of a quotation that
		// goes on in the next one, or a sentence of one that goes on in
		// the next sentence.
		out = append(out, quote{start + len("“"), len(s), start, len(s)})
		open = true
	}
	if straight >= 0 {
		out = append(out, quote{straight + 1, len(s), straight, len(s)})
		open = true
	}
	slices.SortFunc(out, func(a, b quote) int { return a.open - b.open })
	return out, open
}

// quoteMarks counts the straight double quotes of s that may open or close
// a quote: not the inch marks after a figure ("hail 2" across").
func quoteMarks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' && !inchMark(s, i) {
			n++
		}
	}
	return n
}

// inchMark reports whether the straight quote at s[i] is an inch mark: it
// follows a figure ("a 6" pipe", "hail 2" across").
func inchMark(s string, i int) bool { return i > 0 && isDigit(s[i-1]) }

// closes reports whether the straight quote at s[i] reads as closing a
// quote: after a word or its punctuation (not a digit: an inch mark) and
// before a space, punctuation or the end.
func closes(s string, i int) bool {
	if i == 0 || s[i-1] == ' ' || inchMark(s, i) {
		return false // nothing to close, or an inch mark: "hail 2" across"
	}
	return i+1 == len(s) || strings.IndexByte(" ,.;:!?)", s[i+1]) >= 0
}

// joinParts returns the stretches of s outside the quotes, as units; a
// quote that is no claim (see quoteClaims: "a war of choice") stays inside
// the text around it, which is one stretch.
func joinParts(rest []Unit, claims []bool) []Unit {
	var out []Unit
	cur := rest[0]
	for i, claim := range claims {
		next := rest[i+1]
		if !claim {
			cur.End = next.End // the short quote is part of the clause
			continue
		}
		out = append(out, cur)
		cur = next
	}
	return append(out, cur)
}

// clauses splits a stretch of text at the joints between independent
// clauses: "; ", and ", and", ", but", ", while", ", whereas" when what
// follows has a predicate of its own; " and that" and ", adding that" (a
// speech verb in -ing, see ingSpeech) when what follows is a claim of what
// was said (see isSaidClaim). Such a clause keeps the words that open it
// ("and that", "adding that"): afterThat sets them apart.
func clauses(s string, u Unit) []Unit {
	var out []Unit
	start := u.Start
	for i := u.Start; i < u.End; i++ {
		c := s[i]
		if c != ';' && c != ',' && c != ' ' || i < start {
			continue // not a joint, or inside the words that open the clause ("held,,adding that")
		}
		after := i + 1
		said := false // what follows opens with "and that" or "adding that"
		if c == ' ' {
			// "said the mirror was insured and that the staff would stay":
			// two clauses of what was said.
			const andThat = "and that "
			switch rest := s[after:u.End]; {
			case strings.HasPrefix(rest, andThat) && i > start && reportsSpeech(s, Unit{start, i, false}):
				said = true
			case strings.HasPrefix(rest, "and ") && i > start && opensClause(s, Unit{after + len("and "), u.End, false}):
				after += len("and ")
			default:
				continue
			}
		}
		if c == ',' {
			w, n := nextWord(s, after, u.End)
			switch lw := strings.ToLower(w); {
			case lw == "and" || lw == "but" || ingSpeech[lw]:
				// ", and that the sirens did not sound", ", adding that
				// ...": the clause opens with those words. After a clause
				// that reports no speech, "and that" is "and" and a
				// determiner or pronoun ("and that decision angered").
				if that, _ := nextWord(s, n, u.End); strings.EqualFold(that, "that") &&
					(ingSpeech[lw] || reportsSpeech(s, Unit{start, i, false})) {
					after, said = n-len(w), true
				} else if ingSpeech[lw] {
					continue
				} else {
					after = n
				}
			case lw == "while" || lw == "whereas" || lw == "yet":
				after = n
			default:
				continue
			}
		}
		if said && thatAndThat(s[start:u.End], i-start) {
			continue // "said that and that alone would ...": one clause
		}
		left, right := Unit{start, i, false}, Unit{after, u.End, false}
		// After "; " a new sentence in all but name; after ", and" a
		// clause with a subject and a verb of its own, not a second verb
		// of the first subject ("closed schools, and left thousands").
		joint := c == ';' && words(s, left) >= 3 && words(s, right) >= 3
		switch {
		case c == ' ' && !said:
			// "Nine people are dead and 187 people were rescued": after "and"
			// without a comma, a subject of its own and an auxiliary, after
			// a clause with one. Each side is read within clauseScan bytes
			// of the "and", so that a long sentence costs linear time.
			// Not after "that", a speech verb or "between": "confirmed
			// that the driver and the conductor were injured", "said the
			// boy and his sister were found" join two nouns of one
			// subject. Past maxAndUnits units a sentence splits no more at
			// "and": a run of clauses need not cost its square later.
			l, r := Unit{max(left.Start, i-clauseScan), i, false}, Unit{right.Start, min(right.End, right.Start+clauseScan), false}
			joint = len(out) < maxAndUnits && hasAuxiliary(s, l) && !reportsBefore(s, l) && words(s, l) >= 3 && isClaim(s, l) && isClaim(s, r)
		case c == ' ':
			// After "and that", the clause before needs a verb of its own,
			// not only "said" ("He said that the dog and that cat ..."),
			// and what follows must stand alone ("and that he had lied"
			// stays with what the court heard before it).
			_, other := predicates(s, left)
			joint = other && words(s, left) >= 3 && isSaidClaim(s, afterThat(s, right))
		case said:
			// ", adding that" after a speaker alone ("Prys said, adding
			// that"), or ", and that" after a clause of what was said.
			joint = hasPredicate(s, left) && isSaidClaim(s, afterThat(s, right))
		case !joint && words(s, left) >= 3 && hasPredicate(s, left) && hasPredicate(s, right):
			first, _ := nextWord(s, right.Start, right.End)
			joint = !verbLike(strings.ToLower(first)) || gerundSubject(s, right)
		}
		if joint {
			out = append(out, left)
			start = after
		}
	}
	return append(out, Unit{start, u.End, false})
}

// opensClause reports whether u opens with a subject of its own and an
// auxiliary: a subject pronoun ("we have never had"), or a subject of up
// to two words, opened by a determiner, a number or "it", "nobody",
// "none" or "no", before an auxiliary ("twelve are still missing", "the
// plant will shut"; not "the money police had seized"). A bare noun may be
// a second noun of the subject before ("buses and trams are back"); a
// pronoun or a relative after the first word opens a relative clause ("the
// hours it had logged", "the volunteers who were there"); and a past or a
// word in -s may be a noun ("the plans for a school", "the cut in hours").
// It reads three words at most.
func opensClause(s string, u Unit) bool {
	text := s[u.Start:min(u.End, u.Start+clauseScan)]
	n, end := 0, 0
	for w := range normalize.Words(text) {
		if strings.ContainsAny(text[end:w.Start], ",;:()\"“”") {
			return false // "and the airport, and left": no subject
		}
		end = w.End
		word := strings.ToLower(text[w.Start:w.End])
		switch {
		case n == 0 && subjectPronouns[word]:
			return true
		case n == 0 && !(determiners[word] || subjectOpeners[word] || isDigit(word[0]) || normalize.IsNumberWord(word)):
			return false // "and trams are back": a second noun of the subject
		case n > 0 && (subjectPronouns[word] || relatives[word] || word == "it"):
			return false
		case n > 0 && n < 3 && auxiliaries[word]:
			return true
		case verbLike(word) || n >= 2:
			return false // "the money police had seized": a relative clause
		}
		n++
	}
	return false
}

// hasAuxiliary reports whether u holds an auxiliary or a modal ("are",
// "had", "will"), or a verb in "n't": a finite verb the words alone show.
func hasAuxiliary(s string, u Unit) bool {
	text := s[u.Start:u.End]
	for w := range normalize.Words(text) {
		if auxiliaries[strings.ToLower(text[w.Start:w.End])] || negatedVerb(text, w) {
			return true
		}
	}
	return false
}

// clauseScan is how many bytes around an "and" the clause rules read: a
// subject, an auxiliary and the words of a claim lie well within it.
const clauseScan = 300

// maxAndUnits is how many units a sentence may have before it splits no
// more at "and" alone, nor at a clause in -ing (see withParticiples): a
// run of clauses need not cost its square where units are compared.
const maxAndUnits = 16

// reportsBefore reports whether u holds "that", "whether" or "between", or
// a speech verb before a determiner or a pronoun: what follows may be the
// subject of a clause that goes on after the "and" ("said the boy and his
// sister were found"), or a range ("between 10 and 15").
func reportsBefore(s string, u Unit) bool {
	text := s[u.Start:u.End]
	speech := false
	for w := range normalize.Words(text) {
		word := strings.ToLower(text[w.Start:w.End])
		switch {
		case word == "that" || word == "whether" || word == "between":
			return true
		case speech && (determiners[word] || subjectPronouns[word] || word == "it"):
			return true
		}
		speech = speechVerbs[word]
	}
	return false
}

// auxiliaries are the auxiliaries and modals, the finite verbs that are
// never nouns ("set", "cut", "plans" may be).
var auxiliaries = set(auxiliaryWords...)

var auxiliaryWords = []string{"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "cannot",
	"could", "shall", "should", "may", "might", "must", "does", "did", "do"}

// relatives open a relative clause: "the volunteers who were there".
var relatives = set("who", "whom", "whose", "which", "that")

// dropAttribution sets apart the attribution of a clause: "according to X,"
// or ", according to X" around it, ", X said ..." or ", said X" after it,
// "X said (that)" before it, X with its aside sa (see aside; none when
// zero). What is left is what the source claims.
func dropAttribution(s string, u Unit, sa Unit) Unit {
	u = trim(s, u)
	text := s[u.Start:u.End]
	lower := strings.ToLower(text)
	// "According to the police, ..."
	if strings.HasPrefix(lower, "according to ") {
		if k := firstComma(text); k > 0 {
			return trim(s, Unit{u.Start + k + 1, u.End, false})
		}
	}
	// "..., according to the police." (not ", according to officials, is
	// to ...": the clause goes on around it)
	if k := strings.LastIndex(lower, ", according to "); k > 0 && !strings.Contains(text[k+2:], ",") {
		return trim(s, Unit{u.Start, u.Start + k, false})
	}
	// "..., officials said on Friday." / "..., said the mayor." The tail
	// is a speaker and a speech verb and a few words more, not a clause
	// of its own ("..., he said the vote would be delayed").
	if k := lastComma(text); k > 0 {
		tail := text[k+1:]
		if v := speechAt(tail, 6); v >= 0 && countWords(tail) <= 10 && (v > 0 || invertedSpeech(tail)) {
			ws := wordSpans(tail)
			after := Unit{u.Start + k + 1 + ws[v].End, u.End, false}
			if _, other := predicates(s, after); !other {
				return trim(s, Unit{u.Start, u.Start + k, false})
			}
		}
	}
	// "Officials said (that) the dam was inspected." The speaker is a few
	// words, and what they said a clause of its own.
	ws := wordSpans(text)
	// The speaker may have an aside of its own: "Mayor Reyna, who called
	// for talks last week, said (that) ...".
	if sa.End > 0 && sa.Start == u.Start && sa.End < u.End {
		if rest, ok := saidThat(s, Unit{sa.End, u.End, false}, 0); ok {
			return rest
		}
	}
	// Or a phrase of how it was said: "Owen Prys, speaking outside the
	// hospital, said (that) ...".
	if end, ok := speakingAside(s, u); ok {
		if rest, ok := saidThat(s, Unit{end, u.End, false}, 0); ok {
			return rest
		}
	}
	for i, w := range ws[:min(len(ws), 7)] {
		word := strings.ToLower(text[w.Start:w.End])
		if !speechVerbs[word] || i == 0 {
			continue
		}
		// The speaker is a few words with no verb nor comma of their own.
		if _, other := predicates(s, Unit{u.Start, u.Start + w.Start, false}); other || strings.Contains(text[:w.Start], ",") {
			break
		}
		if rest, ok := saidThat(s, u, i); ok {
			return rest
		}
		break
	}
	return u
}

// saidThat returns what follows the speech verb that is word i of u when
// it is a clause of three words or more: after "said" or after "that"
// ("said on Monday that", "told reporters that", "said in a statement
// that"). A verb followed by a phrase and no "that" ("said in a
// statement", "told reporters the dam ...") is not taken apart. After a
// noun phrase, "that" belongs to what was said ("said claims that she had
// lied were false"), which starts after the verb (see toWhomPhrase).
func saidThat(s string, u Unit, i int) (Unit, bool) {
	text := s[u.Start:u.End]
	ws := wordSpans(text)
	if i >= len(ws) || !speechVerbs[strings.ToLower(text[ws[i].Start:ws[i].End])] {
		return u, false
	}
	verb := strings.ToLower(text[ws[i].Start:ws[i].End])
	j := i + 1
	for k := j; k < len(ws) && k <= i+maxToWhom+1; k++ {
		if strings.ToLower(text[ws[k].Start:ws[k].End]) == "that" {
			if toWhomPhrase(s, verb, Unit{u.Start + ws[i].End, u.Start + ws[k].Start, false}) && !thatAndThat(text, ws[k].End) {
				j = k + 1
			}
			break
		}
	}
	if j == i+1 && j < len(ws) && (toWhom[strings.ToLower(text[ws[j].Start:ws[j].End])] || verb == "told") {
		return u, false // "said in a statement", "told reporters": no clause starts here
	}
	if j < len(ws) && !strings.ContainsAny(text[ws[i].End:ws[j].Start], ":;") {
		if rest := (Unit{u.Start + ws[j].Start, u.End, false}); hasPredicate(s, rest) && countWords(s[rest.Start:rest.End]) >= 3 {
			return rest, true
		}
	}
	return u, false
}

// toWhomPhrase reports whether p, the text between speech verb verb and
// "that", says to whom, when or how it was said, or opens what was said
// with a clause of its own: an aside set off by commas ("insisted, as he
// has for months, that"), words that open with a word of when or how ("on
// Monday", "in a statement released on Friday", "Friday", "after the
// reports broke", "privately"), an object of "told" ("reporters", "the
// council on Monday"), or a clause that what follows "that" completes
// ("said tests showed that"). A noun phrase before them is what was said,
// and "that" opens a clause within it ("said claims that she had lied were
// false", "said the bridge that collapsed had been inspected"), and so does
// a clause and a conjunction before "that": what was said goes on ("said
// the TV was large and that it cost $300"). An empty p is one.
func toWhomPhrase(s, verb string, p Unit) bool {
	if last := lastWord(s[p.Start:p.End]); last == "and" || last == "but" {
		return false
	}
	if between := strings.TrimSpace(s[p.Start:p.End]); len(between) > 1 && strings.HasPrefix(between, ",") && strings.HasSuffix(between, ",") {
		return true
	}
	head := p.End // where the words of when or how begin
	for w := range normalize.Words(s[p.Start:p.End]) {
		if word := strings.ToLower(s[p.Start+w.Start : p.Start+w.End]); toWhom[word] || sayWhen[word] || adverb(word) {
			head = p.Start + w.Start
			break
		}
	}
	return countWords(s[p.Start:head]) == 0 || verb == "told" || verb == "tells" || hasPredicate(s, Unit{p.Start, head, false})
}

// sayWhen are words other than toWhom's that open a phrase of when or how
// something was said: a day ("said Friday that"), a clause of time ("said
// when the reports broke that"), a preposition ("for the first time").
var sayWhen = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "when", "as", "while", "since", "until", "once",
	"for", "under", "over", "amid", "without", "again")

// maxToWhom is the most words between a speech verb and "that": to whom,
// when or where it was said ("told reporters on Monday that").
const maxToWhom = 5

// toWhom are the words that open a phrase of to whom, when or how
// something was said rather than what.
var toWhom = set("in", "on", "at", "to", "during", "after", "before", "late", "early", "earlier",
	"later", "last", "this", "through", "via", "by", "from", "with")

// invertedSpeech reports whether tail, which opens with a speech verb, is
// an attribution with the speaker after the verb (", said the mayor", ",
// added a spokesman"), not a second predicate of the clause's subject
// (", announced her resignation on Friday"): a verb that news inverts so,
// and no possessive after it.
func invertedSpeech(tail string) bool {
	ws := wordSpans(tail)
	if len(ws) < 2 || !invertingVerbs[strings.ToLower(tail[ws[0].Start:ws[0].End])] {
		return false
	}
	switch strings.ToLower(tail[ws[1].Start:ws[1].End]) {
	case "her", "his", "its", "their", "our", "my", "your":
		return false
	}
	return true
}

// invertingVerbs are the speech verbs a news sentence puts before the
// speaker: "said the mayor", "added Ms. Ruiz".
var invertingVerbs = set("said", "says", "added", "adds", "wrote", "writes", "noted", "explained",
	"recalled", "replied", "responded", "insisted", "argued", "declared", "asked")

// firstComma returns the index of the first comma of text that is not a
// thousands separator ("According to police 1,500 people fled"), or -1.
func firstComma(text string) int {
	for k := 0; k < len(text); k++ {
		if text[k] == ',' && !digitGroup(text, k) {
			return k
		}
	}
	return -1
}

// lastComma returns the index of the last comma of text that is not a
// thousands separator ("1,500 said to be at risk"), or -1.
func lastComma(text string) int {
	for k := strings.LastIndexByte(text, ','); k >= 0; k = strings.LastIndexByte(text[:k], ',') {
		if !digitGroup(text, k) {
			return k
		}
	}
	return -1
}

// digitGroup reports whether the comma at s[i] stands between two digits.
func digitGroup(s string, i int) bool {
	return i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// attribution reports whether u, text beside a quoted claim, says who said
// it rather than claiming something itself: a speech verb and no other
// verb ("the minister said on Friday"), a lead-in ending in "that" or
// "saying" ("Mr. Sellers responded that"), or a lead-in ending in a colon
// that states no figure ("Reyes put it bluntly:").
func attribution(s string, u Unit) bool {
	t := trim(s, u)
	text := strings.ToLower(s[t.Start:t.End])
	if speech, other := predicates(s, t); speech && !other {
		return true
	}
	for _, lead := range []string{" that", " saying", " says", " said", " asked"} {
		if strings.HasSuffix(text, lead) {
			return true
		}
	}
	// trim took the colon that ends a lead-in; a comma may end a claim of
	// its own ("The storm destroyed 40 homes, “...”"), and so may a
	// lead-in that states a figure ("Three homes burned and 40 were saved:").
	return strings.HasSuffix(strings.TrimRightFunc(s[u.Start:u.End], unicode.IsSpace), ":") &&
		strings.IndexFunc(text, unicode.IsDigit) < 0
}

// beforeLeadIn returns the clause that u, the lead-in of a quote, holds
// before its last ", and" or ", but" (or "; "), when that clause states a
// claim with a predicate of its own: "The chief executive has apologised"
// of "The chief executive has apologised, and her promise that".
func beforeLeadIn(s string, u Unit) (Unit, bool) {
	text := s[u.Start:u.End]
	k := max(strings.LastIndex(text, ", and "), strings.LastIndex(text, ", but "), strings.LastIndex(text, "; "))
	if k <= 0 {
		return u, false
	}
	left := Unit{u.Start, u.Start + k, false}
	if !hasPredicate(s, left) || !isClaim(s, left) || attribution(s, left) {
		return u, false
	}
	return left, true
}

// leadsIntoQuote reports whether u is the head of a clause that the quote
// right after it completes ("the crews had “watched ...”"): it ends in a
// function word other than a conjunction, which would end a clause of its
// own ("Crews saved 40 homes and “...”").
func leadsIntoQuote(s string, u Unit) bool {
	if u.End >= len(s) || s[u.End] != '"' && !strings.HasPrefix(s[u.End:], "“") {
		return false
	}
	t := trim(s, u)
	text := s[t.Start:t.End]
	last := ""
	for w := range normalize.Words(text) {
		last = text[w.Start:w.End]
	}
	last = normalize.Fold(last)
	return normalize.IsStopWord(last) && !conjunctions[last]
}

// conjunctions join a clause to the quote after it.
var conjunctions = set("and", "but", "or", "nor", "yet", "so", "while", "whereas")

// speechAt returns the position among the words of t of a speech verb
// among its first n words, or -1.
func speechAt(t string, n int) int {
	i := 0
	for w := range normalize.Words(t) {
		if i >= n {
			break
		}
		if speechVerbs[strings.ToLower(t[w.Start:w.End])] {
			return i
		}
		i++
	}
	return -1
}

// speechVerbs attribute what a source said or wrote. Verbs that take an
// object of their own ("predicted a rise", "reported a loss") are not
// among them.
var speechVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "stated", "states",
	"wrote", "writes", "announced", "announces", "confirmed", "confirms", "explained", "noted",
	"insisted", "argued", "declared", "tweeted", "posted", "acknowledged", "conceded", "recalled",
	"asserted", "responded", "replied")

// SaidWhen reports whether the words of s just before byte offset at are a
// speech verb, with who it was said to and a word of time between them:
// "police said | Sunday", "police said on | Sunday", "the minister told
// reporters late on | Friday", "the ministry told the union on | Monday",
// "said in a statement on | Tuesday" (the words of toWhomPhrase, with no
// verb of their own). A date or time that follows them is when the claim
// was said, not a fact of the claim.
func SaidWhen(s string, at int) bool {
	at = min(max(at, 0), len(s))
	ws := wordSpans(s[:at])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-maxToWhom-1; k-- {
		w := strings.ToLower(s[ws[k].Start:ws[k].End])
		if w == "that" || strings.ContainsAny(s[ws[k].End:at], ";:") {
			return false // what was said starts after "that" or a colon
		}
		if !speechVerbs[w] {
			continue
		}
		p := Unit{ws[k].End, at, false} // the words between the verb and the date
		if k == len(ws)-1 {
			return true
		}
		if hasPredicate(s, p) {
			return false
		}
		first := strings.ToLower(s[ws[k+1].Start:ws[k+1].End])
		return w == "told" || w == "tells" || toWhom[first] || sayWhen[first] || adverb(first)
	}
	return false
}

// hasPredicate reports whether u holds a finite verb: an auxiliary, a
// speech verb, a word in -ed or a common irregular form ("rose", "won").
// Without one, a stretch is a phrase that belongs to the clause before it.
func hasPredicate(s string, u Unit) bool {
	speech, other := predicates(s, u)
	return speech || other
}

// predicates reports whether u holds a speech verb ("said", "told") and
// whether it holds another finite verb (see predicateWords).
func predicates(s string, u Unit) (speech, other bool) {
	predicateWords(s, u, func(_ Unit, isSpeech bool) bool {
		if isSpeech {
			speech = true
		} else {
			other = true
		}
		return !(speech && other)
	})
	return speech, other
}

// predicateEnd returns where the first finite verb of u ends, or -1 when
// it has none: a stretch of u before a comma past it holds a predicate.
func predicateEnd(s string, u Unit) int {
	end := -1
	predicateWords(s, u, func(w Unit, _ bool) bool {
		end = w.End
		return false
	})
	return end
}

// predicateWords calls yield with each word of u that reads as a finite
// verb, in order, and whether it is a speech verb, until yield returns
// false: a speech verb, an auxiliary, a word in -ed or a common irregular
// form ("rose", "won"). A word after a subject pronoun ("we need", "I
// don't") is a verb, and so is the one before "n't" (see negatedVerb).
func predicateWords(s string, u Unit, yield func(w Unit, speech bool) bool) {
	text := s[u.Start:u.End]
	subject := false // the word before is a subject pronoun
	capital := false // the word before starts with a capital
	for w := range normalize.Words(text) {
		raw := text[w.Start:w.End]
		word := strings.ToLower(raw)
		wasCapital := capital
		capital = raw[0] >= 'A' && raw[0] <= 'Z'
		verb, speech := false, false
		switch {
		case speechVerbs[word]:
			verb, speech = true, true
		case subject && adverb(word):
			continue // "he later said": still before the verb
		case finite[word] || len(word) > 4 && strings.HasSuffix(word, "ed") || subject || negatedVerb(text, w):
			verb = true
		}
		// "I" after a capitalized word is a numeral: "Phase I", "World War I".
		subject = subjectPronouns[word] && !(raw == "I" && wasCapital)
		if verb && !yield(Unit{u.Start + w.Start, u.Start + w.End, false}, speech) {
			return
		}
	}
}

// negatedVerb reports whether the word of text at w is the "t" of "n't":
// the words of "don't", "isn’t" are "don" and "t", and the one before is a
// verb, which the words alone do not show ("Don" may be a name).
func negatedVerb(text string, w normalize.Span) bool {
	if !strings.EqualFold(text[w.Start:w.End], "t") {
		return false
	}
	before := strings.ToLower(text[max(0, w.Start-len("n’")):w.Start])
	return strings.HasSuffix(before, "n'") || strings.HasSuffix(before, "n’")
}

// subjectPronouns are the pronouns that can only be a subject: the word
// after one is a verb, or an adverb before it.
var subjectPronouns = set("i", "we", "they", "he", "she")

// adverb reports whether w reads as an adverb that may stand between a
// subject and its verb ("he later said", "we simply cannot").
func adverb(w string) bool {
	return adverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly")
}

var adverbs = set("also", "later", "then", "still", "once", "too", "just", "even", "again", "now", "never", "always", "often")

// finite are auxiliaries, common irregular past tenses of news verbs and
// regular pasts too short for the -ed rule of predicates ("died": "Police
// said two workers died" is no bare attribution); no forms in "n't": words
// end at an apostrophe, see negatedVerb.
var finite = set(append(slices.Clone(auxiliaryWords), "rose", "fell", "won", "lost", "took",
	"made", "gave", "came", "went", "left", "held", "met", "sent", "led", "fled", "grew", "paid", "kept",
	"saw", "began", "became", "got", "set", "cut", "hit", "put", "shot", "struck", "sold", "bought",
	"built", "brought", "thought", "knew", "found", "stood", "told", "ran", "spent", "fought",
	"remains", "remain", "says", "plans", "wants", "needs", "faces", "calls", "expects", "hopes",
	"sank", "broke", "drove", "flew", "spoke", "shook", "swept", "threw", "tore", "froze", "stole",
	"sought", "caught", "dug", "rode", "wore", "hid",
	"died", "lied", "tied", "owed")...)

// finiteVerb reports whether a word is surely a finite verb: an auxiliary,
// a common irregular past or a speech verb ("has", "sank", "said"). A word
// in -ed may be a participle opening another phrase, an -ing form surely
// is one.
func finiteVerb(w string) bool {
	return finite[w] || speechVerbs[w]
}

// gerundSubject reports whether u opens with a word in -ing that is the
// subject of its clause: an auxiliary follows within gerundWords words,
// with no comma or relative between ("standing still was not an option",
// "testing will begin on Monday"; not "leaving thousands who were").
func gerundSubject(s string, u Unit) bool {
	text := s[u.Start:u.End]
	n := 0
	for w := range normalize.Words(text) {
		word := strings.ToLower(text[w.Start:w.End])
		switch {
		case n == 0 && !ingForm(word):
			return false
		case n > 0 && auxiliaries[word]:
			return !strings.ContainsRune(text[:w.Start], ',')
		case n >= gerundWords || relatives[word]:
			return false
		}
		n++
	}
	return false
}

// gerundWords is how many words a gerund subject may span before its
// auxiliary: the -ing word and up to three more.
const gerundWords = 4

// verbLike reports whether a word reads as a verb: a finite form or an -ed
// or -ing form.
func verbLike(w string) bool {
	return finite[w] || speechVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || ingForm(w)
}

// ingForm reports whether lower-case word w reads as a form in -ing
// ("forcing", "standing"; not "king", "ring").
func ingForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// isClaim reports whether a unit states a claim: three content words, or
// two and a number or a verb ("Quake kills 40", "No deaths were reported");
// a word of negation counts as one ("I have never cheated").
func isClaim(s string, u Unit) bool {
	if u.End <= u.Start {
		return false
	}
	text := s[u.Start:u.End]
	content, digits := 0, false
	for w := range normalize.Words(text) {
		word := normalize.Fold(text[w.Start:w.End])
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
			digits = true
			continue
		}
		if !normalize.IsStopWord(word) || negations[word] {
			content++ // "I have never cheated" denies something
		}
	}
	speech, other := predicates(s, u)
	if speech && !other && countWords(text) < 6 && !saysSomething(text) {
		return false // "Mr. Steele said": attribution alone
	}
	return content >= 3 || content >= 2 && (digits || speech || other)
}

// saysSomething reports whether a speech verb of text is followed by what
// was said, opened by a determiner or "that": "Officials said the dam
// burst" states a claim whose verb the word lists do not know; "Police
// said on Tuesday" and "he told reporters" say only who spoke. After
// "told" the determiner opens who was told: "The mayor told the council."
func saysSomething(text string) bool {
	after := false
	for w := range normalize.Words(text) {
		word := strings.ToLower(text[w.Start:w.End])
		if after {
			return determiners[word]
		}
		after = speechVerbs[word] && word != "told" && word != "tells"
	}
	return false
}

// negations are the stop words that state a claim's denial.
var negations = set("not", "never", "no", "nothing", "nobody", "none")

// trim narrows u to start and end on a letter, digit or closing mark:
// spaces, dashes, commas and a colon around a clause are not part of it.
func trim(s string, u Unit) Unit {
	for u.Start < u.End {
		r, n := utf8.DecodeRuneInString(s[u.Start:])
		if unicode.IsSpace(r) || strings.ContainsRune(",;:—–-", r) || u.Quote && strings.ContainsRune("'‘", r) {
			u.Start += n
			continue
		}
		break
	}
	for u.End > u.Start {
		r, n := utf8.DecodeLastRuneInString(s[:u.End])
		if unicode.IsSpace(r) || strings.ContainsRune(",;:—–-", r) || u.Quote && strings.ContainsRune(".,'’", r) {
			u.End -= n
			continue
		}
		break
	}
	return u
}

func words(s string, u Unit) int { return countWords(s[u.Start:u.End]) }

// countWords counts the words of t without keeping them: it runs for
// every clause of every sentence.
func countWords(t string) int {
	n := 0
	for range normalize.Words(t) {
		n++
	}
	return n
}

func wordSpans(t string) []normalize.Span {
	var out []normalize.Span
	for w := range normalize.Words(t) {
		out = append(out, w)
	}
	return out
}

// lastWord returns the last word of t in lower case, or "".
func lastWord(t string) string {
	last := ""
	for w := range normalize.Words(t) {
		last = t[w.Start:w.End]
	}
	return strings.ToLower(last)
}

// nextWord returns the word at or after byte i of s (before end) and the
// byte after it.
func nextWord(s string, i, end int) (string, int) {
	for w := range normalize.Words(s[i:end]) {
		return s[i+w.Start : i+w.End], i + w.End
	}
	return "", end
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// subjectOpeners open a subject of their own besides the subject pronouns
// and determiners: "and nobody told us", "and none was injured".
var subjectOpeners = set("it", "nobody", "none", "no")
