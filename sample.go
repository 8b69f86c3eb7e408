package claimdiff

import (
	"embed"
	"io/fs"
	"path"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// The seed articles: five outlets on the early-2024 US–Iraq talks about
// coalition troops, kept exactly as scraped, site furniture included.
//
//go:embed testdata/seeds/*.txt
var seeds embed.FS

// Sample returns the bundled sample articles, sorted by name. Each source's
// name is its file's base name without the extension, as the CLI names files.
func Sample() []claims.Document {
	entries, err := fs.ReadDir(seeds, "testdata/seeds")
	if err != nil {
		panic("claimdiff: embedded sample missing: " + err.Error()) // a build defect, not user data
	}
	docs := make([]claims.Document, 0, len(entries))
	for _, e := range entries {
		b, err := fs.ReadFile(seeds, "testdata/seeds/"+e.Name())
		if err != nil {
			panic("claimdiff: embedded sample unreadable: " + err.Error())
		}
		docs = append(docs, claims.Document{Name: strings.TrimSuffix(e.Name(), path.Ext(e.Name())), Text: string(b)})
	}
	return docs
}
