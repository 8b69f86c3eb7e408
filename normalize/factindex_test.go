package normalize

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// factLines writes f's facts as TestDumpFacts does.
func factLines(f Facts) []string {
	var out []string
	for _, x := range f.All {
		var b strings.Builder
		dumpValue(&b, reflect.ValueOf(x))
		out = append(out, fmt.Sprintf("%s %v %s", x.Kind(), x.Bounds(), b.String()))
	}
	return out
}

// TestFactIndexExact checks that the index of a long sentence's facts (and
// the merge of its roles) reads the facts the scans read.
func TestFactIndexExact(t *testing.T) {
	s := longSentence(20 << 10)
	indexed := factLines(Extract(s))
	if len(indexed) < indexFrom {
		t.Fatalf("%d facts: the index is not used", len(indexed))
	}
	defer func(n int) { indexFrom = n }(indexFrom)
	indexFrom = 1 << 30
	if d := cmp.Diff(factLines(Extract(s)), indexed); d != "" {
		t.Errorf("facts with the index differ from the scan's (-scan +index):\n%s", d)
	}
}
