package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/report"
)

// addFailOnFlag adds --fail-on.
func addFailOnFlag(cmd *cobra.Command, failOn *[]string) {
	cmd.Flags().StringSliceVar(failOn, "fail-on", []string{"none"},
		"exit 1 when an inconsistency of a `CLASS` is found: "+strings.Join(failOnNames(), ", ")+" (comma-separated or repeated)")
}

// failOnNames are the values --fail-on takes.
func failOnNames() []string {
	names := []string{}
	for _, c := range compare.Classes {
		names = append(names, string(c))
	}
	return append(names, "any", "none")
}

// parseFailOn reads the values of --fail-on: classes, "any" (every class)
// or "none".
func parseFailOn(values []string) ([]compare.Class, error) {
	var out []compare.Class
	none := false
	for _, v := range values {
		name := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(v)), "-", "_")
		switch {
		case name == "none":
			none = true
			continue
		case name == "any":
			out = append(out, compare.Classes...)
			continue
		}
		i := slices.IndexFunc(compare.Classes, func(c compare.Class) bool { return string(c) == name })
		if i < 0 {
			return nil, usageError("unknown class %q for --fail-on (want %s)", v, strings.Join(failOnNames(), ", "))
		}
		out = append(out, compare.Classes[i])
	}
	if none && len(out) > 0 {
		return nil, usageError("--fail-on none cannot be combined with classes")
	}
	return out, nil
}

// reportRun is the run of the reporting command called name (stats or
// conflicts): runReport, once the format suits the command, with the
// classes of --fail-on marked in the report; exit 1 when an inconsistency
// of one of them was found. An unreadable file (exit 2) wins over a
// finding.
func reportRun(name string, opts *ReportOptions, write func(report.Writer, *report.Report) error) error {
	if name == "stats" && slices.Contains(report.CIFormats, opts.Format) {
		return usageError("format %q is for check and conflicts; stats prints table, csv, json, jsonl or markdown", opts.Format)
	}
	classes, err := parseFailOn(opts.FailOn)
	if err != nil {
		return err
	}
	found := false
	rows := claimRows[opts.Format]
	needConflicts := name != "stats" || rows == nil || len(classes) > 0
	if !needConflicts {
		if _, err := parseTolerance(opts.Tolerance); err != nil {
			return err
		}
		return streamClaims(opts.IO, &opts.Input, rows)
	}
	err = runReport(opts.IO, &opts.Input, opts.Format, opts.Tolerance, name == "conflicts", func(w report.Writer, r *report.Report) error {
		r.FailOn = classes
		for _, cf := range r.Conflicts {
			found = found || slices.Contains(classes, cf.Class)
		}
		return write(w, r)
	})
	if err != nil {
		return err
	}
	if found {
		return silentError{ExitFound}
	}
	return nil
}
