package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultAliases returns a copy of the built-in alias table: each canonical
// name with the variants that name the same entity. Spelling variants that
// differ only in case, diacritics, hyphens, dots, doubled letters or vowels
// ("Mohammed", "Mohamed", "Muhammad") need no entry: Key tolerates them.
// Extend the table with WithAliases.
func DefaultAliases() map[string][]string {
	m := make(map[string][]string, len(defaultAliases))
	for k, v := range defaultAliases {
		m[k] = append([]string(nil), v...)
	}
	return m
}

// defaultAliases is the alias table: canonical name -> variants.
var defaultAliases = map[string][]string{
	"Islamic State":    {"IS", "ISIS", "ISIL", "Daesh", "Daish", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"},
	"United States":    {"US", "U.S.", "USA", "U.S.A.", "United States of America", "America"},
	"United Kingdom":   {"UK", "U.K.", "Britain", "Great Britain"},
	"United Nations":   {"UN", "U.N."},
	"European Union":   {"EU", "E.U."},
	"Soviet Union":     {"USSR", "U.S.S.R."},
	"al-Qaeda":         {"al-Qaida", "al Qaeda", "Al Qaida", "al-Qa'ida"},
	"Gaddafi":          {"Qaddafi", "Qadhafi", "Kadhafi", "Khadafy", "Gadhafi"},
	"Kyiv":             {"Kiev"},
	"Myanmar":          {"Burma"},
	"Democratic Party": {"Democrats"},
	"Republican Party": {"Republicans", "GOP"},
}

func defaultAliasKeys() map[string]string {
	m := make(map[string]string)
	for canon, vs := range defaultAliases {
		c := preKey(canon, nil)
		m[c] = c
		for _, v := range vs {
			m[preKey(v, nil)] = c
		}
	}
	return m
}

// name reads a capitalized sequence at token i: "Prime Minister Mohammed
// Shia al-Sudani", "U.S.", "Standard & Poor's", "Bank of America".
func (p *parser) name(i int) (int, bool) {
	t := p.tokAt(i)
	if t == nil || t.kind != tWord {
		return i, false
	}
	start := i
	if !t.upper {
		// "al-Sudani": a particle glued to a capitalized word.
		if !(p.is(i, fParticle) && isDash(p.lcAt(i+1)) && p.glued(i+1) && p.glued(i+2) && p.upperAt(i+2)) {
			return i, false
		}
	} else if !p.nameWord(i) {
		return i + 1, true
	}
	end := i + 1
	for j := i + 1; j < len(p.toks); {
		tj := p.toks[j]
		switch {
		case tj.kind == tWord && tj.upper && p.nameWord(j) && (tj.space || p.toks[j-1].kind == tWord || isDash(p.toks[j-1].lc)):
			end, j = j+1, j+1
			if strings.HasSuffix(tj.lc, "'s") || strings.HasSuffix(tj.lc, "’s") {
				j = len(p.toks) // a possessive ends the name
			}
			continue
		case tj.lc == "." && p.glued(j) && (p.is(j-1, fTitle) || p.lcAt(j-1) == "st") && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Sen. Ted Cruz", "St. Louis"
			continue
		case tj.kind == tPunct && isDash(tj.lc) && p.glued(j) && p.glued(j+1) && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Bosnia-Herzegovina"
			continue
		case (tj.lc == "of" || tj.lc == "&" || p.is(j, fParticle)) && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Bank of America", "bin Laden"
			continue
		case p.is(j, fParticle) && isDash(p.lcAt(j+1)) && p.glued(j+1) && p.glued(j+2) && p.upperAt(j+2):
			j += 2 // "Mohammed al-Sudani"
			continue
		}
		break
	}
	if strings.HasSuffix(p.toks[start].lc, "'s") || strings.HasSuffix(p.toks[start].lc, "’s") {
		end = start + 1
	}
	if p.sentenceStart(start) && p.toks[start].upper && !p.looksLikeName(start) {
		// A capital that opens the sentence says nothing: drop a lone word,
		// and the head of "Shares of Genentech", but keep "Gyorgy Heizler".
		if end == start+1 {
			return end, true
		}
		k := start + 1
		if p.lcAt(k) == "." {
			k++ // "Sen. Ted Cruz"
		}
		if !p.upperAt(k) {
			// "Shares of Genentech", "Sales & Marketing": drop the head and connector.
			next := start + 1
			for next < end && !p.upperAt(next) {
				next++
			}
			start = next
		}
	}
	text := p.text(start, end)
	key := nameKey(preKey(text, nil), p.x.opts.aliases)
	if key == "" {
		return end, true
	}
	p.facts.Names = append(p.facts.Names, Name{Span: p.span(start, end), Text: text, Key: key})
	return end, true
}

func (p *parser) upperAt(i int) bool {
	t := p.tokAt(i)
	return t != nil && t.kind == tWord && t.upper
}

// nameWord reports whether the capitalized word at i may be part of a name:
// not a function word ("The", "But"), nor a month or weekday.
func (p *parser) nameWord(i int) bool {
	lc := p.toks[i].lc
	if p.is(i, fStop) && !p.acronym(i) {
		return false
	}
	if _, _, ok := p.monthDate(i, false); ok {
		return false
	}
	if p.is(i, fWeekday) && len(lc) > 4 {
		return false
	}
	return true
}

// acronym reports whether the word at i is written in capitals: "ISIS", "U.S.".
func (p *parser) acronym(i int) bool {
	t := p.toks[i]
	letters := 0
	for _, r := range p.s[t.Start:t.End] {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// looksLikeName reports whether a capitalized word that opens a sentence is
// a name all the same: an acronym, a word with an inner capital (McCain,
// PepsiCo), a possessive (Iraq's), or an alias.
func (p *parser) looksLikeName(i int) bool {
	t := p.toks[i]
	if p.is(i, fStop) {
		return false
	}
	if p.acronym(i) || strings.HasSuffix(t.lc, "'s") || strings.HasSuffix(t.lc, "’s") {
		return true
	}
	w := p.s[t.Start:t.End]
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	_, ok := p.x.opts.aliases[preKey(w, nil)]
	return ok
}

// preKey folds a name into the words its key is made of: case, diacritics,
// dots and possessives dropped, titles and particles dropped, the parts of a
// hyphenated word joined. "President Mohammed Shia al-Sudani's" ->
// "mohammed shia sudani"; "Wal-Mart" -> "walmart". It returns "" for a
// name made only of titles ("Mr.").
func preKey(name string, _ []string) string {
	// Plain ASCII is lowered below, without the cost of Fold.
	f := name
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 0x80 || c < ' ' || c == 0x7f {
			f = Fold(name)
			break
		}
	}
	// Clean each word into out, remembering where the words are.
	var arr [96]byte
	out := arr[:0]
	var spans [24][2]int
	n := 0
	for i := 0; i < len(f); {
		for i < len(f) && isNameSep(f[i]) {
			i++
		}
		j := i
		for j < len(f) && !isNameSep(f[j]) {
			j++
		}
		if i == j {
			break
		}
		w := f[i:j]
		i = j
		w = trimPossessive(w)
		// Drop particles glued by a hyphen ("al-sudani"), then the hyphens,
		// dots and apostrophes ("wal-mart" -> "walmart", "u.s." -> "us").
		for {
			k := strings.IndexByte(w, '-')
			if k <= 0 || k == len(w)-1 || !particles[lowerASCII(w[:k])] {
				break
			}
			w = w[k+1:]
		}
		start := len(out)
		for k := 0; k < len(w); k++ {
			switch c := w[k]; {
			case c == '-', c == '.', c == '\'', c == '`':
			case c >= 'A' && c <= 'Z':
				out = append(out, c+'a'-'A')
			default:
				out = append(out, c)
			}
		}
		if len(out) > start && n < len(spans) {
			spans[n] = [2]int{start, len(out)}
			n++
		} else {
			out = out[:start]
		}
	}
	lo, hi := 0, n
	for lo < hi && titles[string(out[spans[lo][0]:spans[lo][1]])] {
		lo++
	}
	for hi > lo && titles[string(out[spans[hi-1][0]:spans[hi-1][1]])] {
		hi--
	}
	var b strings.Builder
	b.Grow(len(out))
	for k := lo; k < hi; k++ {
		if k < hi-1 && particles[string(out[spans[k][0]:spans[k][1]])] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(out[spans[k][0]:spans[k][1]])
	}
	return b.String()
}

func isNameSep(c byte) bool {
	switch c {
	case ' ', '&', ',', '"', '(', ')', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// trimPossessive drops a final "'s", "’s" or "'" (any case) from w.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "'S", "’s", "’S", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// nameKey maps a pre-key through the alias table, then makes it tolerant of
// spelling: doubled letters single, and in words of six letters or more every run of
// vowels after the first letter written "a" ("mohammed", "mohamed" and
// "muhammad" all key as "mahamad"). Short words keep their vowels, so that
// "Dan" and "Don" differ.
func nameKey(pre string, aliases map[string]string) string {
	if c, ok := aliases[pre]; ok {
		pre = c
	} else if strings.HasPrefix(pre, "the ") {
		if c, ok := aliases[pre[4:]]; ok {
			pre = c
		}
	}
	if pre == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(pre))
	for i := 0; i < len(pre); {
		j := strings.IndexByte(pre[i:], ' ')
		if j < 0 {
			j = len(pre) - i
		}
		if j > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			skeleton(&b, pre[i:i+j])
		}
		i += j + 1
	}
	return b.String()
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// skeleton writes the spelling-tolerant form of one folded word.
func skeleton(b *strings.Builder, w string) {
	long := utf8.RuneCountInString(w) >= 6
	var prev rune = -1
	for k, r := range w {
		if long && k > 0 && isVowel(r) {
			r = 'a'
		}
		if r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
}
