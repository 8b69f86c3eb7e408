package clause

import (
	"fmt"
	"strings"
	"testing"
)

// longSentences are sentences of one kind repeated to a size, the worst
// cases of the splitting rules: clauses joined by "and", clauses in -ing
// after commas, and a sentence inside an open quotation of several.
func longSentences(size int) map[string]string {
	repeat := func(head, part, tail string) string {
		return head + strings.Repeat(part, max(1, (size-len(head))/len(part))) + tail
	}
	return map[string]string{
		"and":        repeat("The dam failed", " and the river was rising", "."),
		"participle": repeat("The storm hit the coast", ", forcing crews from the piers", "."),
		"quotation":  repeat("", "we held the line on every street and ", "we will rebuild."),
	}
}

// BenchmarkSplitLong splits long sentences: the time per byte must not
// grow with their size.
func BenchmarkSplitLong(b *testing.B) {
	for _, size := range []int{10_000, 100_000} {
		for _, kind := range []string{"and", "participle", "quotation"} {
			s := longSentences(size)[kind]
			in := kind == "quotation"
			b.Run(fmt.Sprintf("%s/bytes=%d", kind, size), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					SplitQuoting(s, in)
				}
			})
		}
	}
}

// TestSplitLongBounded: a long run of clauses gives at most maxAndUnits
// units and more, not one a clause, so that comparing them later costs
// no square of the run.
func TestSplitLongBounded(t *testing.T) {
	for kind, s := range longSentences(50_000) {
		if n := len(Split(s)); n > maxAndUnits+1 {
			t.Errorf("%s: %d units from %d bytes, want at most %d", kind, n, len(s), maxAndUnits+1)
		}
	}
}
