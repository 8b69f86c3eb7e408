package segment

import (
	"strings"
	"unicode/utf8"
)

// splitParagraph appends the sentences of the paragraph [bs,be).
//
// One pass over the bytes: only terminators (. ! ? … 。), bullets and sibling
// list markers are looked at, and each decision reads a few words around the
// candidate, so the cost is linear in the input.
func splitParagraph(dst []Sentence, text string, bs, be int, informal bool) []Sentence {
	if r, _ := firstRune(text[bs:be]); isLower(r) {
		informal = true // a paragraph that opens in lower case writes its sentences so
	}
	dst, start := cutLead(dst, text, bs, be, true)
	i, forced := startSentence(text, start, be)
	if forced < 0 {
		forced = runIn(text, start, be)
	}
	for i < be {
		if forced >= 0 && i >= forced {
			dst = emit(dst, text, start, forced)
			start = forced
			i, forced = startSentence(text, start, be)
			continue
		}
		limit := be
		if forced >= 0 {
			limit = forced
		}
		for i < limit {
			c := byteClass[text[i]]
			if c == 0 || c == clsLead && (i+1 >= limit || text[i+1] != secondByte[text[i]]) {
				i++
				continue
			}
			break
		}
		if i >= limit {
			continue
		}
		if text[i] == '/' {
			// A credit between a caption and the sentence after it: "... on
			// Monday AFP/Getty Images The fire started ...".
			if cs, ce := midCredit(text, start, i, be); cs > start {
				dst = emit(dst, text, start, cs)
				_, e := trim(text, cs, ce)
				dst = append(dst, Sentence{Start: cs, End: e, Furniture: true, Reason: ReasonCredit})
				start = ce
				i, forced = startSentence(text, start, be)
				continue
			}
			i++
			continue
		}
		cut, resume := decide(text, start, i, be, informal)
		if cut < 0 {
			i = resume
			continue
		}
		dst = emit(dst, text, start, cut)
		dst, start = cutLead(dst, text, cut, be, false)
		i, forced = startSentence(text, start, be)
		if i < resume {
			i = resume
		}
	}
	if cs := trailingCredit(text, start, be); cs > start {
		dst = emit(dst, text, start, cs)
		return append(dst, Sentence{Start: cs, End: be, Furniture: true, Reason: ReasonCredit})
	}
	return emit(dst, text, start, be)
}

// startSentence skips the white space and list marker at the start of a
// sentence at s. It returns where scanning resumes and, when the sentence is
// a numbered or lettered list item, the start of the next item ("2." after
// "1."), or -1.
func startSentence(text string, s, be int) (int, int) {
	for s < be {
		n := spaceAt(text, s)
		if n == 0 {
			break
		}
		s += n
	}
	if s < be && text[s] == '[' {
		return s, bracketAside(text, s, be)
	}
	m, ok := listMarker(text, s, be)
	if !ok {
		return s, -1
	}
	return m.end, m.sibling(text, be)
}

// bracketAside returns, for a sentence that opens with a short bracketed
// note followed by a capitalized word ("[laughs] I like Tony"), where the
// next sentence starts; or -1. A transcript's stage direction or a
// bracketed label stands apart from the sentence after it.
func bracketAside(text string, s, be int) int {
	for e := s + 1; e < be && e-s <= 40; e++ {
		switch text[e] {
		case ']':
			if e+2 < be && text[e+1] == ' ' && isUpper(rune(text[e+2])) {
				return e + 2
			}
			return -1
		case '.', '!', '?', '[', '\n':
			return -1
		}
	}
	return -1
}

// decide looks at the candidate byte at i in the sentence that started at
// start. It returns where the sentence ends (cut), or -1, and where scanning
// resumes.
func decide(text string, start, i, be int, informal bool) (cut, resume int) {
	c := text[i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[i:be])
		switch {
		case isBullet(r):
			if s, e := trim(text, start, i); s < e && isSpaceRune(rune(text[i-1])) {
				return i, i
			}
			return -1, i + n
		case isFullStopCJK(r):
			j := absorb(text, i+n, be)
			return j, j
		case r == '…':
			return ellipsis(text, start, i, i+n, be)
		case isScriptStop(r):
			j := citations(text, absorb(text, i+n, be), be)
			if j < be && spaceAt(text, j) == 0 {
				return -1, j
			}
			return j, j
		case isTerminal(r):
			return exclaim(text, start, i, i+n, be, informal)
		}
		return -1, i + n
	}
	if c == '!' || c == '?' {
		return exclaim(text, start, i, i+1, be, informal)
	}
	j := i
	for j < be && text[j] == '.' {
		j++
	}
	if j-i > 1 {
		return ellipsis(text, start, i, j, be)
	}
	if cnt, end := spacedDots(text, i, be); cnt >= 3 {
		return spacedEllipsis(text, start, i, end, cnt, be)
	}
	return period(text, start, i, be, informal)
}

// absorb skips the terminators and closing quotes or brackets from j on.
func absorb(text string, j, be int) int {
	for j < be {
		r, n := firstRune(text[j:be])
		if !isTerminal(r) && !isCloser(r) {
			break
		}
		j += n
	}
	return j
}

// citations skips the citation markers right after a terminator and its
// closers at j ("in 1805.[6]", "in 1805. [6][7]") and returns where they
// end: a marker belongs to the sentence it follows. A marker touching the
// terminator may hold a short note ("[citation needed]", "[a]"); after a
// space only reference numbers count ("[6]", "[3-5]", "[1, 2]"), since a
// bracket there may open the next sentence ("[Laughter]").
func citations(text string, j, be int) int {
	for j < be {
		k := j
		if text[k] == ' ' {
			k++
		}
		if k >= be || text[k] != '[' {
			return j
		}
		end := citationEnd(text, k, be, k == j)
		if end < 0 {
			return j
		}
		j = end
	}
	return j
}

// citationEnd returns the end of the citation marker opening at k, or -1.
func citationEnd(text string, k, be int, glued bool) int {
	digit, letter := false, false
	for e := k + 1; e < be && e-k <= 24; e++ {
		c := text[e]
		if c >= utf8.RuneSelf {
			if r, n := utf8.DecodeRuneInString(text[e:be]); r == '–' {
				e += n - 1
				continue
			}
			return -1
		}
		switch {
		case c == ']':
			if !digit && (!letter || !glued) {
				return -1
			}
			return e + 1
		case '0' <= c && c <= '9':
			digit = true
		case c == ',' || c == ' ' || c == '-':
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == ':':
			letter = true
		default:
			return -1
		}
	}
	return -1
}

// nextRune returns the first rune after the white space and opening
// punctuation from j on, and its offset (be when none).
func nextRune(text string, j, be int) (rune, int) {
	for j < be {
		if n := spaceAt(text, j); n > 0 {
			j += n
			continue
		}
		r, n := firstRune(text[j:be])
		if isOpener(r) || r == '—' || r == '–' {
			j += n
			continue
		}
		return r, j
	}
	return utf8.RuneError, be
}

// exclaim decides after a ! or ? (or ‼ and kin) spanning [i,j).
func exclaim(text string, start, i, j, be int, informal bool) (int, int) {
	j = citations(text, absorb(text, j, be), be)
	if j >= be {
		return -1, j
	}
	if spaceAt(text, j) == 0 {
		if joinedSentences(text, start, i, j, be) {
			return j, j
		}
		return -1, j
	}
	r, p := nextRune(text, j, be)
	q, _ := lastRune(text[i:j])
	if isLower(r) {
		next := text[p:wordEnd(text, p, be)]
		switch {
		case p != j+1 || isCloser(q):
			return -1, j // "'Why?' he asked", `She said "Wait!" and ran`
		case j == i+1 && lowerStarter(next, true):
			return j, j // "great!!! we loved it"
		case informal && !isPreposition(next) && next != "and" && next != "or":
			return j, j // "same here!! mine went"
		}
		return -1, j // "Yahoo! in"
	}
	if isCloser(q) && attribution(text, p, be, opensWithQuote(text, start, i)) {
		return -1, j // "'Why?' Smith asked.", "'Why?' Lena asked from the stairs."
	}
	return j, j
}

// attribution reports whether the words at p attribute a quotation that
// just closed: up to three capitalized words, then a speech verb, then the
// end of the sentence or a comma ("Justice Smith asked."). When the
// quotation opened the sentence (whole), the verb may take more words
// ("Lena asked from the stairs."): nothing else in the sentence could be its
// subject's verb.
func attribution(text string, p, be int, whole bool) bool {
	for k := 0; k < 4 && p < be; k++ {
		e := wordEnd(text, p, be)
		if e == p {
			return false
		}
		w := text[p:e]
		if isSpeechVerb(w) {
			return e == be || text[e] == '.' || text[e] == ',' || whole && text[e] == ' '
		}
		if !isUpper(rune(w[0])) || e >= be || text[e] != ' ' {
			return false
		}
		p = e + 1
	}
	return false
}

// opensWithQuote reports whether the sentence [start,i) opens with a
// quotation mark and holds no other before i: the quotation closing at i
// is the whole sentence so far.
func opensWithQuote(text string, start, i int) bool {
	r, n := firstRune(text[start:i])
	if !isOpener(r) || r == '(' || r == '[' {
		return false
	}
	return !strings.ContainsAny(text[start+n:i], "\"“”«»")
}

// ellipsis decides after an unspaced run of dots or an ellipsis character
// spanning [i,j): a boundary when a capitalized word follows a space.
func ellipsis(text string, start, i, j, be int) (int, int) {
	if s, e := trim(text, start, i); s == e {
		return -1, j // an ellipsis that opens a sentence belongs to it
	}
	if i > 0 && j < be && (text[i-1] == '[' && text[j] == ']' || text[i-1] == '(' && text[j] == ')') {
		return -1, j + 1 // an omission mark: "[...]"
	}
	j = absorb(text, j, be)
	if j >= be || spaceAt(text, j) == 0 {
		return -1, j
	}
	if r, _ := nextRune(text, j, be); isUpper(r) {
		return j, j
	}
	return -1, j
}

// spacedDots counts the dots of a spaced ellipsis ". . ." starting at i and
// returns the offset after its last dot.
func spacedDots(text string, i, be int) (int, int) {
	cnt, p := 1, i
	for p+2 < be && text[p+1] == ' ' && text[p+2] == '.' {
		p += 2
		cnt++
	}
	return cnt, p + 1
}

// spacedEllipsis follows the usual style-guide convention: three spaced dots
// mark an omission inside a sentence, a fourth is the period that ends it.
// When the first dot touches the word before it ("compounds. . . ."), that dot
// is the period and the next sentence starts with the omission mark.
func spacedEllipsis(text string, start, i, end, cnt, be int) (int, int) {
	attached := i > start && spaceAt(text, i-1) == 0
	j := absorb(text, end, be)
	upperNext := false
	if j < be && spaceAt(text, j) > 0 {
		r, _ := nextRune(text, j, be)
		upperNext = isUpper(r)
	}
	switch {
	case attached && cnt >= 4:
		if upperNext {
			return i + 1, i + 1
		}
		return -1, j
	case !attached && cnt == 3:
		return -1, j
	case upperNext:
		return j, j
	}
	return -1, j
}

// period decides after a single full stop at i.
//
// After an ordinary word the period ends the sentence. After an
// abbreviation the words around it decide, not the abbreviation alone: the
// next word ("Rd. The" ends, "Rd. in" does not), the word after that
// ("Rd. Witnesses said" ends: a subject and its verb), the words before
// it ("the Ruth Ames Jr. Arena": a person's name does not take "the";
// "Hall C." is a room, not an initial) and the abbreviations chained around
// it ("Colo. Rev. Stat. § 18").
func period(text string, start, i, be int, informal bool) (int, int) {
	j := absorb(text, i+1, be)
	closed := j > i+1
	if k := citations(text, j, be); k > j {
		j, closed = k, true
	}
	if j >= be {
		return -1, j
	}
	if spaceAt(text, j) == 0 {
		r, _ := firstRune(text[j:be])
		if !isUpper(r) {
			return -1, j // 3.5, example.com, U.S.-led, Jr.'s
		}
		if !joinedSentences(text, start, i, j, be) {
			return -1, j
		}
		if end, ok := urlToken(text, i, be); ok {
			return -1, end // "Jane.Doe@example.com"
		}
		return j, j
	}
	r, p := nextRune(text, j, be)
	if p >= be {
		return -1, j
	}
	ws := wordStart(text, start, i)
	w := text[ws:i]
	kind := classify(w)
	if kind == wordRegular && indicAbbrev(text, ws, i, be) {
		return -1, j
	}
	if kind != wordRegular && dashAt(text, j+1, be) > 0 {
		return -1, j // "8:14 a.m. — A resident reported": the dash goes on
	}
	if isLower(r) {
		if !closed && p == j+1 && kind == wordRegular && (informal && informalWord(w) ||
			plainWord(w) && lowerStarter(text[p:wordEnd(text, p, be)], false)) {
			return j, j // informal text without capitals: "buy again. the battery"
		}
		if kind == wordRegular && (text[p-1] == '[' || text[p-1] == '(') {
			return j, j // a bracketed aside after a sentence: "austerity. [laughs]", "Bertrand. (laughs)"
		}
		return -1, j
	}
	if !isUpper(r) {
		// A number or a symbol follows: only an abbreviation holds on ("p. 55",
		// "No. 1", "Stat. § 18"); a list item always starts anew.
		if kind == wordRegular && !(abbrevShape(w) && chained(text, start, ws)) {
			return j, j
		}
		return -1, j
	}
	if kind == wordRegular && !abbrevShape(w) {
		return j, j
	}
	we := wordEnd(text, p, be)
	next := text[p:we]
	abbrevNext := we < be && text[we] == '.' // "Inc. No. 1": not a sentence start
	if kind != wordRegular && kind != wordTitle && p == j+1 && we+1 < be && text[we] == ':' && text[we+1] == ' ' {
		return j, j // a label starts: "Prep: 15 min. Cook: 40 min."
	}
	if (kind == wordSuffix || kind == wordAbbrev) && text[j+1] == '(' {
		return -1, j // a name's gloss: "Pennick Freight Co. ("Pennick")", "Acme Inc. (NYSE: ACM)"
	}
	switch kind {
	case wordRegular:
		if abbrevShape(w) && !isStarter(next) && (abbrevAt(text, p, we, be) || chained(text, start, ws)) {
			return -1, j // "Fed. R. Civ. P.", "Okla. Cnty. Bd."
		}
		return j, j
	case wordTitle:
		return -1, j
	}
	if closed {
		return j, j // `the U.S." The`
	}
	switch kind {
	case wordTime:
		if timeFollower(next) || frontedPhrase(text, start, ws) {
			return -1, j
		}
		return j, j
	case wordSuffix:
		if continuesName(next) || abbrevNext || !hasLowerWord(text, start, ws) ||
			personalSuffix(w) && namedThing(text, start, ws) {
			return -1, j // "Inc. NYSE", "Ken Griffey Jr. Stadium is", "the Ruth Ames Jr. Arena"
		}
		return j, j
	case wordInitial:
		if isDesignator(upperFirst(prevWord(text, start, ws))) {
			return j, j // "moved to Hall C. Visitors were", "blood type O. Appointments"
		}
	case wordAbbrev:
		if numberPrefix(w) {
			return j, j // "No." before a word is the word "no"
		}
	}
	if isStarter(next) && !abbrevNext {
		return j, j
	}
	if kind == wordAbbrev && !abbrevNext && endsName(text, start, ws) && verbFollows(text, we, be) {
		return j, j // "on Birch Rd. Witnesses said", but "in St. Louis said"
	}
	return -1, j
}

// hasLowerWord reports whether text[start:end] holds a word that starts in
// lower case: a run of capitalized words alone ("Ken Griffey Jr.") is a
// name, not a sentence.
func hasLowerWord(text string, start, end int) bool {
	for k := start; k < end; k++ {
		if c := text[k]; 'a' <= c && c <= 'z' && (k == start || text[k-1] == ' ') {
			return true
		}
	}
	return false
}

// namedThing reports whether the capitalized words that end at ws follow
// "the": "the Ruth Ames Jr." names a place or thing after a person, and
// the word after the suffix still belongs to it.
func namedThing(text string, start, ws int) bool {
	for k := 0; k < 5; k++ {
		pw := prevWord(text, start, ws)
		if pw == "the" || pw == "The" {
			return true
		}
		if pw == "" || !isUpper(rune(pw[0])) {
			return false
		}
		ws -= len(pw) + 1
	}
	return false
}

// endsName reports whether the abbreviation at ws follows a capitalized
// word or a number, and so ends a name or a quantity ("Birch Rd.", "5
// lbs.") rather than opening one ("in St. Louis").
func endsName(text string, start, ws int) bool {
	pw := prevWord(text, start, ws)
	return pw != "" && (isUpper(rune(pw[0])) || isDigit(rune(pw[0])))
}

// prevWord returns the word before ws when a single space separates them,
// or "".
func prevWord(text string, start, ws int) string {
	if ws-1 <= start || text[ws-1] != ' ' {
		return ""
	}
	e := ws - 1
	return text[wordStart(text, start, e):e]
}

// chained reports whether the word at ws follows a known abbreviation or
// an initial with its period ("R. Civ.", "Okla. Cnty."): a run of them is a
// legal or bibliographic reference, not a sentence end. A title counts only
// in a run of three ("Colo. Rev. Stat."), since one is followed by a name
// ("Gen. Hale. Officials said").
func chained(text string, start, ws int) bool {
	pw := prevWord(text, start, ws)
	if len(pw) < 2 || pw[len(pw)-1] != '.' {
		return false
	}
	switch classify(pw[:len(pw)-1]) {
	case wordRegular, wordTime, wordMulti:
		return false
	case wordTitle:
		pp := prevWord(text, start, ws-len(pw)-1)
		return len(pp) > 1 && pp[len(pp)-1] == '.' && classify(pp[:len(pp)-1]) != wordRegular
	}
	return true
}

// abbrevAt reports whether the word [p,we), followed by a period and a
// space, is an initial or a known abbreviation other than a title ("R.",
// "Bd."; not "U.S.").
func abbrevAt(text string, p, we, be int) bool {
	if we+1 >= be || text[we] != '.' || text[we+1] != ' ' {
		return false
	}
	k := classify(text[p:we])
	return k != wordRegular && k != wordTitle && k != wordTime
}

// verbFollows reports whether the word after the capitalized word that ends
// at we is a verb in the past or a common auxiliary, so the capitalized word
// is a subject that starts a sentence ("Rd. Witnesses said").
func verbFollows(text string, we, be int) bool {
	if we >= be || text[we] != ' ' {
		return false
	}
	e := wordEnd(text, we+1, be)
	return e > we+1 && isLower(rune(text[we+1])) && isFiniteVerb(text[we+1:e])
}

// indicAbbrev reports whether the period at i after the word [ws,i) is an
// abbreviation in a script that ends its sentences with a danda: Hindi
// text writes "डॉ. अनीता" (Dr.) and ends the sentence with "।" further on.
func indicAbbrev(text string, ws, i, be int) bool {
	r, _ := lastRune(text[ws:i])
	if r < 0x0900 || r > 0x0DFF {
		return false
	}
	for k := i + 1; k < be; {
		r, n := firstRune(text[k:be])
		if r == '।' {
			return true
		}
		if r == '.' || r == '\n' {
			return false
		}
		k += n
	}
	return false
}

// joinedSentences recognizes two sentences with no space between them
// ("world.Today", "1,000.That"): a plain word or number before the
// terminator at i, a capitalized word after it at j.
func joinedSentences(text string, start, i, j, be int) bool {
	r1, n := firstRune(text[j:be])
	r2, _ := firstRune(text[j+n : be])
	if !isUpper(r1) || !isLower(r2) {
		return false
	}
	ws := wordStart(text, start, i)
	w := text[ws:i]
	if classify(w) != wordRegular || len(w) < 2 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] == '.' || w[k] == '@' || w[k] == '/' {
			return false
		}
	}
	// A dot later in the same token makes it a domain: "CBS.MarketWatch.com".
	for k := j; k < be && k-j < 64 && spaceAt(text, k) == 0; k++ {
		if (text[k] == '.' || text[k] == '/') && k+1 < be && isLetter(rune(text[k+1])) {
			return false
		}
	}
	return true
}

// urlToken reports whether the dot at i lies inside a web or e-mail
// address, and if so the offset of the address's last character that is not
// trailing punctuation, where scanning resumes.
func urlToken(text string, i, be int) (int, bool) {
	const max = 256
	s := i
	for s > 0 && i-s < max && spaceAt(text, s-1) == 0 && text[s-1] != ' ' {
		s--
	}
	e := i
	for e < be && e-i < max && spaceAt(text, e) == 0 {
		e++
	}
	tok := text[s:e]
	url := false
	for k := 0; k < len(tok); k++ {
		if tok[k] == '@' || k+3 <= len(tok) && tok[k:k+3] == "://" || k+4 <= len(tok) && (tok[k:k+4] == "www." || tok[k:k+4] == "WWW.") {
			url = true
			break
		}
	}
	if !url {
		return 0, false
	}
	for e > i+1 {
		r, n := lastRune(text[i+1 : e])
		if !isTerminal(r) && !isCloser(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		e -= n
	}
	return e, true
}

// wordStart returns the start of the word that ends at i: back to white
// space or an opening quote or bracket, and at most 32 bytes.
func wordStart(text string, start, i int) int {
	j := i
	for j > start && i-j < 32 {
		c := text[j-1]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '{' || c == '"' {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if isSpaceRune(r) || isOpener(r) {
			break
		}
		j -= n
	}
	return j
}

// wordEnd returns the end of the run of letters at p.
func wordEnd(text string, p, be int) int {
	for p < be {
		r, n := firstRune(text[p:be])
		if !isLetter(r) {
			break
		}
		p += n
	}
	return p
}

// frontedPhrase reports whether the time expression ending at ws opens its
// clause: a preposition and a number right after the sentence start, a comma
// or a conjunction ("At 5 a.m. Mr. Smith left", "and around 2:30 p.m. Smith
// was arrested"). A sentence cannot end there.
func frontedPhrase(text string, start, ws int) bool {
	var words [3]string
	n, e := 0, ws
	for n < len(words) {
		s, e2 := trim(text, start, e)
		if s == e2 {
			break
		}
		k := e2
		for k > s && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '\n' {
			k--
		}
		words[n] = text[k:e2]
		n++
		e = k
	}
	if n < 2 || !isDigit(rune(words[0][0])) {
		return false
	}
	var buf [16]byte
	prep, ok := lowerASCII(buf[:0], words[1])
	if !ok || !isPreposition(string(prep)) {
		return false
	}
	if n == 2 {
		return true
	}
	prev := words[2]
	if prev[len(prev)-1] == ',' {
		return true
	}
	switch prev {
	case "and", "but", "or", "then", "so", "when", "while":
		return true
	}
	return false
}

// plainWord reports whether w looks like a word rather than an unknown
// abbreviation: four letters or more, with a vowel, not all capitals.
func plainWord(w string) bool {
	if len(w) < 4 {
		return false
	}
	vowel, lower := false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y':
			vowel, lower = true, true
		case 'a' <= c && c <= 'z':
			lower = true
		case c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y':
			vowel = true
		case 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return vowel && lower
}
