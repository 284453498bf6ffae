package claim

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/lex"
)

// quiet reports whether text can hold no claim: it has no digit, no sign
// (currency, percent, fraction or any other symbol) and no word that can
// carry a figure's value (a number word, a scale written out, a fraction
// word, a multiplier word, a percent word). Every claim has one of those,
// so a quiet paragraph is passed over without being lexed: most of the
// words of a transcript are in such paragraphs, and the scan reads each
// byte once with one table look-up. It errs on the side of not quiet.
func quiet(text string) bool {
	words := valueWords()
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(text[i:])
			if !plainRune(r) {
				return false
			}
			i += w
			continue
		}
		switch byteClass[c] {
		case byteOther:
			return false
		case byteLetter:
			var buf [maxValueWord]byte
			n := 0
			for ; i < len(text) && byteClass[text[i]] == byteLetter; i++ {
				if n < len(buf) {
					buf[n] = text[i] | 0x20 // ASCII lower case
				}
				n++
			}
			if n <= maxValueWord && words[string(buf[:n])] {
				return false
			}
		default:
			i++
		}
	}
	return true
}

// The classes of ASCII bytes the quiet scan tells apart.
const (
	bytePlain  = iota // space and punctuation that carry no figure
	byteLetter        // a-z, A-Z
	byteOther         // digits, $, %, and anything unusual
)

// byteClass classifies each byte; the bytes of a multi-byte rune are
// byteOther, and the scan decodes the rune before it looks them up.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = byteLetter
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = bytePlain
		case c < ' ' || c >= 0x7f || '0' <= c && c <= '9':
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
// of other scripts and other symbols are not plain.
func plainRune(r rune) bool {
	switch {
	case unicode.IsPunct(r), unicode.IsSpace(r), unicode.IsMark(r):
		return true
	case unicode.IsLetter(r):
		return unicode.ToLower(r) >= utf8.RuneSelf && unicode.ToUpper(r) >= utf8.RuneSelf
	}
	return false
}

// maxValueWord is the length of the longest word in valueWords.
const maxValueWord = 16

// valueWords are the words that can carry a figure's value, in lower
// case: every claim has a digit, a sign or one of them.
var valueWords = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{"percent": true, "percents": true, "percentage": true, "pct": true, "pp": true}
	add := func(w string) {
		if len(w) <= maxValueWord {
			set[w] = true
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
	return set
})
