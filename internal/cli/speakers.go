package cli

import (
	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/report"
)

// SpeakersOptions are the options of `transcripts speakers`.
type SpeakersOptions struct {
	IO     IO
	Input  InputOptions
	Format string
}

// NewCmdSpeakers returns the speakers command. runF replaces its run in
// tests.
func NewCmdSpeakers(ios IO, runF func(*SpeakersOptions) error) *cobra.Command {
	opts := &SpeakersOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "speakers [FILE...]",
		Short: "List each speaker with the label forms seen, turns and words",
		Long: `speakers lists the people the transcripts were split into: each speaker's
canonical name, every label form taken for them (President of Russia Vladimir
Putin, Vladimir Putin), their offices, turns, words and claims. Use it to
check the attribution before trusting the figures.`,
		Example: `  transcripts speakers speech.txt
  transcripts speakers --format csv transcripts/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Input.Files = args
			if runF != nil {
				return runF(opts)
			}
			return speakersRun(opts)
		},
	}
	addInputFlags(cmd, &opts.Input)
	addFormatFlag(cmd, &opts.Format)
	return cmd
}

func speakersRun(opts *SpeakersOptions) error {
	switch opts.Format {
	case "table", "csv", "json", "jsonl", "markdown", "md":
	default:
		return usageError("unknown format %q for speakers (want one of table, csv, json, jsonl, markdown)", opts.Format)
	}
	in, err := readCounts(opts.IO, &opts.Input)
	if err != nil {
		return err
	}
	if err := report.WriteSpeakers(opts.Format, opts.IO.Out, report.SummarizeCounts(in.transcripts, in.counts)); err != nil {
		return writeError(err)
	}
	if in.failed {
		return silentError{ExitTrouble}
	}
	return nil
}
