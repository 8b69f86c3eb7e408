package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
)

// readSources turns SOURCE arguments into documents, or returns the bundled
// sample when there are none.
func readSources(args []string, env *env) ([]claims.Document, error) {
	if len(args) == 0 {
		return claimdiff.Sample(), nil
	}
	var docs []claims.Document
	for _, arg := range args {
		name, path := sourceName(arg)
		if path == "-" {
			d, err := readDoc(name, "standard input", env.stdin, env.maxBytes)
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
		if !info.IsDir() {
			d, err := readFile(name, path, env.maxBytes)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
			continue
		}
		dirDocs, err := readDir(path, env.maxBytes)
		if err != nil {
			return nil, err
		}
		docs = append(docs, dirDocs...)
	}
	for _, d := range docs {
		if strings.TrimSpace(d.Text) == "" {
			env.warnf("source %q is empty", d.Name)
		}
	}
	return docs, nil
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

func readDir(dir string, maxBytes int) ([]claims.Document, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("directory %q: %w", dir, unwrapPath(err))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	var docs []claims.Document
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		name, _ := sourceName(e.Name())
		d, err := readFile(name, filepath.Join(dir, e.Name()), maxBytes)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("directory %q: no regular files to read", dir)
	}
	return docs, nil
}

func readFile(name, path string, maxBytes int) (claims.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return claims.Document{}, fmt.Errorf("source %q: %w", name, unwrapPath(err))
	}
	defer f.Close()
	return readDoc(name, path, f, maxBytes)
}

// readDoc reads one source, refusing more than maxBytes (no limit if <= 0).
func readDoc(name, from string, r io.Reader, maxBytes int) (claims.Document, error) {
	if maxBytes > 0 {
		r = io.LimitReader(r, int64(maxBytes)+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return claims.Document{}, fmt.Errorf("source %q (%s): %w", name, from, unwrapPath(err))
	}
	if maxBytes > 0 && len(b) > maxBytes {
		return claims.Document{}, fmt.Errorf("source %q (%s): larger than the limit of %d bytes (raise it with -max-bytes)", name, from, maxBytes)
	}
	label := fmt.Sprintf("source %q (%s)", name, from)
	if err := checkText(label, string(b)); err != nil {
		return claims.Document{}, err
	}
	return claims.Document{Name: name, Text: string(b)}, nil
}

// checkText rejects input that is not UTF-8 text: offsets in the output are
// into the input bytes, so invalid bytes cannot be silently replaced.
func checkText(label, s string) error {
	if strings.HasPrefix(s, "\xff\xfe") || strings.HasPrefix(s, "\xfe\xff") {
		return fmt.Errorf("%s: UTF-16 text (byte-order mark); convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8", label)
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return fmt.Errorf("%s: not valid UTF-8 at byte %d", label, i)
			}
		}
		if r == 0 {
			return fmt.Errorf("%s: NUL byte at %d: binary data, not text", label, i)
		}
	}
	return nil
}

// unwrapPath drops the path from *PathError: the message already names it.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
