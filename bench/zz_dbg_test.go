package bench

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/internal/segment/benchtext"
)

func TestDbgErrors(t *testing.T) {
	text, want := benchtext.Paragraphs(t)
	got := splitters[0].split(nil, text)
	w := map[int]bool{}
	for _, e := range want { w[e] = true }
	g := map[int]bool{}
	for _, e := range got { g[e] = true }
	ctx := func(e int) string { a, b := max(0, e-60), min(len(text), e+40); return text[a:e] + "|" + text[e:b] }
	for _, e := range got { if !w[e] { fmt.Printf("FP %q\n", ctx(e)) } }
	for _, e := range want { if !g[e] { fmt.Printf("FN %q\n", ctx(e)) } }
}
