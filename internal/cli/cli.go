// Package cli implements the transcripts commands: it parses flags with
// cobra, reads the input files, runs the parser, the extractor and the
// comparison, and hands the result to a report writer.
//
// Every command has an Options struct, a NewCmdX constructor and an xRun
// function that writes only to the injected IO, in the manner of cli/cli.
// Errors carry their exit code (ExitCode() int); Main prints each error once.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	ExitOK      = 0 // success
	ExitFound   = 1 // a check found something
	ExitTrouble = 2 // bad usage or unreadable input
)

// IO is where a command reads and writes.
type IO struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// StdinIsTerminal reports whether In is an interactive terminal, in
	// which case a command given no files does not wait on it.
	StdinIsTerminal bool
}

// System returns the process's standard streams.
func System() IO {
	tty := false
	if fi, err := os.Stdin.Stat(); err == nil {
		tty = fi.Mode()&os.ModeCharDevice != 0
	}
	return IO{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, StdinIsTerminal: tty}
}

// exitError is an error with an exit code.
type exitError struct {
	code int
	err  error
}

// Error returns the message of the wrapped error.
func (e *exitError) Error() string { return e.err.Error() }

// Unwrap returns the wrapped error.
func (e *exitError) Unwrap() error { return e.err }

// ExitCode returns the process exit code the error asks for.
func (e *exitError) ExitCode() int { return e.code }

// usageError marks a mistake in the command line.
func usageError(format string, a ...any) error {
	return &exitError{ExitTrouble, fmt.Errorf(format, a...)}
}

// silentError is returned when the messages were already printed.
type silentError struct{ code int }

// Error is empty: the messages were printed already.
func (e silentError) Error() string { return "" }

// ExitCode returns the exit code the run ends with.
func (e silentError) ExitCode() int { return e.code }

// Main runs the command line args and returns the exit code.
func Main(args []string, ios IO) int {
	root := NewCmdRoot(ios)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var s silentError
	if errors.As(err, &s) {
		return s.code
	}
	fmt.Fprintf(ios.ErrOut, "transcripts: %v\n", err)
	var coded interface{ ExitCode() int }
	if errors.As(err, &coded) {
		return coded.ExitCode()
	}
	return ExitTrouble // cobra's own errors: unknown command or flag
}

// NewCmdRoot returns the root command with every subcommand.
func NewCmdRoot(ios IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "transcripts",
		Short: "Find, normalise and compare the numeric claims in speech transcripts",
		Long: `transcripts reads speech transcripts, finds every numeric claim each speaker
makes (money, percentages, counts, multipliers, fractions), normalises it
exactly, tabulates the claims per speaker and flags where figures disagree.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetIn(ios.In)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError("%v (see '%s --help')", err, cmd.CommandPath())
	})
	root.AddCommand(NewCmdStats(ios, nil), NewCmdConflicts(ios, nil), NewCmdSpeakers(ios, nil))
	root.AddCommand(NewCmdCheck(ios, nil), NewCmdFacts(ios, nil))
	root.AddCommand(NewCmdNumbers(ios, nil))
	root.CompletionOptions.DisableDefaultCmd = true
	return root
}
