package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storyDir returns the directory of a shared test story (shared/stories
// beside the repository, or beside CLAIMDIFF_SHARED_DATA), read in place.
// The test is skipped when it is missing, except under CI.
func storyDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "stories", name)
	if env := os.Getenv("CLAIMDIFF_SHARED_DATA"); env != "" {
		dir = filepath.Join(filepath.Dir(env), "stories", name)
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("story %s: %v (CI needs ../shared/stories beside the repository)", name, err)
		}
		t.Skipf("story %s: %v", name, err)
	}
	return dir
}

// TestDamStory splits the four outlets of the shared dam story
// (shared/stories/dam, see its README) and checks the furniture: every line
// its expect.json lists as furniture is marked, every dateline is cut off
// the sentence it starts, and no sentence of a claim is marked.
func TestDamStory(t *testing.T) {
	dir := storyDir(t, "dam")
	var expect struct {
		Rows []struct {
			Members [][2]string `json:"members"`
		} `json:"rows"`
		Furniture []string `json:"furniture"`
		NotClaims []string `json:"not_claims"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &expect); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	type sentence struct {
		text, reason string
	}
	docs := map[string][]sentence{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		for _, s := range Split(text, Options{}) {
			docs[name] = append(docs[name], sentence{text[s.Start:s.End], s.Reason})
		}
	}
	// find returns the sentences of the named source (any when "") that
	// contain sub.
	find := func(source, sub string) []sentence {
		var out []sentence
		for name, ss := range docs {
			if source != "" && name != source {
				continue
			}
			for _, s := range ss {
				if strings.Contains(s.text, sub) {
					out = append(out, s)
				}
			}
		}
		return out
	}
	for _, sub := range expect.Furniture {
		found := find("", sub)
		if len(found) == 0 {
			t.Errorf("furniture %q: in no sentence", sub)
		}
		for _, s := range found {
			if s.reason == "" {
				t.Errorf("furniture %q: not marked in %q", sub, s.text)
			}
		}
	}
	for _, prefix := range expect.NotClaims {
		for name, ss := range docs {
			for i, s := range ss {
				if !strings.HasPrefix(s.text, prefix) {
					continue
				}
				if s.reason != ReasonDateline {
					t.Errorf("%s: %q starts a sentence marked %q, want a dateline", name, s.text, s.reason)
				}
				if i+1 == len(ss) || ss[i+1].reason != "" {
					t.Errorf("%s: no claim after the dateline %q", name, s.text)
				}
			}
		}
	}
	for _, row := range expect.Rows {
		for _, m := range row.Members {
			found := find(m[0], m[1])
			if len(found) == 0 {
				t.Errorf("%s: claim %q: in no sentence", m[0], m[1])
			}
			for _, s := range found {
				if s.reason != "" {
					t.Errorf("%s: claim %q marked %q", m[0], s.text, s.reason)
				}
			}
		}
	}
	// The kinds of the issue, each with its own reason.
	for _, tt := range []struct{ source, prefix, reason string }{
		{"courier", "By Tom Reyes", ReasonByline},
		{"courier", "Updated 6:12", ReasonTimestamp},
		{"courier", "KESTREL FALLS", ReasonDateline},
		{"ledger", "KESTREL FALLS", ReasonDateline},
		{"courier", "©", ReasonCopyright},
		{"herald", "Photo:", ReasonCredit},
	} {
		var got []string
		for _, s := range docs[tt.source] {
			if strings.HasPrefix(s.text, tt.prefix) {
				got = append(got, s.reason)
			}
		}
		if len(got) != 1 || got[0] != tt.reason {
			t.Errorf("%s: sentence %q... marked %q, want %q", tt.source, tt.prefix, got, tt.reason)
		}
	}
	// Headlines are claims too (the ledger has none: it opens with its
	// dateline).
	for name, ss := range docs {
		if ss[0].reason != "" && ss[0].reason != ReasonDateline {
			t.Errorf("%s: headline %q marked %q", name, ss[0].text, ss[0].reason)
		}
	}
}
