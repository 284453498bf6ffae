package lex

import (
	"os"
	"testing"
)

func BenchmarkLex(b *testing.B) {
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		b.Fatal(err)
	}
	input := string(data)
	var toks []Token
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		toks = Append(toks[:0], input)
	}
	b.ReportMetric(float64(len(toks)), "tokens/op")
}
