package report_test

import (
	"os"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/report"
)

func ExampleNew() {
	r := &report.Report{Claims: []claim.Claim{{
		File: "talks.txt", Document: "Russian-Kazakhstani talks", Date: "2022-11-28",
		Speaker: "Vladimir Putin", Line: 14, Kind: claim.Money,
		Value: decimal.RequireFromString("24500000000"), Unit: "USD",
		Qualifier: claim.Almost, Metric: "trade", Period: "2021", Modality: claim.Actual,
		Text:    "almost $24.5 billion",
		Context: "Last year, our trade reached almost $24.5 billion.",
	}}}
	w, err := report.New("csv", os.Stdout)
	if err != nil {
		panic(err)
	}
	if err := w.Stats(r); err != nil {
		panic(err)
	}
	// Output:
	// file,document,date,speaker,line,kind,value,unit,qualifier,metric,scope,period,modality,text,context
	// talks.txt,Russian-Kazakhstani talks,2022-11-28,Vladimir Putin,14,money,24500000000,USD,almost,trade,,2021,actual,almost $24.5 billion,"Last year, our trade reached almost $24.5 billion."
}
