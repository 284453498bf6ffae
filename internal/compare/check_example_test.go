package compare_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

func ExampleCheck() {
	d := decimal.RequireFromString
	claims := []claim.Claim{
		{File: "talks.txt", Speaker: "Vladimir Putin", Line: 23, Kind: claim.Money, Value: d("25600000000"),
			Rounding: d("50000000"), Unit: "USD", Qualifier: claim.Exact, Metric: "trade", Period: "2021",
			Modality: claim.Actual, Text: "up to $25.6 billion"},
		{File: "talks.txt", Speaker: "Kassym-Jomart Tokayev", Line: 45, Kind: claim.Money, Value: d("24500000000"),
			Rounding: d("50000000"), Unit: "USD", Qualifier: claim.Almost, Metric: "trade", Period: "2021",
			Modality: claim.Actual, Text: "almost $24.5 billion"},
	}
	facts := []compare.Fact{{Metric: "trade", Period: "2021", Kind: claim.Money, Value: d("24500000000"),
		Rounding: d("50000000"), Unit: "USD", Qualifier: claim.Exact, File: "facts.csv", Line: 2}}
	ds, checked := compare.Check(claims, facts, compare.Options{Tolerance: compare.DefaultTolerance})
	for _, dis := range ds {
		fmt.Printf("%s:%d: %s said %s; %s says %s; difference %s\n", dis.Claim.File, dis.Claim.Line,
			dis.Claim.Speaker, dis.Claim.Text, dis.Fact.Where(), dis.Fact.Value, dis.Difference)
	}
	fmt.Println(checked, "claims checked")
	// Output:
	// talks.txt:23: Vladimir Putin said up to $25.6 billion; facts.csv:2 says 24500000000; difference 1100000000
	// 2 claims checked
}
