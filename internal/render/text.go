// Package render formats a claims.Report for people: plain text for the
// terminal and Markdown for notes and tickets. (JSON is the Report itself,
// encoded with encoding/json.)
package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// width is the column at which text output wraps.
const width = 100

// Text writes r for a terminal: a summary line, a table of sources, then the
// claims shared by several sources (with their divergences), the claims a
// source repeats, and the claims only one source makes.
func Text(w io.Writer, r *claims.Report) error {
	p := &printer{w: w}
	shared, repeated := split(r.Clusters)
	claimCount, furniture := 0, 0
	for _, s := range r.Sources {
		claimCount += s.Claims
		furniture += s.Furniture
	}
	p.printf("claimdiff compared %s: %s, %s set aside as site furniture.\n",
		plural(len(r.Sources), "source"), plural(claimCount, "claim"), plural(furniture, "line"))
	p.printf("%s shared by two or more sources, %s with a divergence.\n\n",
		plural(len(shared), "claim group"), plural(diverging(shared), "group"))

	nameWidth := len("source")
	for _, s := range r.Sources {
		nameWidth = max(nameWidth, utf8.RuneCountInString(s.Name))
	}
	p.printf("SOURCES\n  %-*s  %9s  %9s  %6s  %6s\n", nameWidth, "source", "sentences", "furniture", "shared", "unique")
	for _, s := range r.Sources {
		p.printf("  %-*s  %9d  %9d  %6d  %6d\n", nameWidth, s.Name, s.Sentences, s.Furniture, s.Shared, s.Unique)
	}

	if len(shared) > 0 {
		p.printf("\nSHARED CLAIMS: the same claim in several sources\n")
		for _, c := range shared {
			p.cluster(c, fmt.Sprintf("said by %d sources", len(c.Sources)))
		}
	}
	if len(repeated) > 0 {
		p.printf("\nREPEATED CLAIMS: one source saying the same thing twice\n")
		for _, c := range repeated {
			p.cluster(c, "repeated by "+c.Sources[0])
		}
	}
	if len(r.Unique) > 0 {
		p.printf("\nUNIQUE CLAIMS: made by one source only (%d)\n", len(r.Unique))
		last := ""
		for _, u := range r.Unique {
			if u.Source != last {
				p.printf("  %s\n", u.Source)
				last = u.Source
			}
			p.printf("    [%d] %s\n", u.Sentence, truncate(u.Text, width-10))
		}
	}
	return p.err
}

func (p *printer) cluster(c claims.Cluster, title string) {
	verdict := "agree"
	if len(c.Divergences) > 0 {
		verdict = plural(len(c.Divergences), "divergence")
	}
	p.printf("\n#%d  %s, %s\n", c.ID, title, verdict)
	for _, cl := range c.Claims {
		label := fmt.Sprintf("%s [%d] ", cl.Source, cl.Sentence)
		p.wrapped("    "+label, strings.Repeat(" ", 4+utf8.RuneCountInString(label)), cl.Text)
	}
	for _, d := range c.Divergences {
		p.printf("    ! %s: %s [%d] says %q, %s [%d] says %q\n", d.Kind,
			d.A.Source, d.A.Sentence, d.A.Value, d.B.Source, d.B.Sentence, d.B.Value)
	}
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

// wrapped prints text word-wrapped at width, the first line after first and
// the others after indent.
func (p *printer) wrapped(first, indent, text string) {
	line, col := first, utf8.RuneCountInString(first)
	for i, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		if i > 0 && col+1+n > width {
			p.printf("%s\n", line)
			line, col = indent+word, utf8.RuneCountInString(indent)+n
			continue
		}
		if i > 0 {
			line += " "
			col++
		}
		line += word
		col += n
	}
	p.printf("%s\n", line)
}
