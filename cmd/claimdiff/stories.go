package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/records"
	"github.com/claimdiff/claimdiff/similarity"
	"github.com/claimdiff/claimdiff/stories"
)

// storiesCommand is `claimdiff stories`: it groups the articles of a feed
// into stories and prints JSON Lines, one story a line, each written as soon
// as it and the stories before it are compared:
// {"story": 1, "sources": [...], "articles": [...], "report": {...}}, where
// report is what `compare -format json` prints for the story's articles
// alone.
func storiesCommand(args []string, env *env) (func(io.Writer) error, error) {
	fs := newFlags("stories")
	var o storyFlags
	fs.Float64Var(&o.threshold, "threshold", similarity.DefaultThreshold, "score at or above which two sentences are the same claim")
	fs.BoolVar(&o.hardWrap, "hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	fs.StringVar(&o.input, "input", "auto", "how to read each SOURCE: text (one article), jsonl (article records, one a line) or auto (jsonl for .jsonl and .ndjson files and for standard input that starts with '{')")
	fs.DurationVar(&o.window, "window", stories.DefaultParams.Window, "longest time between the publication of two articles of one story")
	maxBytesFlag(fs, env)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	switch o.input {
	case "auto", "text", "jsonl":
	default:
		return nil, usageError{fmt.Sprintf("stories: unknown -input %q (want auto, text or jsonl)", o.input)}
	}
	if o.window <= 0 {
		return nil, usageError{"stories: -window must be positive"}
	}
	return runStories(fs.Args(), env, o)
}

// storyFlags are the settings of a stories run; compare -stories uses the
// defaults for those compare has no flag for.
type storyFlags struct {
	threshold float64
	hardWrap  bool
	input     string
	window    time.Duration
}

// runStories reads the feed, groups it into stories, and returns what
// compares and writes them. Reading and grouping come first, so that bad
// input fails before any output; comparing and writing then stream.
func runStories(args []string, env *env, o storyFlags) (func(io.Writer) error, error) {
	docs, err := readFeed(args, env, o.input)
	if err != nil {
		return nil, err
	}
	cl := []claims.Option{claims.WithThreshold(o.threshold), claims.WithMaxBytes(env.maxBytes)}
	if o.hardWrap {
		cl = append(cl, claims.WithHardWrap())
	}
	opts := []stories.Option{stories.WithClaims(cl...), stories.WithParams(stories.Params{Window: o.window})}
	bar := newProgressBar(env.stderr)
	if bar != nil {
		opts = append(opts, stories.WithProgress(bar.update))
	}
	found, err := stories.Find(context.Background(), docs, opts...)
	if err != nil {
		if bar != nil {
			bar.clear()
		}
		return nil, err
	}
	return func(w io.Writer) error {
		if bar != nil {
			defer bar.clear()
		}
		flush := func() error { return nil }
		if bw, ok := w.(*bufio.Writer); ok {
			flush = bw.Flush // each story reaches the reader when it is ready
		}
		return stories.CompareStories(context.Background(), found, func(r stories.Result) error {
			if err := stories.WriteJSON(w, r); err != nil {
				return err
			}
			return flush()
		}, opts...)
	}, nil
}

// readFeed reads the SOURCE arguments of a feed: article records (JSON
// Lines) or text files, as -input says. With no SOURCE it is the bundled
// sample.
func readFeed(args []string, env *env, input string) ([]claims.Document, error) {
	if len(args) == 0 {
		return readSources(nil, env)
	}
	var docs []claims.Document
	for _, arg := range args {
		name, path := sourceName(arg)
		if path == "-" {
			// The feed may be far larger than one article: a record
			// stream is limited line by line, not as a whole.
			br := bufio.NewReaderSize(env.stdin, 64<<10)
			if input == "jsonl" || input == "auto" && startsWithBrace(br) {
				d, err := records.Read(br, "standard input", env.maxBytes)
				if err != nil {
					return nil, err
				}
				docs = append(docs, d...)
				continue
			}
			d, err := readDoc(name, "standard input", br, env.maxBytes)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
			continue
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("source %q: %w", name, unwrapPath(err))
		}
		var paths []string
		if info.IsDir() {
			entries, err := os.ReadDir(path)
			if err != nil {
				return nil, fmt.Errorf("directory %q: %w", path, unwrapPath(err))
			}
			sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
			for _, e := range entries {
				if e.Type().IsRegular() {
					paths = append(paths, filepath.Join(path, e.Name()))
				}
			}
			if len(paths) == 0 {
				return nil, fmt.Errorf("directory %q: no regular files to read", path)
			}
		}
		if !info.IsDir() && !isRecords(path, input) {
			// A text file keeps compare's naming, NAME=PATH included.
			d, err := readSources([]string{arg}, env)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d...)
			continue
		}
		if !info.IsDir() {
			paths = []string{path}
		}
		for _, p := range paths {
			if !isRecords(p, input) {
				d, err := readFile(strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)), p, env.maxBytes)
				if err != nil {
					return nil, err
				}
				docs = append(docs, d)
				continue
			}
			f, err := os.Open(p)
			if err != nil {
				return nil, fmt.Errorf("source %q: %w", p, unwrapPath(err))
			}
			d, err := records.Read(f, p, env.maxBytes)
			f.Close()
			if err != nil {
				return nil, err
			}
			docs = append(docs, d...)
		}
	}
	for _, d := range docs {
		if strings.TrimSpace(d.Text) == "" {
			env.warnf("source %q is empty", d.Name)
		}
	}
	return docs, nil
}

// isRecords reports whether the file at path holds article records.
func isRecords(path, input string) bool {
	switch input {
	case "jsonl":
		return true
	case "text":
		return false
	}
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// startsWithBrace reports whether what r holds starts, after a byte-order
// mark and white space, with '{': a JSON object, the first of a stream of
// article records. It looks at the first 4 KiB at most.
func startsWithBrace(r *bufio.Reader) bool {
	b, _ := r.Peek(4 << 10)
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}
