package stories

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

func TestTerms(t *testing.T) {
	doc := claims.Document{
		Name:  "Courier",
		Title: "Marchetti declares emergency",
		Text: "Governor Ilse Marchetti declared a state of emergency on Jan. 27, 2024, after 2,000 people fled.\n" +
			"Two people died, and Marchetti said 45 crews were at work.\n" +
			"Sign up for our newsletter",
	}
	var got []string
	for _, term := range Terms(doc) {
		got = append(got, term.Text+"×"+string(rune('0'+term.Count)))
	}
	want := []string{
		"d:2024-01-27×1",
		// "Governor" is a title, not a name; the title's opening
		// "Marchetti" is a name too, as English has no such word.
		"n:ilse×1", "n:ilse marchata×1", "n:marchata×3",
		"q:2000×1", "q:45×1", // "two" is too small a figure to name an event
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Terms (-want +got):\n%s", diff)
	}
}

func TestNewProfile(t *testing.T) {
	terms := []Term{
		{Text: "n:alone", Count: 3, DF: 1},    // no other article: left out
		{Text: "n:common", Count: 1, DF: 900}, // too common to key
		{Text: "n:osei", Count: 4, DF: 3},
		{Text: "n:vail", Count: 1, DF: 3},
		{Text: "q:54", Count: 1, DF: 40},
	}
	p := NewProfile("id", time.Time{}, terms, 1000, Params{Keys: 2, MaxKeyDF: 50})
	if diff := cmp.Diff([]string{"n:common", "n:osei", "n:vail", "q:54"}, p.Terms); diff != "" {
		t.Errorf("terms (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"n:osei", "n:vail"}, p.Keys); diff != "" {
		t.Errorf("keys: the two heaviest of df <= 63 (2√1000) (-want +got):\n%s", diff)
	}
	var norm float64
	for i, w := range p.Weights {
		if want := Weight(terms[i+1].Count, terms[i+1].DF, 1000); w != want {
			t.Errorf("weight of %s = %v, want %v", p.Terms[i], w, want)
		}
		norm += w * w
	}
	if math.Abs(p.Norm-math.Sqrt(norm)) > 1e-12 {
		t.Errorf("norm %v, want %v", p.Norm, math.Sqrt(norm))
	}
	if w := Weight(1, 4, 4); w <= 0 {
		t.Errorf("a term every article uses weighs %v, want > 0", w)
	}
}

func TestLinked(t *testing.T) {
	day := time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC)
	prof := func(published time.Time, terms ...string) Profile {
		p := Profile{ID: strings.Join(terms, ","), Published: published, Terms: terms, Keys: terms}
		for range terms {
			p.Weights = append(p.Weights, 1)
		}
		p.Norm = math.Sqrt(float64(len(terms)))
		return p
	}
	for _, c := range []struct {
		name string
		a, b Profile
		want bool
	}{
		{"same terms", prof(day, "n:a", "n:b", "n:c"), prof(day, "n:a", "n:b", "n:c"), true},
		{"two of three shared", prof(day, "n:a", "n:b", "n:c"), prof(day, "n:a", "n:b", "n:d"), true},
		{"one key shared", prof(day, "n:a", "n:b", "n:c"), prof(day, "n:a", "n:e", "n:d"), false},
		{"one key each", prof(day, "n:a"), prof(day, "n:a"), true},
		{"two shared of many", prof(day, "n:a", "n:b", "n:c", "n:d", "n:e", "n:f"), prof(day, "n:a", "n:b", "n:g", "n:h", "n:i", "n:j"), false},
		{"four days apart", prof(day, "n:a", "n:b"), prof(day.Add(96*time.Hour), "n:a", "n:b"), false},
		{"two days apart", prof(day, "n:a", "n:b"), prof(day.Add(48*time.Hour), "n:a", "n:b"), true},
		{"one date unknown", prof(day, "n:a", "n:b"), prof(time.Time{}, "n:a", "n:b"), true},
		{"empty", prof(day), prof(day), false},
	} {
		if got := Linked(c.a, c.b, Params{}); got != c.want {
			t.Errorf("%s: Linked = %v, want %v (similarity %.2f)", c.name, got, c.want, Similarity(c.a, c.b))
		}
		if Linked(c.a, c.b, Params{}) != Linked(c.b, c.a, Params{}) {
			t.Errorf("%s: Linked is not symmetric", c.name)
		}
	}
}

func TestMerge(t *testing.T) {
	for _, c := range []struct {
		name  string
		nodes []string
		edges [][2]string
		want  [][]string
	}{
		{"none", nil, nil, nil},
		{"singletons", []string{"b", "a"}, nil, [][]string{{"a"}, {"b"}}},
		{"chain", []string{"d", "c", "b", "a"}, [][2]string{{"d", "b"}, {"b", "c"}}, [][]string{{"a"}, {"b", "c", "d"}}},
		{"two", []string{"a", "b", "c", "d"}, [][2]string{{"c", "a"}, {"d", "b"}}, [][]string{{"a", "c"}, {"b", "d"}}},
		{"unknown node", []string{"a", "b"}, [][2]string{{"a", "x"}}, [][]string{{"a"}, {"b"}}},
		{"repeated node", []string{"a", "a", "b"}, [][2]string{{"b", "a"}, {"a", "b"}}, [][]string{{"a", "b"}}},
	} {
		got := Merge(c.nodes, c.edges)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Merge (-want +got):\n%s", c.name, diff)
		}
		// The same for any order of nodes and edges.
		rn, re := slices.Clone(c.nodes), slices.Clone(c.edges)
		slices.Reverse(rn)
		slices.Reverse(re)
		if diff := cmp.Diff(got, Merge(rn, re)); diff != "" {
			t.Errorf("%s: Merge depends on order:\n%s", c.name, diff)
		}
	}
}

func FuzzTerms(f *testing.F) {
	f.Add("Governor Ilse Marchetti declared a state of emergency on Jan. 27, 2024.", "title")
	f.Add("About 2,500 US troops are stationed in Iraq.\nRead more: Osei wins", "")
	f.Add("\xff\xfe broken \x00 bytes", "\xc3")
	f.Fuzz(func(t *testing.T, text, title string) {
		terms := Terms(claims.Document{Name: "x", Title: title, Text: text})
		for i, term := range terms {
			if term.Count < 1 || term.DF != 0 {
				t.Errorf("term %q: count %d, df %d", term.Text, term.Count, term.DF)
			}
			if i > 0 && terms[i-1].Text >= term.Text {
				t.Errorf("terms not sorted and unique: %q then %q", terms[i-1].Text, term.Text)
			}
			if !strings.HasPrefix(term.Text, nameTerm) && !strings.HasPrefix(term.Text, numberTerm) && !strings.HasPrefix(term.Text, dateTerm) {
				t.Errorf("term %q of no kind", term.Text)
			}
			if utf8.ValidString(text) && utf8.ValidString(title) && !utf8.ValidString(term.Text) {
				t.Errorf("term %q is not UTF-8", term.Text)
			}
		}
	})
}
