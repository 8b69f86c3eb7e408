package wordnet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/golden"
)

// newsPairs are words that news reports of one event use for one another
// (written for this test, not taken from an evaluation set).
var newsPairs = [][2]string{
	{"urge", "encourage"}, {"oppose", "vote_down"}, {"oppose", "reject"}, {"decision", "decide"},
	{"bill", "measure"}, {"bill", "legislation"}, {"lawmaker", "legislator"}, {"kill", "die"},
	{"approve", "pass"}, {"approve", "approval"}, {"death", "die"}, {"killing", "kill"},
	{"say", "state"}, {"say", "tell"}, {"claim", "say"}, {"announce", "declare"},
	{"buy", "purchase"}, {"rise", "increase"}, {"fall", "drop"}, {"increase", "growth"},
	{"attack", "assault"}, {"arrest", "detain"}, {"troop", "soldier"}, {"official", "officer"},
	{"war", "conflict"}, {"deal", "agreement"}, {"talk", "negotiation"}, {"election", "vote"},
	{"win", "victory"}, {"resign", "quit"}, {"fire", "dismiss"}, {"injure", "wound"},
	{"president", "leader"}, {"employer", "employee"}, {"rise", "fall"},
}

// TestNewsPairs records, for each pair, whether the two lemmas share a
// meaning id when 1, 2, 3 or all senses count, and which ids at 3 (golden file
// testdata/news-pairs.txt; go test -run NewsPairs -update rewrites it).
func TestNewsPairs(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "# pair: shared at 1 2 3 all senses; the ids shared at 3\n")
	for _, p := range newsPairs {
		fmt.Fprintf(&b, "%s/%s:", p[0], p[1])
		for _, senses := range []int{1, 2, 3, 0} {
			fmt.Fprintf(&b, " %s", map[bool]string{true: "yes", false: "no"}[len(shared(p[0], p[1], senses)) > 0])
		}
		fmt.Fprintf(&b, " %s\n", strings.Join(shared(p[0], p[1], 3), " "))
	}
	golden.Check(t, "testdata/news-pairs.txt", b.String())
}
