package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
)

// cli runs one command line in-process and returns its exit code, standard
// output and standard error.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	var in io.Reader // none: as a terminal
	if stdin != "" {
		in = strings.NewReader(stdin)
	}
	code := run(args, in, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCompareJSONGolden(t *testing.T) {
	code, out, errOut := cli(t, "", "compare", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, filepath.Join("..", "..", "testdata", "compare_sample.json.golden"), out)
}

func TestSplitGolden(t *testing.T) {
	code, out, errOut := cli(t, "", "split")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, filepath.Join("..", "..", "testdata", "split_sample.jsonl.golden"), out)
}

// TestCompareJSONContract decodes the report generically and checks the
// fields and types that DESIGN.md promises to tools that parse it, and that
// every text is the bytes its offsets point at.
func TestCompareJSONContract(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "seeds")
	code, out, errOut := cli(t, "", "-format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Sources []struct {
			Name      *string `json:"name"`
			Sentences *int    `json:"sentences"`
			Furniture *int    `json:"furniture"`
		} `json:"sources"`
		Clusters []struct {
			ID      *int     `json:"id"`
			Sources []string `json:"sources"`
			Claims  []struct {
				Source   *string `json:"source"`
				Sentence *int    `json:"sentence"`
				Start    *int    `json:"start"`
				End      *int    `json:"end"`
				Text     *string `json:"text"`
			} `json:"claims"`
			Divergences []struct {
				Kind *string                    `json:"kind"`
				A    map[string]json.RawMessage `json:"a"`
				B    map[string]json.RawMessage `json:"b"`
			} `json:"divergences"`
		} `json:"clusters"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("standard output is not one JSON object: %v", err)
	}
	if dec.More() {
		t.Fatal("standard output holds more than one JSON value")
	}
	if len(r.Sources) != 5 || len(r.Clusters) == 0 {
		t.Fatalf("got %d sources, %d clusters", len(r.Sources), len(r.Clusters))
	}
	texts := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts[strings.TrimSuffix(e.Name(), ".txt")] = string(b)
	}
	for _, s := range r.Sources {
		if s.Name == nil || s.Sentences == nil || s.Furniture == nil {
			t.Fatalf("source lacks name, sentences or furniture: %+v", s)
		}
		if _, ok := texts[*s.Name]; !ok {
			t.Errorf("source %q is not a file's base name", *s.Name)
		}
	}
	for i, c := range r.Clusters {
		if c.ID == nil || *c.ID != i+1 {
			t.Errorf("cluster %d: id %v, want %d", i, c.ID, i+1)
		}
		if len(c.Sources) == 0 || len(c.Claims) < 2 || c.Divergences == nil {
			t.Errorf("cluster %d: sources %v, %d claims, divergences %v", i, c.Sources, len(c.Claims), c.Divergences)
		}
		for _, cl := range c.Claims {
			if cl.Source == nil || cl.Sentence == nil || cl.Start == nil || cl.End == nil || cl.Text == nil {
				t.Fatalf("cluster %d: claim lacks a field", i)
			}
			if got := texts[*cl.Source][*cl.Start:*cl.End]; got != *cl.Text {
				t.Errorf("cluster %d: text %q != %s[%d:%d]", i, *cl.Text, *cl.Source, *cl.Start, *cl.End)
			}
		}
		for _, d := range c.Divergences {
			for _, side := range []map[string]json.RawMessage{d.A, d.B} {
				for _, f := range []string{"source", "sentence", "value"} {
					if _, ok := side[f]; !ok || d.Kind == nil {
						t.Errorf("cluster %d: divergence side lacks %q", i, f)
					}
				}
			}
		}
	}
}

func TestSplitLines(t *testing.T) {
	text := "First sentence here. Second one!\nNo time to read?\n"
	code, out, errOut := cli(t, text, "split", "news=-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type line struct {
		Source    string `json:"source"`
		Sentence  int    `json:"sentence"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Text      string `json:"text"`
		Furniture bool   `json:"furniture"`
	}
	var got []line
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var l line
		if err := dec.Decode(&l); err != nil {
			t.Fatal(err)
		}
		got = append(got, l)
	}
	if n := strings.Count(out, "\n"); n != len(got) {
		t.Errorf("%d lines for %d sentences: not JSON Lines", n, len(got))
	}
	for i, l := range got {
		if l.Source != "news" || l.Sentence != i || text[l.Start:l.End] != l.Text {
			t.Errorf("line %d: %+v", i, l)
		}
	}
	if len(got) < 3 {
		t.Fatalf("got %d sentences, want at least 3: %s", len(got), out)
	}
}

func TestMatch(t *testing.T) {
	in := "About 2,500 US troops are in Iraq.\tApproximately 2,500 US troops are in Iraq.\n" +
		"About 2,500 US troops are in Iraq.\tAbout 3,000 US troops are in Iraq.\n" +
		"The talks began in Baghdad on Monday.\tA storm hit the coast of Florida overnight.\r\n"
	code, out, errOut := cli(t, in, "match")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type result struct {
		Score       float64 `json:"score"`
		Same        bool    `json:"same"`
		Divergences []struct {
			Kind string `json:"kind"`
			A    struct {
				Value string `json:"value"`
			} `json:"a"`
			B struct {
				Value string `json:"value"`
			} `json:"b"`
		} `json:"divergences"`
	}
	var got []result
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r result
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 3 {
		t.Fatalf("got %d results for 3 lines:\n%s", len(got), out)
	}
	if !got[0].Same || len(got[0].Divergences) != 0 {
		t.Errorf("hedge synonyms: %+v, want same, no divergence", got[0])
	}
	if len(got[1].Divergences) != 1 || got[1].Divergences[0].Kind != "number" ||
		got[1].Divergences[0].A.Value != "About 2,500" || got[1].Divergences[0].B.Value != "About 3,000" {
		t.Errorf("2,500 vs 3,000: %+v, want one number divergence", got[1])
	}
	if got[2].Same {
		t.Errorf("unrelated sentences: %+v, want not same", got[2])
	}
}

func TestFailures(t *testing.T) {
	tmp := t.TempDir()
	bad := filepath.Join(tmp, "bad.txt")
	os.WriteFile(bad, []byte("ok text \xff here"), 0o644)
	nul := filepath.Join(tmp, "bin.dat")
	os.WriteFile(nul, []byte("PK\x00\x01"), 0o644)
	good := filepath.Join(tmp, "good.txt")
	os.WriteFile(good, []byte("Fine text."), 0o644)
	utf16 := filepath.Join(tmp, "utf16.txt")
	os.WriteFile(utf16, []byte("\xff\xfeH\x00i\x00"), 0o644)
	utf16le := filepath.Join(tmp, "le.txt")
	os.WriteFile(utf16le, []byte("H\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00"), 0o644)
	latin1 := filepath.Join(tmp, "latin1.txt")
	os.WriteFile(latin1, []byte("Caf\xe9 owners met.\n"), 0o644)
	noArticle := filepath.Join(tmp, "nav.html")
	os.WriteFile(noArticle, []byte(`<!DOCTYPE html><html><head><title>Page</title></head><body><nav><a href="/">Home</a></nav><footer>Copyright 2026</footer></body></html>`), 0o644)
	latin1Feed := filepath.Join(tmp, "feed.jsonl")
	os.WriteFile(latin1Feed, []byte(`{"source": "a", "text": "caf`+"\xe9"+` au lait"}`+"\n"), 0o644)
	emptyDir := t.TempDir()
	otherDir := t.TempDir()
	os.WriteFile(filepath.Join(otherDir, "good.txt"), []byte("Other text."), 0o644)
	stems := t.TempDir() // wire.html and wire.txt: two sources named wire
	os.WriteFile(filepath.Join(stems, "wire.txt"), []byte("The dam failed."), 0o644)
	os.WriteFile(filepath.Join(stems, "wire.html"), []byte("<html><body><p>The dam failed on Saturday.</p></body></html>"), 0o644)
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		msg   string // must appear on standard error
	}{
		{"missing file", "", []string{"compare", filepath.Join(tmp, "nope.txt")}, 1, `source "nope"`},
		{"named missing file", "", []string{"wire=" + filepath.Join(tmp, "nope.txt")}, 1, `source "wire"`},
		{"invalid UTF-8", "", []string{"-format", "json", bad}, 1, `source "bad"`},
		{"binary", "", []string{"split", nul}, 1, "NUL byte"},
		{"empty directory", "", []string{emptyDir}, 1, "no files to read"},
		{"duplicate names", "", []string{"a=" + good, "a=" + good}, 1, `source "a": given twice by a=` + good + `; each source needs its own name (NAME=PATH`},
		{"one name from two files", "", []string{good, filepath.Join(otherDir, filepath.Base(good))}, 1, `given by both ` + good + ` and ` + filepath.Join(otherDir, filepath.Base(good))},
		{"one name from two files of a directory", "", []string{"split", stems}, 1, `source "wire": given by both ` + filepath.Join(stems, "wire.html") + ` and ` + filepath.Join(stems, "wire.txt")},
		{"legacy bytes in a record", "", []string{latin1Feed}, 1, `line 1: bad encoding: not valid UTF-8 at byte 28 (claimdiff: -encoding LABEL decodes legacy text)`},
		{"UTF-16", "", []string{utf16}, 1, `source "utf16": articles: ` + utf16 + `: bad encoding: UTF-16`},
		{"UTF-16LE without a byte-order mark", "", []string{"split", utf16le}, 1, `source "le": articles: ` + utf16le + `: bad encoding: NUL bytes at every other byte (the first at 1), as in UTF-16LE text without a byte-order mark: decode it with encoding "utf-16le" (claimdiff: -encoding LABEL decodes legacy text)`},
		{"Latin-1 told UTF-16", "", []string{"split", "-encoding", "utf-16", good, latin1}, 1, `source "latin1": articles: ` + latin1 + `: bad encoding: told UTF-16, but there is no byte-order mark and no NUL byte, so this is not UTF-16 text; the bytes look like Windows-1252`},
		{"a page with no article", "", []string{"split", noArticle}, 1, `source "nav": articles: ` + noArticle + `: no article text found`},
		{"too large", "", []string{"-max-bytes", "5", good}, 1, "limit of 5 bytes"},
		{"split too large", "", []string{"split", "-max-bytes", "5", good}, 1, "limit of 5 bytes"},
		{"directory named as NAME=", "", []string{"x=" + emptyDir}, 1, "no files to read"},
		{"unknown flag", "", []string{"-colour"}, 2, "usage: claimdiff [compare] [flags] [SOURCE...]\n(claimdiff help compare: all flags)\n"},
		{"unknown flag of a command", "", []string{"split", "-colour"}, 2, "(claimdiff help split: all flags)"},
		{"mistyped command", "", []string{"stores", "a.txt"}, 2, `"stores" is neither a command (compare, match, split, stories, help) nor a file`},
		{"missing file named by a word", "", []string{"elsewhere"}, 1, `source "elsewhere" (elsewhere): no such file`},
		{"unknown format", "", []string{"-format", "yaml"}, 2, `"yaml"`},
		{"match with arguments", "", []string{"match", "file.txt"}, 2, "no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if out != "" {
				t.Errorf("standard output not empty on failure: %q", out)
			}
			if !strings.Contains(errOut, tt.msg) {
				t.Errorf("standard error %q does not mention %q", errOut, tt.msg)
			}
			if strings.Contains(errOut, "flags:") {
				t.Errorf("standard error lists the flags after the message: %q", errOut)
			}
		})
	}
}

// TestCommandAlone: a command with no flag or source reads standard input,
// or the bundled sample when there is none.
func TestCommandAlone(t *testing.T) {
	for _, tt := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"Talks began.\n", []string{"compare"}, "claimdiff compared 1 source"},
		{"", []string{"compare"}, "claimdiff compared 5 sources"},
		{"Talks began.\n", nil, "claimdiff compared 1 source"},
		{"Talks began.\n", []string{"split"}, `"text":"Talks began."`},
	} {
		code, out, errOut := cli(t, tt.stdin, tt.args...)
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("%v with input %q: exit %d, stdout %.200q, stderr %q; want %q", tt.args, tt.stdin, code, out, errOut, tt.want)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"help"}, {"split", "-h"}} {
		code, out, errOut := cli(t, "", args...)
		if code != 0 || errOut != "" || !strings.Contains(out, "usage:") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestSourceNames(t *testing.T) {
	tests := []struct{ arg, name, path string }{
		{"articles/004_abc.txt", "004_abc", "articles/004_abc.txt"},
		{"wire=articles/x.txt", "wire", "articles/x.txt"},
		{"-", "stdin", "-"},
		{"bbc=-", "bbc", "-"},
		{"noext", "noext", "noext"},
	}
	for _, tt := range tests {
		name, path := sourceName(tt.arg)
		if name != tt.name || path != tt.path {
			t.Errorf("sourceName(%q) = %q, %q; want %q, %q", tt.arg, name, path, tt.name, tt.path)
		}
	}
}

// TestAcceptedInput lists input that is processed, with the warning each
// deserves on standard error.
func TestAcceptedInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, text string
		sentences  int
		warning    string
	}{
		{"empty", "", 0, `source "empty" is empty`},
		{"blank", " \n\t\r\n", 0, `source "blank" is empty`},
		{"crlf", "One line.\r\nTwo line.\r\n", 2, ""},
		// A scrape that lost all punctuation and line breaks: one sentence.
		{"run-on", strings.Repeat("troops talks coalition officials ", 8<<20/33), 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, "", "split", write(tt.name+".txt", tt.text))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if n := strings.Count(out, "\n"); n != tt.sentences {
				t.Errorf("%d sentences, want %d:\n%s", n, tt.sentences, out)
			}
			if !strings.Contains(errOut, tt.warning) || (tt.warning == "" && errOut != "") {
				t.Errorf("standard error %q, want %q", errOut, tt.warning)
			}
		})
	}
}

// TestOneSourceWarns: compare groups claims across sources; one source is
// compared, with a warning that says so.
func TestOneSourceWarns(t *testing.T) {
	p := filepath.Join(t.TempDir(), "wire.txt")
	if err := os.WriteFile(p, []byte("The dam gave way on Saturday. Two people died."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := cli(t, "", p)
	if want := `warning: one source ("wire")`; code != 0 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, standard error %q; want 0 and %q", code, errOut, want)
	}
	code, _, errOut = cli(t, "", p, "wire2="+p)
	if code != 0 || errOut != "" {
		t.Errorf("two sources: exit %d, standard error %q; want 0 and nothing", code, errOut)
	}
}

func TestManyTinyFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 500 {
		text := fmt.Sprintf("Outlet %d reports that 2,500 troops remain in Iraq.\n", i%7)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := cli(t, "", "-format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Sources []struct{ Name string } `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 500 || r.Sources[0].Name != "f0000" || r.Sources[499].Name != "f0499" {
		t.Errorf("got %d sources, want 500 named by file, in order", len(r.Sources))
	}
}

func TestCompareHTML(t *testing.T) {
	code, out, errOut := cli(t, "", "-format", "html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"<!DOCTYPE html>", "</html>"} {
		if !strings.Contains(out, want) {
			t.Errorf("html output lacks %q", want)
		}
	}
	for _, external := range []string{"src=\"http", "href=\"http", "@import", "url(http"} {
		if strings.Contains(out, external) {
			t.Errorf("html output refers to an external asset (%q): it must be self-contained", external)
		}
	}
}

// TestOutputDeterministic checks that the JSON report is byte for byte the
// same whatever the order of the sources on the command line and whatever
// GOMAXPROCS.
func TestOutputDeterministic(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	_, want, _ := cli(t, "", append([]string{"-format", "json"}, files...)...)
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	for _, procs := range []int{1, 2, 8} {
		prev := runtime.GOMAXPROCS(procs)
		code, got, errOut := cli(t, "", append([]string{"-format", "json"}, reversed...)...)
		runtime.GOMAXPROCS(prev)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if got != want {
			t.Errorf("GOMAXPROCS=%d, reversed sources: output differs", procs)
		}
	}
}

// TestCompareRunOnLine compares an 8 MB source with no punctuation and no
// line break against a short one: it is one long sentence, compared like
// any other.
func TestCompareRunOnLine(t *testing.T) {
	dir := t.TempDir()
	runOn := filepath.Join(dir, "runon.txt")
	if err := os.WriteFile(runOn, []byte(strings.Repeat("troops talks coalition officials ", 8<<20/33)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := cli(t, "", "-format", "json", runOn, "short="+filepath.Join("..", "..", "testdata", "seeds", "000_36b78f35f80eb0a4.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Sources []struct {
			Name      string `json:"name"`
			Sentences int    `json:"sentences"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 2 || r.Sources[0].Name != "runon" || r.Sources[0].Sentences != 1 {
		t.Errorf("sources %+v, want runon with 1 sentence first", r.Sources)
	}
}

// failingWriter is a standard output that cannot be written, as a closed
// pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriteFailure(t *testing.T) {
	for _, args := range [][]string{{"-format", "json"}, {"split"}} {
		var errOut bytes.Buffer
		code := run(args, nil, failingWriter{}, &errOut)
		if code != exitBadInput || !strings.Contains(errOut.String(), "writing output: broken pipe") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and the write error", args, code, errOut.String(), exitBadInput)
		}
	}
}
