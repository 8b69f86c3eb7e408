package stories_test

import (
	"context"
	"testing"

	"github.com/claimdiff/claimdiff/stories"
)

// BenchmarkTerms reads the terms of the seed articles. The scale benchmarks
// of whole feeds are in the bench module (BenchmarkStories).
func BenchmarkTerms(b *testing.B) {
	docs := docsOf(seeds(b))
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			stories.Terms(d)
		}
	}
}

// BenchmarkFind groups the seeds and the invented feed.
func BenchmarkFind(b *testing.B) {
	docs := docsOf(append(seeds(b), invented(b)...))
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stories.Find(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}
