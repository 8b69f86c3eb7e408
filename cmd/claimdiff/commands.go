package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/cmd/claimdiff/internal/render"
	"github.com/claimdiff/claimdiff/stories"
)

// A command checks its arguments, reads and processes its input, and
// returns what writes its output. compare and split report every error
// about the input before the first byte of output; match answers line by
// line and returns a streamError for bad lines.
type command func(args []string, env *env) (emit func(io.Writer) error, err error)

var commands = map[string]command{"compare": compare, "split": split, "match": match, "stories": storiesCommand}

func compare(args []string, env *env) (func(io.Writer) error, error) {
	fs := newFlags("compare", `usage: claimdiff [compare] [flags] [SOURCE...]

Groups the sentences of the sources that state the same claim and reports where they
diverge (numbers and units, dates and clock times, names, negation,
directions, roles and outcomes), with the claims only one source makes.
Other commands: claimdiff split, match, stories; claimdiff help COMMAND.
`+sourcesHelp)
	format := fs.String("format", "text", "output format: "+strings.Join(formatList, ", "))
	threshold := thresholdFlag(fs)
	hardWrap := fs.Bool("hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	asStories := fs.Bool("stories", false, "group the sources into stories first and print JSON Lines, one story a line, as claimdiff stories does")
	input := sourceFlags(fs, env)
	sources, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if *asStories {
		if *format != "text" && *format != "json" {
			return nil, fs.usageErrorf("-stories prints JSON Lines; -format %q does not apply", *format)
		}
		if err := checkThreshold(fs, *threshold); err != nil {
			return nil, err
		}
		if err := checkSourceFlags(fs, env, *input); err != nil {
			return nil, err
		}
		return runStories(sources, env, storyFlags{threshold: *threshold, hardWrap: *hardWrap, window: stories.DefaultParams.Window})
	}
	write, ok := formats[*format]
	if !ok {
		return nil, fs.usageErrorf("unknown -format %q (want %s)", *format, strings.Join(formatList, ", "))
	}
	if err := checkThreshold(fs, *threshold); err != nil {
		return nil, err
	}
	if err := checkSourceFlags(fs, env, *input); err != nil {
		return nil, err
	}
	docs, err := readSources(sources, env)
	if err != nil {
		return nil, err
	}
	if len(docs) == 1 {
		env.warnf("one source (%q): claims are grouped across sources, so none can be shared (only repeats within it); give two or more", docs[0].Name)
	}
	opts := []claims.Option{claims.WithThreshold(*threshold), claims.WithMaxBytes(env.maxBytes)}
	if *hardWrap {
		opts = append(opts, claims.WithHardWrap())
	}
	if bar := newProgressBar(env.stderr); bar != nil {
		opts = append(opts, claims.WithProgress(bar.update))
		defer bar.clear()
	}
	report, err := claims.Compare(docs, opts...)
	if err != nil {
		return nil, err
	}
	// A source whose text was extracted or decoded carries it, so that
	// every offset can be checked against the report alone.
	texts := map[string]string{}
	for _, d := range docs {
		if env.derived[d.Name] {
			texts[d.Name] = d.Text
		}
	}
	for i := range report.Sources {
		report.Sources[i].Text = texts[report.Sources[i].Name]
	}
	return func(w io.Writer) error { return write(w, report, docs) }, nil
}

// formatList orders the -format values for messages.
var formatList = []string{"text", "json", "markdown", "html"}

// formats write a report; docs are the compared documents, which the HTML
// page shows side by side.
var formats = map[string]func(w io.Writer, r *claims.Report, docs []claims.Document) error{
	"text":     func(w io.Writer, r *claims.Report, _ []claims.Document) error { return render.Text(w, r) },
	"markdown": func(w io.Writer, r *claims.Report, _ []claims.Document) error { return render.Markdown(w, r) },
	"html":     render.HTML,
	"json": func(w io.Writer, r *claims.Report, _ []claims.Document) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	},
}

func split(args []string, env *env) (func(io.Writer) error, error) {
	fs := newFlags("split", `usage: claimdiff split [flags] [SOURCE...]

Prints each source's sentences as JSON Lines, in order: {"source", "sentence", "start", "end",
"text", "furniture"}, plus "reason" on furniture lines. Offsets are into the source's text:
for a web page or a record, the extracted text that compare -format json reports.
`+sourcesHelp)
	hardWrap := fs.Bool("hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	input := sourceFlags(fs, env)
	sources, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if err := checkSourceFlags(fs, env, *input); err != nil {
		return nil, err
	}
	docs, err := readSources(sources, env)
	if err != nil {
		return nil, err
	}
	var opts []claims.SplitOption
	if *hardWrap {
		opts = append(opts, claims.WithHardWrap())
	}
	return func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			for _, s := range claims.Split(d, opts...) {
				if err := enc.Encode(s); err != nil {
					return err
				}
			}
		}
		return nil
	}, nil
}

func match(args []string, env *env) (func(io.Writer) error, error) {
	fs := newFlags("match", `usage: claimdiff match [flags] < pairs.tsv

Reads lines "A<TAB>B" on standard input and prints one JSON line per line, as it reads
them: {"score", "same", "divergences"}. A line that is not two sentences separated by one
tab (or is blank, not UTF-8, or too long) is answered {"line": N, "error": "..."}; the
others still are, and the exit status is then 1. Blank lines at the end do not count.
`)
	threshold := thresholdFlag(fs)
	maxBytesFlag(fs, env)
	operands, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(operands) > 0 {
		return nil, fs.usageErrorf("reads pairs from standard input and takes no arguments")
	}
	if err := checkThreshold(fs, *threshold); err != nil {
		return nil, err
	}
	if env.maxBytes < 0 {
		return nil, fs.usageErrorf("-max-bytes %d is negative (0: no limit)", env.maxBytes)
	}
	limit := env.maxBytes
	if limit <= 0 {
		limit = math.MaxInt32
	}
	return func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		var in *bufio.Reader
		if env.stdin != nil {
			in = bufio.NewReaderSize(env.stdin, 64<<10)
		}
		var bad []string
		answer := func(a any) error {
			if err := enc.Encode(a); err != nil {
				return err
			}
			// Flush each answer so that a pipe sees it at once.
			if f, ok := w.(interface{ Flush() error }); ok {
				return f.Flush()
			}
			return nil
		}
		var blank []string // blank lines since the last other line: no fault at the end
		for line := 1; in != nil; line++ {
			text, err := readLine(in, limit)
			if errors.Is(err, io.EOF) && text == "" {
				break
			}
			if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLineTooLong) {
				return streamError{fmt.Errorf("standard input: %w", err)}
			}
			text = strings.TrimSuffix(text, "\r")
			if strings.TrimSpace(text) == "" && (err == nil || errors.Is(err, io.EOF)) {
				// Answered at once, as every line is; counted as bad only
				// when another line follows.
				blank = append(blank, fmt.Sprintf("line %d: blank line", line))
				if err := answer(lineError{line, "blank line"}); err != nil {
					return err
				}
				continue
			}
			bad, blank = append(bad, blank...), blank[:0]
			a := matchLine(line, text, err, limit, *threshold)
			if e, ok := a.(lineError); ok {
				bad = append(bad, fmt.Sprintf("line %d: %s", e.Line, e.Error))
			}
			if err := answer(a); err != nil {
				return err
			}
		}
		if len(bad) > 0 {
			return streamError{fmt.Errorf("standard input: %d bad line(s): %s", len(bad), strings.Join(bad, "; "))}
		}
		return nil
	}, nil
}

// matchLine answers line number line of match's input, text, read with
// err (nil, io.EOF or errLineTooLong).
func matchLine(line int, text string, err error, limit int, threshold float64) any {
	if errors.Is(err, errLineTooLong) {
		return lineError{line, fmt.Sprintf("longer than the limit of %d bytes (raise it with -max-bytes)", limit)}
	}
	if err := articles.CheckText(text); err != nil {
		return lineError{line, err.Error()}
	}
	switch tabs := strings.Count(text, "\t"); {
	case tabs == 0:
		return lineError{line, "want two sentences separated by a tab"}
	case tabs > 1:
		return lineError{line, fmt.Sprintf("want two sentences separated by a tab, found %d tabs", tabs)}
	}
	a, b, _ := strings.Cut(text, "\t")
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return lineError{line, "a sentence of the pair is empty"}
	}
	return claims.Match(a, b, claims.WithThreshold(threshold))
}

// lineError answers a bad match line.
type lineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its "\n", at most limit bytes of it; a
// longer line is consumed and reported as errLineTooLong. At the end of
// the input it returns io.EOF, with the last line if it lacks a "\n".
func readLine(r *bufio.Reader, limit int) (string, error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		n := len(b) + len(chunk)
		if err == nil {
			n-- // the "\n" itself
		}
		if n > limit {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return "", err
			}
			return "", errLineTooLong
		}
		b = append(b, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			return string(b), err
		}
		return string(b[:len(b)-1]), nil
	}
}
