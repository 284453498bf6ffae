package cli

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPartsInParallel checks that the parts of one Kremlin file read by
// several workers at once give, byte for byte, the output, the warnings
// and the exit code of one worker, in every command and format, with
// documents read one at a time and in groups, and with invalid UTF-8 in
// some of the documents.
func TestPartsInParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	defer func(g int) { docGroup = g }(docGroup)
	dir := t.TempDir()
	text := kremlinTestdata(t, 600<<10)
	valid := writeFile(t, dir, "valid.txt", text)
	docs := strings.Split(text, "\nEvents\n")
	for _, i := range []int{1, len(docs) / 2, len(docs) - 1} {
		docs[i] = docs[i][:len(docs[i])/2] + "\xff\xfe" + docs[i][len(docs[i])/2:]
	}
	invalid := writeFile(t, dir, "invalid.txt", strings.Join(docs, "\nEvents\n"))
	facts := writeFile(t, dir, "facts.csv", "metric,period,value,unit\nagreements,,900,\n")
	var cmds [][]string
	for _, in := range []string{valid, invalid} {
		for _, format := range []string{"csv", "jsonl", "json", "table", "markdown"} {
			cmds = append(cmds, []string{"stats", "--format", format, in})
		}
		cmds = append(cmds, []string{"conflicts", "--format", "csv", in}, []string{"numbers", "--format", "csv", in},
			[]string{"speakers", "--format", "csv", in}, []string{"facts", in}, []string{"check", "--facts", facts, in},
			[]string{"stats", "--format", "csv", "--fail-on", "any", in}, []string{"stats", "--format", "jsonl", "--fail-on", "any", in})
	}
	run := func(args []string) string {
		ios, out, errOut := testIO("", true)
		code := Main(args, ios)
		return fmt.Sprintf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, group := range []int{0, 16 << 10} {
		docGroup = group
		for _, args := range cmds {
			runtime.GOMAXPROCS(1)
			want := run(args)
			if len(want) < 300 {
				t.Fatalf("%v: nothing read: %s", args, want)
			}
			for _, procs := range []int{2, 4} {
				runtime.GOMAXPROCS(procs)
				if got := run(args); got != want {
					t.Errorf("groups of %d bytes, %v: one worker and %d differ:\n%.400s\n---\n%.400s", group, args, procs, got, want)
				}
			}
		}
	}
}

// cutWriter takes n bytes and then fails, as a pipe whose reader quits.
type cutWriter struct {
	n   int
	err error
}

func (w *cutWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, w.err
	}
	w.n -= len(p)
	return len(p), nil
}

// TestPartsInParallelWriteError checks that a write error while the parts
// of a file are read by several workers ends the run with one line and
// exit 2, as it does with one worker, whether it comes at the first write
// or in the middle of the file (the workers and the splitter then stop).
func TestPartsInParallelWriteError(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	defer func(g int) { docGroup = g }(docGroup)
	docGroup = 16 << 10
	in := writeFile(t, t.TempDir(), "many.txt", kremlinTestdata(t, 600<<10))
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		for _, after := range []int{0, 100 << 10} {
			ios, _, errOut := testIO("", true)
			ios.Out = &cutWriter{n: after, err: errors.New("broken pipe")}
			if code := Main([]string{"stats", "--format", "csv", in}, ios); code != ExitTrouble {
				t.Errorf("%d workers, cut after %d bytes: exit %d, want %d", procs, after, code, ExitTrouble)
			}
			if got := errOut.String(); !strings.HasPrefix(got, "transcripts: writing output: ") || !strings.HasSuffix(got, "broken pipe\n") || strings.Count(got, "\n") != 1 {
				t.Errorf("%d workers, cut after %d bytes: ErrOut = %q", procs, after, got)
			}
		}
	}
}

// TestFlight checks the bounds on the parts of a file read ahead: a part
// waits while maxParts parts, or bytesInFlight bytes with it, are in
// flight, goes alone when it is larger than that, and a stop ends every
// wait.
func TestFlight(t *testing.T) {
	f := newFlight()
	// waits runs take(n, maxParts) and tells whether it is still waiting
	// a while after, and then whether it returned true once released.
	waits := func(n, maxParts int, release func()) (waited, took bool) {
		got := make(chan bool)
		go func() { got <- f.take(n, maxParts) }()
		select {
		case ok := <-got:
			return false, ok
		case <-time.After(50 * time.Millisecond):
		}
		release()
		select {
		case ok := <-got:
			return true, ok
		case <-time.After(10 * time.Second):
			t.Fatal("take still waits after its room was made")
			return true, false
		}
	}
	if !f.take(10, 2) || !f.take(10, 2) {
		t.Fatal("the first two parts wait")
	}
	if waited, took := waits(10, 2, func() { f.done(10) }); !waited || !took {
		t.Errorf("a third part of at most two: waited %v, took %v; want it to wait, then go", waited, took)
	}
	f.done(10)
	f.done(10)
	if !f.take(2*bytesInFlight, 8) {
		t.Fatal("a part larger than bytesInFlight waits with none in flight")
	}
	if waited, took := waits(1, 8, func() { f.done(2 * bytesInFlight) }); !waited || !took {
		t.Errorf("a part after a huge one: waited %v, took %v; want it to wait, then go", waited, took)
	}
	if waited, took := waits(bytesInFlight, 8, f.stop); !waited || took {
		t.Errorf("a part past the bytes in flight, then a stop: waited %v, took %v; want it to wait, then not go", waited, took)
	}
	if f.take(1, 8) {
		t.Error("take after a stop reports true")
	}
	select {
	case <-f.halted:
	default:
		t.Error("halted is still open after a stop")
	}
	f.stop() // a second stop is harmless
}

// FuzzPartsInParallel checks that a Kremlin file read a document at a
// time by four workers gives the output, the warnings and the exit code
// of one worker, whatever its text.
func FuzzPartsInParallel(f *testing.F) {
	f.Add("Events\nTalks\nOctober 4, 2016\nVladimir Putin: Trade grew by 5.5 percent to $25.6 billion.\nEvents\nMeeting\nNursultan Nazarbayev: Almost 24 billion.\n")
	f.Add("Events\nA\nB: one\xff two\nEvents\nC\nD: 3 percent\r\nEvents\n")
	f.Add(kremlinTestdata(f, 20<<10))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	defer func(g int) { docGroup = g }(docGroup)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		if !strings.HasPrefix(text, "Events\n") {
			text = "Events\n" + text // a Kremlin file, split into its documents
		}
		in := writeFile(t, dir, "in.txt", text)
		docGroup = 0
		var outs [2]string
		for k, procs := range []int{1, 4} {
			runtime.GOMAXPROCS(procs)
			ios, out, errOut := testIO("", true)
			code := Main([]string{"stats", "--format", "csv", in}, ios)
			outs[k] = fmt.Sprintf("exit %d\n%s\n%s", code, out, errOut)
		}
		if outs[0] != outs[1] {
			t.Fatalf("one worker and four differ:\n%s\n---\n%s", outs[0], outs[1])
		}
	})
}
