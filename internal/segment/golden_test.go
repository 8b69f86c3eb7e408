package segment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/google/go-cmp/cmp"
)

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

func TestGoldenRules(t *testing.T) {
	passed := 0
	rules := shareddata.GoldenRules(t)
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
	rules := shareddata.GoldenRules(t)
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
