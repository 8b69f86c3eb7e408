package wordnet

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The WordNet files the table was built from, as Debian's wordnet-base
// installs them. Tests that read them skip when they are absent, except
// under CI (CI set), where .ci/run installs the package.
const sourceDir = "/usr/share/wordnet"

func source(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(sourceDir, "index.noun")); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("wordnet: %v (CI needs the wordnet-base package: apt-get install wordnet-base)", err)
		}
		tb.Skipf("wordnet: %v; install wordnet-base to check the table against its source", err)
	}
	return sourceDir
}

var (
	linesOnce sync.Once
	lines     map[string][]string // file name -> its lines, licence header included
	linesErr  error
)

// sourceLines reads the WordNet files once for all tests.
func sourceLines(tb testing.TB) map[string][]string {
	tb.Helper()
	dir := source(tb)
	linesOnce.Do(func() {
		lines = map[string][]string{}
		for _, name := range []string{"index", "data"} {
			for _, pos := range []string{"noun", "verb", "adj", "adv"} {
				lines[name+"."+pos] = nil
			}
		}
		for _, pos := range []string{"noun", "verb", "adj", "adv"} {
			lines[pos+".exc"] = nil
		}
		lines["cntlist.rev"] = nil
		for name := range lines {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				linesErr = err
				return
			}
			lines[name] = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		}
	})
	if linesErr != nil {
		tb.Fatal(linesErr)
	}
	return lines
}

// checkEvidence checks that each "file:prefix" names a line of that WordNet
// file starting with prefix. Without the files it checks nothing (and does
// not skip the test calling it), except under CI, where it fails.
func checkEvidence(tb testing.TB, evidence []string) {
	tb.Helper()
	if len(evidence) == 0 {
		return
	}
	if _, err := os.Stat(filepath.Join(sourceDir, "index.noun")); err != nil && os.Getenv("CI") == "" {
		return
	}
	files := sourceLines(tb)
	for _, ev := range evidence {
		name, prefix, _ := strings.Cut(ev, ":")
		if !slices.ContainsFunc(files[name], func(l string) bool { return strings.HasPrefix(l, prefix) }) {
			tb.Errorf("evidence %q: no line of %s starts so", ev, name)
		}
	}
}

var posNames = [4]string{"noun", "verb", "adj", "adv"}

// src is the WordNet database as the test reads it, independently of
// internal/gen.
type src struct {
	senses   map[string]*[4][]uint32 // lemma -> synset keys per part of speech
	words    map[uint32][]string     // synset key -> its lemmas
	links    map[uint32]map[uint32]bool
	antonyms map[[2]string][]uint32 // (word, antonym) -> the source synsets of the pointers
	exc      [4]map[string][]string
	tagged   map[string]*[4]int
}

var (
	sourceOnce sync.Once
	source1    *src
)

// readSource parses the WordNet files once for all tests.
func readSource(tb testing.TB) *src {
	tb.Helper()
	files := sourceLines(tb)
	sourceOnce.Do(func() { source1 = parseSource(tb, files) })
	return source1
}

func parseSource(tb testing.TB, files map[string][]string) *src {
	s := &src{senses: map[string]*[4][]uint32{}, words: map[uint32][]string{}, links: map[uint32]map[uint32]bool{},
		antonyms: map[[2]string][]uint32{}, tagged: map[string]*[4]int{}}
	posOf := map[string]uint32{"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}
	num := func(s string, base int) uint32 {
		v, err := strconv.ParseUint(s, base, 32)
		if err != nil {
			tb.Fatalf("bad number %q", s)
		}
		return uint32(v)
	}
	type ptr struct {
		from, to   uint32
		srcW, dstW int
		symbol     string
	}
	var ptrs []ptr
	for p, name := range posNames {
		for _, l := range files["index."+name] {
			if strings.HasPrefix(l, "  ") {
				continue
			}
			f := strings.Fields(l)
			n := int(num(f[2], 10))
			e := s.senses[f[0]]
			if e == nil {
				e = new([4][]uint32)
				s.senses[f[0]] = e
			}
			for _, o := range f[len(f)-n:] {
				e[p] = append(e[p], num(o, 10)<<2|uint32(p))
			}
		}
		for _, l := range files["data."+name] {
			if strings.HasPrefix(l, "  ") {
				continue
			}
			f := strings.Fields(l[:strings.Index(l, " | ")])
			key := num(f[0], 10)<<2 | uint32(p)
			w := int(num(f[3], 16))
			for i := range w {
				word := strings.ToLower(f[4+2*i])
				if j := strings.IndexByte(word, '('); j > 0 {
					word = word[:j]
				}
				s.words[key] = append(s.words[key], word)
			}
			at := 4 + 2*w
			for j := range int(num(f[at], 10)) {
				q := f[at+1+4*j:]
				st := num(q[3], 16)
				ptrs = append(ptrs, ptr{key, num(q[1], 10)<<2 | posOf[q[2]], int(st >> 8), int(st & 0xff), q[0]})
			}
		}
		s.exc[p] = map[string][]string{}
		for _, l := range files[name+".exc"] {
			f := strings.Fields(l)
			s.exc[p][f[0]] = append(s.exc[p][f[0]], f[1:]...)
		}
	}
	link := func(a, b uint32) {
		if s.links[a] == nil {
			s.links[a] = map[uint32]bool{}
		}
		s.links[a][b] = true
	}
	for _, p := range ptrs {
		switch p.symbol {
		case "+", `\`:
			if p.from != p.to {
				link(p.from, p.to)
				link(p.to, p.from)
			}
		case "!":
			pair := [2]string{s.words[p.from][p.srcW-1], s.words[p.to][p.dstW-1]}
			s.antonyms[pair] = append(s.antonyms[pair], p.from)
		}
	}
	for _, l := range files["cntlist.rev"] {
		f := strings.Fields(l)
		lemma, key, _ := strings.Cut(f[0], "%")
		c := s.tagged[lemma]
		if c == nil {
			c = new([4]int)
			s.tagged[lemma] = c
		}
		c[[]int{0, 1, 2, 3, 2}[key[0]-'1']] += int(num(f[2], 10))
	}
	return s
}

// spellings lists the forms WordNet's search tries for s (getindex in its
// search.c): s, with "_" as "-", with "-" as "_", without "_" and "-",
// without ".".
func spellings(s string) []string {
	out := []string{s}
	drop := func(cut string) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune(cut, r) {
				return -1
			}
			return r
		}, s)
	}
	for _, v := range []string{
		strings.ReplaceAll(s, "_", "-"), strings.ReplaceAll(s, "-", "_"), drop("_-"), drop("."),
	} {
		if v != s && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// TestTableMatchesSource checks every lemma, sense, derivational link,
// antonym pointer and exception of the WordNet files against the table,
// and that the table holds no lemma the files lack.
func TestTableMatchesSource(t *testing.T) {
	s := readSource(t)
	var lemmas, collocations int
	for lemma, senses := range s.senses {
		lemmas++
		if strings.Contains(lemma, "_") {
			collocations++
		}
		var want POS
		for p := range 4 {
			if len(senses[p]) > 0 {
				want |= 1 << p
			}
		}
		if got := PartsOfSpeech(lemma); got != want {
			t.Errorf("PartsOfSpeech(%q) = %v, want %v", lemma, got, want)
		}
		for p := range 4 {
			var want []ID
			for _, k := range senses[p] {
				if !slices.Contains(want, synsetID(k)) {
					want = append(want, synsetID(k))
				}
				var related []uint32
				for l := range s.links[k] {
					related = append(related, l)
				}
				slices.Sort(related)
				for _, l := range related {
					if !slices.Contains(want, linkID(k, l)) {
						want = append(want, linkID(k, l))
					}
				}
			}
			got := AppendMeanings(nil, lemma, 1<<p, 0)
			if !slices.Equal(want, got) {
				diff := cmp.Diff(want, got)
				t.Fatalf("AppendMeanings(%q, %v, 0) (-want +got):\n%s", lemma, POS(1<<p), diff)
			}
		}
	}
	// No lemma beyond the files'.
	var tableLemmas int
	eachEntry(func(e uint32) {
		if p, _, _, _, _ := tab.flags(e); p != 0 {
			tableLemmas++
		}
	})
	if tableLemmas != lemmas {
		t.Errorf("the table has %d lemmas, the index files %d", tableLemmas, lemmas)
	}
	t.Logf("%d lemmas (%d collocations), %d synsets", lemmas, collocations, len(s.words))

	// Antonyms: every pointer, and nothing else.
	want := map[string][]string{}
	for pair, from := range s.antonyms {
		if !Antonyms(pair[0], pair[1], AnyPOS, 0) {
			t.Errorf("Antonyms(%q, %q) = false; synset %08d has the pointer", pair[0], pair[1], from[0]>>2)
		}
		want[pair[0]] = append(want[pair[0]], pair[1])
	}
	for lemma := range s.senses {
		got := AppendAntonyms(nil, lemma, AnyPOS, 0)
		w := want[lemma]
		slices.Sort(got)
		slices.Sort(w)
		if w = slices.Compact(w); !slices.Equal(w, got) {
			diff := cmp.Diff(w, got)
			t.Errorf("AppendAntonyms(%q) (-want +got):\n%s", lemma, diff)
		}
	}

	// Exceptions: the base forms that are lemmas, then the word itself, each
	// in the spellings WordNet's search tries.
	for p := range 4 {
		pos := POS(1 << p)
		for form, bases := range s.exc[p] {
			var want []Lemma
			for _, b := range bases {
				for _, v := range spellings(b) {
					if l := s.senses[v]; b != form && l != nil && len(l[p]) > 0 && !slices.Contains(want, Lemma{v, pos}) {
						want = append(want, Lemma{v, pos})
					}
				}
			}
			for _, v := range spellings(form) {
				if l := s.senses[v]; l != nil && len(l[p]) > 0 && !slices.Contains(want, Lemma{v, pos}) {
					want = append(want, Lemma{v, pos})
				}
			}
			if got := AppendLemmas(nil, form, pos); !slices.Equal(want, got) {
				diff := cmp.Diff(want, got)
				t.Errorf("AppendLemmas(%q, %v) (-want +got):\n%s", form, pos, diff)
			}
		}
	}

	// The most frequent part of speech by tag counts, then sense counts.
	for lemma, senses := range s.senses {
		tagged := s.tagged[lemma]
		best := -1
		for p := range 4 {
			if len(senses[p]) == 0 {
				continue
			}
			c, b := 0, 0
			if tagged != nil {
				c = tagged[p]
				if best >= 0 {
					b = tagged[best]
				}
			}
			if best < 0 || c > b || c == b && len(senses[p]) > len(senses[best]) {
				best = p
			}
		}
		if got := MostFrequentPOS(lemma); got != 1<<best {
			t.Errorf("MostFrequentPOS(%q) = %v, want %v", lemma, got, POS(1<<best))
		}
	}
}

// TestCollocationsOfSource checks that Collocation finds every collocation
// of up to four words, from its words and from its exception forms.
func TestCollocationsOfSource(t *testing.T) {
	s := readSource(t)
	for lemma := range s.senses {
		words := strings.Split(lemma, "_")
		if len(words) < 2 || len(words) > maxCollocation || slices.Contains(words, "") {
			continue
		}
		if got, ok := Collocation(words...); !ok || got != lemma {
			t.Errorf("Collocation(%q) = %q, %v; want %q", words, got, ok, lemma)
		}
	}
	// An inflected collocation of the exception lists gives its first base
	// form that is a lemma, in the order noun, verb, adj, adv.
	forms := map[string]bool{}
	for p := range 4 {
		for form := range s.exc[p] {
			forms[form] = true
		}
	}
	for form := range forms {
		words := strings.Split(form, "_")
		if len(words) < 2 || len(words) > maxCollocation || s.senses[form] != nil {
			continue
		}
		want := ""
		for p := 0; p < 4 && want == ""; p++ {
			for _, b := range s.exc[p][form] {
				if l := s.senses[b]; l != nil && len(l[p]) > 0 {
					want = b
					break
				}
			}
		}
		if want == "" {
			continue
		}
		if got, _ := Collocation(words...); got != want {
			t.Errorf("Collocation(%q) = %q, want %q", words, got, want)
		}
	}
}

// eachEntry calls fn with the offset of every entry of the table.
func eachEntry(fn func(e uint32)) {
	for e := uint32(0); int(e) < len(tab.entry); {
		fn(e)
		lemma, _, _, exc, at := tab.flags(e)
		for _, mask := range []POS{lemma, exc} {
			for q := Noun; q <= Adv; q <<= 1 {
				if mask&q != 0 {
					at += 1 + 4*uint32(tab.entry[at])
				}
			}
		}
		e = at
	}
}

// TestMorphyAgreesWithWN compares AppendLemmas with WordNet's own morphy,
// as the wn command of Debian's wordnet package shows it ("Information
// available for verb go"), on a spread of exception forms and of regular
// inflections of lemmas. It skips when wn is not installed.
func TestMorphyAgreesWithWN(t *testing.T) {
	s := readSource(t)
	wn, err := exec.LookPath("wn")
	if err != nil {
		t.Skip("wn (Debian package wordnet) is not installed")
	}
	var words []string
	for p := range 4 {
		var forms []string
		for form := range s.exc[p] {
			forms = append(forms, form)
		}
		slices.Sort(forms)
		for i := 0; i < len(forms); i += 40 {
			words = append(words, forms[i])
		}
	}
	suffixes := [4][]string{{"s", "es"}, {"s", "es", "ed", "d", "ing"}, {"er", "est", "r", "st"}, nil}
	var lemmas []string
	for l := range s.senses {
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	n := 0
	for _, l := range lemmas {
		if strings.Trim(l, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		for p := range 3 {
			if len(s.senses[l][p]) > 0 {
				if n++; n%150 == 0 {
					words = append(words, l+suffixes[p][n/150%len(suffixes[p])])
				}
			}
		}
	}
	available := regexp.MustCompile(`(?m)^Information available for (noun|verb|adj|adv) (.+)$`)
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan string)
	for range 4 {
		wg.Go(func() {
			for w := range next {
				out, err := exec.Command(wn, w).Output()
				if err != nil && len(out) == 0 {
					mu.Lock()
					t.Errorf("wn %s: %v", w, err)
					mu.Unlock()
					continue
				}
				// wn shows the form morphy gives, which its search then
				// finds in some spelling; AppendLemmas gives that lemma.
				var want []string
				for _, m := range available.FindAllStringSubmatch(string(out), -1) {
					p := slices.Index(posNames[:], m[1])
					for _, v := range spellings(strings.ReplaceAll(m[2], " ", "_")) {
						if l := s.senses[v]; l != nil && len(l[p]) > 0 && !slices.Contains(want, m[1]+" "+v) {
							want = append(want, m[1]+" "+v)
						}
					}
				}
				var got []string
				for _, l := range AppendLemmas(nil, w, AnyPOS) {
					got = append(got, l.POS.String()+" "+l.Text)
				}
				slices.Sort(want)
				slices.Sort(got)
				if !slices.Equal(want, got) {
					mu.Lock()
					t.Errorf("AppendLemmas(%q) = %q, wn shows %q", w, got, want)
					mu.Unlock()
				}
			}
		})
	}
	for _, w := range words {
		next <- w
	}
	close(next)
	wg.Wait()
	t.Logf("%d words compared with wn", len(words))
}
