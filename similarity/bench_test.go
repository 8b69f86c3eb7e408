package similarity

import (
	"testing"

	"github.com/adrg/strutil/metrics"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// A pair of MRPC-length sentences (about 20 words each).
const (
	benchA = "The coalition, formed in 2014 to fight the Islamic State group, currently has about 2,500 US troops in Iraq and approximately 900 in Syria."
	benchB = "Currently, the coalition, which was formed in 2014 to combat the Islamic State of Iraq and the Levant, has about 2,500 US troops stationed in Iraq."
)

func BenchmarkScore(b *testing.B) {
	ta, tb := Prepare(benchA), Prepare(benchB)
	b.SetBytes(int64(len(benchA) + len(benchB)))
	s := Default()
	b.ReportAllocs()
	for b.Loop() {
		s.Score(ta, tb)
	}
}

func BenchmarkPrepare(b *testing.B) {
	b.SetBytes(int64(len(benchA)))
	b.ReportAllocs()
	for b.Loop() {
		Prepare(benchA)
	}
}

// BenchmarkPrepareMany prepares 500 different MRPC sentences an op: one
// sentence prepared again and again (BenchmarkPrepare) trains the branch
// predictor on its own data, which flatters comparison sorts and merges.
func BenchmarkPrepareMany(b *testing.B) {
	var sentences []string
	size := 0
	for _, p := range shareddata.MRPC(b)[:250] {
		sentences = append(sentences, p.A, p.B)
		size += len(p.A) + len(p.B)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			Prepare(s)
		}
	}
}

// BenchmarkStrutilDice is the baseline the issue quotes: strutil's
// Sorensen-Dice on the raw strings.
func BenchmarkStrutilDice(b *testing.B) {
	b.SetBytes(int64(len(benchA) + len(benchB)))
	b.ReportAllocs()
	m := metrics.NewSorensenDice()
	for b.Loop() {
		m.Compare(benchA, benchB)
	}
}
