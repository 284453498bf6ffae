package claim

import (
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/bytemask"
	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// hints appends to dst the byte offsets in text of everything that can
// carry a figure's value: a digit, a sign (currency, percent, fraction or
// any other symbol), and a word that names a value (a number word, a scale
// written out, a fraction word, a multiplier word, a percent word). Every
// claim has one of those, so a stretch of text with no hint in it — a
// quiet one — holds no claim and is passed over without being lexed: most
// of the words of a transcript are in quiet sentences. The scan goes from
// word to word by the masks of the text's letters (see scanHints); it errs
// on the side of a hint.
func hints(text string, dst []int) []int { return scanHints(text, dst, len(text)) }

// quiet reports whether text has no hint: it can hold no claim.
func quiet(text string) bool {
	var buf [1]int
	return len(scanHints(text, buf[:0], 1)) == 0
}

// scanHints is hints that stops after the first limit hints. It walks
// the text's words by the masks of its letters and plainest bytes
// (bytemask), 64 bytes at a time: a word is found and measured with a few
// instructions whatever its length, and words are ruled out a block at a
// time by their first two letters and length (words.Pairs.Filter); only
// the others are read, and the bytes that are neither letters nor plain
// (a digit, a sign, a rune's byte, other punctuation).
func scanHints(text string, dst []int, limit int) []int {
	vw := valueWords()
	limit += len(dst)
	var blocks [8]bytemask.Block
	next := 0          // the first byte not read yet: a rune's bytes before it are passed over
	carry := uint64(0) // 1 when the byte before the block is a letter
	for base := 0; base < len(text); {
		n := bytemask.Fill(blocks[:], text[base:])
		for i, b := range blocks[:n] {
			// Where a word starts, and every byte neither a letter nor
			// plain (a space, a comma, a full stop).
			events := b.Letters&^(b.Letters<<1|carry) | ^(b.Letters | b.Plain)
			carry = b.Letters >> 63
			if skip := next - base; skip >= 64 {
				events = 0
			} else if skip > 0 {
				events &^= 1<<skip - 1
			}
			for events = vw.needLook(text, base, b.Letters, events); events != 0; events &= events - 1 {
				k := bits.TrailingZeros64(events)
				p := base + k
				if b.Letters>>k&1 != 0 {
					// A word whose first letter and length may be a
					// value word's, or that goes on past the block.
					end := p + bits.TrailingZeros64(^(b.Letters >> k))
					if end-base == 64 {
						// It goes on in the next block, by its mask when
						// that is at hand and ends the word.
						if i+1 < n && ^blocks[i+1].Letters != 0 {
							end += bits.TrailingZeros64(^blocks[i+1].Letters)
						} else {
							for end < len(text) && byteClass[text[end]] == byteLetter {
								end++
							}
						}
						next = end
					}
					if !vw.mayBe(text, p, end) {
						continue
					}
				} else {
					if p < next {
						continue // a byte of a rune read
					}
					switch byteClass[text[p]] {
					case bytePlain:
						continue
					case byteMulti:
						r, w := utf8.DecodeRuneInString(text[p:])
						if next = p + w; plainRune(r) {
							continue
						}
					default:
					}
				}
				if dst = append(dst, p); len(dst) == limit {
					return dst
				}
			}
			base += 64
		}
	}
	return dst
}

// needLook returns events, the word starts and other bytes of the block
// at text[base:] whose letters are letters, without the words that cannot
// be one of f's: those that end in the block and whose first two letters
// and length are no word's of f (the pairs of f's words hold their first
// letters and lengths too).
func (f *wordFilter) needLook(text string, base int, letters, events uint64) uint64 {
	return f.pairs.Filter(text[base:], letters, events&letters) | events&^letters
}

// mayBe reports whether the word text[start:end] of ASCII letters is one
// of f's words, in any case: its first letter and length, then its first
// two letters, last letter and length rule most others out before it is
// hashed.
func (f *wordFilter) mayBe(text string, start, end int) bool {
	c, n := text[start], end-start
	if !f.starts.Has(c, n) {
		return false
	}
	second := text[end-1]
	if n > 1 {
		second = text[start+1]
	}
	if !f.pairs.Has(c, second, n) || !f.shapes.Has(words.Shape(c, second, text[end-1], n)) {
		return false
	}
	w := text[start:end]
	_, ok := f.words.Get(words.Hash(w), w)
	return ok
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

// valueWords are the words that can carry a figure's value, in lower
// case: every claim has a digit, a sign or one of them. They are the
// number words, the scales written out in the singular (a scale in the
// plural, "thousands", is vague, and an abbreviated one, "bn", follows a
// number), the fraction words, the multiplier words and the percent words.
// Ordinals that are no fraction ("first", "second") are not among them:
// alone they are ordinals, never claims.
var valueWords = sync.OnceValue(func() *wordFilter {
	set := map[string]bool{"percent": true, "percents": true, "percentage": true, "pct": true, "pp": true,
		"thousand": true, "million": true, "billion": true, "trillion": true, "lakh": true, "crore": true}
	lex.Keywords(lex.NumberWord, func(w string) { set[w] = true })
	for w := range denominators.All() {
		set[w] = true
	}
	for w := range multiplierWords {
		set[w] = true
	}
	f := &wordFilter{words: words.New(set)}
	for w := range set {
		f.shapes.Add(w)
		f.starts.AddFold(w)
		f.pairs.Add(w)
	}
	return f
})

// wordFilter is a set of lower-case words, with the shapes of its words
// to pass most other words over without a look-up.
type wordFilter struct {
	words  *words.Table[bool]
	shapes words.Shapes
	starts words.Starts // their first letters, in either case, and lengths
	pairs  words.Pairs  // their first two letters and lengths
}

// mayStatePeriod reports whether text, which has no hint, may state a
// period (see sentence.periods): with no digit and no number word, a
// period needs one of quietPeriodWords ("last year", "to date", "at
// present", "today", "in May").
func mayStatePeriod(text string) bool {
	pw := quietPeriodWords()
	for i := 0; i < len(text); {
		if byteClass[text[i]] != byteLetter {
			i++
			continue
		}
		start := i
		for i < len(text) && byteClass[text[i]] == byteLetter {
			i++
		}
		if w := text[start:i]; pw.starts.Has(w[0], len(w)) && pw.pairs.HasWord(w) {
			if _, ok := pw.words.Get(words.Hash(w), w); ok {
				return true
			}
		}
	}
	return false
}

// quietPeriodWords are the words one of which every period that
// sentence.periods finds in a sentence with no hint has: the months, and
// the last word of the others.
var quietPeriodWords = sync.OnceValue(func() *wordFilter {
	set := map[string]bool{"year": true, "month": true, "today": true, "currently": true,
		"presently": true, "nowadays": true, "date": true, "present": true, "now": true, "moment": true}
	lex.Keywords(lex.Month, func(w string) { set[w] = true })
	f := &wordFilter{words: words.New(set)}
	for w := range set {
		f.starts.AddFold(w)
		f.pairs.Add(w)
	}
	return f
})
