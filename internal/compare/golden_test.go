package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/golden"
	"github.com/transcripts/transcripts/internal/transcript"
)

// TestGoldenSeed pins the inconsistencies of the seed, with the intervals
// that decided them.
func TestGoldenSeed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	lx := claim.DefaultLexicon()
	claims := claim.NewExtractor(lx).Extract(transcript.Parse("seed.txt", string(data), ""))
	var b strings.Builder
	for _, c := range Compare(claims, Options{Tolerance: DefaultTolerance, Related: lx.Related}) {
		alo, ahi := Interval(c.A, DefaultTolerance)
		blo, bhi := Interval(c.B, DefaultTolerance)
		fmt.Fprintf(&b, "%s %q scope %q: line %d %s [%s, %s] vs line %d %s [%s, %s], difference %s (%s)\n",
			c.Class, c.Metric, c.Scope, c.A.Line, c.A.Value, alo, ahi, c.B.Line, c.B.Value, blo, bhi, c.Difference, c.RelativeDifference)
	}
	golden.Check(t, "seed.conflicts.golden", []byte(b.String()))
}
