// Package lex splits text into the tokens the claim extractor reads: words,
// numbers, ordinals, times, symbols and punctuation, each with its byte
// offset and its text sliced from the input.
//
// The lexer recognises shapes, not meanings, in the manner of
// text/template/parse's lexer: "25.6" is a Number, "billion" a Word of kind
// Scale, "$" a Currency symbol. Turning them into values is the caller's job
// (package claim parses them with decimal and will notice a bad number).
// It is one pass over the bytes with no regular expressions, no allocation
// per token beyond the result slice, and it never fails: every byte that is
// not white space lands in exactly one token.
package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the type of a token.
type Kind uint8

// The kinds of tokens.
const (
	Word     Kind = iota // a run of letters and digits that starts with a letter: trade, G20, Russia’s
	Number               // digits with thousands separators and a decimal part: 1,050  25.6  .5
	Ordinal              // digits with an ordinal suffix: 18th, 1st
	Time                 // a clock time: 13:50
	Fraction             // digits over digits: 1/2
	Currency             // a currency sign: $ € £ ₽ ₸ ¥ ₹
	Percent              // %
	Hyphen               // - joining two tokens without spaces: five-fold
	Minus                // − (U+2212), or - before a digit after a space: -2.5
	Dash                 // – — or a spaced -
	Punct                // any other character: . , : ; ( ) …

	keywordStart // the kinds below are Words found in the keyword tables
	NumberWord   // one, twenty, hundred, dozen
	Scale        // thousand, million, bn, mln, k
	Month        // January ... December
)

var kindNames = [...]string{
	Word: "Word", Number: "Number", Ordinal: "Ordinal", Time: "Time",
	Fraction: "Fraction", Currency: "Currency", Percent: "Percent",
	Hyphen: "Hyphen", Minus: "Minus", Dash: "Dash", Punct: "Punct",
	keywordStart: "keyword", NumberWord: "NumberWord", Scale: "Scale", Month: "Month",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// IsWord reports whether tokens of kind k are words (plain or keywords).
func (k Kind) IsWord() bool { return k == Word || k > keywordStart }

// Token is one token of the input.
type Token struct {
	Kind Kind
	Pos  int    // byte offset of Text in the input
	Text string // the token's text, sliced from the input
}

// End returns the byte offset just after the token.
func (t Token) End() int { return t.Pos + len(t.Text) }

// keywords classifies words, looked up in lower case.
var keywords = map[string]Kind{
	"zero": NumberWord, "one": NumberWord, "two": NumberWord, "three": NumberWord,
	"four": NumberWord, "five": NumberWord, "six": NumberWord, "seven": NumberWord,
	"eight": NumberWord, "nine": NumberWord, "ten": NumberWord, "eleven": NumberWord,
	"twelve": NumberWord, "thirteen": NumberWord, "fourteen": NumberWord,
	"fifteen": NumberWord, "sixteen": NumberWord, "seventeen": NumberWord,
	"eighteen": NumberWord, "nineteen": NumberWord, "twenty": NumberWord,
	"thirty": NumberWord, "forty": NumberWord, "fifty": NumberWord, "sixty": NumberWord,
	"seventy": NumberWord, "eighty": NumberWord, "ninety": NumberWord,
	"hundred": NumberWord, "dozen": NumberWord,

	"thousand": Scale, "million": Scale, "billion": Scale, "trillion": Scale,
	"thousands": Scale, "millions": Scale, "billions": Scale, "trillions": Scale,
	"k": Scale, "m": Scale, "mn": Scale, "mln": Scale, "bn": Scale, "bln": Scale,
	"tn": Scale, "trn": Scale,

	"january": Month, "february": Month, "march": Month, "april": Month,
	"may": Month, "june": Month, "july": Month, "august": Month,
	"september": Month, "october": Month, "november": Month, "december": Month,
}

// Lookup returns the keyword kind of word w, or Word.
func Lookup(w string) Kind {
	var buf [16]byte
	if len(w) > len(buf) {
		return Word
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if k, ok := keywords[string(buf[:len(w)])]; ok {
		return k
	}
	return Word
}

// lexer holds the state of one Lex call.
type lexer struct {
	input  string
	start  int // start of the current token
	pos    int // current position
	tokens []Token
}

// stateFn is one state of the lexer; it returns the next.
type stateFn func(*lexer) stateFn

// Lex returns the tokens of input, in order, non-overlapping.
func Lex(input string) []Token {
	return Append(nil, input)
}

// Append lexes input and appends its tokens to dst, so that a caller can
// reuse one slice for many inputs.
func Append(dst []Token, input string) []Token {
	l := &lexer{input: input, tokens: dst}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	return l.tokens
}

func (l *lexer) emit(k Kind) {
	l.tokens = append(l.tokens, Token{Kind: k, Pos: l.start, Text: l.input[l.start:l.pos]})
	l.start = l.pos
}

// peekRune returns the rune at position i and its width (0 at the end).
func (l *lexer) runeAt(i int) (rune, int) {
	if i >= len(l.input) {
		return -1, 0
	}
	c := l.input[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.input[i:])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func (l *lexer) digitAt(i int) bool { return i < len(l.input) && isDigit(l.input[i]) }

// lexAny skips white space and dispatches on the next character.
func lexAny(l *lexer) stateFn {
	for {
		r, w := l.runeAt(l.pos)
		if w == 0 {
			return nil
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			l.pos += w
			continue
		}
		l.start = l.pos
		switch {
		case r < utf8.RuneSelf && isDigit(byte(r)):
			return lexNumber
		case r == '.' && l.digitAt(l.pos+1) && !l.afterWordOrDigit():
			return lexNumber
		case isLetter(r):
			return lexWord
		}
		l.pos += w
		switch r {
		case '$', '€', '£', '₽', '₸', '¥', '₹', '₩', '₴':
			l.emit(Currency)
		case '%':
			l.emit(Percent)
		case '−':
			l.emit(Minus)
		case '–', '—':
			l.emit(Dash)
		case '-':
			switch {
			case l.start > 0 && !l.spaceBefore(l.start) && l.pos < len(l.input) && !l.spaceAt(l.pos):
				l.emit(Hyphen)
			case l.digitAt(l.pos) || l.pos+1 < len(l.input) && l.input[l.pos] == '.' && l.digitAt(l.pos+1):
				l.emit(Minus)
			default:
				l.emit(Dash)
			}
		default:
			l.emit(Punct)
		}
	}
}

// spaceAt reports whether the rune at i is white space.
func (l *lexer) spaceAt(i int) bool {
	r, _ := l.runeAt(i)
	return unicode.IsSpace(r)
}

// spaceBefore reports whether the rune that ends at i is white space.
func (l *lexer) spaceBefore(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(l.input[:i])
	return unicode.IsSpace(r)
}

// afterWordOrDigit reports whether the byte before the current token is a
// letter or digit (so a "." there is a full stop or a decimal point).
func (l *lexer) afterWordOrDigit() bool {
	if l.start == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l.input[:l.start])
	return isLetter(r) || unicode.IsDigit(r)
}

// lexWord scans a word: letters and digits, with inner apostrophes
// (Russia’s) and inner full stops in abbreviations (U.S.). One letter has
// been seen.
func lexWord(l *lexer) stateFn {
	for {
		r, w := l.runeAt(l.pos)
		switch {
		case w == 0:
		case isLetter(r) || r < utf8.RuneSelf && isDigit(byte(r)):
			l.pos += w
			continue
		case r == '\'' || r == '’':
			if n, nw := l.runeAt(l.pos + w); nw > 0 && isLetter(n) {
				l.pos += w
				continue
			}
		case r == '.':
			// U.S., a.m.: a single letter, a dot, a letter.
			abbrev := l.pos-2 >= l.start && l.input[l.pos-2] == '.'
			if l.pos-l.start == 1 || abbrev {
				if n, nw := l.runeAt(l.pos + 1); nw > 0 && isLetter(n) {
					if n2, _ := l.runeAt(l.pos + 2); n2 == '.' {
						l.pos += 2
						continue
					}
				}
				if abbrev {
					l.pos++ // the final dot of U.S.
				}
			}
		}
		break
	}
	text := l.input[l.start:l.pos]
	k := Word
	if len(text) <= 16 {
		k = Lookup(text)
	}
	l.emit(k)
	return lexAny
}

// lexNumber scans a number: digits with comma thousands separators and a
// decimal part, a clock time (13:50), a fraction (1/2), or an ordinal
// (18th). Letters glued to the digits make a scale (2bn) or, if they are
// not one, a word (5G). The first digit (or the decimal point) has been
// seen.
func lexNumber(l *lexer) stateFn {
	in := l.input
	l.digits()
	// Thousands: a comma and exactly three digits, repeatedly.
	for l.pos < len(in) && in[l.pos] == ',' && l.digitAt(l.pos+1) && l.digitAt(l.pos+2) && l.digitAt(l.pos+3) && !l.digitAt(l.pos+4) {
		l.pos += 4
	}
	if l.pos < len(in) && in[l.pos] == '.' && l.digitAt(l.pos+1) {
		l.pos++
		l.digits()
	} else if l.pos < len(in) && in[l.pos] == ',' && l.digitAt(l.pos+1) && !l.digitAt(l.pos+3) && !strings.ContainsRune(in[l.start:l.pos], ',') {
		// A decimal comma: "62,8", "4,2 million" (one or two digits after
		// the comma, and no thousands separator before it).
		l.pos++
		l.digits()
	}
	// 13:50
	if l.pos+2 < len(in) && in[l.pos] == ':' && l.digitAt(l.pos+1) && l.digitAt(l.pos+2) && !l.digitAt(l.pos+3) && l.pos-l.start <= 2 {
		l.pos += 3
		l.emit(Time)
		return lexAny
	}
	// 1/2 (but not 11/28/2022, which stays three numbers and two slashes)
	if l.pos+1 < len(in) && in[l.pos] == '/' && l.digitAt(l.pos+1) && (l.start == 0 || in[l.start-1] != '/') {
		save := l.pos
		l.pos++
		l.digits()
		if l.pos < len(in) && in[l.pos] == '/' {
			l.pos = save
		} else {
			l.emit(Fraction)
			return lexAny
		}
	}
	// Letters glued on.
	r, w := l.runeAt(l.pos)
	if w > 0 && isLetter(r) {
		end := l.pos
		for {
			r, w := l.runeAt(end)
			if w == 0 || !(isLetter(r) || r < utf8.RuneSelf && isDigit(byte(r))) {
				break
			}
			end += w
		}
		suffix := in[l.pos:end]
		switch {
		case isOrdinalSuffix(suffix):
			l.pos = end
			l.emit(Ordinal)
		case Lookup(suffix) == Scale:
			l.emit(Number)
			l.pos = end
			l.emit(Scale)
		default:
			l.pos = end
			l.emit(Word)
		}
		return lexAny
	}
	l.emit(Number)
	return lexAny
}

func (l *lexer) digits() {
	for l.pos < len(l.input) && isDigit(l.input[l.pos]) {
		l.pos++
	}
}

func isOrdinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}
