package segment

import (
	"strings"

	"github.com/claimdiff/claimdiff/internal/wordnet"
)

// Recognizers of the furniture that scrapers glue to the text around it:
// datelines, bylines, time stamps and photo credits. Each takes the range
// [s,e) of a line (or of the rest of one) and returns where the furniture
// that starts at s ends, or -1. The splitter cuts a recognized span off the
// sentence it starts ("DENVER (AP) — Colorado lawmakers ..."); the
// furniture cues mark a line that is one span from end to end.

// token returns the next token of [i,e) (a run of non-space bytes) as its
// start and end; start == end when there is none.
func token(text string, i, e int) (int, int) {
	for i < e {
		n := spaceAt(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	j := i
	for j < e && spaceAt(text, j) == 0 {
		j++
	}
	return i, j
}

// startsSentence reports whether a sentence may start at i: a capital, a
// digit or an opening quote or bracket, or the end of the line.
func startsSentence(text string, i, e int) bool {
	i, _ = token(text, i, e)
	if i >= e {
		return true
	}
	r, _ := firstRune(text[i:e])
	return isUpper(r) || isDigit(r) || isOpener(r)
}

// capWord reports whether tok is a capitalized word, an initial or a word
// in capitals, with the punctuation names carry ("O'Neil", "Jean-Luc",
// "J.", "McDonald"), a final comma aside.
func capWord(tok string) bool {
	tok = strings.TrimSuffix(tok, ",")
	r, n := firstRune(tok)
	if !isUpper(r) {
		return false
	}
	for _, r := range tok[n:] {
		if !isLetter(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// allCaps reports whether tok has letters and no lower-case letter.
func allCaps(tok string) bool {
	letters := 0
	for _, r := range tok {
		if isLower(r) {
			return false
		}
		if isLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// dashByte marks the bytes a dash may start with.
var dashByte = [256]uint8{'-': 1, 0xE2: 1}

// dashAt returns the end of a dash at i that separates words: an em, en or
// horizontal bar dash, or a hyphen or two with a space before them; or -1.
func dashAt(text string, i, e int) int {
	if i+2 < e && text[i] == 0xE2 && text[i+1] == 0x80 && 0x93 <= text[i+2] && text[i+2] <= 0x95 {
		return i + 3 // – — ―
	}
	if text[i] == '-' && i > 0 && text[i-1] == ' ' {
		j := i + 1
		if j < e && text[j] == '-' {
			j++
		}
		if j == e || text[j] == ' ' {
			return j
		}
	}
	return -1
}

// datelineEnd returns the end of the dateline at s, its dash included:
// "DENVER (AP) —", "KESTREL FALLS, Ore. (Courier) —", "PARIS, May 2 (Reuters)
// -", "PORTLAND, Ore., Jan. 9, 2024 /PRNewswire/ --". The place is written
// in capitals, or followed by the agency in brackets or between slashes; a
// region or a date may follow it after a comma; after the dash comes the
// sentence (a capital, a digit, a quote) or the end of the line.
func datelineEnd(text string, s, e int) int {
	// Quick test: a place in capitals, or an agency in brackets or slashes;
	// a byline is none.
	ts, te := token(text, s, e)
	if text[ts:te] == "By" || text[ts:te] == "BY" {
		return -1
	}
	if !allCaps(text[ts:te]) &&
		strings.IndexByte(text[s:min(e, s+64)], '(') < 0 && strings.IndexByte(text[s:min(e, s+64)], '/') < 0 {
		return -1
	}
	ds, de := -1, -1
	for k, lim := s, min(e, s+100); k < lim; k++ {
		if dashByte[text[k]] == 0 {
			continue
		}
		if de = dashAt(text, k, e); de >= 0 {
			ds = k
			break
		}
	}
	if ds <= s || !startsSentence(text, de, e) {
		return -1
	}
	caps, place, agency, region := true, 0, false, false
	regionWords := 0
	for i := s; ; {
		ts, te := token(text, i, ds)
		if ts == te {
			break
		}
		tok := text[ts:te]
		i = te
		switch {
		case agency:
			return -1 // nothing after the agency
		case tok[0] == '(' || tok[0] == '/':
			// The agency, to the closing bracket or slash: "(The Ledger)".
			closer := byte(')')
			if tok[0] == '/' {
				closer = '/'
			}
			for tok[len(tok)-1] != closer || len(tok) == 1 {
				ts2, te2 := token(text, i, ds)
				if ts2 == te2 || te2-ts > 40 {
					return -1
				}
				tok, i = text[ts:te2], te2
			}
			agency = true
		case region:
			if regionWords++; regionWords > 5 || !capWord(tok) && !isDigit(rune(tok[0])) {
				return -1
			}
		case capWord(tok) && place < 4:
			place++
			caps = caps && allCaps(tok)
			region = tok[len(tok)-1] == ','
		default:
			return -1
		}
	}
	if place == 0 || !caps && !agency {
		return -1
	}
	return de
}

// bylineStart returns where the names of a byline at s begin: after "By"
// ("By Ana Ruiz"), or after a verb and "by" ("Posted by kestrel_88",
// "Written by Ann Lee"); or -1.
func bylineStart(text string, s, e int) int {
	ts, te := token(text, s, e)
	switch text[ts:te] {
	case "By", "BY":
		return te
	case "Posted", "Written", "Words", "Story", "Text", "Interview":
		ns, ne := token(text, te, e)
		if text[ns:ne] == "by" {
			return ne
		}
	}
	return -1
}

// bylineEnd returns the end of the byline at s, or -1: "By" and names
// (capitalized words joined by "and", "&" or commas), then at most a role or
// an outlet ("By Lee Park, Associated Press", "By Tom Reyes, Staff Writer",
// "By Ana Ruiz, senior fire-policy writer": see roleEnd)
// and a time stamp after a separator or "on". It ends at the end of the
// line or where a sentence starts: a word that usually starts one ("By Ana
// Ruiz The storm"), a capitalized word followed by a lower-case one after a
// full name ("By Ana Ruiz Officials said"), a dateline in capitals, or a
// sentence in lower case after a full name and its comma, which the byline
// keeps ("By Mara Olsen, the river rose"; not a date, nor words that open
// with an adjective: "By Christmas Eve, the river", "By Executive Order,
// the governor").
func bylineEnd(text string, s, e int) int {
	i := bylineStart(text, s, e)
	if i < 0 {
		return -1
	}
	handle := text[s] != 'B' // "Posted by kestrel_88"
	end, run, names := -1, 0, 0
	titleSeen := false
	afterComma := false // the token before ends in a comma
	timeOnly := true    // the names are days or months: "By Sunday, police ..."
	fullName := false   // two names or more before the comma, none of a date
	dated := false      // a name is of a date: "By Christmas Eve, the river ..."
	described := false  // the first name is an adjective: "By Executive Order, the governor ..."
	for n := 0; n < 16; n++ {
		ts, te := token(text, i, e)
		if ts == te {
			if names == 0 {
				return -1
			}
			return end
		}
		tok := text[ts:te]
		ns, ne := token(text, te, e)
		nextLower := ns < ne && isLower(rune(text[ns]))
		if names > 0 && afterComma && !timeOnly && isLower(rune(tok[0])) {
			if r := roleEnd(text, ts, e); r >= 0 {
				return r // "By Ana Ruiz, senior fire-policy writer"
			}
			// A sentence glued on in lower case, its comma the byline's:
			// "By Mara Olsen, the river rose two metres overnight."
			if fullName && !described && (lowerStarter(tok, true) || tok == "a" || tok == "an") && hasVerb(text[ts:e]) {
				return end + 1
			}
		}
		switch {
		case tok == "and" || tok == "&":
			run = 0
		case tok == "|" || tok == "•" || tok == "·" || dashAt(text, ts, e) == te || tok == "on" && names > 0:
			if t := timestampEnd(text, te, e); t >= 0 {
				return t
			}
			return end
		case capWord(tok):
			if names > 0 && (isStarter(tok) && nextLower ||
				run >= 2 && nextLower && !strings.HasSuffix(tok, ",") ||
				titleSeen && allCaps(tok) && len(tok) > 2 && !strings.HasSuffix(tok, ".")) {
				return end // the sentence, or a dateline, starts here
			}
			if isTimestampLabel(tok) && names > 0 {
				if t := timestampEnd(text, ts, e); t >= 0 {
					return t
				}
			}
			titleSeen = titleSeen || !allCaps(tok)
			timeOnly = timeOnly && timeFollower(strings.TrimSuffix(tok, ","))
			dated = dated || isDateWord(strings.TrimSuffix(strings.TrimSuffix(tok, ","), "'s"))
			if names == 0 {
				described = isAdjective(tok)
			}
			run++
			names++
			end = te
		case isNameParticle(tok) && ns < ne && (isUpper(rune(text[ns])) || isNameParticle(text[ns:ne])):
			// "de la Cruz"
		case handle && names == 0 && isHandle(tok):
			names++
			end = te
		case names > 0 && isRoleWord(strings.TrimSuffix(tok, ",")):
			end = te
		default:
			if names == 0 || isLower(rune(tok[0])) {
				return -1 // "By Sunday afternoon the river ..."
			}
			return end
		}
		afterComma = strings.HasSuffix(tok, ",")
		if strings.HasSuffix(tok, ",") {
			fullName = run >= 2 && !dated
			run = 0
			end = te - 1
		}
		i = te
	}
	return -1
}

// isDateWord reports whether w, capitalized, names a day or a time of the
// calendar that "By" may run to: a day, a month ("By Sunday"), a unit
// ("By Election Day", "By New Year's"), a feast, a season or a part of the
// day ("By Late Afternoon").
func isDateWord(w string) bool {
	switch w {
	case "Christmas", "Easter", "Thanksgiving", "Halloween", "Eve", "Spring", "Summer", "Autumn", "Fall",
		"Winter", "Morning", "Afternoon", "Evening", "Night", "Noon", "Midnight", "Nightfall", "Weekend":
		return true
	}
	return timeFollower(w) || isTimeUnit(w)
}

// isAdjective reports whether w, capitalized, is an English adjective
// (WordNet's): the first word of a phrase after "By" that is no name ("By
// Executive Order", "By Popular Demand", "By Royal Decree"). A few given
// names are adjectives too ("Frank", "Lee"): a byline that opens with one
// is not cut off a sentence glued to it by a comma.
func isAdjective(w string) bool {
	return wordnet.PartsOfSpeech(strings.ToLower(w))&wordnet.Adj != 0
}

// roleEnd returns the end of a writer's role at s that runs to the end of
// the line or to a separator, or -1: at most five lower-case words that end
// in the role itself ("senior fire-policy writer", "cost-of-living
// reporter"), so that any topic of a desk may name it but a sentence
// ("the river rose", "police had detained a photographer", "who was the
// paper's editor": a determiner, a pronoun or a verb) may not. A time stamp
// after the separator is part of it.
func roleEnd(text string, s, e int) int {
	i, last := s, ""
	for n := 0; ; n++ {
		ts, te := token(text, i, e)
		if ts == te || text[ts:te] == "|" || text[ts:te] == "•" || text[ts:te] == "·" || dashAt(text, ts, e) == te {
			if n == 0 || !roleHeads[last] && !(ts == te && roleHeads[strings.TrimSuffix(last, ".")]) {
				return -1 // "writer." only at the end of the line
			}
			if ts < te {
				if t := timestampEnd(text, te, e); t >= 0 {
					return t // "staff writer · 4 min read"
				}
			}
			return i
		}
		tok := text[ts:te]
		if n == 5 || !isLower(rune(tok[0])) || lowerStarter(tok, false) || isFiniteVerb(tok) {
			return -1
		}
		last = tok
		i = te
	}
}

// roleHeads are the nouns a writer's role ends in.
var roleHeads = map[string]bool{"writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true, "editor": true, "editors": true, "columnist": true,
	"photographer": true, "producer": true, "contributor": true, "analyst": true, "critic": true}

// isHandle reports whether tok is a user name of a forum or social site:
// letters and digits with an underscore, a dot or a digit ("kestrel_88").
func isHandle(tok string) bool {
	mark := false
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c == '_' || c == '.' || '0' <= c && c <= '9':
			mark = true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-':
		default:
			return false
		}
	}
	return mark && len(tok) >= 3
}

func isNameParticle(w string) bool {
	switch w {
	case "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "dos", "das":
		return true
	}
	return false
}

// isRoleWord reports whether w, in lower case, may name a writer's role or
// desk after a byline's comma ("staff writer", "correspondent in Paris").
func isRoleWord(w string) bool {
	switch w {
	case "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
		"editors", "contributor", "contributing", "columnist", "photographer", "producer", "special", "senior",
		"chief", "political", "business", "sports", "science", "health", "foreign", "local", "national",
		"news", "wire", "service", "services", "and", "for", "of", "the", "at", "in", "freelance", "associate",
		"managing", "deputy", "investigative", "data", "bureau", "desk", "team":
		return true
	}
	return false
}

// timestampEnd returns the end of the time stamp at s, or -1: a label
// ("Updated", "Published:", "Last updated") and dates and times ("4:10 PM
// EST, Tue January 9, 2024", "Jan. 10, 2024", "10:48 a.m. ET", "3 hours
// ago", "Yesterday"), or a reading time ("8 min read"), nothing else. A
// bare number is no time stamp.
func timestampEnd(text string, s, e int) int {
	end, label, clock, day, number, rel := -1, false, false, false, false, false
	unit := false // a unit of time after a number: "3 hours", "8 min"
	for i, n := s, 0; n < 16; n++ {
		ts, te := token(text, i, e)
		if ts == te {
			break
		}
		i = te
		tok := strings.Trim(text[ts:te], ",;:()|")
		if tok == "" || tok == "at" || tok == "on" || tok == "-" || tok == "/" || dashAt(text, ts, e) == te ||
			tok == "•" || tok == "·" {
			continue
		}
		switch w := strings.TrimSuffix(tok, "."); {
		case isTimestampLabel(w) || w == "Last" || w == "First" || w == "last" || w == "first":
			label = true
		case isClock(w):
			clock = true
		case w == "a.m" || w == "p.m" || w == "A.M" || w == "P.M" || w == "am" || w == "pm" || w == "AM" || w == "PM":
			clock = clock || number
		case isMonthOrDay(w):
			day = true
		case w == "Today" || w == "Yesterday" || w == "today" || w == "yesterday" || w == "ago" || w == "Tonight":
			rel = true
		case isTimeUnit(w) && number:
			unit = true
		case unit && (w == "read" || w == "Read"):
			rel = true // a reading time: "8 min read"
		case isDateNumber(w):
			number = true
		case isTimeZone(w) && (clock || number), clock && (w == "local" || w == "time"): // "19:05 local time"
		default:
			if end < 0 {
				return -1
			}
			return stampEnd(end, label, clock, day, number, rel)
		}
		end = ts + len(strings.TrimRight(text[ts:te], ",;:(|"))
	}
	return stampEnd(end, label, clock, day, number, rel)
}

func stampEnd(end int, label, clock, day, number, rel bool) int {
	if clock || day && (number || label) || rel || label && number {
		return end
	}
	return -1
}

// isTimestampLabel reports whether w opens a time stamp ("Updated").
func isTimestampLabel(w string) bool {
	switch strings.TrimSuffix(w, ":") {
	case "Updated", "Published", "Posted", "Modified", "Created", "Uploaded", "Edited", "Date", "UPDATED",
		"PUBLISHED", "POSTED", "updated", "published", "posted":
		return true
	}
	return false
}

// isClock reports whether w is a clock time: "4:10", "16:10:05", "9.30pm".
func isClock(w string) bool {
	if n := len(w); n > 2 && (w[n-1] == 'm' || w[n-1] == 'M') {
		switch w[n-2] {
		case 'a', 'p', 'A', 'P':
			w = w[:n-2]
		}
	}
	digits, colons := 0, 0
	for i := 0; i < len(w); i++ {
		switch {
		case '0' <= w[i] && w[i] <= '9':
			digits++
		case w[i] == ':':
			colons++
		default:
			return false
		}
	}
	return colons > 0 && digits >= 3
}

// isDateNumber reports whether w is a day, a year or a numeric date: "9",
// "9th", "2024", "2024-01-09", "09/01/2024".
func isDateNumber(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '-' || c == '/' || c == '.':
		default:
			switch w[i:] {
			case "st", "nd", "rd", "th":
				return digits > 0 && digits <= 2
			}
			return false
		}
	}
	return digits > 0 && digits <= 8
}

func isTimeUnit(w string) bool {
	var buf [8]byte
	lw, ok := lowerASCII(buf[:0], w)
	if !ok {
		return false
	}
	switch string(lw) {
	case "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
		"h", "day", "days", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}

// isTimeZone reports whether w is a time zone or an offset from UTC:
// "ET", "EST", "GMT", "UTC", "CEST", "+0100".
func isTimeZone(w string) bool {
	if len(w) == 5 && (w[0] == '+' || w[0] == '-') {
		return isDateNumber(w[1:])
	}
	if len(w) < 2 || len(w) > 5 || !allCaps(w) {
		return false
	}
	last := w[len(w)-1]
	return last == 'T' || w == "UTC" || w == "Z"
}

// isMonthOrDay reports whether w names a month or a weekday, in full or
// abbreviated, capitalized or in capitals.
func isMonthOrDay(w string) bool {
	if w == "" || !isUpper(rune(w[0])) {
		return false
	}
	var buf [16]byte
	lw, ok := lowerASCII(buf[:0], w)
	if !ok {
		return false
	}
	switch string(lw) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
		"dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
		"tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// creditEnd returns the end of the photo credit at s, or -1: a credit label
// and a name ("Photo: Press TV", "Photo by John Roe", "Courtesy of the
// family"), or a name and an agency joined by a slash ("AFP/Getty Images",
// "J. Ortiz/Herald", "Photo: Sam Keller/Valley Gazette"), either possibly in
// brackets. It ends at the closing bracket, at the end of the line, or where
// a sentence starts (a capitalized word followed by a lower-case one).
func creditEnd(text string, s, e int) int {
	i, limit := s, e
	paren := text[s] == '('
	if paren {
		k := strings.IndexByte(text[s:min(e, s+80)], ')')
		if k < 0 {
			return -1
		}
		i, limit = s+1, s+k
	}
	label, slash, connector := false, false, false
	names, commas, end := 0, 0, -1
	for n := 0; ; n++ {
		ts, te := token(text, i, limit)
		if ts == te {
			break
		}
		if n == 12 {
			return -1
		}
		tok := text[ts:te]
		ns, ne := token(text, te, limit)
		nextLower := ns < ne && isLower(rune(text[ns])) && !isCreditConnector(text[ns:ne])
		switch {
		case n == 0 && isCreditLabel(tok):
			label = true
			switch text[ns:ne] {
			case "by", "of", "from", "from:":
				te = ne
			}
		case strings.HasSuffix(tok, ".") && len(tok) > 2 && !paren && classify(tok[:len(tok)-1]) == wordRegular:
			return -1 // a sentence's last word: "... Symbian and Linux."
		case strings.HasSuffix(tok, ","):
			if commas++; commas > 1 {
				return -1 // a list of names: "Pocket PC, Palm OS, Symbian"
			}
			if !creditToken(tok, n == 0) {
				return -1
			}
			names++
			slash = slash || strings.IndexByte(tok, '/') > 0
		case creditToken(tok, n == 0):
			if !paren && names > 0 && !connector && capWord(tok) && (nextLower || isStarter(tok)) {
				return end // the sentence starts at tok: "Herald Officials said", "Images The quake"
			}
			if !label && !slash && names >= 2 {
				return -1 // "Ortiz/Herald" holds a name's last word; one word may come before it
			}
			connector = isCreditConnector(tok)
			if !connector {
				names++
			}
			slash = slash || strings.IndexByte(tok, '/') > 0
		default:
			return -1 // "The Israel/Gaza border": a sentence, not a credit
		}
		if names > 0 && (label || slash) {
			end = te
		}
		i = te
	}
	if names == 0 || !(label || slash) {
		return -1
	}
	if paren {
		return limit + 1
	}
	return end
}

// creditToken reports whether tok may be part of a credit's name: a
// capitalized word or one in capitals, names joined by a slash
// ("Ortiz/Herald"), or a connector ("via Getty Images", "for The Times").
func creditToken(tok string, first bool) bool {
	if isCreditConnector(tok) {
		return !first
	}
	if k := strings.IndexByte(tok, '/'); k > 0 {
		return capWord(tok[:k]) && k+1 < len(tok) && capWord(tok[k+1:])
	}
	return capWord(tok)
}

func isCreditConnector(w string) bool {
	switch w {
	case "via", "for", "of", "the", "and", "&", "/":
		return true
	}
	return false
}

// isCreditLabel reports whether tok opens a credit: "Photo:", "Photo",
// "Image:", "Credit:", "Courtesy".
func isCreditLabel(tok string) bool {
	w := strings.TrimSuffix(tok, ":")
	switch w {
	case "Photo", "Photos", "Photograph", "Image", "Images", "Picture", "Illustration", "Graphic", "Video",
		"Credit", "Credits", "Courtesy", "PHOTO", "IMAGE", "CREDIT", "Foto":
		return true
	}
	return false
}

// cutLead cuts off the furniture glued to the start of the sentence at s
// and returns where the sentence now starts: at a paragraph's start a
// dateline, a byline, a time stamp or a photo credit, in any order
// ("By Lee Park, Associated Press DENVER (AP) — Colorado ..."); at another
// sentence's start a credit. A span is cut only when a sentence follows it
// on the line; a line that is furniture from end to end is left whole, for
// the furniture cues.
func cutLead(dst []Sentence, text string, s, be int, paragraph bool) ([]Sentence, int) {
	for range 4 {
		s, _ = trim(text, s, be)
		if s >= be {
			break
		}
		end, reason := -1, ""
		if paragraph && text[s] != '(' {
			switch {
			case isUpper(rune(text[s])):
				if end = bylineEnd(text, s, be); end >= 0 {
					reason = ReasonByline
					break
				}
				if end = datelineEnd(text, s, be); end >= 0 {
					reason = ReasonDateline
					break
				}
				fallthrough
			case isDigit(rune(text[s])):
				if end = leadingStamp(text, s, be); end >= 0 {
					reason = ReasonTimestamp
				}
			}
		}
		if end < 0 && mayBeCredit(text, s, be) {
			if end = creditEnd(text, s, be); end >= 0 {
				reason = ReasonCredit
			}
		}
		if end < 0 {
			break
		}
		// A byline that ends in its comma has a sentence in lower case
		// after it ("By Mara Olsen, the river rose ...": see bylineEnd).
		if _, e := trim(text, end, be); e <= end ||
			!startsSentence(text, end, be) && !(reason == ReasonByline && text[end-1] == ',') {
			break // furniture to the end of the line, or no sentence after it
		}
		_, e := trim(text, s, end)
		dst = append(dst, Sentence{Start: s, End: e, Furniture: true, Reason: reason})
		s = end
	}
	return dst, s
}

// leadingStamp returns the end of a time stamp that opens a paragraph
// before its sentence, or -1: one with a label ("Updated 6:12 a.m.") or a
// clock time ("10:48 a.m. ET"); a date alone may be the sentence's subject
// ("March 15 Is the Deadline").
func leadingStamp(text string, s, be int) int {
	ts, te := token(text, s, be)
	first := text[ts:te]
	if !isDigit(rune(first[0])) && !isTimestampLabel(strings.TrimSuffix(first, ":")) && first != "Last" {
		return -1
	}
	end := timestampEnd(text, s, be)
	if end < 0 {
		return -1
	}
	if !isDigit(rune(first[0])) || isClock(strings.Trim(first, ",")) {
		return end
	}
	for k := s; k < end; k++ {
		if text[k] == '.' && k >= 1 && (text[k-1] == 'm' || text[k-1] == 'M') && k+2 < end && text[k+2] == '.' {
			return end // "10 p.m."
		}
	}
	return -1
}

// mayBeCredit is a quick test before creditEnd: a bracket, a credit label,
// or a slash soon after s.
func mayBeCredit(text string, s, be int) bool {
	switch text[s] {
	case '(':
		return true
	case 'P', 'I', 'C', 'G', 'V', 'F':
		if ts, te := token(text, s, be); isCreditLabel(text[ts:te]) {
			return true
		}
	}
	return 'A' <= text[s] && text[s] <= 'Z' && strings.IndexByte(text[s:min(be, s+48)], '/') > 0
}

// midCredit returns the span of a photo credit around the slash at i that
// stands between a caption (words in lower case) and the next sentence, or
// -1, -1. A credit that ends the paragraph is trailingCredit's.
func midCredit(text string, start, i, be int) (int, int) {
	if i == start || i+1 >= be || !isLetter(rune(text[i-1])) || text[i+1] < 'A' || text[i+1] > 'Z' {
		return -1, -1
	}
	for k := max(start+1, i-60); k < i; k++ {
		if text[k-1] != ' ' || text[k] != '(' && (text[k] < 'A' || text[k] > 'Z') {
			continue
		}
		ce := creditEnd(text, k, be)
		if ce <= i {
			continue
		}
		if _, e := trim(text, ce, be); e > ce && startsSentence(text, ce, be) && afterCaption(text, start, k) {
			return k, ce
		}
		return -1, -1
	}
	return -1, -1
}

// afterCaption reports whether a credit at k follows a caption that
// started at start: words in lower case, and a last word that ends a
// phrase rather than opening one ("on Monday Jane Roe/AP", but "opposes the
// PeopleSoft/J.D. Edwards deal", "including Windows CE/Pocket PC").
func afterCaption(text string, start, k int) bool {
	if !hasLowerWord(text, start, k) {
		return false
	}
	switch prevWord(text, start, k) {
	case "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "including",
		"between", "about", "into", "than", "as", "like", "via", "over", "under", "against", "its", "their",
		"his", "her", "our", "your", "my", "this", "that", "these", "those":
		return false
	}
	return true
}

// trailingCredit returns where a photo credit that ends the paragraph
// starts, when a caption runs into it ("Traffic backs up on Elm Ave. during
// the morning commute AFP/Getty Images"), or -1.
func trailingCredit(text string, ss, be int) int {
	if r, _ := lastRune(text[ss:be]); isTerminal(r) || be-ss < 12 {
		return -1
	}
	from := max(ss+1, be-80)
	if text[be-1] != ')' && strings.IndexByte(text[from:be], '/') < 0 {
		return -1
	}
	for k := from; k < be; k++ {
		if text[k-1] != ' ' || text[k] != '(' && !isUpper(rune(text[k])) {
			continue
		}
		if creditEnd(text, k, be) == be && afterCaption(text, ss, k) {
			return k
		}
	}
	return -1
}

// runIn returns where a sentence starts inside the teaser of a line that
// opens with a furniture label, when the scrape ran them together with no
// punctuation ("Read more: Dam owners face new rules The county said ..."):
// a word that usually starts sentences, capitalized inside the teaser and
// followed by a word in lower case. Or -1.
func runIn(text string, s, be int) int {
	colon := strings.IndexByte(text[s:min(be, s+32)], ':')
	if colon <= 0 || !hasFurnitureLabel(text[s:be], countWords(text, s, be, 31)) {
		return -1
	}
	_, i := token(text, s+colon+1, be) // the teaser's first word
	for n := 0; n < 24; n++ {
		ts, te := token(text, i, be)
		if ts == te {
			break
		}
		tok := text[ts:te]
		if r, _ := lastRune(tok); isTerminal(r) {
			return -1 // punctuated: the sentence ends there
		}
		if p, _ := lastRune(text[:ts-1]); isStarter(tok) && tok != "I" && (isLetter(p) || isDigit(p)) {
			if ns, _ := token(text, te, be); ns < be && lowerWord(text, ns) {
				return ts
			}
		}
		i = te
	}
	return -1
}
