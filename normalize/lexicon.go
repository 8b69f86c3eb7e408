package normalize

import (
	"encoding/binary"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The English lexicon of the module: the word tokenizer (Words), the stop
// words (IsStopWord), the stemmer (Stem) and the word lists the fact readers
// use. Keys are lower case ASCII, as tokens carry them in token.lc.

// Words yields the spans of the words of s, in order: runs of letters,
// marks and digits, with a comma or point between two digits kept inside
// ("2,500", "4.4"). Every package that splits text into words uses it.
func Words(s string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := -1
		prevDigit := false
		for i := 0; i <= len(s); {
			r, size := utf8.RuneError, 1
			if i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			in := i < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
			if !in && start >= 0 && prevDigit && (r == ',' || r == '.') && i+1 < len(s) && isDigit(s[i+1]) {
				in = true // "2,500", "4.4"
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(Span{start, i}) {
					return
				}
				start = -1
			}
			prevDigit = r >= '0' && r <= '9'
			i += size
		}
	}
}

// HasWords reports whether text holds words whole: at a place where no
// letter or digit runs on before or after them ("the second reading"
// holds "reading", not "read"). Both are compared as given; fold them
// (Fold) to compare them as names are. Empty words are never held.
func HasWords(text, words string) bool {
	for off := 0; words != ""; {
		i := strings.Index(text[off:], words)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(words):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = i + 1
	}
	return false
}

// IsStopWord reports whether a folded word carries grammar or attribution
// rather than the content of a claim: "the", "of", "is", "said", "also".
func IsStopWord(w string) bool {
	return lexiconFlags(w)&fStop != 0
}

// IsNumberWord reports whether a folded word is a number written out: a
// cardinal ("twelve", "forty") or a scale ("hundred", "dozen"), or the
// plural of a scale ("hundreds", "dozens").
func IsNumberWord(w string) bool {
	return lexiconFlags(w)&fCardinal != 0 || lexiconFlags(strings.TrimSuffix(w, "s"))&fScale != 0
}

// Stem returns a crude stem of an English word, enough to match the
// inflections of one verb or noun: "attacked", "attacks", "attacking" and
// "attack" all stem to "attack"; "moved" and "move" to "mov". It folds w first.
func Stem(w string) string {
	return stemFolded(Fold(w))
}

// stemFolded is Stem of a word already folded.
func stemFolded(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	// A suffix is only cut where a vowel stays: "shred" and "string" keep theirs.
	hasVowel := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < utf8.RuneSelf && vowels[c] { // a, e, i, o, u, y
				return true
			}
		}
		return false
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		w = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	// "stopped" -> "stopp" -> "stop"
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(rune(w[n-1])) && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cardinals are the number words that add to the value being read.
var cardinals = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scales multiply what was read before them: "2.5 million", "two hundred".
var scales = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

// scaleAbbrevs are abbreviated scales, written after a numeral: "$1.2bn", "5m".
// Single letters only count when attached to the digits.
var scaleAbbrevs = map[string]float64{
	"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12,
}

var scaleLetters = map[string]float64{"b": 1e9, "m": 1e6, "k": 1e3}

// ordinals are the ordinal words with their value. The plural of those from
// "third" on names a fraction's denominator ("two-thirds").
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}

// denominators are the words of fractions: "half", "two-thirds", "a quarter".
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourths": 4, "fifth": 5, "fifths": 5, "sixths": 6, "sevenths": 7,
	"eighths": 8, "ninths": 9, "tenths": 10,
}

// vague are plural scales that state an order of magnitude: "thousands of
// people" is at least two thousand and fewer than ten thousand.
var vague = map[string][2]float64{
	"dozens": {24, 144}, "hundreds": {200, 1000}, "thousands": {2000, 1e4},
	"several": {3, 9}, "scores": {40, 200},
	"millions": {2e6, 1e7}, "billions": {2e9, 1e10},
}

// valueWords open a quantity besides the numerals, the cardinals, the
// ordinals and the vague words: "tens of thousands", "a million", "half".
var valueWords = set("tens", "a", "an", "half")

// rangeOpeners open a range of times or dates: "between 7 and 9 p.m.",
// "from May 12 to May 14".
var rangeOpeners = set("between", "from")

// hedge is a qualifier of a number and the interval it implies.
type hedge struct {
	words []string
	class hedgeClass
}

// hedgeClass says which interval a hedge implies around its value v.
type hedgeClass uint8

const (
	hApprox  hedgeClass = iota + 1 // about v: within approxTolerance of v
	hBelow                         // nearly v: a little below v, up to v
	hAbove                         // just over v: v up to a little above
	hAtLeast                       // over v, at least v: v and up
	hAtMost                        // up to v, less than v: up to v
	hBetween                       // between v and w
)

// approxTolerance is the relative width of "about": "about 2,500" is
// [2375, 2625]. Narrow enough that "about 2,500" and "about 3,000" differ.
// About a count of things spans one either side at least: "about a dozen"
// is [11, 13].
const approxTolerance = 0.05

// nearTolerance is how far below v "nearly v" reaches, or above v "just over v".
const nearTolerance = 0.10

// hedges are the qualifiers of a number, longest first within a first word.
// Each is the sequence of lower case tokens that precede the number.
var hedges = []hedge{
	{[]string{"about"}, hApprox},
	{[]string{"approximately"}, hApprox},
	{[]string{"approx", "."}, hApprox},
	{[]string{"around"}, hApprox},
	{[]string{"roughly"}, hApprox},
	{[]string{"some"}, hApprox},
	{[]string{"an", "estimated"}, hApprox},
	{[]string{"estimated"}, hApprox},
	{[]string{"circa"}, hApprox},
	{[]string{"~"}, hApprox},
	{[]string{"nearly"}, hBelow},
	{[]string{"almost"}, hBelow},
	{[]string{"close", "to"}, hBelow},
	{[]string{"just", "under"}, hBelow},
	{[]string{"just", "below"}, hBelow},
	{[]string{"just", "short", "of"}, hBelow},
	{[]string{"just", "over"}, hAbove},
	{[]string{"just", "above"}, hAbove},
	{[]string{"slightly", "more", "than"}, hAbove},
	{[]string{"slightly", "over"}, hAbove},
	{[]string{"slightly", "above"}, hAbove},
	{[]string{"slightly", "less", "than"}, hBelow},
	{[]string{"slightly", "under"}, hBelow},
	{[]string{"slightly", "below"}, hBelow},
	{[]string{"well", "over"}, hAtLeast},
	{[]string{"well", "above"}, hAtLeast},
	{[]string{"well", "under"}, hAtMost},
	{[]string{"well", "below"}, hAtMost},
	{[]string{"a", "little", "over"}, hAbove},
	{[]string{"more", "than"}, hAtLeast},
	{[]string{"over"}, hAtLeast},
	{[]string{"above"}, hAtLeast},
	{[]string{"upwards", "of"}, hAtLeast},
	{[]string{"in", "excess", "of"}, hAtLeast},
	{[]string{"greater", "than"}, hAtLeast},
	{[]string{"at", "least"}, hAtLeast},
	{[]string{"no", "fewer", "than"}, hAtLeast},
	{[]string{"no", "less", "than"}, hAtLeast},
	{[]string{"a", "minimum", "of"}, hAtLeast},
	{[]string{"up", "to"}, hAtMost},
	{[]string{"as", "many", "as"}, hAtMost},
	{[]string{"as", "much", "as"}, hAtMost},
	{[]string{"at", "most"}, hAtMost},
	{[]string{"no", "more", "than"}, hAtMost},
	{[]string{"not", "more", "than"}, hAtMost},
	{[]string{"a", "maximum", "of"}, hAtMost},
	{[]string{"less", "than"}, hAtMost},
	{[]string{"fewer", "than"}, hAtMost},
	{[]string{"under"}, hAtMost},
	{[]string{"below"}, hAtMost},
	{[]string{"between"}, hBetween},
}

// hedgeStarts are the first words of hedges.
var hedgeStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range hedges {
		m[h.words[0]] = true
	}
	return m
}()

// hedgesByFirst indexes hedges by their first word, in their order.
var hedgesByFirst = func() map[string][]hedge {
	m := map[string][]hedge{}
	for _, h := range hedges {
		m[h.words[0]] = append(m[h.words[0]], h)
	}
	return m
}()

// percentWords name a percentage after a number.
var percentWords = map[string]bool{"percent": true, "pct": true, "%": true}

// timeWords after a numeral make it a clock time, which is neither a count nor a date.
var timeWords = set("gmt", "utc", "est", "edt", "et", "pst", "pdt", "cst", "cdt",
	"bst", "cet", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock")

// changeWords before "X to Y" make it a change, not a range: "fell $9.61 to $50.26".
var changeWords = set("fell", "rose", "dropped", "climbed", "increased", "decreased",
	"jumped", "gained", "slipped", "declined", "grew", "lost", "added", "up", "down",
	"from", "raised", "cut", "lowered", "boosted", "slid", "surged", "soared", "plunged",
	"tumbled", "eased", "advanced", "rising", "falling", "vote", "votes", "voted", "margin")

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs only name a month before a day or a year: "Jan. 27", "Sept 2006".
var monthAbbrevs = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays are numbered as in ISO 8601, Monday 1 to Sunday 7.
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sunday": 7,
	"mon": 1, "tues": 2, "tue": 2, "wed": 3, "thurs": 4, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
}

var seasons = map[string]Part{
	"spring": Spring, "summer": Summer, "autumn": Autumn, "fall": Autumn, "winter": Winter,
}

// holidays are the holidays of a fixed day that news names a day by, as
// lower-case words with straight apostrophes: "Christmas Day" is December 25. (Holidays whose day
// moves, or differs by country, are not dates by name alone.)
var holidays = []struct {
	words      []string
	month, day int
}{
	{[]string{"christmas", "day"}, 12, 25}, {[]string{"christmas", "eve"}, 12, 24},
	{[]string{"boxing", "day"}, 12, 26}, {[]string{"halloween"}, 10, 31},
	{[]string{"new", "year's", "day"}, 1, 1}, {[]string{"new", "year's", "eve"}, 12, 31},
	{[]string{"valentine's", "day"}, 2, 14},
}

// partWords open a part of a year or month: "late 2017", "mid-October".
var partWords = map[string]Part{"early": Early, "mid": Mid, "late": Late}

// partPhrases are longer ways to say the same: "the end of 2017".
var partPhrases = []struct {
	words []string
	part  Part
}{
	{[]string{"the", "beginning", "of"}, Early},
	{[]string{"beginning", "of"}, Early},
	{[]string{"the", "start", "of"}, Early},
	{[]string{"start", "of"}, Early},
	{[]string{"the", "middle", "of"}, Mid},
	{[]string{"middle", "of"}, Mid},
	{[]string{"the", "end", "of"}, Late},
	{[]string{"end", "of"}, Late},
}

// yearPreps before a four-digit number make it a year: "in 2014", "since 1998".
var yearPreps = set("in", "since", "by", "until", "till", "from", "of", "during",
	"before", "after", "through", "to", "between", "and", "or", "fiscal", "year",
	"early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", "-", "–", "'s", "year-end")

// stopWords end a noun phrase and never start a name. Lower case.
var stopWords = set(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
	"all", "both", "either", "neither", "no", "not", "nor", "and", "or", "but", "so", "yet",
	"of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto",
	"over", "under", "about", "above", "below", "after", "before", "since", "until",
	"between", "among", "against", "through", "during", "per", "than", "as", "like",
	"via", "across", "around", "near", "toward", "towards", "upon", "within", "off", "out",
	"up", "down", "if", "when", "while", "where", "whereas", "because", "although",
	"though", "unless", "whether", "which", "who", "whom", "whose", "what", "how", "why",
	"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
	"it", "its", "they", "them", "their", "there", "here", "is", "are", "was", "were",
	"nobody", "noone", "none", "nothing", "anybody", "anyone", "anything", "somebody",
	"someone", "something", "everybody", "everyone", "everything",
	"be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"said", "says", "say", "told", "also", "only", "just", "even", "still", "more",
	"most", "less", "least", "much", "many", "few", "fewer", "other", "another",
	"such", "own", "same", "then", "now", "today", "yesterday", "tomorrow", "tonight",
	"meanwhile", "however", "earlier", "later", "last", "next", "ago", "each", "according",
	"again", "already", "ever", "never", "too", "very", "else", "instead", "including",
	"despite", "amid", "whom", "whose", "once", "twice", "nearly", "almost", "roughly",
	"approximately", "some", "respectively", "apiece", "each", "overall", "total",
	"altogether", "combined", "annually", "a.m.", "p.m.", "s",
)

// titles are dropped from a name's key: "President Obama" keys as "obama".
var titles = set("mr", "mrs", "ms", "miss", "dr", "prof", "president", "vice",
	"sen", "senator", "rep", "representative", "gov", "governor", "mayor", "gen",
	"general", "lt", "col", "colonel", "maj", "major", "sgt", "capt", "captain",
	"adm", "admiral", "judge", "justice", "king", "queen", "prince", "princess",
	"pope", "rev", "sir", "dame", "lord", "prime", "minister", "secretary",
	"chancellor", "premier", "chairman", "chief", "sheikh", "ayatollah", "imam",
	"commander", "ambassador", "officer", "director", "spokesman", "spokeswoman",
	"attorney", "detective", "sheriff", "coach", "congressman", "congresswoman",
	"assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor",
	"councilor", "commissioner", "lieutenant", "sergeant", "superintendent",
	"inspector", "deputy", "professor", "rabbi", "archbishop",
	"chairwoman", "chairperson", "ceo", "emir", "sultan", "gens", "sens", "reps",
	"atty", "supt", "insp", "det", "cmdr", "cpl", "hon", "rt", "jr", "sr")

// suffixTitles are the titles dropped from the end of a name ("John Smith
// Jr.", "Frank T. Griswold III"); others there are surnames ("John Major",
// "Stephen King").
var suffixTitles = set("jr", "sr", "esq", "ii", "iii", "iv")

// nameAbbrevs are abbreviations that a name goes on after ("Dept. of
// Health", "Mt. Hood", "Ft. Worth"), besides titles and initials.
var nameAbbrevs = set("st", "mt", "ft", "dept", "corp", "co", "bros", "univ", "assn",
	"natl", "intl", "gov't", "int'l", "nat'l", "dep't", "ass'n")

// orgHeads end the names of organisations ("Environmental Protection
// Agency", "Federal Bureau of Investigation" aside), placeHeads the names
// of places ("Brandt County", "Alder Creek"): never of people. A title
// before either is part of the name ("King County"), and the masked form
// writes an organisation of three capitalized words or more as its
// initials, as newsrooms abbreviate it.
var (
	orgHeads = set("administration", "agency", "academy", "association", "authority",
		"board", "bureau", "center", "centre", "college", "commission", "committee",
		"company", "corporation", "council", "court", "department", "foundation", "fund",
		"institute", "institution", "league", "ministry", "office", "organization",
		"organisation", "party", "service", "society", "union", "university", "bank",
		"corps", "coalition", "alliance", "federation", "network", "tribunal", "trust",
		"force", "group")
	placeHeads = set("hospital", "museum", "school", "police", "army", "navy", "guard",
		"club", "parliament", "assembly", "senate", "congress", "nation", "state", "county",
		"city", "province", "district", "region", "river", "lake", "creek", "valley",
		"mountain", "island", "bay", "sea", "ocean", "falls", "dam", "park", "bridge",
		"street", "avenue", "road", "square", "airport", "station", "port", "harbor",
		"harbour", "canyon", "desert", "forest", "beach", "coast", "peninsula", "strait",
		"gulf", "village", "town", "township", "parish", "borough", "republic", "kingdom",
		"territory", "heights", "reservoir")
)

// nameOpeners open names of organisations that go on after "for" or "and":
// "Centers for Disease Control and Prevention", "Ministry of Trade and
// Industry".
var nameOpeners = set("center", "centers", "centre", "centres", "institute", "committee",
	"commission", "council", "campaign", "coalition", "alliance", "foundation", "fund",
	"office", "bureau", "department", "ministry", "agency", "society", "association",
	"league", "network", "partnership", "school", "college", "museum", "dept")

// attribution verbs after a name make it the speaker: "X said the" and "Y
// said the" name two speakers of one claim.
var attribution = set("said", "says", "say", "told", "added", "stated", "wrote", "announced")

// timeSpans name a stretch of time: beside a name they say when, not what
// part it plays ("X on Sunday" and "Y on Sunday", "X last week").
var timeSpans = set("day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
	"hour", "hours", "decade")

// closedWords are function words WordNet does not list (pronouns,
// prepositions, conjunctions): a capital that opens a sentence on one of
// them is no name, though WordNet does not know the word.
var closedWords = set("whilst", "amongst", "everyone", "everything", "anyone", "anything",
	"anybody", "everybody", "whichever", "whenever", "whoever", "whomever", "myself",
	"yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
	"ours", "yours", "hers", "theirs", "onto", "unto", "toward", "towards", "upon",
	"via", "per", "whose", "although", "unless", "whether", "thereby", "whereby", "wherein",
	"hereby", "whereas", "amid", "amidst")

// particles join the parts of a name ("al-Sudani", "bin Laden", "van Gogh")
// and are dropped from its key when more words follow.
var particles = set("al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von",
	"der", "den", "la", "le", "del", "dos", "das", "ul")

// auxiliaries and fillers are skipped when looking for what a negation negates.
var negationFillers = set("be", "been", "being", "is", "are", "was", "were", "am",
	"have", "has", "had", "do", "does", "did", "will", "would", "can", "could",
	"shall", "should", "may", "might", "must", "yet", "also", "even", "ever",
	"immediately", "really", "necessarily", "always", "a", "an", "the", "any", "that",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
	"to", "so", "much", "longer", "been", "get", "got", "been", "one", "single",
	"all", "enough", "more", "further", "previously", "initially", "publicly", "officially")

// clauseEnds end the scope of a negation.
var clauseEnds = set("but", "and", "or", "while", "although", "though", "because",
	"which", "who", "whereas", "however", "since", "after", "before", "when", "as",
	"said", "says", "according", "if", "unless")

// The words of clock times and relative dates (time.go, dates.go).

// meridiems after a clock reading say which half of the day it is in, as
// minutes to add to an hour of 1-12 ("11 p.m." is 11 + 12 hours).
var meridiems = map[string]int{"a.m.": 0, "a.m": 0, "am": 0, "p.m.": 720, "p.m": 720, "pm": 720}

// clockWords are clock readings in words, in minutes after midnight.
var clockWords = map[string]int{"noon": 720, "midday": 720, "midnight": 0}

// dayParts are the parts of a day, as the minutes after midnight they
// cover, [from, to]; from > to wraps past midnight. "night" runs from
// 19:00 to 05:00, so that "Saturday night" fits 11 p.m. and 1 a.m.
var dayParts = map[string][2]int{
	"morning": {300, 720}, "afternoon": {720, 1080}, "evening": {1020, 1380},
	"night": {1140, 300}, "overnight": {1260, 360}, "nighttime": {1140, 300},
	"dawn": {240, 450}, "daybreak": {240, 450}, "sunrise": {240, 450},
	"dusk": {1020, 1260}, "sunset": {1020, 1260}, "nightfall": {1020, 1260},
	"lunchtime": {690, 840}, "midmorning": {540, 690}, "midafternoon": {840, 960},
}

// smallHours is what "the early hours", "the small hours" and "the wee
// hours" of a day cover.
var smallHours = [2]int{0, 360}

// dayEdges are early and late as parts of a day before it: "late on
// Saturday" is the evening and night, "early Sunday" the small hours and
// the morning.
var dayEdges = map[Part][2]int{Early: {0, 540}, Late: {1080, 1440}}

// timeHedge is a qualifier of a clock time and the interval it implies.
type timeHedge struct {
	words []string
	class hedgeClass // hApprox: within a tolerance; hBelow: shortly before; hAbove: shortly after; hAtMost: before; hAtLeast: after
	name  string     // how Time.Hedge writes it
}

// timeHedges qualify a clock time, longest first within a first word.
var timeHedges = []timeHedge{
	{[]string{"about"}, hApprox, "about"},
	{[]string{"around"}, hApprox, "about"},
	{[]string{"approximately"}, hApprox, "about"},
	{[]string{"approx", "."}, hApprox, "about"},
	{[]string{"roughly"}, hApprox, "about"},
	{[]string{"circa"}, hApprox, "about"},
	{[]string{"sometime", "around"}, hApprox, "about"},
	{[]string{"some", "time", "around"}, hApprox, "about"},
	{[]string{"shortly", "before"}, hBelow, "shortly before"},
	{[]string{"shortly", "after"}, hAbove, "shortly after"},
	{[]string{"shortly", "past"}, hAbove, "shortly after"},
	{[]string{"just", "before"}, hBelow, "shortly before"},
	{[]string{"just", "after"}, hAbove, "shortly after"},
	{[]string{"just", "past"}, hAbove, "shortly after"},
	{[]string{"just", "under"}, hBelow, "shortly before"},
	{[]string{"right", "before"}, hBelow, "shortly before"},
	{[]string{"right", "after"}, hAbove, "shortly after"},
	{[]string{"soon", "after"}, hAbove, "shortly after"},
	{[]string{"minutes", "before"}, hBelow, "shortly before"},
	{[]string{"minutes", "after"}, hAbove, "shortly after"},
	{[]string{"moments", "before"}, hBelow, "shortly before"},
	{[]string{"moments", "after"}, hAbove, "shortly after"},
	{[]string{"a", "little", "before"}, hBelow, "shortly before"},
	{[]string{"a", "little", "after"}, hAbove, "shortly after"},
	{[]string{"slightly", "before"}, hBelow, "shortly before"},
	{[]string{"slightly", "after"}, hAbove, "shortly after"},
	{[]string{"nearly"}, hBelow, "shortly before"},
	{[]string{"almost"}, hBelow, "shortly before"},
	{[]string{"before"}, hAtMost, "before"},
	{[]string{"by"}, hAtMost, "before"},
	{[]string{"after"}, hAtLeast, "after"},
}

// timeHedgesByFirst indexes timeHedges by their first word, in their order.
var timeHedgesByFirst = func() map[string][]timeHedge {
	m := map[string][]timeHedge{}
	for _, h := range timeHedges {
		m[h.words[0]] = append(m[h.words[0]], h)
	}
	return m
}()

// zones are the time zones written after a clock time, by their folded
// abbreviation or name; an abbreviation counts only in capitals ("EDT",
// not "est"). Offsets are minutes east of UTC. Names for both summer and
// winter time ("ET") span both offsets. Ambiguous abbreviations (IST, AST)
// are left out.
var zones = map[string]Zone{
	"utc": {"UTC", 0, 0, true}, "gmt": {"GMT", 0, 0, true}, "z": {"UTC", 0, 0, true},
	"est": {"EST", -300, -300, true}, "edt": {"EDT", -240, -240, true}, "et": {"ET", -300, -240, true},
	"cst": {"CST", -360, -360, true}, "cdt": {"CDT", -300, -300, true}, "ct": {"CT", -360, -300, true},
	"mst": {"MST", -420, -420, true}, "mdt": {"MDT", -360, -360, true}, "mt": {"MT", -420, -360, true},
	"pst": {"PST", -480, -480, true}, "pdt": {"PDT", -420, -420, true}, "pt": {"PT", -480, -420, true},
	"akst": {"AKST", -540, -540, true}, "akdt": {"AKDT", -480, -480, true}, "hst": {"HST", -600, -600, true},
	"bst": {"BST", 60, 60, true}, "wet": {"WET", 0, 0, true}, "west": {"WEST", 60, 60, true},
	"cet": {"CET", 60, 60, true}, "cest": {"CEST", 120, 120, true}, "eet": {"EET", 120, 120, true},
	"eest": {"EEST", 180, 180, true}, "msk": {"MSK", 180, 180, true}, "jst": {"JST", 540, 540, true},
	"kst": {"KST", 540, 540, true}, "hkt": {"HKT", 480, 480, true}, "sgt": {"SGT", 480, 480, true},
	"aest": {"AEST", 600, 600, true}, "aedt": {"AEDT", 660, 660, true}, "awst": {"AWST", 480, 480, true},
	"nzst": {"NZST", 720, 720, true}, "nzdt": {"NZDT", 780, 780, true}, "pkt": {"PKT", 300, 300, true},
	"sast": {"SAST", 120, 120, true}, "eat": {"EAT", 180, 180, true}, "wat": {"WAT", 60, 60, true},
}

// zoneNames are zones written as a word before "time": "Eastern time",
// "Moscow time", "local time" (whose offset is unknown).
var zoneNames = map[string]Zone{
	"local":    {Name: "local"},
	"eastern":  {"ET", -300, -240, true},
	"central":  {"CT", -360, -300, true},
	"mountain": {"MT", -420, -360, true},
	"pacific":  {"PT", -480, -420, true},
	"moscow":   {"MSK", 180, 180, true},
	"beijing":  {"Beijing", 480, 480, true},
}

// decadeWords are the decades in words: "the seventies". Those of the
// twentieth century name no century ("the twenties"), so Date.Century is
// false for them; "the noughties" are the 2000s.
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90, "noughties": 2000, "aughts": 2000}

// relativeDays are the days named relative to the day of writing.
var relativeDays = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}

// relativeSteps open a date relative to the day of writing: "last week",
// "next month", "this year".
var relativeSteps = map[string]int{"last": -1, "this": 0, "next": 1, "coming": 1}

// relativeUnits are the units of relative dates: "last week", "three years ago".
var relativeUnits = map[string]RelUnit{"day": RelDay, "days": RelDay, "week": RelWeek, "weeks": RelWeek,
	"weekend": RelWeek, "month": RelMonth, "months": RelMonth, "year": RelYear, "years": RelYear}

// futureCues in a sentence before a weekday make it the next such day
// rather than the last: "will meet on Monday".
var futureCues = set("will", "shall", "scheduled", "due", "expected", "plans", "planned",
	"planning", "slated", "upcoming", "intends", "aims")

// dateChanges before "from X to Y" make it a change, not a range: "the vote
// was moved from May 12 to May 14".
var dateChanges = set("moved", "postponed", "delayed", "pushed", "rescheduled", "changed",
	"shifted", "brought", "advanced", "put", "extended", "cut", "shortened", "move", "postpone", "delay")

// lexFlag marks the word lists above that a token's lower-case text is in.
// Tokenizing looks each token up once in lexicon, so that the readers test
// a bit instead of hashing the same word into a dozen maps.
type lexFlag uint64

const (
	fStop lexFlag = 1 << iota
	fClauseEnd
	fNegationFiller
	fTitle
	fSuffixTitle
	fParticle
	fCardinal
	fScale
	fScaleAbbrev
	fScaleLetter
	fOrdinal
	fDenominator
	fVague
	fValueWord
	fHedgeStart
	fCurrency
	fPercent
	fTime
	fChange
	fMonth
	fMonthAbbrev
	fWeekday
	fSeason
	fPartWord
	fYearPrep
	fIrregularPlural
	fCommonVerb
	fQuote
	fPartPhraseStart
	fPartPhraseNext // the second word of a part phrase
	fMeridiem       // a.m., p.m.
	fClockWord      // noon, midday, midnight
	fDayPart        // morning, night, ...
	fTimeHedge      // first words of timeHedges
	fZone           // zone abbreviations and names
	fDecade         // the seventies
	fRelative       // yesterday, today, last, next, this, ago
	fNameAbbrev
	fNameHead // orgHeads and placeHeads
	fOrgHead
	fNameOpener
	fDirection // a word of the direction lexicon (direction.go)
	fOutcome   // a word of the outcome lexicon (predicate.go)
	fVerb      // an irregular verb or the verb of a light-verb construction (role.go)
	fRangeOpen // between, from
	fNegationCue
	fVulgarFraction // a fraction character: "½" (numbers.go)
	fHoliday        // first words of holidays
	fPreposition    // prepositions (role.go)
	fTimeSpan       // timeSpans
	fTimeAdverb     // timeAdverbs (role.go)
	fTimePrep       // timePreps (time.go)
	fPhraseWhole    // a hedge or a time hedge of one word: "about", "by"
	fPhraseNext     // the second word of a hedge, a time hedge or a part phrase: "excess", "least", "end"
	fFewWord        // fewWords: "few", "couple", "handful"
	fDeterminer     // determiners (direction.go)
	fUnitStart      // the first words of units (measuresByFirst, units.go)

	// Flags of no word list, which Extract adds to a token's to choose the
	// readers to call at it (see readKey and kind.opens).
	fNumeral    // the token is a numeral
	fPunct      // the token is neither a numeral nor a word
	fUpper      // the token is a capitalized word
	fApostrophe // the token is a word with an apostrophe inside
	fBeforeNum  // the token comes before a numeral or a currency sign or code
	fNotLetters // the token is a word with a byte that is no ASCII letter: "didn't", "U.S.", "Zürich"
	fClockMarks // the token is a numeral with ':' or '/' inside: "10:30", "1/27/2024" (see numeralOpensTime)
)

// lexicon maps every word of the lists to the flags of the lists it is in.
var lexicon = func() map[string]lexFlag {
	m := map[string]lexFlag{}
	add := func(f lexFlag, words []string) {
		for _, w := range words {
			m[w] |= f
		}
	}
	add(fStop, keys(stopWords))
	add(fClauseEnd, keys(clauseEnds))
	add(fNegationFiller, keys(negationFillers))
	add(fTitle, keys(titles))
	add(fSuffixTitle, keys(suffixTitles))
	add(fParticle, keys(particles))
	add(fCardinal, keys(cardinals))
	add(fScale, keys(scales))
	add(fScaleAbbrev, keys(scaleAbbrevs))
	add(fScaleLetter, keys(scaleLetters))
	add(fOrdinal, keys(ordinals))
	add(fDenominator, keys(denominators))
	add(fVague, keys(vague))
	add(fValueWord, keys(valueWords))
	add(fRangeOpen, keys(rangeOpeners))
	add(fNegationCue, keys(negationCues))
	add(fHedgeStart, keys(hedgeStarts))
	add(fCurrency, keys(currencySigns))
	add(fPercent, keys(percentWords))
	add(fTime, keys(timeWords))
	add(fChange, keys(changeWords))
	add(fMonth, keys(months))
	add(fMonthAbbrev, keys(monthAbbrevs))
	add(fWeekday, keys(weekdays))
	add(fSeason, keys(seasons))
	add(fPartWord, keys(partWords))
	add(fYearPrep, keys(yearPreps))
	add(fIrregularPlural, keys(irregularPlurals))
	add(fCommonVerb, keys(commonVerbs))
	add(fQuote, keys(quoteMarks))
	add(fMeridiem, keys(meridiems))
	add(fClockWord, keys(clockWords))
	add(fDayPart, keys(dayParts))
	add(fDayPart, []string{"early", "small", "wee"}) // "the early hours"
	add(fTimeHedge, keys(timeHedgesByFirst))
	add(fZone, keys(zones))
	add(fZone, keys(zoneNames))
	add(fDecade, keys(decadeWords))
	add(fRelative, keys(relativeDays))
	add(fRelative, keys(relativeSteps))
	add(fRelative, []string{"ago"})
	for w := range relativeDays {
		add(fRelative, []string{w + "'s", w + "’s"}) // "today's editions"
	}
	add(fNameAbbrev, keys(nameAbbrevs))
	add(fNameHead, keys(orgHeads))
	add(fNameHead, keys(placeHeads))
	add(fOrgHead, keys(orgHeads))
	add(fNameOpener, keys(nameOpeners))
	add(fDirection, keys(dirWords))
	add(fOutcome, keys(outcomeWords))
	add(fOutcome, []string{"fatally", "mortally"}) // "fatally injured"
	add(fVerb, keys(irregularVerbs))
	add(fVerb, keys(lightByVerb))
	add(fVulgarFraction, keys(vulgarFractions))
	add(fPreposition, keys(prepositions))
	add(fUnitStart, keys(measuresByFirst))
	add(fTimeSpan, keys(timeSpans))
	add(fTimeAdverb, keys(timeAdverbs))
	add(fTimePrep, keys(timePreps))
	for _, h := range holidays {
		m[h.words[0]] |= fHoliday
		m[strings.ReplaceAll(h.words[0], "'", "’")] |= fHoliday // read with either apostrophe
	}
	for _, pp := range partPhrases {
		m[pp.words[0]] |= fPartPhraseStart
		m[pp.words[1]] |= fPartPhraseNext | fPhraseNext
	}
	phrase := func(words []string) {
		if len(words) == 1 {
			m[words[0]] |= fPhraseWhole
		} else {
			m[words[1]] |= fPhraseNext
		}
	}
	for _, h := range hedges {
		phrase(h.words)
	}
	for _, h := range timeHedges {
		phrase(h.words)
	}
	add(fFewWord, keys(fewWords))
	add(fDeterminer, keys(determiners))
	return m
}()

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// lexiconBytes holds the flags of the one-byte words: punctuation and "a".
var lexiconBytes = func() (t [256]lexFlag) {
	for w, f := range lexicon {
		if len(w) == 1 {
			t[w[0]] = f
		}
	}
	return t
}()

// lexiconTable is the lexicon's words of 2 to maxLexWord bytes as an
// open-addressing hash table, built from lexicon: every token is looked up
// once, and most are turned away or found in one probe, where a Go map
// hashes the whole word and compares it in memory. A word is held as its
// length, its first eight bytes and, past eight, its last eight, which for
// such words say all of it, so that finding it compares three numbers.
var lexiconTable = func() (t lexTable) {
	// In the words' order, not the map's: the same table, and the same
	// probes for each word, in every run of the program.
	for _, w := range slices.Sorted(maps.Keys(lexicon)) {
		if len(w) > maxLexWord {
			panic("normalize: lexicon word over maxLexWord bytes: " + w) // a programming error
		}
		k := t.add(newLexEntry(w), lexicon[w])
		if len(w) == 1 {
			t.bytes[w[0]] = k // no slot leads to it (see lexiconBytes)
			continue
		}
		h := t.entries[k].slot()
		for t.slots[h] != 0 {
			h = (h + 1) % lexiconSlots
		}
		t.slots[h] = k
	}
	return t
}()

// lexTable is the type of lexiconTable.
type lexTable struct {
	slots [lexiconSlots]uint16 // the index in entries; 0 for an empty slot
	// entries from 1 on, as many as the table may hold and a power of
	// two, so that an index is masked into range rather than checked.
	entries [lexiconSlots / 2]lexEntry
	n       int // the entries in use, from 1 on
	// bytes holds the index in entries of each one-byte word (see
	// token.entry), 0 for a byte the lexicon lacks.
	bytes [256]uint16
}

// add puts e with flags f in the next entry and returns its index.
func (t *lexTable) add(e lexEntry, f lexFlag) uint16 {
	// Fewer words than entries keep the table at most half full.
	if t.n++; t.n >= len(t.entries) {
		panic("normalize: lexiconSlots too small for the lexicon") // a programming error
	}
	e.flags = f
	t.entries[t.n] = e
	return uint16(t.n)
}

// lexiconSlots is the size of lexiconTable, a power of two at least twice
// the number of words, so that probes stay short: about five times the
// 1,657 words of today, where most lookups, of words the lexicon lacks
// too, take one probe (16 KB of slots).
const lexiconSlots = 8192

// maxLexWord is the length in bytes of the longest word the lexicon may
// hold: a longer one is in no list, so that a lookup needs no other path
// (a word list with a longer word stops the program at start-up).
const maxLexWord = 16

// lexEntry is a word of lexiconTable and its flags.
type lexEntry struct {
	head, tail uint64 // the first eight bytes and, past eight, the last eight, little-endian, zero-padded
	n          int    // the length
	flags      lexFlag
}

// newLexEntry returns the entry of a word of 2 to maxLexWord bytes, without flags.
func newLexEntry[S string | []byte](w S) lexEntry {
	e := lexEntry{n: len(w)}
	if len(w) > 8 {
		e.head, e.tail = le64(w), le64(w[len(w)-8:])
		return e
	}
	for i := len(w) - 1; i >= 0; i-- {
		e.head = e.head<<8 | uint64(w[i])
	}
	return e
}

// le64 returns the first eight bytes of s as a little-endian number.
func le64[S string | []byte](s S) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// slot returns the first slot of lexiconTable to probe for e.
func (e lexEntry) slot() uint {
	// The length is left out, which keeps find small enough to be
	// inlined: the head and tail tell most words apart.
	h := (e.head ^ e.tail*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
	return uint(h >> (64 - 13)) // 13 bits: lexiconSlots
}

// lexiconFlags returns the flags of a lower-case word.
func lexiconFlags[S string | []byte](lc S) lexFlag {
	switch {
	case len(lc) == 1:
		return lexiconBytes[lc[0]]
	case len(lc) == 0 || len(lc) > maxLexWord:
		return 0
	}
	_, f := newLexEntry(lc).find()
	return f
}

// lexiconFlagsAt returns the flags of the lower-case word at bytes
// [start,end) of buf, which holds at least eight bytes after end (see
// tokenize): the word's first eight bytes are then read at once.
// (tokenize makes the same lookups itself: the call would spill its loop's
// values.)
func lexiconFlagsAt(buf []byte, start, end int) lexFlag {
	switch n := end - start; {
	case n == 1:
		return lexiconBytes[buf[start]]
	case n <= 0 || n > maxLexWord:
		return 0
	case n <= 8:
		_, f := shortLexEntry(buf, start, n).find()
		return f
	}
	_, f := longLexEntry(buf, start, end).find()
	return f
}

// shortLexEntry returns the entry of the word of n bytes, 2 to 8, at byte
// start of buf, which holds at least eight bytes from start (see
// newLexEntry).
func shortLexEntry(buf []byte, start, n int) lexEntry {
	// Eight bytes sliced with their capacity, and the bytes past the word
	// shifted out by a count known to be under 64: the compiler then
	// tests fewer bounds and shifts.
	pad := uint(64-8*n) & 63
	return lexEntry{head: binary.LittleEndian.Uint64(buf[start:start+8:start+8]) << pad >> pad, n: n}
}

// longLexEntry returns the entry of the word of 9 to maxLexWord bytes at
// bytes [start,end) of buf (see newLexEntry).
func longLexEntry(buf []byte, start, end int) lexEntry {
	return lexEntry{head: binary.LittleEndian.Uint64(buf[start : start+8 : start+8]), tail: binary.LittleEndian.Uint64(buf[end-8 : end : end]), n: end - start}
}

// find returns the index of the word e in lexiconTable.entries and its
// flags, 0 and 0 when it is not there. (Small enough to be inlined into
// the lookups: keep it so.)
func (e lexEntry) find() (uint16, lexFlag) {
	for h := e.slot(); ; h++ {
		k := lexiconTable.slots[h%lexiconSlots]
		if k == 0 {
			return 0, 0
		}
		if x := &lexiconTable.entries[k%(lexiconSlots/2)]; x.head == e.head && x.tail == e.tail && x.n == e.n {
			return k, x.flags
		}
	}
}

// lexiconEntry returns the index of a lower-case word in
// lexiconTable.entries, 0 when the lexicon lacks it.
func lexiconEntry(lc string) uint16 {
	switch {
	case len(lc) == 1:
		return lexiconTable.bytes[lc[0]]
	case len(lc) == 0 || len(lc) > maxLexWord:
		return 0
	}
	k, _ := newLexEntry(lc).find()
	return k
}

// lexValues holds the values of a word list of the lexicon by entry, so
// that a reader finds a token's value by the entry tokenize found for it
// (token.entry) rather than hashing its text into the list's map again.
type lexValues[V any] struct {
	at   []uint16 // by entry: 1 + the index of the word's value in vals; 0 for a word not in the list
	vals []V
}

// byEntry returns the values of m, a word list of the lexicon, by entry.
func byEntry[V any](m map[string]V) *lexValues[V] {
	l := &lexValues[V]{at: make([]uint16, lexiconTable.n+1)}
	for _, w := range slices.Sorted(maps.Keys(m)) {
		k := lexiconEntry(w)
		if k == 0 {
			panic("normalize: a word list's word is not in the lexicon: " + w) // a programming error
		}
		l.vals = append(l.vals, m[w])
		l.at[k] = uint16(len(l.vals))
	}
	return l
}

// The word lists the readers look tokens up in, by lexicon entry (see
// lexValues).
var (
	cardinalsByEntry       = byEntry(cardinals)
	scalesByEntry          = byEntry(scales)
	scaleAbbrevsByEntry    = byEntry(scaleAbbrevs)
	scaleLettersByEntry    = byEntry(scaleLetters)
	ordinalsByEntry        = byEntry(ordinals)
	denominatorsByEntry    = byEntry(denominators)
	vagueByEntry           = byEntry(vague)
	fewWordsByEntry        = byEntry(fewWords)
	hedgesByEntry          = byEntry(hedgesByFirst)
	currencySignsByEntry   = byEntry(currencySigns)
	vulgarFractionsByEntry = byEntry(vulgarFractions)
	measuresByEntry        = byEntry(measuresByFirst)
	monthsByEntry          = byEntry(months)
	monthAbbrevsByEntry    = byEntry(monthAbbrevs)
	weekdaysByEntry        = byEntry(weekdays)
	seasonsByEntry         = byEntry(seasons)
	partWordsByEntry       = byEntry(partWords)
	decadeWordsByEntry     = byEntry(decadeWords)
	relativeStepsByEntry   = byEntry(relativeSteps)
	relativeUnitsByEntry   = byEntry(relativeUnits)
	dirWordsByEntry        = byEntry(dirWords)
	negationCuesByEntry    = byEntry(negationCues)
	outcomeWordsByEntry    = byEntry(outcomeWords)
	lightByVerbByEntry     = byEntry(lightByVerb)
	irregularVerbsByEntry  = byEntry(irregularVerbs)
	clockWordsByEntry      = byEntry(clockWords)
	meridiemsByEntry       = byEntry(meridiems)
	dayPartsByEntry        = byEntry(dayParts)
)

// of returns the value of token t's word, false when the list lacks it.
func (l *lexValues[V]) of(t *token) (V, bool) {
	if k := l.at[t.entry]; k != 0 {
		return l.vals[k-1], true
	}
	var zero V
	return zero, false
}

// valueAt returns the value of token i's word, false when the list lacks
// it or i is past either end.
func (l *lexValues[V]) valueAt(p *parser, i int) (V, bool) {
	if uint(i) < uint(len(p.toks)) {
		return l.of(&p.toks[i])
	}
	var zero V
	return zero, false
}

// is reports whether token i is in any of the lists of f; false past either end.
func (p *parser) is(i int, f lexFlag) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].lex&f != 0
}
