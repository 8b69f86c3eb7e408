package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/bench/newsday"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/stories"
)

// day returns the documents of a generated day of about n sentences and
// the event of each, and the generator's count of sentences.
func day(tb testing.TB, n int, seed uint64) (docs []claims.Document, events []string, sentences int) {
	tb.Helper()
	err := newsday.Generate(newsday.Options{Sentences: n, Seed: seed}, func(a newsday.Article) error {
		docs = append(docs, claims.Document{Name: a.Source, Title: a.Title, URL: a.URL, Published: a.Published, Text: a.Text})
		events = append(events, a.Event)
		sentences += a.Sentences
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs, events, sentences
}

// benchSizes are the sizes BenchmarkStories runs; CLAIMDIFF_BENCH_SENTENCES
// picks one (the million-sentence run takes most of a minute).
func benchSizes(b *testing.B) []int {
	if s := os.Getenv("CLAIMDIFF_BENCH_SENTENCES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("CLAIMDIFF_BENCH_SENTENCES=%q: %v", s, err)
		}
		return []int{n}
	}
	return []int{10_000, 100_000}
}

// BenchmarkStories measures stories.Compare on a generated day: grouping,
// comparing every story and encoding each result as the CLI writes it.
func BenchmarkStories(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			docs, _, sentences := day(b, n, 1)
			size := 0
			for _, d := range docs {
				size += len(d.Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				err := stories.Compare(context.Background(), docs, func(r stories.Result) error {
					return stories.WriteJSON(io.Discard, r)
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// BenchmarkFind measures the grouping alone.
func BenchmarkFind(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			docs, _, sentences := day(b, n, 1)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := stories.Find(context.Background(), docs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// mixed returns a feed mixing real and generated articles, with the event of
// each: the five seed articles (one story, no dates), the six BASIL events of
// the shared data (three outlets each, dated), the invented look-alike
// events of stories/testdata/feed.jsonl, and a generated day of about
// sentences sentences (none when 0).
func mixed(t *testing.T, sentences int) (docs []claims.Document, events []string) {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Document{Name: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(b)})
		events = append(events, "seeds")
	}
	for _, c := range shareddata.Clusters(t) {
		for _, a := range c.Articles {
			published, err := time.Parse(time.DateOnly, a.Date)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, claims.Document{Name: a.Source, Title: a.Title, URL: a.URL, Published: published, Text: a.Text})
			events = append(events, c.ID)
		}
	}
	data, err := os.ReadFile("../stories/testdata/feed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := articles.Read("", "feed.jsonl", data, articles.WithFormat(articles.JSONL), articles.WithRepeatedSources())
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var r struct{ Event string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, feed[i])
		events = append(events, "invented-"+r.Event)
	}
	if sentences > 0 {
		d, e, _ := day(t, sentences, 7)
		docs = append(docs, d...)
		events = append(events, e...)
	}
	return docs, events
}

// agreement groups docs and scores the stories against events.
func agreement(t *testing.T, docs []claims.Document, events []string) Agreement {
	t.Helper()
	found, err := stories.Find(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	eventOf := map[string]string{}
	for i, d := range docs {
		eventOf[stories.ID(d)] = events[i]
	}
	var got, want []string
	for _, s := range found {
		for i, d := range s.Documents {
			d.Name = s.Articles[i].Source
			got = append(got, strconv.Itoa(s.Number))
			want = append(want, eventOf[stories.ID(d)])
		}
	}
	if len(got) != len(docs) {
		t.Fatalf("stories hold %d documents, the feed %d", len(got), len(docs))
	}
	return Agree(got, want)
}

// TestStoryQuality measures the grouping on the mixed feed with generated
// days of several sizes (CLAIMDIFF_QUALITY_SENTENCES adds one, e.g.
// 1000000) and fails if the adjusted Rand index falls below 0.95.
func TestStoryQuality(t *testing.T) {
	sizes := []int{0, 2_000, 20_000}
	if testing.Short() {
		sizes = sizes[:2]
	}
	if s := os.Getenv("CLAIMDIFF_QUALITY_SENTENCES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("CLAIMDIFF_QUALITY_SENTENCES=%q: %v", s, err)
		}
		sizes = append(sizes, n)
	}
	for _, n := range sizes {
		docs, events := mixed(t, n)
		a := agreement(t, docs, events)
		t.Logf("mix with %7d generated sentences: %6d articles, %5d events, %5d stories: purity %.4f, inverse purity %.4f, ARI %.4f",
			n, len(docs), a.Events, a.Stories, a.Purity, a.InversePurity, a.ARI)
		if a.ARI < 0.95 {
			t.Errorf("%d generated sentences: ARI %.4f < 0.95", n, a.ARI)
		}
	}
}

// TestStoryQualityHeldOut measures the grouping on the held-out feed of
// testdata/check/feed (written apart from the story rules, never tuned on;
// see its README), alone and mixed into a generated day, and fails if the
// adjusted Rand index falls below 0.95.
func TestStoryQualityHeldOut(t *testing.T) {
	data, err := os.ReadFile("../testdata/check/feed/records.jsonl")
	if os.IsNotExist(err) {
		t.Skip("no held-out feed")
	}
	if err != nil {
		t.Fatal(err)
	}
	goldData, err := os.ReadFile("../testdata/check/feed/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]string // url -> event
	if err := json.Unmarshal(goldData, &gold); err != nil {
		t.Fatal(err)
	}
	feed, err := articles.Read("", "records.jsonl", data, articles.WithFormat(articles.JSONL), articles.WithRepeatedSources())
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, d := range feed {
		e, ok := gold[d.URL]
		if !ok {
			t.Fatalf("gold.json has no event for %s", d.URL)
		}
		events = append(events, "held-out-"+e)
	}
	for _, n := range []int{0, 20_000} {
		docs, evs := slices.Clone(feed), slices.Clone(events)
		if n > 0 {
			d, e, _ := day(t, n, 11)
			docs, evs = append(docs, d...), append(evs, e...)
		}
		a := agreement(t, docs, evs)
		t.Logf("held-out feed with %6d generated sentences: %5d articles, %4d events, %4d stories: purity %.4f, inverse purity %.4f, ARI %.4f",
			n, len(docs), a.Events, a.Stories, a.Purity, a.InversePurity, a.ARI)
		if a.ARI < 0.95 {
			t.Errorf("%d generated sentences: ARI %.4f < 0.95", n, a.ARI)
		}
	}
}
