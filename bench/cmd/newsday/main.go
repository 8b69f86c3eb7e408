// Command newsday writes a synthetic day of news (see package newsday) as
// JSON Lines article records on standard output, one article a line:
// {"source", "title", "url", "published", "text", "event"}, where event
// names the event the article tells (the truth grouping is measured
// against).
//
//	go run ./cmd/newsday -sentences 100000 > day.jsonl
//
// With -dir, it writes each article's text to its own file instead, named
// after the outlet and a running number, for tools that read plain text
// files (claimdiff compare, which compares all of them as one story).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimdiff/claimdiff/bench/newsday"
)

func main() {
	sentences := flag.Int("sentences", 10000, "about how many sentences to write")
	seed := flag.Uint64("seed", 1, "which day: the same seed gives the same records")
	dir := flag.String("dir", "", "write one text file per article into this directory instead of JSON Lines")
	flag.Parse()
	if err := run(*sentences, *seed, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "newsday:", err)
		os.Exit(1)
	}
}

func run(sentences int, seed uint64, dir string) error {
	opts := newsday.Options{Sentences: sentences, Seed: seed}
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		n := 0
		return newsday.Generate(opts, func(a newsday.Article) error {
			n++
			name := fmt.Sprintf("%s-%06d.txt", strings.ReplaceAll(strings.ToLower(a.Source), " ", "-"), n)
			return os.WriteFile(filepath.Join(dir, name), []byte(a.Text), 0o644)
		})
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := newsday.Generate(opts, func(a newsday.Article) error { return enc.Encode(a) })
	if err != nil {
		return err
	}
	return w.Flush()
}
