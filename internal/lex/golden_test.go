package lex

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/golden"
)

// TestGoldenSeed pins the tokens of the seed's first 60 lines.
func TestGoldenSeed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	text := strings.Join(lines[:60], "")
	var b strings.Builder
	for _, tk := range Lex(text) {
		fmt.Fprintf(&b, "%d\t%s\t%s\n", tk.Pos, tk.Kind, tk.Text)
	}
	golden.Check(t, "seed.tokens.golden", []byte(b.String()))
}
