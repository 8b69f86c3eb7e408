package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const (
	sourceDir = "/usr/share/wordnet"
	notice    = "/usr/share/doc/wordnet-base/copyright"
)

// source returns the WordNet directory; it skips the test when Debian's
// wordnet-base is not installed, except under CI (CI set).
func source(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(sourceDir, "index.noun")); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("gen: %v (CI needs the wordnet-base package: apt-get install wordnet-base)", err)
		}
		tb.Skipf("gen: %v; install wordnet-base to rebuild the table", err)
	}
	return sourceDir
}

// generateVersion reads the Debian version the go:generate line of package
// wordnet passes, so the test builds exactly what go generate builds.
func generateVersion(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../../table.go")
	if err != nil {
		tb.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^//go:generate .*-debian-version (\S+)`).FindSubmatch(b)
	if m == nil {
		tb.Fatal("no -debian-version on the go:generate line of table.go")
	}
	return string(m[1])
}

// TestBuildIsReproducible builds the table twice (map iteration differs
// between the runs) and compares both with the committed wordnet.bin, and
// the committed LICENSE with the package's notice.
func TestBuildIsReproducible(t *testing.T) {
	dir := source(t)
	version := generateVersion(t)
	a, err := Build(dir, version)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(dir, version)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two builds from the same files differ")
	}
	committed, err := os.ReadFile("../../wordnet.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, committed) {
		t.Errorf("the committed wordnet.bin (%d bytes) differs from a build of %s (%d bytes): run go generate ./internal/wordnet", len(committed), dir, len(a))
	}
	want, err := os.ReadFile(notice)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("internal/wordnet/LICENSE differs from %s: run go generate ./internal/wordnet", notice)
	}
	for _, s := range []string{"WordNet 3.0", "wordnet-base " + version, "Licence: WordNet 3.0 licence", "SHA-256 "} {
		if !bytes.Contains(a[:bytes.IndexByte(a, 0)], []byte(s)) {
			t.Errorf("the preamble does not say %q", s)
		}
	}
}

func TestParseIndexLine(t *testing.T) {
	rec, err := parseIndexLine("urge v 3 3 @ ~ + 3 3 00765667 00875159 00858799  ", verb)
	if err != nil {
		t.Fatal(err)
	}
	want := indexRec{lemma: "urge", pos: verb, synsets: []uint32{765667<<2 | 1, 875159<<2 | 1, 858799<<2 | 1}}
	if diff := cmp.Diff(want, rec, cmp.AllowUnexported(indexRec{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, c := range []struct{ line, err string }{
		{"urge v 3 3", "want at least 6 fields"},
		{"urge n 3 0 3 3 00765667 00875159 00858799", `part of speech "n" in index.verb`},
		{"urge v 3 3 @ ~ + 3 3 00765667 00875159", "do not match"},
		{"urge v 1 0 1 1 x0765667", `synset offset "x0765667"`},
		{"urge v 1 9999999999999999999 1 1 00765667", "do not match"},
	} {
		_, err := parseIndexLine(c.line, verb)
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("parseIndexLine(%q) = %v, want an error with %q", c.line, err, c.err)
		}
	}
}

func TestParseDataLine(t *testing.T) {
	line := "00002098 00 a 01 unable(p) 0 002 = 05200169 n 0000 ! 00001740 a 0101 | (usually followed by `to') not having the necessary means"
	rec, err := parseDataLine(line, adj, 2098)
	if err != nil {
		t.Fatal(err)
	}
	want := &synsetRec{key: 2098<<2 | adj, words: []string{"unable"}, pointers: []pointer{
		{symbol: "=", target: 5200169 << 2},
		{symbol: "!", target: 1740<<2 | adj, source: 1, dest: 1},
	}}
	if diff := cmp.Diff(want, rec, cmp.AllowUnexported(synsetRec{}, pointer{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		line string
		at   int64
		err  string
	}{
		{line, 2099, "not the line's byte offset 2099"},
		{"00002098 00 n 01 unable 0 000 | x", 2098, `ss_type "n" in data.adj`},
		{"00002098 00 a 05 unable 0 000 | x", 2098, `w_cnt "05"`},
		{"00002098 00 a 01 unable 0 002 = 05200169 n 0000 | x", 2098, `p_cnt "002"`},
		{"00002098 00 a 01 unable 0 001 = 05200169 q 0000 | x", 2098, `pointer "= 05200169 q 0000"`},
		{"00002098 00 a 01 unable 0 001 = 05200169 n 00 | x", 2098, `pointer "= 05200169 n 00"`},
		{"00002098 00 a", 2098, "want at least 6 fields"},
	} {
		_, err := parseDataLine(c.line, adj, c.at)
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("parseDataLine(%q) = %v, want an error with %q", c.line, err, c.err)
		}
	}
}

// TestBuildErrors checks that a bad database is reported with its file and
// line.
func TestBuildErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Build(dir, "test"); err == nil || !strings.Contains(err.Error(), "index.noun") {
		t.Errorf("Build of an empty directory = %v, want an error naming index.noun", err)
	}
	write("index.noun", "  1 licence line\ncat n 1 0 1 0 00000000  \ndog n 1 0 1 0\n")
	if _, err := Build(dir, "test"); err == nil || !strings.Contains(err.Error(), "index.noun:3:") {
		t.Errorf("Build = %v, want an error naming index.noun:3", err)
	}
}

func FuzzParseIndexLine(f *testing.F) {
	f.Add("urge v 3 3 @ ~ + 3 3 00765667 00875159 00858799  ")
	f.Add("a v 1 1 @ 1 1 1")
	f.Fuzz(func(t *testing.T, line string) {
		rec, err := parseIndexLine(line, verb)
		if err == nil && (rec.lemma == "" || len(rec.synsets) == 0) {
			t.Errorf("parseIndexLine(%q) = %+v without an error", line, rec)
		}
	})
}

func FuzzParseDataLine(f *testing.F) {
	f.Add("00002098 00 a 01 unable(p) 0 002 = 05200169 n 0000 ! 00001740 a 0101 | gloss", int64(2098))
	f.Add("00000000 00 a 00 000", int64(0))
	f.Fuzz(func(t *testing.T, line string, at int64) {
		rec, err := parseDataLine(line, adj, at)
		if err == nil && (len(rec.words) == 0 || rec.key>>2 != uint32(at)) {
			t.Errorf("parseDataLine(%q, %d) = %+v without an error", line, at, rec)
		}
	})
}
