package claim

import (
	"fmt"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/golden"
	"github.com/transcripts/transcripts/internal/transcript"
)

// TestGoldenSeed pins every field of every claim of the seed.
func TestGoldenSeed(t *testing.T) {
	tr := transcript.Parse("seed.txt", readSeed(t), "")
	var b strings.Builder
	for _, c := range NewExtractor(nil).Extract(tr) {
		fmt.Fprintf(&b, "%d:%d-%d %s | %s %s %s ±%s %s | metric %q scope %q period %q | %s change=%v flow=%q | %q\n",
			c.Line, c.Pos, c.End, c.Speaker, c.Kind, c.Value, c.Unit, c.Rounding, c.Qualifier,
			c.Metric, c.Scope, c.Period, c.Modality, c.Change, c.Flow, c.Text)
	}
	golden.Check(t, "seed.claims.golden", []byte(b.String()))
}
