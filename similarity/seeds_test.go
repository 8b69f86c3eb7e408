package similarity

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// seedSentence is a sentence of one of the seed articles.
type seedSentence struct {
	source, text string
}

// sentenceEnd is a rough sentence boundary, enough for the seed articles:
// the test must not depend on the project's splitter.
var sentenceEnd = regexp.MustCompile(`([.!?]["”’]?)\s+([A-Z"“‘])`)

func seedSentences(t *testing.T) []seedSentence {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var out []seedSentence
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		source := strings.SplitN(filepath.Base(f), "_", 2)[0]
		for _, line := range strings.Split(string(b), "\n") {
			line = sentenceEnd.ReplaceAllString(strings.TrimSpace(line), "$1\n$2")
			for _, s := range strings.Split(line, "\n") {
				if len(strings.Fields(s)) >= 6 {
					out = append(out, seedSentence{source, s})
				}
			}
		}
	}
	return out
}

type scoredPair struct {
	a, b  seedSentence
	score float64
}

// crossSourcePairs scores every pair of sentences from different sources,
// best first, with words weighted over all the seed sentences.
func crossSourcePairs(t *testing.T, s Scorer) []scoredPair {
	sentences := seedSentences(t)
	raw := make([]string, len(sentences))
	for i, s := range sentences {
		raw[i] = s.text
	}
	texts := PrepareAll(raw)
	var pairs []scoredPair
	for i := range texts {
		for j := i + 1; j < len(texts); j++ {
			if sentences[i].source != sentences[j].source {
				pairs = append(pairs, scoredPair{sentences[i], sentences[j], s.Score(texts[i], texts[j])})
			}
		}
	}
	slices.SortStableFunc(pairs, func(p, q scoredPair) int {
		switch {
		case p.score > q.score:
			return -1
		case p.score < q.score:
			return 1
		}
		return 0
	})
	return pairs
}

func TestSeedsTroopsPairsRankFirst(t *testing.T) {
	pairs := crossSourcePairs(t, Default())
	t.Logf("%d seed sentences, %d cross-source pairs", len(seedSentences(t)), len(pairs))
	troops := func(s seedSentence) bool { return strings.Contains(s.text, "2,500 US troops") }
	for i, p := range pairs[:min(len(pairs), 25)] {
		t.Logf("%3d %.3f %s | %s\n      %s\n      %s", i+1, p.score, p.a.source, p.b.source, p.a.text, p.b.text)
	}
	ranks := map[string]int{}
	above := 0
	for i, p := range pairs {
		if troops(p.a) && troops(p.b) {
			ranks[p.a.source+"-"+p.b.source] = i + 1
			t.Logf("troops pair %s-%s ranks %d of %d, score %.3f", p.a.source, p.b.source, i+1, len(pairs), p.score)
		}
		if p.score >= DefaultThreshold {
			above++
		}
	}
	// 002 and 004 state the claim alone; 003 mentions the troops inside a
	// sentence about the talks, which a paraphrase scorer does not match.
	if r := ranks["002-004"]; r != 1 {
		t.Errorf("the 002-004 troops pair ranks %d, want 1", r)
	}
	if above > 3 {
		t.Errorf("%d of %d cross-source pairs score above the threshold, want at most 3", above, len(pairs))
	}
}

func TestSeedsAnchoredGroupsTroopsClaims(t *testing.T) {
	pairs := crossSourcePairs(t, Anchored{})
	troops := func(s seedSentence) bool { return strings.Contains(s.text, "2,500 US troops") }
	var above, troopsAbove int
	for _, p := range pairs {
		if p.score < DefaultThreshold {
			continue
		}
		above++
		if troops(p.a) && troops(p.b) {
			troopsAbove++
		}
		t.Logf("%.3f %s | %s\n      %s\n      %s", p.score, p.a.source, p.b.source, p.a.text, p.b.text)
	}
	if troopsAbove != 3 {
		t.Errorf("%d of the 3 troops pairs (002, 003, 004) score above the threshold, want 3", troopsAbove)
	}
	// Besides the troops pairs: the two headlines, the working groups, the
	// first round of talks (a shared phrase) and the talks' outlook.
	if above > 7 {
		t.Errorf("%d cross-source pairs score above the threshold, want at most 7", above)
	}
}
