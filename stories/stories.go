package stories

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/parallel"
)

// Story is one event of a feed: the articles that tell it.
type Story struct {
	// Number is the story's 1-based place in the feed, in the order of
	// the stories' first articles (see OrderKey).
	Number int
	// Documents are the story's articles in OrderKey order, each named
	// uniquely within the story: its own name, or, when the story holds
	// several articles of one source, the name and " #1", " #2", ... in
	// that order ("Courier #1").
	Documents []claims.Document
	// Articles tell where each document came from, in the same order.
	Articles []Article
}

// NewStory makes story number n of docs: it sorts them by OrderKey and
// names them uniquely (see Story.Documents). Find builds its stories with
// it, and so does the distributed pipeline, from the articles it grouped.
func NewStory(n int, docs []claims.Document) Story {
	keys := make([]string, len(docs))
	for i, d := range docs {
		keys[i] = OrderKey(d)
	}
	return newStory(n, docs, keys)
}

// newStory is NewStory with the documents' order keys known.
func newStory(n int, docs []claims.Document, keys []string) Story {
	docs, copies := dropCopies(sortDocs(docs, keys))
	s := Story{Number: n, Documents: name(docs), Articles: make([]Article, len(docs))}
	for i, d := range s.Documents {
		a := Article{Name: d.Name, Source: docs[i].Name, Title: d.Title, URL: d.URL, Copies: copies[i]}
		if !d.Published.IsZero() {
			t := d.Published
			a.Published = &t
		}
		s.Articles[i] = a
	}
	return s
}

// dropCopies returns docs without the documents equal in every field to
// an earlier one (a feed that gives one article twice), and for each
// document kept how many more times it was given.
func dropCopies(docs []claims.Document) ([]claims.Document, []int) {
	type key struct {
		name, text, title, url string
		published              int64
	}
	first := map[key]int{}
	var out []claims.Document
	var copies []int
	for _, d := range docs {
		k := key{d.Name, d.Text, d.Title, d.URL, d.Published.UnixNano()}
		if i, ok := first[k]; ok {
			copies[i]++
			continue
		}
		first[k] = len(out)
		out = append(out, d)
		copies = append(copies, 0)
	}
	return out, copies
}

// Result is a story with its report: one line of `claimdiff stories`.
type Result struct {
	Story    int       `json:"story"`
	Sources  []string  `json:"sources"`  // the names of the story's documents, sorted, as in the report
	Articles []Article `json:"articles"` // the story's articles, in story order
	// Report is claims.Compare's report on the story's documents alone.
	Report *claims.Report `json:"report"`
}

// Article tells where a document of a story came from.
type Article struct {
	Name      string     `json:"name"`   // its name in the story's report
	Source    string     `json:"source"` // the name it came with: the outlet, the file
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	// Copies is how many more times the feed gave this article, equal in
	// every field; it is compared once.
	Copies int `json:"copies,omitempty"`
}

// Compare compares the articles of s with claims.CompareContext, as if they
// were the only articles given.
func (s Story) Compare(ctx context.Context, opts ...claims.Option) (Result, error) {
	r, err := claims.CompareContext(ctx, s.Documents, opts...)
	if err != nil {
		return Result{}, fmt.Errorf("stories: story %d: %w", s.Number, err)
	}
	res := Result{Story: s.Number, Sources: make([]string, len(s.Documents)), Articles: s.Articles, Report: r}
	for i, d := range s.Documents {
		res.Sources[i] = d.Name
	}
	sort.Strings(res.Sources)
	return res, nil
}

// WriteJSON writes r as one line of JSON (JSON Lines): the format of
// `claimdiff stories`, with the report as `claimdiff compare -format json`
// writes it (HTML characters unescaped), on one line.
func WriteJSON(w io.Writer, r Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// Option configures Find and Compare. With none, they use the defaults.
type Option func(*config)

type config struct {
	params   Params
	claims   []claims.Option
	split    []claims.SplitOption // of claims, those that apply to claims.Split too
	progress func(claims.Progress)
}

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		o(&c)
	}
	c.params = c.params.withDefaults()
	return c
}

// WithParams sets how articles are grouped; zero fields keep their
// defaults. Default: DefaultParams.
func WithParams(p Params) Option { return func(c *config) { c.params = p } }

// WithClaims passes opts to the splitting of articles (claims.Split, for
// their terms) and to the comparison of each story (claims.Compare).
// Default: none.
func WithClaims(opts ...claims.Option) Option {
	return func(c *config) {
		for _, o := range opts {
			c.claims = append(c.claims, o)
			if s, ok := o.(claims.SplitOption); ok {
				c.split = append(c.split, s)
			}
		}
	}
}

// WithProgress calls fn as the work advances, from the goroutine that
// called Find or Compare, at most about ten times a second per stage:
// "id" (documents hashed), "terms" and "profile" (articles), "group" (keys
// checked), then, in Compare, "stories" (stories compared and handed
// over). Default: none.
func WithProgress(fn func(claims.Progress)) Option { return func(c *config) { c.progress = fn } }

// Find groups docs into stories. Documents need names, not empty nor only spaces; names may
// repeat (one outlet's articles of several events), and are made unique
// within each story (see Story.Documents). Every document is in exactly one
// story. The result does not depend on the order of docs nor on GOMAXPROCS.
// It returns ctx.Err() if ctx is done first.
func Find(ctx context.Context, docs []claims.Document, opts ...Option) ([]Story, error) {
	cfg := newConfig(opts)
	return find(ctx, docs, cfg)
}

func find(ctx context.Context, docs []claims.Document, cfg config) ([]Story, error) {
	for i, d := range docs {
		if strings.TrimSpace(d.Name) == "" { // as claims.Compare: spaces are no name
			return nil, fmt.Errorf("stories: document %d: %w", i, claims.ErrNoName)
		}
	}
	// Articles: documents with one ID are one article told twice.
	ids := make([]string, len(docs))
	if err := forEach(ctx, cfg.progress, "id", len(docs), func(i int) { ids[i] = ID(docs[i]) }); err != nil {
		return nil, err
	}
	type article struct {
		key  string // OrderKey
		docs []int
	}
	var arts []article
	byID := map[string]int{}
	for i, id := range ids {
		k, ok := byID[id]
		if !ok {
			k = len(arts)
			byID[id] = k
			arts = append(arts, article{})
		}
		arts[k].docs = append(arts[k].docs, i)
	}
	n := len(arts)

	// Terms of each article, counted over the feed.
	var v vocabulary
	termIDs := make([][]uint32, n)
	termCounts := make([][]int32, n)
	err := forEach(ctx, cfg.progress, "terms", n, func(i int) {
		d := docs[arts[i].docs[0]]
		arts[i].key = orderKey(d, ids[arts[i].docs[0]])
		terms := Terms(d, cfg.split...)
		termIDs[i] = v.add(terms)
		termCounts[i] = counts(terms)
	})
	if err != nil {
		return nil, err
	}
	profiles := make([]Profile, n)
	err = forEach(ctx, cfg.progress, "profile", n, func(i int) {
		terms := make([]Term, len(termIDs[i]))
		for j, t := range termIDs[i] {
			terms[j] = v.term(t)
			terms[j].Count = int(termCounts[i][j])
		}
		d := docs[arts[i].docs[0]]
		profiles[i] = NewProfile(ids[arts[i].docs[0]], d.Published, terms, n, cfg.params)
		termIDs[i], termCounts[i] = nil, nil
	})
	if err != nil {
		return nil, err
	}
	v = vocabulary{}

	// Pairs: articles sharing a key are checked once, under their first
	// shared key.
	byKey := map[string][]int32{}
	for i, p := range profiles {
		for _, k := range p.Keys {
			byKey[k] = append(byKey[k], int32(i))
		}
	}
	keys := make([]string, 0, len(byKey))
	for k, list := range byKey {
		if len(list) > 1 {
			keys = append(keys, k)
		}
	}
	var mu sync.Mutex
	var edges [][2]string
	err = forEach(ctx, cfg.progress, "group", len(keys), func(i int) {
		list := byKey[keys[i]]
		var local [][2]string
		for x, a := range list {
			for _, b := range list[x+1:] {
				pa, pb := profiles[a], profiles[b]
				if FirstSharedKey(pa, pb) == keys[i] && Linked(pa, pb, cfg.params) {
					local = append(local, [2]string{arts[a].key, arts[b].key})
				}
			}
		}
		if len(local) > 0 {
			mu.Lock()
			edges = append(edges, local...)
			mu.Unlock()
		}
	})
	if err != nil {
		return nil, err
	}
	nodes := make([]string, n)
	byKeyArt := make(map[string]int, n)
	for i, a := range arts {
		nodes[i] = a.key
		byKeyArt[a.key] = i
	}
	comps := Merge(nodes, edges)
	out := make([]Story, len(comps))
	for s, comp := range comps {
		var sd []claims.Document
		var keys []string
		for _, k := range comp {
			for _, d := range arts[byKeyArt[k]].docs {
				sd = append(sd, docs[d])
				keys = append(keys, k)
			}
		}
		out[s] = newStory(s+1, sd, keys)
	}
	return out, nil
}

// Compare groups docs into stories (see Find) and compares each story's
// articles alone (see Story.Compare), handing each result to yield in
// story order as soon as it and those before it are ready. Stories are
// compared on GOMAXPROCS goroutines, with at most a few per goroutine
// waiting to be handed over, so memory holds the documents and a bounded
// number of reports. yield runs on the calling goroutine; an error from it
// stops the work and is returned. The results do not depend on the order of
// docs nor on GOMAXPROCS.
func Compare(ctx context.Context, docs []claims.Document, yield func(Result) error, opts ...Option) error {
	cfg := newConfig(opts)
	found, err := find(ctx, docs, cfg)
	if err != nil {
		return err
	}
	return compareStories(ctx, found, yield, cfg)
}

// CompareStories is the second half of Compare: it compares stories that
// Find returned, handing each result to yield in their order. It lets a
// caller find the stories first, so that every error about the input comes
// before the first result. opts are those given to Find.
func CompareStories(ctx context.Context, found []Story, yield func(Result) error, opts ...Option) error {
	return compareStories(ctx, found, yield, newConfig(opts))
}

func compareStories(ctx context.Context, found []Story, yield func(Result) error, cfg config) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	type outcome struct {
		res Result
		err error
	}
	type job struct {
		story *Story
		out   chan outcome
	}
	jobs := make(chan job)
	pending := make(chan chan outcome, 4*workers) // in story order
	go func() {
		defer close(jobs)
		defer close(pending)
		for i := range found {
			out := make(chan outcome, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{&found[i], out}:
			case <-ctx.Done():
				out <- outcome{err: ctx.Err()}
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				r, err := j.story.Compare(ctx, cfg.claims...)
				j.out <- outcome{r, err}
			}
		})
	}
	defer wg.Wait()
	done := 0
	last := time.Now()
	for out := range pending {
		o := <-out
		if o.err == nil {
			o.err = yield(o.res)
		}
		if o.err != nil {
			cancel()
			for range pending {
			}
			return o.err
		}
		done++
		if cfg.progress != nil && (time.Since(last) >= 100*time.Millisecond || done == len(found)) {
			cfg.progress(claims.Progress{Stage: "stories", Done: done, Total: len(found)})
			last = time.Now()
		}
	}
	return ctx.Err()
}

// forEach runs fn(0..n-1) on all cores, stopping early when ctx is
// cancelled, and reports the stage's progress from the calling goroutine.
func forEach(ctx context.Context, progress func(claims.Progress), stage claims.Stage, n int, fn func(i int)) error {
	var report func(int)
	if progress != nil {
		report = func(done int) { progress(claims.Progress{Stage: stage, Done: done, Total: n}) }
	}
	return parallel.For(ctx, n, 64, report, fn)
}

// vocabulary numbers the terms of a feed and counts the articles using
// each, safely from many goroutines: terms are spread over shards by hash,
// each with its own lock.
type vocabulary struct {
	shards [64]vocabShard
}

type vocabShard struct {
	sync.Mutex
	ids   map[string]uint32
	terms []string
	df    []int
}

// add counts the terms of one article (each once) and returns their
// numbers.
func (v *vocabulary) add(terms []Term) []uint32 {
	out := make([]uint32, len(terms))
	var byShard [64][]int
	for i, t := range terms {
		s := shardOf(t.Text)
		byShard[s] = append(byShard[s], i)
	}
	for s := range byShard {
		if len(byShard[s]) == 0 {
			continue
		}
		sh := &v.shards[s]
		sh.Lock()
		if sh.ids == nil {
			sh.ids = make(map[string]uint32)
		}
		for _, i := range byShard[s] {
			id, ok := sh.ids[terms[i].Text]
			if !ok {
				id = uint32(len(sh.terms))
				sh.ids[terms[i].Text] = id
				sh.terms = append(sh.terms, terms[i].Text)
				sh.df = append(sh.df, 0)
			}
			sh.df[id]++
			out[i] = id<<6 | uint32(s)
		}
		sh.Unlock()
	}
	return out
}

// term returns the term numbered id with its document frequency. Call it
// only once every add is done.
func (v *vocabulary) term(id uint32) Term {
	sh := &v.shards[id&63]
	return Term{Text: sh.terms[id>>6], DF: sh.df[id>>6]}
}

func counts(terms []Term) []int32 {
	out := make([]int32, len(terms))
	for i, t := range terms {
		out[i] = int32(t.Count)
	}
	return out
}

func shardOf(s string) int {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return int(h & 63)
}
