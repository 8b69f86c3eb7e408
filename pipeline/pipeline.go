// Package pipeline is claimdiff stories as an Apache Beam pipeline (Go SDK),
// for feeds larger than one machine: it reads article records (JSON Lines),
// groups them into stories and compares each story, writing one JSON line
// per story, the same lines `claimdiff stories` writes for the same records
// (in any order: sort them by "story" to compare).
//
// Every decision is the stories package's own function, so the pipeline
// cannot drift from the command line:
//
//	read      textio lines -> articles.Read -> KV(article ID, record)
//	dedupe    GroupByKey(ID): a record given twice is one article
//	terms     stories.Terms per article -> KV(term, (ID, count))
//	count     document frequency per term (SumPerKey), joined back to its
//	          articles (CoGroupByKey), with the number of articles (a side input)
//	profile   GroupByKey(ID) -> stories.NewProfile
//	key       KV(key, profile) for each of the article's keys
//	link      GroupByKey(key): each pair under stories.FirstSharedKey,
//	          kept when stories.Linked
//	merge     all articles and links on one worker (a fixed key):
//	          stories.Merge numbers the stories
//	story     CoGroupByKey(order key): each record with its story number;
//	          GroupByKey(number) -> stories.NewStory(...).Compare -> stories.WriteJSON
//
// No step needs the whole feed in one place except the merge, which holds
// one short string per article and two per link, not the texts: a million
// articles take about 100 MB there. Story keys come from each article's
// heaviest terms, which need only the per-term counts.
package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/stories"
)

// Options are the settings of a run, those of `claimdiff stories`; the
// zero value means its defaults.
type Options struct {
	// Threshold is the score at or above which two sentences are the same
	// claim; 0 means similarity.DefaultThreshold, as in the CLI.
	Threshold float64
	// HardWrap treats single line breaks as spaces (claims.WithHardWrap).
	HardWrap bool
	// Window is the longest time between the publication of two articles
	// of one story; 0 means the default (stories.DefaultParams).
	Window time.Duration
}

func (o Options) claims() []claims.Option {
	var opts []claims.Option
	if o.Threshold > 0 {
		opts = append(opts, claims.WithThreshold(o.Threshold))
	}
	if o.HardWrap {
		opts = append(opts, claims.WithHardWrap())
	}
	return opts
}

// split returns the options of claims.Split, for an article's terms.
func (o Options) split() []claims.SplitOption {
	if o.HardWrap {
		return []claims.SplitOption{claims.WithHardWrap()}
	}
	return nil
}

func (o Options) params() stories.Params { return stories.Params{Window: o.Window} }

// Record is an article record as it travels between steps: the fields of
// claims.Document, with the publication time written in RFC 3339 ("" when
// unknown) so that every runner encodes it the same way.
type Record struct {
	Name, Title, URL, Published, Text string
}

func newRecord(d claims.Document) Record {
	r := Record{Name: d.Name, Title: d.Title, URL: d.URL, Text: d.Text}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339Nano)
	}
	return r
}

func (r Record) document() claims.Document {
	d := claims.Document{Name: r.Name, Title: r.Title, URL: r.URL, Text: r.Text}
	if r.Published != "" {
		d.Published, _ = time.Parse(time.RFC3339Nano, r.Published) // written by newRecord
	}
	return d
}

// Posting is one article's use of a term.
type Posting struct {
	ID    string
	Count int
}

// Weighted is a term with its count in an article and its document
// frequency.
type Weighted struct {
	Text      string
	Count, DF int
}

// Node is an article's profile with the key that orders it in the feed
// (stories.OrderKey).
type Node struct {
	Order     string
	ID        string
	Published string // RFC 3339, "" when unknown
	Terms     []string
	Weights   []float64
	Norm      float64
	Keys      []string
}

func newNode(order string, p stories.Profile) Node {
	n := Node{Order: order, ID: p.ID, Terms: p.Terms, Weights: p.Weights, Norm: p.Norm, Keys: p.Keys}
	if !p.Published.IsZero() {
		n.Published = p.Published.Format(time.RFC3339Nano)
	}
	return n
}

func (n Node) profile() stories.Profile {
	p := stories.Profile{ID: n.ID, Terms: n.Terms, Weights: n.Weights, Norm: n.Norm, Keys: n.Keys}
	if n.Published != "" {
		p.Published, _ = time.Parse(time.RFC3339Nano, n.Published)
	}
	return p
}

// Link is a pair of linked articles, by order key; an article with no link
// travels as a Link to itself, so that the merge sees every article.
type Link struct{ A, B string }

func init() {
	for _, t := range []any{Record{}, Posting{}, Weighted{}, Node{}, Link{}} {
		beam.RegisterType(reflect.TypeOf(t))
	}
	register.Iter1[Record]()
	register.Iter1[Posting]()
	register.Iter1[Weighted]()
	register.Iter1[Node]()
	register.Iter1[Link]()
	register.Iter1[int]()
	register.Function3x0(onePerPosting)
	register.Emitter2[string, int]()
	register.Function2x1(parseRecord)
	register.Emitter2[string, Record]()
	register.Function2x2(firstRecord)
	register.DoFn3x0[string, Record, func(string, Posting)](&termsFn{})
	register.Emitter2[string, Posting]()
	register.Function4x0(joinDF)
	register.Emitter2[string, Weighted]()
	register.DoFn5x1[string, func(*Weighted) bool, func(*Record) bool, int, func(Node), error](&profileFn{})
	register.Emitter1[Node]()
	register.Function2x0(keyNode)
	register.Emitter2[string, Node]()
	register.DoFn3x0[string, func(*Node) bool, func(Link)](&linkFn{})
	register.Emitter1[Link]()
	register.Function1x1(nodeLink)
	register.Function3x0(mergeLinks)
	register.Emitter2[string, int]()
	register.Function2x2(keyByOrder)
	register.Emitter1[string]()
	register.Function4x0(numberRecords)
	register.Emitter2[int, Record]()
	register.DoFn4x1[context.Context, int, func(*Record) bool, func(string), error](&compareFn{})
}

// Build adds the pipeline to s: lines are article records (JSON Lines, one
// a line, as textio.Read gives them), and the result holds one JSON line per
// story (without the line end, as textio.Write wants it).
func Build(s beam.Scope, lines beam.PCollection, o Options) beam.PCollection {
	s = s.Scope("claimdiff.stories")
	recs := beam.ParDo(s, parseRecord, lines) // KV<ID, Record>, every copy
	articles := beam.ParDo(s, firstRecord, beam.GroupByKey(s, recs))
	n := stats.CountElms(s, articles)

	postings := beam.ParDo(s, &termsFn{Opts: o}, articles) // KV<term, Posting>
	df := stats.SumPerKey(s, beam.ParDo(s, onePerPosting, postings))
	weighted := beam.ParDo(s, joinDF, beam.CoGroupByKey(s, postings, df)) // KV<ID, Weighted>
	nodes := beam.ParDo(s, &profileFn{Opts: o}, beam.CoGroupByKey(s, weighted, articles), beam.SideInput{Input: n})

	keyed := beam.ParDo(s, keyNode, nodes)
	links := beam.ParDo(s, &linkFn{Opts: o}, beam.GroupByKey(s, keyed))
	all := beam.Flatten(s, links, beam.ParDo(s, nodeLink, nodes))
	numbers := beam.ParDo(s, mergeLinks, beam.GroupByKey(s, beam.AddFixedKey(s, all))) // KV<order key, story>

	byOrder := beam.ParDo(s, keyByOrder, recs)
	numbered := beam.ParDo(s, numberRecords, beam.CoGroupByKey(s, numbers, byOrder)) // KV<story, Record>
	return beam.ParDo(s, &compareFn{Opts: o}, beam.GroupByKey(s, numbered))
}

// parseRecord reads one line into a record keyed by its article's ID.
// Blank lines are skipped, as the CLI skips them.
func parseRecord(line string, emit func(string, Record)) error {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return nil
	}
	ds, err := articles.Read("", "record", []byte(line), articles.WithFormat(articles.JSONL), articles.WithRepeatedSources())
	if err == nil && len(ds) != 1 {
		err = fmt.Errorf("want one record, got %d", len(ds))
	}
	if err != nil {
		head := line
		if len(head) > 60 {
			head = head[:60] + "..."
		}
		return fmt.Errorf("claimdiff: record %q: %w", head, err)
	}
	emit(stories.ID(ds[0]), newRecord(ds[0]))
	return nil
}

// onePerPosting counts a term once per article that uses it.
func onePerPosting(term string, _ Posting, emit func(string, int)) { emit(term, 1) }

// firstRecord keeps one copy of an article given several times.
func firstRecord(id string, copies func(*Record) bool) (string, Record) {
	var r Record
	copies(&r)
	return id, r
}

// termsFn reads each article's terms.
type termsFn struct{ Opts Options }

func (f *termsFn) ProcessElement(id string, r Record, emit func(string, Posting)) {
	for _, t := range stories.Terms(r.document(), f.Opts.split()...) {
		emit(t.Text, Posting{ID: id, Count: t.Count})
	}
}

// joinDF hands each article its terms with their document frequencies.
func joinDF(term string, postings func(*Posting) bool, dfs func(*int) bool, emit func(string, Weighted)) {
	df := 0
	dfs(&df)
	var p Posting
	for postings(&p) {
		emit(p.ID, Weighted{Text: term, Count: p.Count, DF: df})
	}
}

// profileFn builds each article's profile.
type profileFn struct{ Opts Options }

func (f *profileFn) ProcessElement(id string, terms func(*Weighted) bool, recs func(*Record) bool, n int, emit func(Node)) error {
	var r Record
	if !recs(&r) {
		return fmt.Errorf("claimdiff: article %s has terms but no record", id)
	}
	var list []stories.Term
	var w Weighted
	for terms(&w) {
		list = append(list, stories.Term{Text: w.Text, Count: w.Count, DF: w.DF})
	}
	d := r.document()
	emit(newNode(stories.OrderKey(d), stories.NewProfile(id, d.Published, list, n, f.Opts.params())))
	return nil
}

// keyNode sends a profile to each of its keys.
func keyNode(n Node, emit func(string, Node)) {
	for _, k := range n.Keys {
		emit(k, n)
	}
}

// linkFn checks the pairs of articles sharing a key: each pair once, under
// its first shared key.
type linkFn struct{ Opts Options }

func (f *linkFn) ProcessElement(key string, nodes func(*Node) bool, emit func(Link)) {
	var list []Node
	var n Node
	for nodes(&n) {
		list = append(list, n)
	}
	// The order of a group is the runner's; sort for reproducible output.
	sort.Slice(list, func(i, j int) bool { return list[i].Order < list[j].Order })
	for i, a := range list {
		pa := a.profile()
		for _, b := range list[i+1:] {
			pb := b.profile()
			if stories.FirstSharedKey(pa, pb) == key && stories.Linked(pa, pb, f.Opts.params()) {
				emit(Link{A: a.Order, B: b.Order})
			}
		}
	}
}

// nodeLink makes every article known to the merge.
func nodeLink(n Node) Link { return Link{A: n.Order, B: n.Order} }

// mergeLinks numbers the stories: stories.Merge over every article and link.
func mergeLinks(_ int, links func(*Link) bool, emit func(string, int)) {
	var nodes []string
	var edges [][2]string
	var l Link
	for links(&l) {
		if l.A == l.B {
			nodes = append(nodes, l.A)
			continue
		}
		edges = append(edges, [2]string{l.A, l.B})
	}
	for i, story := range stories.Merge(nodes, edges) {
		for _, order := range story {
			emit(order, i+1)
		}
	}
}

// keyByOrder keys each record (every copy) by its order key.
func keyByOrder(_ string, r Record) (string, Record) {
	return stories.OrderKey(r.document()), r
}

// numberRecords gives each record its story's number.
func numberRecords(order string, numbers func(*int) bool, recs func(*Record) bool, emit func(int, Record)) {
	story := 0
	numbers(&story)
	var r Record
	for recs(&r) {
		emit(story, r)
	}
}

// compareFn compares one story's articles and writes its line.
type compareFn struct{ Opts Options }

func (f *compareFn) ProcessElement(ctx context.Context, number int, recs func(*Record) bool, emit func(string)) error {
	var docs []claims.Document
	var r Record
	for recs(&r) {
		docs = append(docs, r.document())
	}
	story := stories.NewStory(number, docs)
	res, err := story.Compare(ctx, f.Opts.claims()...)
	if err != nil {
		return err
	}
	// A record's text is not its input's bytes: the report carries it, as
	// claimdiff stories gives it, so that its offsets can be checked.
	texts := map[string]string{}
	for _, d := range story.Documents {
		texts[d.Name] = d.Text
	}
	for i := range res.Report.Sources {
		res.Report.Sources[i].Text = texts[res.Report.Sources[i].Name]
	}
	var b bytes.Buffer
	if err := stories.WriteJSON(&b, res); err != nil {
		return err
	}
	emit(string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))))
	return nil
}

// StoryNumber returns the story number of a line the pipeline wrote, for
// sorting its output: the lines come in the runner's order.
func StoryNumber(line string) (int, error) {
	const prefix = `{"story":`
	if len(line) < len(prefix) || line[:len(prefix)] != prefix {
		return 0, fmt.Errorf("claimdiff: not a story line: %.40q", line)
	}
	rest := line[len(prefix):]
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	return strconv.Atoi(rest[:end])
}
