package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestKeptMemoryFollowsClaims checks that what a run that keeps every
// claim (tables, json, conflicts) holds once the files are read grows with
// the claims and the turns, not with the text: two transcripts with the
// same turns and claims, one with sixty times the speech around them, in a
// file read whole and in a Kremlin file read in parts.
func TestKeptMemoryFollowsClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("reads some 40 MB")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer func(old int64) { mapFrom = old }(mapFrom)
	mapFrom = 1 << 40 // files read into the heap, where what holds on to them shows
	const turns = 2000
	filler := strings.Repeat("The delegations talked at length about the road ahead and agreed to keep talking. ", 12)
	text := func(padded bool, kremlin bool) string {
		var b strings.Builder
		for i := range turns {
			if kremlin && i%50 == 0 {
				fmt.Fprintf(&b, "Events\nTalks in the city of Nowhere\nOctober 4, 2016\n")
			}
			fmt.Fprintf(&b, "ANNA LEE: Trade grew %d percent last year.", i%90+1)
			if padded {
				b.WriteString(" " + filler + filler + filler + filler)
			}
			b.WriteString("\nBORIS KIM: Indeed.\n")
		}
		return b.String()
	}
	kept := func(name, text string) (bytes uint64, claims int) {
		in, bytes := readKept(t, writeFile(t, t.TempDir(), name, text), readInputs)
		return bytes, len(in.claims)
	}
	for _, kremlin := range []bool{false, true} {
		short, long := text(false, kremlin), text(true, kremlin)
		a, ca := kept("short.txt", short)
		b, cb := kept("long.txt", long)
		if ca != cb || ca < turns {
			t.Fatalf("kremlin %v: %d and %d claims, want the same, at least %d", kremlin, ca, cb, turns)
		}
		t.Logf("kremlin %v: %d claims: %d bytes kept of %d of text, %d of %d", kremlin, ca, a, len(short), b, len(long))
		// The text sixty times as long may not add a tenth of its bytes
		// (kept, its 8 MB would add as much again).
		if extra := int64(b) - int64(a); extra > int64(len(long)-len(short))/10 {
			t.Errorf("kremlin %v: %d more bytes kept for %d more bytes of text (%d claims each): memory grows with the text", kremlin, extra, len(long)-len(short), ca)
		}
	}
}

// readKept reads the file at path with read, and returns what it read
// and the bytes of heap that holds on to: the heap in use after it, less
// the heap before, both after collections.
func readKept(t *testing.T, path string, read func(IO, *InputOptions) (*input, error)) (*input, uint64) {
	t.Helper()
	ios, _, errOut := testIO("", true)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC() // the pools' second chance too
	runtime.ReadMemStats(&before)
	in, err := read(ios, &InputOptions{Files: []string{path}, Layout: "auto", Glob: "*.txt"})
	if err != nil || in.failed {
		t.Fatalf("%s: %v %s", path, err, errOut)
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	return in, after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
}

// testInputs are the test transcripts and their directory (the last).
var testInputs = func() []string {
	ins, _ := filepath.Glob("../../testdata/transcripts/*.txt")
	return append(ins, "../../testdata/transcripts")
}()

// eachTestInput calls f with each of testInputs, read by a run that keeps
// every claim (all), with one worker and with four, and with what to read
// it again with.
func eachTestInput(t *testing.T, f func(procs int, in string, ios IO, o *InputOptions, all *input)) {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		for _, in := range testInputs {
			ios, _, errOut := testIO("", true)
			o := &InputOptions{Files: []string{in}, Layout: "auto", Glob: "*.txt"}
			all, err := readInputs(ios, o)
			if err != nil || all.failed {
				t.Fatalf("%s: %v %s", in, err, errOut)
			}
			f(procs, in, ios, o, all)
		}
	}
}
