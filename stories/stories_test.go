package stories_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/stories"
	"github.com/google/go-cmp/cmp"
)

// event is one story of a test feed, as its author knows it.
type feedDoc struct {
	doc   claims.Document
	event string
}

// seeds returns the five seed articles, one story (testdata/seeds).
func seeds(t testing.TB) []feedDoc {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v, %d files", err, len(files))
	}
	var out []feedDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		out = append(out, feedDoc{claims.Document{Name: name, Text: string(b)}, "seeds"})
	}
	return out
}

// invented returns the articles of testdata/feed.jsonl: invented look-alike
// events (three mayoral races of one evening, two market reports) and an
// article that fits no story, with the event each tells.
func invented(t testing.TB) []feedDoc {
	t.Helper()
	data, err := os.ReadFile("testdata/feed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := articles.Read("", "feed.jsonl", data, articles.WithFormat(articles.JSONL), articles.WithRepeatedSources())
	if err != nil {
		t.Fatal(err)
	}
	var out []feedDoc
	for i, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var r struct{ Event string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, feedDoc{docs[i], r.Event})
	}
	return out
}

// basil returns the six BASIL events of the shared data, three outlets
// each, with their titles, URLs and dates.
func basil(t *testing.T) []feedDoc {
	t.Helper()
	var out []feedDoc
	for _, c := range shareddata.Clusters(t) {
		for _, a := range c.Articles {
			published, err := time.Parse(time.DateOnly, a.Date)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, feedDoc{claims.Document{Name: a.Source, Title: a.Title, URL: a.URL, Published: published, Text: a.Text}, c.ID})
		}
	}
	return out
}

func docsOf(feed []feedDoc) []claims.Document {
	out := make([]claims.Document, len(feed))
	for i, f := range feed {
		out[i] = f.doc
	}
	return out
}

// eventsOf maps each story's articles back to the events they tell, by ID
// of the document as given.
func eventsOf(t *testing.T, feed []feedDoc, found []stories.Story) [][]string {
	t.Helper()
	byID := map[string]string{}
	for _, f := range feed {
		byID[stories.ID(f.doc)] = f.event
	}
	var out [][]string
	for _, s := range found {
		var events []string
		for i, d := range s.Documents {
			d.Name = s.Articles[i].Source // the name it came with
			e, ok := byID[stories.ID(d)]
			if !ok {
				t.Fatalf("story %d: document %q is not one of the feed's", s.Number, d.Name)
			}
			events = append(events, e)
		}
		out = append(out, events)
	}
	return out
}

// TestFindSeparatesEvents mixes the seed articles (one story), the six
// BASIL events, and invented look-alike events, and checks that every story
// tells one event and every event is one story.
func TestFindSeparatesEvents(t *testing.T) {
	feed := slices.Concat(seeds(t), invented(t), basil(t))
	found, err := stories.Find(context.Background(), docsOf(feed))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	total := 0
	for i, events := range eventsOf(t, feed, found) {
		total += len(events)
		for _, e := range events[1:] {
			if e != events[0] {
				t.Errorf("story %d mixes events: %v", found[i].Number, events)
				break
			}
		}
		if prev, ok := seen[events[0]]; ok {
			t.Errorf("event %s is split over stories %d and %d", events[0], prev, found[i].Number)
		}
		seen[events[0]] = found[i].Number
	}
	if total != len(feed) {
		t.Errorf("stories hold %d documents, the feed %d", total, len(feed))
	}
	if want := 1 + 6 + 6; len(found) != want {
		t.Errorf("got %d stories, want %d", len(found), want)
	}
}

// TestCompareEqualsCompareAlone checks that each story's report is what
// claims.Compare says of the story's articles alone.
func TestCompareEqualsCompareAlone(t *testing.T) {
	feed := slices.Concat(seeds(t), invented(t))
	n := 0
	err := stories.Compare(context.Background(), docsOf(feed), func(r stories.Result) error {
		n++
		if r.Story != n {
			t.Errorf("got story %d as the %d-th result", r.Story, n)
		}
		found, err := stories.Find(context.Background(), docsOf(feed))
		if err != nil {
			return err
		}
		alone, err := claims.Compare(found[r.Story-1].Documents)
		if err != nil {
			return err
		}
		if diff := cmp.Diff(alone, r.Report); diff != "" {
			t.Errorf("story %d: report differs from claims.Compare on its articles (-alone +story):\n%s", r.Story, diff)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 7 {
		t.Errorf("got %d stories, want 7", n)
	}
}

// TestSingleStory: the seed articles alone are one story whose report is
// claims.Compare's, names unchanged.
func TestSingleStory(t *testing.T) {
	docs := docsOf(seeds(t))
	var got []stories.Result
	err := stories.Compare(context.Background(), docs, func(r stories.Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d stories, want 1", len(got))
	}
	want, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got[0].Report); diff != "" {
		t.Errorf("report differs from claims.Compare (-compare +stories):\n%s", diff)
	}
}

// encodeAll returns the JSON Lines Compare writes for docs.
func encodeAll(t *testing.T, docs []claims.Document) string {
	t.Helper()
	var b bytes.Buffer
	err := stories.Compare(context.Background(), docs, func(r stories.Result) error { return stories.WriteJSON(&b, r) })
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDeterministic: the same bytes for any order of the documents and any
// GOMAXPROCS.
func TestDeterministic(t *testing.T) {
	docs := docsOf(slices.Concat(seeds(t), invented(t)))
	want := encodeAll(t, docs)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, procs := range []int{1, 3} {
		shuffled := slices.Clone(docs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		old := runtime.GOMAXPROCS(procs)
		got := encodeAll(t, shuffled)
		runtime.GOMAXPROCS(old)
		if got != want {
			t.Errorf("GOMAXPROCS=%d, shuffled: output differs", procs)
		}
	}
}

// TestNames: one outlet's two articles of one story are told apart by
// number, in story order; a name that would clash takes the next number.
func TestNames(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2025, 11, 5, h, 0, 0, 0, time.UTC) }
	text := "Renata Osei won the Alder Springs mayoral race with 54% of the vote, city clerk Joan Petrakis said."
	docs := []claims.Document{
		{Name: "Courier", Text: text, Published: at(9)},
		{Name: "Courier #1", Text: text + " Curtis Vail conceded.", Published: at(8)},
		{Name: "Courier", Text: text + " Osei will be sworn in on January 6.", Published: at(7)},
		{Name: "Post", Text: text, Published: at(10)},
	}
	found, err := stories.Find(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 {
		t.Fatalf("got %d stories, want 1", len(found))
	}
	var got [][2]string
	for _, a := range found[0].Articles {
		got = append(got, [2]string{a.Name, a.Source})
	}
	want := [][2]string{{"Courier #2", "Courier"}, {"Courier #1", "Courier #1"}, {"Courier #3", "Courier"}, {"Post", "Post"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	for i, d := range found[0].Documents {
		if d.Name != got[i][0] {
			t.Errorf("document %d named %q, its article %q", i, d.Name, got[i][0])
		}
	}
}

// TestDuplicateRecords: a record given twice is one article, compared
// once, its Copies counted; the other articles are as without it.
func TestDuplicateRecords(t *testing.T) {
	docs := docsOf(invented(t))
	once, err := stories.Find(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	dup := docs[len(docs)-1] // the article that fits no story
	twice, err := stories.Find(context.Background(), append(docs, dup))
	if err != nil {
		t.Fatal(err)
	}
	var copies []stories.Article
	for _, s := range twice {
		for _, a := range s.Articles {
			if a.Copies > 0 {
				copies = append(copies, a)
			}
		}
	}
	want := []stories.Article{{Name: dup.Name, Source: dup.Name, Title: dup.Title, URL: dup.URL, Copies: 1}}
	if !dup.Published.IsZero() {
		want[0].Published = &dup.Published
	}
	if diff := cmp.Diff(want, copies); diff != "" {
		t.Errorf("articles given twice (-want +got):\n%s", diff)
	}
	for _, s := range twice {
		for i := range s.Articles {
			s.Articles[i].Copies = 0
		}
	}
	if diff := cmp.Diff(once, twice); diff != "" {
		t.Errorf("stories with a record given twice, copies aside (-once +twice):\n%s", diff)
	}
}

func TestFindErrors(t *testing.T) {
	_, err := stories.Find(context.Background(), []claims.Document{{Name: "a", Text: "x"}, {Text: "y"}})
	if !errors.Is(err, claims.ErrNoName) || !strings.Contains(err.Error(), "document 1") {
		t.Errorf("a document without a name: got %v, want ErrNoName naming document 1", err)
	}
	// A name of spaces only is no name, as claims.Compare says.
	_, err = stories.Find(context.Background(), []claims.Document{{Name: "a", Text: "x"}, {Name: "  ", Text: "y"}})
	if !errors.Is(err, claims.ErrNoName) || !strings.Contains(err.Error(), "document 1") {
		t.Errorf("a document named by spaces only: got %v, want ErrNoName naming document 1", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := stories.Find(ctx, docsOf(invented(t))); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
	stop := errors.New("stop")
	n := 0
	err = stories.Compare(context.Background(), docsOf(invented(t)), func(stories.Result) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("yield's error: got %v after %d results, want stop after 1", err, n)
	}
}

func TestEmptyFeed(t *testing.T) {
	found, err := stories.Find(context.Background(), nil)
	if err != nil || len(found) != 0 {
		t.Errorf("Find(nil) = %v, %v; want no stories", found, err)
	}
	err = stories.Compare(context.Background(), nil, func(stories.Result) error { return errors.New("called") })
	if err != nil {
		t.Errorf("Compare(nil): %v", err)
	}
}
