package claim

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/benchinput"
	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/transcript"
)

// extract returns the claims a speaker makes in text, in a document dated
// 2022-11-28.
func extract(text string) []Claim {
	doc := "Events\nTalks\nNovember 28, 2022\nAnna Smith: " + text + "\n"
	return NewExtractor(nil).Extract(transcript.Parse("t.txt", doc, transcript.Kremlin))
}

// want is an expected claim: fields left empty are not checked, except
// that Text must always match.
type want struct {
	text, kind, value, unit, qualifier, metric, scope, period, modality string
}

var extractTests = []struct {
	name  string
	input string
	want  []want
}{
	{"money with scale and hedge", "Trade reached almost $24.5 billion.", []want{
		{text: "almost $24.5 billion", kind: "money", value: "24500000000", unit: "USD", qualifier: "almost", metric: "trade"},
	}},
	{"glued abbreviation", "They paid $2bn and RUB 300 billion and 5 million rubles and €3.5 mln.", []want{
		{text: "$2bn", value: "2000000000", unit: "USD"},
		{text: "RUB 300 billion", value: "300000000000", unit: "RUB"},
		{text: "5 million rubles", value: "5000000", unit: "RUB"},
		{text: "€3.5 mln", value: "3500000", unit: "EUR"},
	}},
	{"currency words and codes", "It cost 65 billion US dollars, US$5 and 10 tenge.", []want{
		{text: "65 billion US dollars", value: "65000000000", unit: "USD"},
		{text: "US$5", value: "5", unit: "USD"},
		{text: "10 tenge", value: "10", unit: "KZT"},
	}},
	{"percent forms", "Inflation was 4 percent, 3.5% and 2 per cent.", []want{
		{text: "4 percent", kind: "percent", value: "4", unit: "%", metric: "inflation"},
		{text: "3.5%", value: "3.5", unit: "%"},
		{text: "2 per cent", value: "2", unit: "%"},
	}},
	{"percentage points", "Unemployment fell by 1.5 percentage points.", []want{
		{text: "1.5 percentage points", kind: "percent", value: "-1.5", unit: "pp", metric: "unemployment growth"},
	}},
	{"growth and fall", "Last year trade grew 9 percent and exports fell by 32 percent.", []want{
		{text: "9 percent", value: "9", metric: "trade growth", period: "2021"},
		{text: "32 percent", value: "-32", metric: "exports growth", period: "2021"},
	}},
	{"discount is a level", "Exports enjoy a 50 percent discount.", []want{
		{text: "50 percent", value: "50"},
	}},
	{"number words", "We opened forty-seven new schools and three hundred and fifty clinics.", []want{
		{text: "forty-seven new schools", kind: "count", value: "47", metric: "schools"},
		{text: "three hundred and fifty clinics", value: "350", metric: "clinics"},
	}},
	{"a dozen and a hundred", "A dozen firms and a hundred banks joined.", []want{
		{text: "A dozen firms", value: "12", metric: "firms"},
		{text: "a hundred banks", value: "100", metric: "banks"},
	}},
	{"multipliers", "Supplies grew five-fold, then 3.6-fold and tenfold, and almost doubled; costs halved.", []want{
		{text: "five-fold", kind: "multiplier", value: "5", unit: "x"},
		{text: "3.6-fold", value: "3.6", unit: "x"},
		{text: "tenfold", value: "10", unit: "x"},
		{text: "almost doubled", value: "2", qualifier: "almost"},
		{text: "halved", value: "0.5"},
	}},
	{"times", "Output is 2.5 times higher, one and a half times more.", []want{
		{text: "2.5 times", kind: "multiplier", value: "2.5", unit: "x"},
		{text: "one and a half times", value: "1.5", unit: "x"},
	}},
	{"fractions", "More than a third of firms and two-thirds of banks, half of all, 1/4 of it.", []want{
		{text: "More than a third", kind: "fraction", value: "0.3333333333333333", qualifier: "over"},
		{text: "two-thirds", value: "0.6666666666666667"},
		{text: "half", value: "0.5"},
		{text: "1/4", value: "0.25"},
	}},
	{"range", "The number of commodity items increased from 640 to 1,050 items.", []want{
		{text: "640", kind: "count", value: "640", metric: "commodity items"},
		{text: "1,050 items", value: "1050", metric: "commodity items"},
	}},
	{"range shares the scale", "Costs rose from 5 to 7 billion dollars.", []want{
		{text: "5", value: "5000000000", unit: "USD"},
		{text: "7 billion dollars", value: "7000000000", unit: "USD"},
	}},
	{"out of", "Today, 76 out of 89 Russian regions have ties.", []want{
		{text: "76", value: "76", metric: "regions", period: "2022-11-28"},
		{text: "89 Russian regions", value: "89", metric: "regions"},
	}},
	{"hedges", "Some 30 firms, at least 5 banks, up to 10 funds, fewer than 4 mines, roughly 7 ports, over 2 plants.", []want{
		{text: "Some 30 firms", qualifier: "about"},
		{text: "at least 5 banks", qualifier: "at_least"},
		{text: "up to 10 funds", qualifier: "up_to"},
		{text: "fewer than 4 mines", qualifier: "under"},
		{text: "roughly 7 ports", qualifier: "about"},
		{text: "over 2 plants", qualifier: "over"},
	}},
	{"up to after growth is rising to", "Trade grew 35 percent, up to $25.6 billion.", []want{
		{text: "35 percent", metric: "trade growth"},
		{text: "up to $25.6 billion", qualifier: "exact", metric: "trade"},
	}},
	{"periods", "Over the first eight months of this year, trade gained 9 percent; from May to October exports were $2 billion.", []want{
		{text: "9 percent", period: "2022-01/2022-08", metric: "trade growth"},
		{text: "$2 billion", period: "2022-05/2022-10", metric: "exports"},
	}},
	{"baseline is not the period", "Compared to last year, trade grew 5 percent.", []want{
		{text: "5 percent", period: ""},
	}},
	{"target", "We want trade to reach $100 billion by 2030.", []want{
		{text: "$100 billion", modality: "target", period: "2030"},
	}},
	{"scope", "Investments from Kazakhstan to Russia increased by 34 percent, reaching $535 million.", []want{
		{text: "34 percent", metric: "investment growth", scope: "from kazakhstan to russia"},
		{text: "$535 million", metric: "investment", scope: "from kazakhstan to russia"},
	}},
	{"value of counted things", "They run 110 joint projects worth a total of $23 billion.", []want{
		{text: "110 joint projects", metric: "projects"},
		{text: "a total of $23 billion", metric: "projects value"},
	}},
	{"light nouns keep their modifier", "About 40 government bodies and 47 restrictive measures.", []want{
		{text: "About 40 government bodies", metric: "government bodies"},
		{text: "47 restrictive measures", metric: "restrictive measures"},
	}},
	{"negative numbers", "The balance was -2.5% and − 3 percent.", []want{
		{text: "-2.5%", value: "-2.5"},
		{text: "− 3 percent", value: "-3"},
	}},
}

func TestExtract(t *testing.T) {
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(tt.input)
			if len(got) != len(tt.want) {
				var texts []string
				for _, c := range got {
					texts = append(texts, c.Text)
				}
				t.Fatalf("%q: got %d claims %q, want %d", tt.input, len(got), texts, len(tt.want))
			}
			for i, w := range tt.want {
				c := got[i]
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("%q: %s = %q, want %q", w.text, field, got, want)
					}
				}
				if c.Text != w.text {
					t.Errorf("claim %d text %q, want %q", i, c.Text, w.text)
				}
				check("kind", string(c.Kind), w.kind)
				check("value", c.Value.String(), w.value)
				check("unit", c.Unit, w.unit)
				check("qualifier", string(c.Qualifier), w.qualifier)
				check("metric", c.Metric, w.metric)
				check("scope", c.Scope, w.scope)
				check("modality", string(c.Modality), w.modality)
				if (w.period != "" || strings.Contains(tt.name, "period")) && c.Period != w.period {
					t.Errorf("%q: period = %q, want %q", w.text, c.Period, w.period)
				}
			}
		})
	}
}

// TestNotClaims lists numbers that are not claims (spec §2).
func TestNotClaims(t *testing.T) {
	for _, input := range []string{
		"On November 28, 2022 we met.",
		"In 2019 the zone was created, and in October 2019 we met.",
		"We met at 13:50.",
		"The 18th Forum was held; it was the eighth, his first official visit.",
		"Over the first eight months of this year, nothing.",
		"The G20 acted, COVID-19 spread.",
		"Our two countries agree; one area matters; first of all, thank you.",
		"Firstly, we agree. Secondly, we act.",
		"We marked the 30th anniversary after 30 years of relations.",
		"I would like to make the following four proposals.",
		"It brought banks from two countries.",
		"They build 2-, 3- and 4-room flats.",
	} {
		if got := extract(input); len(got) > 0 {
			t.Errorf("%q: got claim %q (%s %s)", input, got[0].Text, got[0].Kind, got[0].Value)
		}
	}
}

// TestPeriodField needs its own check: an empty period in a table row means
// "not checked", so periods that must stay empty are asserted here.
func TestPeriodEmpty(t *testing.T) {
	got := extract("Compared to last year, the number of commodity items increased from 640 to 1,050 items.")
	for _, c := range got {
		if c.Period != "" {
			t.Errorf("%q has period %q; a comparison's baseline is not the claim's period", c.Text, c.Period)
		}
	}
	got = extract("Last year, trade came to $5 billion. Russian investment came to more than $6 billion. At the same time, exports grew by 5 percent.")
	periods := []string{"2021", "", ""}
	for i, c := range got {
		if c.Period != periods[i] {
			t.Errorf("%q: period %q, want %q", c.Text, c.Period, periods[i])
		}
	}
}

// TestPad checks pad, the periods' number formatting, against fmt's
// "%0*d" for every width it is used with, in and out of its fast range.
func TestPad(t *testing.T) {
	for _, w := range []int{2, 4} {
		for _, v := range []int{-10001, -5, -1, 0, 1, 7, 9, 10, 12, 99, 100, 123, 999, 1000, 2019, 9999, 10000, 123456} {
			if got, want := pad(v, w), fmt.Sprintf("%0*d", w, v); got != want {
				t.Errorf("pad(%d, %d) = %q, want %q", v, w, got, want)
			}
		}
	}
	if got := ym(2019, 3); got != "2019-03" {
		t.Errorf("ym(2019, 3) = %q, want 2019-03", got)
	}
}

// TestEndsWithWord checks endsWithWord against strings.HasSuffix(a, " "+b).
func TestEndsWithWord(t *testing.T) {
	ws := []string{"", " ", "projects", "investment projects", "new investment projects", "sprojects", " projects", "projects ", "a b", "b"}
	for _, a := range ws {
		for _, b := range ws {
			if got, want := endsWithWord(a, b), strings.HasSuffix(a, " "+b); got != want {
				t.Errorf("endsWithWord(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestLexicon(t *testing.T) {
	lx := DefaultLexicon()
	if err := lx.Load(strings.NewReader("# tourism\ntourism: tourist arrivals, visitors\ntourism ~ hotels\n"), "x.txt"); err != nil {
		t.Fatal(err)
	}
	if !lx.Related("tourism", "hotels") || !lx.Related("projects", "investment projects") || lx.Related("trade", "exports") {
		t.Error("Related is wrong")
	}
	if err := lx.Load(strings.NewReader("no colon here\n"), "bad.txt"); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("Load of a bad line: %v", err)
	}
	doc := "ANNA: Tourist arrivals grew 5 percent.\n"
	got := NewExtractor(lx).Extract(transcript.Parse("t", doc, ""))
	if len(got) != 1 || got[0].Metric != "tourism growth" {
		t.Errorf("got %+v", got)
	}
	if ms := lx.Metrics(); len(ms) < 10 || ms[0] > ms[1] {
		t.Errorf("Metrics() = %v", ms)
	}
}

// checkClaims verifies the extractor's invariants on a transcript text.
func checkClaims(t *testing.T, text string) {
	t.Helper()
	tr := transcript.Parse("f", text, "")
	claims := NewExtractor(nil).Extract(tr)
	all := NewExtractor(nil)
	all.readAll = true
	if want := all.Extract(tr); !reflect.DeepEqual(claims, want) {
		t.Fatalf("passing over quiet paragraphs changed the claims:\n got %+v\nwant %+v", claims, want)
	}
	// Paragraphs read in batches, or each on its own: the same claims.
	one := NewExtractor(nil)
	one.batchTokens = 1
	if want := one.Extract(tr); !reflect.DeepEqual(claims, want) {
		t.Fatalf("reading paragraphs in batches changed the claims:\n got %+v\nwant %+v", claims, want)
	}
	// Word flags found by the lexer (Token.Tag) or looked up after it:
	// the same claims.
	untagged := NewExtractor(nil)
	untagged.lexer.Tags, untagged.handed.lexer.Tags, untagged.before.lexer.Tags = nil, nil, nil
	if want := untagged.Extract(tr); !reflect.DeepEqual(claims, want) {
		t.Fatalf("word flags from the lexer changed the claims:\n got %+v\nwant %+v", claims, want)
	}
	for _, c := range claims {
		if c.Pos < 0 || c.End > len(text) || c.Pos >= c.End || transcript.FoldSpace(text[c.Pos:c.End]) != c.Text {
			t.Fatalf("claim %q at [%d,%d) does not match the input (white space folded)", c.Text, c.Pos, c.End)
		}
		// A line ends at LF, CRLF or a lone CR.
		if want := strings.Count(strings.ReplaceAll(text[:c.Pos], "\r\n", "\n"), "\n") + strings.Count(strings.ReplaceAll(text[:c.Pos], "\r\n", "\n"), "\r") + 1; c.Line != want {
			t.Fatalf("claim %q on line %d, want %d", c.Text, c.Line, want)
		}
		if _, err := decimal.NewFromString(c.Value.String()); err != nil {
			t.Fatalf("claim %q value %q does not parse: %v", c.Text, c.Value, err)
		}
		if !c.Kind.IsClaim() || c.Speaker == "" || !strings.Contains(c.Context, c.Text) {
			t.Fatalf("claim %+v: bad kind, speaker or context", c)
		}
	}
}

func readSeed(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestSeedInvariants(t *testing.T) { checkClaims(t, readSeed(t)) }

// TestCaselessRunes checks the words whose only change in lower case is
// their ASCII capitals', against strings.ToLower.
func TestCaselessRunes(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Russia’s", true}, {"russia’s", true}, {"Naïve", true}, {"—", true},
		{"trade", false}, {"TRADE", false}, {"ERDOĞAN", false}, {"İstanbul", false}, {"\u212a", false}, {"AB\xff’s", false},
	} {
		if got := caselessRunes(tt.w); got != tt.want {
			t.Errorf("caselessRunes(%q) = %v, want %v", tt.w, got, tt.want)
		}
		if tt.want {
			var lower []byte
			for i := 0; i < len(tt.w); i++ {
				lower = append(lower, tt.w[i]|asciiUpper[tt.w[i]])
			}
			if got, want := string(lower), strings.ToLower(tt.w); got != want {
				t.Errorf("%q: capitals lower-cased %q, strings.ToLower %q", tt.w, got, want)
			}
		}
	}
}

// TestLowerWords checks each word's lower case, as lowerWordsIn makes it
// (into the arena, or by strings.ToLower), against strings.ToLower, and
// the flags of the words not of ASCII letters against flagsOf given that
// lower case: words with capitals, with runes of no case ("Russia’s"),
// and with runes that have one ("Erdoğan", "İstanbul", "ÜNITED").
func TestLowerWords(t *testing.T) {
	texts := []string{readSeed(t), "Russia’s RUSSIA’S russia’s Erdoğan’s ERDOĞAN İstanbul ÜNITED Naïve пРИвет Kelvin \u212a K’s " +
		"U.S. MUSD5 it’s IT’S Ｗide “Trade” grew; TRADE’s—rise.", "bad \xffAB’s byte",
		strings.Repeat("Trade Russia’s grew and ", 60) + "fell."} // a sentence of more tokens than lowerWordsIn's room
	checked := 0
	for _, text := range texts {
		lx := lex.Lexer{Tags: wordFlags().tags}
		var arena []byte
		for _, s := range splitSentences(lx.AppendAt(nil, text, 0)) {
			s.lowerWordsIn(&arena, nil, nil, nil)
			for k, tk := range s.toks {
				want := tk.Text
				if tk.Kind.IsWord() {
					want = strings.ToLower(tk.Text)
				}
				if s.low[k] != want {
					t.Errorf("%q: lower case %q, want %q", tk.Text, s.low[k], want)
				}
				if tk.Kind.IsWord() && !tk.Letters {
					checked++
					if got, want := s.flags[k], flagsOf(tk.Text, want)|kindFlags[tk.Kind]; got != want {
						t.Errorf("%q: flags %b, want %b", tk.Text, got, want)
					}
				}
			}
		}
	}
	if checked < 20 {
		t.Errorf("%d words not of ASCII letters checked, want more", checked)
	}
}

// TestTaggedFlags checks that the word flags the lexer finds (an
// Extractor's lexer has them as tags) are those lowerWords looks up for
// words lexed without them, and that they are found: most words with a
// flag are words of letters.
func TestTaggedFlags(t *testing.T) {
	texts := []string{readSeed(t), "A FEW U.S. firms, some 5 MUSD, Its TRADE rose by a Third to date; the last year."}
	for _, tt := range extractTests {
		texts = append(texts, tt.input)
	}
	tagged := 0
	for _, text := range texts {
		lx := lex.Lexer{Tags: wordFlags().tags}
		got, want := splitSentences(lx.AppendAt(nil, text, 0)), splitSentences(lex.Lex(text))
		if len(got) != len(want) {
			t.Fatalf("%d sentences with tags, %d without", len(got), len(want))
		}
		for i := range got {
			got[i].lowerWords(nil, nil, nil)
			want[i].lowerWords(nil, nil, nil)
			for k, tk := range got[i].toks {
				if tk.Tagged && tk.Tag != 0 {
					tagged++
				}
				if got[i].flags[k] != want[i].flags[k] || got[i].low[k] != want[i].low[k] {
					t.Fatalf("%q: flags %b (%q) with tags, %b (%q) without", tk.Text, got[i].flags[k], got[i].low[k], want[i].flags[k], want[i].low[k])
				}
			}
		}
	}
	if tagged < 100 {
		t.Errorf("%d words tagged with a flag by the lexer, want many", tagged)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(readSeed(f))
	for _, tt := range extractTests {
		f.Add("ANNA: " + tt.input + "\nBOB: ok\n")
	}
	for _, tt := range idleTests {
		f.Add("ANNA: We talked. " + tt.sentence + " Then trade grew 5 percent.\n")
	}
	f.Fuzz(checkClaims)
}

// BenchmarkExtract reads the claims of the benchmarks' input (benchinput:
// the corpus's Kremlin transcripts to 50 MB), parsed before it starts, a
// transcript at a time with one Extractor, each transcript's claims handed
// on a paragraph at a time, as the streaming formats take them.
func BenchmarkExtract(b *testing.B) {
	texts, copies, size := benchinput.Kremlin(b)
	var trs []*transcript.Transcript
	for _, text := range texts {
		trs = append(trs, transcript.Parse("kremlin.txt", text, ""))
	}
	ex := NewExtractor(nil)
	ex.Uncompared = true // as the streaming formats read them
	claims := 0
	count := func(cs []Claim) error {
		claims += len(cs)
		return nil
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		claims = 0
		for range copies {
			for _, tr := range trs {
				ex.ExtractTo(tr, count)
			}
		}
	}
	b.ReportMetric(float64(claims), "claims/op")
}

// TestTopicBefore checks the topic a pronoun takes from the sentences
// before the first with a hint, which are not lexed until it is needed:
// the metric of the last of them that names one.
func TestTopicBefore(t *testing.T) {
	for _, tt := range []struct{ input, metric string }{
		{"We noted a positive dynamic in bilateral trade. Last year it increased by 17 percent.", "trade growth"},
		{"Investment matters. We noted a positive dynamic in trade. It is good. Last year it increased by 17 percent.", "trade growth"},
		{"We noted a positive dynamic. Last year it increased by 17 percent.", ""},
		{"We noted a positive dynamic in trade. Last year the number increased by 17 percent.", ""},
	} {
		got := extract(tt.input)
		if len(got) != 1 || got[0].Metric != tt.metric {
			t.Errorf("%q: got %+v, want one claim of metric %q", tt.input, got, tt.metric)
		}
		checkClaims(t, "Anna Smith: "+tt.input+"\n")
	}
}

func TestFlow(t *testing.T) {
	tests := []struct {
		input string
		want  Flow
	}{
		{"Accumulated Russian investment exceeds $200 million.", Stock},
		{"To date, we have implemented projects worth $23 billion.", Stock},
		{"Russia's investment totals almost $17 billion.", Stock},
		{"The republic received $123 million in investments.", FlowOfPeriod},
		{"Last year, investment reached $2 billion.", FlowOfPeriod},
		{"Investment reached $2 billion.", ""},
		{"About 1.2 million citizens of Tajikistan live and work in Russia.", Stock},
	}
	for _, tt := range tests {
		got := extract(tt.input)
		if len(got) != 1 || got[0].Flow != tt.want {
			t.Errorf("%q: got %+v, want flow %q", tt.input, got, tt.want)
		}
	}
}

func TestFinancialYear(t *testing.T) {
	got := extract("Spending rose to 4 percent in 2011-12 and 5 percent in 2013-14.")
	if len(got) != 2 || got[0].Period != "2011/2012" || got[1].Period != "2013/2014" {
		t.Errorf("got %+v", got)
	}
}

// readingTexts returns the texts the reader's rules are checked on: the
// transcripts of testdata, the conformance cases and the extraction
// tests' inputs.
func readingTexts(t *testing.T) []string {
	t.Helper()
	_, texts := testdataTexts(t)
	for _, f := range conformanceFiles {
		for _, c := range readConformance(t, filepath.Join("..", "..", "testdata", "conformance", f.name)) {
			texts = append(texts, c.Input)
		}
	}
	for _, tt := range extractTests {
		texts = append(texts, tt.input)
	}
	return texts
}

// TestArticlesPassedOver checks that wherever mentionsTo passes over an
// "a" or "an" (mayFollowA), mentionAt reads nothing there, on every
// transcript of testdata, every conformance case and every extraction
// test.
func TestArticlesPassedOver(t *testing.T) {
	texts := append(readingTexts(t), "a hundred, a dozen, a million, a third, an eighth, a percentage point, a twenty-first, a 5, a-half, a.")
	passed := 0
	for _, text := range texts {
		for _, s := range splitSentences(lex.Lex(text)) {
			s.lowerWords(nil, nil, nil)
			for i := range s.toks {
				if lw := s.low[i]; (lw == "a" || lw == "an") && !s.mayFollowA(i+1) {
					passed++
					if m := new(Mention); s.mentionAt(i, m) {
						t.Errorf("%q at %d passed over, but mentionAt reads %q", lw, s.toks[i].Pos, text[s.toks[m.First].Pos:s.toks[m.Last].End()])
					}
				}
			}
		}
	}
	if passed == 0 {
		t.Error("no article was passed over")
	}
}

// checkFoldedText checks foldedText against transcript.FoldSpace on every
// sentence of text, whole and from each token to the sentence's end.
func checkFoldedText(t *testing.T, text string) {
	t.Helper()
	for _, s := range splitSentences(lex.Lex(text)) {
		last := len(s.toks) - 1
		for first := 0; first <= last; first++ {
			raw := text[s.toks[first].Pos:s.toks[last].End()]
			if got, want := s.foldedText(text, first, last), transcript.FoldSpace(raw); got != want {
				t.Fatalf("foldedText of %q = %q, want %q", raw, got, want)
			}
		}
	}
}

// TestSpaceless checks the tokens told to have no white space to fold,
// against FoldSpace.
func TestSpaceless(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"trade", true}, {"25.6", true}, {"40 000", true}, {"Russia’s", true}, {"Erdoğan’s", true},
		{"’", true}, {"bad\xffbyte", true},
		{"40\u00a0000", false}, {"40\u202f000", false}, {"a\tb", false}, {"x\u0085", false}, {"\u2003", false},
	} {
		if got := spaceless(tt.text); got != tt.want {
			t.Errorf("spaceless(%q) = %v, want %v", tt.text, got, tt.want)
		}
		if tt.want && transcript.FoldSpace(tt.text) != tt.text {
			t.Errorf("spaceless(%q): FoldSpace changes it", tt.text)
		}
	}
}

// TestFoldedText checks foldedText on texts with each kind of white space
// the lexer skips or keeps, and on the transcripts of testdata.
func TestFoldedText(t *testing.T) {
	for _, text := range []string{
		"Trade grew by 9.1 percent, to $25.6 billion.", "Trade  grew\tby\n9 percent.",
		"It is 40\u00a0000 or 40\u202f000 or 40\u2009000 or 40 000 people.", "a\vb\fc 5.",
		"“Quoted” — dashes – and ‘marks’.", "x\u2003y\u0085z\u00a0w 1.", "bad \xff byte 2.",
		"Russia’s trade grew by 9 percent, Erdoğan’s by 40\u00a0000.",
	} {
		checkFoldedText(t, text)
	}
	_, texts := testdataTexts(t)
	for _, text := range texts {
		checkFoldedText(t, text)
	}
}

// testdataTexts returns the paths and texts of the transcripts of
// testdata/transcripts; it fails t when there is none or one cannot be
// read.
func testdataTexts(t testing.TB) (paths, texts []string) {
	t.Helper()
	return globTexts(t, "../../testdata/transcripts/*")
}

// globTexts returns the paths and texts of the files of glob; it fails
// the test when there is none.
func globTexts(t testing.TB, glob string) (paths, texts []string) {
	t.Helper()
	paths, _ = filepath.Glob(glob)
	if len(paths) == 0 {
		t.Fatalf("no files %s", glob)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return paths, texts
}

func FuzzFoldedText(f *testing.F) {
	f.Add("It is 40\u00a0000 people,\ttoday.  Then\v5.")
	f.Fuzz(checkFoldedText)
}

// TestIsAbbreviation checks the any-case look-up of abbreviations
// against lower-casing the word and reading the list.
func TestIsAbbreviation(t *testing.T) {
	ws := []string{"Putin", "trade", "a", "U", "Nov", "NOVEMBER", "ltdx", "Sept"}
	for w := range abbreviations.All() {
		ws = append(ws, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range ws {
		if got, want := isAbbreviation(w), abbreviations.Value(strings.ToLower(w)); got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
	for _, text := range []string{"Mr. Putin met Dr. Smith. It went well.", "MR. PUTIN met DR. SMITH. He came.", "The U.S. Senate met. It met.", "It was Nov. 5, 2022. Then it rained."} {
		var ends []string
		for _, s := range splitSentences(lex.Lex(text)) {
			ends = append(ends, s.toks[len(s.toks)-1].Text+"@"+strconv.Itoa(s.toks[len(s.toks)-1].Pos))
		}
		if len(ends) != 2 {
			t.Errorf("%q splits into %d sentences (%v), want 2", text, len(ends), ends)
		}
	}
}

// TestChangeOf checks changeOf and verbWords against the sets they join:
// a rise is 1, a fall -1, anything else 0, and no word is both.
func TestChangeOf(t *testing.T) {
	for w := range increaseWords.All() {
		if decreaseWords.Has(w) {
			t.Errorf("%q is both a rise and a fall", w)
		}
		if got := changeOf(w); got != 1 {
			t.Errorf("changeOf(%q) = %d, want 1", w, got)
		}
	}
	for w := range decreaseWords.All() {
		if got := changeOf(w); got != -1 {
			t.Errorf("changeOf(%q) = %d, want -1", w, got)
		}
	}
	for _, w := range []string{"", "trade", "another", "Grew", "growths", "of", "came"} {
		if got := changeOf(w); got != 0 {
			t.Errorf("changeOf(%q) = %d, want 0", w, got)
		}
	}
	for _, w := range []string{"grew", "fell", "reached", "came", "trade", "of", "billion", "", "Came"} {
		want := levelWords.Has(w) || increaseWords.Has(w) || decreaseWords.Has(w) || commonVerbs.Has(w)
		if got := verbWords.Has(w); got != want {
			t.Errorf("verbWords.Has(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPhraseEndingAt checks findPhraseEndingAt, which tries only the
// lengths of the phrases that end with a word, against trying every
// start up to the longest phrase, on sentences made of the lexicon's
// words (possessives too) and others, with a lexicon that has phrases of
// several lengths ending in one word and a phrase of 70 words.
func TestPhraseEndingAt(t *testing.T) {
	lx := DefaultLexicon()
	long := strings.TrimSpace(strings.Repeat("very ", 69)) + " long"
	if err := lx.Load(strings.NewReader("x: trade, a b trade, c trade, a b c d e trade, "+long+"\n"), "x.txt"); err != nil {
		t.Fatal(err)
	}
	ref := func(s *sentence, j int) (string, int) {
		for st := max(j-lx.longest+1, 0); st <= j; st++ {
			if !s.allWords(st, j+1) {
				continue
			}
			var ws []string
			for k := st; k <= j; k++ {
				ws = append(ws, trimPossessive(s.low[k]))
			}
			if p, ok := lx.phrases[strings.Join(ws, " ")]; ok {
				return p, st
			}
		}
		return "", 0
	}
	vocab := []string{"a", "b", "c", "d", "e", "trade", "trade's", "bilateral", "mutual", "volume", "of", "investment", "direct", "very", "long", "the", ",", "exports"}
	r := rand.New(rand.NewPCG(3, 4))
	tried := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		size := 1 + r.IntN(12)
		if n%100 == 0 {
			b.WriteString(long + " ") // the phrase of 70 words, and others after it
		}
		for range size {
			b.WriteString(vocab[r.IntN(len(vocab))] + " ")
		}
		var lexer lex.Lexer
		s := newSentence(lexer.AppendAt(nil, b.String(), 0))
		for j := range s.toks {
			gp, gst := s.findPhraseEndingAt(lx, j)
			wp, wst := ref(&s, j)
			if gp != wp || gp != "" && gst != wst {
				t.Fatalf("%q at %d: %q from %d, want %q from %d", b.String(), j, gp, gst, wp, wst)
			}
			if gp != "" {
				tried++
			}
		}
	}
	if tried < 1000 {
		t.Errorf("only %d phrases found", tried)
	}
}

// TestUncompared checks that an Uncompared Extractor finds the claims a
// full one does, with their Flow and Rounding left zero, and that the
// testdata's claims do have some of both (so that the test can fail).
func TestUncompared(t *testing.T) {
	_, texts := testdataTexts(t)
	flows, roundings := 0, 0
	for _, text := range texts {
		tr := transcript.Parse("x", text, "")
		full := NewExtractor(nil).Extract(tr)
		ex := NewExtractor(nil)
		ex.Uncompared = true
		lean := ex.Extract(tr)
		if len(lean) != len(full) {
			t.Fatalf("%d claims uncompared, %d in full", len(lean), len(full))
		}
		for i := range full {
			want := full[i]
			if want.Flow != "" {
				flows++
			}
			if !want.Rounding.IsZero() {
				roundings++
			}
			want.Flow, want.Rounding = "", decimal.Decimal{}
			if !reflect.DeepEqual(lean[i], want) {
				t.Fatalf("claim %d uncompared %+v, want %+v", i, lean[i], want)
			}
		}
	}
	if flows == 0 || roundings == 0 {
		t.Errorf("%d flows and %d roundings in the testdata's claims, want some of each", flows, roundings)
	}
}
