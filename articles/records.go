package articles

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/parallel"
)

// A record's fields. Unknown fields are ignored (scrapers add their own:
// ids, authors, languages), but named when a required field is missing, so
// that a misnamed text column ("body", "content") is reported, not lost.
const (
	fieldSource    = "source" // or "outlet"; "source" wins when both are set
	fieldOutlet    = "outlet"
	fieldTitle     = "title"
	fieldURL       = "url"
	fieldPublished = "published" // RFC 3339 or YYYY-MM-DD; empty: unknown
	fieldText      = "text"      // the article text, kept as given
	fieldHTML      = "html"      // a web page, extracted when text is empty
)

var known = map[string]bool{fieldSource: true, fieldOutlet: true, fieldTitle: true, fieldURL: true,
	fieldPublished: true, fieldText: true, fieldHTML: true}

// where locates a record in its input: a JSON Lines line or a CSV row.
type where struct {
	input     string
	line, row int
}

func (w where) err(field string, err error) error {
	return &Error{Input: w.input, Line: w.line, Row: w.row, Field: field, Err: err}
}

func (w where) String() string {
	if w.row > 0 {
		return fmt.Sprintf("row %d", w.row)
	}
	return fmt.Sprintf("line %d", w.line)
}

// records turns records (field name to value) into documents, checking
// each and that no two share a source.
type records struct {
	seen     map[string]where
	repeated bool // sources may repeat (WithRepeatedSources)
	docs     []claims.Document
}

// parsed is a record read into a document, or the first fault found in it.
type parsed struct {
	at     where
	source string // the record's source; "" when it names none or could not be read (err says why)
	field  string // the field that names it: fieldSource or fieldOutlet
	doc    claims.Document
	err    error
}

// parse reads rec, found at at, into a document: every check of a record
// but whether another shares its source (records.add), so that records
// can be parsed on all cores.
func parse(at where, rec map[string]string) parsed {
	p := parsed{at: at, source: rec[fieldSource], field: fieldSource}
	if p.source == "" {
		p.source, p.field = rec[fieldOutlet], fieldOutlet
	}
	if strings.TrimSpace(p.source) == "" {
		return parsed{at: at, err: at.err(fieldSource, fmt.Errorf("%w: the record names no source (a \"source\" or \"outlet\" field)%s", ErrMissingField, others(rec)))}
	}
	p.doc, p.err = document(at, p.source, rec)
	return p
}

// document checks the fields of rec, a record of source name, and reads
// its document.
func document(at where, name string, rec map[string]string) (claims.Document, error) {
	for field, v := range rec {
		if err := CheckText(v); err != nil {
			return claims.Document{}, at.err(field, err)
		}
	}
	doc := claims.Document{Name: name, Text: rec[fieldText], Title: rec[fieldTitle], URL: rec[fieldURL]}
	if p := rec[fieldPublished]; p != "" {
		t, err := parseDate(p)
		if err != nil {
			return claims.Document{}, at.err(fieldPublished, err)
		}
		doc.Published = t
	}
	if strings.TrimSpace(doc.Text) == "" {
		if strings.TrimSpace(rec[fieldHTML]) == "" {
			return claims.Document{}, at.err(fieldText, fmt.Errorf("%w: the record has no article (a \"text\" or \"html\" field that is not empty)%s", ErrMissingField, others(rec)))
		}
		page, err := extract(rec[fieldHTML])
		if err != nil {
			return claims.Document{}, at.err(fieldHTML, err)
		}
		doc.Text = page.Text
		// The record's own metadata wins over the page's.
		doc.Title = cmpOr(doc.Title, page.Title)
		doc.URL = cmpOr(doc.URL, page.URL)
		if doc.Published.IsZero() {
			doc.Published = page.Published
		}
	}
	return doc, nil
}

// add adds the document of a parsed record, in input order: a record
// without a source (one that names none or could not be read: its err is
// set), then one whose source an earlier record has (unless sources may
// repeat), then any other fault fails.
func (rs *records) add(p parsed) error {
	if p.source == "" {
		return p.err
	}
	if prev, ok := rs.seen[p.source]; ok && !rs.repeated {
		return p.at.err(p.field, fmt.Errorf("%w: %q is also the source of %v", ErrDuplicateSource, p.source, prev))
	}
	if p.err != nil {
		return p.err
	}
	rs.seen[p.source] = p.at
	rs.docs = append(rs.docs, p.doc)
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// others names a record's fields, for a message about a missing one.
func others(rec map[string]string) string {
	var names []string
	for k, v := range rec {
		if (k == fieldText || k == fieldHTML) && strings.TrimSpace(v) == "" {
			names = append(names, fmt.Sprintf("%q (empty)", k))
			continue
		}
		names = append(names, fmt.Sprintf("%q", k))
	}
	if len(names) == 0 {
		return "; it has no fields"
	}
	slices.Sort(names)
	return "; it has " + strings.Join(names, ", ")
}

// parseDate reads a publication date: RFC 3339, or a day (YYYY-MM-DD, UTC).
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%w: %q is neither RFC 3339 (2026-03-15T06:12:00Z) nor YYYY-MM-DD", ErrBadDate, s)
}

// readJSONL reads one JSON object per line; blank lines are skipped. The
// value of a known field is a string or null (absent); other fields may
// hold anything. Lines are decoded on all cores (a feed of a day of news
// is a hundred megabytes), then added in order, so the first fault in the
// input is the one reported.
func readJSONL(input string, data []byte, repeated bool) ([]claims.Document, error) {
	if d := bytes.TrimSpace(data); bytes.IndexByte(d, '\n') >= 0 && jsonDocument(d) {
		// One JSON value over several lines (an array of records, an
		// indented object): its first line, "[" or "{", would be called
		// "not a JSON object".
		return nil, &Error{Input: input, Err: fmt.Errorf("%w: a JSON document over several lines (an array or an indented object), not JSON Lines: write one object a line", ErrBadRecord)}
	}
	var lines [][]byte
	for line := range bytes.Lines(data) {
		lines = append(lines, line)
	}
	recs := make([]parsed, len(lines))
	blank := make([]bool, len(lines))
	parallel.For(context.Background(), len(lines), 16, nil, func(i int) {
		b := bytes.TrimSpace(lines[i])
		if i == 0 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		if len(b) == 0 {
			blank[i] = true
			return
		}
		recs[i] = parseJSON(where{input: input, line: i + 1}, b)
	})
	rs := &records{seen: map[string]where{}, repeated: repeated}
	for i, p := range recs {
		if blank[i] {
			continue
		}
		if err := rs.add(p); err != nil {
			return nil, err
		}
	}
	if len(rs.docs) == 0 {
		return nil, &Error{Input: input, Err: fmt.Errorf("%w: no JSON object on any line", ErrNoRecords)}
	}
	return rs.docs, nil
}

// parseJSON parses line b, at at, a JSON object.
func parseJSON(at where, b []byte) parsed {
	// encoding/json replaces invalid UTF-8 in strings silently: refuse it first.
	if err := CheckText(string(b)); err != nil {
		return parsed{at: at, err: at.err("", err)}
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return parsed{at: at, err: at.err("", fmt.Errorf("%w: not a JSON object: %v", ErrBadRecord, err))}
	}
	rec := make(map[string]string, len(raw))
	for k, v := range raw {
		if !known[k] {
			rec[k] = "" // ignored, but named if a required field is missing
			continue
		}
		var s *string
		if err := json.Unmarshal(v, &s); err != nil {
			return parsed{at: at, err: at.err(k, fmt.Errorf("%w: want a string, got %s", ErrBadRecord, jsonKind(v)))}
		}
		if s != nil {
			if lostSurrogate(v, *s) {
				return parsed{at: at, err: at.err(k, fmt.Errorf("%w: a lone UTF-16 surrogate escape (\\ud800-\\udfff), which encoding/json would replace with U+FFFD", ErrEncoding))}
			}
			rec[k] = *s
		}
	}
	return parse(at, rec)
}

// lostSurrogate reports whether decoding the JSON string raw into s
// replaced something with U+FFFD: s holds more of it than raw writes, as
// itself or as the escape \ufffd. encoding/json does so, silently, for an
// escaped lone surrogate ("\ud800"); invalid bytes are refused before.
func lostSurrogate(raw json.RawMessage, s string) bool {
	n := strings.Count(s, "\uFFFD")
	if n == 0 {
		return false
	}
	lower := bytes.ToLower(raw)
	return n > bytes.Count(raw, []byte("\uFFFD"))+bytes.Count(lower, []byte(`\ufffd`))
}

// jsonKind names the kind of a JSON value for a message.
func jsonKind(v json.RawMessage) string {
	switch b := bytes.TrimSpace(v); {
	case len(b) == 0:
		return "nothing"
	case b[0] == '{':
		return "an object"
	case b[0] == '[':
		return "an array"
	case b[0] == 't' || b[0] == 'f':
		return "a boolean"
	default:
		return "a number"
	}
}

// readCSV reads a header row naming the fields, then one record per row.
// Header names are matched without regard to case or surrounding space.
func readCSV(input string, data []byte, repeated bool) ([]claims.Document, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, &Error{Input: input, Err: fmt.Errorf("%w: the input is empty (want a header row, then one row per article)", ErrNoRecords)}
	}
	if err != nil {
		return nil, &Error{Input: input, Row: 1, Err: fmt.Errorf("%w: %v", ErrBadRecord, csvCause(err))}
	}
	cols := columns(header)
	if len(cols) != len(header) {
		return nil, &Error{Input: input, Row: 1, Err: fmt.Errorf("%w: the header names a column twice: %q", ErrBadRecord, header)}
	}
	head := where{input: input, row: 1}
	if _, ok := cols[fieldSource]; !ok {
		if _, ok := cols[fieldOutlet]; !ok {
			return nil, head.err(fieldSource, fmt.Errorf("%w: the header has no \"source\" or \"outlet\" column: %q", ErrMissingField, header))
		}
	}
	_, text := cols[fieldText]
	_, page := cols[fieldHTML]
	if !text && !page {
		return nil, head.err(fieldText, fmt.Errorf("%w: the header has no \"text\" or \"html\" column: %q", ErrMissingField, header))
	}
	rs := &records{seen: map[string]where{}, repeated: repeated}
	for row := 2; ; row++ {
		fields, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		at := where{input: input, row: row}
		if err != nil {
			return nil, at.err("", fmt.Errorf("%w: %v", ErrBadRecord, csvCause(err)))
		}
		rec := make(map[string]string, len(cols))
		for name, i := range cols {
			rec[name] = fields[i]
		}
		if err := rs.add(parse(at, rec)); err != nil {
			return nil, err
		}
	}
	if len(rs.docs) == 0 {
		return nil, &Error{Input: input, Err: fmt.Errorf("%w: a header row and no article", ErrNoRecords)}
	}
	return rs.docs, nil
}

// csvCause keeps what a csv.ParseError says, with the line where the
// trouble is; the row is given by the caller.
func csvCause(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%v (line %d, column %d)", pe.Err, pe.Line, pe.Column)
	}
	return err
}

// columns maps lower-cased, trimmed header names to their column.
func columns(header []string) map[string]int {
	cols := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	return cols
}
