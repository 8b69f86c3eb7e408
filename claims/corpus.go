package claims

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimdiff/claimdiff/similarity"
)

// Corpus is a comparison that grows: add documents in batches and ask for
// the report at any time. Adding a batch splits and prepares only the new
// documents' sentences (normalization, facts, n-grams: most of the work a
// document costs); that is never redone. Report then weighs words by their
// rarity over the whole corpus, finds the candidate pairs and scores them,
// all cheap steps that depend on the whole corpus, so the report is the same
// however the documents were batched or ordered.
// A Corpus is not safe for concurrent use.
type Corpus struct {
	cfg     config
	sources map[string]*Source // by name
	claims  []*claim           // in the order added
	vocab   similarity.Vocabulary
	furn    []Claim
}

// NewCorpus returns an empty corpus that compares with opts.
func NewCorpus(opts ...Option) *Corpus {
	cfg := newConfig(opts)
	return &Corpus{cfg: cfg, sources: map[string]*Source{}}
}

// Progress reports how far a long Add or Report has come: Done of Total
// units of the named Stage ("prepare" and "weigh": sentences, "score":
// candidate pairs, "compare": clusters).
type Progress struct {
	Stage       string
	Done, Total int
}

// Add splits docs into sentences and prepares them for comparison. Each
// document needs a non-empty name not yet in the corpus. On error,
// including cancellation of ctx, the corpus is left as it was.
func (c *Corpus) Add(ctx context.Context, docs ...Document) error {
	if err := validate(docs, c.cfg.maxBytes); err != nil {
		return err
	}
	for _, d := range docs {
		if c.sources[d.Name] != nil {
			return fmt.Errorf("claims: source %q: %w", d.Name, ErrDuplicateName)
		}
	}
	docs = slices.Clone(docs)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })

	// Split each document, then prepare the article sentences in parallel.
	var batch []*claim
	var furn []Claim
	sources := make([]*Source, len(docs))
	for i, d := range docs {
		sents := split(d, c.cfg)
		src := &Source{Name: d.Name, Sentences: len(sents), SharedWith: map[string]int{},
			Title: d.Title, URL: d.URL, Published: d.Published}
		for _, s := range sents {
			if s.Furniture {
				src.Furniture++
				furn = append(furn, s.claim())
				continue
			}
			batch = append(batch, &claim{Sentence: s})
		}
		src.Claims = src.Sentences - src.Furniture
		sources[i] = src
	}
	err := c.parallel(ctx, "prepare", len(batch), func(i int) {
		batch[i].text = similarity.Prepare(batch[i].Text)
	})
	if err != nil {
		return err
	}

	// Commit the batch: nothing below can fail.
	for _, cl := range batch {
		c.vocab.Add(cl.text)
	}
	c.claims = append(c.claims, batch...)
	c.furn = append(c.furn, furn...)
	for _, s := range sources {
		c.sources[s.Name] = s
	}
	return nil
}

// parallel runs fn(0..n-1) on GOMAXPROCS goroutines in chunks, stopping
// early when ctx is cancelled. Progress is reported from the calling
// goroutine, so a callback needs no locking.
func (c *Corpus) parallel(ctx context.Context, stage string, n int, fn func(i int)) error {
	const chunk = 256
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk) {
		wg.Go(func() {
			for ctx.Err() == nil {
				start := int(next.Add(chunk)) - chunk
				if start >= n {
					return
				}
				end := min(start+chunk, n)
				for i := start; i < end; i++ {
					fn(i)
				}
				done.Add(int64(end - start))
			}
		})
	}
	if c.cfg.progress == nil {
		wg.Wait()
		return ctx.Err()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	c.cfg.progress(Progress{stage, 0, n})
	for {
		select {
		case <-finished:
			c.cfg.progress(Progress{stage, int(done.Load()), n})
			return ctx.Err()
		case <-tick.C:
			c.cfg.progress(Progress{stage, int(done.Load()), n})
		}
	}
}

// Report scores and groups the claims added so far and returns the
// comparison. The result depends only on the documents added, not on their
// order or batches, nor on GOMAXPROCS. It returns ctx.Err() if ctx is done
// before it finishes.
func (c *Corpus) Report(ctx context.Context) (*Report, error) {
	err := c.parallel(ctx, "weigh", len(c.claims), func(i int) { c.vocab.Weigh(c.claims[i].text) })
	if err != nil {
		return nil, err
	}
	// Number claims canonically, by source name then position, so that ties
	// in grouping break the same way whatever the order of adding.
	canon := slices.Clone(c.claims)
	sort.Slice(canon, func(i, j int) bool {
		a, b := canon[i], canon[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Index < b.Index
	})
	texts := make([]*similarity.Text, len(canon))
	for i, cl := range canon {
		texts[i] = cl.text
	}
	var pairs [][2]int
	if c.cfg.allPairs {
		for b := range canon {
			for a := range b {
				pairs = append(pairs, [2]int{a, b})
			}
		}
	} else {
		pairs = similarity.Candidates(texts, similarity.CandidateOptions{KeyWords: c.cfg.keyWords})
	}
	// Pairs far below the threshold cannot lift an average over it and are
	// not kept, so a scorer that can skip work for them is told where the
	// floor is.
	floor := c.cfg.threshold / 2
	score := c.cfg.scorer.Score
	if s, ok := c.cfg.scorer.(atLeastScorer); ok {
		score = func(a, b *similarity.Text) float64 { return s.ScoreAtLeast(a, b, floor) }
	}
	scores := make([]float64, len(pairs))
	err = c.parallel(ctx, "score", len(pairs), func(i int) {
		scores[i] = score(texts[pairs[i][0]], texts[pairs[i][1]])
	})
	if err != nil {
		return nil, err
	}

	var edges []edge
	for i, p := range pairs {
		if scores[i] >= floor && scores[i] > 0 {
			edges = append(edges, edge{p[0], p[1], scores[i]})
		}
	}

	r := &Report{Sources: []Source{}, Clusters: []Cluster{}, Unique: []Claim{}, Furniture: append([]Claim{}, c.furn...)}
	names := make([]string, 0, len(c.sources))
	for name := range c.sources {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s := *c.sources[name]
		s.Shared, s.Unique, s.SharedWith = 0, 0, map[string]int{}
		r.Sources = append(r.Sources, s)
	}
	sort.Slice(r.Furniture, func(i, j int) bool { return claimLess(r.Furniture[i], r.Furniture[j]) })

	var multi [][]int
	for _, g := range group(len(canon), edges, c.cfg.threshold) {
		if len(g) == 1 {
			r.Unique = append(r.Unique, canon[g[0]].claim())
			continue
		}
		multi = append(multi, g)
	}
	// Clusters are compared independently, so on all cores.
	r.Clusters = make([]Cluster, len(multi))
	err = c.parallel(ctx, "compare", len(multi), func(i int) { r.Clusters[i] = newCluster(canon, multi[i]) })
	if err != nil {
		return nil, err
	}
	sortClusters(r.Clusters)
	countCoverage(r)
	return r, nil
}

// atLeastScorer is a scorer that can skip work for pairs scoring below a
// floor: ScoreAtLeast returns the score exactly when it is at least
// atLeast, and some value below atLeast otherwise (similarity.Logistic and
// similarity.Anchored do).
type atLeastScorer interface {
	ScoreAtLeast(a, b *similarity.Text, atLeast float64) float64
}

func claimLess(a, b Claim) bool {
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c < 0
	}
	return a.Sentence < b.Sentence
}
