package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// sampleCheck is a check report built by hand from the sample's claims:
// one claim that disagrees with a fact of the same period, one with a
// fact of another period, scope and tolerance.
func sampleCheck() *CheckReport {
	d := decimal.RequireFromString
	claims := sample().Claims
	trade := compare.Fact{Metric: "trade", Period: "2021", Kind: claim.Money, Value: d("25600000000"),
		Rounding: d("50000000"), Unit: "USD", Qualifier: claim.Exact, Source: "Rosstat, 2022",
		Text: "$25.6bn", File: "facts.csv", Line: 2}
	steel := compare.Fact{Metric: "trade growth", Scope: "of steel", Period: "2022-01/2022-06", Kind: claim.Percent,
		Value: d("-20"), Rounding: d("0.5"), Unit: "%", Qualifier: claim.About,
		Tolerance: decimal.NewNullDecimal(d("0.02")), Text: "about -20%", File: "facts.csv", Line: 3}
	return &CheckReport{
		Facts: 2, Claims: len(claims), Checked: 3,
		Disagreements: []compare.Disagreement{
			{Claim: claims[0], Fact: trade, Difference: d("-1100000000"), RelativeDifference: d("-0.043")},
			{Claim: claims[1], Fact: steel, Difference: d("-12"), RelativeDifference: d("-0.6")},
		},
	}
}

// runCheck prints r in format with Check.
func runCheck(t *testing.T, format string, r *CheckReport) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Check(r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.String()
}

func TestGoldenCheck(t *testing.T) {
	for _, format := range Formats {
		for _, empty := range []bool{false, true} {
			r, name := sampleCheck(), "check."+formatExt[format]+".golden"
			if empty {
				r, name = &CheckReport{}, "check-empty."+formatExt[format]+".golden"
			}
			t.Run(name, func(t *testing.T) {
				got := runCheck(t, format, r)
				golden(t, name, got)
				if strings.HasSuffix(name, ".json.golden") && !json.Valid([]byte(got)) {
					t.Errorf("%s is not JSON", name)
				}
			})
		}
	}
}

func TestCheckLine(t *testing.T) {
	got := runCheck(t, "table", sampleCheck())
	want := talks + `:14: Vladimir Putin said "almost $24.5 billion" (trade, 2021); fact table says 25,600,000,000 USD (Rosstat, 2022; facts.csv:2); difference -1,100,000,000 USD (-4.3%)` + "\n"
	if first, _, _ := strings.Cut(got, "\n"); first+"\n" != want {
		t.Errorf("first line =\n%s\nwant\n%s", first, want)
	}
	for _, want := range []string{
		`fact table says about -20 % ± 2% (2022-01/2022-06; facts.csv:3); difference -12 pp (-60%)`,
		fmt.Sprintf("2 claims disagree with the fact table (3 of %d claims checked against 2 facts).", len(sample().Claims)),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if got := runCheck(t, "table", &CheckReport{Facts: 1, Claims: 1}); got != "No claim disagrees with the fact table (0 of 1 claim checked against 1 fact).\n" {
		t.Errorf("empty check = %q", got)
	}
}

func TestCheckCSV(t *testing.T) {
	got := runCheck(t, "csv", sampleCheck())
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if lines[0] != strings.Join(CheckColumns, ",") || len(lines) != 3 {
		t.Fatalf("CSV =\n%s", got)
	}
	if !strings.HasPrefix(lines[1], talks+",14,Vladimir Putin,almost $24.5 billion,24500000000,USD,almost,trade,,2021,25600000000,exact,,,2021,\"Rosstat, 2022\",facts.csv,2,-1100000000,-0.043") {
		t.Errorf("row = %s", lines[1])
	}
}
