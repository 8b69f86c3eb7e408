package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
)

// render lists sentences one a line: "F reason | text" for furniture,
// "  | text" for article text, with line breaks shown as ⏎.
func render(text string, sents []Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		if s.Furniture {
			fmt.Fprintf(&b, "F %-14s| ", s.Reason)
		} else {
			fmt.Fprintf(&b, "  %-14s| ", "")
		}
		b.WriteString(strings.ReplaceAll(text[s.Start:s.End], "\n", "⏎"))
		b.WriteByte('\n')
	}
	return b.String()
}

// TestSeeds splits the bundled seed articles (raw scrapes, site furniture
// included) and compares with golden files reviewed by hand: every furniture
// line marked, article sentences and subheadings not. Run with -update to
// rewrite them after a deliberate change, then review the diff.
func TestSeeds(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			got := render(text, Split(text, Options{}))
			golden.Check(t, filepath.Join("testdata", name+".golden"), got)
		})
	}
}
