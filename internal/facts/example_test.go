package facts_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/transcripts/transcripts/internal/facts"
)

func ExampleRead() {
	table := "\uFEFFmetric,period,value,unit,source\r\n" +
		"trade,2021,$24.5bn,,Kremlin\r\n" +
		"inflation,2022-01/2022-08,5%,,\r\n"
	fs, err := facts.Read(strings.NewReader(table), "facts.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Printf("%s: %s %s %s ±%s (%s)\n", f.Where(), f.Metric, f.Period, f.Value, f.Rounding, f.Unit)
	}
	if err := facts.Write(os.Stdout, fs); err != nil {
		fmt.Println(err)
	}

	_, err = facts.Read(strings.NewReader("metric,period,value,unit\ntrade,last year,24.5 billion,USD\n"), "bad.csv")
	fmt.Println(err)
	// Output:
	// facts.csv:2: trade 2021 24500000000 ±50000000 (USD)
	// facts.csv:3: inflation 2022-01/2022-08 5 ±0.5 (%)
	// metric,period,value,unit,scope,qualifier,tolerance,source
	// trade,2021,$24.5bn,USD,,exact,,Kremlin
	// inflation,2022-01/2022-08,5%,%,,exact,,
	// bad.csv:2: bad period "last year": want YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO such as 2022-01/2022-08
}
