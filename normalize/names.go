package normalize

import (
	"bytes"
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
	"United States":    {"US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "American", "Americans"},
	"United Kingdom":   {"UK", "U.K.", "Britain", "Great Britain", "British"},
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
		c := preKey(canon)
		m[c] = c
		for _, v := range vs {
			m[preKey(v)] = c
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
	if end, ok := p.partyTag(i); ok {
		return end, true
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
		case tj.lc == "." && p.glued(j) && (p.is(j-1, fTitle) || p.lcAt(j-1) == "st" || p.initial(j-1)) && p.upperAt(j+1) && p.nameWord(j+1):
			j++ // "Sen. Ted Cruz", "St. Louis", "Harold W. Gehman"
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
	var preBuf, keyBuf [128]byte
	key := appendNameKey(keyBuf[:0], appendPreKey(preBuf[:0], text), p.x.opts.aliases)
	if len(key) == 0 {
		return end, true
	}
	p.facts.Names = append(p.facts.Names, Name{Span: p.span(start, end), Text: text, Key: string(key)})
	return end, true
}

// initial reports whether token i is a capital letter alone, an initial
// inside a name.
func (p *parser) initial(i int) bool {
	return p.upperAt(i) && len(p.toks[i].lc) == 1
}

// partyTag reads a party-and-place tag at token i ("R-Tenn.", "D-Houston"),
// which says who a politician is, not another entity, and returns the index
// after it.
func (p *parser) partyTag(i int) (int, bool) {
	switch p.lcAt(i) {
	case "r", "d", "i":
	default:
		return i, false
	}
	if !p.upperAt(i) || !isDash(p.lcAt(i+1)) || !p.glued(i+1) || !p.glued(i+2) || !p.upperAt(i+2) {
		return i, false
	}
	end := i + 3
	if p.lcAt(end) == "." && p.glued(end) {
		end++
	}
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
	if w := trimPossessive(lc); weekdays[w] != 0 && len(w) > 4 || p.is(i, fTime) && p.acronym(i) {
		return false // "Tuesday", "Tuesday's", a time zone: "EDT"
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
	var buf [128]byte
	_, ok := p.x.opts.aliases[string(appendPreKey(buf[:0], w))]
	return ok
}

// preKey folds a name into the words its key is made of: case, diacritics,
// dots and possessives dropped, titles and particles dropped, the parts of a
// hyphenated word joined. "President Mohammed Shia al-Sudani's" ->
// "mohammed shia sudani"; "Wal-Mart" -> "walmart". It returns "" for a
// name made only of titles ("Mr.").
func preKey(name string) string {
	var buf [128]byte
	return string(appendPreKey(buf[:0], name))
}

// appendPreKey appends the preKey of name to dst.
func appendPreKey(dst []byte, name string) []byte {
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
			var lower [8]byte
			if k <= 0 || k == len(w)-1 || k > len(lower) || !particles[string(appendLowerASCII(lower[:0], w[:k]))] {
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
	start := len(dst)
	for k := lo; k < hi; k++ {
		if k < hi-1 && particles[string(out[spans[k][0]:spans[k][1]])] {
			continue
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, out[spans[k][0]:spans[k][1]]...)
	}
	return dst
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
	n := len(w)
	s := n > 0 && (w[n-1] == 's' || w[n-1] == 'S')
	switch {
	case s && strings.HasSuffix(w[:n-1], "'"):
		return w[:n-2]
	case s && strings.HasSuffix(w[:n-1], "’"):
		return w[:n-4]
	case strings.HasSuffix(w, "'"):
		return w[:n-1]
	case strings.HasSuffix(w, "’"):
		return w[:n-3]
	}
	return w
}

// nameKey maps a pre-key through the alias table, then makes it tolerant of
// spelling: doubled letters single, and in words of six letters or more every run of
// vowels after the first letter written "a" ("mohammed", "mohamed" and
// "muhammad" all key as "mahamad"). Short words keep their vowels, so that
// "Dan" and "Don" differ.
func nameKey(pre string, aliases map[string]string) string {
	var buf [128]byte
	return string(appendNameKey(buf[:0], []byte(pre), aliases))
}

// appendNameKey appends the nameKey of pre to dst.
func appendNameKey(dst, pre []byte, aliases map[string]string) []byte {
	var canon [128]byte
	if c, ok := aliases[string(pre)]; ok {
		pre = append(canon[:0], c...)
	} else if bytes.HasPrefix(pre, []byte("the ")) {
		if c, ok := aliases[string(pre[4:])]; ok {
			pre = append(canon[:0], c...)
		}
	}
	start := len(dst)
	for i := 0; i < len(pre); {
		j := bytes.IndexByte(pre[i:], ' ')
		if j < 0 {
			j = len(pre) - i
		}
		if j > 0 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			dst = appendSkeleton(dst, pre[i:i+j])
		}
		i += j + 1
	}
	return dst
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// appendSkeleton appends the spelling-tolerant form of one folded word.
func appendSkeleton(dst, w []byte) []byte {
	long := utf8.RuneCount(w) >= 6
	var prev rune = -1
	for k, r := range string(w) {
		if long && k > 0 && isVowel(r) {
			r = 'a'
		}
		if r == prev {
			continue
		}
		dst = utf8.AppendRune(dst, r)
		prev = r
	}
	return dst
}
