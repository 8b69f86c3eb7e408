package normalize

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestFoldFastRunes checks every rune foldASCII folds without the
// transformer chain against the chain, alone and between other text.
func TestFoldFastRunes(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= 0xffff; r++ {
		if _, ok := asciiRune(r); !ok {
			continue
		}
		n++
		c := string(r)
		for _, s := range []string{c, "A" + c + "b", "x " + c + " Y", c + c + "z", "it" + c + "s", " " + c, "a\u0301" + c} {
			if got, want := Fold(s), slowFold(s); got != want {
				t.Errorf("Fold(%q) = %q, the transformer chain gives %q", s, got, want)
			}
			if !strings.Contains(s, "\u0301") {
				if _, ok := foldASCII(s); !ok {
					t.Errorf("foldASCII(%q) refused a rune it knows", s)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d runes take the fast path", n)
	}
}

// TestFoldFastPathCorpus compares Fold with the transformer chain on every
// MRPC and news sentence, and reports how many take the fast path.
func TestFoldFastPathCorpus(t *testing.T) {
	for _, c := range []struct {
		name  string
		sents func(testing.TB) []string
	}{{"mrpc", mrpcSentences}, {"news", newsSentences}} {
		sents := c.sents(t)
		fast := 0
		for _, s := range sents {
			if _, ok := foldASCII(s); ok {
				fast++
			}
			if got, want := Fold(s), slowFold(s); got != want {
				t.Errorf("%s: Fold(%q) = %q, the transformer chain gives %q", c.name, s, got, want)
			}
		}
		t.Logf("%s: %d of %d sentences take the fast path", c.name, fast, len(sents))
		// News text is ASCII with curly quotes and dashes: nearly all of it
		// must avoid the chain, or Prepare is slow on real articles.
		if fast < len(sents)*98/100 {
			t.Errorf("%s: only %d of %d sentences take the fast path", c.name, fast, len(sents))
		}
	}
}

// FuzzFoldFastPath checks that the fast path gives what the transformer
// chain gives, that Fold is idempotent, and that text made only of ASCII
// and the runes the fast path knows takes it.
func FuzzFoldFastPath(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("“Don’t” – he said\u00a0— ‘no’… \u00adsoft\u200b «x» \t Up")
	f.Add("a \u00a0 b \u200b c\u2009 \u00ad")
	f.Fuzz(func(t *testing.T, s string) {
		fast, ok := foldASCII(s)
		if ok {
			if slow := slowFold(s); fast != slow {
				t.Fatalf("foldASCII(%q) = %q, the transformer chain gives %q", s, fast, slow)
			}
			if again, ok := foldASCII(fast); !ok || again != fast {
				t.Fatalf("foldASCII not idempotent: %q -> %q -> %q", s, fast, again)
			}
		}
		if once := Fold(s); Fold(once) != once {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, once, Fold(once))
		}
		known := utf8.ValidString(s)
		for _, r := range s {
			if r < utf8.RuneSelf {
				known = known && (r >= ' ' && r != 0x7f || strings.ContainsRune("\t\n\v\f\r", r))
			} else if _, k := asciiRune(r); !k {
				known = false
			}
		}
		if known && !ok {
			t.Fatalf("foldASCII(%q) refused text it knows", s)
		}
	})
}

// TestExtractKeepsNoScratch checks that facts share no memory with the
// scratch space Extract reuses: facts read first must be unchanged after
// many more calls.
func TestExtractKeepsNoScratch(t *testing.T) {
	sents := append(testSentences(t), fuzzSeeds...)
	first := make([]Facts, len(sents))
	printed := make([]string, len(sents)) // a copy of every string in the facts
	for i, s := range sents {
		first[i] = Extract(s)
		printed[i] = fmt.Sprintf("%#v", first[i])
	}
	for range 3 {
		for _, s := range sents {
			Extract("Qq " + s) // the same words at other offsets
		}
	}
	for i, s := range sents {
		if diff := cmp.Diff(printed[i], fmt.Sprintf("%#v", first[i])); diff != "" {
			t.Errorf("Extract(%q) changed after later calls (-first +now):\n%s", s, diff)
		}
	}
}

// TestExtractConcurrent extracts the test sentences from four goroutines at
// once, with a long text among them (its scratch goes back to the pool, not
// to spareScratch), and checks each result against one extracted alone:
// the goroutines share spareScratch and the pool (run it with -race).
func TestExtractConcurrent(t *testing.T) {
	sents := append(testSentences(t), strings.Repeat("Ilse Marchetti met 40 people in Zürich on Monday, and ", 100))
	want := make([]string, len(sents))
	for i, s := range sents {
		want[i] = dumpedFacts(Extract(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for k := range sents {
				i := (k + g*len(sents)/4) % len(sents) // each goroutine from another place
				if got := dumpedFacts(Extract(sents[i])); got != want[i] {
					errs <- fmt.Sprintf("Extract(%q) in goroutine %d:\n%s", sents[i], g, cmp.Diff(want[i], got))
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// dumpedFacts returns facts with every field, pointers followed (see dumpValue).
func dumpedFacts(facts Facts) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(facts))
	return b.String()
}

// TestAppendLowerASCII checks the word-at-a-time lowering against lowering
// byte by byte: every byte value at every offset of a word, after a prefix.
func TestAppendLowerASCII(t *testing.T) {
	slow := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 17; at++ {
			b := []byte("AZaz@[`{\xc3\x89MIXED case Text.")[:at]
			s := string(append(b, byte(c))) + "Q-é"
			if got, want := string(appendLowerASCII([]byte("Pre"), s)), "Pre"+slow(s); got != want {
				t.Errorf("appendLowerASCII(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestCompareConcurrent compares the test sentences' facts, each pair both
// ways, from four goroutines at once, and checks each result against the
// comparison of fresh Facts: what comparisons keep (keptForComparing, the
// frame words among it, and names' spelling forms) is made on first use by
// whichever goroutine comes first (run it with -race).
func TestCompareConcurrent(t *testing.T) {
	sents := testSentences(t) // 32 sentences, each stating several kinds of fact
	fresh := func(i int) Facts { return Extract(sents[i]) }
	want := make([][]Comparison, len(sents)*len(sents))
	for i := range sents {
		for j := range sents {
			want[i*len(sents)+j] = Compare(fresh(i), fresh(j))
		}
	}
	shared := make([]Facts, len(sents))
	for i := range sents {
		shared[i] = fresh(i)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for k := range want {
				k = (k + g*len(want)/4) % len(want) // each goroutine from another place
				i, j := k/len(sents), k%len(sents)
				if diff := cmp.Diff(want[k], Compare(shared[i], shared[j])); diff != "" {
					errs <- fmt.Sprintf("Compare(%q, %q) in goroutine %d (-alone +shared):\n%s", sents[i], sents[j], g, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
