package segment

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes for the scanning loop: only bytes with a class need a look.
const (
	clsTerm  = 1 // . ! ?
	clsLead3 = 2 // lead byte of a three-byte rune that may be a terminator or bullet
	clsLead  = 3 // lead byte of a script's own full stop; secondByte tells which
	clsSlash = 4 // a slash, which may join a photographer and an agency in a credit
)

var byteClass = [256]uint8{
	'.': clsTerm, '!': clsTerm, '?': clsTerm, '/': clsSlash,
	0xE2: clsLead3, 0xE3: clsLead3, 0xEF: clsLead3,
	0xD6: clsLead, 0xD8: clsLead, 0xDB: clsLead, 0xE0: clsLead, 0xE1: clsLead,
}

// secondByte is the second byte of the script terminators that share a
// lead byte with the rest of their script (։ ؟ ۔ । ॥ ።), so that text in
// those scripts is scanned nearly as fast as Latin text.
var secondByte = [256]uint8{0xD6: 0x89, 0xD8: 0x9F, 0xDB: 0x94, 0xE0: 0xA5, 0xE1: 0x8D}

func firstRune(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

func lastRune(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// spaceAt returns the width of the white space rune at i, or 0.
func spaceAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

// trim narrows [s,e) to exclude white space at both ends.
func trim(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

// indexSpace returns the offset of the first white space in [s,e), or -1.
func indexSpace(text string, s, e int) int {
	for i := s; i < e; {
		if n := spaceAt(text, i); n > 0 {
			return i
		}
		i++
	}
	return -1
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// isTerminal reports whether r can end a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '｡':
		return true
	}
	return isScriptStop(r)
}

// isScriptStop reports whether r is the full stop or question mark of a
// script without letter case: Arabic ؟ and ۔ (Urdu), Devanagari danda । and
// double danda ॥, Ethiopic ። and Armenian ։. A space after it ends the
// sentence; there is no capital letter to look for.
func isScriptStop(r rune) bool {
	switch r {
	case '؟', '۔', '।', '॥', '።', '։':
		return true
	}
	return false
}

// isFullStopCJK reports whether r ends a sentence with no space after it.
func isFullStopCJK(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '｡'
}

// isCloser reports whether r closes a quotation or parenthesis, and so
// belongs to the sentence that ends just before it.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '》', '〉', '】', '］':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '¿', '¡', '「', '『', '（', '《', '〈', '【', '［', '„':
		return true
	}
	return false
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '‣', '⁃', '◦', '▪', '▫', '●', '○', '■', '□', '➢', '►', '▶', '✓', '✔':
		return true
	}
	return false
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerASCII writes the ASCII lower case of s into buf; ok is false when s
// does not fit.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	buf = buf[:len(s)]
	for i := 0; i < len(s); i++ {
		buf[i] = asciiLower(s[i])
	}
	return buf, true
}
