package newsday

import (
	"encoding/json"
	"strings"
	"testing"
)

func generate(t *testing.T, o Options) []Article {
	t.Helper()
	var out []Article
	if err := Generate(o, func(a Article) error { out = append(out, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateIsDeterministic(t *testing.T) {
	encode := func(arts []Article) string {
		b, err := json.Marshal(arts)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a := encode(generate(t, Options{Sentences: 3000, Seed: 5}))
	if b := encode(generate(t, Options{Sentences: 3000, Seed: 5})); a != b {
		t.Error("the same options gave different records")
	}
	if c := encode(generate(t, Options{Sentences: 3000, Seed: 6})); a == c {
		t.Error("two seeds gave the same records")
	}
}

func TestGenerateShape(t *testing.T) {
	const want = 20000
	arts := generate(t, Options{Sentences: want, Seed: 1})
	sentences := 0
	urls := map[string]bool{}
	perEvent := map[string]int{}
	outlets := map[string]map[string]int{}
	for i, a := range arts {
		sentences += a.Sentences
		if a.Source == "" || a.Title == "" || a.URL == "" || a.Text == "" || a.Event == "" || a.Published.IsZero() {
			t.Fatalf("article %d lacks a field: %+v", i, a)
		}
		if urls[a.URL] {
			t.Errorf("URL %s used twice", a.URL)
		}
		urls[a.URL] = true
		if i > 0 && a.Published.Before(arts[i-1].Published) {
			t.Errorf("article %d published before the one above it", i)
		}
		if strings.Contains(a.Text, "{") {
			t.Errorf("article %d has an unfilled slot: %q", i, a.Text)
		}
		perEvent[a.Event]++
		if outlets[a.Event] == nil {
			outlets[a.Event] = map[string]int{}
		}
		outlets[a.Event][a.Source]++
	}
	if sentences < want || sentences > want+200 {
		t.Errorf("got %d sentences, want about %d", sentences, want)
	}
	sizes := map[int]int{}
	updates := 0
	for e, n := range perEvent {
		sizes[n]++
		for _, k := range outlets[e] {
			if k > 1 {
				updates++
			}
		}
	}
	// One event in seven is told by one outlet; the rest by two to six,
	// plus an update now and then.
	if sizes[1] == 0 || sizes[2] == 0 || sizes[6] == 0 || updates == 0 {
		t.Errorf("articles per event: %v, %d updates; want singletons, pairs, six-outlet events and updates", sizes, updates)
	}
	if len(perEvent) < 200 {
		t.Errorf("%d events for %d sentences, want hundreds", len(perEvent), want)
	}
}
