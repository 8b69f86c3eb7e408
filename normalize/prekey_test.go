package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPlainWordsPreKey checks the names reader's shortcut against the long
// way: for every run of tokens whose text plainWords accepts, the pre-key
// and flags appendPreKeyWords writes from the tokens are those appendPreKey
// writes from the text (and so is an alias lookup of a single word), and
// the words it records end where the pre-key's spaces say.
func TestPlainWordsPreKey(t *testing.T) {
	sents := append(testSentences(t), fuzzSeeds...)
	sents = append(sents, "Secretary of State John Kerry", "Gov Ilse Marchetti Jr", "King County", "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc",
		// Stops and possessives where plainWords takes or leaves them.
		"Sen. Ted Cruz's aide met Iraq's. Then U.S. Sen. Ted. Gov.Ilse Marchetti and Mr.  Ortega\tMr. Ortega's. St.. Louis's O'Brien's",
		"Harold W. Gehman Jr. of Texas.", "Sen . Ted Cruz and Sen\t. Ted Cruz and Sen.\tTed Cruz", "IRAQ'S Gov. Ilse Marchetti’s P.M. Smith")
	x := Default()
	checked := 0
	for _, s := range sents {
		lower := append(appendLowerASCII(nil, s), make([]byte, 8)...)
		lc := string(lower[:len(s)])
		p := &parser{s: s, lc: lc, x: x}
		p.toks = tokenize(nil, s, lc, lower)
		for start := range p.toks {
			for end := start + 1; end <= len(p.toks) && end-start <= preKeyWords+2; end++ {
				words, wf, ok := p.plainWords(start, end)
				if !ok {
					break
				}
				var fastParts, slowParts preKeyParts
				fastPre, fastKey := appendPreKeyWords(nil, nil, words, wf, &fastParts)
				slowPre, slowKey := appendPreKey(nil, nil, p.text(start, end), &slowParts)
				fast, slow := string(fastPre), string(slowPre)
				if fast != slow || fastParts != slowParts || string(fastKey) != string(slowKey) {
					t.Errorf("pre-key of %q: from tokens %q %q %v, from text %q %q %v", p.text(start, end), fast, fastKey, fastParts, slow, slowKey, slowParts)
				}
				// The key written with the pre-key is the key of a pre-key
				// that is no alias.
				var key wordEnds
				if want := string(appendSkeletons(nil, fast, &key)); string(fastKey) != want || key != fastParts.key {
					t.Errorf("key of %q: with the pre-key %q %v, from it %q %v", p.text(start, end), fastKey, fastParts.key, want, key)
				}
				// The parts end where the pre-key's words end.
				ends := []int{}
				for k := range len(fast) {
					if fast[k] == ' ' {
						ends = append(ends, k)
					}
				}
				if fast != "" {
					ends = append(ends, len(fast))
				}
				if diff := cmp.Diff(ends, append([]int{}, fastParts.words.list()...)); diff != "" {
					t.Errorf("ends of the words of the pre-key %q (-spaces +parts):\n%s", fast, diff)
				}
				checked++
			}
		}
	}
	if diff := cmp.Diff("", preKey("")); diff != "" {
		t.Error(diff)
	}
	t.Logf("%d runs of tokens checked", checked)
}
