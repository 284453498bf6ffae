package facts

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/golden"
	"github.com/transcripts/transcripts/internal/transcript"
)

// want is an expected fact: fields left empty are not checked, except
// metric and value.
type want struct {
	metric, scope, period, kind, value, rounding, unit, qualifier, tolerance, source string
	line                                                                             int
}

func check(t *testing.T, f compare.Fact, w want) {
	t.Helper()
	got := want{metric: f.Metric, scope: f.Scope, period: f.Period, kind: string(f.Kind), value: f.Value.String(),
		rounding: f.Rounding.String(), unit: f.Unit, qualifier: string(f.Qualifier), source: f.Source, line: f.Line}
	if f.Tolerance.Valid {
		got.tolerance = f.Tolerance.Decimal.String()
	}
	if w.metric != got.metric || w.value != got.value ||
		w.scope != "" && w.scope != got.scope || w.period != "" && w.period != got.period ||
		w.kind != "" && w.kind != got.kind || w.rounding != "" && w.rounding != got.rounding ||
		w.unit != "" && w.unit != got.unit || w.qualifier != "" && w.qualifier != got.qualifier ||
		w.tolerance != "" && w.tolerance != got.tolerance || w.source != "" && w.source != got.source ||
		w.line != 0 && w.line != got.line {
		t.Errorf("fact = %+v\nwant %+v", got, w)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		table string
		want  []want
	}{
		{"required columns", "metric,period,value,unit\ntrade,2021,24.5 billion,USD\n", []want{
			{metric: "trade", period: "2021", kind: "money", value: "24500000000", rounding: "50000000", unit: "USD", qualifier: "exact", line: 2},
		}},
		{"the forms people type", "metric,period,value,unit\n" +
			"trade,2021,$24.5bn,\n" +
			"exports,2021,\"24,500,000,000\",usd\n" +
			"inflation,2022,5%,\n" +
			"imports,2021,24.5 billion,dollars\n" +
			"gdp growth,2022,-2.1,percent\n" +
			"trade growth,2022-01/2022-08,2.5x,\n" +
			"projects,2022-11-28,110,\n" +
			"investment,2021,RUB 1.2 trillion,\n" +
			"unemployment growth,2022,0.5 percentage points,\n", []want{
			{metric: "trade", kind: "money", value: "24500000000", unit: "USD"},
			{metric: "exports", kind: "money", value: "24500000000", rounding: "0.5", unit: "USD"},
			{metric: "inflation", kind: "percent", value: "5", unit: "%"},
			{metric: "imports", kind: "money", value: "24500000000", unit: "USD"},
			{metric: "gdp growth", kind: "percent", value: "-2.1", rounding: "0.05", unit: "%"},
			{metric: "trade growth", period: "2022-01/2022-08", kind: "multiplier", value: "2.5", unit: "x"},
			{metric: "projects", kind: "count", value: "110", unit: ""},
			{metric: "investment", kind: "money", value: "1200000000000", unit: "RUB"},
			{metric: "unemployment growth", kind: "percent", value: "0.5", unit: "pp"},
		}},
		{"optional columns in any order, any case", "Source, Unit ,metric,qualifier,VALUE,tolerance,scope,period\n" +
			"Rosstat,USD,Trade  Turnover,almost,24.5 billion,2%,Between Russia and  Kazakhstan,2021\n", []want{
			{metric: "trade turnover", scope: "between russia and kazakhstan", period: "2021", value: "24500000000",
				unit: "USD", qualifier: "almost", tolerance: "0.02", source: "Rosstat"},
		}},
		{"hedge in the value", "metric,period,value,unit,qualifier\ntrade,2021,about $24.5 billion,,\ntrade,2022,almost 20 billion,USD,almost\n", []want{
			{metric: "trade", period: "2021", value: "24500000000", qualifier: "about"},
			{metric: "trade", period: "2022", value: "20000000000", qualifier: "almost"},
		}},
		{"qualifier spellings", "metric,period,value,unit,qualifier\na,2021,1,,at least\nb,2021,1,,up-to\nc,2021,1,,Exact\n", []want{
			{metric: "a", value: "1", qualifier: "at_least"}, {metric: "b", value: "1", qualifier: "up_to"}, {metric: "c", value: "1", qualifier: "exact"},
		}},
		{"BOM and CRLF", "\uFEFFmetric,period,value,unit\r\ntrade,2021,$24.5 billion,USD\r\njobs,,\"30,000\",\r\n", []want{
			{metric: "trade", period: "2021", value: "24500000000", unit: "USD", line: 2},
			{metric: "jobs", period: "", value: "30000", unit: "", line: 3},
		}},
		{"blank lines, empty rows and comments", "# reference figures\nmetric,period,value,unit\n\n# trade\ntrade,2021,1,USD\n,,,\n  ,  , ,\nexports,2021,2,USD\n", []want{
			{metric: "trade", value: "1", line: 5}, {metric: "exports", value: "2", line: 8},
		}},
		{"spaces around cells", "metric , period , value , unit\n trade , 2021 , 24.5 billion , USD \n", []want{
			{metric: "trade", period: "2021", value: "24500000000", unit: "USD"},
		}},
		{"a spreadsheet's formula guard", "metric,period,value,unit,source\n'=trade,2021,'-5,%,'@ministry\n", []want{
			{metric: "=trade", value: "-5", unit: "%", source: "@ministry"},
		}},
		{"the same metric in other scopes, periods and units", "metric,period,value,unit,scope\n" +
			"trade,2021,1,USD,\ntrade,2022,1,USD,\ntrade,2021,1,RUB,\ntrade,2021,1,USD,from russia\ntrade,,1,USD,\n", []want{
			{metric: "trade", value: "1"}, {metric: "trade", value: "1"}, {metric: "trade", value: "1"}, {metric: "trade", value: "1"}, {metric: "trade", value: "1"},
		}},
		{"a quoted cell over two lines", "metric,period,value,unit,source\ntrade,2021,1,USD,\"a\nb\"\nexports,2021,2,USD,\n", []want{
			{metric: "trade", value: "1", source: "a\nb", line: 2}, {metric: "exports", value: "2", line: 4},
		}},
		{"header only", "metric,period,value,unit\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := Read(strings.NewReader(tt.table), "facts.csv")
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != len(tt.want) {
				t.Fatalf("got %d facts, want %d: %+v", len(fs), len(tt.want), fs)
			}
			for i, f := range fs {
				check(t, f, tt.want[i])
				if f.File != "facts.csv" || f.Line < 2 {
					t.Errorf("fact %d is at %s", i, f.Where())
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	const header = "metric,period,value,unit\n"
	tests := []struct {
		name, table, want string
	}{
		{"empty file", "", "facts.csv: empty fact table: want a header such as metric,period,value,unit"},
		{"only a BOM", "\uFEFF", "facts.csv: empty fact table: want a header such as metric,period,value,unit"},
		{"unknown column", "metric,period,value,unit,qualifer\n", `facts.csv:1: unknown column "qualifer" (want metric, period, value, unit, scope, qualifier, tolerance, source)`},
		{"missing columns", "metric,value\n", "facts.csv:1: no period, unit column: the header must name metric, period, value, unit"},
		{"column twice", "metric,period,value,unit,Metric\n", `facts.csv:1: column "metric" twice`},
		{"no header, a row", "trade,2021,24.5 billion,USD\n", `facts.csv:1: unknown column "trade"`},
		{"too few fields", header + "trade,2021,24.5 billion,USD\ntrade,2022,1\n", "facts.csv:3: 3 fields, want 4 (one per column of the header)"},
		{"too many fields", header + "trade,2021,1,USD,x\n", "facts.csv:2: 5 fields, want 4 (one per column of the header)"},
		{"no metric", header + ",2021,1,USD\n", "facts.csv:2: no metric"},
		{"no value", header + "trade,2021,,USD\n", "facts.csv:2: no value"},
		{"bad value", header + "trade,2021,24.5 zillion,USD\n", `facts.csv:2: bad value: "24.5 zillion" is not a figure: "zillion" is not a scale or a unit`},
		{"value with a period", header + "trade,2021,24.5 billion in 2021,USD\n", `facts.csv:2: bad value: "24.5 billion in 2021" is not a figure`},
		{"bad period", header + "trade,last year,1,USD\n", `facts.csv:2: bad period "last year": want YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO such as 2022-01/2022-08`},
		{"bad month", header + "trade,2022-13,1,USD\n", `facts.csv:2: bad period "2022-13"`},
		{"backwards period", header + "trade,2022-08/2022-01,1,USD\n", `facts.csv:2: bad period "2022-08/2022-01": it ends before it starts`},
		{"unknown unit", header + "trade,2021,1,bananas\n", `facts.csv:2: unknown unit "bananas"`},
		{"units disagree", header + "trade,2021,$24.5 billion,RUB\n", `facts.csv:2: the value "$24.5 billion" is in USD, the unit column says RUB`},
		{"percent is not pp", header + "inflation,2021,5%,pp\n", `facts.csv:2: the value "5%" is in %, the unit column says pp`},
		{"fraction with a unit", header + "share,2021,a third,%\n", `facts.csv:2: the value "a third" is a fraction, which has no unit; the unit column says %`},
		{"unknown qualifier", "metric,period,value,unit,qualifier\ntrade,2021,1,USD,roughly\n", `facts.csv:2: unknown qualifier "roughly" (want exact, about, almost, over, at_least, under, up_to)`},
		{"qualifiers disagree", "metric,period,value,unit,qualifier\ntrade,2021,about 1,USD,over\n", `facts.csv:2: the value "about 1" is about, the qualifier column says over`},
		{"bad tolerance", "metric,period,value,unit,tolerance\ntrade,2021,1,USD,lots\n", `facts.csv:2: bad tolerance "lots"`},
		{"tolerance out of range", "metric,period,value,unit,tolerance\ntrade,2021,1,USD,150%\n", `facts.csv:2: bad tolerance "150%": want at least 0% and under 100%`},
		{"duplicate", header + "Trade,2021,1,USD\nexports,2021,2,USD\ntrade ,2021,3,usd\n", "facts.csv:4: the fact for trade, 2021, in USD is already in the table on line 2"},
		{"bad quoting", header + "trade,2021,\"1,USD\n", "facts.csv:2: bad CSV: extraneous or missing \" in quoted-field"},
		{"bare quote", header + "tr\"ade,2021,1,USD\n", `facts.csv:2: bad CSV: bare " in non-quoted-field`},
		{"not UTF-8", header + "trade,2021,1,US\xffD\n", "facts.csv:2: not UTF-8 text"},
		{"error after a CRLF row", "\uFEFFmetric,period,value,unit\r\ntrade,2021,1,USD\r\nexports,2021,abc,USD\r\n", `facts.csv:3: bad value: "abc" is not a figure`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := Read(strings.NewReader(tt.table), "facts.csv")
			if err == nil {
				t.Fatalf("no error; facts %+v", fs)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error =\n%s\nwant it to start\n%s", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			var fe *Error
			if !errors.As(err, &fe) || fe.File != "facts.csv" {
				t.Errorf("error %v is not a *Error naming the file", err)
			}
		})
	}
}

func TestJoin(t *testing.T) {
	a, err := Read(strings.NewReader("metric,period,value,unit\ntrade,2021,1,USD\n"), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(strings.NewReader("metric,period,value,unit\nexports,2021,1,USD\ntrade,2021,2,USD\n"), "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Join(a, b); err == nil || err.Error() != "b.csv:3: the fact for trade, 2021, in USD is already in a.csv:2" {
		t.Errorf("Join error = %v", err)
	}
	all, err := Join(a, b[:1])
	if err != nil || len(all) != 2 {
		t.Errorf("Join = %v, %v", all, err)
	}
}

func TestUnit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"USD", "USD"}, {"usd", "USD"}, {"$", "USD"}, {"US$", "USD"}, {"dollars", "USD"},
		{"US dollars", "USD"}, {"€", "EUR"}, {"rubles", "RUB"}, {"₸", "KZT"}, {"tenge", "KZT"},
		{"XAU", "XAU"}, {"%", "%"}, {"percent", "%"}, {"per cent", "%"}, {"pp", "pp"},
		{"percentage points", "pp"}, {"x", "x"}, {"times", "x"},
	}
	for _, tt := range tests {
		got, err := Unit(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Unit(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"bananas", "US", "dollarz", "5"} {
		if got, err := Unit(bad); err == nil {
			t.Errorf("Unit(%q) = %q, want an error", bad, got)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct{ figure, want string }{
		{"$25.6 billion", "25.6 billion"},
		{"$1.9 billion", "1.9 billion"},
		{"$535 million", "535 million"},
		{"24,500 million", "24500 million"},
		{"0.5 billion", "0.5 billion"},
		{"about 30 thousand", "30 thousand"},
		{"30,000", "30000"},
		{"24,500,000,000", "24500000000"},
		{"$1.234 billion", "1234 million"},
		{"1.5 trillion", "1.5 trillion"},
		{"5.0%", "5.0"},
		{"-32%", "-32"},
		{"0.25", "0.25"},
		{"a third", "0.3333333333333333"},
		{"two and a half", "2.5"},
	}
	for _, tt := range tests {
		c, err := claim.ParseFigure(tt.figure)
		if err != nil {
			t.Fatal(err)
		}
		got := FormatValue(c.Value, c.Rounding)
		if got != tt.want {
			t.Errorf("FormatValue(%s ±%s) = %q, want %q", c.Value, c.Rounding, got, tt.want)
		}
		back, err := claim.ParseFigure(got)
		if err != nil {
			t.Fatalf("%q does not read back: %v", got, err)
		}
		if !back.Value.Equal(c.Value) || back.Rounding.GreaterThan(c.Rounding) {
			t.Errorf("%q reads back as %s ±%s, want %s ±%s or finer", got, back.Value, back.Rounding, c.Value, c.Rounding)
		}
	}
}

func TestWrite(t *testing.T) {
	d := decimal.RequireFromString
	fs := []compare.Fact{
		{Metric: "trade", Period: "2021", Kind: claim.Money, Value: d("24500000000"), Rounding: d("50000000"),
			Unit: "USD", Qualifier: claim.Almost, Source: "seed.txt:45"},
		{Metric: "=cmd", Scope: "-x", Period: "2022", Kind: claim.Percent, Value: d("-5"), Rounding: d("0.5"),
			Unit: "%", Tolerance: decimal.NewNullDecimal(d("0.025")), Text: "-5 percent", Source: "+1, \"a\""},
	}
	var b bytes.Buffer
	if err := Write(&b, fs); err != nil {
		t.Fatal(err)
	}
	want := "metric,period,value,unit,scope,qualifier,tolerance,source\n" +
		"trade,2021,24.5 billion,USD,,almost,,seed.txt:45\n" +
		"'=cmd,2022,-5 percent,%,'-x,exact,2.5%,\"'+1, \"\"a\"\"\"\n"
	if b.String() != want {
		t.Errorf("Write =\n%s\nwant\n%s", b.String(), want)
	}
	back, err := Read(&b, "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	for i := range fs {
		if !same(back[i], fs[i]) {
			t.Errorf("fact %d reads back as %+v, want %+v", i, back[i], fs[i])
		}
	}
}

// same reports whether two facts state the same thing, wherever they were
// read from.
func same(a, b compare.Fact) bool {
	return a.Metric == b.Metric && a.Scope == b.Scope && a.Period == b.Period && a.Kind == b.Kind &&
		a.Value.Equal(b.Value) && a.Rounding.Equal(b.Rounding) && a.Unit == b.Unit &&
		(a.Qualifier == b.Qualifier || a.Qualifier == claim.Exact && b.Qualifier == "" || b.Qualifier == claim.Exact && a.Qualifier == "") &&
		a.Tolerance.Valid == b.Tolerance.Valid && a.Tolerance.Decimal.Equal(b.Tolerance.Decimal) && a.Source == b.Source
}

// seedClaims are the claims of the repository's copy of the seed.
func seedClaims(t *testing.T) []claim.Claim {
	t.Helper()
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	return claim.NewExtractor(nil).Extract(transcript.Parse("seed.txt", string(data), ""))
}

// TestGoldenSeed pins the starting fact table of the seed, and checks
// that it reads back as the facts it was written from.
func TestGoldenSeed(t *testing.T) {
	fs := FromClaims(seedClaims(t))
	var b bytes.Buffer
	if err := Write(&b, fs); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "seed.facts.csv.golden", b.Bytes())
	back, err := Read(bytes.NewReader(b.Bytes()), "seed.facts.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(fs) {
		t.Fatalf("%d facts read back, want %d", len(back), len(fs))
	}
	for i := range fs {
		f := fs[i]
		if f.Kind == claim.Fraction {
			f.Kind = claim.Count // a fraction is written as its decimal: a count
		}
		if back[i].Rounding.LessThan(f.Rounding) {
			// A rounding that is no power of ten ("a third", "two and a
			// half") is written in plain digits: read back, it is finer.
			f.Rounding = back[i].Rounding
		}
		if !same(back[i], f) {
			t.Errorf("fact %d reads back as %+v, want %+v", i, back[i], f)
		}
	}
}

// TestRoundTrip checks the promise of the facts command: a transcript
// checked against its own starting table disagrees only where it disagrees
// with itself (compare finds the same claims).
func TestRoundTrip(t *testing.T) {
	claims := seedClaims(t)
	ds, checked := compare.Check(claims, FromClaims(claims), compare.Options{Tolerance: compare.DefaultTolerance})
	if checked == 0 {
		t.Fatal("no claim met a fact")
	}
	reported := map[int]bool{}
	for _, d := range ds {
		reported[d.Claim.Line] = true
	}
	inConflict := map[int]bool{}
	for _, cf := range compare.Compare(claims, compare.Options{Tolerance: compare.DefaultTolerance}) {
		inConflict[cf.A.Line], inConflict[cf.B.Line] = true, true
	}
	for line := range reported {
		if !inConflict[line] {
			t.Errorf("line %d disagrees with its own table, but not with another claim", line)
		}
	}
	for _, line := range []int{23, 45, 106} {
		if !reported[line] {
			t.Errorf("line %d (the trade figures that disagree) is not reported", line)
		}
	}
}

func TestFromClaims(t *testing.T) {
	d := decimal.RequireFromString
	c := func(line int, metric, scope, period, value string, m claim.Modality) claim.Claim {
		return claim.Claim{File: "t.txt", Line: line, Kind: claim.Money, Value: d(value), Rounding: d("0.5"),
			Unit: "USD", Qualifier: claim.Exact, Metric: metric, Scope: scope, Period: period, Modality: m}
	}
	fs := FromClaims([]claim.Claim{
		c(1, "trade", "", "2021", "25", claim.Actual),
		c(2, "trade", "", "2021", "24", claim.Actual),  // disagrees: the first claim stays
		c(3, "trade", "", "2030", "100", claim.Target), // a target is no fact
		c(4, "", "", "2021", "7", claim.Actual),        // no metric
		c(5, "exports", "", "2021", "7", claim.Actual),
		c(6, "trade", "from russia", "2021", "9", claim.Actual),
		c(7, "trade", "", "", "26", claim.Actual),
	})
	var got []string
	for _, f := range fs {
		got = append(got, f.Metric+"|"+f.Scope+"|"+f.Period+"|"+f.Value.String()+"|"+f.Source)
	}
	want := []string{"exports||2021|7|t.txt:5", "trade|||26|t.txt:7", "trade||2021|25|t.txt:1", "trade|from russia|2021|9|t.txt:6"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("FromClaims =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStates checks the claims a fact table is made from: actual claims
// with a metric, and no others.
func TestStates(t *testing.T) {
	for _, tt := range []struct {
		modality claim.Modality
		metric   string
		want     bool
	}{
		{claim.Actual, "trade", true},
		{claim.Actual, "", false},
		{claim.Target, "trade", false},
	} {
		c := claim.Claim{Modality: tt.modality, Metric: tt.metric, Value: decimal.NewFromInt(5)}
		if got := States(&c); got != tt.want {
			t.Errorf("States(%s, %q) = %v, want %v", tt.modality, tt.metric, got, tt.want)
		}
		if got := len(FromClaims([]claim.Claim{c})) == 1; got != tt.want {
			t.Errorf("FromClaims of a claim (%s, %q) made a fact: %v, want %v", tt.modality, tt.metric, got, tt.want)
		}
	}
}
