// Package records reads article records, one JSON object a line (JSON
// Lines), into documents: the input of a feed for claimdiff stories and its
// distributed pipeline, which must read a line the same way. It is a
// stopgap until a package of its own reads article records of every format
// (JSON Lines, CSV, HTML); swap it for that one when it lands.
//
// A record has the fields source (or outlet), title, url, published (RFC
// 3339, or a date as 2006-01-02) and text; only source and text are
// required, other fields are ignored. A record that is not UTF-8 text, not
// a JSON object, lacks a required field or has a field of the wrong type is
// an error naming its line and the field.
package records

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// record is the shape of one line.
type record struct {
	Source    *string `json:"source"`
	Outlet    *string `json:"outlet"`
	Title     *string `json:"title"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Text      *string `json:"text"`
}

// Parse reads one record. line is the record's line number, for messages.
func Parse(data []byte, line int) (claims.Document, error) {
	fail := func(format string, args ...any) (claims.Document, error) {
		return claims.Document{}, fmt.Errorf("line %d: "+format, append([]any{line}, args...)...)
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return fail("not valid UTF-8 at byte %d", i)
			}
			i += size
		}
	}
	var r record
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fail("field %q: want a %s, got a JSON %s", te.Field, te.Type, te.Value)
		}
		return fail("not a JSON object: %v", err)
	}
	if dec.More() {
		return fail("more than one JSON value on the line")
	}
	d := claims.Document{}
	switch {
	case r.Source != nil && *r.Source != "":
		d.Name = *r.Source
	case r.Outlet != nil && *r.Outlet != "":
		d.Name = *r.Outlet
	default:
		return fail("field \"source\" (or \"outlet\") is missing or empty")
	}
	if r.Text == nil {
		return fail("field \"text\" is missing")
	}
	d.Text = *r.Text
	if i := strings.IndexByte(d.Text, 0); i >= 0 {
		return fail("field \"text\": NUL byte at %d: binary data, not text", i)
	}
	if r.Title != nil {
		d.Title = *r.Title
	}
	if r.URL != nil {
		d.URL = *r.URL
	}
	if r.Published != nil && *r.Published != "" {
		t, err := parseTime(*r.Published)
		if err != nil {
			return fail("field \"published\": %q is neither RFC 3339 (2006-01-02T15:04:05Z) nor a date (2006-01-02)", *r.Published)
		}
		d.Published = t
	}
	return d, nil
}

func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	return time.Parse(time.DateOnly, s)
}

// Read reads every record of r, a JSON Lines stream named from (for
// messages); blank lines and a UTF-8 byte-order mark are skipped. A line longer than maxBytes (no limit
// if maxBytes <= 0) is an error.
func Read(r io.Reader, from string, maxBytes int) ([]claims.Document, error) {
	limit := maxBytes
	if limit <= 0 {
		limit = math.MaxInt32
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, min(64<<10, limit)), limit)
	var docs []claims.Document
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff")) // a byte-order mark
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		d, err := Parse(b, line)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", from, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, fmt.Errorf("%s: line %d: longer than the limit of %d bytes (raise it with -max-bytes)", from, line+1, limit)
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", from, err)
	}
	return docs, nil
}
