package cli

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// mapOnLinux skips the test where files are not mapped.
func mapOnLinux(t *testing.T) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("files are mapped on Linux only")
	}
}

// withMapFrom runs f with mapFrom set to from.
func withMapFrom(from int64, f func()) {
	defer func(old int64) { mapFrom = old }(mapFrom)
	mapFrom = from
	f()
}

// TestReadPartsMapped checks that a Kremlin file mapped into memory is
// handed on in the same parts, at the same offsets and lines, as the same
// file read: one of many documents, one whose documents are not all
// UTF-8 (decoded one by one, with a warning), and a small one mapped
// (mapFrom lowered) and not (mapFrom as it is).
func TestReadPartsMapped(t *testing.T) {
	mapOnLinux(t)
	dir := t.TempDir()
	big := kremlinTestdata(t, 3<<20)
	i := strings.Index(big[1<<20:], "Events\n") + 1<<20
	files := map[string]string{
		"big.txt":    big,
		"latin1.txt": big[:i] + "Events\nCaf\xe9 trade grew 5 percent.\n" + big[i:],
		"small.txt":  kremlinTestdata(t, 1),
	}
	for name, text := range files {
		path := writeFile(t, dir, name, text)
		read := func(from int64) (parts []string, warnings string, fr *fileReader) {
			fr = new(fileReader)
			withMapFrom(from, func() {
				ios, _, errOut := testIO("", true)
				err := readParts(ios, path, &InputOptions{}, fr, func(p part) error {
					parts = append(parts, fmt.Sprintf("%d:%d:%s", p.pos, p.line, p.text))
					return nil
				})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				warnings = errOut.String()
			})
			return parts, warnings, fr
		}
		want, wantWarn, readFr := read(math.MaxInt64)
		got, gotWarn, mapFr := read(1)
		if !slices.Equal(got, want) || gotWarn != wantWarn {
			t.Errorf("%s: %d parts mapped (warnings %q), %d read (%q), or they differ", name, len(got), gotWarn, len(want), wantWarn)
		}
		if cap(mapFr.buf) != 0 || cap(readFr.buf) == 0 {
			t.Errorf("%s: mapped, the read buffer has %d bytes; read, %d", name, cap(mapFr.buf), cap(readFr.buf))
		}
		if len(want) < 2 {
			t.Errorf("%s: %d parts", name, len(want))
		}
	}
}

// TestMappedRelease checks that the pages of a mapped file are given back
// as it is read: before each part, never a page of it, and at the end all
// but the last releaseEvery bytes and the last parts.
func TestMappedRelease(t *testing.T) {
	mapOnLinux(t)
	path := writeFile(t, t.TempDir(), "big.txt", kremlinTestdata(t, 3*releaseEvery))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	m := mapFile(f, fi.Size())
	if m == nil {
		t.Fatal("not mapped")
	}
	defer m.close()
	var releases []int
	err = splitMapped(m, maxPart, docGroup, func(chunk []byte, pos, line int) error {
		if m.released > pos {
			t.Fatalf("the part at %d is given back up to %d", pos, m.released)
		}
		if len(releases) == 0 || releases[len(releases)-1] != m.released {
			releases = append(releases, m.released)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if last := releases[len(releases)-1]; len(releases) < 3 || int(fi.Size())-last > releaseEvery+2*docGroup {
		t.Errorf("given back up to %v of %d bytes", releases, fi.Size())
	}
}

// TestMappedFileCutShort checks that a mapped file cut short while it is
// read is an error, as a read that meets the file's end early is: the
// pages past the new end fault when they are read, by the part's reader
// or by the splitter, and the run stops with exit 2 and one line naming
// the file, with one worker and with two.
func TestMappedFileCutShort(t *testing.T) {
	mapOnLinux(t)
	dir := t.TempDir()
	text := kremlinTestdata(t, 3<<20)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2} {
		path := writeFile(t, dir, "big.txt", text)
		n := 0
		ios, _, _ := testIO("", true)
		err := readParts(ios, path, &InputOptions{}, new(fileReader), func(p part) error {
			n++
			if n == 2 {
				os.Truncate(path, 0)
			}
			_ = strings.Count(p.text, "percent") // as the parser reads it
			return nil
		})
		if !errors.Is(err, errShrank) || n != 2 {
			t.Errorf("after %d parts: %v, want %v", n, err, errShrank)
		}

		path = writeFile(t, dir, "big.txt", text)
		partDone = func([]byte) {
			partDone = nil
			os.Truncate(path, 1<<20)
		}
		runtime.GOMAXPROCS(procs)
		ios, out, errOut := testIO("", true)
		code := Main([]string{"stats", "--format", "csv", path}, ios)
		partDone = nil
		if want := "transcripts: " + path + ": " + errShrank.Error() + "\n"; code != 2 || errOut.String() != want || out.Len() == 0 {
			t.Errorf("%d workers: exit %d, %q (%d bytes out), want exit 2, %q", procs, code, errOut, out.Len(), want)
		}
	}
}
