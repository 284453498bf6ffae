package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// hints appends to dst the byte offsets in text of everything that can
// carry a figure's value: a digit, a sign (currency, percent, fraction or
// any other symbol), and a word that names a value (a number word, a scale
// written out, a fraction word, a multiplier word, a percent word). Every
// claim has one of those, so a stretch of text with no hint in it — a
// quiet one — holds no claim and is passed over without being lexed: most
// of the words of a transcript are in quiet sentences. The scan reads each
// byte once; it errs on the side of a hint.
func hints(text string, dst []int) []int { return scanHints(text, dst, len(text)) }

// quiet reports whether text has no hint: it can hold no claim.
func quiet(text string) bool {
	var buf [1]int
	return len(scanHints(text, buf[:0], 1)) == 0
}

// scanHints is hints that stops after the first limit hints.
func scanHints(text string, dst []int, limit int) []int {
	vw := valueWords()
	limit += len(dst)
	for i := 0; i < len(text); {
		start, end, class := nextCandidate(text, i, vw)
		switch class {
		case bytePlain:
			return dst // the end of text
		case byteLetter:
			i = end
			w := text[start:end]
			if _, ok := vw.words.Get(words.Hash(w), w); !ok {
				continue
			}
		case byteMulti:
			r, w := utf8.DecodeRuneInString(text[start:])
			if i = start + w; plainRune(r) {
				continue
			}
		default:
			i = end
		}
		if dst = append(dst, start); len(dst) == limit {
			return dst
		}
	}
	return dst
}

// nextCandidate returns the next place at or after i in text that may be
// a hint: a byte of class byteOther, the first byte of a multi-byte rune
// (end is start then), or a word from start to end that may be one of
// vw's (its first letter, length and shape are); class is its class,
// bytePlain at the end of text. It calls nothing, so that the loop over
// the words of a transcript keeps its registers.
func nextCandidate(text string, i int, vw *wordFilter) (start, end int, class uint8) {
	for i < len(text) {
		c := text[i]
		switch byteClass[c] {
		case byteLetter: // first: most places the loop comes back to start a word
			start := i
			for i++; i < len(text) && byteClass[text[i]] == byteLetter; i++ {
			}
			// Most words are passed over on their first letter and
			// length, or their first two letters, last letter and length;
			// the space after a word is passed over with it.
			if !vw.starts.Has(c, i-start) {
				if i+1 < len(text) && text[i] == ' ' {
					i++
				}
				continue
			}
			second := text[i-1]
			if i-start > 1 {
				second = text[start+1]
			}
			if !vw.pairs.Has(c, second, i-start) {
				continue
			}
			if vw.shapes.Has(words.Shape(c, second, text[i-1], i-start)) {
				return start, i, byteLetter
			}
		case bytePlain:
			i++
		case byteMulti:
			return i, i, byteMulti
		default:
			return i, i + 1, byteOther
		}
	}
	return len(text), len(text), bytePlain
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
