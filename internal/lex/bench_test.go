package lex

import (
	"testing"

	"github.com/transcripts/transcripts/internal/benchinput"
)

// BenchmarkLex lexes the benchmarks' input (benchinput: the corpus's
// Kremlin transcripts to 50 MB), every byte of it, a transcript at a time
// into one reused slice of tokens. (The tool lexes only the sentences
// that hold a hint of a claim; this is the lexer's own speed.)
func BenchmarkLex(b *testing.B) {
	texts, copies, size := benchinput.Kremlin(b)
	var toks []Token
	tokens := 0
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		tokens = 0
		for range copies {
			for _, text := range texts {
				toks = Append(toks[:0], text)
				tokens += len(toks)
			}
		}
	}
	b.ReportMetric(float64(tokens), "tokens/op")
}
