package main

import (
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
)

func init() {
	if os.Getenv("LIST") == "" {
		return
	}
	pairs, _ := shareddata.ReadMRPC(os.Args[1])
	for _, p := range pairs {
		if !p.Same {
			continue
		}
		m := claims.Match(p.A, p.B)
		for _, d := range m.Divergences {
			switch string(d.Kind) {
			case "direction", "predicate", "role", "negation":
				fmt.Printf("%s %v: %q vs %q\n  %s\n  %s\n", d.Kind, m.Same, d.A.Value, d.B.Value, p.A, p.B)
			}
		}
	}
	os.Exit(0)
}
