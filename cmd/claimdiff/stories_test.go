package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// feedPath is a feed of invented look-alike events: three mayoral races of
// one evening, two market reports and an article that fits no story.
var feedPath = filepath.Join("..", "..", "stories", "testdata", "feed.jsonl")

// storyLine is one line of `claimdiff stories`.
type storyLine struct {
	Story    int      `json:"story"`
	Sources  []string `json:"sources"`
	Articles []struct {
		Name   string `json:"name"`
		Source string `json:"source"`
		URL    string `json:"url"`
	} `json:"articles"`
	Report json.RawMessage `json:"report"`
}

func storyLines(t *testing.T, out string) []storyLine {
	t.Helper()
	var lines []storyLine
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var s storyLine
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("line %d is not a story: %v", i+1, err)
		}
		if s.Story != i+1 {
			t.Errorf("line %d holds story %d", i+1, s.Story)
		}
		lines = append(lines, s)
	}
	return lines
}

// decoded is a JSON value as generic Go values, for comparing two reports
// however they were indented.
func decoded(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestStoriesGolden(t *testing.T) {
	code, out, errOut := cli(t, "", "stories", feedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, filepath.Join("..", "..", "testdata", "stories_feed.jsonl.golden"), out)
}

// TestStoriesEqualCompare checks the contract: each story's report is what
// `compare -format json` prints for that story's articles alone.
func TestStoriesEqualCompare(t *testing.T) {
	code, out, errOut := cli(t, "", "stories", feedPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type record struct{ Source, Title, URL, Published, Text, Event string }
	var records []record
	data, err := os.ReadFile(feedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var r record
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatal(err)
		}
		records = append(records, r)
	}
	lines := storyLines(t, out)
	if len(lines) != 6 {
		t.Errorf("got %d stories, want 6", len(lines))
	}
	dir := t.TempDir()
	for _, s := range lines {
		// The story's records, each named as the story names it.
		var feed bytes.Buffer
		events := map[string]bool{}
		for _, a := range s.Articles {
			k := slices.IndexFunc(records, func(r record) bool { return r.URL == a.URL })
			if k < 0 {
				t.Fatalf("story %d: article %s is not in the feed", s.Story, a.URL)
			}
			events[records[k].Event] = true
			r := records[k]
			line, _ := json.Marshal(map[string]string{"source": a.Name, "title": r.Title, "url": r.URL, "published": r.Published, "text": r.Text})
			feed.Write(append(line, '\n'))
		}
		if len(events) != 1 {
			t.Errorf("story %d mixes events %v", s.Story, events)
		}
		path := filepath.Join(dir, fmt.Sprintf("story%d.jsonl", s.Story))
		if err := os.WriteFile(path, feed.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		code, want, errOut := cli(t, "", "compare", "-format", "json", path)
		if code != 0 {
			t.Fatalf("compare: exit %d: %s", code, errOut)
		}
		if diff := cmp.Diff(decoded(t, []byte(want)), decoded(t, s.Report)); diff != "" {
			t.Errorf("story %d: report differs from compare on its articles (-compare +stories):\n%s", s.Story, diff)
		}
	}
}

// TestStoriesOneStory: the bundled sample is one story whose report is
// compare's, and compare -stories prints what stories prints.
func TestStoriesOneStory(t *testing.T) {
	code, out, errOut := cli(t, "", "stories")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := storyLines(t, out)
	if len(lines) != 1 {
		t.Fatalf("got %d stories, want 1", len(lines))
	}
	_, want, _ := cli(t, "", "compare", "-format", "json")
	if diff := cmp.Diff(decoded(t, []byte(want)), decoded(t, lines[0].Report)); diff != "" {
		t.Errorf("report differs from compare (-compare +stories):\n%s", diff)
	}
	for _, args := range [][]string{{"compare", "-stories"}, {"-stories", "-format", "json"}} {
		if _, got, _ := cli(t, "", args...); got != out {
			t.Errorf("%v prints other bytes than stories", args)
		}
	}
}

func TestStoriesInput(t *testing.T) {
	data, err := os.ReadFile(feedPath)
	if err != nil {
		t.Fatal(err)
	}
	_, want, _ := cli(t, "", "stories", feedPath)
	// Records on standard input, found by their opening brace or by
	// -input, in another order.
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	slices.Reverse(lines)
	reversed := strings.Join(lines, "\n") + "\n"
	for _, args := range [][]string{{"stories", "-"}, {"stories", "-input", "jsonl", "-"}} {
		code, got, errOut := cli(t, "\ufeff"+reversed, args...)
		if code != 0 || got != want {
			t.Errorf("%v: exit %d, %s; output differs: %v", args, code, errOut, got != want)
		}
	}
	// A copy with another extension is text unless -input says otherwise.
	other := filepath.Join(t.TempDir(), "feed.txt")
	if err := os.WriteFile(other, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, got, _ := cli(t, "", "stories", "-input", "jsonl", other); got != want {
		t.Error("-input jsonl on a .txt file: output differs")
	}
	if _, got, _ := cli(t, "", "stories", other); len(storyLines(t, got)) != 1 {
		t.Error("a .txt file of records read as text should be one article")
	}
}

func TestStoriesFailures(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"source": "a", "text": "x"}`+"\n"+`{"title": "no source", "text": "y"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"stories", bad}, exitBadInput, `bad.jsonl: line 2: field "source": missing field`},
		{[]string{"stories", filepath.Join(dir, "missing.jsonl")}, exitBadInput, `source "missing"`},
		{[]string{"stories", "-input", "xml", bad}, exitUsage, `unknown -input "xml"`},
		{[]string{"stories", "-window", "0s"}, exitUsage, `-window 0s is not positive`},
		{[]string{"compare", "-stories", "-format", "html"}, exitUsage, `-stories prints JSON Lines`},
		// An article over the limit fails the run before any story is
		// written.
		{[]string{"stories", "-max-bytes", "400", feedPath}, exitBadInput, `403 bytes, larger than the limit of 400 bytes (raise it with -max-bytes)`},
	} {
		code, out, errOut := cli(t, "", c.args...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
	}
}
