package claims

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkCompare measures the whole comparison (split, prepare, index,
// score, group, report) on synthetic corpora built from real news sentences.
// Run the large sizes with: go test ./claims -run '^$' -bench Compare -benchtime 1x
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 40_000, 100_000} {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			docs := syntheticDocs(b, n)
			size := 0
			for _, d := range docs {
				size += len(d.Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				c := NewCorpus()
				if err := c.Add(context.Background(), docs...); err != nil {
					b.Fatal(err)
				}
				if _, err := c.Report(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompareAllPairs is the quadratic baseline the index replaces.
func BenchmarkCompareAllPairs(b *testing.B) {
	for _, n := range []int{1_000, 5_000} {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			docs := syntheticDocs(b, n)
			b.ReportAllocs()
			for b.Loop() {
				c := NewCorpus(optionFunc(func(c *config) { c.pairs = allPairs }))
				if err := c.Add(context.Background(), docs...); err != nil {
					b.Fatal(err)
				}
				if _, err := c.Report(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompareNoSentenceEnds compares a source made of one long run of
// real words with no sentence end (a scraper that lost all punctuation)
// against the bundled sample: time and memory must grow linearly with its
// size. Run: go test ./claims -run '^$' -bench NoSentenceEnds -benchtime 3x
func BenchmarkCompareNoSentenceEnds(b *testing.B) {
	real := realSentences(b)
	for _, size := range []int{1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("MB=%d", size>>20), func(b *testing.B) {
			var sb strings.Builder
			for i := 0; sb.Len() < size; i++ {
				sb.WriteString(strings.Map(func(r rune) rune {
					if strings.ContainsRune(".!?\n", r) {
						return ' '
					}
					return r
				}, real[i%len(real)]))
				sb.WriteByte(' ')
			}
			docs := []Document{{Name: "run-on", Text: sb.String()[:size]}, {Name: "other", Text: real[0]}}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(docs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestWriteSyntheticCorpus writes the benchmark corpus to files, one source
// each, so that the command line can be measured on it (peak memory of the
// real tool, without the test harness):
//
//	CLAIMDIFF_CORPUS_DIR=/tmp/c100k CLAIMDIFF_CORPUS_SENTENCES=100000 go test ./claims -run WriteSyntheticCorpus
//	/usr/bin/time -v go run ./cmd/claimdiff -format json /tmp/c100k > /dev/null
func TestWriteSyntheticCorpus(t *testing.T) {
	dir := os.Getenv("CLAIMDIFF_CORPUS_DIR")
	if dir == "" {
		t.Skip("set CLAIMDIFF_CORPUS_DIR (and CLAIMDIFF_CORPUS_SENTENCES) to write the corpus")
	}
	n, err := strconv.Atoi(os.Getenv("CLAIMDIFF_CORPUS_SENTENCES"))
	if err != nil {
		t.Fatalf("CLAIMDIFF_CORPUS_SENTENCES: %v", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range syntheticDocs(t, n) {
		if err := os.WriteFile(filepath.Join(dir, d.Name+".txt"), []byte(d.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
