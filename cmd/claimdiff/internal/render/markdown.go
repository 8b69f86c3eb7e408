package render

import (
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Markdown writes r as a Markdown document: a table of sources with the
// agreement matrix, the furniture set aside (in a collapsed <details> list),
// one section per shared or repeated claim with who agrees, who diverges and
// the divergences, and the unique claims.
func Markdown(w io.Writer, r *claims.Report) error {
	p := &printer{w: w}
	label, named := labels(r.Sources)
	shared, repeated := split(r.Clusters)
	claimCount, furniture := totals(r)
	p.printf("# claimdiff report\n\n")
	p.printf("%s compared: %s, %s set aside as site furniture; %s shared by two or more sources, %s with a divergence.\n\n",
		plural(len(r.Sources), "source"), plural(claimCount, "claim"), plural(furniture, "line"),
		plural(len(shared), "claim group"), plural(diverging(shared), "group"))

	p.printf("## Sources\n\n")
	if !named {
		p.printf("| | ")
	} else {
		p.printf("| ")
	}
	p.printf("source | sentences | furniture | shared | unique |")
	for _, s := range r.Sources {
		p.printf(" %s |", cell(label[s.Name]))
	}
	p.printf("\n|")
	if !named {
		p.printf("---|")
	}
	p.printf("---|---:|---:|---:|---:|%s\n", strings.Repeat("---:|", len(r.Sources)))
	for _, s := range r.Sources {
		p.printf("| ")
		if !named {
			p.printf("**%s** | ", label[s.Name])
		}
		p.printf("%s | %d | %d | %d | %d |", cell(s.Name), s.Sentences, s.Furniture, s.Shared, s.Unique)
		for _, col := range r.Sources {
			p.printf(" %s |", matrixCell(s, col.Name))
		}
		p.printf("\n")
	}
	if len(r.Sources) > 0 {
		p.printf("\nThe last columns count the claim groups two sources share (the agreement matrix).\n")
	}

	if len(r.Furniture) > 0 {
		p.printf("\n<details><summary>Furniture: %s set aside (navigation, prompts, teasers), not compared</summary>\n\n",
			plural(len(r.Furniture), "line"))
		for _, f := range r.Furniture {
			p.printf("- **%s** [%d]: %s\n", cell(labelOf(label, f.Source)), f.Index, cell(f.Text))
		}
		p.printf("\n</details>\n")
	}

	section := func(title string, cs []claims.Cluster) {
		if len(cs) == 0 {
			return
		}
		p.printf("\n## %s\n", title)
		if reordered(cs) {
			p.printf("\nGroups with a divergence come first; each claim number is the group's id in `-format json`.\n")
		}
		for _, c := range cs {
			p.printf("\n### Claim %d: %s\n\n", c.ID, cell(verdict(label, c)))
			for _, cl := range c.Claims {
				p.printf("- **%s** [%d]: %s\n", cell(labelOf(label, cl.Source)), cl.Sentence, cell(cl.Text))
			}
			for _, f := range shownFacts(c) {
				mark, line := factLine(label, f)
				what := map[string]string{"!": "diverge", "=": "agree", "~": "variants"}[mark]
				p.printf("\n> **%s**: %s\n", what, cell(line))
			}
		}
	}
	section("Shared claims", shared)
	section("Repeated claims", repeated)
	if len(r.Unique) > 0 {
		p.printf("\n## Unique claims\n\n")
		for _, u := range r.Unique {
			p.printf("- **%s** [%d]: %s\n", cell(labelOf(label, u.Source)), u.Sentence, cell(u.Text))
		}
	}
	return p.err
}

// mdEscaper escapes text for a Markdown table cell or list item: table and
// emphasis syntax, links, inline HTML and entities, and line breaks.
var mdEscaper = strings.NewReplacer("\\", `\\`, "|", `\|`, "\r\n", " ", "\n", " ", "\r", " ",
	"*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "&", "&amp;", "[", `\[`, "]", `\]`)

func cell(s string) string { return mdEscaper.Replace(s) }
