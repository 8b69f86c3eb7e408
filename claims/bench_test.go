package claims

import (
	"context"
	"fmt"
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
				c := NewCorpus(func(c *config) { c.allPairs = true })
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
