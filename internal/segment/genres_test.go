package segment

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/segment/benchtext"
)

// genreDoc is one hand-segmented document of testdata/genres/SET/*.json:
// Sentences are exact substrings of Text, in order, furniture lines
// included; Furniture lists the indexes of the sentences that are site
// furniture (bylines, datelines, credits, navigation, ...).
type genreDoc struct {
	Genre     string   `json:"genre"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Furniture []int    `json:"furniture"`
}

// spans locates the document's sentences in its text.
func (d genreDoc) spans() ([][2]int, error) {
	var out [][2]int
	pos := 0
	for i, s := range d.Sentences {
		if s == "" || strings.TrimSpace(s) != s {
			return nil, fmt.Errorf("sentence %d %q is empty or not trimmed", i, s)
		}
		k := strings.Index(d.Text[pos:], s)
		if k < 0 {
			return nil, fmt.Errorf("sentence %d %q is not in the text after offset %d", i, s, pos)
		}
		if gap := strings.TrimSpace(d.Text[pos : pos+k]); gap != "" {
			return nil, fmt.Errorf("text %q before sentence %d is in no sentence", gap, i)
		}
		out = append(out, [2]int{pos + k, pos + k + len(s)})
		pos += k + len(s)
	}
	if tail := strings.TrimSpace(d.Text[pos:]); tail != "" {
		return nil, fmt.Errorf("text %q after the last sentence is in no sentence", tail)
	}
	return out, nil
}

// setScore adds up the boundaries and furniture marks of one set.
type setScore struct {
	want, got []int // sentence end offsets, shifted so documents do not collide
	shift     int
	// furniture: spans marked right, marked but article text, missed
	furnHit, furnFalse, furnMissed int
}

// TestGenres splits the hand-segmented documents of many genres under
// testdata/genres (dev: written with this splitter; check: written apart
// from it, to check the work) and reports, per set and per document,
// boundary precision, recall and F1 (a boundary is a sentence's end
// offset) and how furniture was marked. Dev must reach F1 0.98.
func TestGenres(t *testing.T) {
	paths, err := filepath.Glob("testdata/genres/*/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no documents under testdata/genres: %v", err)
	}
	sets := map[string]*setScore{}
	for _, path := range paths {
		set := filepath.Base(filepath.Dir(path))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc genreDoc
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		truth, err := doc.spans()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sc := sets[set]
		if sc == nil {
			sc = &setScore{}
			sets[set] = sc
		}
		got := Split(doc.Text, Options{})
		var want, ends []int
		for _, s := range truth {
			want = append(want, s[1])
		}
		for _, s := range got {
			ends = append(ends, s.End)
		}
		p, r, f1 := benchtext.F1(want, ends)
		t.Logf("%-5s %-40s %3d sentences  P %.3f  R %.3f  F1 %.3f", set, filepath.Base(path), len(want), p, r, f1)
		if testing.Verbose() {
			for _, m := range boundaryMisses(doc.Text, want, ends) {
				t.Logf("      %s", m)
			}
		}
		for _, e := range want {
			sc.want = append(sc.want, sc.shift+e)
		}
		for _, e := range ends {
			sc.got = append(sc.got, sc.shift+e)
		}
		sc.shift += len(doc.Text) + 1
		if doc.Furniture != nil {
			furn := map[[2]int]bool{}
			for _, i := range doc.Furniture {
				furn[truth[i]] = true
			}
			marked := map[[2]int]bool{}
			for _, s := range got {
				span := [2]int{s.Start, s.End}
				if s.Furniture {
					marked[span] = true
				}
				switch {
				case s.Furniture && furn[span]:
					sc.furnHit++
				case s.Furniture:
					sc.furnFalse++
					if testing.Verbose() {
						t.Logf("      furniture, but article text in %s: %q (%s)", set, doc.Text[s.Start:s.End], s.Reason)
					}
				}
			}
			for span := range furn {
				if !marked[span] {
					sc.furnMissed++
					if testing.Verbose() {
						t.Logf("      furniture not marked in %s: %q", set, doc.Text[span[0]:span[1]])
					}
				}
			}
		}
	}
	names := make([]string, 0, len(sets))
	for name := range sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		sc := sets[name]
		p, r, f1 := benchtext.F1(sc.want, sc.got)
		t.Logf("set %-5s boundaries: %d true, %d found; P %.4f  R %.4f  F1 %.4f", name, len(sc.want), len(sc.got), p, r, f1)
		t.Logf("set %-5s furniture: %d marked right, %d article sentences marked, %d furniture spans missed",
			name, sc.furnHit, sc.furnFalse, sc.furnMissed)
		if name == "dev" && f1 < 0.98 {
			t.Errorf("dev boundary F1 %.4f < 0.98", f1)
		}
	}
}

// boundaryMisses describes the boundaries only one of want and got has,
// with the text around each.
func boundaryMisses(text string, want, got []int) []string {
	in := func(xs []int) map[int]bool {
		m := map[int]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	around := func(e int) string {
		s, t := max(0, e-40), min(len(text), e+30)
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for t < len(text) && !utf8.RuneStart(text[t]) {
			t++
		}
		return strings.ReplaceAll(text[s:e]+"‖"+text[e:t], "\n", "⏎")
	}
	for _, e := range want {
		if !g[e] {
			out = append(out, "missed: "+around(e))
		}
	}
	for _, e := range got {
		if !w[e] {
			out = append(out, "extra:  "+around(e))
		}
	}
	return out
}
