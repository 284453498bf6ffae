package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/facts"
	"github.com/transcripts/transcripts/internal/report"
)

// CheckOptions are the options of the check command.
type CheckOptions struct {
	IO        IO
	Input     InputOptions
	Facts     []string // the fact tables (--facts, repeatable)
	Format    string
	Tolerance string
}

// NewCmdCheck returns the check command. runF replaces its run in tests.
func NewCmdCheck(ios IO, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "check --facts FACTS.csv [FILE...]",
		Short: "Check each claim against a fact table; exit 1 when any disagrees",
		Long: `check reads a fact table (CSV: metric,period,value,unit and optionally
scope,qualifier,tolerance,source) and transcripts (FILE, or standard input for -
or no FILE), and compares every actual claim with the facts of the same metric
and unit, a compatible scope and an overlapping period. Each claim whose figure
disagrees is printed as

  FILE:LINE: SPEAKER said "FIGURE" (METRIC, PERIOD); fact table says FIGURE (SOURCE); difference ...

Exit status: 0 when every claim agrees, 1 when any disagrees, 2 when the check
could not run (bad usage, a fact table or a transcript that cannot be read).
--format github prints GitHub Actions annotations, --format sarif a SARIF 2.1.0
log for code scanning.`,
		Example: `  transcripts check --facts facts.csv speech.txt
  transcripts check --facts trade.csv --facts budget.csv --format github speeches/*.txt
  transcripts facts speech.txt > facts.csv   # a starting table to review`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input.Files = args
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Facts, "facts", nil, "fact table `FILE` (CSV); give it again for more tables")
	addInputFlags(cmd, &opts.Input)
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVar(&opts.Tolerance, "tolerance", "5%", "how far hedged figures, and facts without a tolerance of their own, may stretch (`PERCENT`)")
	return cmd
}

// checkRun checks the flags, reads the fact tables, then the transcripts,
// and reports each claim that disagrees with a fact.
func checkRun(o *CheckOptions) error {
	w, err := report.New(o.Format, o.IO.Out)
	if err != nil {
		return usageError("%v", err)
	}
	t, err := parseTolerance(o.Tolerance)
	if err != nil {
		return err
	}
	if len(o.Facts) == 0 {
		return usageError("no fact table: give --facts FILE, a CSV with the columns %s", strings.Join(facts.Columns[:4], ","))
	}
	table, err := readFactTables(o.IO, o.Facts)
	if err != nil {
		return err
	}
	inp, err := readClaims(o.IO, &o.Input, compare.Checkable(table))
	if err != nil {
		return err
	}
	ds, checked := compare.Check(inp.claims, table, compare.Options{Tolerance: t})
	r := &report.CheckReport{Facts: len(table), Claims: len(inp.claims) + inp.dropped, Checked: checked, Disagreements: ds}
	if err := w.Check(r); err != nil {
		return writeError(err)
	}
	switch {
	case inp.failed:
		return silentError{ExitTrouble}
	case len(ds) > 0:
		return silentError{ExitFound}
	}
	return nil
}

// readFactTables reads the fact tables called names. A table without a
// fact is not an error, but is noted on ios.ErrOut.
func readFactTables(ios IO, names []string) ([]compare.Fact, error) {
	var tables [][]compare.Fact
	for _, name := range names {
		fs, err := readFactTable(name)
		if err != nil {
			return nil, &exitError{ExitTrouble, err}
		}
		if len(fs) == 0 {
			fmt.Fprintf(ios.ErrOut, "transcripts: note: no facts in %s\n", name)
		}
		tables = append(tables, fs)
	}
	all, err := facts.Join(tables...)
	if err != nil {
		return nil, &exitError{ExitTrouble, err}
	}
	return all, nil
}

// readFactTable reads the fact table in the file called name.
func readFactTable(name string) ([]compare.Fact, error) {
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: %v", name, errors.New("is a directory"))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, reason(err))
	}
	defer f.Close()
	return facts.Read(f, name)
}
