package claims

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

func TestZZMisses(t *testing.T) {
	f, _ := os.Create(os.Getenv("OUT"))
	defer f.Close()
	sents := realSentences(t)
	for _, fc := range predicatesChanging {
		if fc.name != os.Getenv("RW") {
			continue
		}
		for _, s := range sents {
			v, ok := fc.apply(s)
			if !ok {
				continue
			}
			m := Match(s, v)
			if !(m.Same && slices.ContainsFunc(m.Divergences, func(d Divergence) bool { return d.Kind == fc.kind })) {
				fmt.Fprintf(f, "%v %.2f %v\n  %s\n  %s\n", m.Same, m.Score, m.Divergences, s, v)
			}
		}
	}
	for _, rw := range predicatesPreserving {
		if rw.name != os.Getenv("RW") {
			continue
		}
		for _, s := range sents {
			v, ok := rw.apply(s)
			if !ok {
				continue
			}
			m := Match(s, v)
			if !(m.Same && len(m.Divergences) == 0) {
				fmt.Fprintf(f, "%v %.2f %v\n  %s\n  %s\n", m.Same, m.Score, m.Divergences, s, v)
			}
		}
	}
}
