package main

import (
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
)

func init() {
	k := os.Getenv("LISTKIND")
	if k == "" {
		return
	}
	pairs, _ := shareddata.ReadMRPC(os.Args[1])
	for i, p := range pairs {
		m := claims.Match(p.A, p.B)
		for _, d := range m.Divergences {
			if string(d.Kind) == k {
				fmt.Printf("%d %v %q vs %q\n", i, p.Same, d.A.Value, d.B.Value)
			}
		}
	}
	os.Exit(0)
}
