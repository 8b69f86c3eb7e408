package articles

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads each kind of input: a cluttered web page, and 200
// article records as JSON Lines and as CSV.
func BenchmarkRead(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "dam", "clutter", "courier.html"))
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("testdata", "dam", "text", "courier.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var jsonl, csv strings.Builder
	csv.WriteString("source,title,published,text\n")
	for i := range 200 {
		fmt.Fprintf(&jsonl, "{\"source\": \"s%d\", \"title\": \"T\", \"published\": \"2026-03-15\", \"text\": %q}\n", i, text)
		fmt.Fprintf(&csv, "s%d,T,2026-03-15,%q\n", i, text)
	}
	inputs := []struct {
		name, input string
		data        []byte
	}{
		{"html", "page.html", page},
		{"jsonl", "feed.jsonl", []byte(jsonl.String())},
		{"csv", "feed.csv", []byte(strings.ReplaceAll(csv.String(), `\n`, "\n"))},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read("x", in.input, in.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
