// Package newsday generates a synthetic day of news: thousands of events of
// several kinds (mayoral elections, market reports, disasters, court cases,
// sports, company results, crashes, council votes), each told by one to six
// invented outlets in their own words, as JSON Lines article records. It
// exists to measure claimdiff's story grouping (purity and adjusted Rand
// index against the events the generator knows) and its cost on a feed of up
// to a million sentences.
//
// What makes the day realistic for grouping:
//   - many look-alike events: hundreds of "X wins Y mayoral race" stories,
//     market reports that differ only in the index and the figures, each
//     kind with background lines every one of its events may carry;
//   - each outlet words each claim its own way (three wordings a claim),
//     writes numbers its own way ("2,000", "about 2,000", "two", "52%",
//     "52 percent"), names a person in full once and by surname after, and
//     now and then states a different figure (a planted divergence);
//   - site furniture: bylines of the outlet's staff (the same names across
//     the outlet's stories), time stamps, newsletter prompts, copyright
//     lines and "Read more:" teasers that name another event;
//   - events told by one outlet only (they must stay alone), and an outlet
//     that updates its own story (two articles of one outlet in one story);
//   - names drawn now and then from a short list of common surnames, so
//     that unrelated events share one.
//
// The same Options give the same records, byte for byte.
package newsday

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Options say what day to generate.
type Options struct {
	// Sentences is about how many sentences to write, furniture included
	// (the generator counts its own; claimdiff's splitter may count a few
	// percent more or fewer). Events are added until it is reached.
	Sentences int
	// Seed chooses the day; the same seed gives the same records.
	Seed uint64
	// Day is the date of the news; zero means 2026-03-10.
	Day time.Time
}

// Article is one record of the feed, in the fields claimdiff reads (source,
// title, url, published, text), plus Event: the truth, which event it
// tells, for measuring.
type Article struct {
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Published time.Time `json:"published"`
	Text      string    `json:"text"`
	Event     string    `json:"event"`
	Sentences int       `json:"-"` // as the generator counts them
}

// Generate writes the articles of one day to emit, in order of publication.
// It returns the first error emit returns.
func Generate(o Options, emit func(Article) error) error {
	day := o.Day
	if day.IsZero() {
		day = time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x6e657773))
	w := newWorld(rng)
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	var arts []Article
	var headlines []string
	sentences := 0
	for ei := 0; sentences < o.Sentences; ei++ {
		er := rand.New(rand.NewPCG(mix(o.Seed, uint64(ei)), mix(o.Seed^0x9e3779b97f4a7c15, uint64(ei))))
		r := er.IntN(total)
		k := kinds[0]
		for _, kk := range kinds {
			if r < kk.weight {
				k = kk
				break
			}
			r -= kk.weight
		}
		e := newEvent(er, fmt.Sprintf("e%05d", ei), k, day)
		n := outletCount(er)
		order := er.Perm(len(w.outlets))[:n]
		update := n > 1 && er.IntN(20) == 0
		for i, oi := range order {
			copies := 1
			if update && i == 0 {
				copies = 2
			}
			for c := range copies {
				teaser := ""
				if len(headlines) > 0 {
					teaser = headlines[er.IntN(len(headlines))]
				}
				a := e.article(er, &w.outlets[oi], c > 0, teaser)
				sentences += a.Sentences
				arts = append(arts, a)
			}
		}
		headlines = append(headlines, e.render(er, &w.outlets[order[0]], pick(er, k.headlines), map[string]bool{}, nil))
		if len(headlines) > 200 {
			headlines = headlines[1:]
		}
	}
	slices.SortFunc(arts, func(a, b Article) int {
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.URL, b.URL))
	})
	for _, a := range arts {
		if err := emit(a); err != nil {
			return err
		}
	}
	return nil
}

// mix derives the seed of one event from the day's seed and the event's
// number (splitmix64's finalizer): PCG streams from nearby seeds are
// correlated, and two events must not share their names.
func mix(seed, n uint64) uint64 {
	z := seed + (n+1)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// outletCount is how many outlets tell an event: one for about one event
// in seven, otherwise two to six, fewer more often.
func outletCount(rng *rand.Rand) int {
	switch r := rng.IntN(100); {
	case r < 14:
		return 1
	case r < 40:
		return 2
	case r < 66:
		return 3
	case r < 84:
		return 4
	case r < 94:
		return 5
	default:
		return 6
	}
}

type slotKind uint8

const (
	sText slotKind = iota
	sPerson
	sCount
	sPercent
	sMoney
	sPlain
)

type slot struct {
	kind       slotKind
	text, last string
	value      float64
}

// event is one thing that happened, with the facts its articles state.
type event struct {
	id    string
	kind  *kind
	at    time.Time
	day   time.Time
	slots map[string]slot
}

func newEvent(rng *rand.Rand, id string, k *kind, day time.Time) *event {
	e := &event{id: id, kind: k, day: day, slots: map[string]slot{}}
	e.at = day.Add(time.Duration(rng.IntN(18*60)) * time.Minute)
	st := pick(rng, states)
	e.text("city", town(rng))
	e.text("state", st.abbrev)
	e.text("day", e.at.Weekday().String())
	e.text("county", town(rng))
	e.count("population", 2000+rng.IntN(400000))
	e.count("distance", 15+rng.IntN(250))
	e.text("industry", pick(rng, industries))
	e.text("capital", town(rng))
	k.setup(rng, e)
	return e
}

func (e *event) text(name, v string)      { e.slots[name] = slot{kind: sText, text: v} }
func (e *event) plain(name, v string)     { e.slots[name] = slot{kind: sPlain, text: v} }
func (e *event) count(name string, v int) { e.slots[name] = slot{kind: sCount, value: float64(v)} }
func (e *event) percent(name string, v float64) {
	e.slots[name] = slot{kind: sPercent, value: math.Round(v*10) / 10}
}
func (e *event) money(name string, v float64) { e.slots[name] = slot{kind: sMoney, value: v} }
func (e *event) person(name string, rng *rand.Rand) {
	full, last := person(rng)
	e.slots[name] = slot{kind: sPerson, text: full, last: last}
}
func (e *event) date(name string, daysAhead int) {
	e.text(name, e.day.AddDate(0, 0, daysAhead).Format("January 2"))
}
func (e *event) time(name string, rng *rand.Rand) {
	t := e.at.Add(-time.Duration(rng.IntN(120)) * time.Minute)
	e.text(name, strings.ReplaceAll(strings.ReplaceAll(t.Format("3:04 PM"), "AM", "a.m."), "PM", "p.m."))
}

// article renders one outlet's article on e. An update is the outlet's
// second article on the event, later in the day.
func (e *event) article(rng *rand.Rand, o *outlet, update bool, teaser string) Article {
	k := e.kind
	// The figures this outlet states differently from the others.
	alt := map[string]float64{}
	for _, name := range slices.Sorted(maps.Keys(e.slots)) {
		s := e.slots[name]
		if (s.kind == sCount || s.kind == sPercent || s.kind == sMoney) && rng.IntN(14) == 0 {
			f := 1 + (0.15+rng.Float64()*0.35)*float64(1-2*rng.IntN(2))
			alt[name] = s.value * f
		}
	}
	seen := map[string]bool{}
	title := e.render(rng, o, pick(rng, k.headlines), map[string]bool{}, alt)
	if update {
		title = "Update: " + title
	}
	var lines []string
	n := 0
	add := func(line string, sentences int) {
		lines = append(lines, line)
		n += sentences
	}
	if rng.IntN(5) == 0 {
		add(title, 1)
	}
	if rng.IntN(5) < 2 {
		add("By "+pick(rng, o.reporter)+", "+o.short+" Staff Writer", 1)
	}
	published := e.at.Add(time.Duration(30+rng.IntN(8*60)) * time.Minute)
	if update {
		published = published.Add(time.Duration(2+rng.IntN(4)) * time.Hour)
	}
	if rng.IntN(10) < 3 {
		add("Updated "+strings.ReplaceAll(strings.ReplaceAll(published.Format("3:04 PM"), "AM", "a.m."), "PM", "p.m."), 1)
	}
	lead := e.render(rng, o, pick(rng, k.lead), seen, alt)
	if rng.IntN(3) > 0 {
		lead = strings.ToUpper(e.slots["city"].text) + ", " + e.slots["state"].text + " (" + o.short + ") — " + lead
	}
	add(lead, 1)
	// The body: most claims of the event and of its place, in roughly
	// their order, with quotes and background lines among them, rendered
	// in their final order so that a person is named in full first;
	// sometimes two sentences a paragraph.
	var body []string
	for _, c := range k.claims {
		if rng.IntN(100) < 85 {
			body = append(body, pick(rng, c))
		}
	}
	for _, c := range placeClaims {
		if rng.IntN(100) < 70 {
			body = append(body, pick(rng, c))
		}
	}
	for i := 1; i < len(body); i++ {
		if rng.IntN(4) == 0 {
			body[i-1], body[i] = body[i], body[i-1]
		}
	}
	insert := func(s string) {
		at := rng.IntN(len(body) + 1)
		body = slices.Insert(body, at, s)
	}
	for _, i := range rng.Perm(len(k.quotes))[:1+rng.IntN(2)] {
		insert(k.quotes[i])
	}
	for _, i := range rng.Perm(len(k.background))[:min(len(k.background), 3+rng.IntN(3))] {
		insert(k.background[i])
	}
	// An outlet says now and then who told it a plain claim, or when, and
	// joins two claims into one sentence. This is done on the templates,
	// where a claim opening with a name (a slot) keeps its capital.
	plain := func(t string) bool { return strings.HasSuffix(t, ".") && !strings.ContainsAny(t, "\"") }
	lower := func(t string) string {
		if t[0] == '{' {
			return t
		}
		return strings.ToLower(t[:1]) + t[1:]
	}
	for i, t := range body {
		if !plain(t) {
			continue
		}
		if !strings.Contains(t, " said") && !strings.Contains(t, "ccording") && rng.IntN(2) == 0 {
			t = t[:len(t)-1] + ", " + pick(rng, k.attributions) + "."
		}
		if rng.IntN(5) == 0 {
			t = pick(rng, openings) + lower(t)
		}
		body[i] = t
	}
	for i := 0; i+1 < len(body); i++ {
		if a, b := body[i], body[i+1]; plain(a) && plain(b) && rng.IntN(6) == 0 {
			body[i] = a[:len(a)-1] + pick(rng, []string{", and ", "; ", ", while "}) + lower(b)
			body = slices.Delete(body, i+1, i+2)
		}
	}
	for i := range body {
		body[i] = e.render(rng, o, body[i], seen, alt)
	}
	for i := 0; i < len(body); i++ {
		if i+1 < len(body) && rng.IntN(4) == 0 {
			add(body[i]+" "+body[i+1], 2)
			i++
			continue
		}
		add(body[i], 1)
	}
	if teaser != "" && rng.IntN(2) == 0 {
		add("Read more: "+teaser, 1)
	}
	if rng.IntN(10) < 3 {
		add("Share this article", 1)
	}
	if rng.IntN(10) < 3 {
		add("Sign up for our newsletter to get the day's top stories.", 1)
	}
	if rng.IntN(10) < 4 {
		add(fmt.Sprintf("© %d %s", e.day.Year(), o.name), 1)
	}
	return Article{
		Source:    o.name,
		Title:     title,
		URL:       fmt.Sprintf("https://%s/%s/%s-%06d", o.domain, published.Format("2006/01/02"), slug(title), rng.IntN(1000000)),
		Published: published,
		Text:      strings.Join(lines, "\n"),
		Event:     e.id,
		Sentences: n,
	}
}

// render fills the slots of a template in o's style. seen records the
// people already named in full; alt holds the figures o states differently.
func (e *event) render(rng *rand.Rand, o *outlet, tmpl string, seen map[string]bool, alt map[string]float64) string {
	var b strings.Builder
	e.fillAll(&b, rng, o, tmpl, seen, alt)
	return capitalize(b.String())
}

func (e *event) fillAll(b *strings.Builder, rng *rand.Rand, o *outlet, tmpl string, seen map[string]bool, alt map[string]float64) {
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}') + i
		b.WriteString(tmpl[:i])
		b.WriteString(e.fill(rng, o, tmpl[i+1:j], seen, alt))
		tmpl = tmpl[j+1:]
	}
}

func (e *event) fill(rng *rand.Rand, o *outlet, ref string, seen map[string]bool, alt map[string]float64) string {
	name, mark := ref, byte(0)
	if c := ref[len(ref)-1]; strings.IndexByte("!#%$.", c) >= 0 {
		name, mark = ref[:len(ref)-1], c
	}
	s, ok := e.slots[name]
	if !ok {
		panic("newsday: template names unknown slot " + name)
	}
	v := s.value
	if a, ok := alt[name]; ok {
		v = a
	}
	switch s.kind {
	case sPerson:
		if mark == '!' || !seen[name] {
			seen[name] = true
			return s.text
		}
		return s.last
	case sCount:
		return countText(rng, o, v)
	case sPercent:
		return percentText(rng, o, v)
	case sMoney:
		return moneyText(rng, o, v)
	default:
		return s.text
	}
}

var smallNumbers = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve")

func countText(rng *rand.Rand, o *outlet, v float64) string {
	n := int(math.Round(v))
	if n <= 12 && n >= 0 {
		if o.words {
			return smallNumbers[n]
		}
		return fmt.Sprint(n)
	}
	if o.hedgy && n >= 100 && rng.IntN(2) == 0 {
		// Round to two significant figures and hedge.
		p := math.Pow(10, math.Floor(math.Log10(float64(n)))-1)
		r := int(math.Round(float64(n)/p) * p)
		return pick(rng, []string{"about", "some", "around", "nearly", "roughly"}) + " " + commas(r)
	}
	return commas(n)
}

func percentText(rng *rand.Rand, o *outlet, v float64) string {
	if o.hedgy && rng.IntN(3) == 0 {
		return "about " + fmt.Sprint(int(math.Round(v))) + o.percent
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") + o.percent
}

func moneyText(rng *rand.Rand, o *outlet, v float64) string {
	switch {
	case v >= 1e9:
		return "$" + strings.TrimSuffix(fmt.Sprintf("%.1f", v/1e9), ".0") + " billion"
	case v >= 1e6:
		m := strings.TrimSuffix(fmt.Sprintf("%.1f", v/1e6), ".0")
		if o.words && rng.IntN(2) == 0 {
			return m + " million dollars"
		}
		return "$" + m + " million"
	case v >= 1000:
		return "$" + commas(int(math.Round(v/1000))*1000)
	default:
		return fmt.Sprintf("$%.2f", v)
	}
}

func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprint(n) + suffix
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[size:]
	}
	return s
}

func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
