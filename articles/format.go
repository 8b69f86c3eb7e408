package articles

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// Format is a kind of input.
type Format string

// The formats Read understands.
const (
	Auto  Format = "auto"  // detected by Detect
	Text  Format = "text"  // one article as plain text
	HTML  Format = "html"  // one web page; its article is extracted
	JSONL Format = "jsonl" // JSON Lines: one article record per line
	CSV   Format = "csv"   // CSV with a header row: one article record per row
)

// Formats lists the formats in the order a usage message gives them.
var Formats = []Format{Auto, Text, HTML, JSONL, CSV}

// ParseFormat returns the format named s, or an error listing the names.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("articles: unknown format %q (want auto, text, html, jsonl or csv)", s)
}

// Detect returns the format of an input from its name's extension
// (.html/.htm/.xhtml, .jsonl/.ndjson, .csv, .txt/.text) or, for any other
// name, from its first bytes: markup that opens an HTML document, a first
// line that is a JSON object, or a first line that is a CSV header naming
// a source and a text or HTML column. Anything else is Text.
func Detect(name string, data []byte) Format {
	if f, ok := byExtension(name); ok {
		return f
	}
	return byContent(data)
}

// byContent returns the format data's first bytes say (see Detect).
func byContent(data []byte) Format {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	first, _, _ := bytes.Cut(head, []byte("\n"))
	switch {
	case looksHTML(head):
		return HTML
	case len(first) > 0 && first[0] == '{' && json.Valid(bytes.TrimSpace(first)):
		return JSONL
	case looksCSVHeader(first):
		return CSV
	}
	return Text
}

// byExtension returns the format the extension of name says, if it says one.
func byExtension(name string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML, true
	case ".jsonl", ".ndjson":
		return JSONL, true
	case ".csv":
		return CSV, true
	case ".txt", ".text":
		return Text, true
	}
	return "", false
}

// looksHTML reports whether b opens with a doctype, an <html>, <head> or
// <body> tag, or a comment followed by one of those.
func looksHTML(b []byte) bool {
	for bytes.HasPrefix(b, []byte("<!--")) {
		_, rest, ok := bytes.Cut(b, []byte("-->"))
		if !ok {
			return false
		}
		b = bytes.TrimLeft(rest, " \t\r\n")
	}
	lower := bytes.ToLower(b[:min(len(b), 16)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// looksCSVHeader reports whether line is a CSV header with a source column
// and a text or HTML column.
func looksCSVHeader(line []byte) bool {
	fields, err := csv.NewReader(bytes.NewReader(line)).Read()
	if err != nil || len(fields) < 2 {
		return false
	}
	cols := columns(fields)
	_, src := cols["source"]
	_, outlet := cols["outlet"]
	_, text := cols["text"]
	_, page := cols["html"]
	return (src || outlet) && (text || page)
}
