package render

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// width is the column at which text output wraps.
const width = 100

// Text writes r for a terminal, at most 100 columns wide: a summary, a table
// of sources with the agreement matrix, then the claims shared by several
// sources (who agrees, who diverges, and each fact they compared: "! us
// troops: about 2,500 (wire, gazette), 3,000 (daily)"; groups with a
// divergence first), the claims a source
// repeats, and the claims only one source makes, one line each. Long names
// and unique claims are cut to fit, with an ellipsis; furniture is only
// counted (-format json lists it).
func Text(w io.Writer, r *claims.Report) error {
	p := &printer{w: w}
	label, named := labels(r.Sources)
	shared, repeated := split(r.Clusters)
	claimCount, furniture := totals(r)
	p.printf("claimdiff compared %s: %s, %s set aside as site furniture.\n",
		plural(len(r.Sources), "source"), plural(claimCount, "claim"), plural(furniture, "line"))
	p.printf("%s shared by two or more sources, %s with a divergence.\n\n",
		plural(len(shared), "claim group"), plural(diverging(shared), "group"))

	p.sources(r.Sources, label, named)
	if furniture > 0 {
		p.printf("\nFurniture (navigation, prompts, teasers) is set aside and not compared; -format json lists it.\n")
	}

	if len(shared) > 0 {
		p.printf("\nSHARED CLAIMS: the same claim in several sources\n")
		p.printf("(facts: ! values that cannot be the same, = the same value, ~ compatible values worded apart)\n")
		if reordered(shared) {
			p.printf("(groups with a divergence come first; #N is the group's id in -format json)\n")
		}
		if slices.ContainsFunc(shared, mostlyAgree) {
			p.printf("(\"mostly agree\": some sources differ, but none differs from most of the others)\n")
		}
		for _, c := range shared {
			p.cluster(c, label)
		}
	}
	if len(repeated) > 0 {
		p.printf("\nREPEATED CLAIMS: one source saying the same thing twice\n")
		for _, c := range repeated {
			p.cluster(c, label)
		}
	}
	if len(r.Unique) > 0 {
		p.printf("\nUNIQUE CLAIMS: made by one source only (%d)\n", len(r.Unique))
		last := ""
		for i, u := range r.Unique {
			if i == 0 || u.Source != last {
				head := labelOf(label, u.Source)
				if head != u.Source {
					head += "  " + u.Source
				}
				p.printf("  %s\n", truncate(head, width-2))
				last = u.Source
			}
			prefix := fmt.Sprintf("    [%d] ", u.Sentence)
			p.printf("%s%s\n", prefix, truncate(oneLine(u.Text), width-len(prefix)))
		}
	}
	return p.err
}

// sources prints the table of sources: counts, then one column per source
// counting the claim groups the two share (the agreement matrix).
func (p *printer) sources(ss []claims.Source, label map[string]string, named bool) {
	if len(ss) == 0 {
		p.printf("SOURCES  none\n")
		return
	}
	const counts = "  sentences  furniture  shared  unique"
	cell := 3
	for _, s := range ss {
		cell = max(cell, utf8.RuneCountInString(label[s.Name]))
	}
	lead := 2 // indent
	if !named {
		lead += len(letters(len(ss)-1)) + 2
	}
	nameWidth := len("source")
	for _, s := range ss {
		nameWidth = max(nameWidth, utf8.RuneCountInString(s.Name))
	}
	// Shrink the name column before letting the table run past the width.
	nameWidth = max(12, min(nameWidth, width-lead-len(counts)-len(ss)*(cell+2)))

	cols := "A"
	if len(ss) > 1 {
		cols += "–" + letters(len(ss)-1)
	}
	if named {
		p.printf("SOURCES  (last columns: how many claim groups two sources share)\n")
	} else {
		p.printf("SOURCES  (%s: how many claim groups two sources share)\n", cols)
	}
	p.printf("%*s%-*s%s", lead, "", nameWidth, "source", counts)
	for _, s := range ss {
		p.printf("  %*s", cell, label[s.Name])
	}
	p.printf("\n")
	for _, row := range ss {
		p.printf("  ")
		if !named {
			p.printf("%-*s", lead-2, label[row.Name])
		}
		p.printf("%-*s  %9d  %9d  %6d  %6d", nameWidth, truncateMiddle(row.Name, nameWidth),
			row.Sentences, row.Furniture, row.Shared, row.Unique)
		for _, col := range ss {
			p.printf("  %*s", cell, matrixCell(row, col.Name))
		}
		p.printf("\n")
	}
}

// matrixCell shows how many claim groups row shares with the source col:
// "-" on the diagonal, "." for none, so the shared ones stand out.
func matrixCell(row claims.Source, col string) string {
	switch n := row.SharedWith[col]; {
	case row.Name == col:
		return "-"
	case n == 0:
		return "."
	default:
		return fmt.Sprint(n)
	}
}

func (p *printer) cluster(c claims.Cluster, label map[string]string) {
	p.printf("\n#%d  %s\n", c.ID, verdict(label, c))
	tags := make([]string, len(c.Claims))
	tagWidth := 0
	for i, cl := range c.Claims {
		tags[i] = fmt.Sprintf("%s [%d]", labelOf(label, cl.Source), cl.Sentence)
		tagWidth = max(tagWidth, utf8.RuneCountInString(tags[i]))
	}
	for i, cl := range c.Claims {
		tag := tags[i] + strings.Repeat(" ", tagWidth-utf8.RuneCountInString(tags[i])+1)
		p.wrapped("    "+tag, strings.Repeat(" ", 5+tagWidth), cl.Text)
	}
	for _, f := range shownFacts(c) {
		mark, line := factLine(label, f)
		p.wrapped("    "+mark+" ", "      ", line)
	}
}

// wrapped prints text word-wrapped at width, the first line after first and
// the others after indent. A word longer than a line is kept whole.
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
