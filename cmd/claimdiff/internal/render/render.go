// Package render formats a claims.Report for people: plain text for the
// terminal, Markdown for notes and tickets, and a self-contained HTML page
// that shows the sources side by side. (JSON is the Report itself, encoded
// with encoding/json.)
//
// Every format shows the same things: per source, its counts and how many
// claim groups it shares with each other source (the agreement matrix); per
// claim group, which sources agree and which diverge, and on what; the claims
// only one source makes; and how much site furniture was set aside.
package render

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/normalize"
)

// shortName is the longest source name used as its own label (an outlet's
// name fits); longer names are labelled A, B, C... with a legend.
const shortName = 12

// labels returns a short label for each source name, for matrix columns and
// claim lines: the names themselves when each is short (an outlet's name)
// and the matrix of them fits the width of a terminal, else letters in the
// order of sources. named reports whether the labels are the names.
func labels(sources []claims.Source) (label map[string]string, named bool) {
	label = make(map[string]string, len(sources))
	named = true
	matrix := 0
	for _, s := range sources {
		n := utf8.RuneCountInString(s.Name)
		if s.Name == "" || n > shortName || strings.ContainsAny(s.Name, " \t\n|") {
			named = false
		}
		matrix += max(n, 3) + 2
	}
	if matrix+shortName+len("  sentences  furniture  shared  unique")+2 > width {
		named = false
	}
	for i, s := range sources {
		if named {
			label[s.Name] = s.Name
		} else {
			label[s.Name] = letters(i)
		}
	}
	return label, named
}

// letters numbers like spreadsheet columns: A..Z, AA, AB...
func letters(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// labelOf returns the label of a source, or its name when the report does
// not list it (a malformed report is shown, not rejected).
func labelOf(label map[string]string, name string) string {
	if l, ok := label[name]; ok {
		return l
	}
	return name
}

func labelList(label map[string]string, names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = labelOf(label, n)
	}
	return strings.Join(out, ", ")
}

// verdict says in a few words who agrees and who diverges in c.
func verdict(label map[string]string, c claims.Cluster) string {
	if len(c.Sources) == 1 {
		v := "repeated by " + labelOf(label, c.Sources[0])
		if n := divergingFacts(c); n > 0 {
			v += ", " + plural(n, "diverging fact")
		}
		return v
	}
	var parts []string
	n := divergingFacts(c)
	switch {
	case mostlyAgree(c):
		parts = append(parts, labelList(label, c.Agreeing)+" mostly agree")
	case len(c.Agreeing) > 0 && !compared(c):
		// Agreement is only said of facts that were compared.
		parts = append(parts, "stated by "+labelList(label, c.Agreeing))
	case len(c.Agreeing) > 0:
		parts = append(parts, labelList(label, c.Agreeing)+" agree")
	}
	switch len(c.Diverging) {
	case 0:
	case 1:
		parts = append(parts, labelList(label, c.Diverging)+" diverges")
	default:
		parts = append(parts, labelList(label, c.Diverging)+" diverge")
	}
	if n > 0 {
		parts = append(parts, plural(n, "diverging fact"))
	}
	return strings.Join(parts, " · ")
}

// mostlyAgree reports whether some sources of c diverge on a fact, but no
// source from more than half of the others.
func mostlyAgree(c claims.Cluster) bool {
	return len(c.Sources) > 1 && len(c.Agreeing) > 0 && len(c.Diverging) == 0 && divergingFacts(c) > 0
}

// compared reports whether two or more sources of c state one of its facts,
// so that their values were compared.
func compared(c claims.Cluster) bool {
	return slices.ContainsFunc(c.Facts, func(f claims.Fact) bool { return f.Status != claims.StatusSingle })
}

// divergingFacts counts the facts of c on which its sources diverge: a
// fact stated in three values by four sources is one, however many pairs
// of claims disagree on it.
func divergingFacts(c claims.Cluster) int {
	n := 0
	for _, f := range c.Facts {
		if f.Status == claims.StatusDiverge {
			n++
		}
	}
	return n
}

// split separates clusters spanning several sources from those made of one
// source repeating itself, and lists those with a divergence first (in
// their order otherwise): the disagreements are what a reader came for.
func split(cs []claims.Cluster) (shared, repeated []claims.Cluster) {
	for _, c := range cs {
		if len(c.Sources) > 1 {
			shared = append(shared, c)
		} else {
			repeated = append(repeated, c)
		}
	}
	slices.SortStableFunc(shared, func(a, b claims.Cluster) int {
		return b2i(divergingFacts(b) > 0) - b2i(divergingFacts(a) > 0)
	})
	return shared, repeated
}

// reordered reports whether cs, sorted by split, are out of the order of
// their ids (a group with a divergence moved before others).
func reordered(cs []claims.Cluster) bool {
	return !slices.IsSortedFunc(cs, func(a, b claims.Cluster) int { return a.ID - b.ID })
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shownFacts returns the facts of c a reader checks: those the sources
// compared, diverging first. A fact only one source states is left to the
// JSON report.
func shownFacts(c claims.Cluster) []claims.Fact {
	var out []claims.Fact
	for _, f := range c.Facts {
		if f.Status != claims.StatusSingle {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b claims.Fact) int {
		return b2i(b.Status == claims.StatusDiverge) - b2i(a.Status == claims.StatusDiverge)
	})
	return out
}

// factLine says a fact in one line, each value with the sources stating it:
// "us troops: about 2,500 (wire, gazette), 3,000 (daily)". The mark says
// whether the sources diverge (!), agree in the same words (=), or agree in
// different words that can mean the same (~: "Ilse Brandt", "Ilse Brant";
// "Sunday evening", "8 p.m. Sunday").
func factLine(label map[string]string, f claims.Fact) (mark, line string) {
	what := f.About
	if what == "" {
		what = string(f.Kind)
	} else if f.Kind != normalize.KindNumber {
		what += " (" + string(f.Kind) + ")"
	}
	var values []string
	for _, w := range wordings(f.Values) {
		values = append(values, fmt.Sprintf("%s (%s)", w.text, labelList(label, w.sources)))
	}
	switch {
	case f.Status == claims.StatusDiverge:
		mark = "!"
	case len(f.Values) > 1 && f.Kind != normalize.KindNumber && f.Kind != normalize.KindDate:
		mark = "~"
	default:
		mark = "="
	}
	return mark, what + ": " + strings.Join(values, ", ")
}

// wording is a value as some sources wrote it.
type wording struct {
	text    string
	sources []string // sorted, each once
}

// wordings returns the values as written, in order of first mention, each
// wording of a value once with the sources that wrote it: "Some 12,000" and
// "About 12,000", one value, are shown as each source put it. (Two values
// are never merged, even when worded alike: "Tuesday" resolved against two
// publication dates may be two days.)
func wordings(vs []claims.Value) []wording {
	var out []wording
	for _, v := range vs {
		sides := v.Sides
		if len(sides) == 0 { // a Value made by hand
			for _, src := range v.Sources {
				sides = append(sides, claims.Side{Source: src, Value: v.Value})
			}
		}
		var ws []wording // of this value
		for _, sd := range sides {
			text := oneLine(sd.Value)
			i := slices.IndexFunc(ws, func(w wording) bool { return strings.EqualFold(w.text, text) })
			if i < 0 {
				ws = append(ws, wording{text: text})
				i = len(ws) - 1
			}
			if !slices.Contains(ws[i].sources, sd.Source) {
				ws[i].sources = append(ws[i].sources, sd.Source)
				slices.Sort(ws[i].sources)
			}
		}
		out = append(out, ws...)
	}
	return out
}

// oneLine folds runs of white space, line breaks included, into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func diverging(cs []claims.Cluster) int {
	n := 0
	for _, c := range cs {
		if divergingFacts(c) > 0 {
			n++
		}
	}
	return n
}

// totals sums the claims and furniture lines of all sources.
func totals(r *claims.Report) (claimCount, furniture int) {
	for _, s := range r.Sources {
		claimCount += s.Claims
		furniture += s.Furniture
	}
	return claimCount, furniture
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// truncate shortens s to at most n runes, marking the cut with an ellipsis
// so no text disappears unannounced.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return "…"
	}
	runes := []rune(s)
	return strings.TrimRight(string(runes[:n-1]), " ") + "…"
}

// truncateMiddle shortens s to at most n runes by cutting its middle, so
// that names that differ at the end ("outlet_12", "outlet_13") still do.
func truncateMiddle(s string, n int) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	if n < 3 {
		return truncate(s, n)
	}
	tail := (n - 1) / 2
	return string(runes[:n-1-tail]) + "…" + string(runes[len(runes)-tail:])
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
