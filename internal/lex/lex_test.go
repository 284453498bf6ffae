package lex

import (
	"strings"
	"testing"
	"unicode/utf8"
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
	{"time ordinal fraction", "13:50 18th 1/2 11/28/2022", []Token{
		tok(Time, "13:50"), tok(Ordinal, "18th"), tok(Fraction, "1/2"),
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
		end = tk.End()
	}
}

func FuzzLex(f *testing.F) {
	for _, tt := range lexTests {
		f.Add(tt.input)
	}
	f.Add("over two and half-fold from 640 to 1,050 items; 76 out of 89")
	f.Add("\xff\xfe$1\xe2\x88")
	f.Fuzz(checkTokens)
}
