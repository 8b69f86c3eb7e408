// Package segment splits text into sentences and marks the lines that are
// site furniture (navigation, prompts, teasers, bylines, credits) rather
// than article text.
//
// Every sentence is a half-open byte range [Start,End) of the input, white
// space trimmed at both ends, so text[s.Start:s.End] is always the exact text
// of the sentence, whatever the input (invalid UTF-8 included). Sentences are
// in order, never overlap, are never empty and together cover every
// non-space byte of the input: furniture is marked, never dropped.
//
// # Sentence boundaries
//
// A sentence ends at . ! ? … (and 。！？, which need no space after them;
// Arabic ؟ and ۔, Devanagari । and ॥, Ethiopic ። and Armenian ։), together
// with any closing quotes and brackets and citation markers that follow
// ("in 1805.[6]", "in 1805. [6][7]"). Rule-based cues, checked against the
// 52 English "Golden Rules" of Pragmatic Segmenter, decide the ambiguous
// cases. A period after a title (Mr., Gen.) never ends a sentence. After
// another abbreviation the words around it decide, not the abbreviation
// alone: a word that usually starts sentences follows ("U.S. The" but not
// "U.S. Government"), or a subject and its verb after an abbreviation that
// ends a name ("on Birch Rd. Witnesses said", but "in St. Louis
// overturned"); a suffix holds inside a name used with "the" ("the Ruth
// Ames Jr. Arena") or in a line of capitalized words ("Ken Griffey Jr.
// Stadium will"); a letter after a noun that takes one ("Hall C.") is no
// initial; "No." before a word is the word no; chains of abbreviations
// hold ("Colo. Rev. Stat. §", "Fed. R. Civ. P."); a capitalized word with
// no vowel is an abbreviation ("Cnty."), an acronym in capitals is not.
// Numbers, decimals, web and e-mail addresses and initials hold together;
// "[...]" and a spaced ". . ." are omissions, a fourth dot ends the
// sentence; a quotation closed by ? or ! stays with its attribution ("'Why?'
// Smith asked."); numbered, lettered, roman-numeral and bulleted list items
// start new sentences even without punctuation. Informal text (lines that
// start in lower case after a finished sentence, a lower-case pronoun "i")
// may start sentences in lower case.
//
// # Line breaks
//
// Text reaches the splitter in two shapes, and a line break means different
// things in each:
//
//   - News (the zero Options): scraped articles put one paragraph, headline,
//     byline or menu item per line. A line break ends a sentence, so a
//     headline with no final punctuation stays apart from the paragraph
//     below it. One exception keeps stray breaks from cutting sentences: a
//     line that starts like a sentence (a capital letter, two words or more)
//     and stops without punctuation continues on the next line when that
//     line starts with a lower-case word ("It was a cold\nnight in the
//     city." is one sentence; "features\ncontact manager" is two), unless
//     the text is informal or the word is an address ("press@example.com"),
//     or when it ends in a lower-case article, determiner, "of" or
//     conjunction ("The wall of the\nAlder Creek dam gave way."), or in a
//     preposition and a space, as fold -s and flowed e-mail leave a line.
//   - Hard-wrapped (Options{HardWrap: true}): PDF extracts and e-mail wrap
//     lines at a fixed width, so a single line break is a space and only a
//     blank line, a line that starts with a bullet, a list number or a quote
//     mark (">"), or a line the next line's first word would have fitted on
//     ("Best,\nKaren": the writer broke it, not the wrapper) starts a new
//     paragraph. The zero Options switch to this mode by themselves when
//     most line breaks of a text visibly fall inside sentences (a line with
//     no final punctuation followed by one that starts with a lower-case
//     word, at least four times and for a third of the line breaks), which
//     scraped news does not do.
//
// In both modes sentence text is the input bytes as written: a sentence that
// spans a line break keeps the break ("cold\nnight").
//
// # Furniture
//
// Split marks (never drops) furniture with Sentence.Furniture and names the
// cue in Sentence.Reason. The cues are general, not tied to any site or
// outlet, and a cue marks a line only when the line as a whole looks like
// furniture:
//
//   - a byline ("By Ana Ruiz and Tom Bell", "By Lee Park, Associated
//     Press", "Posted by kestrel_88", "By Ana Ruiz | ana@ledger.example"), a time stamp ("Updated 4:10 PM EST,
//     Tue January 9, 2024", "3 hours ago"), a photo credit ("AFP/Getty
//     Images", "Photo: Name/Agency"), a copyright notice, an editorial note
//     ("... contributed to this report.", "Editing by ...");
//   - a dateline ("DENVER (AP) —", "PARIS, May 2 (Reuters) -") before the
//     first sentence of a paragraph: it becomes its own furniture span and
//     the sentence starts after the dash, so it is never compared as a
//     fact. A byline, a time stamp or a credit glued to the start of a
//     sentence is cut off it the same way ("By Ana Ruiz The storm ...",
//     and with its comma "By Mara Olsen, the river rose ...", but not
//     capitalized words that open with an adjective or name a date: "By
//     Executive Order, the governor ...", "By Christmas Eve, the river
//     ..."), and a
//     credit that ends a caption's line is cut off the caption;
//   - a short line repeated within the document, a call to action at the
//     start of a short line with no verb of its own ("Click to comment",
//     not "Contact tracing will resume this week"; of up to 14 words when it
//     names something of the page: "Subscribe to the Ledger for weekly
//     analysis of the courts"), a row of sharing links ("Share on
//     Facebook · Share on X · Email this story"), an appeal for the
//     reader's money ("Support independent journalism: subscribe from $4
//     a month", "The Lakeside Ledger is reader-funded."), a contact line
//     of up to 14 words (an e-mail address, or "Call" or "Phone" and a
//     number of seven digits or more: "Write to newsroom@ledger.example",
//     "Call the newsdesk on 01632 448 210"), a
//     short question put to the reader ("Have a news tip?"), navigation
//     words alone on a line, a furniture label before a colon ("RELATED: ...", "Read
//     more: ...", which marks its own sentence and not the claims after it
//     on the line), a line cut off by an ellipsis, a short line that
//     addresses the reader, a paragraph of very short verbless fragments (an
//     author bio: "Coffee lover. Writer."; "Two died. Three were hurt." is
//     news), a line that starts with an author's name from the byline and
//     describes them, a bracketed marker ("[1]" alone), headline-like lines
//     after a navigation line, a very short label line outside the
//     article body (a section name above the headline), and a line that is
//     the outlet's name alone, as the document's copyright notice gives it
//     ("Harbor Gazette" and "© 2025 Harbor Gazette."), wherever it stands.
//
// A line that reports is none of the calls to action, contact lines,
// questions or prompts, whatever it opens with or holds: "said" or "says"
// after its first word, or a verb in the past in a line that does not say
// "you" ("Share prices fell more than 10 percent", "The messages asked
// victims to reply to refunds@...", "Call 0800 555 0199 if you see the
// man, police said").
package segment

import (
	"strings"
	"unicode/utf8"
)

// Sentence is one sentence of a text.
type Sentence struct {
	Start, End int  // byte offsets into the input, half-open
	Furniture  bool // site furniture, not article text
	// Paragraph numbers the paragraph the sentence is in, from 0 in text
	// order: a line in news mode, a run of lines up to a blank line in
	// hard-wrapped text.
	Paragraph int
	// Reason names the cue that marked the sentence as furniture (one of the
	// Reason constants); it is empty when Furniture is false.
	Reason string
}

// Reasons for Sentence.Furniture.
const (
	ReasonMarker     = "marker"         // a bracketed marker such as "[1]" or "[Citation: ...]"
	ReasonTeaser     = "teaser"         // a line cut off by an ellipsis, or a headline listed after a navigation line
	ReasonRepeated   = "repeated"       // a short line that occurs more than once in the document
	ReasonAction     = "call to action" // a short line that starts with "Click", "Share", "Subscribe", ..., a row of sharing links, an appeal for the reader's money
	ReasonNavigation = "navigation"     // navigation words alone on a line ("Next Article")
	ReasonLabel      = "label"          // a furniture label and colon ("READ MORE: ..."), a section label outside the body, the outlet's name alone
	ReasonPrompt     = "reader prompt"  // a short line, or a form line, that addresses the reader; a contact line ("Write to newsroom@...")
	ReasonBio        = "bio"            // a paragraph of very short fragments, such as an author bio
	ReasonCredit     = "credit"         // a photo or image credit: "(Photo: ...)", "AFP/Getty Images", "CreditJane Doe/AP"
	ReasonByline     = "byline"         // the writers: "By Ana Ruiz and Tom Bell", "By Lee Park, Associated Press"
	ReasonTimestamp  = "timestamp"      // when the page was published: "Updated 4:10 PM EST, Tue January 9, 2024"
	ReasonDateline   = "dateline"       // where the story was filed, before its first sentence: "DENVER (AP) —"
	ReasonCopyright  = "copyright"      // "© 2024 The Courier. All rights reserved."
	ReasonStandards  = "standards"      // an editorial note: "Tom Bell contributed to this report.", "Editing by ..."
)

// Options tunes splitting. The zero value suits scraped news: a line break
// ends a sentence (see the package documentation for the exceptions).
type Options struct {
	// HardWrap treats a single line break as a space, for text wrapped at a
	// fixed width (PDF, e-mail); a blank line, or a line that starts with a
	// bullet or a list number, then starts a new paragraph.
	HardWrap bool
}

// Split returns the sentences of text in order.
func Split(text string, opts Options) []Sentence {
	// News sentences run about 150 bytes: one allocation in most cases.
	return Append(make([]Sentence, 0, len(text)/128+4), text, opts)
}

// Append appends the sentences of text to dst and returns the extended
// slice. With a dst of enough capacity it allocates only for the furniture
// cues that look at the whole document.
func Append(dst []Sentence, text string, opts Options) []Sentence {
	var paras [32]paragraph
	first := len(dst)
	dst, ps := split(dst, paras[:0], text, opts.HardWrap)
	markFurniture(dst[first:], ps, text, first)
	return dst
}

// paragraph is a block of text split independently: a line in news mode, a
// run of lines up to a blank line in hard-wrap mode. first and last index the
// paragraph's sentences in the output slice, half-open.
type paragraph struct {
	start, end  int
	first, last int
}

// split cuts text into paragraphs and each paragraph into sentences.
func split(dst []Sentence, ps []paragraph, text string, hardWrap bool) ([]Sentence, []paragraph) {
	lay := measure(text, hardWrap)
	bs, be := -1, -1 // the open paragraph, trimmed
	blank := false   // a blank line since the paragraph's last line
	words := false   // the paragraph has two words or more
	flush := func() {
		if bs < 0 {
			return
		}
		n := len(dst)
		dst = splitParagraph(dst, text, bs, be, lay.informal)
		for k := n; k < len(dst); k++ {
			dst[k].Paragraph = len(ps)
		}
		// Furniture cut off the paragraph's start is no part of it.
		first, start := n, bs
		for first < len(dst) && dst[first].Furniture {
			first++
		}
		if first < len(dst) {
			start = dst[first].Start
		}
		ps = append(ps, paragraph{start: start, end: be, first: first, last: len(dst)})
	}
	for pos := 0; pos < len(text); {
		end := indexNewline(text, pos)
		ls, le := trim(text, pos, end)
		pos = end + 1
		if ls == le {
			blank = true
			continue
		}
		if bs >= 0 && !blank && continues(text, bs, be, ls, words, lay) {
			be, words = le, true
			continue
		}
		flush()
		bs, be, blank = ls, le, false
		words = indexSpace(text, ls, le) >= 0
	}
	flush()
	return dst, ps
}

// indexNewline returns the offset of the next line break from pos on: a
// line feed, or a carriage return not followed by one (old Mac text); or
// len(text).
func indexNewline(text string, pos int) int {
	end := len(text)
	if i := strings.IndexByte(text[pos:], '\n'); i >= 0 {
		end = pos + i
	}
	if i := strings.IndexByte(text[pos:end], '\r'); i >= 0 && pos+i+1 < end {
		return pos + i
	}
	return end
}

// layout is what split learns of a whole text before cutting it.
type layout struct {
	// hardWrap: a single line break is a space (Options.HardWrap, or text
	// whose line breaks mostly fall inside sentences).
	hardWrap bool
	// width is, in hard-wrapped text, the longest line that visibly wraps
	// (in bytes; 0 when no line does): a shorter line that the next line's
	// first word would have fitted on was broken by its writer, not by the
	// wrapper.
	width int
	// informal: sentences may start in lower case (forum posts, chat).
	informal bool
}

// measure reads the line breaks of text. It is hard-wrapped when they
// mostly fall inside sentences: a line with no final punctuation, then one
// that starts with a lower-case word, at least four times and for a third
// of the breaks between non-blank lines, and at least half of those lines
// look cut at one width: the line and the next line's first word reach 85%
// of the longest such line (the slack allows for proportional fonts in PDF
// extracts). Scraped news almost never breaks inside sentences; text
// wrapped at a fixed width does it at most breaks; a forum post or chat
// that starts lines in lower case does it at lines of any length. It is
// informal when two lines or more that follow a finished sentence start in
// lower case, when lines start in lower case that often but not at one
// width, or when "i" is written as a lower-case pronoun twice in its first
// 8 KB. Only the first 400 breaks count.
func measure(text string, hardWrap bool) layout {
	breaks, inside, lowerStarts, width := 0, 0, 0, 0
	var reach [400]int // per break inside a sentence: the line's length and the next word's
	ps, pe := -1, -1   // the previous non-blank line, or -1 after a blank line
	for pos := 0; pos < len(text) && breaks < 400; {
		end := indexNewline(text, pos)
		ls, le := trim(text, pos, end)
		pos = end + 1
		if ls == le {
			ps = -1
			continue
		}
		if ps >= 0 {
			breaks++
			last, _ := lastRune(text[ps:pe])
			switch lower := lowerWord(text, ls); {
			case (isLetter(last) || last == ',') && lower:
				n := lastLine(text, ps, pe)
				reach[inside] = n + 1 + indexSpaceOrEnd(text, ls) - ls
				inside++
				width = max(width, n)
			case lower && endsSentence(text[ps:pe]):
				lowerStarts++
			}
		}
		ps, pe = ls, le
	}
	cut := 0
	for _, r := range reach[:inside] {
		if 20*r >= 17*width {
			cut++
		}
	}
	often := inside >= 4 && inside*3 >= breaks
	lay := layout{hardWrap: hardWrap || often && cut*2 >= inside, informal: lowerStarts >= 2 || often && cut*2 < inside}
	if lay.hardWrap {
		lay.width = width
	}
	if !lay.informal {
		head := text[:min(len(text), 8<<10)]
		if k := strings.Index(head, " i "); k >= 0 && strings.Contains(head[k+2:], " i ") {
			lay.informal = true
		}
	}
	return lay
}

// lastLine returns the length of the last line of [s,e).
func lastLine(text string, s, e int) int {
	if k := strings.LastIndexByte(text[s:e], '\n'); k >= 0 {
		return e - (s + k + 1)
	}
	return e - s
}

// continues reports whether the line starting at ls continues the paragraph
// [bs,be), of two words or more when words is set, rather than starting a
// new one.
func continues(text string, bs, be, ls int, words bool, lay layout) bool {
	if m, ok := listMarker(text, ls, len(text)); ok && !(m.ch != 0 && isUpper(rune(m.ch))) || text[ls] == '>' {
		return false // a list item, or a quoted line of an e-mail
	}
	if lay.hardWrap {
		// A short line followed by a capital was broken by its writer:
		// "Best,\nKaren", "Subject: ...\nFrom: ...".
		return lay.width == 0 || lowerWord(text, ls) ||
			lastLine(text, bs, be)+1+(indexSpaceOrEnd(text, ls)-ls) > lay.width
	}
	// News mode: only a sentence visibly cut in two continues; a line that
	// ends in a number is a date, a score or a figure more often than a cut.
	last, _ := lastRune(text[bs:be])
	if !isLetter(last) && last != ',' {
		return false
	}
	first, _ := firstRune(text[bs:be])
	if !isUpper(first) && !isDigit(first) && !isOpener(first) {
		return false
	}
	if !words || lay.informal {
		return false // a one-word line is a label; informal text starts lines in lower case
	}
	return lowerWord(text, ls) || dangling(text[bs:be]) || be < len(text) && text[be] == ' ' && danglingPreposition(text[bs:be])
}

// danglingPreposition reports whether line, of six words or more and no
// menu bar, ends in a lower-case preposition. Lines end so ("Sign in",
// "Read more from"), but not long lines of prose with a space left after
// the preposition: fold -s and flowed e-mail (RFC 3676) break lines so
// ("struck early on \nWednesday"), and scraped menus with a stray space are
// short.
func danglingPreposition(line string) bool {
	i := strings.LastIndexByte(line, ' ')
	return i >= 0 && prepositions[line[i+1:]] && len(strings.Fields(line)) >= 6 && !strings.Contains(line, "|")
}

// prepositions are the prepositions danglingPreposition looks for.
var prepositions = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "for": true, "from": true, "by": true, "with": true,
	"about": true, "after": true, "before": true, "near": true, "into": true, "over": true, "under": true,
	"between": true, "during": true, "since": true, "until": true, "against": true, "across": true,
}

// dangling reports whether line ends in a word that no sentence, headline
// or menu ends in (an article, a determiner, "of", a conjunction, in lower
// case: "Serie A" and "Plan A" end headlines): the line
// was cut, though the next starts with a capital ("The wall of the\nAlder
// Creek dam gave way"). Prepositions are left out: "Sign in", "Provided
// by", "what it is used for" end lines of their own.
func dangling(line string) bool {
	i := len(line)
	for i > 0 && isLetter(rune(line[i-1])) && line[i-1] < utf8.RuneSelf {
		i--
	}
	if i > 0 && line[i-1] != ' ' {
		return false
	}
	return danglingWords[line[i:]] // lower case only: "Serie A", "Q and A"
}

// danglingWords are the words dangling looks for.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "our": true, "whose": true,
	"of": true, "and": true, "or": true, "but": true, "than": true,
}

// indexSpaceOrEnd returns the offset of the first white space or line end
// from i on, or len(text).
func indexSpaceOrEnd(text string, i int) int {
	for ; i < len(text); i++ {
		if spaceAt(text, i) > 0 {
			return i
		}
	}
	return i
}

// lowerWord reports whether the word at i is written in lower case only,
// and is a word: not the start of an e-mail or web address
// ("press@example.com").
func lowerWord(text string, i int) bool {
	r, n := firstRune(text[i:])
	if !isLower(r) {
		return false
	}
	start := i
	for i += n; i < len(text); i += n {
		r, n = firstRune(text[i:])
		if !isLetter(r) {
			break
		}
		if isUpper(r) {
			return false
		}
	}
	if i < len(text) {
		switch text[i] {
		case '@', '_', '/':
			return false
		case '.':
			return i-start < 2 || i+1 >= len(text) || !isLetter(rune(text[i+1]))
		}
	}
	return true
}

// emit appends the trimmed range [s,e) if it is not empty.
func emit(dst []Sentence, text string, s, e int) []Sentence {
	if s, e = trim(text, s, e); s < e {
		dst = append(dst, Sentence{Start: s, End: e})
	}
	return dst
}
