package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// jsonReport is the part of compare -format json these tests read.
type jsonReport struct {
	Sources []struct {
		Name      string `json:"name"`
		Title     string `json:"title"`
		URL       string `json:"url"`
		Published string `json:"published"`
		Text      string `json:"text"`
		Sentences int    `json:"sentences"`
	} `json:"sources"`
	Clusters []struct {
		Claims []struct {
			Source     string `json:"source"`
			Start, End int
			Text       string `json:"text"`
		} `json:"claims"`
		Divergences []struct {
			Kind string `json:"kind"`
			A, B struct {
				Source     string `json:"source"`
				Value      string `json:"value"`
				Start, End int
			}
		} `json:"divergences"`
	} `json:"clusters"`
}

func decodeReport(t *testing.T, out string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, out)
	}
	return r
}

// checkOffsets checks text == source text[start:end] for every claim and
// divergence side, with each source's text from the report (derived
// sources) or from raw (files read as they are).
func checkOffsets(t *testing.T, r jsonReport, raw map[string]string) {
	t.Helper()
	text := map[string]string{}
	for _, s := range r.Sources {
		text[s.Name] = s.Text
		if s.Text == "" {
			text[s.Name] = raw[s.Name]
		}
	}
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if got := text[cl.Source][cl.Start:cl.End]; got != cl.Text {
				t.Errorf("%s[%d:%d] = %q, claim text %q", cl.Source, cl.Start, cl.End, got, cl.Text)
			}
		}
		for _, d := range c.Divergences {
			for _, side := range []struct {
				Source     string `json:"source"`
				Value      string `json:"value"`
				Start, End int
			}{d.A, d.B} {
				if got := text[side.Source][side.Start:side.End]; got != side.Value {
					t.Errorf("%s[%d:%d] = %q, divergence value %q", side.Source, side.Start, side.End, got, side.Value)
				}
			}
		}
	}
}

var damPages = filepath.Join("..", "..", "articles", "testdata", "dam")

// TestWebPages compares the dam story's pages: each source carries its
// extracted text and metadata, and offsets hold against that text.
func TestWebPages(t *testing.T) {
	var args []string
	for _, o := range []string{"courier", "herald", "ledger", "post"} {
		args = append(args, filepath.Join(damPages, "clutter", o+".html"))
	}
	code, out, errOut := cli(t, "", append([]string{"-format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	r := decodeReport(t, out)
	if len(r.Sources) != 4 || len(r.Clusters) == 0 {
		t.Fatalf("%d sources, %d clusters", len(r.Sources), len(r.Clusters))
	}
	courier := r.Sources[0]
	if courier.Name != "courier" || courier.Title != "Dam breach forces 2,000 from homes in Kestrel Falls" ||
		courier.URL != "https://www.courier.example/news/2026/03/kestrel-falls-dam" || courier.Published != "2026-03-15T06:12:00-07:00" {
		t.Errorf("courier: %+v", courier)
	}
	for _, s := range r.Sources {
		if s.Text == "" || strings.Contains(s.Text, "<") {
			t.Errorf("source %q: text %q, want the extracted article", s.Name, s.Text)
		}
	}
	checkOffsets(t, r, nil)
}

// TestSplitWebPage: split reads a page's article, not its markup, and
// the headline is a claim, not furniture.
func TestSplitWebPage(t *testing.T) {
	code, out, errOut := cli(t, "", "split", filepath.Join(damPages, "minified", "courier.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, bad := range []string{"<!DOCTYPE", "<script", "function(", "&#39;", "&mdash;"} {
		if strings.Contains(out, bad) {
			t.Errorf("split output holds %q", bad)
		}
	}
	var first struct {
		Text      string `json:"text"`
		Furniture bool   `json:"furniture"`
	}
	json.Unmarshal([]byte(out[:strings.Index(out, "\n")]), &first)
	if first.Text != "Dam breach forces 2,000 from homes in Kestrel Falls" || first.Furniture {
		t.Errorf("first sentence %+v, want the headline as a claim", first)
	}
	if n := strings.Count(out, "\n"); n < 10 {
		t.Errorf("%d sentences, want the article's 10 or more", n)
	}
}

func TestRecordsCLI(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(jsonl, []byte(`{"source": "wire", "title": "Troops", "url": "https://wire.example/t", "published": "2024-01-27", "text": "About 2,500 US troops are stationed in Iraq, officials said."}
{"outlet": "daily", "text": "Some 3,000 US troops are stationed in Iraq, officials said.", "lang": "en"}
`), 0o644)
	code, out, errOut := cli(t, "", jsonl, "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	r := decodeReport(t, out)
	if len(r.Sources) != 2 || r.Sources[1].Name != "wire" || r.Sources[1].Title != "Troops" ||
		r.Sources[1].Published != "2024-01-27T00:00:00Z" || r.Sources[1].Text == "" {
		t.Fatalf("sources %+v", r.Sources)
	}
	if len(r.Clusters) != 1 || len(r.Clusters[0].Divergences) != 1 {
		t.Fatalf("clusters %+v, want one with a number divergence", r.Clusters)
	}
	checkOffsets(t, r, nil)

	// CSV on standard input, detected by its header.
	csv := "source,text\nwire,About 2500 US troops are in Iraq.\ndaily,Some 3000 US troops are in Iraq.\n"
	code, out, errOut = cli(t, csv, "split")
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"source":"daily"`) {
		t.Errorf("CSV on standard input: exit %d, %q, %q", code, out, errOut)
	}
	code, _, errOut = cli(t, csv, "split", "-input", "csv", "-")
	if code != 0 {
		t.Errorf("-input csv -: exit %d: %s", code, errOut)
	}
}

// TestInputFailures: bad records and sources fail with a message naming
// them, exit status 1 and nothing on standard output.
func TestInputFailures(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	missingText := write("a.jsonl", `{"source": "a", "text": "x"}`+"\n"+`{"source": "b", "body": "y"}`+"\n")
	badDate := write("b.csv", "source,published,text\na,yesterday,x\n")
	dup := write("c.jsonl", `{"source": "a", "text": "x"}`+"\n"+`{"source": "a", "text": "y"}`+"\n")
	cp1252 := write("legacy.txt", "\x93Fair,\x94 said the council\x92s leader.\n")
	pdf := write("doc.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	tests := []struct {
		name  string
		stdin string
		args  []string
		msg   string
	}{
		{"record missing text", "", []string{missingText}, `articles: ` + missingText + `: line 2: field "text": missing field`},
		{"record bad date", "", []string{badDate}, `row 2: field "published": unparsable date: "yesterday"`},
		{"duplicate source", "", []string{dup}, `line 2: field "source": duplicate source: "a" is also the source of line 1`},
		{"bad record on standard input", `{"source": "a"}` + "\n", []string{"-input", "jsonl"}, `articles: standard input: line 1: field "text"`},
		{"Windows-1252 without -encoding", "", []string{cp1252}, `source "legacy": articles: ` + cp1252 + `: bad encoding: not valid UTF-8 at byte 0; the bytes look like Windows-1252: decode them with encoding "windows-1252" (claimdiff: -encoding LABEL decodes legacy text)`},
		{"a missing file", "", []string{filepath.Join(dir, "nope.txt")}, `source "nope" (` + filepath.Join(dir, "nope.txt") + `): no such file or directory`},
		{"standard input twice", "Talks began.", []string{"-", "x=-"}, `source "x": standard input (-) is given twice`},
		{"a PDF named on the command line", "", []string{pdf}, `source "doc": articles: ` + pdf + `: not text: application/pdf`},
		{"a page with no article", "<html><body></body></html>", []string{"split"}, "no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, tt.stdin, tt.args...)
			if code != 1 || out != "" || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stdout %q, stderr\n%s\nwant exit 1, nothing, and\n%s", code, out, errOut, tt.msg)
			}
		})
	}
}

func TestEncodingFlag(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "legacy.txt")
	os.WriteFile(p, []byte("\x93Fair,\x94 said the council\x92s leader.\n"), 0o644)
	code, out, errOut := cli(t, "", "split", "-encoding", "windows-1252", p)
	if code != 0 || !strings.Contains(out, `"text":"“Fair,” said the council’s leader."`) {
		t.Errorf("exit %d, %q, %q", code, out, errOut)
	}
	// A source already in UTF-8 is read as UTF-8, with a warning, not garbled.
	utf := filepath.Join(dir, "utf8.txt")
	os.WriteFile(utf, []byte("Talks resumed — briefly — on Monday.\n"), 0o644)
	code, out, errOut = cli(t, "", "split", "-encoding", "windows-1252", p, utf)
	if code != 0 || !strings.Contains(out, `"text":"Talks resumed — briefly — on Monday."`) ||
		!strings.Contains(errOut, utf+": already UTF-8, read as UTF-8 and not decoded from windows-1252") {
		t.Errorf("exit %d, %q, %q", code, out, errOut)
	}
	// A UTF-16 byte-order mark says what the bytes are: it overrides the flag, with a warning.
	bom := filepath.Join(dir, "bom.txt")
	os.WriteFile(bom, []byte("\xff\xfeT\x00a\x00l\x00k\x00s\x00.\x00"), 0o644)
	code, out, errOut = cli(t, "", "split", "-encoding", "windows-1252", p, bom)
	if code != 0 || !strings.Contains(out, `"text":"Talks."`) ||
		!strings.Contains(errOut, bom+": starts with a UTF-16 byte-order mark, decoded as UTF-16 and not from windows-1252") {
		t.Errorf("exit %d, %q, %q", code, out, errOut)
	}
	// The report carries the decoded text, which offsets point into.
	code, out, _ = cli(t, "", "-format", "json", "-encoding", "latin1", p, "b="+p)
	if r := decodeReport(t, out); code != 0 || r.Sources[0].Text != "“Fair,” said the council’s leader.\n" {
		t.Errorf("exit %d, sources %+v", code, r.Sources)
	}
}

// TestDirectorySkips: dot files are skipped silently; files that are not
// text (a JSON document among them), the folder's README, subdirectories
// and broken links with a warning naming them; a link
// to a file is read as the file.
func TestDirectorySkips(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".DS_Store":   "\x00\x00\x00\x01Bud1\x00",
		".gitkeep":    "",
		"scan.pdf":    "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
		"photo.png":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"expect.json": "{\n  \"rows\": [\"wire\", \"daily\"]\n}\n", // a story's expected results beside its articles
		"README.md":   "# The dam story\n\nFour outlets; the table below lists what the report must show.\n",
		"wire.txt":    "About 2,500 US troops are stationed in Iraq, officials said.\n",
		"daily.html":  "<html><head><title>x</title></head><body><article><p>" + strings.Repeat("Some 3,000 US troops are stationed in Iraq, officials said. ", 5) + "</p></article></body></html>",
	}
	for name, text := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	elsewhere := filepath.Join(t.TempDir(), "post.txt")
	os.WriteFile(elsewhere, []byte("Some 2,500 US troops are in Iraq.\n"), 0o644)
	for link, target := range map[string]string{"post.txt": elsewhere, "gone.txt": filepath.Join(dir, "missing.txt")} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	os.Mkdir(filepath.Join(dir, "older"), 0o755)
	code, out, errOut := cli(t, "", "-format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var names []string
	for _, s := range decodeReport(t, out).Sources {
		names = append(names, s.Name)
	}
	if diff := cmp.Diff([]string{"daily", "post", "wire"}, names); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	for _, want := range []string{"skipped " + filepath.Join(dir, "photo.png") + ": not text: image/png", "skipped " + filepath.Join(dir, "expect.json") + ": not text: a JSON document", "skipped " + filepath.Join(dir, "scan.pdf") + ": not text: application/pdf",
		"skipped " + filepath.Join(dir, "older") + ": a directory (subdirectories are not read)",
		"skipped " + filepath.Join(dir, "README.md") + ": the folder's own documentation", "skipped " + filepath.Join(dir, "gone.txt") + ": no such file or directory"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("standard error %q lacks %q", errOut, want)
		}
	}
	if strings.Contains(errOut, "DS_Store") || strings.Contains(errOut, "gitkeep") {
		t.Errorf("dot files mentioned: %s", errOut)
	}
	// Nothing but files that are not text: an error.
	only := t.TempDir()
	os.WriteFile(filepath.Join(only, "a.pdf"), []byte("%PDF-1.4\n"), 0o644)
	if code, _, errOut := cli(t, "", only); code != 1 || !strings.Contains(errOut, "no text files to read (1 skipped)") {
		t.Errorf("directory of PDFs: exit %d, %s", code, errOut)
	}
}

// TestPipedInput: with no SOURCE, piped standard input is read; with none
// (a terminal), the bundled sample runs.
func TestPipedInput(t *testing.T) {
	code, out, errOut := cli(t, "First claim here. Second one.\n", "split")
	if code != 0 || !strings.Contains(out, `"source":"stdin"`) || strings.Count(out, "\n") != 2 {
		t.Errorf("piped text: exit %d, %q, %q", code, out, errOut)
	}
	page, _ := os.ReadFile(filepath.Join(damPages, "plain", "ledger.html"))
	code, out, _ = cli(t, string(page), "split")
	if code != 0 || strings.Contains(out, "<") || !strings.Contains(out, "About 3,500 residents") {
		t.Errorf("piped page: exit %d, %q", code, out)
	}
	code, out, _ = cli(t, "", "split")
	if code != 0 || strings.Contains(out, `"source":"stdin"`) || strings.Count(out, "\n") < 50 {
		t.Errorf("no standard input: exit %d, want the sample; %d lines", code, strings.Count(out, "\n"))
	}
}

// TestFlagsAfterSources: flags and sources interleave; -- ends the flags.
func TestFlagsAfterSources(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("About 2,500 US troops are in Iraq.\n"), 0o644)
	code, out, errOut := cli(t, "", "compare", a, "b="+a, "-format", "json", "-threshold", "0.4")
	if r := decodeReport(t, out); code != 0 || len(r.Sources) != 2 {
		t.Errorf("flags after sources: exit %d, %s", code, errOut)
	}
	code, _, errOut = cli(t, "", "split", a, "--", "-format")
	if code != 1 || !strings.Contains(errOut, `source "-format"`) {
		t.Errorf("after --, -format is a source: exit %d, %s", code, errOut)
	}
}

func TestFlagValidation(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"-threshold", "2"}, "compare: -threshold 2 is outside [0,1]"},
		{[]string{"-threshold", "-0.1"}, "outside [0,1]"},
		{[]string{"-threshold", "NaN"}, "outside [0,1]"},
		{[]string{"match", "-threshold", "1.5"}, "match: -threshold 1.5 is outside [0,1]"},
		{[]string{"-format", "yaml"}, `compare: unknown -format "yaml" (want text, json, markdown, html)`},
		{[]string{"split", "-input", "pdf"}, `split: unknown -input "pdf" (want auto, text, html, jsonl, csv)`},
		{[]string{"-encoding", "klingon"}, `unknown -encoding "klingon" (want a WHATWG label such as utf-8, windows-1252`},
		{[]string{"-max-bytes", "-1"}, "-max-bytes -1 is negative"},
		{[]string{"split", "-format", "json"}, "flag provided but not defined: -format"},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.msg) || !strings.Contains(errOut, "usage:") {
			t.Errorf("%v: exit %d, stdout %q, stderr\n%s\nwant exit 2 with %q and the usage", tt.args, code, out, errOut, tt.msg)
		}
	}
}

// TestCommandHelp: each command's -h prints its own usage, every flag
// with its description and default, on standard output.
func TestCommandHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"compare", "-h"}, []string{"usage: claimdiff [compare]", "-format string", `(default "text")`, "-threshold float", "(default 0.5)", "-input string", `(default "auto")`, "-encoding string", "-max-bytes int", "(default 67108864)", "-hard-wrap", "-version"}},
		{[]string{"-h"}, []string{"usage: claimdiff [compare]", "-format string"}},
		{[]string{"split", "--help"}, []string{"usage: claimdiff split", "-input string", "-hard-wrap"}},
		{[]string{"match", "-h"}, []string{"usage: claimdiff match", "-threshold float", `{"line": N, "error": "..."}`}},
		{[]string{"help", "split"}, []string{"usage: claimdiff split", "-encoding string"}},
		{[]string{"help"}, []string{"claimdiff help [COMMAND]", "claimdiff -version"}},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: usage lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
	if _, out, _ := cli(t, "", "match", "-h"); strings.Contains(out, "-input") {
		t.Error("match -h lists -input, which match does not take")
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"-version"}, {"split", "-version"}, {"match", "--version"}} {
		code, out, errOut := cli(t, "", args...)
		if code != 0 || !strings.HasPrefix(out, "claimdiff ") || !strings.Contains(out, "go1.") || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestMatchBadLines(t *testing.T) {
	in := "About 2,500 US troops are in Iraq.\tAbout 3,000 US troops are in Iraq.\n" +
		"no tab here\n" +
		strings.Repeat("x", 100) + "\ty\n" +
		"caf\xe9\tcafe\n" +
		"a\tb\tc\n" +
		"\tno first sentence\n" +
		"\n" +
		"The talks began on Monday.\tThe talks began on Monday.\n\n \n"
	code, out, errOut := cli(t, in, "match", "-max-bytes", "80")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 10 {
		t.Fatalf("%d answers for 10 lines:\n%s", len(lines), out)
	}
	want := []string{
		`{"line":2,"error":"want two sentences separated by a tab"}`,
		`{"line":3,"error":"longer than the limit of 80 bytes (raise it with -max-bytes)"}`,
		`{"line":4,"error":"bad encoding: not valid UTF-8 at byte 3"}`,
		`{"line":5,"error":"want two sentences separated by a tab, found 2 tabs"}`,
		`{"line":6,"error":"a sentence of the pair is empty"}`,
		`{"line":7,"error":"blank line"}`,
	}
	if diff := cmp.Diff(want, lines[1:7]); diff != "" {
		t.Errorf("error lines (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(lines[0], `{"score":`) || !strings.HasPrefix(lines[7], `{"score":`) || !strings.Contains(lines[7], `"same":true`) {
		t.Errorf("good lines not answered: %q, %q", lines[0], lines[7])
	}
	if diff := cmp.Diff([]string{`{"line":9,"error":"blank line"}`, `{"line":10,"error":"blank line"}`}, lines[8:]); diff != "" {
		t.Errorf("blank lines at the end (-want +got):\n%s", diff)
	}
	// Blank lines at the end alone do not fail the run.
	if code, out, errOut := cli(t, "The talks began on Monday.\tThe talks began on Monday.\n\n", "match"); code != 0 || strings.Count(out, "\n") != 2 {
		t.Errorf("a pair and a blank line: exit %d, %q, %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "6 bad line(s): line 2: ") {
		t.Errorf("standard error %q", errOut)
	}
}

// TestMatchStreams: each answer reaches standard output before the next
// line is read.
func TestMatchStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- run([]string{"match"}, inR, outW, io.Discard)
		outW.Close()
	}()
	answers := make(chan string)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := outR.Read(buf)
			if n > 0 {
				answers <- string(buf[:n])
			}
			if err != nil {
				close(answers)
				return
			}
		}
	}()
	for i := range 2 {
		io.WriteString(inW, "About 2,500 troops are in Iraq.\tSome 2,500 troops are in Iraq.\n")
		select {
		case a := <-answers:
			if !bytes.HasPrefix([]byte(a), []byte(`{"score":`)) {
				t.Errorf("answer %d: %q", i, a)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to line %d while the input is open", i+1)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}
