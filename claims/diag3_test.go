package claims_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestDiagMissed(t *testing.T) {
	kind := os.Getenv("CD_DIAG")
	if kind == "" {
		t.Skip()
	}
	for _, e := range basilEventsWithClaims(t) {
		r, _ := claims.Compare(e.docs)
		texts := map[string]string{}
		for _, d := range e.docs {
			texts[d.Name] = d.Text
		}
		where := map[[2]string]int{} // source+member -> cluster id (0 unique)
		for _, h := range e.claims {
			if h.Type != kind {
				continue
			}
			outlets := map[int]map[string]bool{}
			for _, m := range h.Members {
				at := strings.Index(texts[m[0]], m[1])
				for _, c := range r.Clusters {
					for _, cl := range c.Claims {
						if cl.Source == m[0] && cl.Start < at+len(m[1]) && at < cl.End {
							where[[2]string{m[0], m[1]}] = c.ID
							if outlets[c.ID] == nil {
								outlets[c.ID] = map[string]bool{}
							}
							outlets[c.ID][m[0]] = true
						}
					}
				}
			}
			grouped := false
			for _, o := range outlets {
				if len(o) >= 2 {
					grouped = true
				}
			}
			if grouped {
				continue
			}
			fmt.Printf("%s %s missed:\n", e.name[:14], h.ID)
			for _, m := range h.Members {
				var unit string
				at := strings.Index(texts[m[0]], m[1])
				for _, u := range append(r.Unique, flatten(r)...) {
					if u.Source == m[0] && u.Start < at+len(m[1]) && at < u.End {
						unit = u.Text
					}
				}
				fmt.Printf("    %-14s cl%d %.110q\n", m[0], where[[2]string{m[0], m[1]}], unit)
			}
		}
	}
}

func flatten(r *claims.Report) []claims.Claim {
	var out []claims.Claim
	for _, c := range r.Clusters {
		out = append(out, c.Claims...)
	}
	return out
}
