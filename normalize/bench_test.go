package normalize

import (
	"strings"
	"testing"
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
