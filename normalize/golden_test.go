package normalize

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/facts.golden")

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
	path := filepath.Join("testdata", "facts.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./normalize -run Golden -update)", err)
	}
	wl, gl := readLines(string(want)), readLines(got.String())
	if diff := cmp.Diff(wl, gl); diff != "" {
		t.Errorf("facts differ from %s (-want +got); if intended, run with -update:\n%s", path, diff)
	}
}

func readLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}
