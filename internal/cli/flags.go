package cli

import (
	"errors"
	"fmt"
	"strings"
	"syscall"

	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/report"
)

// addInputFlags adds the flags that choose how transcripts are read.
func addInputFlags(cmd *cobra.Command, o *InputOptions) {
	cmd.Flags().StringVar(&o.Layout, "layout", "auto", "transcript `layout`: "+strings.Join(layouts, ", "))
	cmd.Flags().StringVar(&o.Lexicon, "lexicon", "", "`FILE` of extra metric synonyms (lines `metric: synonym, ...`)")
	cmd.Flags().BoolVar(&o.Text, "text", false, "read files with NUL bytes as text instead of skipping them")
	cmd.Flags().StringVar(&o.Glob, "glob", "*.txt,*.md", "file names read from directories (comma-separated `PATTERNS`)")
}

// addFormatFlag adds --format.
func addFormatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVarP(format, "format", "f", "table", "output `format`: "+strings.Join(report.Formats, ", ")+" (github and sarif: check and conflicts only)")
}

// parseTolerance checks --tolerance.
func parseTolerance(s string) (decimal.Decimal, error) {
	t, err := compare.ParseTolerance(s)
	if err != nil {
		return t, usageError("%v", err)
	}
	return t, nil
}

// writeError turns a failure to write the output into an exit: quiet for a
// closed pipe (the reader has seen enough), one line otherwise.
func writeError(err error) error {
	if errors.Is(err, syscall.EPIPE) {
		return silentError{ExitOK}
	}
	return &exitError{ExitTrouble, fmt.Errorf("writing output: %v", err)}
}
