package segment

import "strings"

// markFurniture sets Furniture and Reason on out, the sentences of the
// paragraphs ps; paragraph sentence indexes are offset by base.
//
// Cues look at one paragraph (a line, in news mode) at a time, then at the
// document: lines repeated in it, lines listed after a navigation line, and
// short labels outside the article body.
func markFurniture(out []Sentence, ps []paragraph, text string, base int) {
	var small [64]string
	reasons := small[:0]
	if len(ps) > len(small) {
		reasons = make([]string, 0, len(ps))
	}
	var wordsSmall [64]int
	words := wordsSmall[:0]
	if len(ps) > len(wordsSmall) {
		words = make([]int, 0, len(ps))
	}
	short := 0
	var authors [4]string // the names of the bylines seen so far
	nAuthors := 0
	for _, p := range ps {
		w := countWords(text, p.start, p.end, 31)
		words = append(words, w)
		line := text[p.start:p.end]
		reason := paragraphCue(line, w, out[p.first-base:p.last-base], text)
		if reason == "" && nAuthors > 0 && aboutAuthor(line, authors[:nAuthors]) {
			reason = ReasonBio // "Daniel Okafor is a retired civil engineer ..." after "By Daniel Okafor"
		}
		reasons = append(reasons, reason)
		if w <= 8 && p.end-p.start <= 80 {
			short++
		}
		// Bylines name the authors a bio line may start with: a byline line,
		// or one cut off the start of this paragraph.
		first := p.first - base
		for i := max(first-2, 0); i <= first && i < len(out) && nAuthors < len(authors); i++ {
			if i < first && out[i].Reason == ReasonByline || i == first && reason == ReasonByline {
				if name := bylineName(text, out[i].Start, out[i].End); name != "" {
					authors[nAuthors] = name
					nAuthors++
				}
			}
		}
	}
	if short >= 2 {
		markRepeated(ps, words, reasons, text)
	}
	markOutletName(ps, words, reasons, text)
	// The body runs from the first to the last paragraph of prose.
	first, last := -1, -1
	for k, p := range ps {
		if reasons[k] == "" && words[k] >= 10 && endsSentence(text[p.start:p.end]) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	// A short line that addresses the reader is a prompt outside the body,
	// and most likely dialogue inside it.
	// So is a short line that starts with a call-to-action verb but names
	// nothing of the page ("Follow the Money"), and a paragraph of short
	// fragments (terse dialogue inside, an author bio after the body).
	for k := range ps {
		inBody := first <= k && k <= last
		switch {
		case reasons[k] == reasonYou:
			reasons[k] = ReasonPrompt
		case reasons[k] == reasonVerb:
			reasons[k] = ReasonAction
		case reasons[k] == reasonFragments:
			reasons[k] = ReasonBio
		default:
			continue
		}
		if inBody {
			reasons[k] = ""
		}
	}
	// Outside the body, a very short line with no punctuation is a section
	// or category label; the last plain line before the body is its
	// headline, however short.
	if first >= 0 {
		headline := -1
		for k := 0; k < first; k++ {
			if reasons[k] == "" {
				headline = k
			}
		}
		for k, p := range ps {
			if (k < first && k != headline || k > last) && reasons[k] == "" && words[k] <= 3 &&
				isLabelLine(text[p.start:p.end]) {
				reasons[k] = ReasonLabel
			}
		}
	}
	// Headline-like lines right after a navigation line or a reader prompt
	// ("Next Article", "You May Also Like", "See also") link to other
	// stories.
	for k := 0; k+1 < len(ps); k++ {
		if reasons[k] != ReasonNavigation && reasons[k] != ReasonPrompt ||
			!hasWord(text[ps[k].start:ps[k].end], introducesLinks) {
			continue // "Advertisement" or "Share" introduces no list of stories
		}
		for k+1 < len(ps) && reasons[k+1] == "" && words[k+1] > 3 && words[k+1] <= 20 &&
			!endsSentence(text[ps[k+1].start:ps[k+1].end]) {
			reasons[k+1] = ReasonTeaser
			k++
		}
	}
	for k, p := range ps {
		for i := p.first - base; i < p.last-base; i++ {
			s := &out[i]
			reason := reasons[k]
			if reason == reasonLabelFirst {
				// A label marks its own sentence, not the claims after it
				// on the line ("Read more: ... The county said ...").
				reason = ""
				if i == p.first-base {
					reason = ReasonLabel
				}
			}
			sentence := text[s.Start:s.End]
			switch {
			case reason != "":
			case text[s.Start] == '[' && text[s.End-1] == ']':
				reason = ReasonMarker
			case s.End-s.Start < 100 && mayBeCredit(text, s.Start, s.End) && creditEnd(text, s.Start, s.End) == s.End,
				i > p.first-base && (text[s.Start] == 'C' || text[s.Start] == 'P' || text[s.Start] == 'I') &&
					startsWithCredit(sentence) && countWords(text, s.Start, s.End, 8) <= 8:
				reason = ReasonCredit // a credit between two sentences, or glued to its caption
			}
			s.Furniture, s.Reason = reason != "", reason
		}
	}
}

// stampOrByAuthor reports whether line is a time stamp, possibly followed
// by its author.
func stampOrByAuthor(line string) bool {
	t := timestampEnd(line, 0, len(line))
	return t == len(line) || byAuthor(line, t)
}

// byAuthor reports whether line goes on from t, the end of a time stamp,
// with "by" and a name to its end ("Posted on October 22, 2023 by Sam").
func byAuthor(line string, t int) bool {
	if t < 0 {
		return false
	}
	ts, te := token(line, t, len(line))
	if line[ts:te] != "by" {
		return false
	}
	names := 0
	for i := te; ; names++ {
		ts, te = token(line, i, len(line))
		if ts == te {
			return names > 0
		}
		if names == 4 || !capWord(line[ts:te]) && !isHandle(line[ts:te]) {
			return false
		}
		i = te
	}
}

// numbered reports whether line starts with a numbered or lettered list
// marker.
func numbered(line string) bool {
	m, ok := listMarker(line, 0, len(line))
	return ok && m.style != ""
}

// aboutThisPage reports whether line speaks of the page itself: "this
// article", "this story", "this page".
func aboutThisPage(line string) bool {
	this, found := false, false
	forWords(line, func(w []byte) bool {
		switch string(w) {
		case "article", "story", "page", "post", "answer", "information":
			found = this
		}
		this = string(w) == "this"
		return !found
	})
	return found
}

// reasonLabelFirst marks, until the sentences are marked, a line that
// starts with a furniture label: only its first sentence is furniture.
const reasonLabelFirst = "label, first sentence"

// bylineName returns the first name of the byline [s,e) ("Ana Ruiz" of "By
// Ana Ruiz and Tom Bell"), or "".
func bylineName(text string, s, e int) string {
	i := bylineStart(text, s, e)
	if i < 0 {
		return ""
	}
	i, _ = token(text, i, e)
	end := i
	for j := i; j < e; {
		ts, te := token(text, j, e)
		if ts == te || !capWord(text[ts:te]) {
			break
		}
		end = te
		if text[te-1] == ',' {
			end--
			break
		}
		j = te
	}
	if end-i < 3 {
		return ""
	}
	return text[i:end]
}

// aboutAuthor reports whether line starts with the name of one of the
// document's authors and a verb that describes them ("Daniel Okafor is a
// retired engineer", "Ann Lee writes about courts"): an author bio.
func aboutAuthor(line string, authors []string) bool {
	for _, a := range authors {
		if len(line) > len(a)+1 && line[:len(a)] == a && line[len(a)] == ' ' {
			w := firstWord(line[len(a)+1:])
			switch w {
			case "is", "was", "has", "writes", "covers", "reports", "lives", "joined", "teaches":
				return true
			}
		}
	}
	return false
}

// markRepeated marks short paragraphs whose exact text occurs more than once.
func markRepeated(ps []paragraph, words []int, reasons []string, text string) {
	seen := make(map[string]int)
	for k, p := range ps {
		if words[k] <= 8 && p.end-p.start <= 80 {
			seen[text[p.start:p.end]]++
		}
	}
	for k, p := range ps {
		if reasons[k] == "" && words[k] <= 8 && p.end-p.start <= 80 && seen[text[p.start:p.end]] > 1 {
			reasons[k] = ReasonRepeated
		}
	}
}

// markOutletName marks a short line that is the outlet's name alone, as
// the document's copyright notice gives it ("Harbor Gazette" above "© 2025
// Harbor Gazette."): a masthead, wherever it stands. A headline may hold
// the name ("Morning Star Daily Sold to Rival") but is never the name
// alone; with no notice to name the outlet, a short line of capitalized
// words may be a headline or a subheading, and is left alone.
func markOutletName(ps []paragraph, words []int, reasons []string, text string) {
	var small [2]string
	names := small[:0]
	for k, p := range ps {
		if reasons[k] == ReasonCopyright {
			if h := copyrightHolder(text[p.start:p.end]); h != "" {
				names = append(names, h)
			}
		}
	}
	for k, p := range ps {
		if reasons[k] != "" || words[k] > 6 {
			continue
		}
		line := withoutThe(strings.TrimSuffix(text[p.start:p.end], "."))
		for _, name := range names {
			if strings.EqualFold(line, withoutThe(name)) {
				reasons[k] = ReasonLabel
			}
		}
	}
}

// copyrightHolder returns the name a copyright notice gives after its
// symbol and year ("Harbor Gazette" of "© 2025 Harbor Gazette. All rights
// reserved.", "Brenmoor Courier" of "(c) Brenmoor Courier 2026"), or "".
func copyrightHolder(line string) string {
	for _, p := range [...]string{"Copyright", "COPYRIGHT", "©", "(c)", "(C)"} {
		line = strings.TrimLeft(strings.TrimPrefix(line, p), " ")
	}
	f := strings.Fields(line)
	for len(f) > 0 && isDigit(rune(f[0][0])) {
		f = f[1:] // the year: "2025", "2019-2025,"
	}
	var name []string
	for _, w := range f {
		if isDigit(rune(w[0])) {
			break // a year after the name
		}
		end := strings.TrimRight(w, ".,;|")
		if end != "" && !capWord(end) && !isParticle(end) && end != "&" {
			return "" // no name: "All rights reserved."
		}
		if end != "" {
			name = append(name, end)
		}
		if end != w || len(name) > 6 {
			break // "Gazette." or "Gazette," ends the name
		}
	}
	if len(name) == 0 || len(name) > 6 {
		return ""
	}
	return strings.Join(name, " ")
}

// withoutThe returns name without a leading "The " in any case.
func withoutThe(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return name[4:]
	}
	return name
}

// reasonYou marks, until the body is known, a short line that addresses the
// reader.
const reasonYou = "you"

// reasonVerb marks, until the body is known, a short line that starts with
// a call-to-action verb.
const reasonVerb = "verb"

// reasonFragments marks, until the body is known, a paragraph of very short
// fragments.
const reasonFragments = "fragments"

// paragraphCue returns the reason the paragraph line is furniture, or "".
func paragraphCue(line string, words int, sents []Sentence, text string) string {
	switch {
	case endsInTeaserEllipsis(line):
		return ReasonTeaser
	case isBio(sents, text):
		return reasonFragments // decided once the body is known
	}
	switch n := len(line); {
	case isCopyright(line):
		return ReasonCopyright
	case isStandards(line):
		return ReasonStandards
	case n > 200:
		return ""
	case datelineEnd(line, 0, n) == n:
		return ReasonDateline
	case bylineEnd(line, 0, n) == n:
		return ReasonByline
	case mastheadReason(line) != "":
		return mastheadReason(line)
	case stampOrByAuthor(line):
		return ReasonTimestamp // "Posted on October 22, 2023 by Sam" too
	case mayBeCredit(line, 0, n) && creditEnd(line, 0, n) == n:
		return ReasonCredit
	}
	if words > 30 || strings.HasPrefix(line, "Q: ") || strings.HasPrefix(line, "A: ") {
		return "" // a long line, or a turn of an interview ("Q: Will you ...?")
	}
	first, _ := firstRune(line)
	quoted := isOpener(first) && first != '(' && first != '['
	switch {
	case first == '(' && line[len(line)-1] == ')' && words <= 12 && hasWord(line, isCreditWord),
		words <= 8 && startsWithCredit(line):
		return ReasonCredit
	case hasFurnitureLabel(line, words):
		return reasonLabelFirst
	case words <= 12 && isQuoteHeader(line):
		return ReasonLabel
	case words <= 6 && isMoreFrom(line):
		return ReasonNavigation
	case words <= 4 && allWords(line, isNavigationWord), words <= 20 && (isTrail(line) || isMenu(line)), isCounter(line):
		return ReasonNavigation
	case words <= 14 && !quoted && contactLine(line) && !reports(line):
		return ReasonPrompt // "Email newsroom@ledger.example", "Call the newsdesk on 01632 448 210"
	case words <= 8 && !quoted && askedOfReader(line):
		return ReasonPrompt // "Have a news tip?"
	case !quoted && isShareBar(line):
		return ReasonAction // "Share on Facebook · Share on X · Email this story"
	case words <= 14 && !quoted && fundingAppeal(line) && !reports(line):
		return ReasonAction // "Support independent journalism: subscribe from $4 a month"
	case words <= 14 && !quoted && isActionVerb(firstWord(line)) && !reports(line) &&
		(!ownVerb(line) || words <= 8 && mentionsYou(line)) &&
		(words <= 8 || !mentionsYou(line) && hasWord(line, isActionObject)):
		// An imperative has no verb of its own but in a clause to the
		// reader, of up to 8 words ("Sign up and you'll never miss a
		// story"): with one, the first word is a noun ("Contact tracing
		// will resume this week", "Like other banks, Acme will close 40
		// branches").
		if hasWord(line, isActionObject) {
			return ReasonAction // "Subscribe to the Ledger for weekly analysis of the courts."
		}
		return reasonVerb // "Follow the Money" may be a subheading
	case !quoted && !numbered(line) && mentionsYou(line) && hasWord(line, isSecondPerson) && hasWord(line, isWebWord) &&
		!reports(line):
		// Not a numbered step of instructions ("3. Click Browse, select
		// the file you ..."), nor advice reported ("The bank says it will
		// never ask you to confirm your password by e-mail").
		return ReasonPrompt
	case words <= 8 && strings.HasSuffix(line, "?") && aboutThisPage(line):
		return ReasonPrompt // "Was this article helpful?"
	case !quoted && words <= 8 && !endsWithPeriod(line) && mentionsYou(line) && hasWord(line, isSecondPerson) &&
		!explainerHeadline(line):
		return reasonYou // decided once the body is known
	case line[len(line)-1] == '*' && words > 1:
		return ReasonPrompt // a form line: "Required fields are marked *"
	}
	return ""
}

// contactLine reports whether line tells the reader how to reach the
// newsroom or a writer: it holds an e-mail address ("Write to
// newsroom@ledger.example", "Ana Ruiz can be reached at ana@ledger.example"),
// or opens with "Call" or "Phone" and gives a number of seven digits or more.
func contactLine(line string) bool {
	for _, tok := range strings.Fields(line) {
		if isEmailAddress(strings.TrimRight(tok, ".,;:)")) {
			return true
		}
	}
	switch firstWord(line) {
	case "Call", "Phone", "Ring", "Text":
		digits, run := 0, 0
		for _, r := range line {
			switch {
			case r >= '0' && r <= '9':
				run++
				digits = max(digits, run)
			case r == ' ' || r == '-':
			default:
				run = 0
			}
		}
		return digits >= 7
	}
	return false
}

// isEmailAddress reports whether tok reads as an e-mail address: a name, an
// "@" and a domain with a dot.
func isEmailAddress(tok string) bool {
	at := strings.IndexByte(tok, '@')
	if at <= 0 {
		return false
	}
	dot := strings.LastIndexByte(tok, '.')
	return dot > at+1 && dot < len(tok)-1 && !strings.ContainsAny(tok, " \"'")
}

// fundingAppeal reports whether line asks the reader to pay for the
// outlet's journalism ("Support independent journalism: subscribe from $4
// a month") or says that readers pay for the outlet, named with a word of
// an outlet ("The Lakeside Ledger is reader-funded."). Who funds anything
// else is news: "The museum is funded by the city", "Support for the levy
// has grown".
func fundingAppeal(line string) bool {
	if rest, ok := strings.CutPrefix(line, "Support "); ok {
		// "Support independent journalism", not "Support for local journalism"
		f := strings.Fields(strings.ToLower(rest))
		for i, w := range f[:min(len(f), 3)] {
			if i == 0 && (prepositions[w] || w == "of") {
				return false
			}
			switch strings.TrimRight(w, ".,;:!") {
			case "journalism", "journalists", "reporting", "newsroom":
				return true
			}
		}
		return false
	}
	subject, funded, ok := strings.Cut(line, " is ")
	if !ok || !nameLike(subject) || !hasWord(subject, func(w []byte) bool { return isOutletWord(string(w)) }) {
		return false
	}
	// "reader-funded", "funded by readers like you", "supported by our
	// members"
	words := strings.Fields(strings.ToLower(funded))
	for i, w := range words {
		if who, how, ok := strings.Cut(w, "-"); ok && payers[who] && fundedWords[strings.TrimRight(how, ".,;!")] {
			return true
		}
		if fundedWords[w] && i+2 < len(words) && words[i+1] == "by" {
			who := words[i+2]
			if (who == "our" || who == "its") && i+3 < len(words) {
				who = words[i+3]
			}
			return payers[strings.TrimSuffix(strings.TrimRight(who, ".,;!"), "s")]
		}
	}
	return false
}

// payers are those who fund an outlet that lives on its readers, in the
// singular: "reader-funded", "funded by readers", "funded by donations".
var payers = map[string]bool{"reader": true, "subscriber": true, "member": true, "listener": true,
	"viewer": true, "donor": true, "donation": true, "you": true}

// fundedWords are the words that say who pays: "reader-funded",
// "supported by its members".
var fundedWords = map[string]bool{"funded": true, "supported": true, "financed": true}

// askedOfReader reports whether line is a short question put to the
// reader without a "you": "Have a news tip?", "Got a question about the
// bankruptcy?". A verb after "Have" makes it an auxiliary: "Have any of
// the victims been named?" asks about the story.
func askedOfReader(line string) bool {
	if !strings.HasSuffix(line, "?") {
		return false
	}
	f := strings.Fields(line)
	return len(f) >= 2 && (f[0] == "Have" || f[0] == "Got") && (f[1] == "a" || f[1] == "an" || f[1] == "any") &&
		!hasVerb(line)
}

// reports reports whether line tells what happened or what was said, as
// an article's sentences do and a page's prompts do not, whatever word it
// opens with ("Share prices fell", "Call 0800 555 0199 if you see the
// man, police said", "The messages asked victims to reply to
// refunds@...", "Leave was cancelled"): "said" or "says" after its first
// word, or, in a line that does not speak to the reader, a verb in the
// past (see verbsAfterFirst).
func reports(line string) bool {
	said, past, _ := verbsAfterFirst(line)
	return said || past && !mentionsYou(line)
}

// ownVerb reports whether line has a finite verb after its first word, in
// any tense (see verbsAfterFirst): "Acme will close", "Kessa has seen".
func ownVerb(line string) bool {
	_, _, finite := verbsAfterFirst(line)
	return finite
}

// verbsAfterFirst reports which verbs line holds after its first word:
// "said" or "says", a finite verb in the past, a finite verb in any tense.
// A participle after a form of "be" or after a comma is none ("Ana Ruiz
// can be reached at ...", "our newsletter, delivered free every morning").
func verbsAfterFirst(line string) (said, past, finite bool) {
	participle := false // the word before is a form of "be", or ends in a comma
	for i, tok := range strings.Fields(line) {
		word := strings.ToLower(strings.TrimFunc(tok, func(r rune) bool { return !isLetter(r) }))
		switch {
		case i == 0:
		case word == "said" || word == "says":
			return true, past, true
		case participle || !isFiniteVerb(word):
		case isPresentVerb(word):
			finite = true
		default:
			past, finite = true, true
		}
		switch word {
		case "be", "been", "being", "is", "are", "am":
			participle = true
		default:
			participle = strings.HasSuffix(tok, ",")
		}
	}
	return said, past, finite
}

// isPresentVerb reports whether w, a finite verb, is in the present tense
// or a modal: a page says "can be reached", "will appear".
func isPresentVerb(w string) bool {
	switch w {
	case "is", "are", "has", "have", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
		"does", "do", "says":
		return true
	}
	return false
}

// isShareBar reports whether line is a row of sharing links apart by "·",
// "/" or "|", each opening with a verb of action ("Share on Facebook ·
// Share on X · Email this story").
func isShareBar(line string) bool {
	for _, sep := range [...]string{" · ", " / ", " | "} {
		if !strings.Contains(line, sep) {
			continue
		}
		parts := strings.Split(line, sep)
		for _, p := range parts {
			if n := len(strings.Fields(p)); n == 0 || n > 4 || !isActionVerb(firstWord(strings.TrimSpace(p))) {
				return false
			}
		}
		return len(parts) >= 2
	}
	return false
}

// endsInTeaserEllipsis reports whether line is cut off: it ends in "..." or
// "…" right after a word, with no closing quote or bracket.
func endsInTeaserEllipsis(line string) bool {
	n := len(line)
	switch {
	case n >= 4 && line[n-3:] == "...":
		n -= 3
		for n > 0 && line[n-1] == '.' {
			n--
		}
	case n >= 4 && line[n-3:] == "…":
		n -= 3
	default:
		return false
	}
	r, _ := lastRune(line[:n])
	return isLetter(r) || isDigit(r) || r == ','
}

// isBio reports whether a paragraph is a run of very short fragments
// ("Coffee lover. Writer. Dad."), as author bios and tag lists are.
func isBio(sents []Sentence, text string) bool {
	if len(sents) < 3 {
		return false
	}
	total, clauses := 0, 0
	for _, s := range sents {
		if s.End-s.Start > 64 {
			return false
		}
		w := countWords(text, s.Start, s.End, 6)
		if w > 6 {
			return false
		}
		total += w
		if hasVerb(text[s.Start:s.End]) {
			clauses++
		}
	}
	// At most 3.5 words a sentence on average, and most without a verb:
	// "Coffee lover. Writer." is a bio, "Two people died. Three were hurt."
	// is news.
	return total*2 <= len(sents)*7 && clauses*2 < len(sents)
}

// hasVerb reports whether a word after the first of the sentence is a
// finite verb ("Two people died", "One is missing"); a first word in -ed
// describes ("Devoted music geek").
func hasVerb(sentence string) bool {
	found, first := false, true
	forWords(sentence, func(w []byte) bool {
		if !first && isFiniteVerb(string(w)) {
			found = true
		}
		first = false
		return !found
	})
	return found
}

// isCopyright reports whether line is a copyright notice: it opens with ©
// or "Copyright" and a year or a name, or it reserves rights ("All rights
// reserved", "may not be published, broadcast, rewritten or redistributed").
func isCopyright(line string) bool {
	if len(line) > 300 {
		return false
	}
	rest := ""
	switch {
	case strings.HasPrefix(line, "©"):
		rest = line[len("©"):]
	case strings.HasPrefix(line, "(c) "), strings.HasPrefix(line, "(C) "):
		rest = line[4:]
	case strings.HasPrefix(line, "Copyright "), strings.HasPrefix(line, "COPYRIGHT "):
		rest = line[len("Copyright "):]
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), "©"), " ")
	if r, _ := firstRune(rest); isDigit(r) || isUpper(r) {
		return true
	}
	// A notice without the symbol ends by reserving rights.
	end := strings.TrimRight(line, ". ")
	return hasSuffixFold(end, "rights reserved") ||
		(hasSuffixFold(end, "redistributed") || hasSuffixFold(end, "reproduced")) && strings.Contains(line, "may not be ")
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix in
// any case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && containsFold(s[len(s)-len(suffix):], suffix)
}

// isStandards reports whether line is an editorial note about how the story
// was made: who contributed ("... contributed to this report."), the
// reporting and editing credits of a wire ("Reporting by ...; Editing by
// ..."), a wire or staff credit ("From staff reports"), a disclaimer ("The
// views expressed here are the author's own.") or a correction note.
func isStandards(line string) bool {
	if len(line) > 400 {
		return false
	}
	if strings.HasPrefix(line, "Our Standards:") {
		return true
	}
	// A wire's credits ("Reporting by X in Tokyo; Editing by Y"), not a
	// sentence about reporting ("Reporting by the Times found that ...").
	for _, p := range [...]string{"Reporting by ", "Additional reporting by ", "Editing by ", "Writing by ",
		"Edited by ", "Compiled by ", "Compiled from ", "(Reporting by ", "Reporting and writing by "} {
		if strings.HasPrefix(line, p) {
			return strings.IndexByte(line, ';') >= 0 || strings.Contains(line, "diting by") ||
				!endsSentence(line) || p[0] == '(' || strings.HasPrefix(line, "Compiled from ") && len(line) < 100
		}
	}
	body := strings.TrimRight(line, ".)")
	for _, p := range [...]string{"contributed to this report", "contributed to this story",
		"contributed to this article", "contributed reporting"} {
		if strings.HasSuffix(body, p) {
			return true
		}
	}
	if len(line) < 48 && (containsFold(line, "staff reports") || containsFold(line, "wire reports") ||
		containsFold(line, "news services")) {
		return true
	}
	if strings.Contains(line, "xpressed") && (containsFold(line, "views expressed") || containsFold(line, "opinions expressed")) &&
		(containsAny(line, "author", "writer", "columnist", "contributor") || strings.Contains(line, "necessarily")) {
		return true // "The views expressed here are the author's own."
	}
	for _, p := range [...]string{"This story has been ", "This article has been ", "This story was ",
		"This article was "} {
		if strings.HasPrefix(line, p) {
			w := firstWord(line[len(p):])
			return w == "updated" || w == "corrected" || w == "amended" || w == "originally" || w == "first"
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII substr in
// any case.
func containsFold(s, substr string) bool {
	for i := 0; i+len(substr) <= len(s); i++ {
		if asciiLower(s[i]) != substr[0] {
			continue
		}
		k := 1
		for k < len(substr) && asciiLower(s[i+k]) == substr[k] {
			k++
		}
		if k == len(substr) {
			return true
		}
	}
	return false
}

// explainerHeadline reports whether line is a headline that speaks to the
// reader without asking anything: a question word that opens no question
// ("What the new rules mean for you", "How to keep your pipes from
// freezing").
func explainerHeadline(line string) bool {
	switch firstWord(line) {
	case "What", "How", "Why", "When", "Where", "Who":
		return !strings.HasSuffix(line, "?")
	}
	return false
}

// mastheadReason returns the reason a line of parts apart by " | " is the
// page's masthead: who wrote it, for which outlet or section, and when
// ("By Ana Ruiz | The Valley Ledger", "Analysis | By Ana Ruiz", "The
// Ledger | Nov. 29, 2026 8:14 PM", "Opinion and analysis | The Ledger",
// "Climate analysis | 8 min read"): every part a byline, a time stamp, a
// reading time or a name (capitalized words, with the words of a desk or
// a role), and one of them a byline (ReasonByline), a time stamp or
// reading time (ReasonTimestamp), or a section's words alone
// (ReasonNavigation).
// A headline and its outlet ("Storm hits the coast | The Ledger") is no
// masthead: its headline is no name. It returns "" for any other line.
func mastheadReason(line string) string {
	if !strings.Contains(line, " | ") {
		return ""
	}
	reason := ""
	parts := strings.Split(line, " | ")
	if len(parts) > 5 {
		return ""
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		n := len(part)
		switch {
		case n == 0:
			return ""
		case bylineEnd(part, 0, n) == n:
			reason = ReasonByline
		case timestampEnd(part, 0, n) == n: // a reading time too
			if reason == "" || reason == ReasonNavigation {
				reason = ReasonTimestamp
			}
		case isEmailAddress(part): // "By Ana Ruiz | ana@ledger.example"
		case nameLike(part):
			if reason == "" && allWords(part, func(w []byte) bool { return isSectionWord(w) || string(w) == "and" }) {
				reason = ReasonNavigation
			}
		default:
			return ""
		}
	}
	return reason
}

// nameLike reports whether part is an outlet's or a desk's name: at most
// six words, each capitalized, or a word of a role, a section or a
// particle, and read as a name rather than a headline in Title Case
// ("Markets Fall Sharply"): one word ("Patchline"), a name that opens with
// "The" ("The Working Ledger"), one with a word of an outlet or a role
// ("Relay News Agency", "Bulletin City Hall reporter"), or a section's
// words alone ("Opinion and analysis").
func nameLike(part string) bool {
	words := strings.Fields(part)
	if len(words) == 0 || len(words) > 6 || endsSentence(part) {
		return false
	}
	named, desk := len(words) == 1 || words[0] == "The", true
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, ","))
		if !capWord(w) && !isRoleWord(lw) && !isSectionWord([]byte(lw)) && lw != "&" {
			return false
		}
		named = named || isOutletWord(lw) || isRoleWord(lw) && !isParticle(lw)
		desk = desk && (isSectionWord([]byte(lw)) || isParticle(lw) || lw == "&")
	}
	return named || desk
}

// isOutletWord reports whether w, lower case, is or holds a word that
// names news outlets ("news", "Newsline", "times", "ledger", "wire").
func isOutletWord(w string) bool {
	for _, o := range outletWords {
		if strings.Contains(w, o) {
			return true
		}
	}
	return false
}

var outletWords = [...]string{"news", "times", "post", "herald", "ledger", "review", "press", "agency",
	"wire", "courier", "chronicle", "gazette", "journal", "tribune", "daily", "weekly", "report",
	"forum", "bulletin", "dispatch", "observer", "sentinel", "register", "echo", "record", "standard",
	"mail", "guardian", "telegraph", "express", "monitor", "insider", "network", "media", "radio",
	"magazine", "digest", "examiner", "courant", "inquirer", "advocate", "globe", "mirror", "bugle"}

// isParticle reports whether w is a word that joins the words of a name
// ("of", "the", "and") rather than naming a role.
func isParticle(w string) bool {
	switch w {
	case "and", "for", "of", "the", "at", "in":
		return true
	}
	return false
}

// isSectionWord reports whether w names a section or kind of article of a
// news site ("analysis", "opinion", "politics").
func isSectionWord(w []byte) bool {
	switch strings.ToLower(string(w)) {
	case "analysis", "opinion", "opinions", "commentary", "comment", "editorial", "editorials", "column",
		"columns", "review", "reviews", "explainer", "feature", "features", "views", "perspective",
		"perspectives", "interview", "briefing", "politics", "business", "economy", "markets", "world",
		"environment", "climate", "science", "technology", "tech", "culture", "arts", "security", "labour",
		"labor", "sport", "sports", "weather", "investigations", "investigation", "fact-check", "factcheck":
		return true
	}
	return false
}

// isTrail reports whether line is a breadcrumb trail: short steps apart by
// "›" or "»" ("News › Local › Government"), or by " > " twice ("Inicio >
// Noticias > Local"), with no sentence's end.
func isTrail(line string) bool {
	if endsSentence(line) {
		return false
	}
	for _, sep := range [...]string{"›", "»", " > "} {
		if strings.Contains(line, sep) {
			n, short := steps(line, sep, 6)
			return short && (n >= 3 || n == 2 && sep != " > ")
		}
	}
	return false
}

// isMenu reports whether line is a menu of links apart by " | ": three
// items or more ("Home | News | Sports"), or two of at most two words
// ("Yes | No"), none a sentence; not a headline and its outlet ("Storm
// hits the coast | The Ledger").
func isMenu(line string) bool {
	if !strings.Contains(line, " | ") {
		return false
	}
	n, short := steps(line, " | ", 6)
	if n == 2 {
		n, short = steps(line, " | ", 2)
	}
	return short && n >= 2
}

// steps counts the steps of line apart by sep and reports whether every
// one holds 1 to max words and ends no sentence.
func steps(line, sep string, max int) (int, bool) {
	n := 0
	for rest := line; ; n++ {
		st, after, found := strings.Cut(rest, sep)
		st = strings.TrimSpace(st)
		if st == "" || endsSentence(st) || countWords(st, 0, len(st), max) > max {
			return n + 1, false
		}
		if !found {
			return n + 1, true
		}
		rest = after
	}
}

// isCounter reports whether line is a counter of a page: a post's number
// ("#4"), a tally ("7 likes", "1.2k views"), a count in brackets after a
// label of at most three words ("Comments (23)", "Comentarios (23)"), or
// a position ("Page 1 of 3", "4 of 6", "Photo 2/9").
func isCounter(line string) bool {
	if len(line) > 40 {
		return false
	}
	if rest, ok := strings.CutPrefix(line, "#"); ok {
		return allDigits(rest)
	}
	if label, n, ok := strings.Cut(line, " ("); ok && strings.HasSuffix(n, ")") {
		return allDigits(n[:len(n)-1]) && countWords(label, 0, len(label), 3) <= 3 && !strings.ContainsAny(label, ".,;:")
	}
	rest, prefixed := line, false
	if w, r, ok := strings.Cut(line, " "); ok {
		switch w {
		case "Page", "Photo", "Image", "Slide", "Picture":
			rest, prefixed = r, true
		}
	}
	if a, b, ok := strings.Cut(rest, " of "); ok {
		return allDigits(a) && allDigits(b)
	}
	if a, b, ok := strings.Cut(rest, "/"); ok && prefixed {
		return allDigits(a) && allDigits(b)
	}
	n, unit, ok := strings.Cut(rest, " ")
	if !ok || prefixed {
		return false
	}
	switch unit {
	case "like", "likes", "comment", "comments", "reply", "replies", "share", "shares", "view", "views",
		"vote", "votes", "point", "points", "reaction", "reactions":
		n = strings.TrimRight(n, "kKM")
		if a, b, ok := strings.Cut(n, "."); ok {
			return allDigits(a) && allDigits(b)
		}
		return allDigits(strings.ReplaceAll(n, ",", ""))
	}
	return false
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isQuoteHeader reports whether line introduces a quoted post or message:
// "Quote from mira_k:", "On Mon, Jan 8, 2024, Mark Chen wrote:".
func isQuoteHeader(line string) bool {
	return strings.HasSuffix(line, ":") && (strings.HasSuffix(line, " wrote:") ||
		strings.HasPrefix(line, "Quote from ") || strings.HasPrefix(line, "Quoting ") ||
		strings.HasPrefix(line, "In reply to "))
}

// isMoreFrom reports whether line points to more of a site: "More from the
// Gazette", "More in Politics", "Latest from CNN".
func isMoreFrom(line string) bool {
	for _, p := range [...]string{"More from ", "More in ", "More on ", "Latest from ", "More stories from ",
		"MORE FROM ", "Also from ", "Elsewhere on "} {
		if strings.HasPrefix(line, p) && !endsSentence(line) {
			return true
		}
	}
	return false
}

// hasFurnitureLabel reports whether line starts with a label and a colon
// that announces furniture: a label naming a link, credit or ad ("Read
// more:", "Photo:"), or a capitalized label before a headline with no final
// period ("RELATED: ...").
func hasFurnitureLabel(line string, words int) bool {
	colon := -1
	for i := 0; i < len(line) && i < 32; i++ {
		if line[i] == ':' {
			colon = i
			break
		}
	}
	if colon <= 0 {
		return false
	}
	label := line[:colon]
	caps, lower, spaces := 0, 0, 0
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case 'A' <= c && c <= 'Z':
			caps++
		case 'a' <= c && c <= 'z':
			lower++
		case c == ' ':
			spaces++
		case c == '\'' || c == '-':
		default:
			return false
		}
	}
	if spaces > 2 {
		return false
	}
	if hasWord(label, isLabelWord) {
		return true
	}
	// An unknown label in capitals before a headline ("BREAKING: ..."), not
	// a speaker before a question or an exclamation ("AUDIENCE MEMBER: Do
	// you ever sell them?").
	last := line[len(line)-1]
	return caps >= 2 && lower == 0 && last != '.' && last != '?' && last != '!' && words <= 25
}

// isLabelLine reports whether line is one to three plain words with no
// punctuation at the end, and not a byline.
func isLabelLine(line string) bool {
	if len(line) > 40 || len(line) >= 3 && (line[:3] == "By " || line[:3] == "BY ") {
		return false
	}
	for _, r := range line {
		if !isLetter(r) && r != ' ' && r != '\'' && r != '’' && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

func endsWithPeriod(line string) bool {
	return line != "" && line[len(line)-1] == '.'
}

// endsSentence reports whether line ends like prose: a terminator, possibly
// inside closing quotes or brackets, or before citation markers ("[2]").
func endsSentence(line string) bool {
	for len(line) > 2 && line[len(line)-1] == ']' {
		k := strings.LastIndexByte(line, '[')
		if k < 0 || len(line)-k > 24 {
			break
		}
		line = line[:k]
	}
	for line != "" {
		r, n := lastRune(line)
		if isTerminal(r) {
			return true
		}
		if !isCloser(r) {
			return false
		}
		line = line[:len(line)-n]
	}
	return false
}

// countWords counts the words of text[s:e], stopping soon after max: no
// cue needs to know more, and long paragraphs then cost little.
func countWords(text string, s, e, max int) int {
	words := 0
	prevSpace := 1
	for i := s; i < e; i++ {
		sp := int(asciiSpace[text[i]])
		words += prevSpace &^ sp
		prevSpace = sp
		if i&63 == 0 && words > max {
			break
		}
	}
	return words
}

var asciiSpace = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\r': 1, '\v': 1, '\f': 1}

// forWords calls fn with each word of s in ASCII lower case (letters,
// apostrophes and hyphens), until fn returns false.
func forWords(s string, fn func(w []byte) bool) {
	var buf [24]byte
	for i := 0; i < len(s); {
		r, n := firstRune(s[i:])
		if !isLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := firstRune(s[j:])
			if !isLetter(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += n
		}
		if w, ok := lowerASCII(buf[:0], s[i:j]); ok && !fn(w) {
			return
		}
		i = j
	}
}

func hasWord(s string, pred func([]byte) bool) bool {
	found := false
	forWords(s, func(w []byte) bool {
		found = pred(w)
		return !found
	})
	return found
}

func allWords(s string, pred func([]byte) bool) bool {
	all, any := true, false
	forWords(s, func(w []byte) bool {
		any = true
		all = pred(w)
		return all
	})
	return all && any
}

func firstWord(s string) string {
	i := 0
	for i < len(s) {
		r, n := firstRune(s[i:])
		if !isLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// Cue vocabularies: the generic words of web page chrome, in lower case.

func isActionVerb(w string) bool {
	if w == "" || !isUpper(rune(w[0])) {
		return false
	}
	var buf [16]byte
	lw, ok := lowerASCII(buf[:0], w)
	if !ok {
		return false
	}
	switch string(lw) {
	case "click", "tap", "share", "subscribe", "sign", "log", "login", "follow", "leave", "get", "read",
		"see", "watch", "listen", "download", "join", "comment", "register", "donate", "continue", "skip",
		"view", "load", "enter", "contact", "connect", "print", "email", "reply", "visit", "tweet", "like",
		"install", "advertise", "submit", "unsubscribe", "bookmark", "explore":
		return true
	}
	return false
}

// isActionObject reports whether w names something a call to action points
// at: the page, the site, the reader's account.
func isActionObject(w []byte) bool {
	switch string(w) {
	case "here", "us", "our", "now", "newsletter", "newsletters", "app", "comment", "comments", "article",
		"story", "stories", "email", "e-mail", "updates", "alerts", "free", "below", "reply", "summary",
		"podcast", "video", "twitter", "facebook", "instagram", "youtube", "whatsapp", "telegram", "more",
		"subscribe", "subscription", "account", "notifications", "page", "site", "website", "discussion",
		"conversation", "link", "print", "feed", "rss", "inbox", "daily", "weekly", "briefing", "digest",
		"continue", "reading", "this", "full", "audio", "listen", "watch", "login", "password", "register":
		return true
	}
	return false
}

func isNavigationWord(w []byte) bool {
	switch string(w) {
	case "previous", "next", "prev", "older", "newer", "article", "articles", "post", "posts", "story",
		"stories", "page", "pages", "home", "back", "top", "menu", "more", "related", "skip", "content",
		"main", "search", "close", "share", "tweet", "email", "print", "comments", "comment", "advertisement",
		"sponsored", "trending", "popular", "latest", "news", "to", "the", "this", "up", "reading",
		"continue", "load", "show", "all", "see", "view", "sections", "section", "newsletter", "newsletters",
		"subscribe", "login", "log", "in", "out", "sign", "ad", "ads", "on", "facebook", "twitter",
		"whatsapp", "linkedin", "reddit", "pinterest", "telegram", "copy", "link", "video", "videos", "photos",
		"gallery", "recommended", "for", "you", "also", "like", "may", "might", "from", "web", "around",
		"reply", "replies", "quote", "permalink":
		return true
	}
	return false
}

// introducesLinks reports whether w, in a navigation line or a prompt,
// announces links to other stories ("Next Article", "You May Also Like",
// "See also", "More on this story").
func introducesLinks(w []byte) bool {
	switch string(w) {
	case "next", "previous", "prev", "older", "newer", "related", "more", "also", "like", "recommended",
		"trending", "popular", "latest", "read", "see", "watch", "stories", "articles", "posts", "videos",
		"reading", "top", "most":
		return true
	}
	return false
}

func isLabelWord(w []byte) bool {
	switch string(w) {
	case "read", "see", "watch", "listen", "related", "photo", "photos", "image", "images", "picture",
		"pictures", "video", "videos", "credit", "credits", "caption", "advertisement", "sponsored", "tags",
		"tag", "topics", "category", "categories", "filed", "share", "follow", "subscribe", "trending",
		"recommended", "more", "also", "source", "sources", "gallery", "infographic", "illustration":
		return true
	}
	return false
}

func isCreditWord(w []byte) bool {
	switch string(w) {
	case "photo", "photos", "image", "images", "picture", "credit", "credits", "file", "courtesy",
		"illustration", "video", "getty", "afp", "ap", "reuters", "epa", "shutterstock":
		return true
	}
	return false
}

// mentionsYou is a quick test before isSecondPerson: every form holds "you".
func mentionsYou(line string) bool {
	return strings.Contains(line, "you") || strings.Contains(line, "You") || strings.Contains(line, "YOU")
}

func isSecondPerson(w []byte) bool {
	switch string(w) {
	case "you", "your", "yours", "you're", "you'll", "you've", "you’re", "you’ll", "you’ve", "yourself":
		return true
	}
	return false
}

func isWebWord(w []byte) bool {
	switch string(w) {
	case "email", "e-mail", "newsletter", "newsletters", "subscribe", "subscription", "subscribed",
		"comment", "comments", "account", "password", "cookie", "cookies", "browser", "app", "notifications",
		"inbox", "required", "published", "click", "website", "javascript", "ad", "ads", "adblock",
		"blocker", "login", "register", "sign-up", "signup", "username", "download":
		return true
	}
	return false
}

// startsWithCredit reports whether line opens with a credit word on its own
// or glued to a name by the scrape ("Credit: ...", "CreditJane Doe/Reuters").
func startsWithCredit(line string) bool {
	w := firstWord(line)
	for _, p := range [...]string{"Credit", "Photo", "Image", "Picture", "CREDIT", "PHOTO", "IMAGE", "PICTURE"} {
		if len(w) < len(p) || w[:len(p)] != p {
			continue
		}
		// "CreditJane" is glued; "PHOTOS" or "Photograph" is another word.
		if len(w) == len(p) || isLower(rune(p[1])) && isUpper(rune(w[len(p)])) {
			return true
		}
	}
	return false
}
