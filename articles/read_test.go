package articles

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.html", "anything", HTML},
		{"a.HTM", "", HTML},
		{"a.jsonl", "", JSONL},
		{"a.ndjson", "", JSONL},
		{"a.csv", "", CSV},
		{"a.txt", "<!DOCTYPE html><html>", Text}, // the extension wins
		{"standard input", "<!DOCTYPE html>\n<html>", HTML},
		{"standard input", "\ufeff  <!-- saved page --> <html lang=en>", HTML},
		{"standard input", "<HEAD><TITLE>x", HTML},
		{"standard input", "<b>bold</b> is not a page", Text},
		{"standard input", `{"source": "a", "text": "x"}` + "\n{", JSONL},
		{"standard input", "{not json}\n", Text},
		{"standard input", "source,title,text\na,b,c\n", CSV},
		{"standard input", "Outlet, Html\n", CSV},
		{"standard input", "Some words, and more words\n", Text},
		{"noext", "Plain article text.", Text},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "auto, text, html, jsonl or csv") {
		t.Errorf("ParseFormat(pdf): %v, want an error listing the formats", err)
	}
}

func TestLookupEncoding(t *testing.T) {
	for _, label := range []string{"windows-1252", "latin1", "ISO-8859-15", "utf-16le", "shift_jis"} {
		if enc, err := LookupEncoding(label); err != nil || enc == nil {
			t.Errorf("LookupEncoding(%q) = %v, %v", label, enc, err)
		}
	}
	if enc, err := LookupEncoding("utf-8"); enc != nil || err != nil {
		t.Errorf("LookupEncoding(utf-8) = %v, %v; want nil, nil (the default)", enc, err)
	}
	if _, err := LookupEncoding("klingon"); err == nil || !strings.Contains(err.Error(), `"klingon"`) {
		t.Errorf("LookupEncoding(klingon): %v", err)
	}
}

// TestKeepsUTF8: with an encoding given, valid UTF-8 with non-ASCII text
// is read as UTF-8; ASCII and legacy bytes are decoded; UTF-16 is decoded
// unless the bytes cannot be UTF-16 (valid UTF-8 with no NUL byte).
func TestKeepsUTF8(t *testing.T) {
	tests := []struct {
		name, label, data string
		want              bool
		text              string // what Read makes of it
	}{
		{"UTF-8 dash", "windows-1252", "Talks resumed — briefly.", true, "Talks resumed — briefly."},
		{"UTF-8 accents", "iso-8859-15", "Café owners met in Malmö.", true, "Café owners met in Malmö."},
		{"Windows-1252 quotes", "windows-1252", "\x93Fair,\x94 he said.", false, "“Fair,” he said."},
		{"ASCII", "windows-1252", "Plain text.", false, "Plain text."},
		{"Shift JIS", "shift_jis", "\x93\xfa\x96\x7b", false, "日本"},
		{"UTF-16 is decoded", "utf-16le", "T\x00a\x00l\x00k\x00s\x00 \x00\xe9\x00", false, "Talks é"},
		{"UTF-16's byte-order mark is not text", "utf-16le", "\xff\xfeT\x00a\x00l\x00k\x00s\x00", false, "Talks"},
		{"UTF-16 big-endian with its mark", "utf-16be", "\xfe\xff\x00T\x00a\x00l\x00k\x00s", false, "Talks"},
		// No NUL byte: no Latin text in UTF-16 is written so.
		{"UTF-8 told UTF-16", "utf-16", "Talks resumed — briefly.", true, "Talks resumed — briefly."},
		{"ASCII told UTF-16", "utf-16", "Plain text.", true, "Plain text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := LookupEncoding(tt.label)
			if err != nil {
				t.Fatal(err)
			}
			if got := KeepsUTF8([]byte(tt.data), enc); got != tt.want {
				t.Errorf("KeepsUTF8(%q, %s) = %v, want %v", tt.data, tt.label, got, tt.want)
			}
			docs, err := Read("a", "a.txt", []byte(tt.data), WithEncoding(enc), WithFormat(Text))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.text, docs[0].Text); diff != "" {
				t.Errorf("Read (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadText covers text input: kept byte for byte when UTF-8, decoded
// when an encoding is given, refused with a hint otherwise.
func TestReadText(t *testing.T) {
	cp1252 := []byte("\x93Fair,\x94 said the council\x92s leader. Cost: \x804.\n")
	latin1 := []byte("Caf\xe9 owners met in Mal\xf6.\n")
	utf16, err := LookupEncoding("utf-16")
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte("C\x00a\x00f\x00\xe9\x00 \x00o\x00p\x00e\x00n\x00s\x00.\x00")
	utf16be := []byte("\x00C\x00a\x00f\x00\xe9\x00 \x00o\x00p\x00e\x00n\x00s\x00.")
	tests := []struct {
		name     string
		data     []byte
		opts     []Option
		want     string
		sentinel error
		msg      string
	}{
		{"UTF-8 kept as is", []byte("Caf\u00e9 \r\nsecond line"), nil, "Caf\u00e9 \r\nsecond line", nil, ""},
		{"Windows-1252 decoded", cp1252, []Option{WithEncoding(charmap.Windows1252)}, "\u201cFair,\u201d said the council\u2019s leader. Cost: \u20ac4.\n", nil, ""},
		{"Windows-1252 refused with a hint", cp1252, nil, "", ErrEncoding,
			`articles: a.txt: bad encoding: not valid UTF-8 at byte 0; the bytes look like Windows-1252: decode them with encoding "windows-1252"`},
		{"Latin-1 refused with the hint", latin1, nil, "", ErrEncoding, `byte 3; the bytes look like Windows-1252`},
		{"no hint for bytes Windows-1252 leaves undefined", []byte("ab\x81cd"), nil, "", ErrEncoding, `not valid UTF-8 at byte 2`},
		{"UTF-16 refused", []byte("\xff\xfeH\x00i\x00"), nil, "", ErrEncoding, `UTF-16 text (byte-order mark); decode it with encoding "utf-16"`},
		{"UTF-16 byte-order mark over windows-1252", []byte("\xff\xfeH\x00i\x00"), []Option{WithEncoding(charmap.Windows1252)}, "Hi", nil, ""},
		{"UTF-16BE byte-order mark over windows-1252", []byte("\xfe\xff\x00H\x00i"), []Option{WithEncoding(charmap.Windows1252)}, "Hi", nil, ""},
		{"UTF-16 byte-order mark decoded when told UTF-16", []byte("\xff\xfeH\x00i\x00"), []Option{WithEncoding(utf16)}, "Hi", nil, ""},
		{"UTF-16LE byte-order mark decoded when told UTF-16BE", []byte("\xff\xfeH\x00i\x00"), []Option{WithEncoding(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM))}, "Hi", nil, ""},
		{"Latin-1 told UTF-16 refused, not garbled", latin1, []Option{WithEncoding(utf16)}, "", ErrEncoding,
			`articles: a.txt: bad encoding: told UTF-16, but there is no byte-order mark and no NUL byte, so this is not UTF-16 text; the bytes look like Windows-1252: decode them with encoding "windows-1252"`},
		{"UTF-16LE without a byte-order mark", utf16le, nil, "", ErrEncoding,
			`articles: a.txt: bad encoding: NUL bytes at every other byte (the first at 1), as in UTF-16LE text without a byte-order mark: decode it with encoding "utf-16le"`},
		{"UTF-16BE without a byte-order mark", utf16be, nil, "", ErrEncoding,
			`NUL bytes at every other byte (the first at 0), as in UTF-16BE text without a byte-order mark: decode it with encoding "utf-16be"`},
		{"UTF-16LE without a byte-order mark told windows-1252", utf16le, []Option{WithEncoding(charmap.Windows1252)}, "", ErrEncoding, `decode it with encoding "utf-16le"`},
		{"UTF-16LE without a byte-order mark decoded", utf16le, []Option{WithEncoding(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM))}, "Caf\u00e9 opens.", nil, ""},
		{"NUL byte", []byte("text\x00more"), nil, "", ErrNotText, "not text: binary data (NUL byte at 4)"},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), nil, "", ErrNotText, "not text: application/pdf"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, "", ErrNotText, "not text: image/png"},
		{"macOS .DS_Store", []byte("\x00\x00\x00\x01Bud1\x00\x00\x10\x00"), nil, "", ErrNotText, "NUL byte at 0"},
		{"text in braces is text", []byte("{Updated} The council met on Monday."), nil, "{Updated} The council met on Monday.", nil, ""},
		{"format forced", []byte("<html><body><p>x</p></body></html>"), []Option{WithFormat(Text)}, "<html><body><p>x</p></body></html>", nil, ""},
		{"unknown format", []byte("x"), []Option{WithFormat("yaml")}, "", nil, `unknown format "yaml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("a", "a.txt", tt.data, tt.opts...)
			if tt.msg != "" {
				if err == nil || !strings.Contains(err.Error(), tt.msg) {
					t.Fatalf("error %v, want one containing %q", err, tt.msg)
				}
				if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
					t.Errorf("error %q does not wrap %q", err, tt.sentinel)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, docs[0].Text); diff != "" || docs[0].Name != "a" {
				t.Errorf("document %q (-want +got):\n%s", docs[0].Name, diff)
			}
		})
	}
}

// TestReadJSONDocument: a JSON document read by its content (a .json name,
// or none) is refused as not article text, so a directory's expect.json is
// skipped; a .txt name or the Text format reads it as text.
func TestReadJSONDocument(t *testing.T) {
	doc := []byte("{\n  \"rows\": [{\"name\": \"deaths\"}]\n}\n")
	tests := []struct {
		name, input string
		data        []byte
		opts        []Option
		err         string // "" for read as text
	}{
		{"object over lines", "expect.json", doc, nil, "articles: expect.json: not text: a JSON document, not article text; article records are read from JSON Lines (one object a line, with a source and a text or html field)"},
		{"array after a byte-order mark", "data", []byte("\xef\xbb\xbf[\"a\", \"b\"]"), nil, "articles: data: not text: a JSON document, not article text; article records are read from JSON Lines (one object a line, with a source and a text or html field)"},
		{"a .txt name says text", "notes.txt", doc, nil, ""},
		{"the Text format says text", "expect.json", doc, []Option{WithFormat(Text)}, ""},
		{"braces in text", "note", []byte("{Updated} The council met on Monday."), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("a", tt.input, tt.data, tt.opts...)
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, ErrNotText) {
					t.Errorf("error %q does not wrap ErrNotText", err)
				}
			} else if docs[0].Text != string(tt.data) {
				t.Errorf("text %q, want the input as it is", docs[0].Text)
			}
			if diff := cmp.Diff(tt.err, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadPageEncoding: a page is decoded as its <meta> says, unless an
// encoding is given.
func TestReadPageEncoding(t *testing.T) {
	body := strings.Repeat("The harbour levy was approved by the council on Wednesday night after a long debate. ", 4)
	page := func(charset, text string) []byte {
		return []byte(`<html><head><meta charset="` + charset + `"><meta property="og:title" content="Levy"></head><body><article><p>` + text + `</p></article></body></html>`)
	}
	enc, _ := charmap.Windows1252.NewEncoder().String(body + "\u201cFair.\u201d")
	docs, err := Read("p", "p.html", page("windows-1252", enc))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Levy\n" + body + "\u201cFair.\u201d\n"; docs[0].Text != want {
		t.Errorf("declared windows-1252: got %q", docs[0].Text)
	}
	docs, err = Read("p", "p.html", page("utf-8", enc), WithEncoding(charmap.Windows1252))
	if err != nil || !strings.Contains(docs[0].Text, "\u201cFair.\u201d") {
		t.Errorf("given windows-1252 over a wrong declaration: %v, %q", err, docs)
	}
	if _, err := Read("p", "p.html", page("utf-8", enc)); !errors.Is(err, ErrEncoding) {
		t.Errorf("declared utf-8, bytes windows-1252: error %v, want ErrEncoding", err)
	}
}
