package segment

// Word lists. They are closed classes of English (titles, common
// abbreviations, function words), not vocabulary of any text.

type wordKind uint8

const (
	wordRegular wordKind = iota // an ordinary word or number: a period after it ends the sentence
	wordTitle                   // a title before a name (Mr., Gen.): never ends a sentence before a capital
	wordAbbrev                  // an abbreviation that may end a sentence (Inc., Jan., co.)
	wordInitial                 // a single letter (E., p.)
	wordMulti                   // letters with inner periods (U.S., e.g.)
	wordTime                    // a.m. or p.m.
	wordSuffix                  // ends a name (Inc., Jr., Calif.): often ends a sentence too
)

// classify tells what kind of word w, the text before a period, is.
func classify(w string) wordKind {
	// Strip leading openers kept by wordStart's byte scan.
	for len(w) > 0 && (w[0] == '\'' || w[0] == '"') {
		w = w[1:]
	}
	// Only the last part of a compound counts: "R-S.C", "then-Gov", "J.D" in
	// "PeopleSoft/J.D".
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '-' || w[k] == '/' {
			w = w[k+1:]
			break
		}
	}
	if w == "" || len(w) > 24 {
		return wordRegular
	}
	if r, n := firstRune(w); n == len(w) && isLetter(r) {
		return wordInitial
	}
	var buf [24]byte
	lw, _ := lowerASCII(buf[:0], w)
	dots := 0
	for _, c := range lw {
		if c == '.' {
			dots++
		}
	}
	if dots > 0 {
		// Each segment one to three ASCII letters: U.S, a.m, Ph.D, e.g.
		seg := 0
		for _, c := range lw {
			switch {
			case c == '.':
				if seg == 0 {
					return wordRegular
				}
				seg = 0
			case 'a' <= c && c <= 'z':
				seg++
				if seg > 3 {
					return wordRegular
				}
			default:
				return wordRegular
			}
		}
		if seg == 0 {
			return wordRegular
		}
		if string(lw) == "a.m" || string(lw) == "p.m" {
			return wordTime
		}
		return wordMulti
	}
	switch string(lw) {
	case "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "gen", "gens", "sen", "sens",
		"rep", "reps", "gov", "govs", "lt", "col", "sgt", "capt", "cpl", "pvt", "maj", "adm", "cmdr", "cdr",
		"brig", "rev", "revd", "hon", "pres", "supt", "msgr", "fr", "mt", "atty", "det", "insp", "amb",
		"ste", "mssrs", "sgts", "lieut", "comdr", "cmdt", "pfc", "spc", "sfc", "ssgt", "msgt", "ens", "cpo":
		return wordTitle
	case "jr", "sr", "inc", "co", "corp", "ltd", "llc", "bros":
		return wordSuffix
	case "st", "ave", "blvd", "rd", "hwy", "no", "nos",
		"vol", "vols", "pp", "fig", "figs", "chap", "para", "approx", "est", "dept", "univ", "assn", "intl",
		"govt", "natl", "etc", "vs", "cf", "al", "eds", "ibid", "ca", "viz", "resp", "incl", "excl",
		"lb", "lbs", "oz", "ft", "sq", "yds", "mins", "hr", "hrs", "min", "max", "tel", "ext", "dist", "div",
		"pop", "cir", "ver", "supp", "repr", "trans", "nr", "pt", "pts", "cl", "esp", "misc",
		"n°", "nº":
		return wordAbbrev
	case "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "thu", "thur", "thurs", "fri",
		"mar", "sat", "sun", "wed", "art", "sec", "ch", "ed", "app":
		// Month and day abbreviations and a few others; capitalized only,
		// since they are also ordinary words ("the sun.", "the app.").
		if isUpper(rune(w[0])) {
			return wordAbbrev
		}
	case "mass", "miss", "ill", "wash", "ind", "del", "ala", "ariz", "ark", "calif", "colo", "conn", "fla",
		"ga", "kan", "kans", "ky", "la", "md", "mich", "minn", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
		"tenn", "tex", "va", "vt", "wis", "wyo":
		// U.S. state abbreviations (AP style) end a place name.
		if isUpper(rune(w[0])) {
			return wordSuffix
		}
	}
	if len(lw) <= 5 && unpronounceable(lw) && hasLower(w) {
		// "Cnty", "Bd", "Mgmt": no English word is spelt so. Acronyms in
		// capitals ("NCSD", "GMT") are words that end sentences.
		return wordAbbrev
	}
	return wordRegular
}

func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// unpronounceable reports whether the ASCII lower-case word w has no vowel
// (a, e, i, o, u) and, when it has a y, starts with two consonants that
// begin no English word ("cnty", "pkwy"; but "dry", "myth", "rhythm").
func unpronounceable(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	y := false
	for _, c := range w {
		switch {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c < 'a' || c > 'z':
			return false
		case c == 'y':
			y = true
		}
	}
	if !y {
		return true
	}
	if w[0] == 'y' || w[1] == 'y' {
		return false
	}
	switch string(w[:2]) {
	case "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "gw", "kl", "kn", "kr", "ph",
		"pl", "pr", "ps", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "sq", "st", "sw", "th", "tr", "ts",
		"tw", "wh", "wr":
		return false
	}
	return true
}

// abbrevShape reports whether w, the word before a period, is shaped like an
// abbreviation of a longer word: a capital, then one to four lower-case
// letters ("Stat", "Civ", "Cnty").
func abbrevShape(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// personalSuffix reports whether w ends a person's name ("Jr", "Sr").
func personalSuffix(w string) bool {
	return w == "Jr" || w == "Sr" || w == "JR" || w == "SR"
}

// numberPrefix reports whether w is an abbreviation that stands before a
// number ("No. 7", "Vol. 2", "Fig. 3"); before a word it is no
// abbreviation ("No. Well...").
func numberPrefix(w string) bool {
	switch w {
	case "No", "no", "Nos", "nos", "Vol", "vol", "Vols", "Fig", "fig", "Figs", "pp", "Pp", "Chap", "Para":
		return true
	}
	return false
}

// isDesignator reports whether w is a noun that takes a letter as its name
// ("Hall C", "Gate B", "Plan B", "Vitamin D"): the letter after it is no
// initial, and a period after the letter ends the sentence.
func isDesignator(w string) bool {
	switch w {
	case "Hall", "Gate", "Terminal", "Concourse", "Building", "Block", "Wing", "Room", "Suite", "Floor", "Level",
		"Section", "Part", "Appendix", "Annex", "Exhibit", "Schedule", "Table", "Figure", "Plate", "Grade",
		"Class", "Type", "Group", "Category", "Division", "Tier", "Phase", "Stage", "Unit", "Ward", "Zone",
		"Area", "Lot", "Row", "Pier", "Platform", "Bay", "Court", "Field", "Plan", "Option", "Model", "Series",
		"Vitamin", "Hepatitis", "Channel", "Track", "Studio", "Stand", "Entrance", "Exit", "Door", "Box",
		"Apartment", "Runway", "Hangar", "Team", "Pool", "Sector", "Step", "Item", "Clause", "Question",
		"Schedules", "Tower", "Lab", "Laboratory", "Camp", "Site":
		return true
	}
	return false
}

// isFiniteVerb reports whether w, a lower-case word, is most likely a verb
// in the past tense or an auxiliary: the verb of a subject that starts a
// sentence ("Witnesses said", "Police arrested", "Visitors were").
func isFiniteVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "shall",
		"may", "might", "must", "did", "does", "do", "says", "rose", "fell", "went", "came", "got", "took",
		"made", "left", "found", "began", "won", "lost", "saw", "knew", "gave", "held", "kept", "met", "ran",
		"sat", "stood", "spoke", "broke", "drove", "flew", "grew", "threw", "hit", "hurt", "put", "paid",
		"sent", "spent", "built", "led", "fled", "told", "thought", "brought", "bought", "caught", "fought",
		"sought", "taught", "heard", "meant", "felt", "struck", "became", "chose", "wore", "tore":
		return true
	}
	if isSpeechVerb(w) {
		return true
	}
	// Regular past tense: "arrested", "reported" (not "red", "bed", "need").
	n := len(w)
	return n >= 5 && w[n-2:] == "ed" && w[n-3] != 'e'
}

// informalWord reports whether w, an ordinary word before a period, may end
// a sentence of informal text that starts the next one in lower case:
// letters or digits, two or more ("lol. not", "dead. tried").
func informalWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '%' || c == '\'' || c >= 0x80) {
			return false
		}
	}
	return true
}

// isStarter reports whether w, a capitalized word, commonly starts a
// sentence: pronouns, determiners, conjunctions, auxiliaries, wh-words and
// sentence adverbs. After an ambiguous abbreviation such a word signals a
// new sentence, while a name or a noun ("U.S. Government") does not.
func isStarter(w string) bool {
	switch w {
	case "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
		"You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet",
		"If", "When", "Where", "What", "Why", "How", "Who", "Whom", "Whose", "Which", "While", "Although",
		"Though", "Because", "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Still",
		"Then", "Now", "Also", "Thus", "Instead", "Indeed", "Yes", "No", "Not", "Did", "Do", "Does", "Is",
		"Are", "Was", "Were", "Has", "Have", "Had", "Can", "Could", "Should", "Would", "In", "On", "At",
		"For", "After", "Before", "As", "Since", "During", "Many", "Some", "Most", "All", "Both", "Each",
		"Every", "Other", "Others", "Such", "Neither", "Either", "Being", "Let", "Please", "Today",
		"Yesterday", "Tomorrow", "Last", "Earlier", "Later", "Under", "Despite", "According", "Among",
		"Asked", "One", "Two", "Three", "None", "Nothing", "Everyone", "Nobody", "Someone", "Another",
		"Only", "Just", "Even":
		return true
	}
	return false
}

// timeFollower reports whether w often follows "a.m." or "p.m." inside a
// sentence: a day, a month or a time zone.
func timeFollower(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
		"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
		"GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "Eastern", "Central", "Pacific",
		"Mountain", "Greenwich":
		return true
	}
	return false
}

// continuesName reports whether w, the capitalized word after a name
// suffix such as "Inc." or "Calif.", still belongs to the sentence: a ticker
// or acronym in capitals, or a day or month ("Inc. Thursday").
func continuesName(w string) bool {
	if timeFollower(w) {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 1
}

// isPreposition reports whether w opens a fronted time or place phrase.
func isPreposition(w string) bool {
	switch w {
	case "at", "by", "before", "after", "until", "till", "since", "from", "around", "about", "on", "in",
		"shortly", "just", "between", "near", "past", "starting", "beginning", "early", "late", "to":
		return true
	}
	return false
}

// isSpeechVerb reports whether w is a verb that attributes a quotation.
func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "replied",
		"replies", "explained", "explains", "continued", "noted", "notes", "shouted", "yelled", "cried",
		"exclaimed", "wondered", "insisted", "recalled", "answered", "declared", "stated", "argued", "quipped",
		"tweeted", "posted", "countered", "responded", "demanded", "pleaded", "whispered", "joked":
		return true
	}
	return false
}

// lowerStarter reports whether w, a lower-case word, commonly starts a
// sentence in informal text that skips capitals ("great. the battery
// lasts"): pronouns, determiners, conjunctions, a few adverbs. Prepositions
// are left out: "Yahoo! in the" is one sentence.
func lowerStarter(w string, pronounsOnly bool) bool {
	switch w {
	case "i", "im", "i'm", "i've", "ive", "we", "he", "she", "they", "it", "you", "this", "that", "my",
		"our", "the":
		return true
	}
	if pronounsOnly {
		return false
	}
	switch w {
	case "these", "those", "but", "so", "there", "if", "when", "what", "how", "why", "would", "will",
		"also", "then", "just", "not", "yes", "its", "his", "her", "their", "a", "an", "dont", "don't",
		"maybe", "now", "still", "anyway", "however", "overall", "thanks", "please", "lol":
		return true
	}
	return false
}

// upperFirst returns w with its first byte in upper case when it is an
// ASCII lower-case letter ("type" → "Type").
func upperFirst(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
