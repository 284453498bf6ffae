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
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/words"
)

// Kind is the type of a token.
type Kind uint8

// The kinds of tokens.
const (
	Word     Kind = iota // letters and digits starting with a letter: trade, G20, Russia’s; a web address
	Number               // digits with separators and decimals: 1,050  25.6  .5  40 000  1.3x10^6
	Ordinal              // digits with an ordinal suffix: 18th, 1st
	Time                 // a clock time: 13:50, 10:21:38
	Fraction             // digits over bigger digits, or a fraction sign: 1/2  ½
	Currency             // a currency sign: $ € £ ₽ ₸ ¥ ₹ (any Unicode currency symbol), 元
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

// String returns the name of the kind: "Number", "Scale".
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
	// Letters is set on a word of ASCII letters only; Caps says it has a
	// capital. (A word's words.Hash is not kept: few words are looked up
	// in a words table after their shape, and hashing every letter of
	// every word cost the lexer more than the look-ups saved.)
	Letters, Caps bool
	// Tagged is set on a word of ASCII letters lexed by a Lexer with
	// Tags; Tag is the word's tag there (0 for a word with none).
	Tagged bool
	Tag    uint8
	Pos    int    // byte offset of Text in the input
	Text   string // the token's text, sliced from the input
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
	"hundred": NumberWord, "dozen": NumberWord, "nought": NumberWord, "naught": NumberWord,

	"thousand": Scale, "million": Scale, "billion": Scale, "trillion": Scale,
	"thousands": Scale, "millions": Scale, "billions": Scale, "trillions": Scale,
	"k": Scale, "m": Scale, "mn": Scale, "mln": Scale, "bn": Scale, "bln": Scale,
	"tn": Scale, "trn": Scale, "tln": Scale, "mil": Scale,
	"lakh": Scale, "lakhs": Scale, "crore": Scale, "crores": Scale,

	"january": Month, "february": Month, "march": Month, "april": Month,
	"may": Month, "june": Month, "july": Month, "august": Month,
	"september": Month, "october": Month, "november": Month, "december": Month,
}

// Tags are a caller's tags for words of ASCII letters (in any case),
// which a Lexer with them puts on the tokens of those words (Token.Tag):
// they are found in the look-up that finds the lexer's keywords, so that
// a caller that would look every word up again after lexing (the claim
// reader's word flags) has them for free. Build them with NewTags.
type Tags struct {
	table  *words.Table[tagged] // the keywords and the tagged words
	pairs  words.Pairs          // their first two letters (in either case) and lengths: most words of more than eight letters are told without a look-up
	short  shortTable           // those of up to eight ASCII letters, by their letters
	tagged bool                 // the tags are a caller's: tokens are Tagged
}

// tagged is what Tags hold of a word: its keyword kind (Word for none)
// and its tag.
type tagged struct {
	kind Kind
	tag  uint8
}

// shortTable holds words of one to eight ASCII letters by their packed
// lower-case letters (packWord): a word read eight bytes at a time is
// looked up with two multiplications and two compares of integers, not
// hashed a byte at a time and compared a byte at a time. Each word is in
// one of two slots, one for each of its hashes (cuckoo hashing), so that
// a look-up reads both and takes what it finds with no branch: whether a
// word is in the table is a coin toss the processor cannot foresee (a
// branch on it mispredicted on every other word of a sentence).
type shortTable struct {
	shift uint8    // 64 less the bits of a slot's number
	keys  []uint64 // each slot's word (0 for none: a word's key never is)
	vals  []uint16 // and what it holds of it: its kind << 8 | its tag
}

// The multipliers of the two hashes (odd, their bits well spread).
const (
	shortHash1 = 0x9E3779B97F4A7C15
	shortHash2 = 0xC2B2AE3D27D4EB4F
)

// packWord returns the key of word w of one to eight ASCII letters: its
// letters lower-cased, the first in the lowest byte.
func packWord(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i]|0x20)
	}
	return k
}

// isLetters reports whether w is one to eight ASCII letters.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !asciiLetter[w[i]] {
			return false
		}
	}
	return len(w) >= 1 && len(w) <= 8
}

// newShortTable returns the table of the words of m (their keys): as
// small as holds them all, each in one of its two slots.
func newShortTable(m map[uint64]uint16) shortTable {
	for bits := 4; ; bits++ {
		if 1<<bits < 2*len(m) {
			continue // cuckoo hashing with two choices fills at most half
		}
		t := shortTable{shift: uint8(64 - bits), keys: make([]uint64, 1<<bits), vals: make([]uint16, 1<<bits)}
		if t.addAll(m) {
			return t
		}
	}
}

// addAll puts every word of m in the table, moving the words in its way
// to their other slots; false when a word finds no place.
func (t *shortTable) addAll(m map[uint64]uint16) bool {
	for key, v := range m {
		slot := key * shortHash1 >> t.shift
		for range 64 {
			key, t.keys[slot] = t.keys[slot], key
			v, t.vals[slot] = t.vals[slot], v
			if key == 0 {
				break // the slot was empty
			}
			// The word moved out goes to its other slot.
			if other := key * shortHash1 >> t.shift; other != slot {
				slot = other
			} else {
				slot = key * shortHash2 >> t.shift
			}
		}
		if key != 0 {
			return false
		}
	}
	return true
}

// get returns the entry of the word of key key, packed (its kind << 8 |
// its tag; 0 for a word that is not there), and whether it is there.
// Both of its slots are read, and the one that holds it taken, with no
// branch. (It returns the packed entry, not a tagged, to be small enough
// for Go to inline in the lexer's word loop.)
func (t *shortTable) get(key uint64) (uint16, bool) {
	a, b := key*shortHash1>>t.shift, key*shortHash2>>t.shift
	ka, kb := t.keys[a], t.keys[b]
	va, vb := t.vals[a], t.vals[b]
	v := uint16(0)
	if ka == key {
		v = va
	}
	if kb == key {
		v = vb
	}
	return v, ka == key || kb == key
}

// unpack returns the tagged of a packed entry of a shortTable.
func unpack(v uint16) tagged { return tagged{kind: Kind(v >> 8), tag: uint8(v)} }

// NewTags returns the Tags of the words of m, lower-case and not empty,
// with their tags. A word that is not of ASCII letters only is never
// tagged (its token is no word of letters).
func NewTags(m map[string]uint8) *Tags {
	all := map[string]tagged{}
	for w, k := range keywords {
		all[w] = tagged{kind: k}
	}
	for w, tag := range m {
		t, ok := all[w]
		if !ok {
			t.kind = Word
		}
		t.tag = tag
		all[w] = t
	}
	t := &Tags{table: words.New(all), tagged: m != nil}
	short := map[uint64]uint16{}
	for w, v := range all {
		t.pairs.Add(w)
		if isLetters(w) {
			short[packWord(w)] = uint16(v.kind)<<8 | uint16(v.tag)
		}
	}
	t.short = newShortTable(short)
	return t
}

// keywordTags are the Tags of a Lexer with none: its keywords, made when
// first needed (the claim reader's lexers have tags of their own).
var keywordTags = sync.OnceValue(func() *Tags { return NewTags(nil) })

// lookup returns the keyword kind and tag of word w.
func (t *Tags) lookup(w string) (Kind, uint8) {
	if v, ok := t.table.Get(words.Hash(w), w); ok {
		return v.kind, v.tag
	}
	return Word, 0
}

// Lookup returns the keyword kind of word w, or Word.
func Lookup(w string) Kind {
	k, _ := keywordTags().lookup(w)
	return k
}

// Keywords calls yield with each word of the keyword tables whose kind is
// k, in no particular order.
func Keywords(k Kind, yield func(word string)) {
	for w, kw := range keywords {
		if kw == k {
			yield(w)
		}
	}
}

// lexer holds the state of one Lex call.
type lexer struct {
	input  string
	at     int // the offset of input in the text its tokens' offsets count from
	start  int // start of the current token
	pos    int // current position
	tokens []Token
	tags   *Tags // never nil
}

// stateFn is one state of the lexer; it returns the next.
type stateFn func(*lexer) stateFn

// Lex returns the tokens of input, in order, non-overlapping.
func Lex(input string) []Token {
	return Append(nil, input)
}

// Append lexes input and appends its tokens to dst, so that a caller can
// reuse one slice for many inputs.
func Append(dst []Token, input string) []Token { return AppendAt(dst, input, 0) }

// AppendAt is Append for an input that starts at offset at of a larger
// text: the tokens' offsets are counted from the start of that text.
func AppendAt(dst []Token, input string, at int) []Token {
	return new(Lexer).AppendAt(dst, input, at)
}

// Lexer lexes one input after another, as AppendAt does, in the same
// memory: a caller that lexes many pieces of text keeps one. Its zero
// value is ready to use; it is not safe for use by several goroutines at
// once.
type Lexer struct {
	// Tags, when set, are looked up with the keywords: the tokens of
	// the words of letters are Tagged with them.
	Tags *Tags
	l    lexer
}

// AppendAt is the package's AppendAt.
func (lx *Lexer) AppendAt(dst []Token, input string, at int) []Token {
	l := &lx.l
	tags := lx.Tags
	if tags == nil {
		tags = keywordTags()
	}
	*l = lexer{input: input, tokens: dst, at: at, tags: tags}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	toks := l.tokens
	*l = lexer{} // nothing of the input or the tokens is kept
	return toks
}

func (l *lexer) emit(k Kind) {
	l.tokens = grow(l.tokens)
	t := &l.tokens[len(l.tokens)-1]
	t.Kind, t.Letters, t.Caps, t.Tagged, t.Tag, t.Pos, t.Text = k, false, false, false, 0, l.at+l.start, l.input[l.start:l.pos]
	l.start = l.pos
}

// emitLetters emits a word of ASCII letters only, with a capital when
// caps is set, and its tag.
func (l *lexer) emitLetters(k Kind, caps bool, tag uint8) {
	l.tokens = grow(l.tokens)
	t := &l.tokens[len(l.tokens)-1]
	t.Kind, t.Letters, t.Caps, t.Tagged, t.Tag, t.Pos, t.Text = k, true, caps, l.tags.tagged, tag, l.at+l.start, l.input[l.start:l.pos]
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

// goesOnWord tells the bytes after a word's letters that may go on it
// (lexWord reads on): an apostrophe, a digit, the first byte of a rune
// that is not ASCII, and a colon (a web address's scheme, "https:"). A
// full stop goes on a word of one letter (U.S.) and on "www" (an
// address): see endsAtFullStop.
var goesOnWord = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || isDigit(byte(c)) || c == '\'' || c == ':'
	}
	return t
}()

// endsAtFullStop reports whether the ASCII letters w, followed by a full
// stop, are a word that ends there, as lexWord reads it: not one letter
// (an abbreviation's, U.S.), and not "www" (a web address) or another
// word of three letters that starts with w, which lexWord is left to read.
func endsAtFullStop(w string) bool {
	return len(w) > 1 && !(len(w) == 3 && w[0]|0x20 == 'w')
}

// plainPunct tells the punctuation that is always a token of one byte of
// kind Punct (lexAny's last case): the full stop too, unless a digit
// follows it.
var plainPunct = [256]bool{',': true, '.': true, ';': true, ':': true, '(': true, ')': true, '"': true, '!': true, '?': true}

// asciiLetter tells the ASCII letters among bytes.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

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
		l.plainWords() // the common tokens, read without leaving the loop
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
		case isLetter(r) && !isCurrency(r):
			return lexWord
		}
		l.pos += w
		switch {
		case isCurrency(r):
			l.emit(Currency)
			continue
		case isVulgarFraction(r):
			l.emit(Fraction)
			continue
		}
		switch r {
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

// plainWords reads the common tokens from l.pos, in one loop with the
// lexer's state in local variables: the words of ASCII letters that
// nothing can go on (a space, a comma after them: a byte that is ASCII and
// no letter, digit, apostrophe or colon, or a full stop that
// endsAtFullStop lets end the word) and that are no web address, each read
// as lexWord would read it, the punctuation of plainPunct, and the spaces
// and line feeds between them. It stops before anything else.
func (l *lexer) plainWords() {
	l.tokens, l.pos = appendPlainWords(l.tokens, l.input, l.pos, l.at, l.tags)
}

// grow returns toks one token longer, the new last token to be set in
// place, field by field: a token built and then appended is built on the
// stack with narrow stores and copied with wide loads, which stall the
// processor (store-to-load forwarding fails) on every word.
func grow(toks []Token) []Token {
	if len(toks) < cap(toks) {
		return toks[:len(toks)+1]
	}
	return append(toks, Token{})
}

// appendPlainWords is plainWords on input in from p, the tokens' offsets
// counted from at, the words looked up in tags: it returns toks with the
// tokens read appended and the offset where it stopped. The lexer's state
// is in its arguments, not behind a pointer, so that the loop keeps it in
// registers.
func appendPlainWords(toks []Token, in string, p, at int, tags *Tags) ([]Token, int) {
	isTagged := tags.tagged
	for {
		// Unsigned compares: p is never below 0, and one compare then
		// spares each index its own check.
		for uint(p) < uint(len(in)) && (in[p] == ' ' || in[p] == '\n') {
			p++ // the common white space, skipped a byte at a time
		}
		if uint(p) >= uint(len(in)) {
			break
		}
		if plainPunct[in[p]] && !(p+1 < len(in) && isDigit(in[p+1])) {
			// A comma, a full stop ...: a token of its own, as lexAny
			// makes it (a full stop before a digit may start a number).
			toks = grow(toks)
			t := &toks[len(toks)-1]
			t.Kind, t.Letters, t.Caps, t.Tagged, t.Tag, t.Pos, t.Text = Punct, false, false, false, 0, at+p, in[p:p+1]
			p++
			continue
		}
		if !asciiLetter[in[p]] {
			break
		}
		start := p
		var caps bool
		if p+8 <= len(in) {
			// Most words end within their first eight bytes: measured
			// here, with no call; letterRun reads on the longer ones.
			var n int
			n, caps = letters8(load8(in[p : p+8]))
			if p += n; n == 8 {
				var more bool
				p, more = letterRun(in, p)
				caps = caps || more
			}
		} else {
			p, caps = letterRun(in, p)
		}
		if uint(p) < uint(len(in)) && (goesOnWord[in[p]] || in[p] == '.' && !endsAtFullStop(in[start:p])) {
			// Not surely a plain word (a web address goes on after "www"
			// with a full stop, after "http" with a colon): lexWord reads
			// it. Nothing is called in this loop, so that its state stays
			// in registers.
			p = start
			break
		}
		text := in[start:p]
		// A word that is not there finds the zero tagged: Word, no tag.
		var v tagged
		if n := p - start; n <= 8 && start+8 <= len(in) {
			// The word's eight bytes, the letters kept and lower-cased:
			// its key, looked up with no branch on what is found.
			key := (load8(in[start:start+8]) | 0x2020202020202020) & (1<<(8*n) - 1) // all bits at n = 8
			packed, _ := tags.short.get(key)
			v = unpack(packed)
		} else if tags.pairs.HasWord(text) { // in[start] is text[0], its index known good
			v, _ = tags.table.Get(words.Hash(text), text)
		}
		k, tag := v.kind, v.tag
		toks = grow(toks)
		t := &toks[len(toks)-1]
		t.Kind, t.Letters, t.Caps, t.Tagged, t.Tag, t.Pos, t.Text = k, true, caps, isTagged, tag, at+start, text
	}
	return toks, p
}

// letterRun returns the end of the run of ASCII letters of in from p, and
// whether one of them is a capital. It reads eight bytes at a time
// (letters8): a word of up to seven letters is measured with no branch
// on its letters (a loop a byte at a time mispredicts the end of nearly
// every word).
func letterRun(in string, p int) (end int, caps bool) {
	for p+8 <= len(in) {
		n, c := letters8(load8(in[p : p+8]))
		caps = caps || c
		if p += n; n < 8 {
			return p, caps
		}
	}
	all := byte(0xff) // the bits every letter has
	for p < len(in) && asciiLetter[in[p]] {
		all &= in[p]
		p++
	}
	return p, caps || all&0x20 == 0
}

// load8 returns the eight bytes of b (eight long) as one integer, the
// first the lowest: one load.
func load8(b string) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// letters8 returns how many of the eight bytes of v (load8) are ASCII
// letters before the first that is not (8 when all are), and whether one
// of those is a capital.
func letters8(v uint64) (n int, caps bool) {
	const ones, highs, lower = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	// A byte is a letter when, lower-cased and without its high bit, it
	// is from 'a' (+0x1f reaches the high bit) to 'z' (+0x05 does not),
	// and it had no high bit: no carry crosses bytes.
	y := (v | lower) &^ highs
	others := ^((y + 0x1f*ones) &^ (y + 0x05*ones) &^ v) & highs
	n = bits.TrailingZeros64(others) >> 3 // 8 when all are letters
	// A capital lacks the lower-case bit. The letters' bytes are those
	// below the first other's high bit (all when there is none: 0 - 1),
	// told without a shift by n, which needs a fix-up for n = 8.
	letters := (others&-others)>>7 - 1
	return n, ^v&lower&letters != 0
}

// lexWord scans a word: letters and digits, with inner apostrophes
// (Russia’s) and inner full stops in abbreviations (U.S.). A web address
// (https://..., www....) is one word up to the next space, so that the
// digits and percent signs of its encoding are not read as figures. One
// letter has been seen.
func lexWord(l *lexer) stateFn {
	if n := urlLength(l.input[l.start:]); n > 0 {
		l.pos = l.start + n
		l.emit(Word)
		return lexAny
	}
	// The common case, read a byte at a time: ASCII letters.
	in, p, all := l.input, l.pos, byte(0xff)
	for p < len(in) && asciiLetter[in[p]] {
		all &= in[p]
		p++
	}
	caps := all&0x20 == 0
	l.pos = p
	plain := p // the end of the ASCII letters
	for {
		r, w := l.runeAt(l.pos)
		switch {
		case w == 0:
		case isLetter(r) && !isCurrency(r):
			l.pos += w
			continue
		case r < utf8.RuneSelf && isDigit(byte(r)):
			// A currency code glued to its amount: USD115.
			if isCode(l.input[l.start:l.pos]) && l.pos-l.start == 3 {
				l.emit(Word)
				return lexNumber
			}
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
					n2, _ := l.runeAt(l.pos + 1 + nw)
					if n2 == '.' {
						l.pos += 2
						continue
					}
					if l.pos-l.start == 1 && n < utf8.RuneSelf && (n2 == ' ' || n2 == '$') {
						l.pos += 1 + nw // u.s $ 100: the final dot left out
						break
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
	k, tag := Word, uint8(0)
	if len(text) <= l.tags.table.MaxLen() {
		k, tag = l.tags.lookup(text)
	}
	if l.pos == plain {
		l.emitLetters(k, caps, tag)
	} else {
		l.emit(k)
	}
	return lexAny
}

// urlLength returns the length of the web address that s starts with (up
// to the next space, trailing punctuation left out), or 0.
func urlLength(s string) int {
	// http, https, ftp and www: most words fail on their first two bytes.
	if len(s) < 5 {
		return 0
	}
	switch s[0] | 0x20 {
	case 'h', 'f':
		if s[1]|0x20 != 't' {
			return 0
		}
	case 'w':
		if s[1]|0x20 != 'w' {
			return 0
		}
	default:
		return 0
	}
	prefix := false
	for _, p := range []string{"http://", "https://", "ftp://", "www."} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			prefix = true
			break
		}
	}
	if !prefix {
		return 0
	}
	n := strings.IndexFunc(s, unicode.IsSpace)
	if n < 0 {
		n = len(s)
	}
	return len(strings.TrimRight(s[:n], ".,;:!?)]}\"'’”"))
}

// codes are the currency codes the lexer splits from digits glued to them
// (USD115, 115USD), written in capitals.
var codes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "RUB": true, "KZT": true, "CNY": true,
	"RMB": true, "JPY": true, "INR": true, "KRW": true, "UAH": true, "TRY": true,
	"KGS": true, "TJS": true, "UZS": true, "AMD": true, "AZN": true, "BGN": true,
	"CHF": true, "CAD": true, "AUD": true, "HKD": true, "SGD": true, "NZD": true,
	"MXN": true, "BRL": true, "ZAR": true, "SEK": true, "NOK": true, "DKK": true,
	"PLN": true, "CZK": true, "HUF": true, "ILS": true, "SAR": true, "AED": true,
	"BYN": true, "BTC": true,
}

func isCode(s string) bool { return codes[s] }

// isCurrency reports whether r is a currency sign: the Unicode currency
// symbols ($ € £ ₽ ₸ ¥ ₹ ₩ ₴ ₡ ₾ ₭ ₿ ...) and the CJK yuan and yen.
func isCurrency(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '$'
	}
	return r == '元' || r == '円' || unicode.Is(unicode.Sc, r)
}

// isVulgarFraction reports whether r is a fraction character: ½ ⅓ ¾ ...
func isVulgarFraction(r rune) bool {
	return r == '½' || r == '¼' || r == '¾' || r >= '⅐' && r <= '⅞'
}

// lexNumber scans a number: digits with thousands separators (1,050,
// 12,34,567, 40 000) and a decimal part (25.6, 62,8, 1.111,11), a number in
// scientific notation (1.3x10^6) or a power (1.1^23), a clock time (13:50), a
// fraction (1/2), or an ordinal (18th). Letters glued to the digits make a
// scale (2bn), a currency code (115USD) or, if they are neither, a word
// (5G, 180ml). The first digit (or the decimal point) has been seen.
func lexNumber(l *lexer) stateFn {
	in := l.input
	// 168 in 192.168.1.2: the parts of a dotted sequence are whole numbers.
	dotted := l.start >= 2 && in[l.start-1] == '.' && isDigit(in[l.start-2]) && isDigit(in[l.start])
	listed := l.start >= 2 && in[l.start-1] == ',' && isDigit(in[l.start-2]) // 26 in 22,24,26
	l.digits()
	intEnd := l.pos
	grouped := l.thousands()
	if !grouped && intEnd > l.start && intEnd-l.start <= 3 && (l.start == 0 || !l.digitAt(l.start-1) && in[l.start-1] != ',' && in[l.start-1] != '.') {
		l.spaceGroups()
	}
	switch {
	case dotted:
	case l.pos < len(in) && in[l.pos] == '.' && l.digitAt(l.pos+1):
		save := l.pos
		l.pos++
		l.digits()
		if l.pos+1 < len(in) && in[l.pos] == '.' && l.digitAt(l.pos+1) {
			l.pos = save // 192.168.1.2, a version 1.2.3: not a decimal
			if save == l.start {
				l.pos++ // .1.2: the first dot is punctuation
				l.emit(Punct)
				return lexAny
			}
			break
		}
		// 1.111,11: points group the thousands, a comma marks the decimals.
		if !grouped && l.pos+1 < len(in) && in[l.pos] == ',' && l.digitAt(l.pos+1) && !l.digitAt(l.pos+3) && l.pos-save == 4 {
			end := l.pos + 1
			for end < len(in) && isDigit(in[end]) {
				end++
			}
			if !(end+1 < len(in) && in[end] == ',' && l.digitAt(end+1)) {
				l.pos = end
			}
		}
	case !grouped && !listed && l.pos < len(in) && in[l.pos] == ',' && l.digitAt(l.pos+1) && !l.digitAt(l.pos+3):
		// A decimal comma: "62,8", "4,2 million" (one or two digits after
		// the comma, no thousands separator before it, and not a list
		// such as 22,24,26).
		save := l.pos
		l.pos++
		l.digits()
		if l.pos+1 < len(in) && in[l.pos] == ',' && l.digitAt(l.pos+1) {
			l.pos = save
		}
	}
	if !dotted {
		l.exponent()
	}
	if l.pos == l.start {
		l.pos++ // every state consumes input: a number that read nothing is a lone "."
		l.emit(Punct)
		return lexAny
	}
	// 13:50, 10:21:38
	if l.pos+2 < len(in) && in[l.pos] == ':' && l.digitAt(l.pos+1) && l.digitAt(l.pos+2) && !l.digitAt(l.pos+3) && l.pos-l.start <= 2 {
		l.pos += 3
		if l.pos+2 < len(in) && in[l.pos] == ':' && l.digitAt(l.pos+1) && l.digitAt(l.pos+2) && !l.digitAt(l.pos+3) {
			l.pos += 3
		}
		l.emit(Time)
		return lexAny
	}
	// 1/2 (but not 11/28/2022, which stays three numbers and two slashes,
	// nor 2222/2222, which is no fraction)
	if l.pos+1 < len(in) && in[l.pos] == '/' && l.digitAt(l.pos+1) && (l.start == 0 || in[l.start-1] != '/') && intEnd == l.pos {
		save := l.pos
		l.pos++
		l.digits()
		if l.pos < len(in) && in[l.pos] == '/' || !less(in[l.start:save], in[save+1:l.pos]) {
			l.pos = save
		} else {
			l.emit(Fraction)
			return lexAny
		}
	}
	// Letters glued on.
	r, w := l.runeAt(l.pos)
	if w > 0 && isLetter(r) && !isCurrency(r) {
		end := l.pos
		for {
			r, w := l.runeAt(end)
			if w == 0 || !(isLetter(r) && !isCurrency(r) || r < utf8.RuneSelf && isDigit(byte(r))) {
				break
			}
			end += w
		}
		suffix := in[l.pos:end]
		switch {
		case isOrdinalSuffix(suffix):
			l.pos = end
			l.emit(Ordinal)
		case l.gluedScale(suffix):
			l.emit(Number)
			l.pos = end
			l.emit(Scale)
		case isCode(suffix):
			l.emit(Number)
			l.pos = end
			l.emit(Word)
		default:
			l.pos = end
			l.emit(Word)
		}
		return lexAny
	}
	l.emit(Number)
	return lexAny
}

// thousands scans comma-separated groups of three digits (1,050,000) or
// the Indian grouping (12,34,567: pairs, then a final three) after the
// first digits, and reports whether it found any.
func (l *lexer) thousands() bool {
	in := l.input
	group := func(i, n int) bool { // ",ddd" of n digits at i, not followed by a digit
		if i >= len(in) || in[i] != ',' {
			return false
		}
		for k := 1; k <= n; k++ {
			if !l.digitAt(i + k) {
				return false
			}
		}
		return !l.digitAt(i + n + 1)
	}
	start := l.pos
	// Indian: 1-2 digits, then ",dd" groups, then ",ddd".
	if l.pos-l.start <= 2 && group(l.pos, 2) {
		i := l.pos
		for group(i, 2) {
			i += 3
		}
		if group(i, 3) {
			l.pos = i + 4
		}
	}
	for group(l.pos, 3) {
		l.pos += 4
	}
	return l.pos > start
}

// spaceGroups scans groups of three digits each after one space (40 000,
// 1 234 567, with no-break or thin spaces too).
func (l *lexer) spaceGroups() {
	for {
		r, w := l.runeAt(l.pos)
		if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' {
			return
		}
		i := l.pos + w
		if !l.digitAt(i) || !l.digitAt(i+1) || !l.digitAt(i+2) || l.digitAt(i+3) {
			return
		}
		if i+4 < len(l.input) && l.input[i+3] == '/' || i+3 < len(l.input) && l.input[i+3] == ':' {
			return // 1 1/4, 12 13:50
		}
		l.pos = i + 3
	}
}

// exponent scans scientific notation after a number, x10^6 or ×10^-4,
// and a power, ^23 or ^-1, with at most three digits of exponent. E
// notation (1e10, 1.2E+11) is left a word: it is how spreadsheets print a
// number they have rounded, and fact tables reject it.
func (l *lexer) exponent() {
	in := l.input
	i := l.pos
	switch {
	case i+3 < len(in) && (in[i] == 'x' || in[i] == 'X') && in[i+1:i+4] == "10^":
		i += 4
		if i < len(in) && (in[i] == '+' || in[i] == '-') {
			i++
		}
	case strings.HasPrefix(in[i:], "×10^"):
		i += len("×10^")
		if i < len(in) && (in[i] == '+' || in[i] == '-') {
			i++
		}
	case i < len(in) && in[i] == '^':
		i++
		for i < len(in) && (in[i] == '+' || in[i] == '-') && i-l.pos < 4 {
			i++
		}
	default:
		return
	}
	n := 0
	for i+n < len(in) && isDigit(in[i+n]) {
		n++
	}
	if n == 0 || n > 3 {
		return
	}
	if r, _ := l.runeAt(i + n); isLetter(r) {
		return // 1e10x is a word
	}
	l.pos = i + n
}

// gluedScale reports whether suffix, glued to the number just scanned, is
// a scale: 2bn, 10k, 10M, 1MM. A lower-case m (1m is a metre) is a scale
// only after a currency sign (£5m), as is a b (5b is a name) unless the
// number has a decimal point (1.2b).
func (l *lexer) gluedScale(suffix string) bool {
	afterCurrency := len(l.tokens) > 0 && l.tokens[len(l.tokens)-1].Kind == Currency
	switch suffix {
	case "m":
		return afterCurrency
	case "b", "B":
		return afterCurrency || strings.ContainsRune(l.input[l.start:l.pos], '.')
	case "MM":
		return true
	}
	return Lookup(suffix) == Scale
}

// less reports whether the digits a stand for a smaller number than b.
func less(a, b string) bool {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
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
