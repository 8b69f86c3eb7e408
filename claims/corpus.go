package claims

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/internal/clause"
	"github.com/claimdiff/claimdiff/internal/parallel"
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
	views   []*view // of the claims' sentences, where not one claim
	furn    []Sentence
	frags   []Sentence
	origins map[factsOrigin]int // numbers the origins of the claims' facts (see claim.origin)
	texts   map[textOrigin]int  // numbers the texts of claims and views (see claim.textID)
}

// NewCorpus returns an empty corpus that compares with opts.
func NewCorpus(opts ...Option) *Corpus {
	cfg := newConfig(opts)
	return &Corpus{cfg: cfg, sources: map[string]*Source{}, origins: map[factsOrigin]int{}, texts: map[textOrigin]int{}}
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
// document needs a name (not empty nor only spaces) not yet in the corpus. On error,
// including cancellation of ctx, the corpus is left as it was.
func (c *Corpus) Add(ctx context.Context, docs ...Document) error {
	if c.cfg.err != nil {
		return c.cfg.err
	}
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

	// Split each document into sentences and each article sentence into
	// claim units, then prepare the claims in parallel, and the whole of
	// each sentence whose units are not the whole of it (its view).
	// Outlets repeat one another's sentences word for word: a text is
	// prepared once per day of publication (see factsOrigin), and each
	// claim or view that states it gets a copy.
	type unit struct {
		s     Sentence
		u     normalize.Span
		view  *view
		day   publicationDay
		prep  int // index in preps
		quote bool
	}
	type preparation struct {
		textOrigin
		x *normalize.Extractor // reads relative dates against the document's day
	}
	var units []unit
	var views []*view
	var viewPreps []int // of each view
	var preps []preparation
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	// The index in preps of each text: news has about one text to
	// prepare (a claim or a view) per 70 bytes.
	first := make(map[textOrigin]int, size/64)
	prepare := func(text string, x *normalize.Extractor, day publicationDay) int {
		k, ok := first[textOrigin{text, day}]
		if !ok {
			k = len(preps)
			first[textOrigin{text, day}] = k
			preps = append(preps, preparation{textOrigin{text, day}, x})
		}
		return k
	}
	// Each document's sentences and their claim units, on all cores.
	docSents := make([][]Sentence, len(docs))
	docUnits := make([][][]clause.Unit, len(docs)) // of each sentence; none for furniture
	err := parallel.For(ctx, len(docs), 4, nil, func(i int) {
		var paragraph []int
		docSents[i], paragraph = splitParagraphs(docs[i], c.cfg)
		docUnits[i] = make([][]clause.Unit, len(docSents[i]))
		open := false // a quotation of several sentences goes on
		for k, s := range docSents[i] {
			if k > 0 && paragraph[k] != paragraph[k-1] {
				open = false // a paragraph opens its own marks
			}
			if s.Furniture {
				open = false
				continue
			}
			docUnits[i][k], open = clause.SplitQuoting(s.Text, open)
		}
	})
	if err != nil {
		return err
	}
	nUnits := 0 // to size units once: a unit is some 150 bytes
	for _, us := range docUnits {
		for _, u := range us {
			nUnits += len(u)
		}
	}
	units = make([]unit, 0, nUnits)
	var furn, frags []Sentence
	sources := make([]*Source, len(docs))
	for i, d := range docs {
		x, day := c.cfg.extractor, dayOf(d.Published)
		if !d.Published.IsZero() {
			x = x.At(d.Published) // "yesterday" is a date of its own
		}
		sents := docSents[i]
		src := &Source{Name: d.Name, Sentences: len(sents), SharedWith: map[string]int{},
			Title: d.Title, URL: d.URL, Published: d.Published}
		for k, s := range sents {
			if s.Furniture {
				src.Furniture++
				furn = append(furn, s)
				continue
			}
			us := docUnits[i][k]
			if len(us) == 0 {
				src.Fragments++
				frags = append(frags, s)
			}
			var v *view
			if len(us) > 1 || len(us) == 1 && (us[0].Start != 0 || us[0].End != len(s.Text)) {
				v = &view{sentence: s}
				views = append(views, v)
				viewPreps = append(viewPreps, prepare(s.Text, x, day))
			}
			for _, u := range us {
				span := normalize.Span{Start: u.Start, End: u.End}
				units = append(units, unit{s, span, v, day, prepare(s.Text[u.Start:u.End], x, day), u.Quote})
				src.Claims++
			}
		}
		sources[i] = src
	}
	prepared := make([]*similarity.Text, len(preps))
	err = c.parallel(ctx, StagePrepare, len(preps), func(i int) {
		prepared[i] = similarity.PrepareWith(preps[i].x, preps[i].text)
	})
	if err != nil {
		return err
	}
	// The first to state a text takes it, the others a copy, since
	// weighing sets fields of each text (Vocabulary.Weigh).
	taken := make([]bool, len(prepared))
	copyOf := func(k int) *similarity.Text {
		if !taken[k] {
			taken[k] = true
			return prepared[k]
		}
		t := *prepared[k]
		return &t
	}
	batch := make([]*claim, len(units))
	for i, u := range units {
		batch[i] = newClaim(u.s, u.u, copyOf(u.prep))
		batch[i].view = u.view
		batch[i].quote = u.quote
		batch[i].passages = passages(batch[i])
	}
	for i, v := range views {
		v.text = copyOf(viewPreps[i])
	}
	// The claims of a sentence with a view state the facts of the sentence
	// around them; they are consecutive in batch.
	for i := 0; i < len(batch); {
		j := i + 1
		for j < len(batch) && batch[j].view == batch[i].view {
			j++
		}
		if v := batch[i].view; v != nil {
			setFacts(v, batch[i:j])
		}
		i = j
	}

	// Commit the batch: nothing below can fail.
	if len(c.texts) == 0 { // the first batch: most often the only one, sized once
		c.texts, c.origins = make(map[textOrigin]int, len(preps)), make(map[factsOrigin]int, len(batch))
	}
	textIDs := make([]int, len(preps))
	for k, p := range preps {
		id, ok := c.texts[p.textOrigin]
		if !ok {
			id = len(c.texts)
			c.texts[p.textOrigin] = id
		}
		textIDs[k] = id
	}
	for i, v := range views {
		v.textID = textIDs[viewPreps[i]]
	}
	for i, cl := range batch {
		cl.textID = textIDs[units[i].prep]
		c.vocab.Add(cl.text)
		o := factsOrigin{cl.Text, cl.unit, units[i].day}
		id, ok := c.origins[o]
		if !ok {
			id = len(c.origins)
			c.origins[o] = id
		}
		cl.origin = id
	}
	c.claims = append(c.claims, batch...)
	c.views = append(c.views, views...)
	c.furn = append(c.furn, furn...)
	c.frags = append(c.frags, frags...)
	for _, s := range sources {
		c.sources[s.Name] = s
	}
	return nil
}

// parallel runs fn(0..n-1) on all cores in chunks, stopping early when ctx
// is cancelled, and reports the stage's progress from the calling
// goroutine, so a callback needs no locking.
func (c *Corpus) parallel(ctx context.Context, stage Stage, n int, fn func(i int)) error {
	return c.parallelPart(ctx, stage, 0, n, n, fn)
}

// parallelPart is parallel for the part of a stage of total units that
// starts at unit from and is n units long.
func (c *Corpus) parallelPart(ctx context.Context, stage Stage, from, total, n int, fn func(i int)) error {
	var progress func(int)
	if c.cfg.progress != nil {
		progress = func(done int) { c.cfg.progress(Progress{stage, from + done, total}) }
	}
	return parallel.For(ctx, n, 256, progress, fn)
}

// Report scores and groups the claims added so far and returns the
// comparison. The result depends only on the documents added, not on their
// order or batches, nor on GOMAXPROCS. It returns ctx.Err() if ctx is done
// before it finishes.
func (c *Corpus) Report(ctx context.Context) (*Report, error) {
	if c.cfg.err != nil {
		return nil, c.cfg.err
	}
	canon, ns, edges, err := c.score(ctx)
	if err != nil {
		return nil, err
	}
	r := &Report{Sources: []Source{}, Clusters: []Cluster{}, Unique: []Claim{},
		Furniture: append([]Sentence{}, c.furn...), Fragments: append([]Sentence{}, c.frags...)}
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
	for _, ss := range [][]Sentence{r.Furniture, r.Fragments} {
		sort.Slice(ss, func(i, j int) bool { return claimLess(ss[i].claim(), ss[j].claim()) })
	}

	var multi [][]int
	groups := group(ns, edges, c.cfg.threshold, testsOf(canon))
	sourceOf := make(map[string]int, len(r.Sources))
	for i, s := range r.Sources {
		sourceOf[s.Name] = i
	}
	for _, g := range groups {
		if len(g) > 1 {
			multi = append(multi, g)
			continue
		}
		if nestedAt(canon, g[0]) {
			// A unit nested in its clause (an aside, a clause in -ing)
			// is said by its clause, in the clause's group or alone: it
			// is a claim apart only where it joins a group its clause
			// does not.
			r.Sources[sourceOf[canon[g[0]].Source]].Claims--
			continue
		}
		r.Unique = append(r.Unique, canon[g[0]].claim())
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
// position, so that the report does not depend on the order of adding),
// what grouping knows of each (see nodes), and the pairs that can change
// the grouping, indexed into it.
func (c *Corpus) score(ctx context.Context) ([]*claim, []node, []edge, error) {
	err := c.parallel(ctx, StageWeigh, len(c.claims)+len(c.views), func(i int) {
		if i < len(c.claims) {
			c.vocab.Weigh(c.claims[i].text)
		} else {
			c.vocab.Weigh(c.views[i-len(c.claims)].text)
		}
	})
	if err != nil {
		return nil, nil, nil, err
	}
	canon := slices.Clone(c.claims)
	sort.Slice(canon, func(i, j int) bool {
		a, b := canon[i], canon[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Index != b.Index {
			return a.Index < b.Index
		}
		if a.unit.Start != b.unit.Start {
			return a.unit.Start < b.unit.Start
		}
		return a.unit.End > b.unit.End // a unit before the aside nested in it
	})
	texts := make([]*similarity.Text, len(canon))
	for i, cl := range canon {
		texts[i] = cl.text
	}
	// The sentences of the claims, each a run of canon; those whose claims
	// are not the whole of them have a view, the whole sentence prepared.
	var sents []sentenceClaims
	sentOf := make([]int, len(canon))
	for i, cl := range canon {
		if i == 0 || cl.Source != canon[i-1].Source || cl.Index != canon[i-1].Index {
			sents = append(sents, sentenceClaims{first: i, view: cl.view})
		}
		sents[len(sents)-1].end = i + 1
		sentOf[i] = len(sents) - 1
	}
	var pairs [][2]int
	// The sentences to compare whole, at least one with a view, packed
	// as x<<32 | y with x < y; noted again and again, made unique below.
	var sentPairs []uint64
	notePair := func(a, b int) { // sentences a and b
		if a != b && (sents[a].view != nil || sents[b].view != nil) {
			sentPairs = append(sentPairs, uint64(min(a, b))<<32|uint64(max(a, b)))
		}
	}
	if c.cfg.pairs == allPairs || c.cfg.pairs == autoPairs && len(canon) <= allPairsLimit {
		for b := range canon {
			for a := range b {
				// A pair that shares no word nor anchor is neither the same
				// claim nor aligned; the whole sentences are compared below
				// if another pair of their claims shares one.
				if mayMatch(texts[a], texts[b]) {
					pairs = append(pairs, [2]int{a, b})
				}
			}
		}
		// Two sentences may share words only outside their claims ("the
		// sheriff's office said"): Match compares them whole, so do we.
		for y := range sents {
			for x := range y {
				if (sents[x].view != nil || sents[y].view != nil) && mayMatch(sents[x].whole(canon), sents[y].whole(canon)) {
					notePair(x, y)
				}
			}
		}
	} else {
		// The views are indexed with the claims, so that two sentences
		// alike as wholes are candidates though no two of their claims are.
		all := slices.Clone(texts)
		var viewSent []int
		for k, st := range sents {
			if st.view != nil {
				all = append(all, st.view.text)
				viewSent = append(viewSent, k)
			}
		}
		sentOfText := func(i int) int {
			if i < len(canon) {
				return sentOf[i]
			}
			return viewSent[i-len(canon)]
		}
		cands := similarity.Candidates(all, similarity.CandidateOptions{KeyWords: c.cfg.keyWords})
		pairs = make([][2]int, 0, len(cands))
		sentPairs = make([]uint64, 0, len(cands))
		for _, p := range cands {
			if p[0] < len(canon) && p[1] < len(canon) {
				pairs = append(pairs, p)
			}
			notePair(sentOfText(p[0]), sentOfText(p[1]))
		}
	}
	// A claim and the aside nested in it are one sentence, not a claim
	// its source repeats: they are never grouped together.
	pairs = slices.DeleteFunc(pairs, func(p [2]int) bool {
		a, b := canon[p[0]], canon[p[1]]
		return sameSentence(a, b) && (holds(a.unit, b.unit) || holds(b.unit, a.unit))
	})
	for _, p := range pairs {
		notePair(sentOf[p[0]], sentOf[p[1]])
	}
	// The pairs of sentences compared whole, in a fixed order.
	slices.Sort(sentPairs)
	sentPairs = slices.Compact(sentPairs)
	sentList := make([][2]int, len(sentPairs))
	for i, p := range sentPairs {
		sentList[i] = [2]int{int(p >> 32), int(p & (1<<32 - 1))}
	}
	// The sentences first: their edges are among those a pair's score
	// must be weighed against (see scoreFloors).
	total := len(sentList) + len(pairs)
	copies := make([]int32, len(c.texts)) // of each text among the claims and views
	for _, cl := range canon {
		copies[cl.textID]++
	}
	for _, v := range c.views {
		copies[v.textID]++
	}
	wholeScores, err := c.scoreOnce(ctx, 0, total, len(sentList), func(i int) (scoreKey, bool) {
		a, b := sents[sentList[i][0]].wholeID(canon), sents[sentList[i][1]].wholeID(canon)
		return scoreKey{a, b, c.cfg.threshold}, copies[a] > 1 || copies[b] > 1
	}, func(i int) float64 {
		return c.scoreAtLeast(sents[sentList[i][0]].whole(canon), sents[sentList[i][1]].whole(canon), c.cfg.threshold)
	})
	if err != nil {
		return nil, nil, nil, err
	}
	var alike [][2]int // the sentences that score at the threshold as wholes
	var alikeScores []float64
	for i, s := range wholeScores {
		if s >= c.cfg.threshold && s > 0 {
			alike, alikeScores = append(alike, sentList[i]), append(alikeScores, s)
		}
	}
	whole := make([]edge, len(alike))
	err = parallel.For(ctx, len(alike), 64, nil, func(i int) {
		whole[i] = c.sharedClaim(canon, sents[alike[i][0]], sents[alike[i][1]], alikeScores[i])
	})
	if err != nil {
		return nil, nil, nil, err
	}
	// Each pair is scored only as far as its score can change the grouping
	// (see scoreFloors); a scorer that can skip work below that is told.
	looks := make([]edge, len(pairs))
	err = parallel.For(ctx, len(pairs), 1024, nil, func(i int) {
		a, b := pairs[i][0], pairs[i][1]
		looks[i] = edge{a: a, b: b, quoted: sharesQuote(canon[a], canon[b])}
		if mayAlign(canon[a], canon[b]) {
			looks[i].cosine, looks[i].rare = similarity.Cosine(texts[a], texts[b]), similarity.SharedRare(texts[a], texts[b], rareClaims)
			looks[i].content = similarity.SharedContent(texts[a], texts[b])
		}
	})
	if err != nil {
		return nil, nil, nil, err
	}
	ns := nodes(canon)
	floors := scoreFloors(ns, looks, whole, c.cfg.threshold)
	scores, err := c.scoreOnce(ctx, len(sentList), total, len(pairs), func(i int) (scoreKey, bool) {
		a, b := canon[pairs[i][0]].textID, canon[pairs[i][1]].textID
		return scoreKey{a, b, floors[i]}, copies[a] > 1 || copies[b] > 1
	}, func(i int) float64 {
		return c.scoreAtLeast(texts[pairs[i][0]], texts[pairs[i][1]], floors[i])
	})
	if err != nil {
		return nil, nil, nil, err
	}
	kept := 0
	for i := range pairs {
		if scores[i] >= floors[i] && scores[i] > 0 {
			kept++
		}
	}
	edges := make([]edge, 0, kept+len(whole))
	for i := range pairs {
		if scores[i] >= floors[i] && scores[i] > 0 {
			e := looks[i]
			e.score = scores[i]
			edges = append(edges, e)
		}
	}
	err = parallel.For(ctx, len(edges), 256, nil, func(i int) {
		if e := &edges[i]; e.score >= c.cfg.threshold {
			e.lift = float32(c.lift(texts[e.a], texts[e.b], e.score))
			e.restated = restated(canon[e.a], canon[e.b], e.score, texts[e.a], texts[e.b])
		}
	})
	if err != nil {
		return nil, nil, nil, err
	}
	slices.SortFunc(whole, func(x, y edge) int { return cmp.Or(x.a-y.a, x.b-y.b) })
	return canon, ns, append(edges, whole...), nil
}

// nestedAt reports whether claim i of canon is nested in another claim of
// its sentence, which comes before it in canon.
func nestedAt(canon []*claim, i int) bool {
	for j := i - 1; j >= 0 && sameSentence(canon[j], canon[i]); j-- {
		if holds(canon[j].unit, canon[i].unit) {
			return true
		}
	}
	return false
}

// sentenceClaims are the claims of one sentence, canon[first:end], and its
// view (nil when its one claim is the whole of it).
type sentenceClaims struct {
	first, end int
	view       *view
}

// wholeID returns the number of the sentence's text prepared whole (see
// whole and claim.textID).
func (st sentenceClaims) wholeID(canon []*claim) int {
	if st.view != nil {
		return st.view.textID
	}
	return canon[st.first].textID
}

// whole returns the sentence prepared whole: its view, or its one claim.
func (st sentenceClaims) whole(canon []*claim) *similarity.Text {
	if st.view != nil {
		return st.view.text
	}
	return canon[st.first].text
}

// sharedClaim returns the edge between the best-scoring pair of claims of
// sentences x and y, which score s at or above the threshold compared
// whole, as Match compares them: the claim the two sentences share, at the
// sentences' score. Without it, a sentence that states a claim and a
// clause more ("Fifteen of the 19 victims were teenagers, but police said
// ...") could match another as a whole and in none of its parts.
func (c *Corpus) sharedClaim(canon []*claim, x, y sentenceClaims, s float64) edge {
	best, bs := edge{}, -1.0
	for a := x.first; a < x.end; a++ {
		for b := y.first; b < y.end; b++ {
			if u := c.cfg.scorer.Score(canon[a].text, canon[b].text); u > bs {
				best, bs = edge{a: min(a, b), b: max(a, b), score: s}, u
			}
		}
	}
	a, b := canon[best.a], canon[best.b]
	if mayAlign(a, b) {
		best.cosine, best.rare = similarity.Cosine(a.text, b.text), similarity.SharedRare(a.text, b.text, rareClaims)
		best.content = similarity.SharedContent(a.text, b.text)
	}
	best.quoted = sharesQuote(a, b)
	best.lift = float32(c.lift(x.whole(canon), y.whole(canon), s))
	best.restated = restated(a, b, s, x.whole(canon), y.whole(canon))
	return best
}

// restated reports whether claims a and b, of one source, scoring s at the
// threshold but under repeatScore, state one claim all the same: one of
// texts ta and tb (theirs, or their sentences') states the other whole with
// more detail (similarity.Contains: "both sides expressed a commitment to
// engagement", "with both sides expressing a commitment to engagement").
func restated(a, b *claim, s float64, ta, tb *similarity.Text) bool {
	return a.Source == b.Source && s < repeatScore && similarity.Contains(ta, tb)
}

// lift returns how much of score, the score of a and b, a lift of the
// scorer adds to their words' score (similarity.Anchored.Lift: a figure,
// a phrase they share), or 0.
func (c *Corpus) lift(a, b *similarity.Text, score float64) float64 {
	s, ok := c.cfg.scorer.(interface {
		Lift(a, b *similarity.Text, score float64) float64
	})
	if !ok {
		return 0
	}
	return s.Lift(a, b, score)
}

// scoreAtLeast scores a and b exactly when they score at least floor, and
// returns some lower value otherwise (see atLeastScorer).
func (c *Corpus) scoreAtLeast(a, b *similarity.Text, floor float64) float64 {
	if s, ok := c.cfg.scorer.(atLeastScorer); ok {
		return s.ScoreAtLeast(a, b, floor)
	}
	return c.cfg.scorer.Score(a, b)
}

// scoreKey names a pair of texts (see claim.textID) scored at a floor.
type scoreKey struct {
	a, b  int
	floor float64
}

// scoreOnce returns score(i) for each of n pairs, calling it once for each
// key(i) that is ok: copies of one text score alike, and outlets repeat
// one another's sentences. Pairs without a key are scored each. It reports
// the progress of StageScore as units from to from+n of total.
func (c *Corpus) scoreOnce(ctx context.Context, from, total, n int, key func(i int) (scoreKey, bool), score func(i int) float64) ([]float64, error) {
	keyed := 0
	for i := range n {
		if _, ok := key(i); ok {
			keyed++
		}
	}
	first := make(map[scoreKey]int, keyed) // the job of each key: sized once, as it grows large
	jobs := make([]int, 0, n)              // the pairs scored
	of := make([]int, n)                   // the job of each pair
	for i := range n {
		k, ok := key(i)
		if ok {
			if j, seen := first[k]; seen {
				of[i] = j
				continue
			}
			first[k] = len(jobs)
		}
		of[i] = len(jobs)
		jobs = append(jobs, i)
	}
	scores := make([]float64, len(jobs))
	err := c.parallelPart(ctx, StageScore, from, total, len(jobs), func(j int) { scores[j] = score(jobs[j]) })
	if err != nil {
		return nil, err
	}
	if c.cfg.progress != nil && len(jobs) < n {
		c.cfg.progress(Progress{StageScore, from + n, total})
	}
	out := make([]float64, n)
	for i, j := range of {
		out[i] = scores[j]
	}
	return out, nil
}

// view is the whole of a sentence whose claim units are not: its text
// prepared as one, for comparing sentences as Match does.
type view struct {
	sentence Sentence
	text     *similarity.Text
	textID   int // numbers text in the corpus (see claim.textID)
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
// order: by source, then position): its source, numbered, its sentence,
// numbered among the source's sentences that state claims, and for a
// headline the lede it introduces.
func nodes(all []*claim) []node {
	out := make([]node, len(all))
	src, sentence := -1, 0
	for i, cl := range all {
		if i > 0 && cl.Source == all[i-1].Source && cl.Index != all[i-1].Index {
			sentence++
		}
		if i == 0 || cl.Source != all[i-1].Source {
			src, sentence = src+1, 0
		}
		out[i].lede = -1
		if sentence == 0 && headline(cl.Sentence.Text) {
			// The first sentence of a source may be its headline, and the
			// first claim of the next its lede: one claim stated twice.
			lede := i + 1
			for lede < len(all) && all[lede].Source == cl.Source && all[lede].Index == cl.Index {
				lede++
			}
			if lede < len(all) && all[lede].Source == cl.Source && introduces(cl, all[lede]) {
				out[i].lede, out[i].part = lede, cl.view != nil
			}
		}
		out[i].source, out[i].sentence = src, sentence
	}
	return out
}

// introduces reports whether headline h states what lede states: a
// headline of one claim when they share a word of content
// (similarity.SharesWord, a stem: two dates or two times are no shared
// word); a part of a headline of several ("two dead, 1,800 evacuated")
// when it shares a word or the figure of a number with the lede's
// sentence.
func introduces(h, lede *claim) bool {
	if h.view == nil {
		return similarity.SharesWord(h.text, lede.text)
	}
	sentence, facts := lede.text, lede.facts
	if lede.view != nil {
		sentence, facts = lede.view.text, lede.view.text.Facts
	}
	return similarity.SharesWord(h.text, sentence) || sharesFigure(&h.facts, &facts)
}

// sharesFigure reports whether a and b share a word written with a digit
// ("1,800") in a number or a quantity: the figures of a date or a clock
// time ("9 a.m.") are no count.
func sharesFigure(a, b *normalize.Facts) bool {
	figures := func(f *normalize.Facts) []string {
		var out []string
		for _, x := range f.All {
			if x == nil || x.Kind() != normalize.KindNumber && x.Kind() != normalize.KindUnit {
				continue
			}
			s := x.Bounds()
			if s.Start < 0 || s.End > len(f.Text) || s.Start > s.End {
				continue
			}
			t := f.Text[s.Start:s.End]
			for w := range normalize.Words(t) {
				if t := t[w.Start:w.End]; strings.ContainsAny(t, "0123456789") {
					out = append(out, t)
				}
			}
		}
		return out
	}
	fb := figures(b)
	return slices.ContainsFunc(figures(a), func(f string) bool { return slices.Contains(fb, f) })
}

// sameSentence reports whether a and b are claims of one sentence.
func sameSentence(a, b *claim) bool {
	return a.Source == b.Source && a.Index == b.Index
}

// headline reports whether a sentence reads as a headline: a line with no
// closing punctuation.
func headline(s string) bool {
	t := strings.TrimRight(s, " \"'”’)")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:;")
}

// mayAlign reports whether a and b may be aligned by the rare words they
// share (see keptEdges): not when one is a short quoted passage ("a war we
// have to win", fewer than fragmentWords content words) that the other
// does not quote whole. Its few words are as likely to come up in another
// claim of the story as to tell its own.
func mayAlign(a, b *claim) bool {
	return !fragmentApart(a, b) && !fragmentApart(b, a)
}

// fragmentApart reports whether a is a short quoted passage that b does
// not hold whole, in comparison form, nor quotes a part of (sharesQuote).
func fragmentApart(a, b *claim) bool {
	if !a.quote || len(a.text.Words) >= fragmentWords {
		return false
	}
	quoted := wordsOf(a.text.Masked)
	if len(quoted) > 0 && containsRun(wordsOf(b.text.Masked), quoted) {
		return false
	}
	return !sharesQuote(a, b)
}

// sharesQuote reports whether a and b quote one passage: a quoted passage
// of one, of sharedQuoteWords words or more, lies whole in one of the
// other ("We let our patients down" and `said the hospital had "let our
// patients down"`). The same words of the same speaker are the surest
// sign of one claim, however differently the two sentences go on. A stock
// phrase that names something ("a historic day": see clause.IsLabel) is
// one passage only when the other quotes it in a statement ("a very
// serious problem in this case is ..."): quoted as a name by both, two
// speakers may have used it of two things.
func sharesQuote(a, b *claim) bool {
	for _, p := range a.passages {
		for _, q := range b.passages {
			if p.label && q.label {
				continue // "a historic day" of two things
			}
			if holdsPassage(p.words, q.words) || holdsPassage(q.words, p.words) {
				return true
			}
		}
	}
	return false
}

// sharedQuoteWords is the fewest words a quoted passage must have, found
// whole in another's, for the two to quote one passage.
const sharedQuoteWords = 3

// passage is a quoted passage of a claim: its folded words, and whether it
// names something rather than states it (clause.IsLabel).
type passage struct {
	words []string
	label bool
}

// passages returns cl's quoted passages: the whole of it when it is a
// quoted passage, else those in its unit (clause.Quoted); nil when it
// quotes nothing.
func passages(cl *claim) []passage {
	s := cl.Text[cl.unit.Start:cl.unit.End]
	if cl.quote {
		return []passage{{words: foldedWords(s), label: clause.IsLabel(s)}}
	}
	if !strings.ContainsAny(s, "\"“”") {
		return nil // most claims: no quotation mark to pair
	}
	var out []passage
	for _, q := range clause.Quoted(cl.Text) {
		if cl.unit.Start <= q.Start && q.End <= cl.unit.End {
			t := cl.Text[q.Start:q.End]
			out = append(out, passage{words: foldedWords(t), label: clause.IsLabel(t)})
		}
	}
	return out
}

// foldedWords returns the words of s, folded (normalize.Fold).
func foldedWords(s string) []string {
	var out []string
	for w := range normalize.Words(s) {
		out = append(out, normalize.Fold(s[w.Start:w.End]))
	}
	return out
}

// wordsOf returns the words of s, as normalize.Words splits them (an
// apostrophe, straight or curly, parts two words alike).
func wordsOf(s string) []string {
	var out []string
	for w := range normalize.Words(s) {
		out = append(out, s[w.Start:w.End])
	}
	return out
}

// holdsPassage reports whether quoted words p hold passage q: whole, word
// for word, when q has sharedQuoteWords words or more, or, when it has
// nearPassageWords to maxNearWords, but for one word in each
// nearPassageWords added, dropped or changed ("an honor and privilege to
// serve" and "an honor and a privilege to serve"): outlets transcribe one
// speaker's words a little differently.
func holdsPassage(p, q []string) bool {
	if len(q) < sharedQuoteWords {
		return false
	}
	if containsRun(p, q) {
		return true
	}
	return len(q) >= nearPassageWords && nearRun(p, q) <= len(q)/nearPassageWords
}

// nearPassageWords is the fewest words of a passage found in another's with
// a word added, dropped or changed, and the words per such edit;
// maxNearWords the most, so that a near match costs at most maxNearWords
// steps a word of the other passage (a longer passage is one only whole).
const (
	nearPassageWords = 6
	maxNearWords     = 60
)

// nearRun returns the fewest words to add, drop or change in q to make it a
// run of words (Sellers' approximate matching, by words: a run may start
// anywhere in words); len(q), no near run, past maxNearWords words.
func nearRun(words, q []string) int {
	if len(q) > maxNearWords {
		return len(q)
	}
	// prev[j] is the fewest edits of q[:j] into a run ending at the word
	// before; a run may start anywhere, so prev[0] is always 0. On the
	// stack for passages up to maxNearWords.
	var buf [2 * (maxNearWords + 1)]int
	prev, cur := buf[:len(q)+1], buf[maxNearWords+1:maxNearWords+2+len(q)]
	for j := range prev {
		prev[j] = j
	}
	best := prev[len(q)]
	for _, w := range words {
		cur[0] = 0
		for j := 1; j <= len(q); j++ {
			d := prev[j-1]
			if q[j-1] != w {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		best = min(best, cur[len(q)])
		prev, cur = cur, prev
	}
	return best
}

// containsRun reports whether words holds run, word for word, in a row.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// fragmentWords is the fewest content words a quoted passage needs to be
// aligned with a claim that does not quote it whole.
const fragmentWords = 3

// mayMatch reports whether a and b may be the same claim: they share a
// content word, or an anchor ("63 survivors", "Sixty-three people were
// rescued": see similarity.Anchored), as Match would find.
func mayMatch(a, b *similarity.Text) bool {
	if similarity.SharesWord(a, b) {
		return true
	}
	shared, _ := similarity.SharedAnchor(a, b)
	return shared
}

// testsOf returns the tests grouping asks of two claims of canon, by
// index: a word of content shared (similarity.SharesWord, a stem: two
// dates or two times are no shared word), words of content enough to
// state one claim (similarity.SharedContent) and a value in common
// (sharesValue).
func testsOf(canon []*claim) claimTests {
	return claimTests{
		shareWord:    func(a, b int) bool { return similarity.SharesWord(canon[a].text, canon[b].text) },
		shareContent: func(a, b int) bool { return similarity.SharedContent(canon[a].text, canon[b].text) },
		shareValue:   sharesValue(canon),
	}
}

// sharesValue reports whether two claims of canon, by index, state a fact
// in common that normalize.Compare pairs: a number, a date or a time, a
// negation, a direction or an outcome, agreeing or diverging, or two
// names or roles that diverge ("Marian Osgood" against "Miriam Osgood").
// Names that agree do not count: the claims of one story share them. A
// date or an outcome that agrees ("on Monday", "killed") may be the
// story's too; counted, they group more claims right on the tuning events
// (1289/1356 against 1253/1318 when only a diverging one counts, at
// the same precision).
func sharesValue(canon []*claim) func(a, b int) bool {
	return func(a, b int) bool {
		for _, c := range normalize.Compare(canon[a].facts, canon[b].facts) {
			switch c.Kind {
			case normalize.KindEntity, normalize.KindSpelling, normalize.KindRole:
				if c.Verdict == normalize.Diverge {
					return true
				}
			default:
				return true
			}
		}
		return false
	}
}
