package cli

import (
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/report"
)

// StatsOptions are the options of `transcripts stats`.
type StatsOptions struct {
	IO        IO
	Input     InputOptions
	Format    string
	Tolerance string
}

// NewCmdStats returns the stats command. runF replaces statsRun in tests.
func NewCmdStats(ios IO, runF func(*StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "stats [FILE...]",
		Short: "Tabulate each speaker's numeric claims and the inconsistencies among them",
		Long: `stats reads transcripts (FILE, or standard input for - or no FILE) and prints
each document's title and date, a table of speakers (turns, words, claims by
kind), each speaker's claims with their normalised values, and the
inconsistencies between figures.

With --format csv it prints one row per claim, for spreadsheets and scripts.`,
		Example: `  transcripts stats speech.txt
  transcripts stats --format csv speech.txt > claims.csv
  cat speech.txt | transcripts stats --format json -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input.Files = args
			if runF != nil {
				return runF(opts)
			}
			return statsRun(opts)
		},
	}
	addInputFlags(cmd, &opts.Input)
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVar(&opts.Tolerance, "tolerance", "5%", "how far hedged figures may stretch (`PERCENT`)")
	return cmd
}

func statsRun(opts *StatsOptions) error {
	return runReport(opts.IO, &opts.Input, opts.Format, opts.Tolerance, report.Writer.Stats)
}
