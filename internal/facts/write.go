package facts

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// Write writes facts as a fact table with every column of Columns, header
// first, LF line ends. A value keeps the text it was read from; a fact
// made from a claim gets FormatValue. Text cells that a spreadsheet would
// run as a formula get a leading "'", which Read takes off.
func Write(w io.Writer, facts []compare.Fact) error {
	cw := csv.NewWriter(w)
	rows := [][]string{Columns}
	for _, f := range facts {
		value := f.Text
		if value == "" {
			value = FormatValue(f.Value, f.Rounding)
		}
		tolerance := ""
		if f.Tolerance.Valid {
			tolerance = f.Tolerance.Decimal.Shift(2).String() + "%"
		}
		q := f.Qualifier
		if q == "" {
			q = claim.Exact
		}
		rows = append(rows, []string{
			guard(f.Metric), f.Period, value, f.Unit, guard(f.Scope), string(q), tolerance, guard(f.Source),
		})
	}
	for _, row := range rows {
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("facts: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	return nil
}

// States reports whether claim c states a fact FromClaims takes: an
// actual claim with a metric. A run that makes a fact table need keep no
// other claim.
func States(c *claim.Claim) bool { return c.Modality == claim.Actual && c.Metric != "" }

// FromClaims makes a starting fact table from claims: one fact per metric,
// scope, period and unit that an actual claim with a metric states, with
// the claim's figure, qualifier and "FILE:LINE" as its source. Where
// several claims state one (speakers who disagree, or a speaker who
// repeats a figure), the first claim in reading order gives the fact;
// checking the claims against the table then reports the others that
// disagree with it. The facts are sorted by metric, period, scope and
// unit.
func FromClaims(claims []claim.Claim) []compare.Fact {
	var out []compare.Fact
	seen := map[key]bool{}
	for _, c := range claims {
		if !States(&c) {
			continue
		}
		f := compare.Fact{
			Metric: c.Metric, Scope: c.Scope, Period: c.Period,
			Kind: c.Kind, Value: c.Value, Rounding: c.Rounding, Unit: c.Unit, Qualifier: c.Qualifier,
			Source: c.File + ":" + strconv.Itoa(c.Line),
		}
		if k := keyOf(f); !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := keyOf(out[i]), keyOf(out[j])
		if a.metric != b.metric {
			return a.metric < b.metric
		}
		if a.period != b.period {
			return a.period < b.period
		}
		if a.scope != b.scope {
			return a.scope < b.scope
		}
		return a.unit < b.unit
	})
	return out
}

// scaleWords are the scales FormatValue writes, largest first.
var scaleWords = []struct {
	word string
	exp  int32
}{{"trillion", 12}, {"billion", 9}, {"million", 6}, {"thousand", 3}}

// FormatValue writes value v, stated to within rounding (half the unit of
// its last digit), so that claim.ParseFigure reads back the same value and
// rounding where it can: a figure stated with a scale keeps it ("25.6
// billion", "535 million"), one stated to a tenth keeps its digit ("5.0");
// anything else is written in plain digits, exactly.
func FormatValue(v, rounding decimal.Decimal) string {
	step := rounding.Add(rounding)
	if step.GreaterThan(decimal.NewFromInt(1)) {
		best, bestPlaces := "", 4
		for _, s := range scaleWords {
			p, ok := decimalPlaces(step.Shift(-s.exp))
			q := v.Shift(-s.exp)
			if ok && p < bestPlaces && q.Equal(q.Truncate(int32(p))) {
				best, bestPlaces = q.StringFixed(int32(p))+" "+s.word, p
			}
		}
		if best != "" {
			return best
		}
	}
	if p, ok := decimalPlaces(step); ok && p > 0 && v.Equal(v.Truncate(int32(p))) {
		return v.StringFixed(int32(p))
	}
	return v.String()
}

// decimalPlaces returns p when d is 10^-p with p ≥ 0: 1 → 0, 0.01 → 2.
func decimalPlaces(d decimal.Decimal) (int, bool) {
	s := d.String()
	switch {
	case s == "1":
		return 0, true
	case strings.HasPrefix(s, "0.") && strings.TrimLeft(s[2:], "0") == "1":
		return len(s) - 2, true
	}
	return 0, false
}
