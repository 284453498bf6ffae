package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/transcript"
)

// splitDocuments is splitDocumentsInto with documents cut after maxPart
// bytes, into a buffer of its own.
func splitDocuments(r io.Reader, each func(chunk []byte, pos, line int) error) error {
	return splitDocumentsMax(r, maxPart, each)
}

// splitDocumentsMax is splitDocuments with documents cut after limit bytes.
func splitDocumentsMax(r io.Reader, limit int, each func(chunk []byte, pos, line int) error) error {
	var buf []byte
	return splitDocumentsInto(r, 0, limit, 0, &buf, each)
}

// TestSplitDocuments checks where Kremlin files are cut into documents, and
// the byte offset and line count each part starts at.
func TestSplitDocuments(t *testing.T) {
	text := "Events\nOne\nText versionEvents\nTwo\nA: b\nText version\nEvents\nThree"
	var got []string
	err := splitDocuments(bufio.NewReader(strings.NewReader(text)), func(chunk []byte, pos, line int) error {
		if text[pos:pos+len(chunk)] != string(chunk) {
			t.Errorf("part at %d is not the text there: %q", pos, chunk)
		}
		if n := strings.Count(text[:pos], "\n"); n != line {
			t.Errorf("part at %d after %d lines, want %d", pos, line, n)
		}
		got = append(got, fmt.Sprintf("%d:%d:%q", pos, line, chunk))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`0:0:"Events\nOne\nText version"`,
		`23:2:"Events\nTwo\nA: b\nText version\n"`,
		`52:6:"Events\nThree"`,
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("parts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestParallelFiles checks that many files read by several workers give
// the same output, byte for byte, as one worker.
func TestParallelFiles(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	dir := "../../testdata/transcripts"
	for _, format := range []string{"csv", "jsonl", "table", "json"} {
		var outs, errs [2]string
		for k, procs := range []int{1, 4} {
			runtime.GOMAXPROCS(procs)
			ios, out, errOut := testIO("", true)
			if code := Main([]string{"stats", "--format", format, dir, "../../testdata/transcripts/missing.txt"}, ios); code != ExitTrouble {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			outs[k], errs[k] = out.String(), errOut.String()
		}
		if outs[0] != outs[1] || errs[0] != errs[1] {
			t.Errorf("%s: one worker and four differ:\n%s\n---\n%s", format, errs[0], errs[1])
		}
		if !strings.Contains(outs[0], "Vladimir Putin") || !strings.Contains(errs[0], "missing.txt: no such file") {
			t.Errorf("%s: output lacks claims or the error: %.200s / %s", format, outs[0], errs[0])
		}
	}
}

// TestParallelWriteError checks that a write error in a many-file run
// ends it with one line and exit 2, as it does with one worker.
func TestParallelWriteError(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		for _, format := range []string{"csv", "jsonl"} {
			ios, _, errOut := testIO("", true)
			ios.Out = failWriter{errors.New("disk full")}
			if code := Main([]string{"stats", "--format", format, "../../testdata/transcripts"}, ios); code != ExitTrouble {
				t.Errorf("%s, %d workers: exit %d, want %d", format, procs, code, ExitTrouble)
			}
			if got := errOut.String(); !strings.HasPrefix(got, "transcripts: writing output: ") || !strings.HasSuffix(got, "disk full\n") || strings.Count(got, "\n") != 1 {
				t.Errorf("%s, %d workers: ErrOut = %q", format, procs, got)
			}
		}
	}
}

// TestReadAll checks that reading into a buffer made for the file's size
// reads every byte whether the size is right, too small, too large or
// unknown.
func TestReadAll(t *testing.T) {
	text := strings.Repeat("VLADIMIR PUTIN: Trade grew by 5.5 percent. ", 2000)
	for _, size := range []int64{int64(len(text)), 0, 10, int64(len(text)) + 100, -1} {
		got, err := readAll(strings.NewReader(text), size)
		if err != nil || string(got) != text {
			t.Errorf("readAll with size %d: %d bytes, %v; want %d bytes", size, len(got), err, len(text))
		}
	}
}

// TestSplitDocumentsTrimmed checks that an "Events" line with white space
// around it (spaces, a tab, no-break spaces, a carriage return) starts a
// document as a bare one does, and that lines that only look like it do
// not.
func TestSplitDocumentsTrimmed(t *testing.T) {
	text := "Events\nOne\n  Events \nTwo\n\tEvents\r\nThree\n\u00a0Events\u2003\nFour\nEventsX\nxEvents\nTextversionEvents\nFive"
	parts := 0
	err := splitDocuments(bufio.NewReader(strings.NewReader(text)), func(chunk []byte, pos, line int) error {
		parts++
		return nil
	})
	if err != nil || parts != 4 {
		t.Errorf("%d parts (%v), want 4", parts, err)
	}
}

// splitDocumentsByLine is the reference for splitDocumentsMax: the same
// cuts, found by reading the text a line at a time and looking at every
// line.
func splitDocumentsByLine(r *bufio.Reader, limit int, each func(chunk []byte, pos, line int) error) error {
	var chunk []byte
	pos, line := 0, 0         // where the chunk starts
	readPos, readLine := 0, 0 // where the next line starts
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		err := each(chunk, pos, line)
		chunk = chunk[:0]
		return err
	}
	var long []byte // a line longer than r's buffer, put together
	for {
		l, err := r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long[:0], l...)
			for err == bufio.ErrBufferFull {
				l, err = r.ReadSlice('\n')
				long = append(long, l...)
			}
			l = long
		}
		if len(l) > 0 {
			var trimmed []byte
			if c := l[0]; c == 'E' || c == 'T' || c <= ' ' || c >= utf8.RuneSelf {
				// Only such a line may be "Events" once trimmed, or
				// start with "Text version": most lines are neither.
				trimmed = bytes.TrimSpace(l)
			}
			switch {
			case bytes.Equal(trimmed, []byte("Events")):
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos, readLine
			case bytes.HasPrefix(l, []byte("Text version")) && bytes.HasSuffix(trimmed, []byte("Events")):
				// "Text versionEvents": the document ends inside the line.
				cut := bytes.LastIndex(l, []byte("Events"))
				chunk = append(chunk, l[:cut]...)
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos+cut, readLine
				readPos += cut
				l = l[cut:]
			case len(chunk) > limit:
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos, readLine
			}
			chunk = append(chunk, l...)
			readPos += len(l)
			if l[len(l)-1] == '\n' {
				readLine++
			}
		}
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return reason(err)
		}
	}
}

// FuzzSplitDocuments checks splitDocumentsMax against the line-by-line
// reference on any text, read through buffers of any size, with
// documents cut after any number of bytes: the same parts, at the same
// offsets and lines, and the same error from each; and splitMapped
// against both, ungrouped and grouped.
func FuzzSplitDocuments(f *testing.F) {
	f.Add("Events\nOne\nText versionEvents\nTwo\nA: b\nText version\nEvents\nThree", 16, 1000)
	f.Add("Events\nOne\n  Events \nTwo\n\tEvents\r\nThree\n\u00a0Events\u2003\nFour\nEventsX\nxEvents\nTextversionEvents\nFive", 20, 7)
	f.Add("a\nbb\nccc\ndddd\nEvents\neeeee\nffffff\n", 16, 3)
	f.Add(strings.Repeat("long line with no end ", 40)+"Events\nx", 16, 50)
	f.Add("Even\nts\nEvents", 17, 0)
	f.Fuzz(func(t *testing.T, text string, size, limit int) {
		size = 16 + abs(size)%200
		group := abs(limit) % 97 // documents handed on together, up to group bytes
		limit = abs(limit) % 300
		collect := func(split func(each func([]byte, int, int) error) error) ([]docPart, error) {
			var parts []docPart
			err := split(func(chunk []byte, pos, line int) error {
				parts = append(parts, docPart{string(chunk), pos, line})
				if len(parts) == 3 && strings.Contains(text, "STOP") {
					return errors.New("stop")
				}
				return nil
			})
			return parts, err
		}
		want, werr := collect(func(each func([]byte, int, int) error) error {
			return splitDocumentsByLine(bufio.NewReaderSize(strings.NewReader(text), size), limit, each)
		})
		got, gerr := collect(func(each func([]byte, int, int) error) error {
			return splitDocumentsMax(bufio.NewReaderSize(strings.NewReader(text), size), limit, each)
		})
		if fmt.Sprint(werr) != fmt.Sprint(gerr) || !slices.Equal(got, want) {
			t.Fatalf("size %d, limit %d:\n got %+v, %v\nwant %+v, %v", size, limit, got, gerr, want, werr)
		}
		// A file mapped into memory is cut alike. (Its memory here is
		// not mapped: the text is too short for any to be given back.)
		splitMappedText := func(group int) func(each func([]byte, int, int) error) error {
			return func(each func([]byte, int, int) error) error {
				return splitMapped(&mapping{data: []byte(text)}, limit, group, each)
			}
		}
		if len(text) >= releaseEvery {
			t.Skip("text too long")
		}
		if mapped, err := collect(splitMappedText(0)); fmt.Sprint(werr) != fmt.Sprint(err) || !slices.Equal(mapped, want) {
			t.Fatalf("mapped, limit %d:\n got %+v, %v\nwant %+v, %v", limit, mapped, err, want, werr)
		}
		if strings.Contains(text, "STOP") {
			return // each stops at its third chunk, which grouped is elsewhere
		}
		// Grouped, the chunks are runs of the same parts: whole
		// documents together, the others alone.
		var buf []byte
		grouped, err := collect(func(each func([]byte, int, int) error) error {
			return splitDocumentsInto(bufio.NewReaderSize(strings.NewReader(text), size), 0, limit, group, &buf, each)
		})
		if err != nil || !groupsOf(grouped, want, group) {
			t.Fatalf("size %d, limit %d, group %d:\n got %+v, %v\nparts %+v", size, limit, group, grouped, err, want)
		}
		if mapped, err := collect(splitMappedText(group)); err != nil || !slices.Equal(mapped, grouped) {
			t.Fatalf("mapped, limit %d, group %d:\n got %+v, %v\nwant %+v", limit, group, mapped, err, grouped)
		}
	})
}

// docPart is a chunk splitDocumentsInto hands on, at its offset and line.
type docPart struct {
	chunk     string
	pos, line int
}

// groupsOf reports whether chunks are parts handed on in runs: each chunk
// is one part, or consecutive whole documents (each part of the run starts
// with its "Events" line) whose parts but the last come to fewer than
// group bytes; at the offset and line of its first part.
func groupsOf(chunks, parts []docPart, group int) bool {
	k := 0 // the next part
	for _, c := range chunks {
		if k == len(parts) || c.pos != parts[k].pos || c.line != parts[k].line {
			return false
		}
		first, run := parts[k].chunk, ""
		for n := 0; k < len(parts) && len(run) < len(c.chunk); n++ {
			if n > 0 && (len(run) >= group || !startsDocument(parts[k].chunk) || !startsDocument(first)) {
				return false
			}
			run += parts[k].chunk
			k++
		}
		if run != c.chunk {
			return false
		}
	}
	return k == len(parts)
}

// startsDocument reports whether part starts with a Kremlin document: its
// first line is "Events", white space trimmed.
func startsDocument(part string) bool {
	first, _, _ := strings.Cut(part, "\n")
	return strings.TrimSpace(first) == "Events"
}

// TestSplitDocumentsGrouped checks which documents are handed on
// together: whole documents while they come to fewer than group bytes,
// the text before the first one and a long document's pieces alone.
func TestSplitDocumentsGrouped(t *testing.T) {
	text := "Preface\nEvents\nOne\nEvents\nTwo two\nText versionEvents\nThree\nEvents\n" + strings.Repeat("long ", 8) + "\n" + strings.Repeat("more ", 8) + "\nEvents\nFour\nEvents\nFive"
	for _, tc := range []struct {
		group int
		want  []string
	}{
		{0, []string{"Preface\n", "Events\nOne\n", "Events\nTwo two\nText version", "Events\nThree\n", "Events\n" + strings.Repeat("long ", 8) + "\n", strings.Repeat("more ", 8) + "\n", "Events\nFour\n", "Events\nFive"}},
		{20, []string{"Preface\n", "Events\nOne\nEvents\nTwo two\nText version", "Events\nThree\n", "Events\n" + strings.Repeat("long ", 8) + "\n", strings.Repeat("more ", 8) + "\n", "Events\nFour\nEvents\nFive"}},
		{1 << 20, []string{"Preface\n", "Events\nOne\nEvents\nTwo two\nText versionEvents\nThree\n", "Events\n" + strings.Repeat("long ", 8) + "\n", strings.Repeat("more ", 8) + "\n", "Events\nFour\nEvents\nFive"}},
	} {
		var got []string
		var buf []byte
		err := splitDocumentsInto(bufio.NewReader(strings.NewReader(text)), 0, 40, tc.group, &buf, func(chunk []byte, pos, line int) error {
			if text[pos:pos+len(chunk)] != string(chunk) || strings.Count(text[:pos], "\n") != line {
				t.Errorf("group %d: chunk %q at %d, line %d, is not the text there", tc.group, chunk, pos, line)
			}
			got = append(got, string(chunk))
			return nil
		})
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("group %d: %q, %v\nwant %q", tc.group, got, err, tc.want)
		}
	}
}

// TestDocumentGroupsSameClaims checks that reading a Kremlin file's
// documents in groups (docGroup) gives, byte for byte, the output and
// the warnings of reading them one at a time, in every format and with
// invalid UTF-8 in some of the documents.
func TestDocumentGroupsSameClaims(t *testing.T) {
	defer func(g int) { docGroup = g }(docGroup)
	text := kremlinTestdata(t, 1<<20)
	dir := t.TempDir()
	valid, invalid := filepath.Join(dir, "valid.txt"), filepath.Join(dir, "invalid.txt")
	docs := strings.Split(text, "\nEvents\n")
	for _, i := range []int{1, 2, len(docs) / 2} {
		docs[i] = docs[i][:len(docs[i])/2] + "\xff\xfe" + docs[i][len(docs[i])/2:]
	}
	if err := os.WriteFile(valid, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(invalid, []byte(strings.Join(docs, "\nEvents\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"stats", "--format", "csv", valid}, {"stats", "--format", "csv", invalid}, {"stats", "--format", "json", valid},
		{"stats", "--format", "jsonl", invalid}, {"conflicts", "--format", "csv", valid}, {"numbers", "--format", "csv", invalid}, {"speakers", "--format", "csv", valid},
	} {
		var outs, errs [2]string
		for k, group := range []int{0, 128 << 10} {
			docGroup = group
			ios, out, errOut := testIO("", true)
			Main(args, ios)
			outs[k], errs[k] = out.String(), errOut.String()
		}
		if outs[0] != outs[1] || errs[0] != errs[1] {
			t.Errorf("%v: one document at a time and in groups differ:\n%.300s\n%s\n---\n%.300s\n%s", args, outs[0], errs[0], outs[1], errs[1])
		}
		if len(outs[0]) < 1000 {
			t.Errorf("%v: %d bytes of output: %s", args, len(outs[0]), errs[0])
		}
		if args[0] == "stats" && strings.Contains(args[3], "invalid") && strings.Count(errs[0], "invalid UTF-8") != 3 {
			t.Errorf("%v: warnings %q, want three", args, errs[0])
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -(n + 1)
	}
	return n
}

// kremlinTestdata returns the Kremlin transcripts of testdata, one after
// another (each with a line end after it), as many times over as makes
// size bytes or more.
func kremlinTestdata(t testing.TB, size int) string {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/transcripts/*")
	var out strings.Builder
	for out.Len() < size {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(data, []byte("Events")) {
				out.Write(data)
				out.WriteString("\n")
			}
		}
	}
	return out.String()
}

// TestFileReaderReused checks that a worker's fileReader, kept from file
// to file, hands on the parts of each file as a new one does: files of
// every layout, a Kremlin file larger than the read buffer (which grows
// it) before and after small ones, and an empty file.
func TestFileReaderReused(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob("../../testdata/transcripts/*")
	bigPath := writeFile(t, dir, "big.txt", kremlinTestdata(t, 3<<20))
	empty := writeFile(t, dir, "empty.txt", "")
	files := append(append([]string{paths[0], bigPath}, paths...), empty, bigPath, paths[1])
	parts := func(name string, fr *fileReader) []part {
		var out []part
		ios, _, _ := testIO("", true)
		if err := readParts(ios, name, &InputOptions{}, fr, func(p part) error {
			out = append(out, p)
			return nil
		}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return out
	}
	reused := new(fileReader)
	for _, name := range files {
		got, want := parts(name, reused), parts(name, new(fileReader))
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d parts with a reused reader, %d with a new one (or they differ)", name, len(got), len(want))
		}
	}
	if len(parts(bigPath, reused)) < 2 {
		t.Error("the big file was not read document by document")
	}
}

// TestOpenFileErrors checks that files that cannot be read are reported
// as os.Open reports them, by their cause.
func TestOpenFileErrors(t *testing.T) {
	dir := t.TempDir()
	locked := writeFile(t, dir, "locked.txt", plain)
	os.Chmod(locked, 0)
	for _, name := range []string{filepath.Join(dir, "missing.txt"), locked, dir} {
		_, want := os.Open(name)
		f, got := openFile(name)
		if want == nil {
			if got != nil {
				t.Errorf("%s: openFile: %v, os.Open opens it", name, got)
			}
			f.Close()
			continue
		}
		if got == nil || reason(got).Error() != reason(want).Error() {
			t.Errorf("%s: openFile: %v, want %v", name, got, want)
		}
	}
}

// TestReadPartsErrors checks what readParts, which opens a file before it
// asks its size, says of a directory, a missing file and a file it may
// not read: what a stat of the name first made it say.
func TestReadPartsErrors(t *testing.T) {
	dir := t.TempDir()
	locked := writeFile(t, dir, "locked.txt", plain)
	os.Chmod(locked, 0)
	_, lockedErr := os.Open(locked) // nil when the tests run as root
	for _, c := range []struct{ name, want string }{
		{dir, "is a directory"},
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{locked, func() string {
			if lockedErr == nil {
				return ""
			}
			return "permission denied"
		}()},
	} {
		ios, _, _ := testIO("", true)
		err := readParts(ios, c.name, &InputOptions{}, new(fileReader), func(part) error { return nil })
		if got := fmt.Sprint(err); c.want == "" && err != nil || c.want != "" && got != c.want {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

// TestCompact checks that a part compacted for keeping has the same
// claims and the same summary as before, that none of its claims' strings
// is in the text any more, and that equal strings are copied once.
func TestCompact(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/transcripts/*")
	strs := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		tr := transcript.Parse(p, text, "")
		cs := claim.NewExtractor(nil).Extract(tr)
		want := report.Summarize([]*transcript.Transcript{transcript.Parse(p, text, "")}, slices.Clone(cs), nil)
		money := func(c *claim.Claim) bool { return c.Kind == claim.Money }
		var wantMoney []claim.Claim
		for _, c := range cs {
			if money(&c) {
				wantMoney = append(wantMoney, c)
			}
		}
		wantMoney = slices.Clone(wantMoney)
		some := compact(parsed{t: transcript.Parse(p, text, ""), claims: slices.Clone(cs)}, strs, keeping{wanted: money})
		if some.t != nil || !reflect.DeepEqual(some.claims, wantMoney) || some.dropped != len(cs)-len(wantMoney) {
			t.Errorf("%s: the money claims kept: %d of %d (%d dropped), transcript %v; want %d, no transcript", p, len(some.claims), len(cs), some.dropped, some.t != nil, len(wantMoney))
		}
		kept := compact(parsed{t: tr, claims: cs}, strs, keeping{transcripts: true})
		got := report.Summarize([]*transcript.Transcript{kept.t}, kept.claims, nil)
		if !reflect.DeepEqual(got, want) || kept.dropped != 0 {
			t.Errorf("%s: the summary of the compacted part differs", p)
		}
		kept.claims = append(kept.claims, some.claims...) // their strings too must be out of the text
		start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		for _, c := range kept.claims {
			for _, s := range []string{c.File, c.Document, c.Date, c.Speaker, c.Unit, c.Metric, c.Scope, c.Period, c.Context, c.Text} {
				if at := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && at >= start && at < start+uintptr(len(text)) {
					t.Fatalf("%s: %q is still in the text", p, s)
				}
			}
			if c.Speaker != "" && unsafe.StringData(c.Speaker) != unsafe.StringData(strs[c.Speaker]) {
				t.Fatalf("%s: speaker %q copied more than once", p, c.Speaker)
			}
		}
	}
}

// TestPartsNotKept checks that nothing a run keeps or prints is still in
// the memory of a Kremlin part once the part is done: every command's
// output is the same when each part's bytes are overwritten after it, as
// the next read may do (but for its line ends), on a file of many
// documents and on a directory read by one worker and by several, the
// files read and mapped into memory.
func TestPartsNotKept(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	defer func(old int64) { mapFrom = old }(mapFrom)
	dir := t.TempDir()
	many := writeFile(t, dir, "many.txt", kremlinTestdata(t, 600<<10)) // parts read in parallel with two workers (parallelFrom)
	facts := writeFile(t, dir, "facts.csv", "metric,period,value,unit\nagreements,,900,\n")
	var cmds [][]string
	for _, in := range []string{many, "../../testdata/transcripts"} {
		for _, format := range []string{"csv", "jsonl", "json", "table", "markdown"} {
			cmds = append(cmds, []string{"stats", "--format", format, in})
		}
		cmds = append(cmds, []string{"conflicts", "--format", "csv", in}, []string{"speakers", "--format", "json", in},
			[]string{"facts", in}, []string{"check", "--facts", facts, in})
	}
	run := func(args []string) string {
		ios, out, errOut := testIO("", true)
		code := Main(args, ios)
		return fmt.Sprintf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, c := range []struct {
		procs   int
		mapFrom int64
	}{{1, mapFrom}, {2, mapFrom}, {1, 1}, {2, 1}} {
		procs := c.procs
		runtime.GOMAXPROCS(procs)
		mapFrom = c.mapFrom
		for _, args := range cmds {
			want := run(args)
			partDone = func(chunk []byte) {
				for i, c := range chunk {
					if c != '\n' { // the lines the splitter counts after
						chunk[i] = "Zq9$ "[i%5]
					}
				}
			}
			got := run(args)
			partDone = nil
			if got != want {
				t.Errorf("%d workers, files mapped from %d bytes: %v: the output changes when parts are overwritten once done:\n%.300s\n---\n%.300s", procs, c.mapFrom, args, got, want)
			}
			if !strings.HasPrefix(want, "exit 0") && !strings.HasPrefix(want, "exit 1") || len(want) < 100 {
				t.Errorf("%v: nothing read: %.300s", args, want)
			}
		}
	}
}

// TestJSONLStreamIsJSONClaims checks that `stats --format jsonl`, printed
// as the files are read, is line for line the json format's claims made
// compact, and is what the whole report prints (the path --fail-on
// takes): on every transcript of the tests one at a time, on a directory
// of them and on a Kremlin file read in parts, by one worker and by four.
func TestJSONLStreamIsJSONClaims(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	ins, _ := filepath.Glob("../../testdata/transcripts/*.txt")
	ins = append(ins, "../../testdata/transcripts", writeFile(t, t.TempDir(), "many.txt", kremlinTestdata(t, 600<<10)))
	stdout := func(args ...string) string {
		t.Helper()
		ios, out, errOut := testIO("", true)
		if code := Main(args, ios); code > ExitFound {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out.String()
	}
	for _, procs := range []int{1, 4} {
		runtime.GOMAXPROCS(procs)
		for _, in := range ins {
			var whole struct{ Claims []json.RawMessage }
			if err := json.Unmarshal([]byte(stdout("stats", "--format", "json", in)), &whole); err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			var want strings.Builder
			for _, c := range whole.Claims {
				var line bytes.Buffer
				if err := json.Compact(&line, c); err != nil {
					t.Fatal(err)
				}
				want.Write(append(line.Bytes(), '\n'))
			}
			if len(whole.Claims) == 0 {
				t.Errorf("%s: no claims", in)
			}
			if got := stdout("stats", "--format", "jsonl", in); got != want.String() {
				t.Errorf("%d workers, %s: jsonl is not the json format's claims:\n%.600s\n---\n%.600s", procs, in, got, want.String())
			}
			if got := stdout("stats", "--format", "jsonl", "--fail-on", "any", in); got != want.String() {
				t.Errorf("%d workers, %s: jsonl of the whole report is not the json format's claims", procs, in)
			}
		}
	}
}
