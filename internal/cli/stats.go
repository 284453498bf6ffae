package cli

import (
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/report"
)

// ReportOptions are the options of the commands that report on transcripts
// (stats and conflicts).
type ReportOptions struct {
	IO        IO
	Input     InputOptions
	Format    string
	Tolerance string
	FailOn    []string // classes of inconsistencies that make the exit code 1
}

// NewCmdStats returns the stats command. runF replaces its run in tests.
func NewCmdStats(ios IO, runF func(*ReportOptions) error) *cobra.Command {
	return newReportCmd(ios, runF, report.Writer.Stats, &cobra.Command{
		Use:   "stats [FILE...]",
		Short: "Tabulate each speaker's numeric claims and the inconsistencies among them",
		Long: `stats reads transcripts (FILE, or standard input for - or no FILE) and prints
each document's title and date, a table of speakers (turns, words, claims by
kind), each speaker's claims with their normalised values, and the
inconsistencies between figures.

With --format csv it prints one row per claim, for spreadsheets and scripts,
and with --format jsonl one JSON object per claim a line (the objects of the
json format's "claims"), for jq and the like; both are printed as the files
are read, in the order of the files.`,
		Example: `  transcripts stats speech.txt
  transcripts stats --format csv speech.txt > claims.csv
  transcripts stats --format jsonl archive/ | jq -r 'select(.kind == "money") | .text'
  cat speech.txt | transcripts stats --format json -`,
	})
}

// NewCmdConflicts returns the conflicts command. runF replaces its run in
// tests.
func NewCmdConflicts(ios IO, runF func(*ReportOptions) error) *cobra.Command {
	return newReportCmd(ios, runF, report.Writer.Conflicts, &cobra.Command{
		Use:   "conflicts [FILE...]",
		Short: "List the figures that disagree, within a speaker or between speakers",
		Long: `conflicts reads transcripts and lists each pair of actual claims about the
same metric (or related metrics), unit, compatible scope and overlapping
period whose figures disagree beyond their rounding, hedges and the
tolerance. Classes: contradiction, period_mismatch, possible, self.`,
		Example: `  transcripts conflicts speech.txt
  transcripts conflicts --tolerance 2% --format csv a.txt b.txt`,
	})
}

// newReportCmd completes cmd with the flags and the run of a reporting
// command that prints with write, a method of report.Writer.
func newReportCmd(ios IO, runF func(*ReportOptions) error, write func(report.Writer, *report.Report) error, cmd *cobra.Command) *cobra.Command {
	opts := &ReportOptions{IO: ios}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.Input.Files = args
		if runF != nil {
			return runF(opts)
		}
		return reportRun(cmd.Name(), opts, write)
	}
	addInputFlags(cmd, &opts.Input)
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVar(&opts.Tolerance, "tolerance", "5%", "how far hedged figures may stretch (`PERCENT`)")
	addFailOnFlag(cmd, &opts.FailOn)
	return cmd
}
