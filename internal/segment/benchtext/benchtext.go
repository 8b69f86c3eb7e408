// Package benchtext builds real news text for the sentence splitter's
// benchmarks and accuracy checks from the team's shared evaluation data
// (../shared/data): the article texts of news/clusters.jsonl and the
// sentences of mrpc/train.tsv. The data is read in place, never copied.
package benchtext

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// Articles returns the article texts of news/clusters.jsonl (title, then
// text), in file order.
func Articles(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, c := range shareddata.Clusters(tb) {
		for _, a := range c.Articles {
			out = append(out, a.Title+"\n"+a.Text)
		}
	}
	return out
}

// Sentences returns the distinct sentences of mrpc/train.tsv in file order;
// each is one sentence of news as its annotators cut it.
func Sentences(tb testing.TB) []string {
	tb.Helper()
	seen := make(map[string]bool)
	var out []string
	for _, p := range shareddata.MRPC(tb) {
		for _, s := range [...]struct{ id, text string }{{p.ID1, p.A}, {p.ID2, p.B}} {
			if t := strings.TrimSpace(s.text); t != "" && !seen[s.id] {
				seen[s.id] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// News returns at least min bytes of news text: the articles, then the MRPC
// sentences five to a paragraph, one paragraph a line, repeated as needed.
func News(tb testing.TB, min int) string {
	tb.Helper()
	var one strings.Builder
	for _, a := range Articles(tb) {
		one.WriteString(a)
		one.WriteString("\n\n")
	}
	text, _ := Paragraphs(tb)
	one.WriteString(text)
	var b strings.Builder
	for b.Len() < min {
		b.WriteString(one.String())
		b.WriteString("\n")
	}
	return b.String()
}

// Paragraphs joins the MRPC sentences five to a paragraph (a space between
// sentences, a line break between paragraphs) and returns the text with the
// end offset of every sentence: a segmentation whose truth is known.
func Paragraphs(tb testing.TB) (string, []int) {
	tb.Helper()
	var b strings.Builder
	var ends []int
	for i, s := range Sentences(tb) {
		if i > 0 {
			if i%5 == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
		ends = append(ends, b.Len())
	}
	return b.String(), ends
}

// F1 scores predicted sentence end offsets against the true ones.
func F1(want, got []int) (precision, recall, f1 float64) {
	truth := make(map[int]bool, len(want))
	for _, e := range want {
		truth[e] = true
	}
	hit := 0
	for _, e := range got {
		if truth[e] {
			hit++
		}
	}
	if len(got) == 0 || len(want) == 0 || hit == 0 {
		return 0, 0, 0
	}
	precision = float64(hit) / float64(len(got))
	recall = float64(hit) / float64(len(want))
	return precision, recall, 2 * precision * recall / (precision + recall)
}
