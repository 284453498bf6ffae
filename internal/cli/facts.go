package cli

import (
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/facts"
)

// FactsOptions are the options of the facts command.
type FactsOptions struct {
	IO    IO
	Input InputOptions
}

// NewCmdFacts returns the facts command. runF replaces its run in tests.
func NewCmdFacts(ios IO, runF func(*FactsOptions) error) *cobra.Command {
	opts := &FactsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "facts [FILE...]",
		Short: "Write a starting fact table from the transcripts' claims",
		Long: `facts reads transcripts and writes a fact table (CSV, the format check
--facts reads) with one row per metric, scope, period and unit that an actual
claim states: its figure, qualifier and the claim's FILE:LINE as the source.
Where claims disagree, the row holds the first one in reading order; check
then reports the others. Review the rows (fill in periods, fix figures, name
the sources) before committing the table.`,
		Example: `  transcripts facts speech.txt > facts.csv
  transcripts check --facts facts.csv speech.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input.Files = args
			if runF != nil {
				return runF(opts)
			}
			return factsRun(opts)
		},
	}
	addInputFlags(cmd, &opts.Input)
	return cmd
}

// factsRun reads the transcripts and writes the fact table of their
// claims.
func factsRun(o *FactsOptions) error {
	inp, err := readClaims(o.IO, &o.Input, facts.States)
	if err != nil {
		return err
	}
	if err := facts.Write(o.IO.Out, facts.FromClaims(inp.claims)); err != nil {
		return writeError(err)
	}
	if inp.failed {
		return silentError{ExitTrouble}
	}
	return nil
}
