package claims

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/internal/segment"
)

// Document is one source's article: a name that identifies the source in the
// report (an outlet, a file name), the article's text and what is known of
// it besides. Only Name and Text are required; the metadata may be empty.
type Document struct {
	Name string
	// Text is compared as bytes, and every offset in a report indexes it.
	// It should be UTF-8: other bytes are kept, but encoding a report as
	// JSON turns them into U+FFFD, and a quoted value then no longer equals
	// Text[Start:End]. articles.Read decodes legacy text and refuses
	// invalid bytes.
	Text string
	// Title is the article's headline when it came apart from the text (a
	// web page's title, a record's title field); "" when unknown.
	Title string
	// URL is where the article was published; "" when unknown.
	URL string
	// Published is when the article was published; the zero time when
	// unknown. Relative dates ("yesterday", "on Monday") are resolved
	// against it, and stories group articles published close together.
	Published time.Time
}

// Sentence is one sentence of a document, as the splitter found it.
type Sentence struct {
	Source    string `json:"source"`
	Index     int    `json:"sentence"` // 0-based, among all the source's sentences
	Start     int    `json:"start"`    // byte offset into the document's text
	End       int    `json:"end"`      // half-open: Text == document text[Start:End]
	Text      string `json:"text"`
	Furniture bool   `json:"furniture"` // site furniture: navigation, prompts, teasers; never a claim
	// Reason names the cue that marked a furniture line ("navigation",
	// "prompt", "teaser", ...); empty for article sentences.
	Reason string `json:"reason,omitempty"`
}

// Errors a caller can test for with errors.Is.
var (
	ErrNoName        = errors.New("document has no name")
	ErrDuplicateName = errors.New("two documents share a name")
	ErrTooLarge      = errors.New("document is larger than the limit")
	ErrBadOption     = errors.New("option value out of range")
)

// Split returns the sentences of doc in order, furniture included and
// marked. Sentences never overlap and together cover every non-space byte of
// the text.
func Split(doc Document, opts ...SplitOption) []Sentence {
	return split(doc, newConfig(opts))
}

func split(doc Document, cfg config) []Sentence {
	out, _ := splitParagraphs(doc, cfg)
	return out
}

// splitParagraphs returns the sentences of doc and, for each, the number
// of its paragraph (see segment.Sentence.Paragraph): a quotation of
// several sentences runs within one.
func splitParagraphs(doc Document, cfg config) ([]Sentence, []int) {
	spans := segment.Split(doc.Text, segment.Options{HardWrap: cfg.hardWrap})
	out := make([]Sentence, len(spans))
	paragraphs := make([]int, len(spans))
	for i, s := range spans {
		out[i] = Sentence{
			Source:    doc.Name,
			Index:     i,
			Start:     s.Start,
			End:       s.End,
			Text:      doc.Text[s.Start:s.End],
			Furniture: s.Furniture,
			Reason:    s.Reason,
		}
		paragraphs[i] = s.Paragraph
	}
	return out, paragraphs
}

// claim locates the sentence as a claim (or a furniture line) of a report.
func (s Sentence) claim() Claim {
	return Claim{Source: s.Source, Sentence: s.Index, Start: s.Start, End: s.End, Text: s.Text}
}

// validate checks that every document has a name (not only spaces) and no
// two share one: sources are told apart by name in every report.
func validate(docs []Document, maxBytes int) error {
	seen := make(map[string]bool, len(docs))
	for i, d := range docs {
		if strings.TrimSpace(d.Name) == "" {
			return fmt.Errorf("claims: document %d: %w", i, ErrNoName)
		}
		if maxBytes > 0 && len(d.Text) > maxBytes {
			return fmt.Errorf("claims: source %q: %d bytes: %w (%d bytes; see WithMaxBytes)", d.Name, len(d.Text), ErrTooLarge, maxBytes)
		}
		if seen[d.Name] {
			return fmt.Errorf("claims: source %q: %w", d.Name, ErrDuplicateName)
		}
		seen[d.Name] = true
	}
	return nil
}
