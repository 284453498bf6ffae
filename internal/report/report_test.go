package report

import (
	"bytes"
	"encoding/json"
	"errors"
	goldenfile "github.com/transcripts/transcripts/internal/golden"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/transcript"
)

func TestMain(m *testing.M) {
	// Measure "…" and "—" as one column whatever the locale, so that the
	// golden files do not depend on the environment.
	twwidth.SetEastAsian(false)
	os.Exit(m.Run())
}

const (
	talks = "seed/2022-11-28-russia-kazakhstan-talks.txt"
	cica  = "seed/2022-10-13-cica-summit.txt"
)

// sample is a small report built by hand: two documents in two files, two
// speakers, seven claims of every kind and two conflicts.
func sample() *Report {
	putin, tokayev := "Vladimir Putin", "@Kassym-Jomart Tokayev"
	d := decimal.RequireFromString
	claims := []claim.Claim{
		{File: talks, Document: "Russian-Kazakhstani talks", Date: "2022-11-28", Speaker: putin,
			Line: 14, Pos: 812, End: 832, Kind: claim.Money, Value: d("24500000000"), Unit: "USD",
			Qualifier: claim.Almost, Metric: "trade", Period: "2021", Modality: claim.Actual,
			Text: "almost $24.5 billion", Context: "Last year, our trade reached almost $24.5 billion."},
		{File: talks, Document: "Russian-Kazakhstani talks", Date: "2022-11-28", Speaker: putin,
			Line: 15, Pos: 901, End: 919, Kind: claim.Percent, Value: d("-32"), Unit: "%",
			Qualifier: claim.Exact, Metric: "trade growth", Scope: "of steel", Period: "2022-01/2022-09",
			Modality: claim.Actual, Change: true,
			Text: "fell by 32 percent", Context: "Steel trade fell by 32 percent in the first nine months."},
		{File: talks, Document: "Russian-Kazakhstani talks", Date: "2022-11-28", Speaker: putin,
			Line: 15, Pos: 990, End: 999, Kind: claim.Percent, Value: d("9"), Unit: "%",
			Qualifier: claim.Exact, Metric: "trade growth", Scope: "of steel", Period: "2022-01/2022-08",
			Modality: claim.Actual, Change: true,
			Text: "9 percent", Context: "Over eight months it grew 9 percent."},
		{File: talks, Document: "Russian-Kazakhstani talks", Date: "2022-11-28", Speaker: putin,
			Line: 22, Pos: 1500, End: 1526, Kind: claim.Money, Value: d("100000000000"), Unit: "USD",
			Qualifier: claim.Exact, Metric: "trade", Period: "2030", Modality: claim.Target,
			Text: "$100 billion a year by 2030", Context: "We want trade to reach $100 billion a year by 2030."},
		{File: cica, Document: "Meeting with heads of delegations | CICA summit", Date: "2022-10-13", Speaker: tokayev,
			Line: 3, Pos: 120, End: 135, Kind: claim.Count, Value: d("1050"), Unit: "",
			Qualifier: claim.Exact, Metric: "projects", Scope: "joint | bilateral", Modality: claim.Actual,
			Text: "=1,050 projects", Context: "We have =1,050 projects."},
		{File: cica, Document: "Meeting with heads of delegations | CICA summit", Date: "2022-10-13", Speaker: tokayev,
			Line: 7, Pos: 400, End: 416, Kind: claim.Multiplier, Value: d("2.5"), Unit: "x",
			Qualifier: claim.About, Metric: "investment growth", Period: "2022", Modality: claim.Actual, Change: true,
			Text: "some 2.5-fold", Context: "Investment grew some 2.5-fold."},
		{File: cica, Document: "Meeting with heads of delegations | CICA summit", Date: "2022-10-13", Speaker: tokayev,
			Line: 8, Pos: 450, End: 457, Kind: claim.Fraction, Value: d("0.3333333333333333"), Unit: "",
			Qualifier: claim.AtLeast, Metric: "", Modality: claim.Actual,
			Text: "at least a third of all the regional cooperation agreements signed", Context: "At least a third of all the regional cooperation agreements signed."},
		{File: cica, Document: "Meeting with heads of delegations | CICA summit", Date: "2022-10-13", Speaker: tokayev,
			Line: 9, Pos: 500, End: 516, Kind: claim.Money, Value: d("26000000000"), Unit: "USD",
			Qualifier: claim.Over, Metric: "trade", Period: "2021", Modality: claim.Actual,
			Text: "over $26 billion", Context: "Trade exceeded $26 billion last year."},
	}
	return &Report{
		Documents: []Document{
			{File: talks, Title: "Russian-Kazakhstani talks", Date: "2022-11-28",
				Turns: 12, Words: 3456, Narration: 120, Speakers: 2, Claims: 4},
			{File: cica, Title: "Meeting with heads of delegations | CICA summit", Date: "2022-10-13",
				Turns: 30, Words: 12034, Narration: 310, Speakers: 9, Claims: 4},
		},
		Speakers: []Speaker{
			{Name: putin, Roles: []string{"President of Russia"}, Turns: 8, Words: 2950,
				Claims: map[claim.Kind]int{claim.Money: 2, claim.Percent: 2}},
			{Name: tokayev, Roles: []string{"President of Kazakhstan"}, Turns: 6, Words: 1800,
				Claims: map[claim.Kind]int{claim.Money: 1, claim.Count: 1, claim.Multiplier: 1, claim.Fraction: 1}},
		},
		Claims: claims,
		Conflicts: []compare.Conflict{
			{Metric: "trade", Class: compare.Contradiction, A: claims[0], B: claims[7],
				Difference:         d("1500000000"),
				RelativeDifference: d("0.0612244897959184")},
			{Metric: "trade growth", Scope: "of steel", Class: compare.Self, A: claims[1], B: claims[2],
				Difference:         d("41"),
				RelativeDifference: d("-1.28125")},
		},
	}
}

// run prints r in format with Stats, or with Conflicts when conflicts is set.
func run(t *testing.T, format string, r *Report, conflicts bool) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if conflicts {
		err = w.Conflicts(r)
	} else {
		err = w.Stats(r)
	}
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, name, []byte(got))
}

var formatExt = map[string]string{"table": "txt", "csv": "csv", "json": "json", "jsonl": "jsonl", "markdown": "md", "github": "github.txt", "sarif": "sarif.json"}

func TestGolden(t *testing.T) {
	for _, format := range Formats {
		for _, conflicts := range []bool{false, true} {
			cmd := "stats"
			if conflicts {
				cmd = "conflicts"
			} else if slices.Contains(CIFormats, format) {
				continue // github and sarif have nothing to say for stats
			}
			name := cmd + "." + formatExt[format] + ".golden"
			t.Run(name, func(t *testing.T) {
				got := run(t, format, sample(), conflicts)
				golden(t, name, got)
				if again := run(t, format, sample(), conflicts); again != got {
					t.Errorf("output is not deterministic")
				}
			})
		}
	}
}

// oneFile is the sample report with every document and claim in one file,
// where locations are line numbers alone.
func oneFile() *Report {
	r := sample()
	for i := range r.Documents {
		r.Documents[i].File = talks
	}
	for i := range r.Claims {
		r.Claims[i].File = talks
	}
	for i := range r.Conflicts {
		r.Conflicts[i].A.File = talks
		r.Conflicts[i].B.File = talks
	}
	return r
}

func TestGoldenOneFile(t *testing.T) {
	for _, format := range []string{"table", "markdown"} {
		name := "onefile." + formatExt[format] + ".golden"
		t.Run(name, func(t *testing.T) {
			golden(t, name, run(t, format, oneFile(), false))
		})
	}
}

func TestGoldenEmpty(t *testing.T) {
	for _, format := range Formats {
		if slices.Contains(CIFormats, format) {
			continue // see TestCIEmpty
		}
		name := "empty." + formatExt[format] + ".golden"
		t.Run(name, func(t *testing.T) {
			golden(t, name, run(t, format, &Report{}, false))
		})
	}
}

func TestNewUnknownFormat(t *testing.T) {
	for _, format := range []string{"xml", "CSV", "html"} {
		w, err := New(format, &bytes.Buffer{})
		if err == nil || w != nil {
			t.Errorf("New(%q) = %v, %v; want an error", format, w, err)
		}
	}
	for _, format := range append([]string{"", "md"}, Formats...) {
		if _, err := New(format, &bytes.Buffer{}); err != nil {
			t.Errorf("New(%q): %v", format, err)
		}
	}
}

func TestEmptyCSV(t *testing.T) {
	const claimsHeader = "file,document,date,speaker,line,kind,value,unit,qualifier,metric,scope,period,modality,text,context\n"
	const conflictsHeader = "metric,scope,class,speaker_a,value_a,unit,period_a,file_a,line_a,text_a,speaker_b,value_b,period_b,file_b,line_b,text_b,difference,relative_difference,document_a,document_b\n"
	if got := run(t, "csv", &Report{}, false); got != claimsHeader {
		t.Errorf("stats of an empty report = %q, want %q", got, claimsHeader)
	}
	if got := run(t, "csv", &Report{}, true); got != conflictsHeader {
		t.Errorf("conflicts of an empty report = %q, want %q", got, conflictsHeader)
	}
}

func TestEmptyJSON(t *testing.T) {
	for _, conflicts := range []bool{false, true} {
		out := run(t, "json", &Report{}, conflicts)
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		keys := []string{"documents", "speakers", "claims", "conflicts"}
		if conflicts {
			keys = []string{"conflicts"}
		}
		if len(m) != len(keys) {
			t.Errorf("got keys %v, want %v", m, keys)
		}
		for _, k := range keys {
			var list []any
			if err := json.Unmarshal(m[k], &list); err != nil || list == nil || len(list) != 0 {
				t.Errorf("%q = %s, want []", k, m[k])
			}
		}
	}
}

func TestJSONValuesAreStrings(t *testing.T) {
	var out struct {
		Speakers []struct {
			Roles  []string       `json:"roles"`
			Claims map[string]int `json:"claims"`
		} `json:"speakers"`
		Claims    []map[string]any `json:"claims"`
		Conflicts []map[string]any `json:"conflicts"`
	}
	r := sample()
	r.Speakers[1].Roles = nil
	if err := json.Unmarshal([]byte(run(t, "json", r, false)), &out); err != nil {
		t.Fatal(err)
	}
	for i, c := range out.Claims {
		if v, ok := c["value"].(string); !ok || v != r.Claims[i].Value.String() {
			t.Errorf("claim %d: value = %#v, want the string %q", i, c["value"], r.Claims[i].Value.String())
		}
	}
	if got := out.Claims[6]["value"]; got != "0.3333333333333333" {
		t.Errorf("fraction value = %v", got)
	}
	for _, cf := range out.Conflicts {
		for _, k := range []string{"difference", "relative_difference"} {
			if _, ok := cf[k].(string); !ok {
				t.Errorf("conflict %s = %#v, want a string", k, cf[k])
			}
		}
	}
	if out.Speakers[1].Roles == nil {
		t.Errorf("nil roles printed as null, want []")
	}
	for _, s := range out.Speakers {
		for _, k := range ClaimKinds {
			if _, ok := s.Claims[string(k)]; !ok {
				t.Errorf("speaker claims lack %q: %v", k, s.Claims)
			}
		}
	}
}

func TestCSVEscaping(t *testing.T) {
	d := decimal.RequireFromString
	r := &Report{Claims: []claim.Claim{{
		File: "-", Document: "+doc", Date: "", Speaker: "@bob", Line: 3,
		Kind: claim.Percent, Value: d("-32"), Unit: "%", Qualifier: claim.Exact,
		Metric: "\tmetric", Scope: "\rscope", Period: "2021", Modality: claim.Actual,
		Text: "=1+2", Context: `He said "=1+2", twice.` + "\nNext line.",
	}}}
	want := "file,document,date,speaker,line,kind,value,unit,qualifier,metric,scope,period,modality,text,context\n" +
		"'-,'+doc,,'@bob,3,percent,-32,%,exact,'\tmetric,\"'\rscope\",2021,actual,'=1+2,\"He said \"\"=1+2\"\", twice.\nNext line.\"\n"
	if got := run(t, "csv", r, false); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	r.Conflicts = []compare.Conflict{{Metric: "-m", Class: compare.Self, A: r.Claims[0], B: r.Claims[0],
		Difference: d("-1.5"), RelativeDifference: d("0.123456")}}
	want = "metric,scope,class,speaker_a,value_a,unit,period_a,file_a,line_a,text_a,speaker_b,value_b,period_b,file_b,line_b,text_b,difference,relative_difference,document_a,document_b\n" +
		"'-m,,self,'@bob,-32,%,2021,'-,3,'=1+2,'@bob,-32,2021,'-,3,'=1+2,-1.5,0.1235,'+doc,'+doc\n"
	if got := run(t, "csv", r, true); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestCSVValues(t *testing.T) {
	for _, v := range []string{"25600000000", "0.3333333333333333", "-32", "2.5"} {
		r := &Report{Claims: []claim.Claim{{Value: decimal.RequireFromString(v)}}}
		rows := strings.Split(run(t, "csv", r, false), "\n")
		if fields := strings.Split(rows[1], ","); fields[6] != v {
			t.Errorf("value %s printed as %q", v, fields[6])
		}
	}
	// A value built from a coefficient and a large exponent still prints
	// in plain digits.
	r := &Report{Claims: []claim.Claim{{Value: decimal.New(256, 8)}}}
	if rows := strings.Split(run(t, "csv", r, false), "\n"); strings.Split(rows[1], ",")[6] != "25600000000" {
		t.Errorf("decimal.New(256, 8) printed as %q", rows[1])
	}
}

// long is the sample report with every text stretched far beyond a
// terminal's width.
func long() *Report {
	r := sample()
	big := strings.Repeat("very long words without end ", 10)
	for i := range r.Documents {
		r.Documents[i].Title += big
		r.Documents[i].File = "some/deep/directory/" + strings.Repeat("x", 80) + r.Documents[i].File
	}
	for i := range r.Speakers {
		r.Speakers[i].Name += big
	}
	stretch := func(c *claim.Claim) {
		c.Speaker += big
		c.Metric += big
		c.Scope += big
		c.Text += big
		c.File = "some/deep/directory/" + strings.Repeat("x", 80) + c.File
		c.Value = c.Value.Mul(decimal.New(1, 6))
	}
	for i := range r.Claims {
		stretch(&r.Claims[i])
	}
	for i := range r.Conflicts {
		stretch(&r.Conflicts[i].A)
		stretch(&r.Conflicts[i].B)
		r.Conflicts[i].Metric += big
		r.Conflicts[i].Scope += big
	}
	return r
}

func TestTableWidth(t *testing.T) {
	for name, r := range map[string]*Report{"sample": sample(), "one file": oneFile(), "long": long()} {
		for _, conflicts := range []bool{false, true} {
			out := run(t, "table", r, conflicts)
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := twwidth.Width(line); w > MaxWidth {
					t.Errorf("%s: line %d is %d columns wide:\n%s", name, i+1, w, line)
				}
				if strings.TrimRight(line, " \t") != line {
					t.Errorf("%s: line %d has trailing space: %q", name, i+1, line)
				}
			}
		}
	}
}

func TestTableTruncates(t *testing.T) {
	out := run(t, "table", long(), false)
	if !strings.Contains(out, "…") {
		t.Errorf("long cells were not cut with …:\n%s", out)
	}
	// Figures are never cut.
	if !strings.Contains(out, "24,500,000,000,000,000 USD") {
		t.Errorf("a figure was cut:\n%s", out)
	}
}

func TestNoInconsistencies(t *testing.T) {
	r := sample()
	r.Conflicts = nil
	for _, format := range []string{"table", "markdown"} {
		for _, conflicts := range []bool{false, true} {
			if out := run(t, format, r, conflicts); !strings.Contains(out, "\nNo inconsistencies found.\n") {
				t.Errorf("%s: no %q in\n%s", format, "No inconsistencies found.", out)
			}
		}
	}
}

func TestMarkdownEscapesPipes(t *testing.T) {
	r := sample()
	r.Claims[0].Text = "a|b"
	r.Claims[0].Metric = "x\ny"
	out := run(t, "markdown", r, false)
	if !strings.Contains(out, `| a\|b `) {
		t.Errorf("| in a cell not escaped:\n%s", out)
	}
	if !strings.Contains(out, `| x y `) {
		t.Errorf("new line in a cell not replaced:\n%s", out)
	}
	// Every table row has as many unescaped pipes as the header.
	for _, block := range strings.Split(out, "\n\n") {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		if !strings.HasPrefix(lines[0], "|") {
			continue
		}
		want := pipes(lines[0])
		for _, l := range lines {
			if got := pipes(l); got != want {
				t.Errorf("row has %d cell separators, header %d:\n%s", got, want, l)
			}
		}
	}
}

// pipes counts the unescaped "|" of a Markdown table row.
func pipes(row string) int {
	return strings.Count(row, "|") - strings.Count(row, `\|`)
}

func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		value, unit, want string
	}{
		{"25600000000", "USD", "25,600,000,000 USD"},
		{"-32", "%", "-32 %"},
		{"35", "%", "35 %"},
		{"2.5", "x", "2.5 x"},
		{"0.3333333333333333", "", "0.3333"},
		{"1050", "", "1,050"},
		{"105", "", "105"},
		{"100000", "", "100,000"},
		{"-1234567.891", "RUB", "-1,234,567.891 RUB"},
		{"0.00004", "", "0"},
		{"1.5", "pp", "1.5 pp"},
		{"0", "", "0"},
	} {
		c := claim.Claim{Value: decimal.RequireFromString(tt.value), Unit: tt.unit}
		if got := FormatValue(c); got != tt.want {
			t.Errorf("FormatValue(%s %s) = %q, want %q", tt.value, tt.unit, got, tt.want)
		}
	}
}

func TestFormatDifference(t *testing.T) {
	d := decimal.RequireFromString
	for _, tt := range []struct {
		a, unit, diff, rel string
		wantDiff, wantRel  string
	}{
		{"24500000000", "USD", "1500000000", "0.0612244897959184", "+1,500,000,000 USD", "+6.1%"},
		{"-32", "%", "41", "-1.28125", "+41 pp", "-128.1%"},
		{"10", "", "-5", "-0.5", "-5", "-50%"},
		{"0", "x", "2", "0", "+2 x", "n/a"},
	} {
		cf := compare.Conflict{A: claim.Claim{Value: d(tt.a), Unit: tt.unit},
			Difference: d(tt.diff), RelativeDifference: d(tt.rel)}
		if got := FormatDifference(cf); got != tt.wantDiff {
			t.Errorf("FormatDifference(%s) = %q, want %q", tt.diff, got, tt.wantDiff)
		}
		if got := FormatRelative(cf); got != tt.wantRel {
			t.Errorf("FormatRelative(%s) = %q, want %q", tt.rel, got, tt.wantRel)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		w    int
		want string
	}{
		{"hello", 5, "hello"},
		{"hello world", 8, "hello w…"},
		{"hello world", 7, "hello…"},
		{"", 3, ""},
		{"abc", 0, ""},
	} {
		if got := truncate(tt.s, tt.w); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.w, got, tt.want)
		}
	}
	if got := truncateLeft("dir/file.txt:12", 10); got != "…le.txt:12" {
		t.Errorf("truncateLeft = %q, want %q", got, "…le.txt:12")
	}
}

func TestClean(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" a\tb\n\nc \x1b[31mred\u202e ", "a b c [31mred"},
		{"", ""},
		{"trade (from russia)", "trade (from russia)"}, // tidy ASCII: handed back
		{" trade", "trade"},
		{"trade ", "trade"},
		{"trade  growth", "trade growth"},
		{"trade\tgrowth", "trade growth"},
		{"~$5 billion", "~$5 billion"},
		{"5\x7f%", "5%"},
		{"€5 bn", "€5 bn"},
	} {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCleanWidth checks that clean's shortcut (tidyASCII) changes
// nothing, and width's count of printable ASCII is the table renderer's
// (twwidth.Width), on any text.
func FuzzCleanWidth(f *testing.F) {
	for _, s := range []string{"", "trade", " a  b ", "a\tb", "\x1b[31mred", "€5 — “25%”", "\x7f", "a\u202eb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := clean(s), cleanRunes(s); got != want {
			t.Errorf("clean(%q) = %q, rune by rune %q", s, got, want)
		}
		if got, want := width(s), twwidth.Width(s); got != want {
			t.Errorf("width(%q) = %d, twwidth.Width %d", s, got, want)
		}
	})
}

// TestClaimRowsReset checks that a rows writer reused with Reset writes
// each piece as a new writer does, whatever the piece before it held (the
// cells it remembers from one row to the next included), and that Reset
// forgets a write error.
func TestClaimRowsReset(t *testing.T) {
	claims := sample().Claims
	pieces := [][]claim.Claim{claims[:3], claims[3:], claims[1:2], claims, nil}
	reused := NewClaimRows(failingWriter{})
	if err := reused.Write(claims); err != nil {
		t.Fatal(err)
	}
	if err := reused.Flush(); err == nil {
		t.Fatal("no error from a failing writer")
	}
	for i, piece := range pieces {
		var want, got bytes.Buffer
		fresh := NewClaimRows(&want)
		if err := fresh.Write(piece); err != nil || fresh.Flush() != nil {
			t.Fatal(err)
		}
		reused.Reset(&got)
		if err := reused.Write(piece); err != nil {
			t.Fatalf("piece %d: %v", i, err)
		}
		if err := reused.Flush(); err != nil {
			t.Fatalf("piece %d: %v", i, err)
		}
		if got.String() != want.String() {
			t.Errorf("piece %d: reused writer wrote\n%s\nwant\n%s", i, got.String(), want.String())
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestClaimCSVTextReused checks that ClaimCSV writes each claim's own
// strings when the memory of the text they were read from is reused
// between writes: the strings of the next claims, at the same places,
// then hold other words.
func TestClaimCSVTextReused(t *testing.T) {
	buf := []byte("Document One|Vladimir Putin|Trade grew.")
	view := func(from, to int) string { return unsafe.String(&buf[from], to-from) }
	write := func(c *ClaimCSV) {
		if err := c.Write([]claim.Claim{{File: "f.txt", Document: view(0, 12), Speaker: view(13, 27), Context: view(28, 39),
			Kind: claim.Count, Value: decimal.NewFromInt(3), Text: "3"}}); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	c := NewClaimRows(&out)
	write(c)
	copy(buf, "Document Two|Kassym Tokayev|Trade fell.")
	write(c)
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "f.txt,Document One,,Vladimir Putin,0,count,3,,,,,,,3,Trade grew.\n" +
		"f.txt,Document Two,,Kassym Tokayev,0,count,3,,,,,,,3,Trade fell.\n"
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestCountClaims checks the counts of claims: one for each file,
// document (title and date), speaker and kind, in the order each first
// comes.
func TestCountClaims(t *testing.T) {
	c := func(file, doc, date, speaker string, kind claim.Kind) claim.Claim {
		return claim.Claim{File: file, Document: doc, Date: date, Speaker: speaker, Kind: kind}
	}
	for _, tt := range []struct {
		name   string
		claims []claim.Claim
		want   []ClaimCount
	}{
		{"none", nil, nil},
		{"one", []claim.Claim{c("a", "d", "", "Ann", claim.Money)}, []ClaimCount{{"a", "d", "", "Ann", claim.Money, 1}}},
		{"repeated apart", []claim.Claim{
			c("a", "d", "", "Ann", claim.Money), c("a", "d", "", "Bob", claim.Money), c("a", "d", "", "Ann", claim.Money),
		}, []ClaimCount{{"a", "d", "", "Ann", claim.Money, 2}, {"a", "d", "", "Bob", claim.Money, 1}}},
		{"each field tells counts apart", []claim.Claim{
			c("a", "d", "", "Ann", claim.Money), c("b", "d", "", "Ann", claim.Money), c("a", "e", "", "Ann", claim.Money),
			c("a", "d", "2020", "Ann", claim.Money), c("a", "d", "", "Bob", claim.Money), c("a", "d", "", "Ann", claim.Percent),
			c("a", "d", "", "Ann", claim.Money),
		}, []ClaimCount{
			{"a", "d", "", "Ann", claim.Money, 2}, {"b", "d", "", "Ann", claim.Money, 1}, {"a", "e", "", "Ann", claim.Money, 1},
			{"a", "d", "2020", "Ann", claim.Money, 1}, {"a", "d", "", "Bob", claim.Money, 1}, {"a", "d", "", "Ann", claim.Percent, 1},
		}},
	} {
		if got := CountClaims(nil, tt.claims); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
		// Appending keeps what dst held.
		before := []ClaimCount{{"z", "z", "", "Zoe", claim.Count, 7}}
		if got := CountClaims(slices.Clone(before), tt.claims); !slices.Equal(got, append(before, tt.want...)) {
			t.Errorf("%s, after a count: got %v", tt.name, got)
		}
	}
}

// TestDocumentClaimsByDate checks that two documents of one title in one
// file, on different days, each count their own claims (they were
// counted by title, each the claims of both).
func TestDocumentClaimsByDate(t *testing.T) {
	text, err := os.ReadFile("../../testdata/kremlin/2014-12-01-news-conference-following-state-visit-to-turkey.txt")
	if err != nil {
		t.Fatal(err)
	}
	one := transcript.Parse("talks.txt", string(text), "")
	if len(one.Documents) != 1 || one.Documents[0].Date == "" {
		t.Fatalf("want one dated document, got %d", len(one.Documents))
	}
	date := one.Documents[0].Date
	later := strings.Replace(string(text), "December 1, 2014", "December 2, 2014", 1)
	if later == string(text) {
		t.Fatal("the document's date line was not found")
	}
	tr := transcript.Parse("talks.txt", string(text)+"\n"+later, "")
	if len(tr.Documents) != 2 || tr.Documents[0].Title != tr.Documents[1].Title || tr.Documents[1].Date == date {
		t.Fatalf("want two documents of one title on two days, got %+v", tr.Documents)
	}
	claims := claim.NewExtractor(nil).Extract(tr)
	want := len(claim.NewExtractor(nil).Extract(one))
	if want == 0 {
		t.Fatal("no claims: the test tests little")
	}
	for _, d := range Summarize([]*transcript.Transcript{tr}, claims, nil).Documents {
		if d.Claims != want {
			t.Errorf("%s — %s: %d claims, want %d", d.Title, d.Date, d.Claims, want)
		}
	}
}

// TestSummarizeCounts checks that a report built from the counts of
// claims, counted a part at a time (a key then comes more than once), has
// the documents and speakers of one built from the claims, and neither
// claims nor conflicts.
func TestSummarizeCounts(t *testing.T) {
	text, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	tr := transcript.Parse("talks.txt", string(text), "")
	claims := claim.NewExtractor(nil).Extract(tr)
	if len(claims) < 10 {
		t.Fatalf("%d claims: the test tests little", len(claims))
	}
	want := Summarize([]*transcript.Transcript{tr}, claims, nil)
	for _, parts := range []int{1, 2, 3, len(claims)} {
		var counts []ClaimCount
		for k := range parts {
			counts = CountClaims(counts, claims[k*len(claims)/parts:(k+1)*len(claims)/parts])
		}
		got := SummarizeCounts([]*transcript.Transcript{tr}, counts)
		if !reflect.DeepEqual(got.Documents, want.Documents) || !reflect.DeepEqual(got.Speakers, want.Speakers) {
			t.Errorf("%d parts: got %+v\n%+v\nwant %+v\n%+v", parts, got.Documents, got.Speakers, want.Documents, want.Speakers)
		}
		if got.Claims == nil || len(got.Claims) > 0 || got.Conflicts == nil || len(got.Conflicts) > 0 {
			t.Errorf("%d parts: claims %v and conflicts %v, want both empty, not nil", parts, got.Claims, got.Conflicts)
		}
	}
	total := 0
	for _, d := range want.Documents {
		total += d.Claims
	}
	if total != len(claims) {
		t.Errorf("the documents count %d claims of %d", total, len(claims))
	}
}
