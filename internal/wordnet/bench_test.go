package wordnet

import "testing"

// Words of a news sentence: lemmas, inflected forms, and words WordNet does
// not know.
var benchWords = []string{"the", "lung", "association", "urged", "members", "of", "congress",
	"to", "oppose", "the", "bill", "lawmakers", "voted", "down", "decisions", "fell", "xyzzyq"}

func BenchmarkAppendLemmas(b *testing.B) {
	dst := make([]Lemma, 0, 16)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		dst = AppendLemmas(dst[:0], benchWords[i%len(benchWords)], AnyPOS)
	}
}

func BenchmarkAppendMeanings(b *testing.B) {
	var lemmas []Lemma
	for _, w := range benchWords {
		lemmas = AppendLemmas(lemmas, w, AnyPOS)
	}
	for _, senses := range []struct {
		name string
		n    int
	}{{"senses=1", 1}, {"senses=3", 3}, {"senses=all", 0}} {
		b.Run(senses.name, func(b *testing.B) {
			dst := make([]ID, 0, 1024)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				l := lemmas[i%len(lemmas)]
				dst = AppendMeanings(dst[:0], l.Text, l.POS, senses.n)
			}
		})
	}
}

func BenchmarkCollocation(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		j := i % (len(benchWords) - 1)
		Collocation(benchWords[j], benchWords[j+1])
	}
}

func BenchmarkAntonyms(b *testing.B) {
	pairs := [][2]string{{"rise", "fall"}, {"increase", "decrease"}, {"urge", "oppose"}, {"bill", "xyzzyq"}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		Antonyms(p[0], p[1], AnyPOS, 3)
	}
}

func BenchmarkAppendAntonyms(b *testing.B) {
	dst := make([]string, 0, 16)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		dst = AppendAntonyms(dst[:0], benchWords[i%len(benchWords)], AnyPOS, 3)
	}
}

func BenchmarkPartsOfSpeech(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		PartsOfSpeech(benchWords[i%len(benchWords)])
		MostFrequentPOS(benchWords[i%len(benchWords)])
	}
}

// BenchmarkOpen measures what the table costs at start-up: open parses the
// header of the embedded table (package initialization runs it once).
func BenchmarkOpen(b *testing.B) {
	b.SetBytes(int64(len(blob)))
	b.ReportAllocs()
	for b.Loop() {
		open(blob)
	}
}
