package compare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// Fact is one reference figure of a fact table (spec §7): what a metric
// was in a period, as a team has checked it.
type Fact struct {
	Metric string // the metric key, as claims name it ("trade")
	Scope  string // what narrows the metric, or "" for any scope
	Period string // ISO 8601 date, month, year or interval; "" for any period

	Kind      claim.Kind
	Value     decimal.Decimal // exact, in base units
	Rounding  decimal.Decimal // half the unit of the last digit written
	Unit      string          // ISO 4217, "%", "pp", "x" or ""
	Qualifier claim.Qualifier
	// Tolerance, when set, is how far a claim may stray from the value, as
	// a fraction (0.02 is 2%): an exact fact with a tolerance stands for
	// value ± tolerance.
	Tolerance decimal.NullDecimal

	Source string // where the figure comes from, as the table says
	Text   string // the value as written in the table
	File   string // the fact table
	Line   int    // the 1-based line of the fact's row in File
}

// Interval returns the values fact f is consistent with: like a claim's
// (its rounding, or the range its qualifier allows with tolerance t), with
// the fact's own tolerance in place of t when it has one.
func (f Fact) Interval(t decimal.Decimal) (lo, hi decimal.Decimal) {
	c := claim.Claim{Value: f.Value, Rounding: f.Rounding, Qualifier: f.Qualifier}
	if f.Tolerance.Valid {
		t = f.Tolerance.Decimal
		if c.Qualifier == claim.Exact || c.Qualifier == "" {
			c.Qualifier = claim.About
		}
	}
	return Interval(c, t)
}

// Where is the fact's place in its table, "facts.csv:3".
func (f Fact) Where() string {
	return f.File + ":" + strconv.Itoa(f.Line)
}

// Disagreement is a claim whose figure disagrees with a fact.
type Disagreement struct {
	Claim claim.Claim
	Fact  Fact
	// Difference is the claim's value minus the fact's; RelativeDifference
	// is that difference over the fact's value, rounded to four places
	// (0 when the fact is 0).
	Difference         decimal.Decimal
	RelativeDifference decimal.Decimal
}

// Check compares every actual claim that has a metric with the facts of
// the same metric and unit, a compatible scope (equal, or empty on one
// side) and an overlapping period (a fact with no period applies to any).
// It returns the disagreements, in the order of the claims and then of the
// facts, and how many claims met at least one fact.
//
// As in Compare, claim and fact stand for intervals (opts.Tolerance widens
// the claim's hedge; the fact's own tolerance, or opts.Tolerance, its
// qualifier), and a level more than five times the fact is taken to be
// about something else (a part, not the whole) rather than to disagree. A
// fact whose source is "FILE:LINE" is not held against the claims of that
// line: it was taken from them, and a line that lists figures in one
// breath ("from 640 to 1,050 items") does not contradict itself.
func Check(claims []claim.Claim, facts []Fact, opts Options) (out []Disagreement, checked int) {
	spans := make([]span, len(facts))
	sources := make([]*claim.Claim, len(facts))
	for i, f := range facts {
		spans[i] = parsePeriod(f.Period)
		if src, ok := sourceClaim(f, claims); ok {
			sources[i] = &src
		}
	}
	for _, c := range claims {
		if c.Modality != claim.Actual || c.Metric == "" {
			continue
		}
		clo, chi := Interval(c, opts.Tolerance)
		cspan := periodOf(c)
		met := false
		for i, f := range facts {
			if f.Metric != c.Metric || f.Unit != c.Unit {
				continue
			}
			if f.Scope != "" && c.Scope != "" && f.Scope != c.Scope {
				continue
			}
			if f.Period != "" && !cspan.overlaps(spans[i]) {
				continue
			}
			if takenFrom(f, c) {
				continue
			}
			if src := sources[i]; src != nil {
				// A fact taken from this transcript ("transcripts facts")
				// holds a claim to what the claim it came from would:
				// only the pairs Compare reports disagree.
				if _, ok := Judge(*src, c, opts); !ok {
					continue
				}
			}
			if !c.Change && apart(c.Value, f.Value) {
				continue
			}
			met = true
			flo, fhi := f.Interval(opts.Tolerance)
			if !(chi.LessThan(flo) || fhi.LessThan(clo)) {
				continue // they agree
			}
			d := Disagreement{Claim: c, Fact: f, Difference: c.Value.Sub(f.Value)}
			if !f.Value.IsZero() {
				d.RelativeDifference = d.Difference.DivRound(f.Value.Abs(), 4)
			}
			out = append(out, d)
		}
		if met {
			checked++
		}
	}
	return out, checked
}

// Checkable returns what tells the claims Check can hold against one of
// facts, or take for a fact's source: those with the metric and unit of
// one of them. Check's result is the same on those claims alone as on
// all, so that a run that checks need keep no other.
func Checkable(facts []Fact) func(*claim.Claim) bool {
	type metricUnit struct{ metric, unit string }
	some := make(map[metricUnit]bool, len(facts))
	for _, f := range facts {
		some[metricUnit{f.Metric, f.Unit}] = true
	}
	return func(c *claim.Claim) bool {
		return c.Metric != "" && some[metricUnit{c.Metric, c.Unit}]
	}
}

// sourceClaim returns the claim fact f was taken from: the claim of the
// same file and line, metric and unit that its source names.
func sourceClaim(f Fact, claims []claim.Claim) (claim.Claim, bool) {
	i := strings.LastIndexByte(f.Source, ':')
	if i < 0 {
		return claim.Claim{}, false
	}
	line, err := strconv.Atoi(f.Source[i+1:])
	if err != nil {
		return claim.Claim{}, false
	}
	for _, c := range claims {
		if c.Line == line && c.File == f.Source[:i] && c.Metric == f.Metric && c.Unit == f.Unit && c.Value.Equal(f.Value) {
			return c, true
		}
	}
	return claim.Claim{}, false
}

// takenFrom reports whether fact f names the line of claim c as its
// source: "seed.txt:23".
func takenFrom(f Fact, c claim.Claim) bool {
	i := strings.LastIndexByte(f.Source, ':')
	if i < 0 {
		return false
	}
	line, err := strconv.Atoi(f.Source[i+1:])
	return err == nil && line == c.Line && f.Source[:i] == c.File
}

// CheckPeriod returns an error unless p is a period a fact can have: "",
// or an ISO 8601 year, month or day ("2021", "2022-08", "2022-11-28"), or
// an interval of them that does not end before it starts
// ("2022-01/2022-08").
func CheckPeriod(p string) error {
	if p == "" {
		return nil
	}
	s := parsePeriod(p)
	if !s.known() {
		return fmt.Errorf("bad period %q: want YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO such as 2022-01/2022-08", p)
	}
	if s.to.Before(s.from) {
		return fmt.Errorf("bad period %q: it ends before it starts", p)
	}
	return nil
}
