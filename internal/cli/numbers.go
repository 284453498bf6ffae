package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/transcript"
)

// NumbersOptions are the options of `transcripts numbers`.
type NumbersOptions struct {
	IO     IO
	File   string // "" when none was given
	Format string // table, csv or jsonl
	Layout string // auto, kremlin, whitehouse, hansard, plain
	Text   bool   // read a file with NUL bytes as text
}

// NewCmdNumbers returns the numbers command. runF replaces its run in
// tests.
func NewCmdNumbers(ios IO, runF func(*NumbersOptions) error) *cobra.Command {
	opts := &NumbersOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "numbers [FILE|-]",
		Short: "List every number in a text, and whether it became a claim or why not",
		Long: `numbers lists every numeric mention the tool sees in a text, transcript or
not: its byte offsets, line, exact text, kind (number, money, percent,
multiplier, fraction, ordinal, year, date, time, duration), exact value, unit,
qualifier, whether it is vague ("dozens"), whether it became a claim, and if
not, why (date, ordinal used as a name, period words, idiom, narration,
metadata ...). Use it to find out why a figure is missing from stats. Figures
outside speaker turns, and all of a text with no speaker labels, are
narration: never claims.

It reads FILE, or standard input for - or no FILE.`,
		Example: `  transcripts numbers speech.txt
  transcripts numbers --format jsonl speech.txt | jq 'select(.claim | not)'
  echo 'ALICE: Trade grew 9 percent to $25.6 billion.' | transcripts numbers --format csv`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return numbersRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output `format`: "+strings.Join(report.NumberFormats, ", "))
	cmd.Flags().StringVar(&opts.Layout, "layout", "auto", "transcript `layout`: "+strings.Join(layouts, ", "))
	cmd.Flags().BoolVar(&opts.Text, "text", false, "read a file with NUL bytes as text instead of refusing it")
	return cmd
}

func numbersRun(opts *NumbersOptions) error {
	switch opts.Format {
	case "table", "csv", "jsonl":
	default:
		return usageError("unknown format %q for numbers (want one of %s)", opts.Format, strings.Join(report.NumberFormats, ", "))
	}
	in := InputOptions{Layout: opts.Layout, Text: opts.Text}
	if err := in.validate(); err != nil {
		return err
	}
	name := opts.File
	if name == "" {
		if opts.IO.StdinIsTerminal {
			return usageError("no input: give a FILE, or - to read standard input")
		}
		name = "-"
	}
	if opts.Format != "table" {
		return streamNumbers(opts, name, &in)
	}
	text, err := readFile(opts.IO, name, opts.Text)
	if err != nil {
		return &exitError{ExitTrouble, fmt.Errorf("%s: %v", name, err)}
	}
	t := transcript.Parse(displayName(name), text, transcript.Layout(opts.Layout))
	found := claim.NewExtractor(nil).Mentions(t)
	if err := report.WriteNumbers(opts.Format, opts.IO.Out, found); err != nil {
		return writeError(err)
	}
	return nil
}

// streamNumbers is numbers in csv or jsonl: the file is read a part at a
// time (a Kremlin file document by document, as stats reads it: see
// readParts), each part's mentions written and forgotten, their offsets
// and lines those of the file, so that memory stays flat on a file of any
// size; the table, whose columns fit its widest cells, needs them all.
func streamNumbers(opts *NumbersOptions, name string, in *InputOptions) error {
	rows := report.NewNumberRows(opts.Format, opts.IO.Out)
	ps, ex := new(transcript.Parser), claim.NewExtractor(nil)
	var writeErr error
	err := readParts(opts.IO, name, in, new(fileReader), func(p part) error {
		t := ps.Parse(displayName(name), p.text, transcript.Layout(opts.Layout))
		found := ex.Mentions(t)
		for i := range found {
			f := &found[i]
			f.Pos, f.End, f.Line = f.Pos+p.pos, f.End+p.pos, f.Line+p.line
		}
		writeErr = rows.Write(found)
		ps.Release(t) // its mentions are written
		return writeErr
	})
	switch {
	case writeErr != nil:
		return writeError(writeErr)
	case err != nil:
		return &exitError{ExitTrouble, fmt.Errorf("%s: %v", name, err)}
	}
	if err := rows.Flush(); err != nil {
		return writeError(err)
	}
	return nil
}
