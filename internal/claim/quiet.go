package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/lex"
)

// hints appends to dst the byte offsets in text of everything that can
// carry a figure's value: a digit, a sign (currency, percent, fraction or
// any other symbol), and a word that names a value (a number word, a scale
// written out, a fraction word, a multiplier word, a percent word). Every
// claim has one of those, so a stretch of text with no hint in it — a
// quiet one — holds no claim and is passed over without being lexed: most
// of the words of a transcript are in quiet sentences. The scan reads each
// byte once; it errs on the side of a hint.
func hints(text string, dst []int) []int {
	for i := 0; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case bytePlain:
			i++
		case byteLetter:
			start := i
			h := uint32(hashSeed)
			for ; i < len(text) && byteClass[text[i]] == byteLetter; i++ {
				h = (h ^ uint32(text[i]|0x20)) * hashPrime // ASCII lower case
			}
			if i-start <= maxValueWord && valueWords().has(h, text[start:i]) {
				dst = append(dst, start)
			}
		case byteMulti:
			r, w := utf8.DecodeRuneInString(text[i:])
			if !plainRune(r) {
				dst = append(dst, i)
			}
			i += w
		default:
			dst = append(dst, i)
			i++
		}
	}
	return dst
}

// quiet reports whether text has no hint: it can hold no claim.
func quiet(text string) bool {
	var buf [1]int
	return len(hints(text, buf[:0])) == 0
}

// The classes of bytes the hint scan tells apart.
const (
	bytePlain  = iota // space and punctuation that carry no figure
	byteLetter        // a-z, A-Z
	byteMulti         // the first byte of a multi-byte rune
	byteOther         // digits, $, %, control bytes and other signs
)

// byteClass classifies each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = byteLetter
		case c >= utf8.RuneSelf:
			t[c] = byteMulti
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = bytePlain
		case c < ' ' || c == 0x7f || '0' <= c && c <= '9':
			t[c] = byteOther
		default:
			t[c] = bytePlain
		}
	}
	for _, c := range "$%#+=<>^~|\\`" {
		t[c] = byteOther
	}
	return t
}()

// plainRune reports whether the non-ASCII rune r can carry no figure:
// punctuation, space, or a letter that does not lower-case to an ASCII one
// (as the Kelvin sign does). Currency signs, fraction characters, digits
// of other scripts, other symbols and invalid bytes are not plain.
func plainRune(r rune) bool {
	switch {
	case r == utf8.RuneError:
		return false
	case unicode.IsPunct(r), unicode.IsSpace(r), unicode.IsMark(r):
		return true
	case unicode.IsLetter(r):
		return unicode.ToLower(r) >= utf8.RuneSelf && unicode.ToUpper(r) >= utf8.RuneSelf
	}
	return false
}

// maxValueWord is the length of the longest word in valueWords.
const maxValueWord = 16

// The word hash: FNV-1a over the lower-case bytes.
const (
	hashSeed  = 2166136261
	hashPrime = 16777619
)

// wordSet is a set of lower-case ASCII words keyed by their hash, looked
// up without building a string: open addressing in a table a few times
// larger than the set.
type wordSet struct {
	mask  uint32
	slots []wordSlot
}

type wordSlot struct {
	hash uint32
	word string // "" for an empty slot
}

func newWordSet(words []string) *wordSet {
	n := 1
	for n < 4*len(words) {
		n *= 2
	}
	s := &wordSet{mask: uint32(n - 1), slots: make([]wordSlot, n)}
	for _, w := range words {
		h := uint32(hashSeed)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * hashPrime
		}
		k := h & s.mask
		for s.slots[k].word != "" && s.slots[k].word != w {
			k = (k + 1) & s.mask
		}
		s.slots[k] = wordSlot{h, w}
	}
	return s
}

// has reports whether word w, of any case, whose lower-case hash is h, is
// in the set.
func (s *wordSet) has(h uint32, w string) bool {
	for k := h & s.mask; s.slots[k].word != ""; k = (k + 1) & s.mask {
		if s.slots[k].hash == h && len(s.slots[k].word) == len(w) && equalLower(s.slots[k].word, w) {
			return true
		}
	}
	return false
}

// equalLower reports whether ASCII word w lower-cases to lw.
func equalLower(lw, w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lw[i] {
			return false
		}
	}
	return true
}

// valueWords are the words that can carry a figure's value, in lower
// case: every claim has a digit, a sign or one of them.
var valueWords = sync.OnceValue(func() *wordSet {
	words := []string{"percent", "percents", "percentage", "pct", "pp"}
	add := func(w string) {
		if len(w) <= maxValueWord {
			words = append(words, w)
		}
	}
	lex.Keywords(lex.NumberWord, add)
	lex.Keywords(lex.Scale, add)
	for w := range denominators {
		add(w)
	}
	for w := range ordinalWords {
		add(w)
	}
	for w := range multiplierWords {
		add(w)
	}
	return newWordSet(words)
})
