package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// realSentences returns news sentences from the shared evaluation data: the
// BASIL articles (news/clusters.jsonl), line by line, and both sides of the
// MRPC pairs (mrpc/train.tsv), in file order.
func realSentences(tb testing.TB) []string {
	tb.Helper()
	var out []string
	f, err := os.Open(shareddata.Path(tb, "news/clusters.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct {
			Articles []struct{ Text string } `json:"articles"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		for _, a := range c.Articles {
			for _, line := range strings.Split(a.Text, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					out = append(out, line)
				}
			}
		}
	}
	b, err := os.ReadFile(shareddata.Path(tb, "mrpc/train.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		cols := strings.Split(line, "\t")
		if i == 0 || len(cols) != 5 {
			continue // header
		}
		out = append(out, cols[3], cols[4])
	}
	return out
}

// basilEvents returns the article texts of each BASIL event (one cluster of
// news/clusters.jsonl: the same event told by three outlets).
func basilEvents(tb testing.TB) [][]string {
	tb.Helper()
	b, err := os.ReadFile(shareddata.Path(tb, "news/clusters.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	var events [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var c struct {
			Articles []struct{ Text string } `json:"articles"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			tb.Fatal(err)
		}
		var texts []string
		for _, a := range c.Articles {
			texts = append(texts, a.Text)
		}
		events = append(events, texts)
	}
	return events
}

// syntheticDocs builds a corpus of about n sentences from real ones: each
// real sentence appears in several outlets' documents, a few of its copies
// altered the way outlets differ (a number changed, a word dropped), and
// outlets of 40 sentences each. The same n gives the same corpus.
func syntheticDocs(tb testing.TB, n int) []Document {
	tb.Helper()
	real := realSentences(tb)
	rng := rand.New(rand.NewSource(int64(n)))
	const perDoc = 40
	var docs []Document
	var b strings.Builder
	lines := 0
	for i := 0; i < n; i++ {
		// Each real sentence is reused about every len(real) sentences, so
		// large corpora hold several versions of each claim.
		s := real[(i*7919)%len(real)]
		if i >= len(real) {
			s = alter(rng, s)
		}
		b.WriteString(s)
		b.WriteByte('\n')
		if lines++; lines == perDoc || i == n-1 {
			docs = append(docs, Document{Name: fmt.Sprintf("outlet-%05d", len(docs)), Text: b.String()})
			b.Reset()
			lines = 0
		}
	}
	return docs
}

// alter changes one detail of s: a number, or a dropped word.
func alter(rng *rand.Rand, s string) string {
	words := strings.Fields(s)
	if len(words) < 4 {
		return s
	}
	for i, w := range words {
		if _, err := strconv.Atoi(w); err == nil && rng.Intn(2) == 0 {
			words[i] = strconv.Itoa(rng.Intn(1000))
			return strings.Join(words, " ")
		}
	}
	if rng.Intn(3) == 0 {
		i := 1 + rng.Intn(len(words)-2)
		words = append(words[:i], words[i+1:]...)
	}
	return strings.Join(words, " ")
}
