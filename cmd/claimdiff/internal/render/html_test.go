package render

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

func renderHTML(t testing.TB, r *claims.Report, docs []claims.Document) string {
	t.Helper()
	var b strings.Builder
	if err := HTML(&b, r, docs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestHTMLEscaping(t *testing.T) {
	r, docs := fixture()
	out := renderHTML(t, r, docs)
	tests := []struct {
		text string
		want bool
	}{
		{"<script>alert", false},
		{"<wire>", false},
		{`"live"`, false},
		{"Al Jazeera & Co", false},
		{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;quotes&#39; are fine.", true},
		{`title="Reuters &lt;wire&gt; &#34;live&#34;`, true},
		{">Al Jazeera &amp; Co<", true},
		{"Zürich on “Tuesday” — café 🇮🇶 talks.", true},
	}
	for _, tt := range tests {
		if got := strings.Contains(out, tt.text); got != tt.want {
			t.Errorf("page contains %q: %v, want %v", tt.text, got, tt.want)
		}
	}
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d script elements, want only the page's own", n)
	}
}

func TestHTMLSelfContained(t *testing.T) {
	r, docs := fixture()
	out := renderHTML(t, r, docs)
	for _, ref := range []string{" src=", "http:", "https:", "@import", "url(", "<link"} {
		if strings.Contains(out, ref) {
			t.Errorf("page refers to an external asset: %q", ref)
		}
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(out, -1) {
		if ids[m[1]] {
			t.Errorf("id %q used twice", m[1])
		}
		ids[m[1]] = true
	}
	for _, m := range regexp.MustCompile(` href="#([^"]*)"`).FindAllStringSubmatch(out, -1) {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which no element has", m[1])
		}
	}
}

// spanRE matches a sentence of a column; its content holds no span.
var spanRE = regexp.MustCompile(`(?s)<span class="([^"]*)" id="[^"]*" title="[^"]*" data-src="(\d+)" data-start="(\d+)" data-end="(\d+)"(?: data-cluster="(\d+)")?>(.*?)</span>`)

var markRE = regexp.MustCompile(`(?s)<mark class="div [^"]*" title="[^"]*">(.*?)</mark>`)

// sentenceInfo is what the page shows of one sentence.
type sentenceInfo struct {
	Text      string
	Cluster   int
	Furniture bool
	Diverging bool
	Marks     []string
}

// pageSentences extracts the sentences of the columns, by source index and
// offsets.
func pageSentences(t testing.TB, out string) map[[3]int]sentenceInfo {
	got := map[[3]int]sentenceInfo{}
	for _, m := range spanRE.FindAllStringSubmatch(out, -1) {
		var key [3]int
		for i := range key {
			key[i], _ = strconv.Atoi(m[2+i])
		}
		info := sentenceInfo{Furniture: strings.Contains(m[1], "furniture"), Diverging: strings.Contains(m[1], "diverging")}
		info.Cluster, _ = strconv.Atoi(m[5])
		for _, mk := range markRE.FindAllStringSubmatch(m[6], -1) {
			info.Marks = append(info.Marks, html.UnescapeString(mk[1]))
		}
		info.Text = html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[6], ""))
		if _, dup := got[key]; dup {
			t.Errorf("sentence %v shown twice", key)
		}
		got[key] = info
	}
	return got
}

// wantSentences is what the page should show of r's sentences, taken from
// the documents at the sentences' offsets.
func wantSentences(r *claims.Report, docs []claims.Document) map[[3]int]sentenceInfo {
	src, text := map[string]int{}, map[string]string{}
	for i, s := range r.Sources {
		src[s.Name] = i
	}
	for _, d := range docs {
		text[d.Name] = d.Text
	}
	want := map[[3]int]sentenceInfo{}
	key := func(c claims.Claim) [3]int { return [3]int{src[c.Source], c.Start, c.End} }
	add := func(c claims.Claim, info sentenceInfo) {
		info.Text = text[c.Source][c.Start:c.End]
		want[key(c)] = info
	}
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			info := sentenceInfo{Cluster: c.ID}
			for _, d := range c.Divergences {
				for _, s := range []claims.Side{d.A, d.B} {
					if s.Source != cl.Source || s.Sentence != cl.Sentence {
						continue
					}
					info.Diverging = true
					inside := cl.Start <= s.Start && s.Start < s.End && s.End <= cl.End
					if inside && (s.Start > cl.Start || s.End < cl.End) { // a value, not the whole sentence
						v := text[cl.Source][s.Start:s.End]
						if len(info.Marks) == 0 || info.Marks[len(info.Marks)-1] != v {
							info.Marks = append(info.Marks, v)
						}
					}
				}
			}
			add(cl, info)
		}
	}
	for _, u := range r.Unique {
		add(u, sentenceInfo{})
	}
	for _, f := range r.Furniture {
		add(claims.Claim{Source: f.Source, Sentence: f.Index, Start: f.Start, End: f.End, Text: f.Text}, sentenceInfo{Furniture: true})
	}
	return want
}

// TestHTMLSpans checks that every sentence of the report is shown once, at
// its offsets, holding exactly those bytes of its document, with its cluster
// and its divergent values marked.
func TestHTMLSpans(t *testing.T) {
	for _, fix := range []func() (*claims.Report, []claims.Document){fixture, shortFixture} {
		r, docs := fix()
		got := pageSentences(t, renderHTML(t, r, docs))
		if diff := cmp.Diff(wantSentences(r, docs), got); diff != "" {
			t.Errorf("sentences (-want +got):\n%s", diff)
		}
	}
}

// TestHTMLColumns checks that each column holds its whole document, in
// order: only white space may be lost between paragraphs.
func TestHTMLColumns(t *testing.T) {
	r, docs := fixture()
	out := renderHTML(t, r, docs)
	cols := regexp.MustCompile(`(?s)<div class="text">(.*?)</div>`).FindAllStringSubmatch(out, -1)
	if len(cols) != len(docs) {
		t.Fatalf("%d columns for %d sources", len(cols), len(docs))
	}
	tags := regexp.MustCompile(`<a class="tag[^>]*>\d+</a>|<[^>]*>`)
	for i, c := range cols {
		got := strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(c[1], " "))), " ")
		want := strings.Join(strings.Fields(docs[i].Text), " ")
		if got != want {
			t.Errorf("column %d:\n got %q\nwant %q", i, got, want)
		}
	}
}

// TestHTMLWithoutDocuments checks that a source whose document is missing is
// shown from its claims, with its divergences still marked.
func TestHTMLWithoutDocuments(t *testing.T) {
	r, docs := fixture()
	out := renderHTML(t, r, docs[:1]) // only the first source's document
	got := pageSentences(t, out)
	var texts, marks []string
	for _, info := range got {
		texts = append(texts, info.Text)
		marks = append(marks, info.Marks...)
	}
	var want []string
	for _, c := range append(r.Unique, r.Clusters[1].Claims...) {
		want = append(want, c.Text)
	}
	for _, f := range r.Furniture {
		want = append(want, f.Text)
	}
	for _, w := range want {
		if !contains(texts, w) {
			t.Errorf("sentence %q missing", w)
		}
	}
	for _, v := range []string{"3,000", "2,500", "not"} {
		if !contains(marks, v) {
			t.Errorf("divergent value %q not marked; marks %q", v, marks)
		}
	}
	if n := strings.Count(out, `<section class="column"`); n != len(r.Sources) {
		t.Errorf("%d columns, want %d", n, len(r.Sources))
	}
}

// TestHTMLBadInput checks that reports that do not fit their documents are
// refused or shown without panicking.
func TestHTMLBadInput(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(r *claims.Report, docs []claims.Document)
		err     string // "" if the page is still written
	}{
		{"other text", func(r *claims.Report, docs []claims.Document) { docs[0].Text = strings.ToUpper(docs[0].Text) }, `source "Al Jazeera & Co": sentence 0`},
		{"offset past the end", func(r *claims.Report, docs []claims.Document) { r.Unique[2].End = 1 << 20 }, "sentence 0"},
		{"negative offset", func(r *claims.Report, docs []claims.Document) { r.Furniture[0].Start = -3 }, "sentence 4"},
		{"overlapping sentences", func(r *claims.Report, docs []claims.Document) {
			u := r.Unique[0]
			r.Furniture = append(r.Furniture, claims.Sentence{Source: u.Source, Index: u.Sentence, Start: u.Start, End: u.End, Text: u.Text, Furniture: true})
		}, "sentence 3"},
		{"side outside its sentence", func(r *claims.Report, docs []claims.Document) {
			r.Clusters[1].Divergences[0].A.Start, r.Clusters[1].Divergences[0].A.End = -5, 1<<30
		}, ""},
		{"side inside a rune", func(r *claims.Report, docs []claims.Document) {
			d := &r.Clusters[3].Divergences
			c := r.Clusters[3].Claims
			*d = append(*d, claims.Divergence{Kind: "entity", A: claims.Side{Source: bbc, Sentence: 3, Start: c[0].Start + 18, End: c[0].Start + 26},
				B: claims.Side{Source: bbc, Sentence: 4, Start: c[1].Start, End: c[1].Start + 3}})
		}, ""},
		{"side of an unknown claim", func(r *claims.Report, docs []claims.Document) {
			r.Clusters[0].Divergences = append(r.Clusters[0].Divergences, claims.Divergence{Kind: "date",
				A: claims.Side{Source: "nobody", Sentence: 9}, B: claims.Side{Source: alj, Sentence: 7}})
		}, ""},
		{"cluster of an unknown source", func(r *claims.Report, docs []claims.Document) {
			r.Clusters[0].Claims = append(r.Clusters[0].Claims, claims.Claim{Source: "nobody", Text: "x"})
		}, ""},
		{"invalid UTF-8", func(r *claims.Report, docs []claims.Document) {
			docs[2].Text = strings.Replace(docs[2].Text, "Iraq talks", "Ira\xffq tal\x00ks", 1)
			r.Unique[2].Text = "Ira\xffq tal\x00ks: 2,500 troops"
			r.Unique[2].End += 2
		}, "sentence 1"}, // the later sentences moved: offsets no longer fit
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, docs := fixture()
			tt.breakIt(r, docs)
			var b strings.Builder
			err := HTML(&b, r, docs)
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("HTML: %v, want a page", err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Fatalf("HTML: error %v, want one mentioning %q", err, tt.err)
			case tt.err == "" && !strings.Contains(b.String(), "</html>"):
				t.Fatal("page incomplete")
			}
		})
	}
}

// FuzzHTML renders a one-source report whose sentences are the lines of any
// text, two of them grouped with a divergence at arbitrary offsets: the page
// must always be written and show each line at its offsets.
func FuzzHTML(f *testing.F) {
	f.Add("About 2,500 troops.\nSome 3,000 troops.\nOther.", 6, 11)
	f.Add("a\n\nb", 0, 1)
	f.Add("caf\xc3\xa9 <b>&amp;</b>\n\xff\x00\r\n“x”", 3, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		doc := claims.Document{Name: "s", Text: text}
		r := &claims.Report{Sources: []claims.Source{{Name: "s"}}}
		pos, n := 0, 0
		var sents []claims.Claim
		for line := range strings.Lines(text) {
			body := strings.TrimRight(line, "\r\n")
			sents = append(sents, claims.Claim{Source: "s", Sentence: n, Start: pos, End: pos + len(body), Text: body})
			pos += len(line)
			n++
		}
		if len(sents) >= 2 {
			a, b := sents[0], sents[1]
			r.Clusters = []claims.Cluster{{ID: 1, Sources: []string{"s"}, Claims: sents[:2], Divergences: []claims.Divergence{{Kind: "number",
				A: claims.Side{Source: "s", Sentence: 0, Value: "x", Start: a.Start + start, End: a.Start + end},
				B: claims.Side{Source: "s", Sentence: 1, Value: "y", Start: b.Start + end, End: b.Start + start}}}}}
			sents = sents[2:]
		}
		r.Unique = sents
		out := renderHTML(t, r, []claims.Document{doc})
		got := pageSentences(t, out)
		want := wantSentences(r, []claims.Document{doc})
		if len(got) != len(want) {
			t.Fatalf("%d sentences shown, want %d", len(got), len(want))
		}
		for k, w := range want {
			// html/template writes NUL as U+FFFD.
			if g := got[k].Text; g != strings.ReplaceAll(w.Text, "\x00", "\uFFFD") {
				t.Errorf("sentence at %v: %q, want %q", k, g, w.Text)
			}
		}
	})
}

// TestHTMLNestedClaims checks that a claim nested in another of its
// sentence (a subject's aside: "The coalition, formed in 2014 to fight
// ISIS" in its clause) is shown inside it, its text once, with its own
// group, and that the page is written with the documents or without them.
func TestHTMLNestedClaims(t *testing.T) {
	docs := []claims.Document{
		{Name: "gazette", Text: "The coalition, formed in 2014 to fight ISIS, has about 2,500 US troops in Iraq.\n" +
			"The bridge, built in 1962, was closed on Monday after inspectors found cracks."},
		{Name: "wire", Text: "The coalition was formed in 2015 to fight the Islamic State group. Some 3,000 US troops are in Iraq.\n" +
			"Inspectors closed the bridge on Monday after finding cracks."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	aside := "The coalition, formed in 2014 to fight ISIS"
	var asideGroup int
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if cl.Text == aside {
				asideGroup = c.ID
			}
		}
	}
	if asideGroup == 0 {
		t.Fatalf("no group holds the aside %q: the test needs another input", aside)
	}
	for _, d := range [][]claims.Document{docs, docs[1:]} {
		var b strings.Builder
		if err := HTML(&b, r, d); err != nil {
			t.Fatalf("%d documents: %v", len(d), err)
		}
		out := b.String()
		col := regexp.MustCompile(`(?s)<section class="column" id="src0">.*?<div class="text">(.*?)</div>`).FindStringSubmatch(out)
		if col == nil {
			t.Fatalf("%d documents: no column for gazette", len(d))
		}
		tags := regexp.MustCompile(`<a class="tag[^>]*>\d+</a>|<[^>]*>`)
		got := strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(col[1], ""))), "")
		if want := strings.Join(strings.Fields(docs[0].Text), ""); got != want {
			t.Errorf("%d documents: column\n got %q\nwant %q", len(d), got, want)
		}
		nested := regexp.MustCompile(`data-start="\d+" data-end="\d+" data-cluster="\d+"><span class="[^"]*" title="[^"]*" data-src="0" data-start="(\d+)" data-end="(\d+)" data-cluster="` +
			strconv.Itoa(asideGroup) + `">The coalition, formed in`)
		if !nested.MatchString(out) {
			t.Errorf("%d documents: the aside is not shown inside its clause with its group %d", len(d), asideGroup)
		}
	}
}

// TestHTMLOneIDPerSentence checks that a sentence split into several
// claims gives its id to one element only: the first claim's, which the
// group's links point to.
func TestHTMLOneIDPerSentence(t *testing.T) {
	docs := []claims.Document{
		{Name: "gazette", Text: "The mayor resigned on Monday, and the council elected a successor on Tuesday."},
		{Name: "wire", Text: "The mayor resigned on Monday. The council elected a successor on Tuesday."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	out := renderHTML(t, r, docs)
	if n := strings.Count(out, ` id="s0-0"`); n != 1 {
		t.Errorf("id s0-0 on %d elements, want 1", n)
	}
}
