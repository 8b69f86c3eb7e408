package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/articles"
	"github.com/claimdiff/claimdiff/claims"
)

// readSources turns SOURCE arguments into documents, reading each with the
// articles package as -input and -encoding say. With no arguments it reads
// standard input when there is one (not a terminal), or returns the
// bundled sample. It records in env.derived the sources whose text is not
// their input's bytes (web pages, records, decoded text).
func readSources(args []string, env *env) ([]claims.Document, error) {
	env.derived = map[string]bool{}
	if len(args) == 0 {
		if env.stdin == nil || isTerminal(env.stdin) {
			return claimdiff.Sample(), nil
		}
		args = []string{"-"}
	}
	var docs []claims.Document
	givenBy := map[string]string{} // a source's name -> the argument that gave it
	add := func(arg string, ds []claims.Document) error {
		for _, d := range ds {
			switch by, ok := givenBy[d.Name]; {
			case !ok || env.feed: // a feed's outlets repeat
			case by == arg:
				return fmt.Errorf("source %q: given twice by %s; %s", d.Name, arg, nameApart)
			default:
				return fmt.Errorf("source %q: given by both %s and %s; %s", d.Name, by, arg, nameApart)
			}
			givenBy[d.Name] = arg
		}
		docs = append(docs, ds...)
		return nil
	}
	stdin := false
	for _, arg := range args {
		name, path := sourceName(arg)
		if path == "-" {
			if stdin {
				return nil, fmt.Errorf("source %q: standard input (-) is given twice; it can be read once", name)
			}
			stdin = true
			d, err := readStream(name, "standard input", env.stdin, env)
			if err != nil {
				return nil, err
			}
			if err := add(arg, d); err != nil {
				return nil, err
			}
			continue
		}
		info, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("source %q (%s): %w", name, path, unwrapPath(err))
		}
		if !info.IsDir() {
			d, err := readFile(name, path, env)
			if err != nil {
				return nil, err
			}
			if err := add(arg, d); err != nil {
				return nil, err
			}
			continue
		}
		dirDocs, files, err := readDir(path, env)
		if err != nil {
			return nil, err
		}
		for i, d := range dirDocs {
			if err := add(files[i], []claims.Document{d}); err != nil {
				return nil, err
			}
		}
	}
	for _, d := range docs {
		if strings.TrimSpace(d.Text) == "" {
			env.warnf("source %q is empty", d.Name)
		}
	}
	return docs, nil
}

// nameApart tells how to give two sources one name no more.
const nameApart = "each source needs its own name (NAME=PATH names a file; a feed that repeats an outlet is for claimdiff stories)"

// isTerminal reports whether r is a terminal (or another character
// device, such as /dev/null): no input is being piped in.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// sourceName splits NAME=PATH; a plain path is named after its base name
// without extension, standard input "stdin". An argument that names an
// existing file is a path even if it contains '='.
func sourceName(arg string) (name, path string) {
	if n, p, ok := strings.Cut(arg, "="); ok && n != "" && p != "" {
		if _, err := os.Stat(arg); err != nil {
			return n, p
		}
	}
	if arg == "-" {
		return "stdin", "-"
	}
	base := filepath.Base(arg)
	return strings.TrimSuffix(base, filepath.Ext(base)), arg
}

// readDir reads each regular file of dir (or link to one), by name. Dot
// files (.DS_Store, .gitkeep) are skipped, and so, with a warning, are
// subdirectories, other entries that are not files, the folder's own
// documentation (README.md, LICENSE: see folderDoc) and files that are not
// text (a PDF, an image): a directory of articles often holds a stray one.
//
// It returns the documents and the file each came from.
func readDir(dir string, env *env) (docs []claims.Document, files []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("directory %q: %w", dir, unwrapPath(err))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	skipped := 0
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if folderDoc(e.Name()) {
			env.warnf("skipped %s: the folder's own documentation, not an article (name it to read it)", path)
			skipped++
			continue
		}
		if !e.Type().IsRegular() {
			fi, err := os.Stat(path) // a link is read as what it links to
			if err != nil || !fi.Mode().IsRegular() {
				env.warnf("skipped %s: %s", path, notAFile(fi, err))
				skipped++
				continue
			}
		}
		name, _ := sourceName(e.Name())
		d, err := readFile(name, path, env)
		var aerr *articles.Error
		if errors.Is(err, articles.ErrNotText) && errors.As(err, &aerr) {
			env.warnf("skipped %s: %v", aerr.Input, aerr.Err)
			skipped++
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d...)
		for range d {
			files = append(files, path)
		}
	}
	if len(docs) == 0 {
		if skipped > 0 {
			return nil, nil, fmt.Errorf("directory %q: no text files to read (%d skipped)", dir, skipped)
		}
		return nil, nil, fmt.Errorf("directory %q: no files to read", dir)
	}
	return docs, files, nil
}

// folderDoc reports whether a file of a directory, by its name, documents
// the directory (README.md, LICENSE, CHANGELOG.txt) rather than being one
// of its articles: a story's folder often has a README beside them.
func folderDoc(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "NOTICE", "AUTHORS", "COPYING", "CONTRIBUTING":
		return true
	}
	return false
}

// notAFile says why a directory entry that os.Stat described as fi (or
// failed on with err) is not read.
func notAFile(fi os.FileInfo, err error) string {
	switch {
	case err != nil:
		return unwrapPath(err).Error()
	case fi.IsDir():
		return "a directory (subdirectories are not read)"
	}
	return "not a regular file"
}

func readFile(name, path string, env *env) ([]claims.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("source %q (%s): %w", name, path, unwrapPath(err))
	}
	defer f.Close()
	return readStream(name, path, f, env)
}

// readStream reads one source, refusing more than env.maxBytes (no limit if
// <= 0), and turns it into documents.
func readStream(name, from string, r io.Reader, env *env) ([]claims.Document, error) {
	if r == nil {
		r = strings.NewReader("")
	}
	limited := env.maxBytes > 0 && !env.feed // a feed's articles are limited one by one, below
	// A file is read into a buffer of its size, not one grown as it is
	// read (a feed of a day is a hundred megabytes).
	var buf bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			size := fi.Size()
			if limited {
				size = min(size, int64(env.maxBytes)+1)
			}
			if size < math.MaxInt32 { // a hint only: Grow panics past an int
				buf.Grow(int(size) + bytes.MinRead)
			}
		}
	}
	if limited {
		r = io.LimitReader(r, int64(env.maxBytes)+1)
	}
	_, err := buf.ReadFrom(r)
	b := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("source %q (%s): %w", name, from, unwrapPath(err))
	}
	if limited && len(b) > env.maxBytes {
		return nil, fmt.Errorf("source %q (%s): larger than the limit of %d bytes (raise it with -max-bytes)", name, from, env.maxBytes)
	}
	opts := []articles.Option{articles.WithFormat(env.format)}
	if env.feed {
		opts = append(opts, articles.WithRepeatedSources())
	}
	if env.encoding != "" {
		enc, err := articles.LookupEncoding(env.encoding)
		if err != nil {
			return nil, err // checked with the flags already
		}
		opts = append(opts, articles.WithEncoding(enc))
		if articles.KeepsUTF8(b, enc) {
			env.warnf("%s: already UTF-8, read as UTF-8 and not decoded from %s", from, env.encoding)
		}
		if articles.BOMOverrides(b, enc) {
			env.warnf("%s: starts with a UTF-16 byte-order mark, decoded as UTF-16 and not from %s", from, env.encoding)
		}
	}
	docs, err := articles.Read(name, from, b, opts...)
	var aerr *articles.Error
	hint := ""
	if errors.Is(err, articles.ErrEncoding) && env.encoding == "" {
		hint = " (claimdiff: -encoding LABEL decodes legacy text)"
	}
	if errors.As(err, &aerr) && (aerr.Line > 0 || aerr.Row > 0) {
		return nil, fmt.Errorf("%w%s", err, hint) // a record's error names the record and its source
	} else if hint != "" {
		return nil, fmt.Errorf("source %q: %w%s", name, err, hint)
	} else if err != nil {
		return nil, fmt.Errorf("source %q: %w", name, err)
	}
	for _, d := range docs {
		if len(docs) > 1 || d.Text != string(b) {
			env.derived[d.Name] = true
		}
		// A feed's articles are checked here, so that the run fails before
		// any story is written.
		if env.feed && env.maxBytes > 0 && len(d.Text) > env.maxBytes {
			return nil, fmt.Errorf("source %q (%s): the article of %q titled %q: %d bytes, larger than the limit of %d bytes (raise it with -max-bytes)",
				name, from, d.Name, d.Title, len(d.Text), env.maxBytes)
		}
	}
	return docs, nil
}

// unwrapPath drops the path from *PathError: the message already names it.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
