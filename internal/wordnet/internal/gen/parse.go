// Package gen builds the table that package wordnet embeds from the WordNet
// 3.0 database files (index.*, data.*, *.exc, cntlist.rev), as Debian's
// wordnet-base package installs them under /usr/share/wordnet. The file
// formats are those of wndb(5WN) and cntlist(5WN). Build is deterministic:
// the same input gives the same bytes.
package gen

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The parts of speech in table order: the bit of POS i is 1<<i in package
// wordnet, and i is folded into every synset key.
var posFiles = [4]string{"noun", "verb", "adj", "adv"}

const (
	noun = iota
	verb
	adj
	adv
)

// posIndex maps a pos or ss_type letter of the database to table order;
// adjective satellites ("s") live in data.adj beside the head adjectives.
func posIndex(c string) (int, bool) {
	switch c {
	case "n":
		return noun, true
	case "v":
		return verb, true
	case "a", "s":
		return adj, true
	case "r":
		return adv, true
	}
	return 0, false
}

// synsetKey folds a part of speech into a synset offset, so keys of the four
// data files never collide; offsets are below 2^30 (the files are far
// smaller than 1 GiB), so a key fits in 32 bits.
func synsetKey(offset uint32, pos int) uint32 { return offset<<2 | uint32(pos) }

// pointer is one pointer of a synset in a data file.
type pointer struct {
	symbol string
	target uint32 // the target's synset key
	source int    // 1-based word number in this synset, 0 for the whole synset
	dest   int    // 1-based word number in the target synset, 0 for the whole synset
}

// synsetRec is one line of a data file.
type synsetRec struct {
	key      uint32
	words    []string // lower-cased lemmas, adjective markers stripped
	pointers []pointer
}

// indexRec is one line of an index file: a lemma and its synsets in sense
// order (most frequent first).
type indexRec struct {
	lemma   string
	pos     int
	synsets []uint32 // synset keys
}

// database is what Build reads from the WordNet files.
type database struct {
	index      []indexRec
	synsets    map[uint32]*synsetRec
	exceptions [4]map[string][]string // inflected form -> base forms, per part of speech
	tagged     map[string]*[4]int     // lemma -> SemCor tag counts per part of speech (cntlist.rev)
}

// parseError names the file and line of bad input.
func parseError(path string, line int, format string, args ...any) error {
	return fmt.Errorf("gen: %s:%d: %s", path, line, fmt.Sprintf(format, args...))
}

// eachLine calls fn with each line of the file and its 1-based number and
// byte offset, skipping the licence lines at the top of the index and data
// files (they start with two spaces).
func eachLine(path string, fn func(line string, n int, offset int64) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	var offset int64
	for n := 1; ; n++ {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			start := offset
			offset += int64(len(line))
			text := strings.TrimRight(line, "\r\n")
			if !strings.HasPrefix(text, "  ") && text != "" {
				if err := fn(text, n, start); err != nil {
					return err
				}
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("gen: %s: %w", path, err)
		}
	}
}

// read parses the WordNet files in dir.
func read(dir string) (*database, error) {
	db := &database{synsets: map[uint32]*synsetRec{}, tagged: map[string]*[4]int{}}
	for pos, name := range posFiles {
		if err := db.readIndex(filepath.Join(dir, "index."+name), pos); err != nil {
			return nil, err
		}
		if err := db.readData(filepath.Join(dir, "data."+name), pos); err != nil {
			return nil, err
		}
		exc, err := readExceptions(filepath.Join(dir, name+".exc"))
		if err != nil {
			return nil, err
		}
		db.exceptions[pos] = exc
	}
	if err := db.readCounts(filepath.Join(dir, "cntlist.rev")); err != nil {
		return nil, err
	}
	return db, db.check()
}

// readIndex reads index.<pos>.
func (db *database) readIndex(path string, pos int) error {
	return eachLine(path, func(line string, n int, _ int64) error {
		rec, err := parseIndexLine(line, pos)
		if err != nil {
			return parseError(path, n, "%v", err)
		}
		db.index = append(db.index, rec)
		return nil
	})
}

// parseIndexLine parses "lemma pos synset_cnt p_cnt [ptr_symbol...]
// sense_cnt tagsense_cnt synset_offset...".
func parseIndexLine(line string, pos int) (indexRec, error) {
	f := strings.Fields(line)
	if len(f) < 6 {
		return indexRec{}, fmt.Errorf("want at least 6 fields, have %d", len(f))
	}
	if p, ok := posIndex(f[1]); !ok || p != pos {
		return indexRec{}, fmt.Errorf("part of speech %q in index.%s", f[1], posFiles[pos])
	}
	count, err1 := strconv.Atoi(f[2])
	ptrs, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || count < 1 || ptrs < 0 || ptrs > len(f) || len(f) != 6+ptrs+count {
		return indexRec{}, fmt.Errorf("synset_cnt %q and p_cnt %q do not match the %d fields", f[2], f[3], len(f))
	}
	rec := indexRec{lemma: f[0], pos: pos}
	for _, off := range f[6+ptrs:] {
		o, err := strconv.ParseUint(off, 10, 30)
		if err != nil {
			return indexRec{}, fmt.Errorf("synset offset %q: %v", off, err)
		}
		rec.synsets = append(rec.synsets, synsetKey(uint32(o), pos))
	}
	return rec, nil
}

// readData reads data.<pos>.
func (db *database) readData(path string, pos int) error {
	return eachLine(path, func(line string, n int, at int64) error {
		rec, err := parseDataLine(line, pos, at)
		if err != nil {
			return parseError(path, n, "%v", err)
		}
		if _, dup := db.synsets[rec.key]; dup {
			return parseError(path, n, "synset %08d listed twice", rec.key>>2)
		}
		db.synsets[rec.key] = rec
		return nil
	})
}

// parseDataLine parses "synset_offset lex_filenum ss_type w_cnt word
// lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss", where w_cnt
// is two hexadecimal digits, p_cnt three decimal digits, and a pointer is
// "pointer_symbol synset_offset pos source/target" (source/target: four
// hexadecimal digits, two word numbers). The synset offset must be the
// line's byte offset at in its file.
func parseDataLine(line string, pos int, at int64) (*synsetRec, error) {
	if bar := strings.Index(line, " | "); bar >= 0 {
		line = line[:bar]
	}
	f := strings.Fields(line)
	if len(f) < 6 {
		return nil, fmt.Errorf("want at least 6 fields, have %d", len(f))
	}
	off, err := strconv.ParseUint(f[0], 10, 30)
	if err != nil || int64(off) != at {
		return nil, fmt.Errorf("synset offset %q is not the line's byte offset %d", f[0], at)
	}
	if p, ok := posIndex(f[2]); !ok || p != pos {
		return nil, fmt.Errorf("ss_type %q in data.%s", f[2], posFiles[pos])
	}
	words, err := strconv.ParseUint(f[3], 16, 8)
	if err != nil || words == 0 || len(f) < 5+2*int(words) {
		return nil, fmt.Errorf("w_cnt %q does not match the fields", f[3])
	}
	rec := &synsetRec{key: synsetKey(uint32(off), pos)}
	for i := range int(words) {
		rec.words = append(rec.words, lemmaOf(f[4+2*i]))
	}
	i := 4 + 2*int(words)
	ptrs, err := strconv.Atoi(f[i])
	if err != nil || ptrs < 0 || ptrs > len(f) || len(f) < i+1+4*ptrs {
		return nil, fmt.Errorf("p_cnt %q does not match the fields", f[i])
	}
	for j := range ptrs {
		p := f[i+1+4*j : i+5+4*j]
		o, err1 := strconv.ParseUint(p[1], 10, 30)
		tp, ok := posIndex(p[2])
		st, err2 := strconv.ParseUint(p[3], 16, 16)
		if err1 != nil || !ok || err2 != nil || len(p[3]) != 4 {
			return nil, fmt.Errorf("pointer %q", strings.Join(p, " "))
		}
		rec.pointers = append(rec.pointers, pointer{
			symbol: p[0], target: synsetKey(uint32(o), tp),
			source: int(st >> 8), dest: int(st & 0xff),
		})
	}
	return rec, nil
}

// lemmaOf turns a word of a data file into its index form: lower case,
// without the syntactic marker of adjectives ("(a)", "(p)", "(ip)").
func lemmaOf(word string) string {
	if i := strings.IndexByte(word, '('); i > 0 && strings.HasSuffix(word, ")") {
		word = word[:i]
	}
	return strings.ToLower(word)
}

// readExceptions reads "inflected_form base_form [base_form...]".
func readExceptions(path string) (map[string][]string, error) {
	exc := map[string][]string{}
	err := eachLine(path, func(line string, n int, _ int64) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return parseError(path, n, "want an inflected form and a base form")
		}
		exc[f[0]] = append(exc[f[0]], f[1:]...)
		return nil
	})
	return exc, err
}

// readCounts reads cntlist.rev: "sense_key sense_number tag_cnt", where a
// sense key is "lemma%ss_type:lex_filenum:lex_id:head_word:head_id" and
// ss_type is 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
func (db *database) readCounts(path string) error {
	return eachLine(path, func(line string, n int, _ int64) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return parseError(path, n, "want 3 fields, have %d", len(f))
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		count, err := strconv.Atoi(f[2])
		if !ok || rest == "" || err != nil || count < 0 {
			return parseError(path, n, "sense key %q or count %q", f[0], f[2])
		}
		if rest[0] < '1' || rest[0] > '5' {
			return parseError(path, n, "ss_type in sense key %q", f[0])
		}
		pos := [...]int{noun, verb, adj, adv, adj}[rest[0]-'1']
		c := db.tagged[lemma]
		if c == nil {
			c = new([4]int)
			db.tagged[lemma] = c
		}
		c[pos] += count
		return nil
	})
}

// check verifies that every synset an index line or a pointer names exists
// and that pointer word numbers are in range.
func (db *database) check() error {
	for _, r := range db.index {
		for _, k := range r.synsets {
			s := db.synsets[k]
			if s == nil {
				return fmt.Errorf("gen: index.%s: %q names a missing synset %08d", posFiles[r.pos], r.lemma, k>>2)
			}
			if !slices.Contains(s.words, r.lemma) {
				return fmt.Errorf("gen: index.%s: %q is not a word of its synset %08d", posFiles[r.pos], r.lemma, k>>2)
			}
		}
	}
	for _, s := range db.synsets {
		for _, p := range s.pointers {
			t := db.synsets[p.target]
			if t == nil {
				return fmt.Errorf("gen: data.%s: synset %08d points to a missing synset %08d", posFiles[s.key&3], s.key>>2, p.target>>2)
			}
			if p.source > len(s.words) || p.dest > len(t.words) || (p.source == 0) != (p.dest == 0) {
				return fmt.Errorf("gen: data.%s: synset %08d: pointer %s to %08d has word numbers %d/%d out of range", posFiles[s.key&3], s.key>>2, p.symbol, p.target>>2, p.source, p.dest)
			}
		}
	}
	return nil
}
