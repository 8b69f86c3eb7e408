package articles

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/claims"
)

const shortPage = `<html><head><title>x</title><meta property="og:title" content="Dam fails"></head><body><article><p>` +
	`About 3,500 residents fled their homes when the Alder Creek dam failed around 9 p.m. on Saturday, officials said on Sunday morning in a statement to reporters.</p></article></body></html>`

func TestRecords(t *testing.T) {
	day := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	at := time.Date(2026, 3, 15, 6, 12, 0, 0, time.FixedZone("", -7*3600))
	tests := []struct {
		name, input, data string
		want              []claims.Document
	}{
		{"jsonl", "feed.jsonl",
			`{"source": "courier", "title": "Dam breach", "url": "https://c.example/a", "published": "2026-03-15T06:12:00-07:00", "text": "Some 2,000 residents were evacuated.\n"}` + "\n\n" +
				`{"outlet": "post", "published": "2026-03-15", "text": "Two people died.", "author": "A. Writer", "id": 7}` + "\n",
			[]claims.Document{
				{Name: "courier", Title: "Dam breach", URL: "https://c.example/a", Published: at, Text: "Some 2,000 residents were evacuated.\n"},
				{Name: "post", Published: day, Text: "Two people died."},
			}},
		{"jsonl null fields, no final newline", "feed.jsonl",
			`{"source": "a", "title": null, "text": "One."}`,
			[]claims.Document{{Name: "a", Text: "One."}}},
		{"jsonl html field", "feed.jsonl",
			`{"source": "ledger", "url": "https://l.example/x", "html": ` + quote(shortPage) + `}`,
			[]claims.Document{{Name: "ledger", Title: "Dam fails", URL: "https://l.example/x",
				Text: "Dam fails\nAbout 3,500 residents fled their homes when the Alder Creek dam failed around 9 p.m. on Saturday, officials said on Sunday morning in a statement to reporters.\n"}}},
		{"csv", "feed.csv",
			"\ufeffSource, Title ,URL,Published,Text,lang\n" +
				"courier,Dam breach,https://c.example/a,2026-03-15,\"Some 2,000 residents were evacuated.\nTwo died.\",en\n" +
				"herald,,,,1800 people left.,en\n",
			[]claims.Document{
				{Name: "courier", Title: "Dam breach", URL: "https://c.example/a", Published: day, Text: "Some 2,000 residents were evacuated.\nTwo died."},
				{Name: "herald", Text: "1800 people left."},
			}},
		{"csv outlet and html columns", "feed.csv",
			"outlet,html\nledger," + csvQuote(shortPage) + "\n",
			[]claims.Document{{Name: "ledger", Title: "Dam fails",
				Text: "Dam fails\nAbout 3,500 residents fled their homes when the Alder Creek dam failed around 9 p.m. on Saturday, officials said on Sunday morning in a statement to reporters.\n"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read("ignored", tt.input, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
		})
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

func csvQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// TestRecordErrors: each bad record is an error naming the input, the
// record and the field, and wrapping the sentinel a caller can test.
func TestRecordErrors(t *testing.T) {
	tests := []struct {
		name, input, data string
		sentinel          error
		msg               string
	}{
		{"jsonl missing text", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `{"source": "b", "content": "y"}`,
			ErrMissingField, `articles: r.jsonl: line 2: field "text": missing field: the record has no article (a "text" or "html" field that is not empty); it has "content", "source"`},
		{"jsonl lone surrogate", "r.jsonl", `{"source": "a", "text": "Caf\u00e9 \ud800 owners met."}`,
			ErrEncoding, `articles: r.jsonl: line 1: field "text": bad encoding: a lone UTF-16 surrogate escape`},
		{"jsonl surrogate pair and an escaped U+FFFD are fine", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `{"source": "b", "text": "Flag \ud83c\uddee\ud83c\uddf6 and \ufffd and \uFFFD."}` + "\n" + `{"source": "c", "title": "\ud800", "text": "y"}`,
			ErrEncoding, `line 3: field "title": bad encoding: a lone UTF-16 surrogate escape`},
		{"jsonl blank text", "r.jsonl", `{"source": "a", "text": "  \n"}`,
			ErrMissingField, `line 1: field "text": missing field: the record has no article (a "text" or "html" field that is not empty); it has "source", "text" (empty)`},
		{"jsonl bad date", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `{"source": "b", "text": "y", "published": "15/03/2026"}`,
			ErrBadDate, `articles: r.jsonl: line 2: field "published": unparsable date: "15/03/2026" is neither RFC 3339 (2026-03-15T06:12:00Z) nor YYYY-MM-DD`},
		{"jsonl duplicate source", "r.jsonl", `{"source": "a", "text": "x"}` + "\n\n" + `{"outlet": "a", "text": "y"}`,
			ErrDuplicateSource, `articles: r.jsonl: line 3: field "outlet": duplicate source: "a" is also the source of line 1`},
		// Lines are decoded at once; the first fault in the input wins,
		// and in one record a duplicate source wins over its other faults.
		{"jsonl first fault wins", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `{"source": "b", "text": "y", "published": "soon"}` + "\n" + `["not", "an", "object"]` + "\n" + `{"text": "z"}`,
			ErrBadDate, `articles: r.jsonl: line 2: field "published": unparsable date: "soon"`},
		{"jsonl duplicate before other faults", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `{"source": "a", "text": "", "published": "soon"}` + "\n" + `{"text": "z"}`,
			ErrDuplicateSource, `articles: r.jsonl: line 2: field "source": duplicate source: "a" is also the source of line 1`},
		{"jsonl no source", "r.jsonl", `{"text": "x"}`,
			ErrMissingField, `line 1: field "source": missing field: the record names no source`},
		{"jsonl not an object", "r.jsonl", `{"source": "a", "text": "x"}` + "\n" + `["a", "b"]`,
			ErrBadRecord, `articles: r.jsonl: line 2: malformed record: not a JSON object`},
		{"jsonl a JSON array of records", "r.jsonl", "[\n  " + `{"source": "a", "text": "x"}` + ",\n  " + `{"source": "b", "text": "y"}` + "\n]\n",
			ErrBadRecord, `articles: r.jsonl: malformed record: a JSON document over several lines (an array or an indented object), not JSON Lines: write one object a line`},
		{"jsonl an indented object", "r.jsonl", "\xef\xbb\xbf{\n  \"source\": \"a\",\n  \"text\": \"x\"\n}",
			ErrBadRecord, `malformed record: a JSON document over several lines`},
		{"jsonl one object", "r.jsonl", `{"source": "a", "text": "x", "title": 12}` + "\n",
			ErrBadRecord, `line 1: field "title": malformed record: want a string, got a number`},
		{"jsonl broken JSON", "r.jsonl", `{"source": "a", "text": "x"`,
			ErrBadRecord, `line 1: malformed record`},
		{"jsonl number field", "r.jsonl", `{"source": "a", "text": "x", "title": 12}`,
			ErrBadRecord, `line 1: field "title": malformed record: want a string, got a number`},
		{"jsonl invalid UTF-8", "r.jsonl", "{\"source\": \"a\", \"text\": \"x\xff\"}",
			ErrEncoding, `line 1: bad encoding: not valid UTF-8 at byte 26`},
		{"jsonl NUL escape", "r.jsonl", `{"source": "a", "text": "x\u0000y"}`,
			ErrNotText, `line 1: field "text": not text: binary data (NUL byte at 1)`},
		{"jsonl html without article", "r.jsonl", `{"source": "a", "html": "<html><body></body></html>"}`,
			ErrNoArticle, `line 1: field "html": no article text found`},
		{"jsonl empty", "r.jsonl", "\n\n",
			ErrNoRecords, `articles: r.jsonl: no records`},
		{"csv empty", "r.csv", "",
			ErrNoRecords, `articles: r.csv: no records: the input is empty`},
		{"csv header only", "r.csv", "source,text\n",
			ErrNoRecords, `articles: r.csv: no records: a header row and no article`},
		{"csv no source column", "r.csv", "name,text\na,x\n",
			ErrMissingField, `articles: r.csv: row 1: field "source": missing field: the header has no "source" or "outlet" column`},
		{"csv no text column", "r.csv", "source,body\na,x\n",
			ErrMissingField, `articles: r.csv: row 1: field "text": missing field: the header has no "text" or "html" column`},
		{"csv duplicate column", "r.csv", "source,text,Text\na,x,y\n",
			ErrBadRecord, `row 1: malformed record: the header names a column twice`},
		{"csv missing text", "r.csv", "source,text\na,x\nb,\n",
			ErrMissingField, `articles: r.csv: row 3: field "text": missing field`},
		{"csv bad date", "r.csv", "source,published,text\na,yesterday,x\n",
			ErrBadDate, `articles: r.csv: row 2: field "published": unparsable date: "yesterday"`},
		{"csv duplicate source", "r.csv", "source,text\na,x\nb,y\na,z\n",
			ErrDuplicateSource, `articles: r.csv: row 4: field "source": duplicate source: "a" is also the source of row 2`},
		{"csv wrong field count", "r.csv", "source,text\na,x\nb,y,z\n",
			ErrBadRecord, `articles: r.csv: row 3: malformed record: wrong number of fields (line 3, column 1)`},
		{"csv bad quote", "r.csv", "source,text\na,\"x\"y\"\n",
			ErrBadRecord, `row 2: malformed record: extraneous or missing " in quoted-field`},
		{"csv invalid UTF-8", "r.csv", "source,text\na,x\xe9y\n",
			ErrEncoding, `row 2: field "text": bad encoding: not valid UTF-8 at byte 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("ignored", tt.input, []byte(tt.data))
			if err == nil {
				t.Fatalf("no error; documents %+v", docs)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %q does not wrap %q", err, tt.sentinel)
			}
			var e *Error
			if !errors.As(err, &e) || e.Input != tt.input {
				t.Errorf("error %q is not an *Error naming %q", err, tt.input)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error\n%q\ndoes not contain\n%q", err, tt.msg)
			}
		})
	}
}
