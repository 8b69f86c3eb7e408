package segment

import "unicode/utf8"

// splitParagraph appends the sentences of the paragraph [bs,be).
//
// One pass over the bytes: only terminators (. ! ? … 。), bullets and sibling
// list markers are looked at, and each decision reads a few words around the
// candidate, so the cost is linear in the input.
func splitParagraph(dst []Sentence, text string, bs, be int) []Sentence {
	start := bs
	i, forced := startSentence(text, bs, be)
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
		for i < limit && byteClass[text[i]] == 0 {
			i++
		}
		if i >= limit {
			continue
		}
		cut, resume := decide(text, start, i, be)
		if cut < 0 {
			i = resume
			continue
		}
		dst = emit(dst, text, start, cut)
		start = cut
		i, forced = startSentence(text, cut, be)
		if i < resume {
			i = resume
		}
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
	m, ok := listMarker(text, s, be)
	if !ok {
		return s, -1
	}
	return m.end, m.sibling(text, be)
}

// marker is a list item marker: an optional bullet, then optionally a number
// or a lower-case letter with its punctuation (1. 1) 1.) a.).
type marker struct {
	end   int    // where the item's text begins
	num   int    // item number, or 0
	ch    byte   // item letter, or 0
	style string // ".", ")" or ".)"
}

// listMarker parses a list marker at s.
func listMarker(text string, s, be int) (marker, bool) {
	m := marker{end: s}
	i := s
	r, n := firstRune(text[i:be])
	bullet := isBullet(r) || (r == '-' || r == '*') && spaceAt(text, i+1) > 0
	if bullet {
		i += n
		for i < be && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		m.end = i
	}
	j := i
	for j < be && j-i < 3 && '0' <= text[j] && text[j] <= '9' {
		m.num = m.num*10 + int(text[j]-'0')
		j++
	}
	if j == i && j < be && 'a' <= text[j] && text[j] <= 'y' {
		m.ch = text[j]
		j++
	}
	if j == i || (m.num == 0 && m.ch == 0) {
		return m, bullet
	}
	switch {
	case j+1 < be && text[j] == '.' && text[j+1] == ')':
		m.style, j = ".)", j+2
	case j < be && text[j] == ')':
		m.style, j = ")", j+1
	case j < be && text[j] == '.':
		m.style, j = ".", j+1
	default:
		return m, bullet
	}
	if spaceAt(text, j) == 0 {
		return m, bullet
	}
	m.end = j
	return m, true
}

// sibling returns the start of the next item of the same list within the
// paragraph, or -1. The search is bounded so that a long paragraph full of
// markers stays linear.
func (m marker) sibling(text string, be int) int {
	if m.style == "" {
		return -1
	}
	var want [8]byte
	w := want[:0]
	if m.ch != 0 {
		w = append(w, m.ch+1)
	} else {
		w = appendInt(w, m.num+1)
	}
	w = append(w, m.style...)
	limit := min(be, m.end+200)
	for j := m.end + 1; j+len(w) < limit; j++ {
		if text[j] != w[0] || string(text[j:j+len(w)]) != string(w) || spaceAt(text, j+len(w)) == 0 {
			continue
		}
		if p, _ := lastRune(text[m.end:j]); isSpaceRune(p) || isBullet(p) {
			return j
		}
	}
	return -1
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// decide looks at the candidate byte at i in the sentence that started at
// start. It returns where the sentence ends (cut), or -1, and where scanning
// resumes.
func decide(text string, start, i, be int) (cut, resume int) {
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
		case isTerminal(r):
			return exclaim(text, start, i, i+n, be)
		}
		return -1, i + n
	}
	if c == '!' || c == '?' {
		return exclaim(text, start, i, i+1, be)
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
	return period(text, start, i, be)
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
func exclaim(text string, start, i, j, be int) (int, int) {
	j = absorb(text, j, be)
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
	if isLower(r) {
		if j == i+1 && p == j+1 && lowerStarter(text[p:wordEnd(text, p, be)], true) {
			return j, j // "great!!! we loved it"
		}
		return -1, j // "Yahoo! in", "'Why?' he asked"
	}
	if q, _ := lastRune(text[i:j]); isCloser(q) && attribution(text, p, be) {
		return -1, j // "'Why?' Smith asked."
	}
	return j, j
}

// attribution reports whether the words at p attribute a quotation that
// just closed: up to three capitalized words, then a speech verb, then the
// end of the sentence or a comma ("Justice Smith asked.").
func attribution(text string, p, be int) bool {
	for k := 0; k < 4 && p < be; k++ {
		e := wordEnd(text, p, be)
		if e == p {
			return false
		}
		w := text[p:e]
		if isSpeechVerb(w) {
			return e == be || text[e] == '.' || text[e] == ','
		}
		if !isUpper(rune(w[0])) || e >= be || text[e] != ' ' {
			return false
		}
		p = e + 1
	}
	return false
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
func period(text string, start, i, be int) (int, int) {
	j := absorb(text, i+1, be)
	closed := j > i+1
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
	kind := classify(text[ws:i])
	if isLower(r) {
		if !closed && p == j+1 && kind == wordRegular && plainWord(text[ws:i]) &&
			lowerStarter(text[p:wordEnd(text, p, be)], false) {
			return j, j // informal text without capitals: "buy again. the battery"
		}
		return -1, j
	}
	if !isUpper(r) {
		// A number or a symbol follows: only an abbreviation holds on ("p. 55",
		// "No. 1"); a list item always starts anew.
		if kind == wordRegular {
			return j, j
		}
		return -1, j
	}
	switch kind {
	case wordRegular:
		return j, j
	case wordTitle:
		return -1, j
	}
	if closed {
		return j, j // `the U.S." The`
	}
	we := wordEnd(text, p, be)
	next := text[p:we]
	abbrevNext := we < be && text[we] == '.' // "Inc. No. 1": not a sentence start
	switch kind {
	case wordTime:
		if timeFollower(next) || frontedPhrase(text, start, ws) {
			return -1, j
		}
		return j, j
	case wordSuffix:
		if continuesName(next) || abbrevNext {
			return -1, j
		}
		return j, j
	}
	if isStarter(next) && !abbrevNext {
		return j, j
	}
	return -1, j
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
