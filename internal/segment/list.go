package segment

// marker is a list item marker: an optional bullet, then optionally an item
// label with its punctuation: a number (1. 1) 1.), a letter (a. B)) or a
// roman numeral (ii. IV.).
type marker struct {
	end   int    // where the item's text begins
	num   int    // item number (also a roman numeral's value), or 0
	ch    byte   // item letter, or 0
	roman byte   // 'i' or 'I' when num was written as a roman numeral, else 0
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
	if j == i && i < be {
		j = m.label(text, i, be)
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

// label reads a letter or a roman numeral at i and returns where it ends
// (i when there is none). A single i, v or x is both a letter and a numeral;
// the next item tells which.
func (m *marker) label(text string, i, be int) int {
	j := i
	for j < be && j-i < 6 && isRomanDigit(text[j]) && (j == i || isUpper(rune(text[j])) == isUpper(rune(text[i]))) {
		j++
	}
	if v := romanValue(text[i:j]); v > 0 {
		m.num = v
		m.roman = 'i'
		if isUpper(rune(text[i])) {
			m.roman = 'I'
		}
		if j == i+1 {
			m.ch = text[i]
		}
		return j
	}
	if c := text[i]; 'a' <= c && c <= 'y' || 'A' <= c && c <= 'Y' {
		m.ch = c
		return i + 1
	}
	return i
}

func isRomanDigit(c byte) bool {
	switch c {
	case 'i', 'v', 'x', 'I', 'V', 'X':
		return true
	}
	return false
}

// romanValue returns the value of a roman numeral from 1 to 39 written in
// one case (i, iv, xii), or 0 when s is not one.
func romanValue(s string) int {
	if s == "" {
		return 0
	}
	var buf [6]byte
	lw, ok := lowerASCII(buf[:0], s)
	if !ok {
		return 0
	}
	for v := 1; v < 40; v++ {
		var r [8]byte
		if string(appendRoman(r[:0], v, 'i')) == string(lw) {
			return v
		}
	}
	return 0
}

// appendRoman writes n (1 to 39) as a roman numeral in the case of c.
func appendRoman(b []byte, n int, c byte) []byte {
	up := c == 'I'
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			if up {
				b = append(b, s[i]-'a'+'A')
			} else {
				b = append(b, s[i])
			}
		}
	}
	for ; n >= 10; n -= 10 {
		add("x")
	}
	add([...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}[n])
	return b
}

// sibling returns the start of the next item of the same list within the
// paragraph, or -1. The search is bounded so that a long paragraph full of
// markers stays linear. Items labelled with capitals ("A.", "II.") must
// follow the end of a sentence, since a capital initial ("J. Smith and K.
// Jones") looks the same.
func (m marker) sibling(text string, be int) int {
	if m.style == "" {
		return -1
	}
	var bufs [2][10]byte
	var wants [2][]byte
	n := 0
	if m.ch != 0 {
		wants[n] = append(append(bufs[n][:0], m.ch+1), m.style...)
		n++
	}
	if m.roman != 0 {
		wants[n] = append(appendRoman(bufs[n][:0], m.num+1, m.roman), m.style...)
		n++
	} else if m.ch == 0 {
		wants[n] = append(appendInt(bufs[n][:0], m.num+1), m.style...)
		n++
	}
	upper := m.ch != 0 && isUpper(rune(m.ch)) || m.roman == 'I'
	limit := min(be, m.end+200)
	for j := m.end + 1; j < limit; j++ {
		for _, w := range wants[:n] {
			if j+len(w) >= limit || text[j] != w[0] || string(text[j:j+len(w)]) != string(w) || spaceAt(text, j+len(w)) == 0 {
				continue
			}
			p, _ := lastRune(text[m.end:j])
			if !isSpaceRune(p) && !isBullet(p) {
				continue
			}
			if upper {
				s, e := trim(text, m.end, j)
				if q, _ := lastRune(text[s:e]); !isTerminal(q) && !isCloser(q) {
					continue
				}
			}
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
