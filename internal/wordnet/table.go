package wordnet

import (
	_ "embed"
	"strings"
)

//go:generate go run ./internal/gen/cmd/wordnetgen -src /usr/share/wordnet -debian-version 1:3.0-37 -notice /usr/share/doc/wordnet-base/copyright -o wordnet.bin -license LICENSE

// blob is the table internal/gen/cmd/wordnetgen writes. It is read in
// place: the program's read-only data holds it, nothing is decoded at
// start-up, and concurrent readers need no locks. The layout, all integers
// little-endian, records referring to each other by their byte offset in
// their section (internal/gen/build.go writes it):
//
//	preamble  text naming the source, version and licence, then a NUL
//	header    "WNT1", uint32s: entries, synsets, hash slots, then the
//	          offsets of the hash, entry and synset sections and of the end
//	hash      uint32 per slot: 1 + an entry offset, 0 empty; FNV-1a, linear probing
//	entry     uint8 length, text, uint8 flags (bits 0-3 lemma parts of
//	          speech, 4-5 the most frequent, 6 starts a collocation, 7 its
//	          first noun sense is a person),
//	          uint8 exception parts of speech; per lemma part of speech
//	          uint8 n and n uint32 synset offsets (sense order); per
//	          exception part of speech uint8 n and n uint32 entry offsets
//	synset    uint32 key (data-file offset<<2 | part of speech), uint16 n and
//	          n uint32 derivationally related synset offsets, uint8 n and n
//	          antonym pointers of three uint32 (source entry, target entry,
//	          target synset)
//
//go:embed wordnet.bin
var blob string

// table is the parsed header of blob: its sections as substrings.
type table struct {
	preamble         string
	entries, synsets int // counts
	mask             uint32
	hash             string
	entry            string // the entry section
	synset           string // the synset section
}

const (
	flagHead    = 1 << 6
	flagPerson  = 1 << 7
	maxText     = 255 // the longest entry text the layout can hold
	headerWords = 7
)

var tab = open(blob)

// open parses the header. The table is ours, built and checked by the
// generator and tested, so a malformed one is a build fault and panics.
func open(b string) *table {
	nul := strings.IndexByte(b, 0)
	if nul < 0 || len(b) < nul+1+4+4*headerWords || b[nul+1:nul+5] != "WNT1" {
		panic("wordnet: the embedded table has no WNT1 header; run go generate ./internal/wordnet")
	}
	h := nul + 5
	word := func(i int) uint32 { return u32(b, uint32(h+4*i)) }
	t := &table{preamble: b[:nul], entries: int(word(0)), synsets: int(word(1)), mask: word(2) - 1}
	sec := [4]uint32{word(3), word(4), word(5), word(6)}
	if word(2)&(word(2)-1) != 0 || sec[0] > sec[1] || sec[1] > sec[2] || sec[2] > sec[3] || int(sec[3]) != len(b) ||
		sec[1]-sec[0] != 4*word(2) {
		panic("wordnet: the embedded table's header is inconsistent; run go generate ./internal/wordnet")
	}
	t.hash, t.entry, t.synset = b[sec[0]:sec[1]], b[sec[1]:sec[2]], b[sec[2]:sec[3]]
	return t
}

func u32(s string, i uint32) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func u16(s string, i uint32) uint32 {
	_ = s[i+1]
	return uint32(s[i]) | uint32(s[i+1])<<8
}

// text is the string of the entry at offset e.
func (t *table) text(e uint32) string {
	n := uint32(t.entry[e])
	return t.entry[e+1 : e+1+n]
}

// flags returns the entry's lemma parts of speech, its most frequent one,
// whether it starts a collocation, and where its part-of-speech blocks
// begin.
func (t *table) flags(e uint32) (lemma POS, most POS, head bool, exc POS, blocks uint32) {
	n := uint32(t.entry[e])
	f := t.flagByte(e)
	return POS(f & 0xf), 1 << (f >> 4 & 3), f&flagHead != 0, POS(t.entry[e+2+n] & 0xf), e + 3 + n
}

// flagByte is the flags byte of entry e (see the layout above).
func (t *table) flagByte(e uint32) byte { return t.entry[e+1+uint32(t.entry[e])] }

// senses returns the offset of the synset list of entry e as a p (one
// part of speech) and its length; n is 0 when e is no lemma of p.
func (t *table) senses(e uint32, p POS) (at uint32, n int) {
	lemma, _, _, _, at := t.flags(e)
	for q := Noun; q <= Adv; q <<= 1 {
		if lemma&q == 0 {
			continue
		}
		n = int(t.entry[at])
		if q == p {
			return at + 1, n
		}
		at += 1 + 4*uint32(n)
	}
	return 0, 0
}

// exceptions returns the offset of the base-form list of entry e as a p
// and its length, and whether e has an exception entry as a p at all.
func (t *table) exceptions(e uint32, p POS) (at uint32, n int, ok bool) {
	lemma, _, _, exc, at := t.flags(e)
	if exc&p == 0 {
		return 0, 0, false
	}
	for q := Noun; q <= Adv; q <<= 1 {
		if lemma&q != 0 {
			at += 1 + 4*uint32(t.entry[at])
		}
	}
	for q := Noun; q <= Adv; q <<= 1 {
		if exc&q == 0 {
			continue
		}
		n = int(t.entry[at])
		if q == p {
			return at + 1, n, true
		}
		at += 1 + 4*uint32(n)
	}
	return 0, 0, false
}

// find returns the offset of the entry whose text is key.
func find[S string | []byte](t *table, key S) (uint32, bool) {
	if len(key) == 0 || len(key) > maxText {
		return 0, false
	}
	h := uint32(2166136261) // FNV-1a, as the generator hashes
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	for h &= t.mask; ; h = (h + 1) & t.mask {
		v := u32(t.hash, 4*h)
		if v == 0 {
			return 0, false
		}
		e := v - 1
		if int(t.entry[e]) != len(key) {
			continue
		}
		s := t.entry[e+1 : e+1+uint32(len(key))]
		same := true
		for i := 0; i < len(key); i++ {
			if s[i] != key[i] {
				same = false
				break
			}
		}
		if same {
			return e, true
		}
	}
}

// key is the synset key of the synset record at offset s.
func (t *table) key(s uint32) uint32 { return u32(t.synset, s) }

// links returns where the derivational links of synset s start and how
// many there are.
func (t *table) links(s uint32) (at uint32, n int) {
	return s + 6, int(u16(t.synset, s+4))
}

// antonyms returns where the antonym pointers of synset s start (12 bytes
// each) and how many there are.
func (t *table) antonyms(s uint32) (at uint32, n int) {
	_, nl := t.links(s)
	at = s + 6 + 4*uint32(nl)
	return at + 1, int(t.synset[at])
}
