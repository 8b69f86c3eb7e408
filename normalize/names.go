package normalize

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is an entity-like span: a person, place or organisation.
type Name struct {
	Span
	Text string
	Key  string // comparison key: equal for spelling variants and aliases
	// forms are the forms of the name sameEntity compares, worked out once
	// when the name is read rather than for every pair it meets.
	forms *nameForms
}

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
	n := Name{Span: p.span(start, end), Text: text, Key: string(key)}
	n.forms = newNameForms(n)
	p.facts = append(p.facts, n)
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

// Matches reports whether a and b may name the same entity: equal keys, or
// the words of one key end the other's, so that "Obama" matches "Barack
// Obama" and "al-Sudani" matches "Mohammed Shia al-Sudani".
func (a Name) Matches(b Name) bool {
	if a.Key == "" || b.Key == "" {
		return false
	}
	if a.Key == b.Key {
		return true
	}
	short, long := a.Key, b.Key
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.HasSuffix(long, " "+short)
}

// KindEntity is the kind of names: a different person, place or
// organisation in the same role.
const KindEntity Kind = "entity"

// Kind implements Fact.
func (Name) Kind() Kind { return KindEntity }

// Bounds implements Fact.
func (n Name) Bounds() Span { return n.Span }

func canonicalName(b *strings.Builder, f Fact, _ string) bool {
	b.WriteString(f.(Name).Key)
	return true
}

// compareNames pairs the names of a and b that may name one entity (see
// sameEntity), then reports a name of a that matches no name of b, standing
// in the same role as a name of b that matches none of a (see sameRole),
// as a divergence. A headline in Title Case has no comparable names: when
// every word is capitalized, capitals say nothing about which are names.
func compareNames(a, b *Facts) []Comparison {
	if a.headline || b.headline {
		return nil
	}
	xs, ys := Of[Name](*a), Of[Name](*b)
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	// Two names each of which the other sentence says too, where capitals
	// did not mark it (at its start), are the same entities in other
	// places: "Acme bought Zenith" and "Zenith bought Acme" swap roles.
	role := func(x, y Name) bool {
		return sameRole(a.Text, x, b.Text, y) && !(says(b.Text, x) && says(a.Text, y))
	}
	return pairUnmatched(KindEntity, xs, ys, sameEntity, role)
}

// says reports whether text has the words of name n, whole.
func says(text string, n Name) bool {
	f, w := Fold(text), plainName(n.Text)
	for off := 0; w != ""; {
		i := strings.Index(f[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(f[:i])
		after, _ := utf8.DecodeRuneInString(f[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = i + 1
	}
	return false
}

// nameForms are the forms of a name that sameEntity compares.
type nameForms struct {
	words       []string // of the key
	head        []string // words before the first "of" (see beforeOf)
	compact     string   // letters and digits of the plain name
	initials    string   // of its capitalized words (see initials)
	allInitials string   // of all its words
	last        string   // letters and digits of its plain last word
	plainWords  []string // of the plain name (see pluralOfFirst)
}

func newNameForms(n Name) *nameForms {
	words, p := strings.Fields(n.Key), plainName(n.Text)
	return &nameForms{
		words:       words,
		head:        beforeOf(words),
		compact:     compact(p),
		initials:    initials(n.Text, true),
		allInitials: initials(n.Text, false),
		last:        compact(plainName(lastWord(n.Text))),
		plainWords:  strings.Fields(p),
	}
}

// sameEntity reports whether two names may name the same entity: their keys
// match (spelling variants, aliases, a surname), the words of one begin or
// end the other ("Skagit" / "Skagit River"), both end in the same surname
// ("ECB President Wim Duisenberg" / "European Central Bank President Wim
// Duisenberg"), written without spaces and punctuation one ends or begins
// the other ("DVD-CCA" / "DVD CCA", "@Stake" / "AtStake"), one names the
// family of the other ("the Schindlers" / "Mary Schindler"), their last
// words differ by a typo ("Guangdong" / "Guandong", "Jeffrey" / "Jeffery"),
// or one is an acronym of the other ("IAEA", "CHOGM" for "Commonwealth
// Heads of Government").
func sameEntity(x, y Name) bool {
	if x.Matches(y) {
		return true
	}
	fx, fy := x.forms, y.forms
	if fx == nil || fy == nil {
		return false // names not made by Extract: keys only
	}
	wx, wy := fx.words, fy.words
	if len(wx) == 0 || len(wy) == 0 {
		return false
	}
	hx, hy := fx.head, fy.head
	if len(wx) > len(wy) {
		wx, wy, hx, hy = wy, wx, hy, hx
	}
	if slices.Equal(wx, wy[:len(wx)]) || slices.Equal(wx, wy[len(wy)-len(wx):]) {
		return true
	}
	// The same surname: the last word of the name proper, before any "of"
	// ("Maria Lopez of Texas" is a Lopez, not a Texas), unless the other
	// words show two people ("George W. Bush", "Jeb Bush").
	if last := hx[len(hx)-1]; len(hx) > 1 && len(hy) > 1 && len(last) > 3 && last == hy[len(hy)-1] &&
		!givenNamesDiffer(hx[:len(hx)-1], hy[:len(hy)-1]) {
		return true
	}
	// A family by its surname: "the Schindlers" and "Mary Schindler".
	if last := hy[len(hy)-1]; len(hx) == 1 && len(last) > 3 && hx[0] == last+"s" {
		return true
	}
	if pluralOfFirst(fx, fy) || pluralOfFirst(fy, fx) {
		return true
	}
	px, py := fx.compact, fy.compact
	if px == "" || py == "" {
		return false
	}
	if acronymOf(fx, py) || acronymOf(fy, px) {
		return true
	}
	short, long := px, py
	if len(short) > len(long) {
		short, long = long, short
	}
	if strings.HasPrefix(long, short) || strings.HasSuffix(long, short) {
		return true
	}
	// A typo in the name or its last word, its surname ("Jeffrey" /
	// "Jeffery"); not in the whole of two names with a title, where one
	// slip in "Senator Baker" makes "Senator Barker", another person.
	return typo(fx.last, fy.last)
}

// givenNamesDiffer reports whether the words before two names' shared
// surname name two people: the given name of each (its last word that is
// not an initial) starts with a letter no word of the other starts with.
// "Hal" and "Harold W." may be one man, and so may "Louise" and "Louise
// McIntosh"; "George W." and "Jeb" are two.
func givenNamesDiffer(x, y []string) bool {
	return givenAbsent(x, y) && givenAbsent(y, x)
}

// givenAbsent reports whether the given name of x starts with a letter no
// word of y (initials aside) starts with.
func givenAbsent(x, y []string) bool {
	i := len(x) - 1
	for i >= 0 && len(x[i]) < 2 {
		i--
	}
	if i < 0 {
		return false
	}
	return !slices.ContainsFunc(y, func(w string) bool { return len(w) > 1 && w[0] == x[i][0] })
}

// pluralOfFirst reports whether the one word of name a is the plural of the
// first word of the longer name b: a group or place named by its first word
// ("Sunnis", "Sunni Arabs"; "the Solomons", "the Solomon Islands").
func pluralOfFirst(a, b *nameForms) bool {
	wa, wb := a.plainWords, b.plainWords
	return len(wa) == 1 && len(wb) > 1 && len(wb[0]) > 3 && wa[0] == wb[0]+"s"
}

// typo reports whether words a and b (plain and compact), long enough for
// one slip to be a typo rather than another name, differ by one slip: a
// letter added, dropped or changed ("guangdong" / "guandong"), or two
// neighbours swapped ("indianapolis" / "indianapoils").
func typo(a, b string) bool {
	if a == b || min(len(a), len(b)) < 6 || max(len(a), len(b)) > 64 {
		return false // the same word is no typo: same surnames are judged above
	}
	if len(a) == len(b) {
		i := 0
		for a[i] == b[i] {
			i++
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true
		}
	}
	return len(a)-len(b) <= 1 && len(b)-len(a) <= 1 && editDistance(a, b) <= 1
}

// editDistance is the Levenshtein distance of a and b in runes, for short
// words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			up := row[j]
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	return row[len(rb)]
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	var last Span
	for w := range Words(s) {
		last = w
	}
	return s[last.Start:last.End]
}

// acronymOf reports whether the folded, compact word acr stands for name:
// it spells the initials of name's capitalized words ("IAEA"), or begins
// with the initials of all of name's words, the small ones too, when name
// is a shortened form of what acr abbreviates ("CHOGM" for "Commonwealth
// Heads of Government").
func acronymOf(name *nameForms, acr string) bool {
	if name.initials == acr {
		return true
	}
	all := name.allInitials
	return len(all) >= 3 && len(acr) > len(all) && strings.HasPrefix(acr, all)
}

// beforeOf returns the words of a name key before its first "of".
func beforeOf(words []string) []string {
	if i := slices.Index(words, "of"); i > 0 {
		return words[:i]
	}
	return words
}

// plainName folds a name and drops a possessive ending.
func plainName(name string) string {
	f := Fold(name)
	return strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
}

// compact drops everything but letters and digits.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// initials returns the folded first letters of the words of s, only the
// capitalized ones if capitalized: "International Atomic Energy Agency"
// gives "iaea", "Heads of Government" "hg" or "hog".
func initials(s string, capitalized bool) string {
	var b strings.Builder
	for w := range Words(s) {
		if r, _ := utf8.DecodeRuneInString(s[w.Start:]); unicode.IsUpper(r) || !capitalized {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() < 2 {
		return "\x00" // too short to stand for anything
	}
	return b.String()
}

// sameRole reports whether name x of text a and name y of text b stand in
// the same role: the same title opens both ("President X" / "President
// Y"), the same content word stands just before or after them ("Minister X"
// / "Minister Y", "X said" / "Y said"), or the same two words, whatever they
// are, stand on one side of both.
func sameRole(a string, x Name, b string, y Name) bool {
	xw, yw := strings.Fields(x.Key), strings.Fields(y.Key)
	if len(xw) > 1 && len(yw) > 1 && xw[0] == yw[0] {
		return true
	}
	xb, xa := surroundings(a, x.Span)
	yb, ya := surroundings(b, y.Span)
	near := func(p, q []string, i int) bool {
		return len(p) > i && len(q) > i && p[i] == q[i] && !IsStopWord(p[i])
	}
	two := func(p, q []string) bool { return len(p) == 2 && slices.Equal(p, q) }
	return near(xb, yb, 0) || near(xa, ya, 0) || two(xb, yb) || two(xa, ya)
}

// surroundings returns up to two folded words on each side of span s of text,
// nearest first.
func surroundings(text string, s Span) (before, after []string) {
	// Only the last two words before the span are kept: no need to fold
	// the rest of a long sentence.
	var last [2]Span
	n := 0
	for w := range Words(text[:s.Start]) {
		last[0], last[1] = last[1], w
		n++
	}
	for i := 1; i >= max(0, 2-n); i-- {
		before = append(before, Fold(text[last[i].Start:last[i].End]))
	}
	for w := range Words(text[s.End:]) {
		if after = append(after, Fold(text[s.End+w.Start:s.End+w.End])); len(after) == 2 {
			break
		}
	}
	return before, after
}

// titleCase reports whether s reads as a headline: no closing full stop
// and most longer words capitalized ("Talks on Troop Presence Highlight
// Sovereignty Concerns"). A sentence dense with names still ends in a stop.
func titleCase(s string) bool {
	if t := strings.TrimRight(s, " \"'”’)"); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
		return false
	}
	upper, long := 0, 0
	for w := range Words(s) {
		word := s[w.Start:w.End]
		if len(word) < 4 {
			continue // function words stay lower case in headlines
		}
		long++
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && upper*10 >= long*7
}
