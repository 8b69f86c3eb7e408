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

// BenchmarkScoreAnchored scores pairs as claims does (Anchored): two
// sharing an anchor, two naming two people in one role, a claim and the
// claim with more detail.
func BenchmarkScoreAnchored(b *testing.B) {
	for _, p := range []struct{ name, a, b string }{
		{"anchor", benchA, benchB},
		{"role", "Talks resumed on Friday under mediator Ines Varga, the company said.", "Talks resumed on Friday, with mediator Tomas Reed in the chair."},
		{"contained", "Ferries were not running", "Ferries were running between the islands on a reduced timetable, with the first sailing at noon"},
	} {
		b.Run(p.name, func(b *testing.B) {
			ta, tb := Prepare(p.a), Prepare(p.b)
			b.SetBytes(int64(len(p.a) + len(p.b)))
			s := Anchored{}
			b.ReportAllocs()
			for b.Loop() {
				s.Score(ta, tb)
			}
		})
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
