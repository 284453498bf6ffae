package lex_test

import (
	"fmt"

	"github.com/transcripts/transcripts/internal/lex"
)

func ExampleLex() {
	for _, t := range lex.Lex("almost $24.5 billion") {
		fmt.Println(t.Pos, t.Kind, t.Text)
	}
	// Output:
	// 0 Word almost
	// 7 Currency $
	// 8 Number 24.5
	// 13 Scale billion
}
