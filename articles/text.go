package articles

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// LookupEncoding returns the encoding a WHATWG label names (the labels of
// the Encoding Standard, through x/text's htmlindex: "windows-1252",
// "latin1", "iso-8859-15", "shift_jis", "utf-16le", ...), for [WithEncoding].
// UTF-8, the default, returns nil: input in it is checked, not converted.
func LookupEncoding(label string) (encoding.Encoding, error) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("articles: unknown encoding %q (want a WHATWG label such as utf-8, windows-1252, iso-8859-15, utf-16le)", label)
	}
	if enc == unicode.UTF8 {
		return nil, nil
	}
	return enc, nil
}

// sniffBinary returns ErrNotText, with what the bytes look like, when data
// is not text: a PDF, an image, an archive, or control bytes that text
// never holds. It reads at most the first 512 bytes (net/http's content
// sniffing, the WHATWG MIME Sniffing algorithm).
func sniffBinary(data []byte) error {
	kind := http.DetectContentType(data)
	if strings.HasPrefix(kind, "text/") {
		return nil
	}
	if i := bytes.IndexByte(data, 0); i >= 0 && kind == "application/octet-stream" {
		if label := looksUTF16(data); label != "" {
			return fmt.Errorf("%w: NUL bytes at every other byte (the first at %d), as in %s text without a byte-order mark: decode it with encoding %q", ErrEncoding, i, strings.ToUpper(label), label)
		}
		return fmt.Errorf("%w: binary data (NUL byte at %d)", ErrNotText, i)
	}
	kind, _, _ = strings.Cut(kind, ";")
	return fmt.Errorf("%w: %s", ErrNotText, kind)
}

// decodeText returns data as UTF-8 text: converted from enc when it is
// not nil, otherwise checked to be UTF-8 already. Offsets in a report refer
// to the returned text, so invalid bytes are an error, never replaced.
func decodeText(data []byte, enc encoding.Encoding) (string, error) {
	if enc != nil && KeepsUTF8(data, enc) {
		enc = nil
	}
	if enc != nil && isUTF16(enc) && !utf16Signs(data) {
		// Every ASCII character of UTF-16 text, spaces included, has a NUL
		// byte: decoding these bytes would turn them into CJK characters.
		err := fmt.Errorf("%w: told UTF-16, but there is no byte-order mark and no NUL byte, so this is not UTF-16 text", ErrEncoding)
		if looksWindows1252(data) {
			return "", fmt.Errorf("%w; the bytes look like Windows-1252: decode them with encoding \"windows-1252\"", err)
		}
		return "", err
	}
	if enc != nil {
		b, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		// A byte-order mark says how the bytes were encoded; it is not text.
		b = bytes.TrimPrefix(b, []byte("\ufeff"))
		return string(b), CheckText(string(b))
	}
	if hasUTF16BOM(data) {
		return "", fmt.Errorf("%w: UTF-16 text (byte-order mark); decode it with encoding \"utf-16\" or convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8", ErrEncoding)
	}
	s := string(data)
	if err := CheckText(s); err != nil {
		if looksWindows1252(data) {
			return "", fmt.Errorf("%w; the bytes look like Windows-1252: decode them with encoding \"windows-1252\"", err)
		}
		return "", err
	}
	return s, nil
}

// KeepsUTF8 reports whether Read, told to decode data from enc, reads it
// as UTF-8 instead: data is valid UTF-8 with non-ASCII text, so it is UTF-8
// already (legacy 8-bit text is almost never valid UTF-8) and decoding it
// would garble every non-ASCII character ("—" into "â€”"). Told UTF-16,
// it reads data as UTF-8 when data is valid UTF-8 with no byte-order mark
// and no NUL byte: in UTF-16 every ASCII character, the spaces and digits
// of any text included, has a NUL byte.
func KeepsUTF8(data []byte, enc encoding.Encoding) bool {
	if isUTF16(enc) {
		return !utf16Signs(data) && utf8.Valid(data)
	}
	ascii := true
	for _, c := range data {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	return !ascii && utf8.Valid(data)
}

// BOMOverrides reports whether Read, told to decode data from enc, decodes
// it as UTF-16 instead: data starts with a UTF-16 byte-order mark, which
// says what the bytes are, and enc is not UTF-16.
func BOMOverrides(data []byte, enc encoding.Encoding) bool {
	return enc != nil && !isUTF16(enc) && hasUTF16BOM(data)
}

// utf16BOM decodes UTF-16 as its byte-order mark says, dropping the mark.
var utf16BOM = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)

// looksUTF16 returns "utf-16le" or "utf-16be" when NUL bytes sit at every
// other position of the start of data, odd or even, and at no other: the
// ASCII characters of UTF-16 text without a byte-order mark. Otherwise "".
func looksUTF16(data []byte) string {
	n := min(len(data), 512) &^ 1
	var nul [2]int // NUL bytes at even and at odd positions
	for i, c := range data[:n] {
		if c == 0 {
			nul[i%2]++
		}
	}
	switch pairs := n / 2; {
	case pairs < 2:
		return ""
	case nul[0] == 0 && nul[1]*2 >= pairs:
		return "utf-16le"
	case nul[1] == 0 && nul[0]*2 >= pairs:
		return "utf-16be"
	}
	return ""
}

// utf16Signs reports whether data shows any sign of UTF-16: a byte-order
// mark, or a NUL byte (every ASCII character of UTF-16 text, the spaces
// and digits of any text included, has one).
func utf16Signs(data []byte) bool {
	return hasUTF16BOM(data) || bytes.IndexByte(data, 0) >= 0
}

// hasUTF16BOM reports whether data starts with a UTF-16 byte-order mark,
// little- or big-endian.
func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff"))
}

// isUTF16 reports whether enc is UTF-16, whose text holds NUL bytes.
func isUTF16(enc encoding.Encoding) bool {
	if enc == utf16BOM {
		return true
	}
	name, _ := htmlindex.Name(enc)
	return strings.HasPrefix(name, "utf-16")
}

// CheckText returns an error wrapping ErrEncoding or ErrNotText when s is
// not valid UTF-8 or holds a NUL character, giving the byte offset: neither
// belongs in article text. Read applies it to every input; it is exported
// for callers that take text from elsewhere (one line at a time, say).
func CheckText(s string) error {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return fmt.Errorf("%w: not valid UTF-8 at byte %d", ErrEncoding, i)
			}
		}
		if r == 0 {
			return fmt.Errorf("%w: binary data (NUL byte at %d)", ErrNotText, i)
		}
	}
	return nil
}

// looksWindows1252 reports whether data, not valid UTF-8, decodes as
// Windows-1252 with no byte left undefined: a hint worth giving, as most
// legacy Western text (Latin-1 included) is in it.
func looksWindows1252(data []byte) bool {
	for _, c := range data {
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return false
		}
	}
	return !utf8.Valid(data)
}
