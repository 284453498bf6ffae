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

// benchInput writes a Kremlin-layout file of at least size bytes, the
// Kremlin transcripts of testdata/transcripts repeated, and returns its
// path.
func benchInput(b *testing.B, size int) string {
	b.Helper()
	paths, _ := filepath.Glob("testdata/transcripts/*.txt")
	var one bytes.Buffer
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if bytes.HasPrefix(data, []byte("Events")) {
			one.Write(data)
			one.WriteString("\n")
		}
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
// at least 50 MB of Kremlin transcripts.
func BenchmarkStatsCSV(b *testing.B) {
	path := benchInput(b, 50<<20)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	cli.TuneGC() // as the command does
	for b.Loop() {
		var errOut strings.Builder
		if code := cli.Main([]string{"stats", "--format", "csv", path}, cli.IO{In: strings.NewReader(""), Out: io.Discard, ErrOut: &errOut, StdinIsTerminal: true}); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}

// BenchmarkStatsCSVFiles is `transcripts stats --format csv DIR` on a
// directory of at least 50 MB of Kremlin transcripts, one file each (some
// 3,500 files), with the workers GOMAXPROCS allows.
func BenchmarkStatsCSVFiles(b *testing.B) {
	paths, _ := filepath.Glob("testdata/transcripts/*.txt")
	dir := b.TempDir()
	size := 0
	for i := 0; size < 50<<20; i++ {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte("Events")) {
				continue
			}
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
