package clause

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZUnits(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ZZ_S"), "\n") {
		if s == "" {
			continue
		}
		fmt.Printf("%s\n", s)
		for _, u := range Split(s) {
			fmt.Printf("   %v %q\n", u.Quote, s[u.Start:u.End])
		}
	}
}
