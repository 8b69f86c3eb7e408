package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/cmd/claimdiff/internal/render"
	"github.com/claimdiff/claimdiff/similarity"
	"github.com/claimdiff/claimdiff/stories"
)

// A command checks its arguments, reads and processes all its input, and
// returns what writes its output: every error about the input comes before
// the first byte of output.
type command func(args []string, env *env) (emit func(io.Writer) error, err error)

func compare(args []string, env *env) (func(io.Writer) error, error) {
	fs := newFlags("compare")
	format := fs.String("format", "text", "output format: text, json, markdown or html")
	threshold := fs.Float64("threshold", similarity.DefaultThreshold, "score at or above which two sentences are the same claim")
	hardWrap := fs.Bool("hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	asStories := fs.Bool("stories", false, "group the sources into stories first and print JSON Lines, one story a line, as claimdiff stories does")
	maxBytesFlag(fs, env)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if *asStories {
		if *format != "text" && *format != "json" {
			return nil, usageError{fmt.Sprintf("compare: -stories prints JSON Lines; -format %q does not apply", *format)}
		}
		return runStories(fs.Args(), env, storyFlags{threshold: *threshold, hardWrap: *hardWrap, input: "auto", window: stories.DefaultParams.Window})
	}
	write, ok := formats[*format]
	if !ok {
		return nil, usageError{fmt.Sprintf("compare: unknown -format %q (want text, json, markdown or html)", *format)}
	}
	docs, err := readSources(fs.Args(), env)
	if err != nil {
		return nil, err
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
	return func(w io.Writer) error { return write(w, report, docs) }, nil
}

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
	fs := newFlags("split")
	hardWrap := fs.Bool("hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	maxBytesFlag(fs, env)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	docs, err := readSources(fs.Args(), env)
	if err != nil {
		return nil, err
	}
	var opts []claims.Option
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
	fs := newFlags("match")
	threshold := fs.Float64("threshold", similarity.DefaultThreshold, "score at or above which two sentences are the same claim")
	maxBytesFlag(fs, env)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, usageError{"match: reads pairs from standard input and takes no arguments"}
	}
	limit := env.maxBytes
	if limit <= 0 {
		limit = math.MaxInt32
	}
	sc := bufio.NewScanner(env.stdin)
	sc.Buffer(make([]byte, 0, min(64*1024, limit)), limit)
	var results []claims.MatchResult
	line := 1
	for ; sc.Scan(); line++ {
		a, b, ok := strings.Cut(strings.TrimSuffix(sc.Text(), "\r"), "\t")
		if !ok {
			return nil, fmt.Errorf("standard input: line %d: want two sentences separated by a tab", line)
		}
		if err := checkText(fmt.Sprintf("standard input: line %d", line), a+"\t"+b); err != nil {
			return nil, err
		}
		results = append(results, claims.Match(a, b, claims.WithThreshold(*threshold)))
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, fmt.Errorf("standard input: line %d: longer than the limit of %d bytes (raise it with -max-bytes)", line, limit)
	} else if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	return func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range results {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}, nil
}
