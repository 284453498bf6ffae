package report

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/transcripts/transcripts/internal/compare"
)

// CIFormats are the formats for continuous integration, github and sarif:
// they report what check and conflicts find, and have nothing to say for
// stats.
var CIFormats = []string{"github", "sarif"}

// errNotForStats is what the CI formats' Stats returns.
func errNotForStats(format string) error {
	return fmt.Errorf("format %q is for check and conflicts; stats prints table, csv, json or markdown", format)
}

// FactRule is the rule of a claim that disagrees with a fact table, next
// to the classes of compare for conflicts.
const FactRule = "fact_mismatch"

// The levels of a finding, as GitHub and SARIF name them.
const (
	levelError   = "error"
	levelWarning = "warning"
)

// finding is one thing a CI format reports: a conflict or a disagreement
// with a fact, at one place, with the places it relates to.
type finding struct {
	rule    string // a class of compare, or FactRule
	level   string // levelError when it fails the run, else levelWarning
	title   string
	message string
	at      place
	related []place
}

// place is a line of a file, with what stands there.
type place struct {
	file    string
	line    int
	snippet string // the claim's text, if any
	message string // what the place is, for a related place
}

// rule describes a rule of the CI formats: its id, name, descriptions,
// level by default and the README section (anchor) that explains it.
type rule struct {
	id, name, short, full, level, anchor string
}

// conflictRules are the rules of conflicts: one per class.
var conflictRules = []rule{
	{string(compare.Contradiction), "Contradiction", "Two figures for the same metric and period disagree.",
		"Two actual claims about the same metric, unit, compatible scope and the same period (or one unstated) state figures whose intervals (rounding, hedge and tolerance) do not meet.", levelWarning, inconsistencies},
	{string(compare.PeriodMismatch), "PeriodMismatch", "Two figures for the same metric over overlapping but different periods disagree.",
		"Two actual claims about the same metric and unit over overlapping but different periods (9% over January–August, 5% over January–September) state figures that do not meet.", levelWarning, inconsistencies},
	{string(compare.Possible), "PossibleInconsistency", "Figures for related metrics disagree: worth a human look.",
		"Two actual claims about related metrics (projects and investment projects, investment and the value of joint projects) state figures that do not meet.", levelWarning, inconsistencies},
	{string(compare.Self), "SelfInconsistency", "A speaker's own figures disagree.",
		"One speaker states figures for the same metric, scope and stated periods that do not meet.", levelWarning, inconsistencies},
}

// inconsistencies is the README section on conflicts.
const inconsistencies = "inconsistencies"

// factRules are the rules of check.
var factRules = []rule{
	{FactRule, "DisagreesWithFactTable", "A claim disagrees with the fact table.",
		"An actual claim states a figure for a metric, unit, compatible scope and overlapping period of a fact in the fact table, and the figures (with their rounding, hedges and tolerance) do not meet.", levelError, "fact-tables"},
}

// conflictFindings are the findings of the conflicts of r. A conflict is
// reported at its second claim (B), which disagrees with what was said
// before it (A, a related place). It is an error when its class is in
// r.FailOn, a warning otherwise.
func conflictFindings(r *Report) []finding {
	var out []finding
	for _, cf := range r.Conflicts {
		a, b := cf.A, cf.B
		where := "line " + strconv.Itoa(a.Line)
		if a.File != b.File {
			where = clean(a.File) + ":" + strconv.Itoa(a.Line)
		}
		level := levelWarning
		if slices.Contains(r.FailOn, cf.Class) {
			level = levelError
		}
		out = append(out, finding{
			rule:  string(cf.Class),
			level: level,
			title: string(cf.Class) + ": " + clean(conflictMetric(cf)),
			message: saidText(b) + "; " + saidText(a) + " at " + where +
				"; difference " + FormatDifference(cf) + " (" + FormatRelative(cf) + ")",
			at: place{file: b.File, line: b.Line, snippet: b.Text},
			related: []place{{file: a.File, line: a.Line, snippet: a.Text,
				message: "the earlier figure: " + saidText(a)}},
		})
	}
	return out
}

// checkFindings are the findings of a check: each disagreement is an
// error at the claim, related to the fact's row.
func checkFindings(r *CheckReport) []finding {
	var out []finding
	for _, d := range r.Disagreements {
		out = append(out, finding{
			rule:    FactRule,
			level:   levelError,
			title:   "disagrees with the fact table: " + clean(metricText(d.Claim.Metric, d.Claim.Scope)),
			message: disagreementText(d),
			at:      place{file: d.Claim.File, line: d.Claim.Line, snippet: d.Claim.Text},
			related: []place{{file: d.Fact.File, line: d.Fact.Line,
				message: "the fact: " + factFigure(d.Fact) + " (" + factSource(d.Fact) + ")"}},
		})
	}
	return out
}
