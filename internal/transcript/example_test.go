package transcript_test

import (
	"fmt"

	"github.com/transcripts/transcripts/internal/transcript"
)

func ExampleParse() {
	text := "Events\nTalks\nNovember 28, 2022\n" +
		"President of Russia Vladimir Putin: Trade grew.\n" +
		"President of Kazakhstan Kassym-Jomart Tokayev\n" +
		": It did.\n" +
		"Vladimir Putin: Good.\n"
	t := transcript.Parse("talks.txt", text, "auto")
	for _, d := range t.Documents {
		fmt.Println(d.Title, d.Date)
		for _, turn := range d.Turns {
			s := turn.Speech[0]
			fmt.Printf("line %d %s: %s\n", t.Line(turn.Pos), turn.Speaker, t.Text[s.Pos:s.End])
		}
	}
	// Output:
	// Talks 2022-11-28
	// line 4 Vladimir Putin: Trade grew.
	// line 5 Kassym-Jomart Tokayev: It did.
	// line 7 Vladimir Putin: Good.
}
