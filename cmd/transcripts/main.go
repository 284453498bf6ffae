// Command transcripts finds the numeric claims in speech transcripts,
// tabulates them per speaker and flags where speakers' figures disagree.
// See README.md, or run `transcripts help`.
package main

import (
	"os"

	"github.com/transcripts/transcripts/internal/cli"
)

func main() {
	cli.TuneGC()
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
