// Package shareddata finds and parses the team's external evaluation data
// (../shared/data beside the repository: Golden Rules, MRPC, news clusters)
// for tests, benchmarks and the MRPC fit. Every file of it is parsed here
// and nowhere else. The data is not part of the module: its licences forbid
// redistribution, so it is read in place and never copied.
package shareddata

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// dir returns where shared/data should be: CLAIMDIFF_SHARED_DATA, or
// ../shared/data beside the repository.
func dir() string {
	if env := os.Getenv("CLAIMDIFF_SHARED_DATA"); env != "" {
		return env
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <repo>/internal/shareddata/shareddata.go.
	repo := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	return filepath.Join(filepath.Dir(repo), "shared", "data")
}

// Present reports whether shared/data is there, for callers that use it
// when they can and do without it otherwise (fuzz seeds).
func Present() bool {
	_, err := os.Stat(dir())
	return err == nil
}

// Dir returns the absolute path of shared/data. When the directory is
// missing the test is skipped, except under CI (CI set in the environment),
// where a missing data set must fail loudly rather than pass vacuously.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir := dir()
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shareddata: %v (CI needs ../shared/data beside the repository)", err)
		}
		tb.Skipf("shareddata: %v; set CLAIMDIFF_SHARED_DATA to run this test", err)
	}
	return dir
}

// Path returns the path of a file under shared/data, such as "mrpc/train.tsv".
func Path(tb testing.TB, name string) string {
	tb.Helper()
	return filepath.Join(Dir(tb), filepath.FromSlash(name))
}

// Pair is one labelled sentence pair of MRPC (Dolan & Brockett 2005).
type Pair struct {
	Same     bool // Quality 1: the annotators judged the two sentences paraphrases
	ID1, ID2 string
	A, B     string
}

// ReadMRPC reads an MRPC file: a header line, then lines
// "Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String". A line of
// another shape is an error naming it.
func ReadMRPC(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pairs []Pair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue // the header
		}
		cols := strings.Split(strings.TrimSuffix(sc.Text(), "\r"), "\t")
		if len(cols) != 5 || (cols[0] != "0" && cols[0] != "1") {
			return nil, fmt.Errorf("shareddata: %s:%d: want 5 columns with quality 0 or 1", path, line)
		}
		pairs = append(pairs, Pair{Same: cols[0] == "1", ID1: cols[1], ID2: cols[2], A: cols[3], B: cols[4]})
	}
	return pairs, sc.Err()
}

// MRPC returns the pairs of mrpc/train.tsv, in file order (4,076 pairs).
func MRPC(tb testing.TB) []Pair {
	tb.Helper()
	pairs, err := ReadMRPC(Path(tb, "mrpc/train.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	return pairs
}

// Cluster is one event of news/clusters.jsonl: the same event told by
// several outlets (BASIL, Fan et al. 2019).
type Cluster struct {
	ID       string    `json:"cluster_id"`
	Topic    string    `json:"topic"`
	Year     int       `json:"year"`
	Articles []Article `json:"articles"`
}

// Article is one outlet's article of a Cluster; Text joins its paragraphs
// with line breaks.
type Article struct {
	Source string `json:"source"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	UUID   string `json:"article_uuid"`
}

// ReadClusters reads a JSON Lines file of clusters.
func ReadClusters(path string) ([]Cluster, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Cluster
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var c Cluster
		if err := json.Unmarshal(line, &c); err != nil {
			return nil, fmt.Errorf("shareddata: %s:%d: %v", path, i+1, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// Clusters returns the events of news/clusters.jsonl, in file order.
func Clusters(tb testing.TB) []Cluster {
	tb.Helper()
	cs, err := ReadClusters(Path(tb, "news/clusters.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	return cs
}

// GoldenRule is one of the English "Golden Rules" for sentence boundary
// detection, from the README of diasks2/pragmatic_segmenter (commit
// 358fe97e), checked against nipunsadvilkar/pySBD's benchmark (see
// shared/data/README.md).
type GoldenRule struct {
	ID        int      `json:"id"`
	Name      string   `json:"name"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	AltPDF    []string `json:"alt_sentences_pdf"`
}

// GoldenRules returns the 52 rules of sbd/golden_rules_en.json.
func GoldenRules(tb testing.TB) []GoldenRule {
	tb.Helper()
	data, err := os.ReadFile(Path(tb, "sbd/golden_rules_en.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var rules []GoldenRule
	if err := json.Unmarshal(data, &rules); err != nil {
		tb.Fatalf("shareddata: sbd/golden_rules_en.json: %v", err)
	}
	if len(rules) != 52 {
		tb.Fatalf("shareddata: got %d golden rules, want 52", len(rules))
	}
	return rules
}
