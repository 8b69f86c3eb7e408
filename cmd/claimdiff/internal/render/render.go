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
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// shortName is the longest source name used as its own label; longer names
// are labelled A, B, C... with a legend.
const shortName = 6

// labels returns a short label for each source name, for matrix columns and
// claim lines: the names themselves when all are short, else letters in the
// order of sources. named reports whether the labels are the names.
func labels(sources []claims.Source) (label map[string]string, named bool) {
	label = make(map[string]string, len(sources))
	named = true
	for _, s := range sources {
		if s.Name == "" || utf8.RuneCountInString(s.Name) > shortName || strings.ContainsAny(s.Name, " \t\n|") {
			named = false
		}
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
		if len(c.Divergences) > 0 {
			v += ", " + plural(len(c.Divergences), "divergence")
		}
		return v
	}
	var parts []string
	if len(c.Agreeing) > 0 {
		parts = append(parts, labelList(label, c.Agreeing)+" agree")
	}
	switch len(c.Diverging) {
	case 0:
	case 1:
		parts = append(parts, labelList(label, c.Diverging)+" diverges")
	default:
		parts = append(parts, labelList(label, c.Diverging)+" diverge")
	}
	if len(c.Divergences) > 0 {
		parts = append(parts, plural(len(c.Divergences), "divergence"))
	}
	return strings.Join(parts, " · ")
}

// split separates clusters spanning several sources from those made of one
// source repeating itself.
func split(cs []claims.Cluster) (shared, repeated []claims.Cluster) {
	for _, c := range cs {
		if len(c.Sources) > 1 {
			shared = append(shared, c)
		} else {
			repeated = append(repeated, c)
		}
	}
	return shared, repeated
}

func diverging(cs []claims.Cluster) int {
	n := 0
	for _, c := range cs {
		if len(c.Divergences) > 0 {
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

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
