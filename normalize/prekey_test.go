package normalize

import (
	"slices"
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
		"Harold W. Gehman Jr. of Texas.",
		// Aliases, some after "the", which the alias filter must let through.
		"Britain met The United Kingdom, the United Nations, Americans, the Democrats, Kiev and Islamic State of Iraq and the Levant.", "Sen . Ted Cruz and Sen\t. Ted Cruz and Sen.\tTed Cruz", "IRAQ'S Gov. Ilse Marchetti’s P.M. Smith")
	x := Default()
	checked, aliases := 0, 0
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
				fastKey := string(keepPreKeyWords(words, wf, &fastParts, nil))
				fast := string(appendKept(nil, words, fastParts.kept))
				// The words cleaned from the text take the parser's scratch
				// that words are in.
				words = slices.Clone(words)
				slowWords, slowFlags := p.cutWords(p.text(start, end))
				slowKey := string(keepPreKeyWords(slowWords, slowFlags, &slowParts, nil))
				slow := string(appendKept(nil, slowWords, slowParts.kept))
				if fast != slow || fastParts != slowParts || fastKey != slowKey {
					t.Errorf("pre-key of %q: from tokens %q %q %v, from text %q %q %v", p.text(start, end), fast, fastKey, fastParts, slow, slowKey, slowParts)
				}
				if pre := preKey(p.text(start, end)); fast != pre {
					t.Errorf("pre-key of %q: kept words %q, preKey %q", p.text(start, end), fast, pre)
				}
				// The key made of the words is the key of the pre-key when
				// it is no alias, and the alias filter lets every alias
				// through.
				var key wordEnds
				if want := string(appendSkeletons(nil, fast, &key)); fastKey != want || key != fastParts.key {
					t.Errorf("key of %q: from the words %q %v, from the pre-key %q %v", p.text(start, end), fastKey, fastParts.key, want, key)
				}
				if _, ok := x.opts.canonical([]byte(fast)); ok {
					aliases++
					if !fastParts.mayBeAlias(words, &x.opts) {
						t.Errorf("pre-key %q of %q: an alias the filter turns away", fast, p.text(start, end))
					}
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
	t.Logf("%d runs of tokens checked, %d of them aliases", checked, aliases)
}
