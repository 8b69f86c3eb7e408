package bench

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/claimdiff/claimdiff/articles"
)

// The web-page extractors compared on articles/testdata: each page's
// extracted lines against the article lines a reader keeps (headline and
// paragraphs; dam/want/*.txt for the dam story's pages, pages/*.want.txt
// for the others). The raw extractors' output is laid out by the same
// renderer, one line per block; "claimdiff" is articles.Read, which is
// go-trafilatura plus the headline and JSON-LD rules of articles.
var extractors = []struct {
	name    string
	extract func(page []byte) []string
}{
	{"claimdiff", func(page []byte) []string {
		docs, err := articles.Read("x", "x.html", page)
		if err != nil {
			return nil
		}
		return strings.Split(strings.TrimSpace(docs[0].Text), "\n")
	}},
	{"trafilatura", func(page []byte) []string {
		r, err := trafilatura.ExtractDocument(parse(page), trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast})
		if err != nil {
			return nil
		}
		return blocks(r.ContentNode)
	}},
	{"readability", func(page []byte) []string {
		a, err := readability.FromDocument(parse(page), nil)
		if err != nil || a.Node == nil {
			return nil
		}
		return blocks(a.Node)
	}},
}

// pages returns the HTML fixtures with the lines each should give.
func pages(tb testing.TB) (paths []string, want map[string][]string) {
	dir := filepath.Join("..", "articles", "testdata")
	dam, _ := filepath.Glob(filepath.Join(dir, "dam", "*", "*.html"))
	other, _ := filepath.Glob(filepath.Join(dir, "pages", "*.html"))
	want = map[string][]string{}
	for _, p := range append(dam, other...) {
		w := strings.TrimSuffix(p, ".html") + ".want.txt"
		if strings.Contains(p, string(filepath.Separator)+"dam"+string(filepath.Separator)) {
			w = filepath.Join(dir, "dam", "want", strings.TrimSuffix(filepath.Base(p), ".html")+".txt")
		}
		b, err := os.ReadFile(w)
		if err != nil {
			tb.Fatal(err)
		}
		want[p] = strings.Split(strings.TrimSpace(string(b)), "\n")
		paths = append(paths, p)
	}
	if len(paths) == 0 {
		tb.Fatal("no page fixtures under ../articles/testdata")
	}
	return paths, want
}

// TestExtractors prints, for each extractor, the article lines kept, lost
// and added on every page and in total, with line precision, recall and F1,
// on the tuning fixtures and on the held-out pages of
// articles/testdata/check (written apart from the extraction rules, never
// tuned on; their truth is NAME.txt):
//
//	go test -run Extractors -v
func TestExtractors(t *testing.T) {
	paths, want := pages(t)
	checkPaths, _ := filepath.Glob(filepath.Join("..", "articles", "testdata", "check", "*.html"))
	checkWant := map[string][]string{}
	for _, p := range checkPaths {
		b, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		checkWant[p] = strings.Split(strings.TrimSpace(string(b)), "\n")
	}
	for _, set := range []struct {
		name  string
		paths []string
		want  map[string][]string
	}{{"fixtures", paths, want}, {"held-out", checkPaths, checkWant}} {
		if len(set.paths) == 0 {
			continue
		}
		for _, x := range extractors {
			var kept, lost, added int
			for _, p := range set.paths {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				got := x.extract(b)
				var l, a []string
				for _, w := range set.want[p] {
					if !slices.Contains(got, w) {
						l = append(l, w)
					}
				}
				for _, g := range got {
					if !slices.Contains(set.want[p], g) {
						a = append(a, g)
					}
				}
				kept += len(set.want[p]) - len(l)
				lost += len(l)
				added += len(a)
				if len(l)+len(a) > 0 {
					t.Logf("%-12s %-28s lost %q added %q", x.name, rel(p), l, a)
				}
			}
			prec := float64(kept) / float64(kept+added)
			rec := float64(kept) / float64(kept+lost)
			t.Logf("%-8s %-12s lines kept %d, lost %d, added %d: precision %.3f, recall %.3f, F1 %.3f",
				set.name, x.name, kept, lost, added, prec, rec, 2*prec*rec/(prec+rec))
		}
	}
}

func rel(p string) string {
	return filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
}

// BenchmarkExtract times each extractor over all the page fixtures.
func BenchmarkExtract(b *testing.B) {
	paths, _ := pages(b)
	var all [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data)
		size += len(data)
	}
	for _, x := range extractors {
		b.Run(x.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, page := range all {
					x.extract(page)
				}
			}
		})
	}
}

// parse decodes a page as its charset says and parses it.
func parse(page []byte) *html.Node {
	r, err := charset.NewReader(bytes.NewReader(page), "text/html")
	if err != nil {
		r = bytes.NewReader(page)
	}
	doc, err := html.Parse(r)
	if err != nil {
		panic(fmt.Sprintf("html.Parse never fails on a reader in memory: %v", err))
	}
	return doc
}

var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Hr: true, atom.Address: true, atom.Body: true, atom.Caption: true, atom.Br: true,
}

// blocks lays extracted content out one line per block, white space
// collapsed: a plain rendering, the same for every extractor.
func blocks(root *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if l := strings.Join(strings.Fields(cur.String()), " "); l != "" {
			out = append(out, l)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
			return
		}
		a := n.DataAtom
		if a == 0 {
			a = atom.Lookup([]byte(n.Data))
		}
		if a == atom.Script || a == atom.Style {
			return
		}
		if a == atom.Td || a == atom.Th {
			cur.WriteString(" ")
		}
		if blockAtoms[a] {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if blockAtoms[a] {
			flush()
		}
	}
	walk(root)
	flush()
	return out
}
