package articles

import (
	"errors"
	"fmt"
	"strings"
)

// Errors a caller can test for with errors.Is; an [*Error] wraps one.
var (
	// ErrNotText: the input is binary (a PDF, an image, an archive, NUL
	// bytes), not text, or, read by its content, a JSON document (an object
	// or array over several lines) rather than an article. A directory
	// reader may skip such a file.
	ErrNotText = errors.New("not text")
	// ErrEncoding: the bytes are not valid in the input's encoding (UTF-8
	// unless one is given).
	ErrEncoding = errors.New("bad encoding")
	// ErrNoArticle: a web page holds no article text the extractor found.
	ErrNoArticle = errors.New("no article text found")
	// ErrBadRecord: a JSON Lines line or a CSV row cannot be parsed.
	ErrBadRecord = errors.New("malformed record")
	// ErrMissingField: a record lacks a required field (a source name, the
	// article's text or HTML).
	ErrMissingField = errors.New("missing field")
	// ErrBadDate: a record's published field is not RFC 3339 or YYYY-MM-DD.
	ErrBadDate = errors.New("unparsable date")
	// ErrDuplicateSource: two records share a source name.
	ErrDuplicateSource = errors.New("duplicate source")
	// ErrNoRecords: a JSON Lines or CSV input holds no record.
	ErrNoRecords = errors.New("no records")
)

// Error locates a failure: the input, the record in it and the field.
type Error struct {
	Input string // the input as the caller named it: a file path, "standard input"
	Line  int    // 1-based line of a JSON Lines record; 0 if none
	Row   int    // 1-based row of a CSV record, counting the header; 0 if none
	Field string // the record's field, e.g. "published"; "" if none
	Err   error  // what is wrong; wraps one of the package's sentinel errors
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("articles: ")
	b.WriteString(e.Input)
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d", e.Line)
	}
	if e.Row > 0 {
		fmt.Fprintf(&b, ": row %d", e.Row)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }
