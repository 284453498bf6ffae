package compare_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

func ExampleCompare() {
	claims := []claim.Claim{
		{
			File: "talks.txt", Speaker: "Vladimir Putin", Line: 14, Sentence: 9,
			Kind: claim.Money, Value: decimal.RequireFromString("25600000000"),
			Rounding: decimal.RequireFromString("50000000"), Unit: "USD",
			Qualifier: claim.Exact, Metric: "trade", Period: "2021", Modality: claim.Actual,
			Text: "$25.6 billion",
		},
		{
			File: "talks.txt", Speaker: "Kassym-Jomart Tokayev", Line: 40, Sentence: 31,
			Kind: claim.Money, Value: decimal.RequireFromString("24500000000"),
			Rounding: decimal.RequireFromString("50000000"), Unit: "USD",
			Qualifier: claim.Almost, Metric: "trade", Period: "2021", Modality: claim.Actual,
			Text: "almost $24.5 billion",
		},
	}
	for _, c := range compare.Compare(claims, compare.Options{Tolerance: compare.DefaultTolerance}) {
		fmt.Printf("%s %s %s\n", c.Class, c.Metric, c.A.Period)
		fmt.Printf("  %s, line %d: %s\n", c.A.Speaker, c.A.Line, c.A.Text)
		fmt.Printf("  %s, line %d: %s\n", c.B.Speaker, c.B.Line, c.B.Text)
		fmt.Printf("  difference %s %s (%s%%)\n", c.Difference, c.A.Unit, c.RelativeDifference.Shift(2).StringFixed(2))
	}
	// Output:
	// contradiction trade 2021
	//   Vladimir Putin, line 14: $25.6 billion
	//   Kassym-Jomart Tokayev, line 40: almost $24.5 billion
	//   difference -1100000000 USD (-4.30%)
}
