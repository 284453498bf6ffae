// Package words looks up words without building a string: the lexer and
// the claim extractor read every token through it. A Table maps ASCII
// words of any case to values, looked up by a hash the caller computes
// (Hash) and may keep; a Set and a Map are fixed sets and maps of exact
// words. Sets and Maps (and the users of tables) rule most words that are
// not in them out before hashing them: by their first byte and length
// (Starts), then by their first two letters, last letter and length
// (Shapes); the hottest look-ups put their first two bytes and length
// (Pairs, a smaller table) between the two, and Pairs.Filter rules out
// the words of a 64-byte block at once. Sets and Maps, dozens of which
// are read around each figure, keep small filters (SmallStarts,
// SmallShapes).
package words

import (
	"strings"
	"unsafe"
)

// Hash returns the hash of w, the same for every ASCII case of w: FNV-1a
// over its bytes, ASCII capitals lower-cased (other bytes are taken as
// they are, so a word with them never matches one without). Callers hash
// a word only once it has passed a table's filters: hashing every letter
// of every word costs more than the look-ups it saves.
func Hash(w string) uint32 {
	const seed, prime = 2166136261, 16777619
	h := uint32(seed)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * prime
	}
	return h
}

// Table maps lower-case ASCII words to values of type V. Its zero value
// is empty; build it with New.
type Table[V any] struct {
	mask  uint32
	slots []slot[V]
	max   int // the longest word
}

type slot[V any] struct {
	hash  uint32
	word  string // "" for an empty slot
	value V
}

// New returns a table of the words of m, which must be lower-case and
// not empty.
func New[V any](m map[string]V) *Table[V] {
	n := 1
	for n < 4*len(m) {
		n *= 2
	}
	t := &Table[V]{mask: uint32(n - 1), slots: newSlots[V](n)}
	for w, v := range m {
		h := Hash(w)
		k := h & t.mask
		for t.slots[k].word != "" {
			k = (k + 1) & t.mask
		}
		t.slots[k] = slot[V]{h, w, v}
		t.max = max(t.max, len(w))
	}
	return t
}

// newSlots returns n empty slots, each memory page of them written once
// before the words are put in: a fresh page first read (as probing for
// a free slot reads) is mapped to the kernel's page of zeros, and its
// first write then copies it, a second fault that makes the kernel flush
// every core's address cache (a third of a millisecond of the tool's
// start, which builds some seventy tables).
func newSlots[V any](n int) []slot[V] {
	slots := make([]slot[V], n)
	step := max(1, 4096/int(unsafe.Sizeof(slots[0])))
	for i := 0; i < n; i += step {
		slots[i].hash = 0
	}
	return slots
}

// MaxLen returns the length of the longest word of the table: a longer
// word is not in it.
func (t *Table[V]) MaxLen() int { return t.max }

// Words returns the words of the table, in no particular order.
func (t *Table[V]) Words() []string {
	var out []string
	for _, s := range t.slots {
		if s.word != "" {
			out = append(out, s.word)
		}
	}
	return out
}

// Get returns the value of word w, of any ASCII case, whose hash is h.
func (t *Table[V]) Get(h uint32, w string) (V, bool) {
	if len(w) <= t.max && t.slots != nil {
		for k := h & t.mask; t.slots[k].word != ""; k = (k + 1) & t.mask {
			if s := &t.slots[k]; s.hash == h && len(s.word) == len(w) && equalLower(s.word, w) {
				return s.value, true
			}
		}
	}
	var zero V
	return zero, false
}

// equalLower reports whether w lower-cases (ASCII capitals only) to lw.
func equalLower(lw, w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

// Shapes is a set of word shapes: a word's first two letters, last letter
// and length, in any case, folded into 16 bits. A word whose shape is not
// in the set of a table's words is not in the table, and most words are
// told so without being hashed.
type Shapes [1 << 16 / 64]uint64

// Add adds the shape of word w.
func (s *Shapes) Add(w string) {
	k := ShapeOf(w)
	s[k/64] |= 1 << (k % 64)
}

// Has reports whether shape k is in the set.
func (s *Shapes) Has(k uint32) bool { return s[k/64]&(1<<(k%64)) != 0 }

// ShapeOf returns the shape of the word w (not empty).
func ShapeOf(w string) uint32 {
	second := w[len(w)-1]
	if len(w) > 1 {
		second = w[1]
	}
	return Shape(w[0], second, w[len(w)-1], len(w))
}

// Shape is ShapeOf of a word of n letters, given its first, second (the
// last again for a word of one letter) and last letters.
func Shape(first, second, last byte, n int) uint32 {
	k := uint32(first|0x20)*961 + uint32(second|0x20)*31 + uint32(last|0x20)
	return (k*16 + uint32(min(n, 15))) & (1<<16 - 1)
}

// Starts is the cheapest filter of a set of words: for each first byte,
// the lengths (modulo 32) of the words that start with it. Most words
// that are not in the set are told so by it with a shift and a mask.
type Starts [256]uint32

// Add adds word w (not empty).
func (s *Starts) Add(w string) { s[w[0]] |= 1 << (len(w) & 31) }

// AddFold adds word w (not empty) with its first byte in either case when
// it is an ASCII letter: for a set looked up in any case.
func (s *Starts) AddFold(w string) {
	s.Add(w)
	if c := w[0] | 0x20; 'a' <= c && c <= 'z' {
		s[c] |= 1 << (len(w) & 31)
		s[c&^0x20] |= 1 << (len(w) & 31)
	}
}

// Has reports whether a word of n bytes that starts with byte c may be in
// the set.
func (s *Starts) Has(c byte, n int) bool { return s[c]>>(n&31)&1 != 0 }

// Pairs is the filter after Starts: for each pair of a word's first two
// bytes (the first twice for a word of one byte), folded to their low
// five bits (so the two cases of a letter are one), the lengths (modulo
// 32) of the words that start with them. Its table is 4 KB.
type Pairs [1 << 10]uint32

// Add adds word w (not empty).
func (p *Pairs) Add(w string) { p[PairIndex(w[0], w[min(1, len(w)-1)])] |= 1 << (len(w) & 31) }

// Has reports whether a word of n bytes that starts with bytes first and
// second (first again when n is 1) may be in the set.
func (p *Pairs) Has(first, second byte, n int) bool {
	return p[PairIndex(first, second)]>>(n&31)&1 != 0
}

// HasWord reports whether word w (not empty) may be in the set.
func (p *Pairs) HasWord(w string) bool { return p.Has(w[0], w[min(1, len(w)-1)], len(w)) }

// PairIndex is the place in a Pairs of the words that start with bytes
// first and second (first again for a word of one byte), for a caller
// that reads the table itself, with no branch.
func PairIndex(first, second byte) uint32 { return uint32(first&0x1f)<<5 | uint32(second&0x1f) }

// Set is a fixed set of words, looked up exactly as a map[string]bool
// is: the Map of the words in it.
type Set struct {
	m *Map[bool]
}

// NewSet returns the set of the words of m whose value is true. It keeps
// m when they all are (most sets are written so): m must not change
// after.
func NewSet(m map[string]bool) *Set {
	for _, ok := range m {
		if !ok {
			in := map[string]bool{}
			for w, ok := range m {
				if ok {
					in[w] = true
				}
			}
			return &Set{NewMap(in)}
		}
	}
	return &Set{NewMap(m)}
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	_, ok := s.m.Get(w)
	return ok
}

// All returns the set's words as a Go map, to range over; it must not be
// changed.
func (s *Set) All() map[string]bool { return s.m.All() }

// Map is a fixed map from strings to values of type V, looked up exactly
// as a Go map is, but most strings that are not in it are told so by
// their first byte and length and their shape (small filters), without
// being hashed, and the others are looked up in an
// open-addressed table by Hash, cheaper than a Go map's look-up for the
// short words it holds. Build it with NewMap.
type Map[V any] struct {
	m       map[string]V
	starts  SmallStarts
	shapes  SmallShapes
	mask    uint32
	slots   []slot[V] // the words of m but "", by Hash, compared exactly
	empty   V         // the value of "", when emptyOK
	emptyOK bool
}

// NewMap returns the Map of m, which it keeps: m must not change after.
func NewMap[V any](m map[string]V) *Map[V] {
	n := 1
	for n < 4*len(m) {
		n *= 2
	}
	t := &Map[V]{m: m, mask: uint32(n - 1), slots: newSlots[V](n)}
	for w, v := range m {
		if w == "" {
			t.empty, t.emptyOK = v, true
			continue
		}
		t.starts.Add(w)
		t.shapes.Add(w)
		h := Hash(w)
		k := h & t.mask
		for t.slots[k].word != "" {
			k = (k + 1) & t.mask
		}
		t.slots[k] = slot[V]{h, w, v}
	}
	return t
}

// Get returns the value of w and whether w is in the map.
func (t *Map[V]) Get(w string) (V, bool) {
	if w == "" {
		return t.empty, t.emptyOK
	}
	if t.starts.Has(w[0], len(w)) && t.shapes.Has(ShapeOf(w)) {
		h := Hash(w)
		for k := h & t.mask; t.slots[k].word != ""; k = (k + 1) & t.mask {
			if s := &t.slots[k]; s.hash == h && s.word == w {
				return s.value, true
			}
		}
	}
	var zero V
	return zero, false
}

// SmallStarts is Starts folded to 256 bytes: the lengths (modulo 32) of
// the words by their first byte modulo 64 (which keeps the cases of a
// letter apart). SmallStarts and SmallShapes are the filters of the
// tables looked up by the dozen for each figure (Map's among them): big
// ones would crowd each other out of the processor's first-level cache,
// and a few more words getting past small ones cost less.
type SmallStarts [64]uint32

// Add adds word w (not empty).
func (s *SmallStarts) Add(w string) { s[w[0]&63] |= 1 << (len(w) & 31) }

// Has reports whether a word of n bytes that starts with byte c may be in
// the set.
func (s *SmallStarts) Has(c byte, n int) bool { return s[c&63]>>(n&31)&1 != 0 }

// SmallShapes is Shapes folded to 512 bytes: the shapes hashed to 12 bits.
type SmallShapes [1 << 12 / 64]uint64

// Add adds the shape of word w (not empty).
func (s *SmallShapes) Add(w string) {
	k := smallShape(ShapeOf(w))
	s[k/64] |= 1 << (k % 64)
}

// Has reports whether shape k (see Shape) may be in the set.
func (s *SmallShapes) Has(k uint32) bool {
	k = smallShape(k)
	return s[k/64]&(1<<(k%64)) != 0
}

func smallShape(k uint32) uint32 { return k * 0x9E3779B1 >> 20 }

// Value returns the value of w, the zero value when w is not in the map.
func (t *Map[V]) Value(w string) V {
	v, _ := t.Get(w)
	return v
}

// All returns the map's Go map, to range over; it must not be changed.
func (t *Map[V]) All() map[string]V { return t.m }

// CommonEnglish returns the hundred commonest words of English (the Oxford
// English Corpus's), most common first: the words a filter for rarer ones
// should let through least (see bytemask.NewPrefixes).
func CommonEnglish() []string {
	return strings.Fields(`the be to of and a in that have I it for not on with he as you do at
	this but his by from they we say her she or an will my one all would there their what so up out if about
	who get which go me when make can like time no just him know take people into year your good some could
	them see other than then now look only come its over think also back after use two how our work first
	well way even new want because any these give day most us`)
}
