package transcripts_test

import (
	"bytes"
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
