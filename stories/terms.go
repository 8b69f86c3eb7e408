package stories

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/normalize"
)

// Prefixes of the three kinds of term, so that a name, a figure and a date
// can never be mistaken for one another.
const (
	nameTerm   = "n:" // a name's comparison key, or one word of it: "n:ilse marchata", "n:marchata"
	numberTerm = "q:" // a figure of 10 or more, as a plain value: "q:2000"
	dateTerm   = "d:" // a date with its day: "d:2024-01-27", or "d:01-27" without a year
)

// Terms returns what an article may share with the other articles of its
// story: its names, each as its spelling-tolerant comparison key (see
// normalize.NameKey) and as the words of that key, so that "Governor Ilse
// Marchetti" and "Marchetti" share a term; its figures of 10 or more; and
// its dates that name a day. They are read from its title and its article
// sentences, furniture set aside (a teaser names another story). The result
// is sorted by Text, each term once with its Count; DF is left zero for the
// caller to fill in. opts are those given to claims.Split (WithHardWrap
// matters).
//
// Other words are left out on purpose: events of one kind are told in the
// same words ("won the race for mayor", "the index fell"), so on a day of
// hundreds of look-alike events the words join what the names keep apart.
func Terms(doc claims.Document, opts ...claims.SplitOption) []Term {
	var terms []string
	if doc.Title != "" {
		terms = appendTerms(terms, doc.Title)
	}
	for _, s := range claims.Split(doc, opts...) {
		if !s.Furniture {
			terms = appendTerms(terms, s.Text)
		}
	}
	slices.Sort(terms)
	var out []Term
	for i, t := range terms {
		if i > 0 && t == terms[i-1] {
			out[len(out)-1].Count++
			continue
		}
		out = append(out, Term{Text: t, Count: 1})
	}
	return out
}

// appendTerms appends the terms of one sentence.
func appendTerms(terms []string, sentence string) []string {
	facts := normalize.Extract(sentence)
	for _, n := range normalize.Of[normalize.Name](facts) {
		words := 0
		for w := range strings.FieldsSeq(n.Key) {
			words++
			if utf8.RuneCountInString(w) > 1 {
				terms = append(terms, nameTerm+w)
			}
		}
		if words > 1 {
			terms = append(terms, nameTerm+n.Key)
		}
	}
	for _, q := range normalize.Of[normalize.Number](facts) {
		// Small counts ("two people", "3 goals") are shared by unrelated
		// stories; ordinals and codes are no figures.
		if q.Type == normalize.Cardinal && q.Value >= 10 {
			terms = append(terms, numberTerm+strconv.FormatFloat(q.Value, 'g', -1, 64))
		}
	}
	for _, d := range normalize.Of[normalize.Date](facts) {
		switch {
		case d.Day == 0 || d.Month == 0:
			// A month or a year alone names no event.
		case d.Year != 0:
			terms = append(terms, dateTerm+time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
		default:
			terms = append(terms, dateTerm+time.Date(2000, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Format("01-02"))
		}
	}
	return terms
}

// ID identifies an article by its content: a hash of its name, title, URL,
// publication time and text, 16 hexadecimal digits. Two records that agree
// on all of these are one article told twice, and always share a story.
func ID(doc claims.Document) string {
	h := sha256.New()
	for _, f := range []string{doc.Name, doc.Title, doc.URL, publishedKey(doc.Published), doc.Text} {
		io.WriteString(h, strconv.Itoa(len(f))+":")
		io.WriteString(h, f)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// publishedKey writes a publication time so that it sorts in time order,
// unknown times last.
func publishedKey(t time.Time) string {
	if t.IsZero() {
		return "~"
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}
