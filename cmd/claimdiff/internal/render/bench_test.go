package render

import (
	"io"
	"testing"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
)

// BenchmarkFormats renders the bundled sample's report in each format;
// bytes are the articles' bytes.
func BenchmarkFormats(b *testing.B) {
	docs := claimdiff.Sample()
	r, err := claims.Compare(docs)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	formats := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"text", func(w io.Writer) error { return Text(w, r) }},
		{"markdown", func(w io.Writer) error { return Markdown(w, r) }},
		{"html", func(w io.Writer) error { return HTML(w, r, docs) }},
	}
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
