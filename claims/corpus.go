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

	"github.com/claimdiff/claimdiff/normalize"
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
	furn    []Sentence
}

// NewCorpus returns an empty corpus that compares with opts.
func NewCorpus(opts ...Option) *Corpus {
	cfg := newConfig(opts)
	return &Corpus{cfg: cfg, sources: map[string]*Source{}}
}

// Progress reports how far a long Add or Report has come: Done of Total
// units of Stage.
type Progress struct {
	Stage       Stage
	Done, Total int
}

// Stage names a step of a comparison that reports Progress.
type Stage string

// Stages, in the order they run.
const (
	StagePrepare Stage = "prepare" // Add: sentences normalized and their facts read
	StageWeigh   Stage = "weigh"   // Report: sentences weighed against the corpus
	StageScore   Stage = "score"   // Report: candidate pairs scored
	StageCompare Stage = "compare" // Report: clusters' facts compared
)

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
	var furn []Sentence
	sources := make([]*Source, len(docs))
	for i, d := range docs {
		sents := split(d, c.cfg)
		src := &Source{Name: d.Name, Sentences: len(sents), SharedWith: map[string]int{},
			Title: d.Title, URL: d.URL, Published: d.Published}
		for _, s := range sents {
			if s.Furniture {
				src.Furniture++
				furn = append(furn, s)
				continue
			}
			batch = append(batch, &claim{Sentence: s})
		}
		src.Claims = src.Sentences - src.Furniture
		sources[i] = src
	}
	err := c.parallel(ctx, StagePrepare, len(batch), func(i int) {
		batch[i].text = similarity.PrepareWith(c.cfg.extractor, batch[i].Text)
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
func (c *Corpus) parallel(ctx context.Context, stage Stage, n int, fn func(i int)) error {
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
	canon, edges, err := c.score(ctx)
	if err != nil {
		return nil, err
	}
	r := &Report{Sources: []Source{}, Clusters: []Cluster{}, Unique: []Claim{}, Furniture: append([]Sentence{}, c.furn...)}
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
	sort.Slice(r.Furniture, func(i, j int) bool { return claimLess(r.Furniture[i].claim(), r.Furniture[j].claim()) })

	var multi [][]int
	for _, g := range group(nodes(canon), edges, c.cfg.threshold) {
		if len(g) == 1 {
			r.Unique = append(r.Unique, canon[g[0]].claim())
			continue
		}
		multi = append(multi, g)
	}
	// Clusters are compared independently, so on all cores.
	r.Clusters = make([]Cluster, len(multi))
	err = c.parallel(ctx, StageCompare, len(multi), func(i int) { r.Clusters[i] = newCluster(canon, multi[i]) })
	if err != nil {
		return nil, err
	}
	sortClusters(r.Clusters)
	countCoverage(r)
	return r, nil
}

// score weighs the claims against the corpus and scores the candidate
// pairs. It returns the claims in canonical order (by source name, then
// position, so that the report does not depend on the order of adding) and
// the pairs scoring at or above the threshold, indexed into it.
func (c *Corpus) score(ctx context.Context) ([]*claim, []edge, error) {
	err := c.parallel(ctx, StageWeigh, len(c.claims), func(i int) { c.vocab.Weigh(c.claims[i].text) })
	if err != nil {
		return nil, nil, err
	}
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
	// Only pairs at or above the threshold can be grouped or be a better
	// partner than a grouped pair, so a scorer that can skip work for the
	// others is told where the threshold is.
	score := c.cfg.scorer.Score
	if s, ok := c.cfg.scorer.(atLeastScorer); ok {
		score = func(a, b *similarity.Text) float64 { return s.ScoreAtLeast(a, b, c.cfg.threshold) }
	}
	scores := make([]float64, len(pairs))
	err = c.parallel(ctx, StageScore, len(pairs), func(i int) {
		scores[i] = score(texts[pairs[i][0]], texts[pairs[i][1]])
	})
	if err != nil {
		return nil, nil, err
	}
	var edges []edge
	for i, p := range pairs {
		if scores[i] >= c.cfg.threshold && scores[i] > 0 {
			edges = append(edges, edge{p[0], p[1], scores[i]})
		}
	}
	return canon, edges, nil
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

// nodes returns what grouping needs of each claim of all (in canonical
// order: by source, then position): its source, numbered, and for a
// headline the lede it introduces.
func nodes(all []*claim) []node {
	out := make([]node, len(all))
	src := -1
	for i, cl := range all {
		if i == 0 || cl.Source != all[i-1].Source {
			src++
			// The first claim of a source may be its headline, and the
			// next its lede: one claim stated twice, when they share a
			// word of content.
			if i+1 < len(all) && all[i+1].Source == cl.Source && headline(cl.Text) && sharesContent(cl.text, all[i+1].text) {
				out[i].lede = i + 1
			} else {
				out[i].lede = -1
			}
		} else {
			out[i].lede = -1
		}
		out[i].source = src
	}
	return out
}

// headline reports whether a sentence reads as a headline: a line with no
// closing punctuation.
func headline(s string) bool {
	t := strings.TrimRight(s, " \"'”’)")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:;")
}

// sharesContent reports whether a and b share a content word, once stemmed.
func sharesContent(a, b *similarity.Text) bool {
	for _, x := range a.Words {
		sx := normalize.Stem(x)
		for _, y := range b.Words {
			if sx == normalize.Stem(y) {
				return true
			}
		}
	}
	return false
}
