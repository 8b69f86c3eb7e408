package gen

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The table layout. Package wordnet reads it in place (table.go there
// describes the same layout from the reader's side); all integers are
// little-endian. Records refer to each other by their byte offset in their
// section, so a lookup follows no index tables.
//
//	preamble  UTF-8 text naming the source, version and licence, then a NUL
//	header    "WNT1", then uint32s: the number of entries, of synsets and of
//	          hash slots, and the byte offsets of the three sections below
//	          and of the end
//	hash      one uint32 per slot: 1 + the offset of an entry, 0 for an
//	          empty slot; FNV-1a (32 bit) of the entry's text, linear probing
//	entries   records, sorted by text (bytewise):
//	            uint8 length, text
//	            uint8 flags: bits 0-3 the parts of speech it is a lemma of,
//	                  bits 4-5 the most frequent one, bit 6 some collocation
//	                  starts with this word, bit 7 its first noun sense is
//	                  a person (see persons)
//	            uint8 the parts of speech it has an exception entry for
//	            per lemma part of speech (noun, verb, adj, adv order):
//	              uint8 senses, then one uint32 synset offset per sense
//	            per exception part of speech: uint8 bases, then one uint32
//	              entry offset per base form
//	synsets   records, sorted by key:
//	            uint32 key (offset in the data file<<2 | part of speech)
//	            uint16 links, then one uint32 synset offset per derivationally
//	              related synset (pointers "+" and "\", both directions)
//	            uint8 antonyms, then per antonym pointer three uint32: the
//	              source word's entry offset, the target word's entry offset,
//	              the target synset's offset
const magic = "WNT1"

// Limits of the record fields, checked while building.
const (
	maxText     = 255
	maxSenses   = 255
	maxBases    = 255
	maxLinks    = 65535
	maxAntonyms = 255
)

// Sources lists the database files Build reads, in the order the preamble
// names them with their SHA-256.
var Sources = []string{
	"index.noun", "index.verb", "index.adj", "index.adv",
	"data.noun", "data.verb", "data.adj", "data.adv",
	"noun.exc", "verb.exc", "adj.exc", "adv.exc",
	"cntlist.rev",
}

// entry is one string of the table: a lemma, an inflected form of the
// exception lists, or the first word of a collocation (or several of these).
type entry struct {
	text   string
	senses [4][]uint32 // synset keys per part of speech, in sense order
	exc    [4][]string // exception base forms per part of speech
	hasExc [4]bool
	tagged [4]int // SemCor tag counts per part of speech
	head   bool   // some collocation starts with text + "_"
}

// antonym is a lexical antonym pointer: word src of a synset to word dst
// of synset target.
type antonym struct {
	src, dst string
	target   uint32
}

// Build reads the WordNet 3.0 database in dir and returns the table.
// debianVersion is the version of the wordnet-base package the files come
// from, recorded in the preamble. Errors name the file and line at fault.
func Build(dir, debianVersion string) ([]byte, error) {
	db, err := read(dir)
	if err != nil {
		return nil, err
	}
	var preamble strings.Builder
	fmt.Fprintf(&preamble, "claimdiff WordNet table, format 1\n")
	fmt.Fprintf(&preamble, "Source: WordNet 3.0 (Princeton University, https://wordnet.princeton.edu), the database files of Debian's wordnet-base %s\n", debianVersion)
	fmt.Fprintf(&preamble, "Licence: WordNet 3.0 licence (redistribution allowed with its notice); the notice is in LICENSE beside this file\n")
	fmt.Fprintf(&preamble, "Generator: internal/wordnet/internal/gen (go generate ./internal/wordnet)\n")
	for _, name := range Sources {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("gen: %w", err)
		}
		fmt.Fprintf(&preamble, "SHA-256 %x %s\n", sha256.Sum256(b), name)
	}
	return encode(db, preamble.String())
}

// entries gathers the table's strings from the database, sorted by text.
func entries(db *database) []*entry {
	byText := map[string]*entry{}
	get := func(text string) *entry {
		e := byText[text]
		if e == nil {
			e = &entry{text: text}
			byText[text] = e
		}
		return e
	}
	for _, r := range db.index {
		get(r.lemma).senses[r.pos] = r.synsets
	}
	for pos, exc := range db.exceptions {
		for form, bases := range exc {
			e := get(form)
			e.hasExc[pos] = true
			for _, b := range bases {
				if b == form {
					continue
				}
				// WordNet's search looks a base form up in several spellings
				// (getindex in its search.c); one that is no lemma of this
				// part of speech in any leads nowhere.
				for _, v := range spellings(b) {
					if l := byText[v]; l != nil && len(l.senses[pos]) > 0 && !slices.Contains(e.exc[pos], v) {
						e.exc[pos] = append(e.exc[pos], v)
					}
				}
			}
		}
	}
	for text, e := range byText {
		if i := strings.IndexAny(text, "_-"); i > 0 && (e.lemma() || e.anyExc()) {
			get(text[:i]).head = true
		}
	}
	for lemma, counts := range db.tagged {
		if e := byText[lemma]; e != nil {
			for pos, c := range counts {
				if len(e.senses[pos]) > 0 {
					e.tagged[pos] += c
				}
			}
		}
	}
	all := make([]*entry, 0, len(byText))
	for _, e := range byText {
		all = append(all, e)
	}
	slices.SortFunc(all, func(a, b *entry) int { return strings.Compare(a.text, b.text) })
	return all
}

// spellings lists the forms WordNet's index lookup (getindex in its
// search.c) tries for s, in its order: s, with "_" as "-", with "-" as "_",
// without "_" and "-", and without ".".
func spellings(s string) []string {
	out := []string{s}
	for _, v := range []string{
		strings.ReplaceAll(s, "_", "-"),
		strings.ReplaceAll(s, "-", "_"),
		strings.NewReplacer("_", "", "-", "").Replace(s),
		strings.ReplaceAll(s, ".", ""),
	} {
		if v != s {
			out = append(out, v)
		}
	}
	return out
}

func (e *entry) lemma() bool {
	return len(e.senses[0])+len(e.senses[1])+len(e.senses[2])+len(e.senses[3]) > 0
}

func (e *entry) anyExc() bool { return e.hasExc[0] || e.hasExc[1] || e.hasExc[2] || e.hasExc[3] }

// mostFrequent is the part of speech whose senses SemCor tagged most often
// (cntlist.rev); without tags, the one with the most senses; ties go to the
// first in table order.
func (e *entry) mostFrequent() int {
	best := -1
	for pos := range 4 {
		if len(e.senses[pos]) == 0 {
			continue
		}
		if best < 0 || e.tagged[pos] > e.tagged[best] ||
			(e.tagged[pos] == e.tagged[best] && len(e.senses[pos]) > len(e.senses[best])) {
			best = pos
		}
	}
	return max(best, 0)
}

// links gathers, per synset key, the synsets related by a derivational
// pointer in either direction: "+" (derivationally related form) and "\"
// (pertainym of an adjective, the adjective an adverb derives from).
func links(db *database) map[uint32][]uint32 {
	set := map[[2]uint32]bool{}
	for _, s := range db.synsets {
		for _, p := range s.pointers {
			if (p.symbol == "+" || p.symbol == `\`) && p.target != s.key {
				set[[2]uint32{s.key, p.target}] = true
				set[[2]uint32{p.target, s.key}] = true
			}
		}
	}
	out := map[uint32][]uint32{}
	for l := range set {
		out[l[0]] = append(out[l[0]], l[1])
	}
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

// personSynset is the key of WordNet 3.0's person.n.01 ("a human being":
// person, individual, someone, somebody, mortal, soul).
var personSynset = synsetKey(7846, noun)

// persons returns the noun synsets that are persons: person.n.01 and its
// hyponyms, the synsets it is reached from by hypernym pointers ("@"; not
// "@i": instances are named people, not kinds).
func persons(db *database) map[uint32]bool {
	known := map[uint32]bool{}
	var is func(k uint32, depth int) bool
	is = func(k uint32, depth int) bool {
		if v, ok := known[k]; ok {
			return v
		}
		known[k] = false // a cycle, if the database had one, is no person
		s := db.synsets[k]
		if s == nil {
			return false
		}
		v := k == personSynset
		for _, p := range s.pointers {
			if !v && p.symbol == "@" && depth < 64 {
				v = is(p.target, depth+1)
			}
		}
		known[k] = v
		return v
	}
	out := map[uint32]bool{}
	for k := range db.synsets {
		if k&3 == noun && is(k, 0) {
			out[k] = true
		}
	}
	return out
}

// antonyms gathers, per synset key, its lexical antonym pointers ("!").
func antonyms(db *database) map[uint32][]antonym {
	out := map[uint32][]antonym{}
	for _, s := range db.synsets {
		for _, p := range s.pointers {
			if p.symbol != "!" || p.source == 0 {
				continue
			}
			a := antonym{src: s.words[p.source-1], dst: db.synsets[p.target].words[p.dest-1], target: p.target}
			if !slices.Contains(out[s.key], a) {
				out[s.key] = append(out[s.key], a)
			}
		}
	}
	for k := range out {
		slices.SortFunc(out[k], func(a, b antonym) int {
			return cmp.Or(strings.Compare(a.src, b.src), strings.Compare(a.dst, b.dst), cmp.Compare(a.target, b.target))
		})
	}
	return out
}

// FNV1a is the hash of the table's open-addressing index (32-bit FNV-1a).
func FNV1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func encode(db *database, preamble string) ([]byte, error) {
	ents := entries(db)
	keys := make([]uint32, 0, len(db.synsets))
	for k := range db.synsets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	related := links(db)
	opposed := antonyms(db)
	person := persons(db)

	// Records refer to each other by offset, so lay them out first.
	synAt := make(map[uint32]uint32, len(keys))
	var size uint32
	for _, k := range keys {
		synAt[k] = size
		size += 4 + 2 + 4*uint32(len(related[k])) + 1 + 12*uint32(len(opposed[k]))
	}
	entryAt := make(map[string]uint32, len(ents))
	size = 0
	for _, e := range ents {
		entryAt[e.text] = size
		size += 3 + uint32(len(e.text))
		for pos := range 4 {
			if len(e.senses[pos]) > 0 {
				size += 1 + 4*uint32(len(e.senses[pos]))
			}
			if e.hasExc[pos] {
				size += 1 + 4*uint32(len(e.exc[pos]))
			}
		}
	}

	le := binary.LittleEndian
	var entryBuf bytes.Buffer
	for i, e := range ents {
		if len(e.text) > maxText {
			return nil, fmt.Errorf("gen: %q is longer than %d bytes", e.text, maxText)
		}
		entryBuf.WriteByte(byte(len(e.text)))
		entryBuf.WriteString(e.text)
		var lemmaMask, excMask byte
		for pos := range 4 {
			if len(e.senses[pos]) > 0 {
				lemmaMask |= 1 << pos
			}
			if e.hasExc[pos] {
				excMask |= 1 << pos
			}
		}
		flags := lemmaMask | byte(e.mostFrequent())<<4
		if e.head {
			flags |= 1 << 6
		}
		if len(e.senses[noun]) > 0 && person[e.senses[noun][0]] {
			flags |= 1 << 7
		}
		entryBuf.WriteByte(flags)
		entryBuf.WriteByte(excMask)
		for pos := range 4 {
			if len(e.senses[pos]) == 0 {
				continue
			}
			if len(e.senses[pos]) > maxSenses {
				return nil, fmt.Errorf("gen: %q has %d senses as a %s, more than %d", e.text, len(e.senses[pos]), posFiles[pos], maxSenses)
			}
			entryBuf.WriteByte(byte(len(e.senses[pos])))
			for _, k := range e.senses[pos] {
				entryBuf.Write(le.AppendUint32(nil, synAt[k]))
			}
		}
		for pos := range 4 {
			if !e.hasExc[pos] {
				continue
			}
			if len(e.exc[pos]) > maxBases {
				return nil, fmt.Errorf("gen: %q has %d base forms as a %s, more than %d", e.text, len(e.exc[pos]), posFiles[pos], maxBases)
			}
			entryBuf.WriteByte(byte(len(e.exc[pos])))
			for _, b := range e.exc[pos] {
				entryBuf.Write(le.AppendUint32(nil, entryAt[b]))
			}
		}
		next := size
		if i+1 < len(ents) {
			next = entryAt[ents[i+1].text]
		}
		if uint32(entryBuf.Len()) != next {
			return nil, fmt.Errorf("gen: internal error: the record of %q does not end where the layout says", e.text)
		}
	}

	var synBuf bytes.Buffer
	for _, k := range keys {
		synBuf.Write(le.AppendUint32(nil, k))
		ls := related[k]
		if len(ls) > maxLinks {
			return nil, fmt.Errorf("gen: synset %08d has %d derivational links, more than %d", k>>2, len(ls), maxLinks)
		}
		synBuf.Write(le.AppendUint16(nil, uint16(len(ls))))
		for _, t := range ls {
			synBuf.Write(le.AppendUint32(nil, synAt[t]))
		}
		as := opposed[k]
		if len(as) > maxAntonyms {
			return nil, fmt.Errorf("gen: synset %08d has %d antonym pointers, more than %d", k>>2, len(as), maxAntonyms)
		}
		synBuf.WriteByte(byte(len(as)))
		for _, a := range as {
			src, ok1 := entryAt[a.src]
			dst, ok2 := entryAt[a.dst]
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("gen: synset %08d: antonym %s/%s is not in the index files", k>>2, a.src, a.dst)
			}
			for _, v := range []uint32{src, dst, synAt[a.target]} {
				synBuf.Write(le.AppendUint32(nil, v))
			}
		}
	}

	slots := 1
	for slots < len(ents)*3/2 {
		slots *= 2
	}
	hash := make([]uint32, slots)
	for _, e := range ents {
		h := FNV1a(e.text) & uint32(slots-1)
		for hash[h] != 0 {
			h = (h + 1) & uint32(slots-1)
		}
		hash[h] = entryAt[e.text] + 1
	}

	out := []byte(preamble)
	out = append(out, 0)
	out = append(out, magic...)
	headerAt := len(out)
	const headerWords = 3 + 4
	out = append(out, make([]byte, 4*headerWords)...)
	var sections [4]uint32
	sections[0] = uint32(len(out))
	for _, v := range hash {
		out = le.AppendUint32(out, v)
	}
	sections[1] = uint32(len(out))
	out = append(out, entryBuf.Bytes()...)
	sections[2] = uint32(len(out))
	out = append(out, synBuf.Bytes()...)
	sections[3] = uint32(len(out))
	header := append([]uint32{uint32(len(ents)), uint32(len(keys)), uint32(slots)}, sections[:]...)
	for i, v := range header {
		le.PutUint32(out[headerAt+4*i:], v)
	}
	return out, nil
}
