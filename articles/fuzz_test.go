package articles

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// fuzzRead checks what Read promises for any input in format f: no panic,
// an *Error on failure, and documents of valid UTF-8 text with names.
func fuzzRead(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Read("doc", "input", data, WithFormat(format))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		for _, d := range docs {
			if d.Name == "" || !utf8.ValidString(d.Text) {
				t.Fatalf("document %q: text valid UTF-8: %v", d.Name, utf8.ValidString(d.Text))
			}
			if format == Text && d.Text != string(data) {
				t.Fatal("text input changed")
			}
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	fuzzRead(f, JSONL,
		`{"source": "a", "text": "x", "published": "2026-03-15"}`+"\n"+`{"outlet": "b", "title": "t", "text": "y"}`,
		`{"source": "a", "html": "<p>x</p>"}`,
		`{"source": "a", "text": null, "id": [1, {"x": 2}]}`,
		"\ufeff{\"source\": \"a\", \"text\": \"x\\u0000\"}\n\n",
		`{"source": "a", "text": "x"}`+"\n"+`{"source": "a", "text": "y"}`,
	)
}

func FuzzReadCSV(f *testing.F) {
	fuzzRead(f, CSV,
		"source,title,url,published,text\na,t,u,2026-03-15T06:12:00Z,\"x\ny\"\n",
		"outlet,html\nb,<p>x</p>\n",
		"source,text\na,\"x\"\"y\"\nb,\n",
		"\ufeffSOURCE;TEXT\na;b\n",
	)
}

func FuzzReadHTML(f *testing.F) {
	pages, _ := filepath.Glob("testdata/*/*.html")
	more, _ := filepath.Glob("testdata/dam/*/*.html")
	var seeds []string
	for _, p := range append(pages, more...) {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	seeds = append(seeds, "", "<html>", "<p>x<br><br><br>y</p>", `<script type="application/ld+json">{"articleBody": 1, "headline": ["x"]}</script>`,
		"<table><tr><td><h1>x</h1></td></tr></table><p>"+string(make([]byte, 300))+"</p>")
	fuzzRead(f, HTML, seeds...)
}

func FuzzReadText(f *testing.F) {
	fuzzRead(f, Text, "Plain text.\r\n", "\xff\xfeH\x00", "caf\xe9", "%PDF-1.4", "")
}
