package lex

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/words"
)

// tok makes a token for the tables; positions are checked in TestPos.
func tok(k Kind, text string) Token { return Token{Kind: k, Text: text} }

var lexTests = []struct {
	name  string
	input string
	want  []Token
}{
	{"empty", "", nil},
	{"spaces", " \t\n\u00a0", nil},
	{"money", "almost $24.5 billion.", []Token{
		tok(Word, "almost"), tok(Currency, "$"), tok(Number, "24.5"), tok(Scale, "billion"), tok(Punct, "."),
	}},
	{"glued scale", "$2bn 25.6bn 300mln", []Token{
		tok(Currency, "$"), tok(Number, "2"), tok(Scale, "bn"), tok(Number, "25.6"), tok(Scale, "bn"),
		tok(Number, "300"), tok(Scale, "mln"),
	}},
	{"thousands", "1,050 items, 25,600,000 and 1,05 and 4,2 million, 1,5", []Token{
		tok(Number, "1,050"), tok(Word, "items"), tok(Punct, ","), tok(Number, "25,600,000"), tok(Word, "and"),
		tok(Number, "1,05"), tok(Word, "and"), tok(Number, "4,2"), tok(Scale, "million"), tok(Punct, ","),
		tok(Number, "1,5"),
	}},
	{"decimal and stop", "in 2019. .5 percent", []Token{
		tok(Word, "in"), tok(Number, "2019"), tok(Punct, "."), tok(Number, ".5"), tok(Word, "percent"),
	}},
	{"time ordinal fraction", "13:50 10:21:38 18th 1/2 11/28/2022", []Token{
		tok(Time, "13:50"), tok(Time, "10:21:38"), tok(Ordinal, "18th"), tok(Fraction, "1/2"),
		tok(Number, "11"), tok(Punct, "/"), tok(Number, "28"), tok(Punct, "/"), tok(Number, "2022"),
	}},
	{"names with digits", "G20 COVID-19 5G", []Token{
		tok(Word, "G20"), tok(Word, "COVID"), tok(Hyphen, "-"), tok(Number, "19"), tok(Word, "5G"),
	}},
	{"minus and dashes", "-2.5% − 3 a – b a - b", []Token{
		tok(Minus, "-"), tok(Number, "2.5"), tok(Percent, "%"), tok(Minus, "−"), tok(Number, "3"),
		tok(Word, "a"), tok(Dash, "–"), tok(Word, "b"), tok(Word, "a"), tok(Dash, "-"), tok(Word, "b"),
	}},
	{"hyphenated", "two and half-fold five-fold", []Token{
		tok(NumberWord, "two"), tok(Word, "and"), tok(Word, "half"), tok(Hyphen, "-"), tok(Word, "fold"),
		tok(NumberWord, "five"), tok(Hyphen, "-"), tok(Word, "fold"),
	}},
	{"apostrophes and abbreviations", "Russia’s regions’ U.S. a.m. Mr.", []Token{
		tok(Word, "Russia’s"), tok(Word, "regions"), tok(Punct, "’"), tok(Word, "U.S."), tok(Word, "a.m."),
		tok(Word, "Mr"), tok(Punct, "."),
	}},
	{"keywords", "Forty thousand May", []Token{
		tok(NumberWord, "Forty"), tok(Scale, "thousand"), tok(Month, "May"),
	}},
	{"currencies", "€5 ₽300 ₸1 £2", []Token{
		tok(Currency, "€"), tok(Number, "5"), tok(Currency, "₽"), tok(Number, "300"),
		tok(Currency, "₸"), tok(Number, "1"), tok(Currency, "£"), tok(Number, "2"),
	}},
	{"more currency signs", "100₾ 100 ₡ ₿21, 100元", []Token{
		tok(Number, "100"), tok(Currency, "₾"), tok(Number, "100"), tok(Currency, "₡"),
		tok(Currency, "₿"), tok(Number, "21"), tok(Punct, ","), tok(Number, "100"), tok(Currency, "元"),
	}},
	{"codes glued to numbers", "USD115, 115.5USD USD50", []Token{
		tok(Word, "USD"), tok(Number, "115"), tok(Punct, ","), tok(Number, "115.5"), tok(Word, "USD"),
		tok(Word, "USD"), tok(Number, "50"),
	}},
	{"dotted sequences", "192.168.1.2", []Token{
		tok(Number, "192"), tok(Punct, "."), tok(Number, "168"), tok(Punct, "."), tok(Number, "1"),
		tok(Punct, "."), tok(Number, "2"),
	}},
	{"separators", "1.111,11 12,34,567.89 22,24,26 40 000, 1\u202f234\u202f567, 423 0000", []Token{
		tok(Number, "1.111,11"), tok(Number, "12,34,567.89"), tok(Number, "22"), tok(Punct, ","),
		tok(Number, "24"), tok(Punct, ","), tok(Number, "26"), tok(Number, "40 000"), tok(Punct, ","),
		tok(Number, "1\u202f234\u202f567"), tok(Punct, ","), tok(Number, "423"), tok(Number, "0000"),
	}},
	{"scientific notation and powers", "1.3x10^6 6.23x10^-4 1.1^23 2.5^-1 1e10", []Token{
		tok(Number, "1.3x10^6"), tok(Number, "6.23x10^-4"), tok(Number, "1.1^23"), tok(Number, "2.5^-1"),
		tok(Word, "1e10"),
	}},
	{"glued scales", "1.2b $5b 5b 10M 1m £5m 1MM 2mil 10G", []Token{
		tok(Number, "1.2"), tok(Scale, "b"), tok(Currency, "$"), tok(Number, "5"), tok(Scale, "b"),
		tok(Word, "5b"), tok(Number, "10"), tok(Scale, "M"), tok(Word, "1m"), tok(Currency, "£"),
		tok(Number, "5"), tok(Scale, "m"), tok(Number, "1"), tok(Scale, "MM"), tok(Number, "2"),
		tok(Scale, "mil"), tok(Word, "10G"),
	}},
	{"fractions", "½ 2¾ 1/2 2222/2222", []Token{
		tok(Fraction, "½"), tok(Number, "2"), tok(Fraction, "¾"), tok(Fraction, "1/2"),
		tok(Number, "2222"), tok(Punct, "/"), tok(Number, "2222"),
	}},
	{"web addresses", "see https://x.com/a?q=30%25%20b. Then www.y.org, 5%", []Token{
		tok(Word, "see"), tok(Word, "https://x.com/a?q=30%25%20b"), tok(Punct, "."), tok(Word, "Then"),
		tok(Word, "www.y.org"), tok(Punct, ","), tok(Number, "5"), tok(Percent, "%"),
	}},
	{"indian scales and naught", "13 lakh, 3 crore, nought", []Token{
		tok(Number, "13"), tok(Scale, "lakh"), tok(Punct, ","), tok(Number, "3"), tok(Scale, "crore"),
		tok(Punct, ","), tok(NumberWord, "nought"),
	}},
}

func TestLex(t *testing.T) {
	for _, tt := range lexTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lex(tt.input)
			if len(got) != len(tt.want) {
				t.Fatalf("Lex(%q) = %v tokens %v, want %v", tt.input, len(got), got, tt.want)
			}
			for i := range got {
				if got[i].Kind != tt.want[i].Kind || got[i].Text != tt.want[i].Text {
					t.Errorf("Lex(%q)[%d] = %s %q, want %s %q", tt.input, i, got[i].Kind, got[i].Text, tt.want[i].Kind, tt.want[i].Text)
				}
			}
		})
	}
}

func TestPos(t *testing.T) {
	input := "Trade: almost $24.5 billion\nup 9%"
	want := []int{0, 5, 7, 14, 15, 20, 28, 31, 32}
	got := Lex(input)
	if len(got) != len(want) {
		t.Fatalf("got %d tokens, want %d: %v", len(got), len(want), got)
	}
	for i, tk := range got {
		if tk.Pos != want[i] {
			t.Errorf("token %d %q at %d, want %d", i, tk.Text, tk.Pos, want[i])
		}
	}
}

func TestAppendReuses(t *testing.T) {
	buf := make([]Token, 0, 16)
	a := Append(buf, "one two")
	b := Append(a[:0], "three")
	if len(b) != 1 || b[0].Text != "three" {
		t.Fatalf("Append = %v", b)
	}
}

// Tokens are set in place, field by field: a buffer whose room holds
// the tokens of another text must give what a new one does.
func TestAppendOverStaleTokens(t *testing.T) {
	for _, tt := range lexTests {
		checkOverStale(t, tt.input)
	}
}

// checkOverStale fails t unless input lexed into a buffer full of stale
// tokens (every field set) gives the tokens Lex gives.
func checkOverStale(t *testing.T, input string) {
	t.Helper()
	want := Lex(input)
	stale := make([]Token, len(want)+8)
	for i := range stale {
		stale[i] = Token{Kind: Scale, Letters: true, Caps: true, Pos: -7, Text: "stale"}
	}
	got := Append(stale[:0], input)
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens over stale ones, Lex %d", input, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%q: token %d over stale ones %+v, Lex %+v", input, i, got[i], want[i])
		}
	}
}

func TestKindString(t *testing.T) {
	if Scale.String() != "Scale" || Kind(200).String() != "Kind(?)" {
		t.Errorf("String: %s %s", Scale, Kind(200))
	}
}

// checkTokens verifies the lexer's invariants on input.
func checkTokens(t *testing.T, input string) {
	t.Helper()
	end := 0
	for i, tk := range Lex(input) {
		if tk.Pos < end {
			t.Fatalf("token %d %q at %d overlaps the previous one (ends %d)", i, tk.Text, tk.Pos, end)
		}
		if tk.Text == "" {
			t.Fatalf("token %d at %d is empty", i, tk.Pos)
		}
		if tk.End() > len(input) || input[tk.Pos:tk.End()] != tk.Text {
			t.Fatalf("token %d %q does not match the input at %d", i, tk.Text, tk.Pos)
		}
		if strings.TrimSpace(input[end:tk.Pos]) != "" && utf8.ValidString(input[end:tk.Pos]) {
			t.Fatalf("bytes %q before token %d were dropped", input[end:tk.Pos], i)
		}
		if tk.Letters && (!tk.Kind.IsWord() || strings.Trim(tk.Text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" ||
			tk.Caps != (strings.ToLower(tk.Text) != tk.Text)) {
			t.Fatalf("token %d %+v: its letters or capitals are wrong", i, tk)
		}
		if !tk.Letters && tk.Caps {
			t.Fatalf("token %d %+v: capitals set on a token not of letters", i, tk)
		}
		end = tk.End()
	}
}

// FuzzLex checks the lexer's invariants on arbitrary input: no panic;
// tokens in order, non-overlapping, non-empty and inside the input; each
// token's text equal to the input at its offsets; no byte but white space
// dropped; and the same tokens when appended to a slice in use, or
// counted from an offset.
func FuzzLex(f *testing.F) {
	if seed, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt"); err == nil {
		f.Add(string(seed))
	}
	for _, tt := range lexTests {
		f.Add(tt.input)
	}
	f.Add("over two and half-fold from 640 to 1,050 items; 76 out of 89")
	f.Add("\xff\xfe$1\xe2\x88")
	f.Add("192.168.1.2 1.111,11 12,34,567.89 40\u202f000 1.3x10^6 -1.1^--23 2½ 100元 USD115 u.s $ https://x.y/%20")
	f.Fuzz(func(t *testing.T, input string) {
		checkTokens(t, input)
		checkPlainWords(t, input)
		checkTagged(t, input)
		checkOverStale(t, input)
		want := Lex(input)
		prefix := []Token{{Kind: Word, Pos: 0, Text: "x"}}
		got := Append(prefix, input)
		if len(got) != len(want)+1 || got[0] != prefix[0] {
			t.Fatalf("Append onto a slice in use gave %d tokens, Lex %d", len(got)-1, len(want))
		}
		for i := range want {
			if got[i+1] != want[i] {
				t.Fatalf("token %d: Append %v, Lex %v", i, got[i+1], want[i])
			}
		}
		// At an offset: the same tokens, their offsets moved.
		at := AppendAt(nil, input, 1000)
		if len(at) != len(want) {
			t.Fatalf("AppendAt gave %d tokens, Lex %d", len(at), len(want))
		}
		for i := range want {
			moved := want[i]
			moved.Pos += 1000
			if at[i] != moved {
				t.Fatalf("token %d: AppendAt gave %v, want %v", i, at[i], moved)
			}
		}
	})
}

// checkPlainWords checks that wherever plainWords reads a word, lexWord
// reads the same token and stops at the same byte, and that where it
// reads none it stops where it started.
func checkPlainWords(t *testing.T, input string) {
	t.Helper()
	for _, tags := range []*Tags{keywordTags(), testTags} {
		for i := 0; i < len(input); i++ {
			if !asciiLetter[input[i]] {
				continue
			}
			fast := &lexer{input: input, start: i, pos: i, tags: tags}
			fast.plainWords()
			if len(fast.tokens) == 0 {
				if fast.pos != i {
					t.Fatalf("at %d of %q: plainWords read no word but moved to %d", i, input, fast.pos)
				}
				continue
			}
			slow := &lexer{input: input, start: i, pos: i, tags: tags}
			lexWord(slow)
			if len(slow.tokens) != 1 || fast.tokens[0] != slow.tokens[0] || fast.tokens[0].End() != slow.pos {
				t.Fatalf("at %d of %q: plainWords read %v, lexWord %v", i, input, fast.tokens[0], slow.tokens)
			}
		}
	}
}

// testTagWords are tags for the tests: plain words, keywords, a word
// that is not of letters only, one-letter words.
var testTagWords = map[string]uint8{"trade": 1, "million": 2, "the": 3, "u.s": 4, "a": 5, "percent": 6, "may": 7, "grew": 8}

var testTags = NewTags(testTagWords)

// checkTagged checks that a Lexer with Tags reads the tokens Lex reads,
// each word of letters Tagged with its tag (in any case) and no other
// token tagged.
func checkTagged(t *testing.T, input string) {
	t.Helper()
	want := Lex(input)
	lx := Lexer{Tags: testTags}
	got := lx.AppendAt(nil, input, 0)
	if len(got) != len(want) {
		t.Fatalf("with tags %d tokens, without %d", len(got), len(want))
	}
	for i, w := range want {
		if w.Tagged || w.Tag != 0 {
			t.Fatalf("token %d %v: tagged by a lexer with no tags", i, w)
		}
		if kw, ok := keywords[strings.ToLower(w.Text)]; w.Letters && (ok && w.Kind != kw || !ok && w.Kind != Word) {
			t.Fatalf("token %d %v: a word of letters of kind %v, want %v", i, w, w.Kind, kw)
		}
		if w.Letters {
			w.Tagged, w.Tag = true, testTagWords[strings.ToLower(w.Text)]
		}
		if got[i] != w {
			t.Fatalf("token %d: with tags %+v, want %+v", i, got[i], w)
		}
	}
}

// TestShortTable checks the look-up of words of up to eight letters by
// their packed letters: every word of the tags in any case, and words
// that are not there.
func TestShortTable(t *testing.T) {
	for _, w := range testTags.table.Words() {
		v, _ := testTags.table.Get(words.Hash(w), w)
		if !isLetters(w) {
			continue
		}
		for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got, ok := testTags.short.get(packWord(c)); !ok || unpack(got) != v {
				t.Errorf("%q: got %v %v, want %v", c, got, ok, v)
			}
		}
	}
	for _, w := range []string{"x", "trades", "tradeX", "tradings", "abcdefgh", "gre", "thee"} {
		if v, ok := testTags.short.get(packWord(w)); ok {
			t.Errorf("%q found: %v", w, v)
		}
	}
	if packWord("Ab") != 'a'|'b'<<8 {
		t.Errorf("packWord(%q) = %#x", "Ab", packWord("Ab"))
	}
}

// TestShortTableFull checks that every word of a large set finds a slot,
// however the two hashes of its words collide, and is found in it.
func TestShortTableFull(t *testing.T) {
	for _, n := range []int{1, 2, 3, 100, 5000} {
		m := map[uint64]uint16{}
		for i := range n {
			m[packWord(fmt.Sprintf("w%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26))] = uint16(i + 1)
		}
		st := newShortTable(m)
		if len(st.keys) < 2*len(m) || len(st.keys)&(len(st.keys)-1) != 0 {
			t.Errorf("%d words: %d slots", len(m), len(st.keys))
		}
		for key, want := range m {
			if got, ok := st.get(key); !ok || got != want {
				t.Errorf("%d words: %#x: got %v %v, want %#x", len(m), key, got, ok, want)
			}
		}
		if _, ok := st.get(packWord("zz")); ok {
			t.Errorf("%d words: %q found", len(m), "zz")
		}
	}
}

// TestTags checks the tags a Lexer puts on words of letters, in any case,
// and that they change no token's kind.
func TestTags(t *testing.T) {
	lx := Lexer{Tags: testTags}
	toks := lx.AppendAt(nil, "The TRADE grew by a million percent in May U.S. trades", 0)
	var got []string
	for _, tk := range toks {
		got = append(got, fmt.Sprintf("%s:%v:%v:%d", tk.Text, tk.Kind, tk.Tagged, tk.Tag))
	}
	want := "The:Word:true:3 TRADE:Word:true:1 grew:Word:true:8 by:Word:true:0 a:Word:true:5 million:Scale:true:2 " +
		"percent:Word:true:6 in:Word:true:0 May:Month:true:7 U.S.:Word:false:0 trades:Word:true:0"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
	for _, tt := range lexTests {
		checkTagged(t, tt.input)
	}
}

// TestPlainWord checks plainWords against lexWord on the seed and on the
// lexer's cases.
func TestPlainWord(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkPlainWords(t, string(seed))
	for _, tt := range lexTests {
		checkPlainWords(t, tt.input)
	}
	checkPlainWords(t, "http://x.y www.a.b wwwx ftp ht U.S. a.m. Russia’s USD115 can't it's end")
	// Full stops after words: sentence ends, abbreviations, addresses.
	checkPlainWords(t, "It grew. WWW.x.ru www. Was. wow.x U.S.A. i.e. e.g., a. b.c Mr. x.5 end.\"")
}

// TestEndsAtFullStop checks the words a full stop ends, and those it is
// left to lexWord to end.
func TestEndsAtFullStop(t *testing.T) {
	for w, want := range map[string]bool{"grew": true, "it": true, "U": false, "a": false, "www": false, "WWW": false, "was": false, "wow": false, "wa": true, "were": true} {
		if got := endsAtFullStop(w); got != want {
			t.Errorf("endsAtFullStop(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLetterRun checks letterRun and letters8, eight bytes at a time,
// against reading a byte at a time, on runs of letters of every length
// up to 20 with every kind of byte after them, and with a capital at
// every place.
func TestLetterRun(t *testing.T) {
	byteWise := func(in string, p int) (int, bool) {
		caps := false
		for p < len(in) && ('a' <= in[p] && in[p] <= 'z' || 'A' <= in[p] && in[p] <= 'Z') {
			caps = caps || in[p] <= 'Z'
			p++
		}
		return p, caps
	}
	ends := []string{"", " ", ".", "0", "'", "\x7f", "\x80", "é", "@", "[", "`", "{", "\x00"}
	for n := 0; n <= 20; n++ {
		for capAt := -1; capAt < n; capAt++ {
			word := []byte(strings.Repeat("z", n))
			if capAt >= 0 {
				word[capAt] = 'Q'
			}
			for _, end := range ends {
				for _, pad := range []string{"", "more words after it"} {
					in := "ab " + string(word) + end + pad
					gotEnd, gotCaps := letterRun(in, 3)
					wantEnd, wantCaps := byteWise(in, 3)
					if gotEnd != wantEnd || gotCaps != wantCaps {
						t.Errorf("letterRun(%q, 3) = %d, %v, want %d, %v", in, gotEnd, gotCaps, wantEnd, wantCaps)
					}
					if len(in) >= 11 {
						n8, caps8 := letters8(load8(in[3:11]))
						wantN := min(wantEnd-3, 8)
						_, wantCaps8 := byteWise(in[:3+wantN], 3)
						if n8 != wantN || caps8 != wantCaps8 {
							t.Errorf("letters8(%q) = %d, %v, want %d, %v", in[3:11], n8, caps8, wantN, wantCaps8)
						}
					}
				}
			}
		}
	}
}
