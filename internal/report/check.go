package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// CheckReport is what a check of transcripts against fact tables found.
type CheckReport struct {
	Facts         int // facts read
	Claims        int // claims read
	Checked       int // claims that met at least one fact
	Disagreements []compare.Disagreement
}

// CheckColumns are the columns of the CSV of disagreements.
var CheckColumns = []string{
	"file", "line", "speaker", "text", "value", "unit", "qualifier", "metric", "scope", "period",
	"fact_value", "fact_qualifier", "fact_tolerance", "fact_scope", "fact_period", "fact_source", "fact_file", "fact_line",
	"difference", "relative_difference",
}

// Check prints one line per disagreement and a summary line.
func (t *tableWriter) Check(r *CheckReport) error {
	var b strings.Builder
	for _, d := range r.Disagreements {
		b.WriteString(clean(d.Claim.File) + ":" + strconv.Itoa(d.Claim.Line) + ": " + disagreementText(d) + "\n")
	}
	if len(r.Disagreements) > 0 {
		b.WriteString("\n")
	}
	b.WriteString(checkSummary(r) + "\n")
	return write(t.w, b.String())
}

// Check prints one row per disagreement.
func (c *csvWriter) Check(r *CheckReport) error {
	rows := [][]string{CheckColumns}
	for _, d := range r.Disagreements {
		cl, f := d.Claim, d.Fact
		tol := ""
		if f.Tolerance.Valid {
			tol = f.Tolerance.Decimal.String()
		}
		rows = append(rows, []string{
			cell(cl.File), strconv.Itoa(cl.Line), cell(cl.Speaker), cell(cl.Text), cl.Value.String(), cell(cl.Unit),
			cell(string(cl.Qualifier)), cell(cl.Metric), cell(cl.Scope), cell(cl.Period),
			f.Value.String(), cell(string(f.Qualifier)), tol, cell(f.Scope), cell(f.Period), cell(f.Source), cell(f.File), strconv.Itoa(f.Line),
			d.Difference.String(), d.RelativeDifference.String(),
		})
	}
	return c.write(rows)
}

// jsonCheck is the object jsonWriter.Check prints.
type jsonCheck struct {
	Facts         int                `json:"facts"`
	Claims        int                `json:"claims"`
	Checked       int                `json:"checked"`
	Disagreements []jsonDisagreement `json:"disagreements"`
}

type jsonDisagreement struct {
	Claim              jsonClaim `json:"claim"`
	Fact               jsonFact  `json:"fact"`
	Difference         string    `json:"difference"`
	RelativeDifference string    `json:"relative_difference"`
}

type jsonFact struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Metric    string `json:"metric"`
	Scope     string `json:"scope"`
	Period    string `json:"period"`
	Kind      string `json:"kind"`
	Value     string `json:"value"`
	Unit      string `json:"unit"`
	Qualifier string `json:"qualifier"`
	Tolerance string `json:"tolerance"` // "" when the fact has none
	Source    string `json:"source"`
	Text      string `json:"text"`
}

// Check prints the disagreements as one object.
func (j *jsonWriter) Check(r *CheckReport) error {
	return j.encode(jsonCheck{Facts: r.Facts, Claims: r.Claims, Checked: r.Checked,
		Disagreements: disagreementsJSON(r.Disagreements)})
}

// disagreementsJSON returns ds as the json format prints them ([] when
// there are none).
func disagreementsJSON(ds []compare.Disagreement) []jsonDisagreement {
	out := make([]jsonDisagreement, 0, len(ds))
	for _, d := range ds {
		f := d.Fact
		tol := ""
		if f.Tolerance.Valid {
			tol = f.Tolerance.Decimal.String()
		}
		out = append(out, jsonDisagreement{
			Claim: claimJSON(d.Claim),
			Fact: jsonFact{File: f.File, Line: f.Line, Metric: f.Metric, Scope: f.Scope, Period: f.Period,
				Kind: string(f.Kind), Value: f.Value.String(), Unit: f.Unit, Qualifier: string(f.Qualifier),
				Tolerance: tol, Source: f.Source, Text: f.Text},
			Difference:         d.Difference.String(),
			RelativeDifference: d.RelativeDifference.String(),
		})
	}
	return out
}

// Check prints the disagreements as a pipe table under a heading.
func (m *markdownWriter) Check(r *CheckReport) error {
	g := grid{none: "No claim disagrees with the fact table."}
	g.cols = []column{
		{header: "where"}, {header: "speaker"}, {header: "said"}, {header: "metric"}, {header: "period"},
		{header: "fact", right: true}, {header: "source"}, {header: "difference", right: true},
	}
	for _, d := range r.Disagreements {
		g.rows = append(g.rows, []string{
			clean(d.Claim.File) + ":" + strconv.Itoa(d.Claim.Line), clean(d.Claim.Speaker), clean(d.Claim.Text),
			metricText(d.Claim.Metric, d.Claim.Scope), periodOrUndated(d.Claim.Period),
			factFigure(d.Fact), factSource(d.Fact), differenceText(d),
		})
	}
	tab, err := renderGrid(g, true)
	if err != nil {
		return err
	}
	var b strings.Builder
	mdSection(&b, "Disagreements with the fact table", tab+"\n"+checkSummary(r)+"\n")
	return write(m.w, tidyLines(b.String(), 0))
}

// disagreementText is what a check says of d, after its "file:line: ":
//
//	Vladimir Putin said "up to $25.6 billion" (trade, 2021); fact table says
//	24,500,000,000 USD (facts.csv:2); difference +1,100,000,000 USD (+4.5%)
//
// The parentheses after the fact's figure give its scope and period too,
// where they are not the claim's: "(2022-01/2022-09; facts.csv:4)".
func disagreementText(d compare.Disagreement) string {
	c, f := d.Claim, d.Fact
	var b strings.Builder
	b.WriteString(saidText(c))
	b.WriteString("; fact table says " + factFigure(f) + " (")
	// The fact's scope and period, where they are not the claim's.
	if f.Scope != "" && f.Scope != c.Scope {
		b.WriteString("scope " + clean(f.Scope) + "; ")
	}
	if f.Period != c.Period {
		if f.Period == "" {
			b.WriteString("any period; ")
		} else {
			b.WriteString(clean(f.Period) + "; ")
		}
	}
	b.WriteString(factSource(f) + "); difference " + differenceText(d))
	return b.String()
}

// saidText is what speaker said: `Vladimir Putin said "up to $25.6
// billion" (trade, 2021)`.
func saidText(c claim.Claim) string {
	parts := []string{clean(c.Metric)}
	if c.Scope != "" {
		parts = append(parts, clean(c.Scope))
	}
	parts = append(parts, periodOrUndated(c.Period))
	return fmt.Sprintf("%s said %q (%s)", clean(c.Speaker), clean(c.Text), strings.Join(parts, ", "))
}

// factFigure is a fact's figure for people: "24,500,000,000 USD", "about
// 5 %", "24,500,000,000 USD ± 2%".
func factFigure(f compare.Fact) string {
	s := withUnit(FormatNumber(f.Value), f.Unit)
	if f.Qualifier != "" && f.Qualifier != claim.Exact {
		s = qualifierText(f.Qualifier) + " " + s
	}
	if f.Tolerance.Valid {
		s += " ± " + f.Tolerance.Decimal.Shift(2).String() + "%"
	}
	return s
}

// factSource says where a fact comes from: its source, if the table
// gives one, and its row.
func factSource(f compare.Fact) string {
	where := clean(f.Where())
	if f.Source == "" {
		return where
	}
	return clean(f.Source) + "; " + where
}

// differenceText is the claim's value minus the fact's, with the relative
// difference when the fact is not 0: "+1,100,000,000 USD (+4.5%)".
func differenceText(d compare.Disagreement) string {
	unit := d.Claim.Unit
	if unit == "%" {
		unit = "pp"
	}
	s := withUnit(signed(d.Difference), unit)
	if !d.Fact.Value.IsZero() {
		s += " (" + signed(d.RelativeDifference.Mul(hundred).Round(1)) + "%)"
	}
	return s
}

// periodOrUndated is a period for people.
func periodOrUndated(p string) string {
	if p == "" {
		return "undated"
	}
	return clean(p)
}

// checkSummary is the last line of a check for people.
func checkSummary(r *CheckReport) string {
	claims := map[[2]string]bool{}
	for _, d := range r.Disagreements {
		claims[[2]string{d.Claim.File, strconv.Itoa(d.Claim.Pos)}] = true
	}
	checked := fmt.Sprintf("%s of %s checked against %s", formatInt(r.Checked), plural(r.Claims, "claim"), plural(r.Facts, "fact"))
	switch n := len(claims); n {
	case 0:
		return "No claim disagrees with the fact table (" + checked + ")."
	case 1:
		return "1 claim disagrees with the fact table (" + checked + ")."
	default:
		return formatInt(n) + " claims disagree with the fact table (" + checked + ")."
	}
}

// plural is "1 fact" or "3 facts".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return formatInt(n) + " " + noun + "s"
}
