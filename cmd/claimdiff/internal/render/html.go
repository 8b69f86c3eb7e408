package render

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// HTML writes r as one self-contained HTML page (inline CSS and a few lines
// of script, no external assets): a summary with the sources, their counts
// and the agreement matrix, and the list of claim groups with who agrees and
// who diverges; then the sources side by side, each column its full text
// with every claim highlighted at its byte offsets (a claim nested in another,
// a subject's aside, inside it). Claims of the same group
// share a colour and link to the group (hovering or clicking one highlights
// the others and lines the columns up); divergent values are marked, with a
// tooltip naming the other source's value; furniture is greyed.
//
// docs are the documents r was computed from, matched to sources by name. A
// source without its document is shown from its claims alone. A document
// whose text does not hold a claim at the claim's offsets is an error: the
// report was computed from other texts.
func HTML(w io.Writer, r *claims.Report, docs []claims.Document) error {
	page, err := newPage(r, docs)
	if err != nil {
		return err
	}
	return pageTemplate.Execute(w, page)
}

//go:embed html.tmpl
var pageHTML string

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// page is what the template shows; every string in it is plain text that
// html/template escapes.
type page struct {
	Title    string
	Lede     string
	Named    bool // sources are labelled by their own names
	Sources  []pageSource
	Clusters []pageCluster
	Columns  []column
}

type pageSource struct {
	Label, Name, Anchor                       string
	Sentences, Furniture, Shared, Unique, Max int
	Cells                                     []pageCell
}

type pageCell struct {
	Text, Title, Class string
}

type pageCluster struct {
	ID          int
	Color       string // CSS class of the group's colour
	Verdict     string
	Text        string // the first claim, as a reminder of what is said
	Chips       []chip
	Divergences []string
}

// chip links a cluster to one of its claims in the columns.
type chip struct {
	Text, Href, Class, Title string
}

type column struct {
	Label, Name, Anchor, Counts string
	Paras                       [][]span
}

// span is a run of a column's text: a sentence (claim or furniture) or the
// text between sentences.
type span struct {
	Sentence bool
	Class    string
	Color    string // CSS class of the cluster's colour
	ID       string
	Title    string
	Cluster  int // 0: not in a cluster
	Source   int
	Start    int // byte offsets into the source's text
	End      int
	Pieces   []piece
}

// piece is part of a sentence, marked when it holds a divergent value.
type piece struct {
	Text  string
	Class string // "" when unmarked
	Title string
	Inner *span // a claim nested in the sentence (Text is its text)
}

// note is one divergence as seen from one of its sides.
type note struct {
	kind       string
	start, end int // relative to the claim
	text       string
}

func newPage(r *claims.Report, docs []claims.Document) (*page, error) {
	label, named := labels(r.Sources)
	shared, _ := split(r.Clusters)
	claimCount, furniture := totals(r)
	p := &page{
		Title: "claimdiff report: " + plural(len(r.Sources), "source"),
		Named: named,
		Lede: fmt.Sprintf("%s compared: %s, %s set aside as site furniture; %s shared by two or more sources, %s with a divergence.",
			plural(len(r.Sources), "source"), plural(claimCount, "claim"), plural(furniture, "line"),
			plural(len(shared), "claim group"), plural(diverging(shared), "group")),
		Sources:  sourceRows(r.Sources, label),
		Clusters: clusterRows(r, label),
	}
	var err error
	p.Columns, err = columns(r, docs, label)
	return p, err
}

// sourceRows is the table of sources with the agreement matrix.
func sourceRows(ss []claims.Source, label map[string]string) []pageSource {
	most := 0
	for _, s := range ss {
		for _, n := range s.SharedWith {
			most = max(most, n)
		}
	}
	var rows []pageSource
	for i, s := range ss {
		row := pageSource{Label: label[s.Name], Name: s.Name, Anchor: fmt.Sprintf("src%d", i),
			Sentences: s.Sentences, Furniture: s.Furniture, Shared: s.Shared, Unique: s.Unique}
		for _, col := range ss {
			n := s.SharedWith[col.Name]
			c := pageCell{Text: matrixCell(s, col.Name), Class: heat(n, most),
				Title: fmt.Sprintf("%s and %s share %s", s.Name, col.Name, plural(n, "claim group"))}
			if col.Name == s.Name {
				c.Title, c.Class = s.Name, "self"
			}
			row.Cells = append(row.Cells, c)
		}
		rows = append(rows, row)
	}
	return rows
}

// clusterRows lists the claim groups, each with links to its claims.
func clusterRows(r *claims.Report, label map[string]string) []pageCluster {
	index := make(map[string]int, len(r.Sources))
	for i, s := range r.Sources {
		index[s.Name] = i
	}
	var rows []pageCluster
	shared, repeated := split(r.Clusters)
	for _, c := range append(shared, repeated...) {
		row := pageCluster{ID: c.ID, Color: color(c.ID), Verdict: verdict(label, c)}
		if len(c.Claims) > 0 {
			row.Text = oneLine(c.Claims[0].Text)
		}
		for _, f := range shownFacts(c) {
			mark, line := factLine(label, f)
			row.Divergences = append(row.Divergences, mark+" "+line)
		}
		for _, cl := range c.Claims {
			ch := chip{Text: fmt.Sprintf("%s [%d]", labelOf(label, cl.Source), cl.Sentence),
				Class: "agree", Title: cl.Source + ": " + oneLine(cl.Text)}
			if i, ok := index[cl.Source]; ok { // a source the report does not list has no column
				ch.Href = fmt.Sprintf("#s%d-%d", i, cl.Sentence)
			}
			if contains(c.Diverging, cl.Source) {
				ch.Class = "diverge"
			}
			row.Chips = append(row.Chips, ch)
		}
		rows = append(rows, row)
	}
	return rows
}

// columns shows each source's document with its sentences marked.
func columns(r *claims.Report, docs []claims.Document, label map[string]string) ([]column, error) {
	bySource := map[string][]sentence{}
	for ci := range r.Clusters {
		c := &r.Clusters[ci]
		for _, cl := range c.Claims {
			s := sentence{Claim: cl, kind: "claim", cluster: c}
			for _, d := range c.Divergences {
				s.addNote(d.A, d.B, string(d.Kind), label)
				s.addNote(d.B, d.A, string(d.Kind), label)
			}
			bySource[cl.Source] = append(bySource[cl.Source], s)
		}
	}
	for _, u := range r.Unique {
		bySource[u.Source] = append(bySource[u.Source], sentence{Claim: u, kind: "claim unique"})
	}
	for _, f := range r.Furniture {
		c := claims.Claim{Source: f.Source, Sentence: f.Index, Start: f.Start, End: f.End, Text: f.Text}
		bySource[f.Source] = append(bySource[f.Source], sentence{Claim: c, kind: "furniture"})
	}
	texts := make(map[string]string, len(docs))
	for _, d := range docs {
		texts[d.Name] = d.Text
	}
	var cols []column
	for i, s := range r.Sources {
		sents := bySource[s.Name]
		text, ok := texts[s.Name]
		if !ok {
			text, sents = fromClaims(sents)
		}
		paras, err := paragraphs(text, sents, i, label)
		if err != nil {
			return nil, fmt.Errorf("render: source %q: %w", s.Name, err)
		}
		cols = append(cols, column{Label: label[s.Name], Name: s.Name, Anchor: fmt.Sprintf("src%d", i), Paras: paras,
			Counts: fmt.Sprintf("%d shared · %d unique · %d furniture", s.Shared, s.Unique, s.Furniture)})
	}
	return cols, nil
}

// sentence is one located sentence of a column.
type sentence struct {
	claims.Claim
	kind    string
	cluster *claims.Cluster
	notes   []note
}

// addNote records a divergence on s when the side this is s's.
func (s *sentence) addNote(this, other claims.Side, kind string, label map[string]string) {
	if this.Source != s.Source || this.Sentence != s.Sentence {
		return
	}
	s.notes = append(s.notes, note{kind: kind, start: this.Start - s.Start, end: this.End - s.Start,
		text: fmt.Sprintf("%s: “%s” here; %s [%d] says “%s”", kind, this.Value, labelOf(label, other.Source), other.Sentence, other.Value)})
}

// fromClaims stands in for a missing document: the sentences in order, one
// a line, with offsets moved into that text. Divergence notes are relative to
// their sentence and stay valid.
func fromClaims(sents []sentence) (string, []sentence) {
	sort.Slice(sents, func(i, j int) bool {
		a, b := sents[i], sents[j]
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	var b strings.Builder
	var outer claims.Claim // the last sentence written, as it was located
	at := 0                // where it is written
	for i := range sents {
		s := &sents[i]
		if i > 0 && s.Sentence == outer.Sentence && outer.Start <= s.Start && s.End <= outer.End {
			// A claim nested in the one before keeps its place in it.
			s.Start, s.End = at+s.Start-outer.Start, at+s.End-outer.Start
			continue
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		outer, at = s.Claim, b.Len()
		s.Start = b.Len()
		b.WriteString(s.Text)
		s.End = b.Len()
	}
	return b.String(), sents
}

// paragraphs cuts text into paragraphs at the line breaks between sentences
// and marks each sentence as a span at its offsets.
func paragraphs(text string, sents []sentence, source int, label map[string]string) ([][]span, error) {
	sort.SliceStable(sents, func(i, j int) bool {
		if sents[i].Start != sents[j].Start {
			return sents[i].Start < sents[j].Start
		}
		return sents[i].End > sents[j].End // a claim before the claims nested in it
	})
	var paras [][]span
	var cur []span
	flush := func() {
		for _, s := range cur {
			if s.Sentence || strings.TrimSpace(s.Pieces[0].Text) != "" {
				paras = append(paras, cur)
				break
			}
		}
		cur = nil
	}
	gap := func(g string) {
		for i, line := range strings.Split(g, "\n") {
			if i > 0 {
				flush()
			}
			if line != "" {
				cur = append(cur, span{Pieces: []piece{{Text: line}}})
			}
		}
	}
	pos := 0
	var outer *sentence // the last sentence placed, which may hold the next
	var inner []sentence
	ids := map[string]bool{} // a sentence of several claims has its id on the first
	place := func() {
		if outer != nil {
			sp := nestedSpan(*outer, inner, source, label)
			if ids[sp.ID] {
				sp.ID = ""
			}
			ids[sp.ID] = true
			cur = append(cur, sp)
		}
		outer, inner = nil, nil
	}
	for i, s := range sents {
		if s.End < s.Start || s.Start < 0 || s.End > len(text) || text[s.Start:s.End] != s.Text {
			return nil, fmt.Errorf("sentence %d: offsets [%d,%d) do not hold its text in the document", s.Sentence, s.Start, s.End)
		}
		if s.Start < pos {
			// A claim nested in the one before (a subject's aside in its
			// clause) is shown inside it; any other overlap is an error.
			if outer == nil || s.End > outer.End || s.Start == outer.Start && s.End == outer.End ||
				len(inner) > 0 && s.Start < inner[len(inner)-1].End {
				return nil, fmt.Errorf("sentence %d: offsets [%d,%d) overlap another sentence", s.Sentence, s.Start, s.End)
			}
			inner = append(inner, s)
			continue
		}
		place()
		gap(text[pos:s.Start])
		outer, pos = &sents[i], s.End
	}
	place()
	gap(text[pos:])
	flush()
	return paras, nil
}

// nestedSpan is the span of s with the claims nested in it (in order, apart
// from each other) shown inside it, each a span of its own with its group's
// colour, link and marks. s's own marks within them are left out.
func nestedSpan(s sentence, inner []sentence, source int, label map[string]string) span {
	sp := sentenceSpan(s, source, label)
	if len(inner) == 0 {
		return sp
	}
	var ps []piece
	keep := func(lo, hi int) { // s's own pieces, cut to [lo, hi)
		at := 0
		for _, pc := range sp.Pieces {
			a, b := max(at, lo), min(at+len(pc.Text), hi)
			at += len(pc.Text)
			if a < b {
				pc.Text = s.Text[a:b]
				ps = append(ps, pc)
			}
		}
	}
	from := 0
	for _, in := range inner {
		keep(from, in.Start-s.Start)
		is := sentenceSpan(in, source, label)
		is.ID = "" // the sentence's id is on its outer span
		ps = append(ps, piece{Text: in.Text, Inner: &is})
		from = in.End - s.Start
	}
	keep(from, len(s.Text))
	sp.Pieces = ps
	return sp
}

func sentenceSpan(s sentence, source int, label map[string]string) span {
	sp := span{Sentence: true, Class: s.kind, ID: fmt.Sprintf("s%d-%d", source, s.Sentence),
		Source: source, Start: s.Start, End: s.End}
	switch {
	case s.kind == "furniture":
		sp.Title = fmt.Sprintf("[%d] site furniture: set aside, not compared", s.Sentence)
	case s.cluster != nil:
		c := s.cluster
		sp.Cluster = c.ID
		sp.Color = color(c.ID)
		sp.Class += " grouped " + sp.Color
		if len(c.Sources) == 1 {
			sp.Class += " repeated"
		}
		sp.Title = fmt.Sprintf("[%d] claim group %d: %s", s.Sentence, c.ID, verdict(label, *c))
	default:
		sp.Title = fmt.Sprintf("[%d] no other source makes this claim", s.Sentence)
	}
	var inside []note
	if len(s.notes) > 0 {
		sp.Class += " diverging"
	}
	for _, n := range s.notes {
		sp.Title += "\n" + n.text
		// A note on the whole sentence (e.g. the affirmed side of a negation)
		// is shown on the sentence, not as a mark.
		whole := n.start <= 0 && n.end >= len(s.Text)
		if !whole && 0 <= n.start && n.start < n.end && n.end <= len(s.Text) &&
			boundary(s.Text, n.start) && boundary(s.Text, n.end) {
			inside = append(inside, n)
		}
	}
	sp.Pieces = pieces(s.Text, inside)
	return sp
}

// pieces cuts text at the edges of the notes, so that each piece is covered
// by a fixed set of notes, possibly none.
func pieces(text string, notes []note) []piece {
	cuts := []int{0, len(text)}
	for _, n := range notes {
		cuts = append(cuts, n.start, n.end)
	}
	sort.Ints(cuts)
	var out []piece
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		pc := piece{Text: text[a:b]}
		var kinds, titles []string
		for _, n := range notes {
			if n.start <= a && b <= n.end {
				if !contains(kinds, n.kind) {
					kinds = append(kinds, n.kind)
				}
				titles = append(titles, n.text)
			}
		}
		if len(titles) > 0 {
			pc.Class = "div " + strings.Join(kinds, " ")
			pc.Title = strings.Join(titles, "\n")
		}
		out = append(out, pc)
	}
	return out
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// color is the CSS class of a cluster's colour: a small palette, reused.
func color(id int) string { return fmt.Sprintf("k%d", id%8) }

// heat grades a matrix count against the largest, for the cell's shade.
func heat(n, most int) string {
	if n == 0 || most == 0 {
		return "h0"
	}
	return fmt.Sprintf("h%d", 1+3*(n-1)/max(most, 1))
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
