package transcripts_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/cli"
)

// The benchmarks' transcripts: every en.kremlin.ru transcript of
// ../shared/corpus/kremlin/, copied into testdata/kremlin/ (the input
// issue 6 names), and the denser in figures the tests read, the Kremlin
// ones of testdata/transcripts/ (talks on trade, most of them: 40% more
// claims a megabyte), the input of the figures before the eighteenth stop.
const (
	benchGlob = "testdata/kremlin/*.txt"
	denseGlob = "testdata/transcripts/*.txt"
)

// kremlinFiles returns the paths and texts of the files of glob that are
// in the Kremlin layout (they start with "Events").
func kremlinFiles(b *testing.B, glob string) (paths []string, texts [][]byte) {
	b.Helper()
	all, _ := filepath.Glob(glob)
	for _, p := range all {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if bytes.HasPrefix(data, []byte("Events")) {
			paths, texts = append(paths, p), append(texts, data)
		}
	}
	if len(paths) == 0 {
		b.Fatalf("no Kremlin transcript in %s", glob)
	}
	return paths, texts
}

// benchInput writes a Kremlin-layout file of at least size bytes, the
// Kremlin transcripts of glob one after another (each ending with a line
// feed) repeated, and returns its path.
func benchInput(b *testing.B, glob string, size int) string {
	b.Helper()
	_, texts := kremlinFiles(b, glob)
	var one bytes.Buffer
	for _, data := range texts {
		one.Write(data)
		one.WriteString("\n")
	}
	path := filepath.Join(b.TempDir(), "kremlin.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	for n := 0; n < size; n += one.Len() {
		f.Write(one.Bytes())
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkStatsCSV is the whole `transcripts stats --format csv` path on
// at least 50 MB of Kremlin transcripts (benchGlob's).
func BenchmarkStatsCSV(b *testing.B) { benchStats(b, benchGlob, "csv") }

// BenchmarkStatsCSVDense is BenchmarkStatsCSV on the transcripts denser
// in figures (denseGlob's).
func BenchmarkStatsCSVDense(b *testing.B) { benchStats(b, denseGlob, "csv") }

// BenchmarkStatsJSONL is BenchmarkStatsCSV with the claims printed as
// JSON Lines (`--format jsonl`), which stream as the CSV does.
func BenchmarkStatsJSONL(b *testing.B) { benchStats(b, benchGlob, "jsonl") }

// benchStats is `transcripts stats --format FORMAT` on at least 50 MB of
// the Kremlin transcripts of glob.
func benchStats(b *testing.B, glob, format string) {
	path := benchInput(b, glob, 50<<20)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	cli.TuneGC() // as the command does
	for b.Loop() {
		var errOut strings.Builder
		if code := cli.Main([]string{"stats", "--format", format, path}, cli.IO{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut, StdinIsTerminal: true}); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}

// BenchmarkStatsCSVFiles is `transcripts stats --format csv DIR` on a
// directory of at least 50 MB of Kremlin transcripts (benchGlob's), one
// file each (some 2,300 files), with the workers GOMAXPROCS allows.
func BenchmarkStatsCSVFiles(b *testing.B) {
	paths, texts := kremlinFiles(b, benchGlob)
	dir := b.TempDir()
	size := 0
	for i := 0; size < 50<<20; i++ {
		for k, p := range paths {
			data := texts[k]
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d-%s", i, filepath.Base(p))), data, 0o644); err != nil {
				b.Fatal(err)
			}
			size += len(data)
		}
	}
	b.SetBytes(int64(size))
	cli.TuneGC()
	for b.Loop() {
		var errOut strings.Builder
		if code := cli.Main([]string{"stats", "--format", "csv", dir}, cli.IO{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut, StdinIsTerminal: true}); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}
