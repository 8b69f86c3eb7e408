package normalize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
)

// goldenRecord is one line of testdata/facts.golden.
type goldenRecord struct {
	Sentence  string
	Canonical string
	Facts     Facts
}

// jsonSafe replaces infinities, which JSON cannot hold, by ±1e308.
func jsonSafe(f Facts) Facts {
	out := f
	out.Numbers = append([]Number(nil), f.Numbers...)
	for i := range out.Numbers {
		n := &out.Numbers[i]
		n.Low = max(min(n.Low, 1e308), -1e308)
		n.High = max(min(n.High, 1e308), -1e308)
	}
	return out
}

func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for line := range strings.Lines(string(in)) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		b, err := json.Marshal(goldenRecord{line, Canonical(line), jsonSafe(Extract(line))})
		if err != nil {
			t.Fatal(err)
		}
		got.Write(b)
		got.WriteByte('\n')
	}
	golden.Check(t, filepath.Join("testdata", "facts.golden"), got.String())
}
