package main

import (
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
)

func main() {
	pairs, err := shareddata.ReadMRPC(os.Args[1])
	if err != nil {
		panic(err)
	}
	var tp, fp, fn, tn int
	kinds := map[string][2]int{}
	for _, p := range pairs {
		m := claims.Match(p.A, p.B)
		v := m.Same && len(m.Divergences) == 0
		seen := map[string]bool{}
		for _, d := range m.Divergences {
			if !seen[string(d.Kind)] {
				seen[string(d.Kind)] = true
				k := kinds[string(d.Kind)]
				if p.Same {
					k[0]++
				} else {
					k[1]++
				}
				kinds[string(d.Kind)] = k
			}
		}
		switch {
		case v && p.Same:
			tp++
		case v && !p.Same:
			fp++
		case !v && p.Same:
			fn++
		default:
			tn++
		}
	}
	acc := float64(tp+tn) / float64(len(pairs))
	prec, rec := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	fmt.Printf("verdict accuracy %.2f%% F1 %.2f%%; divergence kinds (paraphrase, other): %v\n", 100*acc, 200*prec*rec/(prec+rec), kinds)
}
