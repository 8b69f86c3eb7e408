package normalize

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// The benchmarks run on MRPC sentences (shared/data/mrpc/train.tsv, first
// column), the kind of text Extract and Fold see: one news sentence a call.

func benchSentences(b *testing.B) ([]string, int64) {
	sents := mrpcSentences(b)
	var n int64
	for _, s := range sents {
		n += int64(len(s))
	}
	return sents, n
}

func BenchmarkExtract(b *testing.B) {
	sents, n := benchSentences(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Extract(s)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	sents, n := benchSentences(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Fold(s)
		}
	}
}

// BenchmarkFoldUnicode measures the transformer chain, which text with any
// non-ASCII byte takes.
func BenchmarkFoldUnicode(b *testing.B) {
	sents, n := benchSentences(b)
	for i, s := range sents {
		sents[i] = strings.ReplaceAll(s, "\"", "“")
		n += int64(len(sents[i]) - len(s))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Fold(s)
		}
	}
}

func BenchmarkCanonical(b *testing.B) {
	sents, n := benchSentences(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Canonical(s)
		}
	}
}

// BenchmarkPrepare is the normalize share of similarity.Prepare: Fold and
// Extract of each sentence.
func BenchmarkPrepare(b *testing.B) {
	sents, n := benchSentences(b)
	benchPrepare(b, sents, n)
}

// BenchmarkPrepareNews is BenchmarkPrepare on the news clusters, whose curly
// quotes, apostrophes and dashes MRPC lacks.
func BenchmarkPrepareNews(b *testing.B) {
	sents := newsSentences(b)
	var n int64
	for _, s := range sents {
		n += int64(len(s))
	}
	benchPrepare(b, sents, n)
}

func benchPrepare(b *testing.B, sents []string, n int64) {
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Fold(s)
			Extract(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}

// newsSentences returns the sentences of the articles of
// shared/data/news/clusters.jsonl, cut roughly at ". " and line ends.
func newsSentences(tb testing.TB) []string {
	var out []string
	for _, c := range shareddata.Clusters(tb) {
		for _, a := range c.Articles {
			for _, para := range strings.Split(a.Text, "\n") {
				for _, s := range strings.SplitAfter(para, ". ") {
					if s = strings.TrimSpace(s); s != "" {
						out = append(out, s)
					}
				}
			}
		}
	}
	return out
}

// longSentence repeats a news clause with numbers, names, dates and
// casualties, without a full stop, to n bytes: a scrape gone wrong.
func longSentence(n int) string {
	const p = "the mayor of Springfield John Smith said on Tuesday March 3 2024 that 1,200 workers at the Acme plant " +
		"would lose their jobs after sales fell 12 percent to $4.5 million while the union led by Maria Lopez " +
		"said it would not accept the cuts and officials in Washington did not comment on the report from Reuters " +
		"about the 3 injured and 2 killed in the fire at 10:30 a.m. on Monday "
	return strings.Repeat(p, n/len(p)+1)[:n]
}

// BenchmarkExtractLongSentence runs Extract on one unpunctuated line at two
// sizes; MB/s that holds as the size grows shows the cost is linear.
func BenchmarkExtractLongSentence(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"256KB", 256 << 10}} {
		s := longSentence(size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(s)
			}
		})
	}
}
