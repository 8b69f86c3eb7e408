package articles

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what extract finds in a web page.
type page struct {
	Text      string // the article: a headline line, then one line per paragraph
	Title     string
	URL       string // the canonical URL (link rel=canonical, og:url, JSON-LD)
	Published time.Time
}

// extract finds the article in a web page (UTF-8) with go-trafilatura and
// lays its text out as the splitter expects: one line per heading,
// paragraph, list item or table row. The headline is the first line when
// the page states one (an <h1>, og:title or a JSON-LD headline), so it is
// a claim as in a text file. A page whose text is only in JSON-LD (a
// script-built page) gives its articleBody, paragraphs kept.
func extract(src string) (p page, err error) {
	// The extractor walks arbitrary markup; a bug in it must not take
	// down the caller.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the extractor failed: %v", ErrNoArticle, r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return page{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	stated := scan(doc)
	if len(stated.bodies) == 0 && !hasBodyText(doc) {
		// The extractor would return what is left (the title, the menu)
		// as if it were the article.
		return page{}, fmt.Errorf("%w: the page's body has no text outside <nav>, <header>, <footer> and <aside>", ErrNoArticle)
	}
	splitBreaks(doc)
	res, err := extractWith(doc, trafilatura.DefaultConfig())
	if err != nil {
		return page{}, ErrNoArticle // its words ("not long enough: 0 0") say no more
	}
	lines := blocks(res.ContentNode)
	if utf8.RuneCountInString(res.ContentText) < trafilatura.DefaultConfig().MinExtractedSize && !slices.ContainsFunc(lines, stated.isBody) {
		// Under 250 characters the extractor falls back to a baseline
		// that adds the short article's paragraphs (and title) again, run
		// together: ask again without that fallback.
		cfg := trafilatura.DefaultConfig()
		cfg.MinExtractedSize = 1
		if short, err := extractWith(doc, cfg); err == nil {
			if l := blocks(short.ContentNode); len(l) > 0 {
				res, lines = short, l
			}
		}
	}
	if len(lines) == 1 && !stated.isBody(lines[0]) {
		lines = apart(lines[0], doc)
	}
	if len(lines) == 1 {
		lines = stated.paragraphs(lines[0])
	}
	title := collapse(res.Metadata.Title)
	if title != "" && stated.headline(title) && !slices.Contains(lines, title) {
		lines = append([]string{title}, lines...)
	}
	if len(lines) == 0 {
		return page{}, ErrNoArticle
	}
	return page{
		Text:      strings.Join(lines, "\n") + "\n",
		Title:     title,
		URL:       res.Metadata.URL,
		Published: stated.precise(res.Metadata.Date),
	}, nil
}

// apart returns the blocks of the page's body when run is all of them run
// together, as the extractor gives a page of a few short blocks that are
// no paragraphs ("Bridge collapsesThe bridge collapsed on Monday."), or
// run alone.
func apart(run string, doc *html.Node) []string {
	var body *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && body == nil; c = c.NextSibling {
			if tag(c) == atom.Body {
				body = c
				return
			}
			find(c)
		}
	}
	find(doc)
	bs := blocks(body)
	noSpace := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if len(bs) > 1 && noSpace(strings.Join(bs, "")) == noSpace(run) {
		return bs
	}
	// The extractor's last fallback is the text of the whole document,
	// the <title> glued to the body's first word ("PageHome"): keep the
	// body's blocks that make up the rest. The title is metadata.
	if t := noSpace(titleOf(doc)); t != "" && strings.HasPrefix(noSpace(run), t) {
		rest := strings.TrimPrefix(noSpace(run), t)
		var kept []string
		joined := ""
		for _, b := range bs {
			if strings.Contains(rest, noSpace(b)) {
				kept = append(kept, b)
				joined += noSpace(b)
			}
		}
		if len(kept) > 0 && joined == rest {
			return kept
		}
	}
	return []string{run}
}

// titleOf returns the text of the page's <title>.
func titleOf(doc *html.Node) string {
	var t string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			t = textOf(n)
			return
		}
		for c := n.FirstChild; c != nil && t == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return t
}

// furnitureAtoms hold a page's navigation and furniture, not its article.
var furnitureAtoms = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true,
}

// hasBodyText reports whether the page has any text outside its head and
// furniture elements: a page whose only text is its title and menus has
// no article.
func hasBodyText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if n.Type == html.ElementNode && furnitureAtoms[n.DataAtom] {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasBodyText(c) {
			return true
		}
	}
	return false
}

func extractWith(doc *html.Node, cfg *trafilatura.Config) (*trafilatura.ExtractResult, error) {
	return trafilatura.ExtractDocument(doc, trafilatura.Options{
		Config:          cfg,
		ExcludeComments: true,             // readers' comments are not the article
		HtmlDateMode:    trafilatura.Fast, // no date parsing of the body text in 200 languages
	})
}

// statements is what a page states about its article outside the body:
// its headlines and any JSON-LD articleBody.
type statements struct {
	headlines []string // <h1> texts, og:title and twitter:title, JSON-LD headline
	bodies    []string // JSON-LD articleBody values, as written
	times     []string // article:published_time, JSON-LD datePublished
}

// precise returns the first stated publication time in RFC 3339 that falls
// on the extractor's date (which keeps the day only), or that date.
func (s statements) precise(day time.Time) time.Time {
	for _, v := range s.times {
		t, err := time.Parse(time.RFC3339, v)
		if err == nil && t.Format(time.DateOnly) == day.Format(time.DateOnly) {
			return t
		}
	}
	return day
}

// isBody reports whether run is a JSON-LD articleBody, white space aside.
func (s statements) isBody(run string) bool {
	for _, b := range s.bodies {
		if collapse(b) == run {
			return true
		}
	}
	return false
}

func (s statements) headline(title string) bool {
	return slices.Contains(s.headlines, title)
}

// paragraphs returns the paragraphs of the JSON-LD articleBody the
// extractor gave as one run of text, or that run unchanged.
func (s statements) paragraphs(run string) []string {
	for _, b := range s.bodies {
		if collapse(b) != run {
			continue
		}
		var lines []string
		for _, l := range strings.Split(b, "\n") {
			if l = collapse(l); l != "" {
				lines = append(lines, l)
			}
		}
		return lines
	}
	return []string{run}
}

// scan collects the headlines and JSON-LD article bodies of a page.
func scan(doc *html.Node) statements {
	var s statements
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.H1:
				s.headlines = append(s.headlines, collapse(textOf(n)))
			case atom.Meta:
				switch attr(n, "property") + attr(n, "name") {
				case "og:title", "twitter:title":
					s.headlines = append(s.headlines, collapse(attr(n, "content")))
				case "article:published_time":
					s.times = append(s.times, strings.TrimSpace(attr(n, "content")))
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					var v any
					if json.Unmarshal([]byte(textOf(n)), &v) == nil {
						s.jsonLD(v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return s
}

// jsonLD collects headline and articleBody strings at any depth (a
// NewsArticle may sit in an @graph or a list).
func (s *statements) jsonLD(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			switch str, ok := x.(string); {
			case ok && k == "headline":
				s.headlines = append(s.headlines, collapse(str))
			case ok && k == "articleBody":
				s.bodies = append(s.bodies, str)
			case ok && k == "datePublished":
				s.times = append(s.times, strings.TrimSpace(str))
			default:
				s.jsonLD(x)
			}
		}
	case []any:
		for _, x := range v {
			s.jsonLD(x)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf concatenates the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and turns each run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// blockAtoms are the elements that start a line of their own. Inside one,
// text runs together with white space collapsed (table cells too).
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true,
	atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
	atom.Caption: true, atom.Nav: true,
}

// splitBreaks turns paragraphs separated by <br><br> into <p> elements
// before extraction: the extractor merges adjacent breaks into one, which
// would read as a soft line break.
func splitBreaks(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		splitBreaks(c)
		c = next
	}
	if n.Type != html.ElementNode || n.DataAtom == atom.Script || n.DataAtom == atom.Style {
		return
	}
	// Segments of children between runs of two or more <br>.
	var segs [][]*html.Node
	var seg []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br && nextIsBr(c) {
			for c.NextSibling != nil && (nextIsBr(c) || c.NextSibling.Type == html.TextNode && strings.TrimSpace(c.NextSibling.Data) == "") {
				c = c.NextSibling
			}
			segs, seg = append(segs, seg), nil
			continue
		}
		seg = append(seg, c)
	}
	if len(segs) == 0 {
		return
	}
	segs = append(segs, seg)
	var paras []*html.Node
	for _, seg := range segs {
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		for _, c := range seg {
			n.RemoveChild(c)
			p.AppendChild(c)
		}
		paras = append(paras, p)
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c) // the breaks
	}
	if n.DataAtom == atom.P && n.Parent != nil {
		for _, p := range paras {
			n.Parent.InsertBefore(p, n)
		}
		n.Parent.RemoveChild(n)
		return
	}
	for _, p := range paras {
		n.AppendChild(p)
	}
}

// nextIsBr reports whether a <br> follows n with only white space between.
func nextIsBr(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return c.Type == html.ElementNode && tag(c) == atom.Br
	}
	return false
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// tag returns n's element; the extractor builds nodes with Data alone.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// blocks renders the extracted content as lines, one per block.
func blocks(root *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if l := collapse(cur.String()); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			return
		case n.Type != html.ElementNode && n.Type != html.DocumentNode:
			return
		}
		a := tag(n)
		switch a {
		case atom.Script, atom.Style:
			return
		case atom.Td, atom.Th:
			cur.WriteString(" ")
		case atom.Br:
			// Pages break paragraphs with <br><br>, and sometimes lines
			// inside a sentence with one <br>: that one is a space unless
			// a sentence ends before it.
			if l := strings.TrimSpace(cur.String()); nextIsBr(n) || strings.ContainsAny(lastRune(l), ".!?:\"”’") {
				flush()
			} else {
				cur.WriteString(" ")
			}
			return
		}
		block := blockAtoms[a]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	if root != nil {
		walk(root)
		flush()
	}
	return lines
}
