package articles

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/golden"
)

// readPage reads one HTML fixture as a document named after its file.
func readPage(t *testing.T, path string) claims.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	docs, err := Read(name, path, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%s: %d documents, want 1", path, len(docs))
	}
	return docs[0]
}

// TestPagesGolden keeps the text and metadata extracted from every page
// fixture: the dam story in four layouts and pages of other kinds.
func TestPagesGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/dam/*/*.html")
	more, _ := filepath.Glob("testdata/pages/*.html")
	for _, path := range append(pages, more...) {
		t.Run(path, func(t *testing.T) {
			d := readPage(t, path)
			got := fmt.Sprintf("title: %s\nurl: %s\npublished: %s\n\n%s", d.Title, d.URL, d.Published.Format(time.RFC3339), d.Text)
			golden.Check(t, strings.TrimSuffix(path, ".html")+".txt.golden", got)
		})
	}
}

// TestPagesKeepArticle checks that the extracted text of each page of
// testdata/pages holds every line of its article (NAME.want.txt) and says
// which lines the extractor adds or loses. Lost lines that are not claims
// (a live blog's time stamps) are listed as known.
func TestPagesKeepArticle(t *testing.T) {
	knownLost := map[string][]string{
		"liveblog": {"08:15", "09:02", "09:40"}, // headings of the updates: times, not claims
	}
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(path, ".html") + ".want.txt")
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.TrimSpace(readPage(t, path).Text), "\n")
			var lost, added []string
			for _, l := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				if !slices.Contains(got, l) {
					lost = append(lost, l)
				}
			}
			for _, l := range got {
				if !strings.Contains(string(want), l+"\n") {
					added = append(added, l)
				}
			}
			if diff := cmp.Diff(knownLost[name], lost); diff != "" {
				t.Errorf("lost lines (-known +got):\n%s", diff)
			}
			if len(added) > 0 {
				t.Errorf("added lines: %q", added)
			}
		})
	}
}

// clusterSummary is what the dam test compares of a cluster: its claims'
// texts and its divergences' kinds and values, not offsets (a page drops
// furniture lines, which moves them).
type clusterSummary struct {
	Claims      []string
	Divergences []string
}

func summarize(r *claims.Report) []clusterSummary {
	var out []clusterSummary
	for _, c := range r.Clusters {
		var s clusterSummary
		for _, cl := range c.Claims {
			s.Claims = append(s.Claims, cl.Source+": "+cl.Text)
		}
		for _, d := range c.Divergences {
			s.Divergences = append(s.Divergences, fmt.Sprintf("%s: %s %q / %s %q", d.Kind, d.A.Source, d.A.Value, d.B.Source, d.B.Value))
		}
		slices.Sort(s.Claims)
		slices.Sort(s.Divergences)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b clusterSummary) int { return strings.Compare(a.Claims[0], b.Claims[0]) })
	return out
}

// TestDamLayouts compares the dam story's four outlets as web pages, in
// each of four layouts, with the same outlets as text: the clusters
// (claims' texts) and divergences (kinds and values) must be the same.
// The reference is each text file without the furniture lines that the
// story's README names (bylines, time stamps, credits, prompts; see
// testdata/dam/want): a page's article does not hold them, and the
// splitter does not mark every one of them (the byline "By Tom Reyes,
// Staff Writer" is a claim to it), which changes how the headline groups:
// after it, the headline has no lede to join.
func TestDamLayouts(t *testing.T) {
	compareLayouts(t, "want")
}

func compareLayouts(t *testing.T, reference string) {
	outlets := []string{"courier", "herald", "ledger", "post"}
	var texts []claims.Document
	for _, o := range outlets {
		b, err := os.ReadFile(filepath.Join("testdata", "dam", reference, o+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, claims.Document{Name: o, Text: string(b)})
	}
	want, err := claims.Compare(texts)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Clusters) < 3 {
		t.Fatalf("the text files give %d clusters; the story has more shared claims", len(want.Clusters))
	}
	for _, layout := range []string{"plain", "clutter", "jsonld", "minified"} {
		t.Run(layout, func(t *testing.T) {
			var docs []claims.Document
			for _, o := range outlets {
				docs = append(docs, readPage(t, filepath.Join("testdata", "dam", layout, o+".html")))
			}
			got, err := claims.Compare(docs)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(summarize(want), summarize(got)); diff != "" {
				t.Errorf("clusters differ from the text files' (-text +html):\n%s", diff)
			}
			// Offsets are into the extracted text.
			text := map[string]string{}
			for _, d := range docs {
				text[d.Name] = d.Text
			}
			for _, c := range got.Clusters {
				for _, cl := range c.Claims {
					if text[cl.Source][cl.Start:cl.End] != cl.Text {
						t.Errorf("%s[%d:%d] is not %q", cl.Source, cl.Start, cl.End, cl.Text)
					}
				}
			}
		})
	}
}

// TestDamMetadata checks the title, URL and date read from each page
// against what the generator put in it (meta.json); the JSON-LD layout
// states the same.
func TestDamMetadata(t *testing.T) {
	want := map[string]struct{ title, url, day string }{
		"courier": {"Dam breach forces 2,000 from homes in Kestrel Falls", "https://www.courier.example/news/2026/03/kestrel-falls-dam", "2026-03-15T06:12:00-07:00"},
		"herald":  {"Kestrel Falls dam collapses; two dead, 1,800 evacuated", "https://www.herald.example/news/2026/03/kestrel-falls-dam", "2026-03-15T09:30:00-07:00"},
		"post":    {"Thousands flee as dam fails in Oregon valley", "https://www.post.example/news/2026/03/kestrel-falls-dam", "2026-03-16T07:00:00Z"},
	}
	for _, layout := range []string{"plain", "clutter", "jsonld", "minified"} {
		for o, w := range want {
			d := readPage(t, filepath.Join("testdata", "dam", layout, o+".html"))
			if d.Title != w.title || d.URL != w.url || d.Published.Format(time.RFC3339) != w.day {
				t.Errorf("%s/%s: title %q, url %q, published %v; want %q, %q, %s", layout, o, d.Title, d.URL, d.Published, w.title, w.url, w.day)
			}
		}
	}
}

// TestExtract covers the layout rules on small pages.
func TestExtract(t *testing.T) {
	body := func(s string) string {
		return "<html><head><title>T</title></head><body><article>" + s + "</article></body></html>"
	}
	long := strings.Repeat("The council met on Monday to discuss the budget for next year. ", 5)
	tests := []struct {
		name, page, want string
	}{
		{"paragraphs one per line", body("<p>" + long + "</p><p>Second paragraph here.</p>"),
			strings.TrimSpace(long) + "\nSecond paragraph here.\n"},
		{"one <br> inside a sentence is a space", body("<p>" + long + "Crews came from three<br>\n counties.</p>"),
			strings.TrimSpace(long) + " Crews came from three counties.\n"},
		{"<br> after a sentence ends a line", body("<p>" + long + "<br>Crews came.</p>"),
			strings.TrimSpace(long) + "\nCrews came.\n"},
		{"<br><br> ends a paragraph", body("<p>" + long + "Crews came from three<br><br>counties.</p><div>Next one<br>\n <br/>here.</div>"),
			strings.TrimSpace(long) + " Crews came from three\ncounties.\nNext one\nhere.\n"},
		{"entities decoded", body("<p>" + long + "The station&rsquo;s chief said &ldquo;no&rdquo; &amp; left.</p>"),
			strings.TrimSpace(long) + " The station’s chief said “no” & left.\n"},
		{"headline from og:title first", `<html><head><meta property="og:title" content="Budget agreed"></head><body><div><p>` + long + `</p></div></body></html>`,
			"Budget agreed\n" + strings.TrimSpace(long) + "\n"},
		{"a <title> alone is no headline", `<html><head><title>The Daily Site</title></head><body><div><p>` + long + `</p></div></body></html>`,
			strings.TrimSpace(long) + "\n"},
		// Under 250 characters the extractor's fallback adds the text again,
		// run together: each paragraph must come once.
		{"a short page, one paragraph", `<html><body><p>The bridge collapsed on Monday.</p></body></html>`,
			"The bridge collapsed on Monday.\n"},
		{"a short page, paragraphs not run together", `<html><body><p>The bridge collapsed on Monday.</p><p>Two people were hurt, police said.</p></body></html>`,
			"The bridge collapsed on Monday.\nTwo people were hurt, police said.\n"},
		{"a short page with a title", `<html><head><title>Bridge</title></head><body><p>The bridge collapsed on Monday in Tarnwick.</p></body></html>`,
			"The bridge collapsed on Monday in Tarnwick.\n"},
		{"a fragment", `<p>nothing</p>`, "nothing\n"},
		// The extractor's last fallback is the document's text, the title
		// glued to the menu ("PageHome"): each block on its own line.
		{"a title and a menu not glued to the text", `<!DOCTYPE html><html><head><title>Page</title></head><body><nav><a href="/">Home</a></nav><span>The dam opened on Monday.</span><footer>Copyright 2026</footer></body></html>`,
			"Home\nThe dam opened on Monday.\n"},
		{"a short page of blocks that are no paragraphs", `<html><body><h1>Bridge collapses</h1><div>The bridge collapsed on Monday.</div><div>Two people were hurt.</div></body></html>`,
			"Bridge collapses\nThe bridge collapsed on Monday.\nTwo people were hurt.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("x", "page.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, docs[0].Text); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNoArticle: a page whose body has no text outside its navigation and
// furniture has no article, whatever its title says.
func TestNoArticle(t *testing.T) {
	const want = `articles: page.html: no article text found: the page's body has no text outside <nav>, <header>, <footer> and <aside>`
	tests := []struct {
		name, page string
	}{
		{"title, menu and footer", `<!DOCTYPE html><html><head><title>Page</title></head><body><nav><a href="/">Home</a></nav><footer>Copyright 2026</footer></body></html>`},
		{"a menu alone", `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>`},
		{"a title alone", `<html><head><title>Page</title></head><body> </body></html>`},
		{"header and aside", `<html><head><title>Page</title></head><body><header><h1>The Daily Site</h1></header><aside>Most read</aside><script>var x = "text";</script></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read("x", "page.html", []byte(tt.page))
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("got %q, %v; want ErrNoArticle", docs, err)
			}
			if diff := cmp.Diff(want, err.Error()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}
