package claim_test

import (
	"fmt"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/transcript"
)

func ExampleExtractor_Extract() {
	text := "Events\nTalks\nNovember 28, 2022\n" +
		"President of Kazakhstan Kassym-Jomart Tokayev: Last year trade reached a new record: almost $24.5 billion.\n"
	t := transcript.Parse("talks.txt", text, "auto")
	for _, c := range claim.NewExtractor(nil).Extract(t) {
		fmt.Printf("line %d %s: %q = %s %s (%s), %s, %s\n", c.Line, c.Speaker, c.Text, c.Value, c.Unit, c.Qualifier, c.Metric, c.Period)
	}
	// Output:
	// line 4 Kassym-Jomart Tokayev: "almost $24.5 billion" = 24500000000 USD (almost), trade, 2021
}
