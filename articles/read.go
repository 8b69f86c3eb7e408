package articles

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// Option configures Read.
type Option func(*config)

type config struct {
	format   Format
	encoding encoding.Encoding
	repeated bool
}

// WithFormat reads the input as f instead of detecting its format; Auto,
// the default, detects it with Detect.
func WithFormat(f Format) Option { return func(c *config) { c.format = f } }

// WithEncoding decodes the input from enc (see LookupEncoding) before
// reading it; a web page's own charset declaration is then ignored. Input
// that is valid UTF-8 with non-ASCII text is read as UTF-8 all the same
// (see KeepsUTF8), so that one encoding can be given for a mix of legacy
// and UTF-8 sources; input that starts with a UTF-16 byte-order mark is
// decoded as UTF-16 (see BOMOverrides). With
// none (nil), text and records must be UTF-8, and a web page is decoded as
// its byte-order mark or charset declaration says (UTF-8 if valid, as
// browsers do otherwise: Windows-1252).
func WithEncoding(enc encoding.Encoding) Option { return func(c *config) { c.encoding = enc } }

// WithRepeatedSources accepts records that name a source other records
// name too: a feed holds an outlet's articles on many events, and the
// stories package names them apart within a story. By default two records
// of one source are an error (ErrDuplicateSource), as a comparison tells
// sources apart by name.
func WithRepeatedSources() Option { return func(c *config) { c.repeated = true } }

// Read returns the documents of one input: one for text or a web page,
// named name; one per record for JSON Lines and CSV, named by their source
// field. input names where data came from (a file path, "standard input")
// in errors and, with the Auto format, gives its extension to Detect.
//
// A text document's Text is data (or data decoded from the given
// encoding); a web page's is the extracted article, one line per
// paragraph, headline first, and a record's is its text field (or its
// extracted html field). Title, URL and Published are set when known.
// Errors are *Error, wrapping one of the package's sentinel errors.
func Read(name, input string, data []byte, opts ...Option) ([]claims.Document, error) {
	cfg := config{format: Auto}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.encoding != nil && hasUTF16BOM(data) {
		cfg.encoding = utf16BOM // the mark says what the bytes are
	}
	// UTF-16 text is full of NUL bytes: it is checked once decoded.
	if cfg.encoding == nil || !isUTF16(cfg.encoding) {
		if err := sniffBinary(data); err != nil {
			return nil, &Error{Input: input, Err: err}
		}
	}
	format := cfg.format
	if format == Auto {
		var named bool
		if format, named = byExtension(input); !named {
			if format = byContent(data); format == Text && jsonDocument(data) {
				// A JSON file in a directory of articles (a story's
				// expected results, a config) would otherwise become a
				// source. A name ending in .txt says text, and is read so.
				return nil, &Error{Input: input, Err: fmt.Errorf("%w: a JSON document, not article text; article records are read from JSON Lines (one object a line, with a source and a text or html field)", ErrNotText)}
			}
		}
	}
	switch format {
	case Text:
		text, err := decodeText(data, cfg.encoding)
		if err != nil {
			return nil, &Error{Input: input, Err: err}
		}
		return []claims.Document{{Name: name, Text: text}}, nil
	case HTML:
		src, err := decodePage(data, cfg.encoding)
		if err != nil {
			return nil, &Error{Input: input, Err: err}
		}
		p, err := extract(src)
		if err != nil {
			return nil, &Error{Input: input, Err: err}
		}
		return []claims.Document{{Name: name, Text: p.Text, Title: p.Title, URL: p.URL, Published: p.Published}}, nil
	case JSONL, CSV:
		if cfg.encoding != nil {
			text, err := decodeText(data, cfg.encoding)
			if err != nil {
				return nil, &Error{Input: input, Err: err}
			}
			data = []byte(text)
		}
		if format == JSONL {
			return readJSONL(input, data, cfg.repeated)
		}
		return readCSV(input, data, cfg.repeated)
	}
	return nil, &Error{Input: input, Err: fmt.Errorf("unknown format %q (want auto, text, html, jsonl or csv)", format)}
}

// decodePage returns a web page as UTF-8: decoded from enc when given,
// otherwise as its byte-order mark or <meta charset> says, or as UTF-8
// when it is valid UTF-8 (the HTML standard's sniffing, x/net's charset).
func decodePage(data []byte, enc encoding.Encoding) (string, error) {
	if enc == nil {
		var name string
		enc, name, _ = charset.DetermineEncoding(data, "text/html")
		if name == "utf-8" {
			enc = nil
		}
	}
	return decodeText(data, enc)
}

// jsonDocument reports whether data, past a byte-order mark and white
// space, is one whole JSON object or array: data, not article text. (A
// JSON object on one line is a record, and Detect calls it JSON Lines.)
func jsonDocument(data []byte) bool {
	d := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	return len(d) > 0 && (d[0] == '{' || d[0] == '[') && json.Valid(d)
}
