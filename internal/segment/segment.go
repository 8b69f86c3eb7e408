// Package segment splits text into sentences and marks the lines that are
// site furniture (navigation, prompts, teasers) rather than article text.
//
// Every sentence is a half-open byte range [Start,End) of the input, so
// text[s.Start:s.End] is always the exact text of the sentence, white space
// trimmed at both ends.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text.
type Sentence struct {
	Start, End int  // byte offsets into the input, half-open
	Furniture  bool // site furniture, not article text
}

// Options tunes splitting. The zero value suits scraped news: every line
// break ends a sentence.
type Options struct {
	// HardWrap treats a single line break as a space, for text wrapped at a
	// fixed width (PDF, e-mail); only a blank line then ends a paragraph.
	HardWrap bool
}

// Split returns the sentences of text in order.
func Split(text string, opts Options) []Sentence {
	var out []Sentence
	for _, p := range paragraphs(text, opts.HardWrap) {
		furniture := isFurniture(text[p.Start:p.End])
		for _, s := range splitParagraph(text, p) {
			s.Furniture = furniture || isFurniture(text[s.Start:s.End])
			out = append(out, s)
		}
	}
	return out
}

// paragraphs returns the trimmed, non-empty line ranges of text.
func paragraphs(text string, hardWrap bool) []Sentence {
	var out []Sentence
	start := 0
	for start < len(text) {
		end := start
		for end < len(text) {
			if text[end] == '\n' {
				if !hardWrap || blankAfter(text, end+1) {
					break
				}
			}
			end++
		}
		if s, e := trim(text, start, end); s < e {
			out = append(out, Sentence{Start: s, End: e})
		}
		start = end + 1
	}
	return out
}

func blankAfter(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

func splitParagraph(text string, p Sentence) []Sentence {
	var out []Sentence
	start := p.Start
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i
		for end < p.End && strings.ContainsRune(".!?…\"'”’)]", rune(text[end])) {
			end++
		}
		for end < p.End {
			r, n := utf8.DecodeRuneInString(text[end:])
			if r != '”' && r != '’' {
				break
			}
			end += n
		}
		if end >= p.End || !unicode.IsSpace(rune(text[end])) {
			i = end
			continue
		}
		next := end
		for next < p.End && unicode.IsSpace(rune(text[next])) {
			next++
		}
		nr, _ := utf8.DecodeRuneInString(text[next:])
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'([", nr)) {
			i = end
			continue
		}
		if r == '.' && isAbbreviation(text[start:i-1]) {
			i = end
			continue
		}
		out = append(out, Sentence{Start: start, End: end})
		start, i = next, next
	}
	if s, e := trim(text, start, p.End); s < e {
		out = append(out, Sentence{Start: s, End: e})
	}
	return out
}

// abbreviations that are usually followed by a capitalized word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "sen": true, "rep": true, "gov": true, "st": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true,
	"u.s": true, "u.k": true, "u.n": true, "jr": true, "sr": true, "prof": true,
}

func isAbbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " \t(\"“")+1:]
	if utf8.RuneCountInString(w) == 1 {
		return true // an initial
	}
	return abbreviations[strings.ToLower(w)]
}

func trim(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isFurniture reports whether a line looks like site furniture.
func isFurniture(line string) bool {
	l := strings.ToLower(line)
	switch {
	case strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
		return true // citation marker
	case strings.HasSuffix(l, "..."):
		return true // truncated teaser
	case strings.HasPrefix(l, "read also") || strings.HasPrefix(l, "see also") || strings.HasPrefix(l, "related:"):
		return true
	}
	for _, cue := range []string{"comment", "get a summary", "no time to read", "previous article", "next article",
		"email address", "you may also like", "connect with us", "photo from", "what are you looking for"} {
		if strings.Contains(l, cue) && len(strings.Fields(l)) <= 12 {
			return true
		}
	}
	return false
}
