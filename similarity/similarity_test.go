package similarity

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/google/go-cmp/cmp"
)

// edgePairs are inputs where scores are easy to get wrong.
var edgePairs = [][2]string{
	{"", ""},
	{"", "Troops stay."},
	{"   ", "\t"},
	{"a", "a"},
	{"a", "b"},
	{"The", "the"},
	{"2,500", "2500"},
	{"\xff\xfe", "\xff"},
	{"Not here.", "Here."},
	{"Café au lait", "cafe au lait"},
	{"About 2,500 US troops remain in Iraq.", "Approximately 2,500 U.S. troops remain in Iraq."},
}

func scorers() map[string]func(a, b string) float64 {
	return map[string]func(a, b string) float64{
		"Default":     func(a, b string) float64 { return Default().Score(Prepare(a), Prepare(b)) },
		"Dice":        Dice,
		"JaroWinkler": func(a, b string) float64 { return JaroWinkler(a, b) },
		"Levenshtein": func(a, b string) float64 { return Levenshtein(a, b) },
		"Jaccard":     func(a, b string) float64 { return Jaccard(Prepare(a).Words, Prepare(b).Words) },
	}
}

func TestScoresAreBoundedAndSymmetric(t *testing.T) {
	for name, score := range scorers() {
		for _, p := range append(edgePairs, newsPairs()...) {
			ab, ba := score(p[0], p[1]), score(p[1], p[0])
			if math.IsNaN(ab) || ab < 0 || ab > 1 || ab != ba {
				t.Errorf("%s(%q, %q) = %v, reversed %v; want one value in [0,1]", name, p[0], p[1], ab, ba)
			}
		}
	}
}

func TestFeaturesAreBoundedAndSymmetric(t *testing.T) {
	for _, p := range append(edgePairs, newsPairs()...) {
		a, b := Prepare(p[0]), Prepare(p[1])
		ab, ba := Features(a, b), Features(b, a)
		if diff := cmp.Diff(ab, ba); diff != "" {
			t.Errorf("Features(%q, %q) not symmetric (-ab +ba):\n%s", p[0], p[1], diff)
		}
		for i, v := range ab {
			if math.IsNaN(v) || v < 0 || v > 1 {
				t.Errorf("Features(%q, %q)[%s] = %v, want [0,1]", p[0], p[1], FeatureNames()[i], v)
			}
		}
	}
}

func TestEqualTextsScoreOne(t *testing.T) {
	for name, score := range scorers() {
		if name == "Default" || name == "Anchored" {
			continue // a probability: high, not 1
		}
		for _, s := range []string{"", " ", "Troops stay in Iraq.", "\xff"} {
			if got := score(s, s); got != 1 {
				t.Errorf("%s(%q, itself) = %v, want 1", name, s, got)
			}
		}
	}
	for _, s := range []string{"", "Troops stay in Iraq.", "\xff"} {
		if got := Default().Score(Prepare(s), Prepare(s)); got < DefaultThreshold {
			t.Errorf("Default(%q, itself) = %v, want >= %v", s, got, DefaultThreshold)
		}
	}
}

// TestFastDiceMatchesStrutil checks the precomputed bigram multisets the
// combined scorer uses against strutil on the masked strings.
func TestFastDiceMatchesStrutil(t *testing.T) {
	for _, p := range append(edgePairs, newsPairs()...) {
		a, b := Prepare(p[0]), Prepare(p[1])
		fast := Features(a, b)[fBigramDice]
		if slow := Dice(a.Masked, b.Masked); math.Abs(fast-slow) > 1e-12 {
			t.Errorf("bigram Dice of %q and %q: precomputed %v, strutil %v", a.Masked, b.Masked, fast, slow)
		}
	}
}

func TestEmptyInputs(t *testing.T) {
	got := map[string]float64{
		"Dice":        Dice("", ""),
		"JaroWinkler": JaroWinkler("", ""),
		"Levenshtein": Levenshtein("", ""),
		"Jaccard":     Jaccard(nil, nil),
		"Dice one":    Dice("", "x"),
		"Jaccard one": Jaccard(nil, []string{"x"}),
	}
	want := map[string]float64{
		"Dice": 1, "JaroWinkler": 1, "Levenshtein": 1, "Jaccard": 1,
		"Dice one": 0, "Jaccard one": 0,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scores of empty input (-want +got):\n%s", diff)
	}
}

func TestPrepare(t *testing.T) {
	got := Prepare("The U.S. has about 2,500 troops; they're not leaving.")
	want := []string{"leaving", "re", "statas", "troops", "unatad"}
	if diff := cmp.Diff(want, got.Words); diff != "" {
		t.Errorf("Words (-want +got):\n%s", diff)
	}
	// The facts' values are set aside: the figure and the negation cue.
	if want := "the unatad statas has troops; they're leaving."; got.Masked != want {
		t.Errorf("Masked = %q, want %q", got.Masked, want)
	}
}

func TestLCS(t *testing.T) {
	long := strings.Repeat("ant bee cat dog eel fox gnu hen ibis jay ", 8)
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"a b c", "", 0},
		{"a b c d", "b d", 2},
		{"x a y b", "a b x y", 2},
		{"the cat saw the dog", "the dog saw the cat", 3},
		{long, long, 80},
		{long, "jay ibis hen bee cat", 5},
		{long + long, long, 80},
	}
	for _, tt := range tests {
		a, b := Prepare(tt.a), Prepare(tt.b)
		got := map[string]int{"table": lcsTable(a.words, b.words), "table reversed": lcsTable(b.words, a.words)}
		for _, p := range [][2]*Text{{a, b}, {b, a}} {
			long, short := p[0], p[1]
			if len(long.words) < len(short.words) {
				continue
			}
			masks := make([]uint64, len(long.wordSet))
			if len(short.words) > 64 {
				masks = nil
			}
			matchWords(long, short, make(bits, 8), make(bits, 8), masks)
			got["scorer"] = lcs(long, short, masks)
		}
		want := map[string]int{"table": tt.want, "table reversed": tt.want, "scorer": tt.want}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("lcs(%.30q, %.30q) (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}

func TestMissingRuns(t *testing.T) {
	present := bits{0b1011} // ranks 0, 1 and 3 are in the other text
	tests := []struct {
		seq                 []int32
		longest, runs, edge int
	}{
		{nil, 0, 0, 0},
		{[]int32{0, 1, 3}, 0, 0, 0},
		{[]int32{0, 2, 2, 1, 2, 3, 2, 2, 2}, 3, 3, 3},
		{[]int32{2, 2, 0, 2}, 2, 2, 2},
		{[]int32{0, 2, 2, 2, 1}, 3, 1, 0},
	}
	for _, tt := range tests {
		l, r, e := missingRuns(tt.seq, present)
		if diff := cmp.Diff([3]int{tt.longest, tt.runs, tt.edge}, [3]int{l, r, e}); diff != "" {
			t.Errorf("missingRuns(%v) longest, runs, edge (-want +got):\n%s", tt.seq, diff)
		}
	}
}

func FuzzScore(f *testing.F) {
	for _, p := range append(edgePairs, newsPairs()...) {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ta, tb := Prepare(a), Prepare(b)
		ab, ba := Default().Score(ta, tb), Default().Score(tb, ta)
		if math.IsNaN(ab) || ab < 0 || ab > 1 || ab != ba {
			t.Fatalf("Default(%q, %q) = %v, reversed %v", a, b, ab, ba)
		}
		if d := Dice(a, b); math.IsNaN(d) || d < 0 || d > 1 || d != Dice(b, a) {
			t.Fatalf("Dice(%q, %q) = %v", a, b, d)
		}
		// ScoreAtLeast's bounds (the n-gram sketches among them) never
		// stop a pair that reaches the floor.
		for _, floor := range []float64{0.05, 0.25, 0.5, 0.9} {
			got := fitted.ScoreAtLeast(ta, tb, floor)
			if ab >= floor && got != ab || ab < floor && got >= floor {
				t.Fatalf("ScoreAtLeast(%q, %q, %v) = %v, Score %v", a, b, floor, got, ab)
			}
		}
		all := PrepareAll([]string{a, b})
		if s := Default().Score(all[0], all[1]); math.IsNaN(s) || s < 0 || s > 1 {
			t.Fatalf("Default after PrepareAll(%q, %q) = %v", a, b, s)
		}
	})
}

// TestScoreAtLeastExact checks the contract of ScoreAtLeast on real news
// sentence pairs (MRPC train, and mismatched pairs): the exact score
// whenever it reaches the floor, and a value below the floor otherwise.
func TestScoreAtLeastExact(t *testing.T) {
	var firsts, seconds []string
	for _, p := range shareddata.MRPC(t)[:1499] {
		firsts, seconds = append(firsts, p.A), append(seconds, p.B)
	}
	texts := PrepareAll(append(firsts, seconds...))
	n := len(firsts)
	scorers := map[string]interface {
		Scorer
		ScoreAtLeast(a, b *Text, atLeast float64) float64
	}{"Default": fitted, "Anchored": Anchored{}}
	skipped := 0
	for name, s := range scorers {
		for i := 0; i < n; i++ {
			// The pair as labelled, and the first sentence against another
			// pair's second: mostly unrelated, as most candidates are.
			for _, j := range []int{n + i, n + (i+7)%n} {
				want := s.Score(texts[i], texts[j])
				for _, floor := range []float64{0.1, 0.25, 0.5} {
					got := s.ScoreAtLeast(texts[i], texts[j], floor)
					switch {
					case want >= floor && got != want:
						t.Fatalf("%s: pair %d/%d floor %v: ScoreAtLeast %v, Score %v", name, i, j, floor, got, want)
					case want < floor && got >= floor:
						t.Fatalf("%s: pair %d/%d floor %v: ScoreAtLeast %v >= floor, Score %v", name, i, j, floor, got, want)
					case got != want:
						skipped++
					}
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("ScoreAtLeast never skipped work: the bound is not doing its job")
	}
}

// TestSortGrams checks the radix sort of n-grams against slices.Sort, on
// the n-grams of real sentences in text order and on random values, at the
// lengths where it switches method.
func TestSortGrams(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var inputs [][]uint32
	for _, n := range []int{0, 1, 31, 32, 33, 200, 511, 512, 513, 2000} {
		random, narrow := make([]uint32, n), make([]uint32, n)
		for i := range random {
			random[i], narrow[i] = rng.Uint32(), 1<<20|rng.Uint32N(4)
		}
		inputs = append(inputs, random, narrow)
	}
	for _, p := range shareddata.MRPC(t)[:100] {
		for _, n := range []int{2, 3} {
			g := charGrams(p.A, n)
			rng.Shuffle(len(g), func(i, j int) { g[i], g[j] = g[j], g[i] })
			inputs = append(inputs, g)
		}
	}
	for _, in := range inputs {
		want, got := slices.Clone(in), slices.Clone(in)
		slices.Sort(want)
		sortGrams(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("sortGrams of %d grams (-slices.Sort +sortGrams):\n%s", len(in), diff)
		}
	}
}

// TestGramSketchBound checks the sketches of character n-grams: the
// word-at-a-time sum of the smaller counts equals the plain sum over the
// buckets, is never below the n-grams two texts share, and a bucket that
// would overflow leaves the text without sketches.
func TestGramSketchBound(t *testing.T) {
	pairs := shareddata.MRPC(t)[:300]
	for i, p := range pairs {
		for _, b := range []string{p.B, pairs[(i+1)%len(pairs)].B} {
			for _, n := range []int{2, 3} {
				ga, gb := charGrams(Prepare(p.A).Masked, n), charGrams(Prepare(b).Masked, n)
				var sa, sb gramSketch
				if !sa.fill(ga) || !sb.fill(gb) {
					t.Fatalf("a sentence of MRPC overflows a sketch: %q / %q", p.A, b)
				}
				plain := 0
				for k := range 1 << sketchBits {
					shift := k % 8 * 8
					plain += int(min(sa[k/8]>>shift&0xff, sb[k/8]>>shift&0xff))
				}
				got := sa.mostShared(&sb)
				if got != plain {
					t.Fatalf("%d-grams of %q / %q: mostShared %d, plain sum of the smaller counts %d", n, p.A, b, got, plain)
				}
				if shared := countCommon(ga, gb); got < shared {
					t.Fatalf("%d-grams of %q / %q: mostShared %d below the %d shared", n, p.A, b, got, shared)
				}
			}
		}
	}
	// Every bucket full on both sides: the largest sums must not overflow.
	full := make([]uint32, 0, 127<<sketchBits)
	for k := range uint32(1 << sketchBits) {
		// Grams that land in bucket k: invert the Fibonacci hash by search.
		for g, found := uint32(0), 0; found < 127; g++ {
			if (g*0x9e3779b1)>>(32-sketchBits) == k {
				full = append(full, g)
				found++
			}
		}
	}
	var s gramSketch
	if !s.fill(full) {
		t.Fatal("127 grams a bucket should fit")
	}
	if got := s.mostShared(&s); got != len(full) {
		t.Errorf("mostShared of a full sketch with itself = %d, want %d", got, len(full))
	}
	if s.fill(full[:1]) {
		t.Error("a 128th gram in a bucket should not fit")
	}
	long := strings.Repeat("ab", 200)
	if Prepare(long).sketches != nil {
		t.Errorf("a text with 200 repeats of one bigram has sketches")
	}
}
