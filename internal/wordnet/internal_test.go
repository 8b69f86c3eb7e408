package wordnet

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNoAllocations checks that lookups allocate nothing when dst has room.
func TestNoAllocations(t *testing.T) {
	lemmas := make([]Lemma, 0, 16)
	ids := make([]ID, 0, 256)
	names := make([]string, 0, 16)
	for name, fn := range map[string]func(){
		"AppendLemmas":    func() { lemmas = AppendLemmas(lemmas[:0], "boxesful", AnyPOS) },
		"AppendLemmas2":   func() { lemmas = AppendLemmas(lemmas[:0], "hoped", AnyPOS) },
		"AppendMeanings":  func() { ids = AppendMeanings(ids[:0], "decision", AnyPOS, 3) },
		"Collocation":     func() { Collocation("voted", "down") },
		"Collocation3":    func() { Collocation("making", "up", "one's", "mind") },
		"Antonyms":        func() { Antonyms("rise", "fall", AnyPOS, 0) },
		"AppendAntonyms":  func() { names = AppendAntonyms(names[:0], "rise", AnyPOS, 0) },
		"PartsOfSpeech":   func() { PartsOfSpeech("fall") },
		"MostFrequentPOS": func() { MostFrequentPOS("fall") },
	} {
		if n := testing.AllocsPerRun(100, fn); n != 0 {
			t.Errorf("%s allocates %v times per call", name, n)
		}
	}
}

// TestConcurrentLookups runs lookups from several goroutines (meaningful
// under -race).
func TestConcurrentLookups(t *testing.T) {
	want := AppendMeanings(nil, "decision", AnyPOS, 0)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				if got := AppendMeanings(nil, "decision", AnyPOS, 0); !slices.Equal(got, want) {
					t.Error("concurrent lookups differ")
					return
				}
				AppendLemmas(nil, "went", AnyPOS)
				Collocation("called", "on")
			}
		})
	}
	wg.Wait()
}

// TestClassSizes measures how many lemmas share each meaning id at several
// sense caps and checks that ids stay small classes: a synset's members,
// or the members of the two synsets a link joins. It logs the distribution
// (go test -run ClassSizes -v) and, for comparison, the largest class a
// union-find over all derivational links would make.
func TestClassSizes(t *testing.T) {
	var lemmas []string
	eachEntry(func(e uint32) {
		if p, _, _, _, _ := tab.flags(e); p != 0 {
			lemmas = append(lemmas, tab.text(e))
		}
	})
	largest := maxSynsetSize()
	for _, senses := range []int{1, 2, 3, 0} {
		members := map[ID]int{}
		var perLemma []int
		ids := make([]ID, 0, 256)
		for _, l := range lemmas {
			ids = AppendMeanings(ids[:0], l, AnyPOS, senses)
			perLemma = append(perLemma, len(ids))
			for _, id := range ids {
				members[id]++
			}
		}
		var synsetMax, linkMax int
		hist := map[string]int{}
		for id, n := range members {
			if id.Derived() {
				linkMax = max(linkMax, n)
			} else {
				synsetMax = max(synsetMax, n)
			}
			switch {
			case n == 1:
				hist["1"]++
			case n == 2:
				hist["2"]++
			case n <= 5:
				hist["3-5"]++
			case n <= 10:
				hist["6-10"]++
			case n <= 20:
				hist["11-20"]++
			default:
				hist[">20"]++
			}
		}
		slices.Sort(perLemma)
		t.Logf("senses=%d: %d ids; lemmas per id: %v; largest synset class %d, largest link class %d; ids per lemma: median %d, p99 %d, max %d",
			senses, len(members), fmtHist(hist), synsetMax, linkMax,
			perLemma[len(perLemma)/2], perLemma[len(perLemma)*99/100], perLemma[len(perLemma)-1])
		// A link's class is at most the members of its two synsets.
		if linkMax > 2*largest {
			t.Errorf("senses=%d: a link id is shared by %d lemmas, more than two synsets hold", senses, linkMax)
		}
	}
	t.Logf("union-find over all derivational links: largest class %d synsets of %d", largestUnion(), tab.synsets)
}

// maxSynsetSize is the number of lemmas of the largest synset.
func maxSynsetSize() int {
	count := map[uint32]int{}
	eachEntry(func(e uint32) {
		for p := Noun; p <= Adv; p <<= 1 {
			at, n := tab.senses(e, p)
			for i := range n {
				count[u32(tab.entry, at+4*uint32(i))]++
			}
		}
	})
	m := 0
	for _, n := range count {
		m = max(m, n)
	}
	return m
}

// eachSynset calls fn with the offset of every synset of the table.
func eachSynset(fn func(s uint32)) {
	for s := uint32(0); int(s) < len(tab.synset); {
		fn(s)
		at, n := tab.antonyms(s)
		s = at + 12*uint32(n)
	}
}

// largestUnion joins every synset with its derivational links transitively
// and returns the size of the largest class.
func largestUnion() int {
	parent := map[uint32]uint32{}
	var root func(s uint32) uint32
	root = func(s uint32) uint32 {
		p, ok := parent[s]
		if !ok || p == s {
			return s
		}
		r := root(p)
		parent[s] = r
		return r
	}
	eachSynset(func(s uint32) {
		at, n := tab.links(s)
		for j := range n {
			if a, b := root(s), root(u32(tab.synset, at+4*uint32(j))); a != b {
				parent[a] = b
			}
		}
	})
	size := map[uint32]int{}
	m := 0
	eachSynset(func(s uint32) {
		r := root(s)
		size[r]++
		m = max(m, size[r])
	})
	return m
}

func fmtHist(h map[string]int) string {
	var parts []string
	for _, k := range []string{"1", "2", "3-5", "6-10", "11-20", ">20"} {
		parts = append(parts, fmt.Sprintf("%s: %d", k, h[k]))
	}
	return strings.Join(parts, ", ")
}

// TestPreamble checks that the table names its source, version and licence.
func TestPreamble(t *testing.T) {
	var got []string
	for _, line := range strings.Split(tab.preamble, "\n") {
		if k, _, ok := strings.Cut(line, ": "); ok {
			got = append(got, k)
		}
	}
	if diff := cmp.Diff([]string{"Source", "Licence", "Generator"}, got); diff != "" {
		t.Errorf("preamble keys (-want +got):\n%s\n%s", diff, tab.preamble)
	}
	for _, s := range []string{"WordNet 3.0", "wordnet-base 1:3.0-37", "LICENSE"} {
		if !strings.Contains(tab.preamble, s) {
			t.Errorf("the preamble does not mention %q:\n%s", s, tab.preamble)
		}
	}
}
