package bench

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/segment"
	"github.com/claimdiff/claimdiff/internal/segment/benchtext"
	"github.com/clipperhouse/uax29/v2/sentences"
	neurosnap "github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// The splitters under comparison, each returning sentence end offsets.
var splitters = []struct {
	name  string
	split func(b *testing.B, text string) []int
}{
	{"claimdiff", func(_ *testing.B, text string) []int {
		var ends []int
		for _, s := range segment.Split(text, segment.Options{}) {
			ends = append(ends, s.End)
		}
		return ends
	}},
	{"neurosnap", func(b *testing.B, text string) []int {
		var ends []int
		for _, s := range newPunkt(b).Tokenize(text) {
			ends = append(ends, trimmedEnd(text, s.End))
		}
		return ends
	}},
	{"uax29", func(_ *testing.B, text string) []int {
		var ends []int
		for it := sentences.FromString(text); it.Next(); {
			ends = append(ends, trimmedEnd(text, it.End()))
		}
		return ends
	}},
}

func newPunkt(tb testing.TB) *neurosnap.DefaultSentenceTokenizer {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		tb.Fatal(err)
	}
	return tok
}

// trimmedEnd moves an end offset back over trailing white space, as
// claimdiff's sentences are trimmed.
func trimmedEnd(text string, end int) int {
	return len(strings.TrimRight(text[:end], " \t\r\n"))
}

// BenchmarkSplit runs the three splitters over the same 1 MB (or more) of
// news text, one whole call each iteration. Each does its natural work:
// claimdiff returns offsets and furniture flags, neurosnap sentence structs
// with text, uax29 iterates offsets without allocating.
func BenchmarkSplit(b *testing.B) {
	text := benchtext.News(b, 1<<20)
	b.Run("claimdiff", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		var dst []segment.Sentence
		for b.Loop() {
			dst = segment.Append(dst[:0], text, segment.Options{})
		}
		b.ReportMetric(float64(len(dst)), "sentences/op")
	})
	b.Run("neurosnap", func(b *testing.B) {
		tok := newPunkt(b)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = len(tok.Tokenize(text))
		}
		b.ReportMetric(float64(n), "sentences/op")
	})
	b.Run("uax29", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			n = 0
			for it := sentences.FromString(text); it.Next(); {
				n++
			}
		}
		b.ReportMetric(float64(n), "sentences/op")
	})
}

// TestAccuracy reports each splitter's boundary precision, recall and F1 on
// MRPC sentences joined five to a paragraph, whose true boundaries are
// known, once with one paragraph a line (news) and once hard-wrapped at 72
// columns (a space turned into a line break, so offsets do not move). It
// fails only if claimdiff falls behind either peer.
func TestAccuracy(t *testing.T) {
	text, want := benchtext.Paragraphs(t)
	for _, shape := range []struct{ name, text string }{{"news", text}, {"wrapped", wrap(text, 72)}} {
		scores := map[string]float64{}
		for _, s := range splitters {
			p, r, f1 := benchtext.F1(want, s.split(nil, shape.text))
			scores[s.name] = f1
			t.Logf("%-8s %-10s precision %.4f  recall %.4f  F1 %.4f", shape.name, s.name, p, r, f1)
		}
		for _, peer := range []string{"neurosnap", "uax29"} {
			if scores["claimdiff"] < scores[peer] {
				t.Errorf("%s: claimdiff F1 %.4f < %s F1 %.4f", shape.name, scores["claimdiff"], peer, scores[peer])
			}
		}
	}
}

// wrap replaces the last space before each column limit with a line break.
func wrap(text string, width int) string {
	b := []byte(text)
	lineStart, lastSpace := 0, -1
	for i, c := range b {
		switch {
		case c == '\n':
			lineStart, lastSpace = i+1, -1
		case c == ' ':
			lastSpace = i
		}
		if i-lineStart >= width && lastSpace > lineStart {
			b[lastSpace] = '\n'
			lineStart, lastSpace = lastSpace+1, -1
		}
	}
	return string(b)
}
