package segment

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/google/go-cmp/cmp"
)

// goldenRule is one of the English "Golden Rules" for sentence boundary
// detection, from the README of diasks2/pragmatic_segmenter (commit 358fe97e),
// checked against nipunsadvilkar/pySBD's benchmark (see shared/data/README.md).
type goldenRule struct {
	ID        int      `json:"id"`
	Name      string   `json:"name"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	AltPDF    []string `json:"alt_sentences_pdf"`
}

func loadGoldenRules(tb testing.TB) []goldenRule {
	tb.Helper()
	data, err := os.ReadFile(shareddata.Path(tb, "sbd/golden_rules_en.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var rules []goldenRule
	if err := json.Unmarshal(data, &rules); err != nil {
		tb.Fatal(err)
	}
	if len(rules) != 52 {
		tb.Fatalf("got %d golden rules, want 52", len(rules))
	}
	return rules
}

// fold collapses each run of white space to one space, as the comparison of
// the Golden Rules does: sentence text is the input as written ("cold
// \nnight"), the rules' expected text is cleaned ("cold night").
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

func splitTexts(text string, opts Options) []string {
	var out []string
	for _, s := range Split(text, opts) {
		out = append(out, fold(text[s.Start:s.End]))
	}
	return out
}

func foldAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fold(s)
	}
	return out
}

// TestGoldenRules runs all 52 rules in the default (news) mode.
func TestGoldenRules(t *testing.T) {
	passed := 0
	rules := loadGoldenRules(t)
	for _, r := range rules {
		ok := t.Run(fmt.Sprintf("%02d %s", r.ID, r.Name), func(t *testing.T) {
			if diff := cmp.Diff(foldAll(r.Sentences), splitTexts(r.Text, Options{})); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", r.Text, diff)
			}
		})
		if ok {
			passed++
		}
	}
	t.Logf("Golden Rules passed: %d/%d", passed, len(rules))
}

// TestGoldenRulesHardWrap runs the newline rules in hard-wrap mode, where a
// single line break is a space: rules 40 and 41 hold as written, and rule 42
// (one list item per line) becomes one sentence by design.
func TestGoldenRulesHardWrap(t *testing.T) {
	rules := loadGoldenRules(t)
	want := map[int][]string{
		40: rules[39].AltPDF,
		41: rules[40].Sentences,
		42: {"features contact manager events, activities"},
	}
	for _, r := range rules[39:42] {
		t.Run(fmt.Sprintf("%02d %s", r.ID, r.Name), func(t *testing.T) {
			if diff := cmp.Diff(foldAll(want[r.ID]), splitTexts(r.Text, Options{HardWrap: true})); diff != "" {
				t.Errorf("Split(%q, HardWrap) mismatch (-want +got):\n%s", r.Text, diff)
			}
		})
	}
}
