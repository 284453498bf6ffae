package transcript

import (
	"fmt"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/golden"
)

// TestGoldenSeed pins how the seed is split: documents, turns, and which
// lines are speech and which narration.
func TestGoldenSeed(t *testing.T) {
	tr := Parse("seed.txt", readSeed(t), "")
	var b strings.Builder
	fmt.Fprintf(&b, "layout %s\n", tr.Layout)
	lines := func(spans []Span) string {
		var out []string
		for _, s := range spans {
			a, z := tr.Line(s.Pos), tr.Line(max(s.End-1, s.Pos))
			if a == z {
				out = append(out, fmt.Sprint(a))
			} else {
				out = append(out, fmt.Sprintf("%d-%d", a, z))
			}
		}
		return strings.Join(out, " ")
	}
	for _, d := range tr.Documents {
		fmt.Fprintf(&b, "document %q %s, lines %d-%d\n  narration: %s\n", d.Title, d.Date, tr.Line(d.Pos), tr.Line(max(d.End-1, d.Pos)), lines(d.Narration))
		for _, turn := range d.Turns {
			fmt.Fprintf(&b, "  turn line %d %q as %q (%s), %d words: %s\n", tr.Line(turn.Pos), turn.Speaker, turn.Label, turn.Role, tr.Words(turn.Speech), lines(turn.Speech))
		}
	}
	golden.Check(t, "seed.parse.golden", []byte(b.String()))
}
