package normalize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
)

// goldenRecord is one line of testdata/facts.golden: the facts of one
// sentence by kind.
type goldenRecord struct {
	Sentence  string
	Canonical string
	Facts     goldenFacts
}

type goldenFacts struct {
	Numbers   []Number
	Dates     []Date
	Names     []Name
	Negations []Negation
	Times     []Time
}

// newGoldenFacts sorts the facts by kind, with infinities, which JSON
// cannot hold, replaced by ±1e308.
func newGoldenFacts(f Facts) goldenFacts {
	g := goldenFacts{Of[Number](f), Of[Date](f), Of[Name](f), Of[Negation](f), Of[Time](f)}
	for i := range g.Numbers {
		n := &g.Numbers[i]
		n.Low = max(min(n.Low, 1e308), -1e308)
		n.High = max(min(n.High, 1e308), -1e308)
	}
	return g
}

// testSentences returns the sentences of testdata/sentences.txt: a line
// each, blank lines and # comments left out.
func testSentences(t *testing.T) []string {
	t.Helper()
	in, err := os.ReadFile(filepath.Join("testdata", "sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(in), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	var got strings.Builder
	for _, line := range testSentences(t) {
		b, err := json.Marshal(goldenRecord{line, Canonical(line), newGoldenFacts(Extract(line))})
		if err != nil {
			t.Fatal(err)
		}
		got.Write(b)
		got.WriteByte('\n')
	}
	golden.Check(t, filepath.Join("testdata", "facts.golden"), got.String())
}
