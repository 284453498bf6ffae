package cli

import (
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/report"
)

// ConflictsOptions are the options of `transcripts conflicts`.
type ConflictsOptions struct {
	IO        IO
	Input     InputOptions
	Format    string
	Tolerance string
}

// NewCmdConflicts returns the conflicts command. runF replaces
// conflictsRun in tests.
func NewCmdConflicts(ios IO, runF func(*ConflictsOptions) error) *cobra.Command {
	opts := &ConflictsOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "conflicts [FILE...]",
		Short: "List the figures that disagree, within a speaker or between speakers",
		Long: `conflicts reads transcripts and lists each pair of actual claims about the
same metric (or related metrics), unit, compatible scope and overlapping
period whose figures disagree beyond their rounding, hedges and the
tolerance. Classes: contradiction, period_mismatch, possible, self.`,
		Example: `  transcripts conflicts speech.txt
  transcripts conflicts --tolerance 2% --format csv a.txt b.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input.Files = args
			if runF != nil {
				return runF(opts)
			}
			return conflictsRun(opts)
		},
	}
	addInputFlags(cmd, &opts.Input)
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVar(&opts.Tolerance, "tolerance", "5%", "how far hedged figures may stretch (`PERCENT`)")
	return cmd
}

func conflictsRun(opts *ConflictsOptions) error {
	return runReport(opts.IO, &opts.Input, opts.Format, opts.Tolerance, report.Writer.Conflicts)
}
