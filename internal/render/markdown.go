package render

import (
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Markdown writes r as a Markdown document: a table of sources, one section
// per shared or repeated claim with its divergences, and the unique claims.
func Markdown(w io.Writer, r *claims.Report) error {
	p := &printer{w: w}
	shared, repeated := split(r.Clusters)
	p.printf("# claimdiff report\n\n")
	p.printf("%s compared; %s shared by two or more sources, %s with a divergence.\n\n",
		plural(len(r.Sources), "source"), plural(len(shared), "claim group"), plural(diverging(shared), "group"))
	p.printf("| source | sentences | furniture | shared | unique |\n|---|---:|---:|---:|---:|\n")
	for _, s := range r.Sources {
		p.printf("| %s | %d | %d | %d | %d |\n", cell(s.Name), s.Sentences, s.Furniture, s.Shared, s.Unique)
	}
	section := func(title string, cs []claims.Cluster) {
		if len(cs) == 0 {
			return
		}
		p.printf("\n## %s\n", title)
		for _, c := range cs {
			p.printf("\n### Claim %d: %s\n\n", c.ID, strings.Join(c.Sources, ", "))
			for _, cl := range c.Claims {
				p.printf("- **%s** [%d]: %s\n", cell(cl.Source), cl.Sentence, cell(cl.Text))
			}
			for _, d := range c.Divergences {
				p.printf("\n> **%s divergence**: %s [%d] says \"%s\"; %s [%d] says \"%s\"\n", d.Kind,
					cell(d.A.Source), d.A.Sentence, cell(d.A.Value), cell(d.B.Source), d.B.Sentence, cell(d.B.Value))
			}
		}
	}
	section("Shared claims", shared)
	section("Repeated claims", repeated)
	if len(r.Unique) > 0 {
		p.printf("\n## Unique claims\n\n")
		for _, u := range r.Unique {
			p.printf("- **%s** [%d]: %s\n", cell(u.Source), u.Sentence, cell(u.Text))
		}
	}
	return p.err
}

// cell escapes text for a Markdown table cell or list item.
var mdEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`)

func cell(s string) string { return mdEscaper.Replace(s) }
