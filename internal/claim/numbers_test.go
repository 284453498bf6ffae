package claim

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/transcript"
)

// fw is an expected Found: value "" means no value; claim and vague are
// checked always, reason only when not "-".
type fw struct {
	text, kind, value, unit string
	claim                   bool
	reason                  string
}

// brief prints f as the tables write it.
func brief(f Found) string {
	v := ""
	if f.HasValue {
		v = f.Value.String()
	}
	return fmt.Sprintf("%q %s %s %s claim=%v vague=%v reason=%q", f.Text, f.Kind, v, f.Unit, f.Claim, f.Vague, f.Reason)
}

// scanTests hold the forms of issue 5 and the traps other extractors fall
// into. Values are as written (a fall is not negated here).
var scanTests = []struct {
	name  string
	input string
	want  []fw
}{
	{"words to the trillions", "They spent three hundred and fifty billion dollars, a hundred firms and a dozen banks.", []fw{
		{"three hundred and fifty billion dollars", "money", "350000000000", "USD", true, ""},
		{"a hundred firms", "number", "100", "", true, ""},
		{"a dozen banks", "number", "12", "", true, ""},
	}},
	{"trillions and scales after and", "Twenty-one trillion and three hundred, two thousand and two hundred.", []fw{
		{"Twenty-one trillion and three hundred", "number", "21000000000300", "", true, ""},
		{"two thousand and two hundred", "number", "2200", "", true, ""},
	}},
	{"mixed and spelled fractions", "One and a half of them, three quarters of it, two-thirds of it, 1/2 of it, .5 of it.", []fw{
		{"One and a half", "number", "1.5", "", false, "-"},
		{"three quarters", "fraction", "0.75", "", true, ""},
		{"two-thirds", "fraction", "0.6666666666666667", "", true, ""},
		{"1/2", "fraction", "0.5", "", true, ""},
		{".5", "number", "0.5", "", true, ""},
	}},
	{"more fractions", "It is a third of it and five and a quarter, 2 1/4 and 2½ and one hundred and three quarters.", []fw{
		{"a third", "fraction", "0.3333333333333333", "", true, ""},
		{"five and a quarter", "number", "5.25", "", false, "-"},
		{"2 1/4", "number", "2.25", "", true, ""},
		{"2½", "number", "2.5", "", true, ""},
		{"one hundred and three quarters", "number", "100.75", "", false, "-"},
	}},
	{"negatives", "Growth was minus 3 percent, -2.5% and −4 percent.", []fw{
		{"minus 3 percent", "percent", "-3", "%", true, ""},
		{"-2.5%", "percent", "-2.5", "%", true, ""},
		{"−4 percent", "percent", "-4", "%", true, ""},
	}},
	{"plus or minus is no sign", "It is plus or minus 5 percent.", []fw{
		{"5 percent", "percent", "5", "%", true, ""},
	}},
	{"currency apart and codes", "They paid $ 75 million, RUB 300 billion, USD34.6 million and 300 billion rubles.", []fw{
		{"$ 75 million", "money", "75000000", "USD", true, ""},
		{"RUB 300 billion", "money", "300000000000", "RUB", true, ""},
		{"USD34.6 million", "money", "34600000", "USD", true, ""},
		{"300 billion rubles", "money", "300000000000", "RUB", true, ""},
	}},
	{"scale abbreviations glued or spaced", "Costs: $2bn, $2 bn, 5mn rubles, 3 tn dollars, $40k, 10 k euros, £5m.", []fw{
		{"$2bn", "money", "2000000000", "USD", true, ""},
		{"$2 bn", "money", "2000000000", "USD", true, ""},
		{"5mn rubles", "money", "5000000", "RUB", true, ""},
		{"3 tn dollars", "money", "3000000000000", "USD", true, ""},
		{"$40k", "money", "40000", "USD", true, ""},
		{"10 k euros", "money", "10000", "EUR", true, ""},
		{"£5m", "money", "5000000", "GBP", true, ""},
	}},
	{"digits and a scale end a number", "They invested $5 billion two years ago.", []fw{
		{"$5 billion", "money", "5000000000", "USD", true, ""},
		{"two years", "duration", "2", "", false, "duration"},
	}},
	{"a metre is no million", "The wall is 2m high.", nil},
	{"per cent and points", "Inflation was 4 per cent. Unemployment rose 2 percentage points and 3 per cent.", []fw{
		{"4 per cent", "percent", "4", "%", true, ""},
		{"2 percentage points", "percent", "2", "pp", true, ""},
		{"3 per cent", "percent", "3", "%", true, ""},
	}},
	{"percent words without a number", "Spending as a percentage of GDP rose by a percentage point, then half a percent.", []fw{
		{"percentage", "percent", "", "%", false, "vague"},
		{"a percentage point", "percent", "1", "pp", true, ""},
		{"half a percent", "percent", "0.5", "%", true, ""},
	}},
	{"percent written before its figure", "Per cent of twenty-two; 100 percents.", []fw{
		{"Per cent of twenty-two", "percent", "22", "%", true, ""},
		{"100 percents", "percent", "100", "%", true, ""},
	}},
	{"multipliers", "Exports grew 3.6-fold, 16-fold, tenfold, grew one and a half times, by a factor of 3 and twice as fast; costs halved.", []fw{
		{"3.6-fold", "multiplier", "3.6", "x", true, ""},
		{"16-fold", "multiplier", "16", "x", true, ""},
		{"tenfold", "multiplier", "10", "x", true, ""},
		{"one and a half times", "multiplier", "1.5", "x", true, ""},
		{"a factor of 3", "multiplier", "3", "x", true, ""},
		{"twice", "multiplier", "2", "x", true, ""},
		{"halved", "multiplier", "0.5", "x", true, ""},
	}},
	{"vague quantities", "Dozens of firms, hundreds of projects, tens of thousands of jobs, several hundred people and billions of dollars.", []fw{
		{"Dozens", "number", "", "", false, "vague"},
		{"hundreds", "number", "", "", false, "vague"},
		{"tens of thousands", "number", "", "", false, "vague"},
		{"several hundred", "number", "", "", false, "vague"},
		{"billions of dollars", "money", "", "USD", false, "vague"},
	}},
	{"percent and currency with no amount", "A small percent of the dollar.", []fw{
		{"percent", "percent", "", "%", false, "vague"},
		{"dollar", "money", "", "USD", false, "vague"},
	}},
	{"out of is two counts", "Today, 76 out of 89 Russian regions have ties.", []fw{
		{"76", "number", "76", "", true, ""},
		{"89 Russian regions", "number", "89", "", true, ""},
	}},
	{"out of with nothing counted is a fraction", "One out of three said so, and one in five.", []fw{
		{"One out of three", "fraction", "0.3333333333333333", "", true, ""},
		{"one in five", "fraction", "0.2", "", true, ""},
	}},
	{"scale after a currency is kept", "Trade was $25.6 billion, not 25.6.", []fw{
		{"$25.6 billion", "money", "25600000000", "USD", true, ""},
		{"25.6", "number", "25.6", "", true, ""},
	}},
	{"dates, years, times, ordinals", "On November 28, 2022 at 13:50 the 18th Forum met for the first time in 2019.", []fw{
		{"November 28, 2022", "date", "", "", false, "date"},
		{"13:50", "time", "", "", false, "time"},
		{"18th", "ordinal", "18", "", false, "ordinal used as a name"},
		{"first", "ordinal", "1", "", false, "ordinal used as a name"},
		{"2019", "year", "2019", "", false, "date"},
	}},
	{"ISO dates and times with seconds", "Published 2025-02-13 10:20:34.", []fw{
		{"2025-02-13", "date", "", "", false, "date"},
		{"10:20:34", "time", "", "", false, "time"},
	}},
	{"durations and idioms", "For 30 years of relations, our two countries met.", []fw{
		{"30 years", "duration", "30", "", false, "duration"},
		{"two countries", "number", "2", "", false, "idiom"},
	}},
	{"pronoun one", "The one you mentioned, and which one do you prefer?", nil},
	{"thousands separators", "It is 1,050, 40 000, 1 234 567, 12,34,567 and 1,674,200.5 items.", []fw{
		{"1,050", "number", "1050", "", true, ""},
		{"40 000", "number", "40000", "", true, ""},
		{"1 234 567", "number", "1234567", "", true, ""},
		{"12,34,567", "number", "1234567", "", true, ""},
		{"1,674,200.5 items", "number", "1674200.5", "", true, ""},
	}},
	{"decimal commas and lists", "See 22,24,26; it grew 62,8 percent.", []fw{
		{"22", "number", "22", "", true, ""},
		{"24", "number", "24", "", true, ""},
		{"26", "number", "26", "", true, ""},
		{"62,8 percent", "percent", "62.8", "%", true, ""},
	}},
	{"dotted sequences", "It runs on 192.168.1.2.", []fw{
		{"192", "number", "192", "", true, ""},
		{"168", "number", "168", "", true, ""},
		{"1", "number", "1", "", true, ""},
		{"2", "number", "2", "", true, ""},
	}},
	{"web addresses are not figures", "See https://example.com/q?a=30%25 for 5 percent.", []fw{
		{"5 percent", "percent", "5", "%", true, ""},
	}},
	{"words with point", "It is two hundred point zero three and five point five percent.", []fw{
		{"two hundred point zero three", "number", "200.03", "", false, "-"},
		{"five point five percent", "percent", "5.5", "%", true, ""},
	}},
	{"indian scales", "They raised 13 lakh rupees and 3 crore.", []fw{
		{"13 lakh rupees", "money", "1300000", "INR", true, ""},
		{"3 crore", "number", "30000000", "", true, ""},
	}},
	{"dollars and cents", "It cost 3 dollars 50 cents, thirteen dollars and forty-five cents and 50 cents.", []fw{
		{"3 dollars 50 cents", "money", "3.5", "USD", true, ""},
		{"thirteen dollars and forty-five cents", "money", "13.45", "USD", true, ""},
		{"50 cents", "money", "0.5", "USD", true, ""},
	}},
	{"currency signs after the number", "It is 10 € and 100₾ and 100元.", []fw{
		{"10 €", "money", "10", "EUR", true, ""},
		{"100₾", "money", "100", "GEL", true, ""},
		{"100元", "money", "100", "CNY", true, ""},
	}},
	{"million codes", "Revenues of 30 MUSD and MAUD 60.", []fw{
		{"30 MUSD", "money", "30000000", "USD", true, ""},
		{"MAUD 60", "money", "60000000", "AUD", true, ""},
	}},
	{"a range keeps both ends", "Between 20 and 30 percent.", []fw{
		{"20", "percent", "20", "%", true, ""},
		{"30 percent", "percent", "30", "%", true, ""},
	}},
	{"half a million", "Half a million tourists and a quarter of a million dollars.", []fw{
		{"Half a million tourists", "number", "500000", "", true, ""},
		{"a quarter of a million dollars", "money", "250000", "USD", true, ""},
	}},
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.input)
			var all []string
			for _, f := range got {
				all = append(all, brief(f))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) = %d mentions, want %d:\n%s", tt.input, len(got), len(tt.want), strings.Join(all, "\n"))
			}
			for i, w := range tt.want {
				f := got[i]
				v := ""
				if f.HasValue {
					v = f.Value.String()
				}
				if f.Text != w.text || string(f.Kind) != w.kind || v != w.value || f.Unit != w.unit || f.Claim != w.claim ||
					w.reason != "-" && f.Reason != w.reason || f.Vague != (w.reason == "vague") {
					t.Errorf("mention %d = %s\nwant %q %s %s %s claim=%v reason=%q", i, brief(f), w.text, w.kind, w.value, w.unit, w.claim, w.reason)
				}
				if tt.input[f.Pos:f.End] != f.Text || f.Line != 1 {
					t.Errorf("mention %d: offsets %d-%d line %d do not give %q", i, f.Pos, f.End, f.Line, f.Text)
				}
			}
		})
	}
}

// TestMentionsMatchExtract checks, on every transcript of testdata, that
// the mentions marked as claims are exactly the claims Extract reports.
func TestMentionsMatchExtract(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/transcripts/*")
	layouts, _ := filepath.Glob("../../testdata/layouts/*")
	paths = append(paths, layouts...)
	if len(paths) == 0 {
		t.Fatal("no transcripts")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			tr := transcript.Parse(p, string(data), "")
			ex := NewExtractor(nil)
			claims := map[[2]int]Claim{}
			for _, c := range ex.Extract(tr) {
				claims[[2]int{c.Pos, c.End}] = c
			}
			found := ex.Mentions(tr)
			n, prev := 0, -1
			for _, f := range found {
				if f.Pos < prev {
					t.Errorf("mention %q at %d comes after one at %d", f.Text, f.Pos, prev)
				}
				prev = f.Pos
				if tr.Text[f.Pos:f.End] != f.Text || tr.Line(f.Pos) != f.Line {
					t.Errorf("mention %q: offsets %d-%d line %d do not match the text", f.Text, f.Pos, f.End, f.Line)
				}
				c, isClaim := claims[[2]int{f.Pos, f.End}]
				if f.Claim != isClaim {
					t.Errorf("line %d %q: Claim = %v, Extract reports it: %v (%s)", f.Line, f.Text, f.Claim, isClaim, brief(f))
					continue
				}
				if f.Claim != (f.Reason == "") {
					t.Errorf("line %d %q: Claim = %v with reason %q", f.Line, f.Text, f.Claim, f.Reason)
				}
				if isClaim {
					n++
					if want := c.Kind; want != f.Kind && !(want == Count && f.Kind == Number) && !(want == Money && f.Kind == Number) {
						t.Errorf("line %d %q: kind %s, claim kind %s", f.Line, f.Text, f.Kind, want)
					}
				}
			}
			if n != len(claims) {
				t.Errorf("%d mentions are claims, Extract reports %d", n, len(claims))
			}
		})
	}
}

func TestMentionsReasons(t *testing.T) {
	text := "Events\nTalks on 5 projects\nNovember 28, 2022\n13:50\n2 of 3\n" +
		"Anna Smith: Trade grew 9 percent to $2 billion.\n" +
		"Geography\nKazakhstan\nPublication status\nPublished in sections: News\nPublication date: November 28, 2022, 16:30\n"
	tr := transcript.Parse("t.txt", text, transcript.Kremlin)
	var got []string
	for _, f := range NewExtractor(nil).Mentions(tr) {
		got = append(got, fmt.Sprintf("%d %s %v %s", f.Line, f.Text, f.Claim, f.Reason))
	}
	want := []string{
		"2 5 projects false narration",
		"3 November 28, 2022 false date",
		"4 13:50 false time",
		"5 2 false counter",
		"5 3 false metadata",
		"6 9 percent true ",
		"6 $2 billion true ",
		"11 November 28, 2022 false date",
		"11 16:30 false time",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Mentions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzScan checks Scan on arbitrary text: no panic; mentions in order,
// non-overlapping, their text the input at their offsets; a claim has no
// reason; a mention with no value is vague, a date or a time; values stay
// short.
func FuzzScan(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.input)
	}
	f.Add("one hundred and thirty fifths; 1.1^--23; -2500^-1; 12,34,567.89 lakh crore; ninety - five hundred-fifths")
	f.Fuzz(func(t *testing.T, input string) {
		end := 0
		for _, m := range Scan(input) {
			if m.Pos < end || m.End <= m.Pos || m.End > len(input) || input[m.Pos:m.End] != m.Text {
				t.Fatalf("mention %q at %d-%d: out of order or not the input (previous ended at %d)", m.Text, m.Pos, m.End, end)
			}
			end = m.End
			if m.Claim && m.Reason != "" {
				t.Fatalf("claim %q with reason %q", m.Text, m.Reason)
			}
			if !m.HasValue && !m.Vague && m.Kind != Date && m.Kind != Time && m.Kind != Ordinal {
				t.Fatalf("%q (%s) has no value and is not vague", m.Text, m.Kind)
			}
			if len(m.Value.String()) > 400 {
				t.Fatalf("%q: value of %d digits", m.Text, len(m.Value.String()))
			}
		}
	})
}

func TestScanLines(t *testing.T) {
	var lines []int
	for _, f := range Scan("1 firm\r\n2 firms\r3 firms\n4 firms") {
		lines = append(lines, f.Line)
	}
	if fmt.Sprint(lines) != "[1 2 3 4]" {
		t.Errorf("lines %v, want [1 2 3 4] (LF, CRLF and lone CR end lines)", lines)
	}
}
