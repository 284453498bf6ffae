// Package benchinput gives the benchmarks their input, the one issue 6
// names: the Kremlin transcripts of the repository's testdata/kremlin/ (the
// transcripts of ../shared/corpus/kremlin/, copied with their attribution)
// read over and over to at least Size bytes. Only tests import it.
package benchinput

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Size is the least number of bytes a benchmark's operation reads.
const Size = 50 << 20

// Kremlin returns the texts of the Kremlin transcripts of testdata/kremlin/
// (the files that start with "Events"), in the order of their names, and
// how many times a benchmark reads them all to read at least Size bytes,
// and the bytes that is (for b.SetBytes). It finds testdata/kremlin/ in
// the module's root, the first directory up from the test's own that holds
// go.mod.
func Kremlin(tb testing.TB) (texts []string, copies int, size int64) {
	tb.Helper()
	root, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			tb.Fatal("benchinput: no go.mod above the test's directory")
		}
		root = parent
	}
	paths, err := filepath.Glob(filepath.Join(root, "testdata", "kremlin", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	slices.Sort(paths)
	var one int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if strings.HasPrefix(string(data), "Events") {
			texts = append(texts, string(data))
			one += int64(len(data))
		}
	}
	if len(texts) == 0 {
		tb.Fatalf("benchinput: no Kremlin transcript in %s", filepath.Join(root, "testdata", "kremlin"))
	}
	copies = int((Size + one - 1) / one)
	return texts, copies, int64(copies) * one
}
