package segment

import (
	"testing"

	"github.com/claimdiff/claimdiff/internal/segment/benchtext"
)

// BenchmarkSplit splits at least 1 MB of real news text (the shared news
// clusters and MRPC sentences, repeated) per iteration, reusing the output
// slice as a caller that splits many documents would.
func BenchmarkSplit(b *testing.B) {
	text := benchtext.News(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []Sentence
	for b.Loop() {
		dst = Append(dst[:0], text, Options{})
	}
	b.ReportMetric(float64(len(dst)), "sentences/op")
}

// BenchmarkSplitArticle splits one article at a time, each into a new slice,
// as the claimdiff pipeline does.
func BenchmarkSplitArticle(b *testing.B) {
	articles := benchtext.Articles(b)
	size := 0
	for _, a := range articles {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			Split(a, Options{})
		}
	}
}
