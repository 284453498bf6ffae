package cli

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/report"
)

// TestReadCountsReportsAlike checks that the speakers a run that counts
// the claims (readCounts) reports are those of a run that keeps them, on
// every test transcript and their directory, with one worker and with
// four, and that it keeps no claim.
func TestReadCountsReportsAlike(t *testing.T) {
	eachTestInput(t, func(procs int, in string, ios IO, o *InputOptions, all *input) {
		counted, err := readCounts(ios, o)
		if err != nil || counted.failed {
			t.Fatalf("%s: %v", in, err)
		}
		want := report.Summarize(all.transcripts, all.claims, nil)
		got := report.SummarizeCounts(counted.transcripts, counted.counts)
		if !reflect.DeepEqual(got.Speakers, want.Speakers) || !reflect.DeepEqual(got.Documents, want.Documents) {
			t.Errorf("%d workers, %s: speakers %+v, want %+v", procs, in, got.Speakers, want.Speakers)
		}
		if len(counted.claims) > 0 || len(all.claims) == 0 {
			t.Errorf("%d workers, %s: %d claims kept of %d", procs, in, len(counted.claims), len(all.claims))
		}
	})
}

// TestCountedMemoryFollowsTurns checks that what a run that counts the
// claims (speakers) holds once the files are read grows with the turns,
// not with the claims: two transcripts with the same turns, one with
// twenty claims a turn, the other with one.
func TestCountedMemoryFollowsTurns(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	const turns = 2000
	text := func(claims int) string {
		var b strings.Builder
		for i := range turns {
			b.WriteString("ANNA LEE:")
			for k := range claims {
				fmt.Fprintf(&b, " Trade in item %d grew %d percent.", k, (i+k)%90+1)
			}
			b.WriteString("\nBORIS KIM: Indeed.\n")
		}
		return b.String()
	}
	kept := func(name, text string) (bytes uint64, claims int) {
		in, bytes := readKept(t, writeFile(t, t.TempDir(), name, text), readCounts)
		for _, n := range in.counts {
			claims += n.N
		}
		return bytes, claims
	}
	a, ca := kept("few.txt", text(1))
	b, cb := kept("many.txt", text(20))
	if ca < turns || cb < 20*turns {
		t.Fatalf("%d and %d claims, want %d and %d", ca, cb, turns, 20*turns)
	}
	t.Logf("%d claims: %d bytes kept; %d claims: %d bytes", ca, a, cb, b)
	// The claims alone, kept, take some 300 bytes each.
	if extra := int64(b) - int64(a); extra > int64(cb-ca)*10 {
		t.Errorf("%d more bytes kept for %d more claims: memory grows with the claims", extra, cb-ca)
	}
}
