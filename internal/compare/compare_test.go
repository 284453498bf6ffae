package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/transcript"
)

var dec = decimal.RequireFromString

func TestInterval(t *testing.T) {
	five := dec("0.05")
	tests := []struct {
		name     string
		value    string
		q        claim.Qualifier
		rounding string
		tol      decimal.Decimal
		lo, hi   string
	}{
		{"exact uses its rounding", "25600000000", claim.Exact, "50000000", five, "25550000000", "25650000000"},
		{"empty qualifier is exact", "25600000000", "", "50000000", five, "25550000000", "25650000000"},
		{"exact percent", "9", claim.Exact, "0.5", five, "8.5", "9.5"},
		{"exact without rounding", "76", claim.Exact, "0", five, "76", "76"},
		{"exact ignores tolerance", "100", claim.Exact, "0.5", dec("0.5"), "99.5", "100.5"},
		{"about", "100", claim.About, "0.5", five, "95", "105"},
		{"about with wider tolerance", "100", claim.About, "0.5", dec("0.1"), "90", "110"},
		{"about with zero tolerance", "100", claim.About, "0.5", decimal.Zero, "100", "100"},
		{"almost", "24500000000", claim.Almost, "50000000", five, "23275000000", "24500000000"},
		{"over", "100", claim.Over, "0.5", five, "100", "105"},
		{"at least", "100", claim.AtLeast, "0.5", five, "100", "105"},
		{"under", "100", claim.Under, "0.5", five, "95", "100"},
		{"up to", "100", claim.UpTo, "0.5", five, "95", "100"},
		{"negative exact", "-32", claim.Exact, "0.5", five, "-32.5", "-31.5"},
		{"negative about", "-10", claim.About, "0.5", five, "-10.5", "-9.5"},
		{"negative almost", "-10", claim.Almost, "0.5", five, "-10", "-9.5"},
		{"negative over", "-10", claim.Over, "0.5", five, "-10.5", "-10"},
		{"negative under", "-10", claim.Under, "0.5", five, "-10", "-9.5"},
		{"zero", "0", claim.About, "0", five, "0", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claim.Claim{Value: dec(tt.value), Qualifier: tt.q, Rounding: dec(tt.rounding)}
			lo, hi := Interval(c, tt.tol)
			if !lo.Equal(dec(tt.lo)) || !hi.Equal(dec(tt.hi)) {
				t.Errorf("Interval(%s %s ±%s, t=%s) = [%s, %s], want [%s, %s]",
					tt.q, tt.value, tt.rounding, tt.tol, lo, hi, tt.lo, tt.hi)
			}
			if lo.GreaterThan(hi) {
				t.Errorf("lo %s > hi %s", lo, hi)
			}
		})
	}
}

// TestIntervalOrdered checks lo ≤ hi and that the interval holds the stated
// figure, for every qualifier, sign and tolerance.
func TestIntervalOrdered(t *testing.T) {
	qs := []claim.Qualifier{claim.Exact, claim.About, claim.Almost, claim.Over, claim.AtLeast, claim.Under, claim.UpTo}
	for _, q := range qs {
		for _, v := range []string{"-1000", "-0.5", "0", "0.5", "24500000000"} {
			for _, tol := range []string{"0", "0.05", "0.99"} {
				c := claim.Claim{Value: dec(v), Qualifier: q, Rounding: dec("0.05")}
				lo, hi := Interval(c, dec(tol))
				if lo.GreaterThan(hi) {
					t.Errorf("Interval(%s %s, t=%s) = [%s, %s]: lo > hi", q, v, tol, lo, hi)
				}
				if c.Value.LessThan(lo) || c.Value.GreaterThan(hi) {
					t.Errorf("Interval(%s %s, t=%s) = [%s, %s] leaves out the figure", q, v, tol, lo, hi)
				}
			}
		}
	}
}

func TestParseTolerance(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{in: "5%", want: "0.05"},
		{in: "0.05", want: "0.05"},
		{in: "5 %", want: "0.05"},
		{in: " 2% ", want: "0.02"},
		{in: "2.5%", want: "0.025"},
		{in: "0%", want: "0"},
		{in: "0", want: "0"},
		{in: "99%", want: "0.99"},
		{in: "abc", wantErr: true},
		{in: "", wantErr: true},
		{in: "%", wantErr: true},
		{in: "5%%", wantErr: true},
		{in: "-1%", wantErr: true},
		{in: "-0.01", wantErr: true},
		{in: "100%", wantErr: true},
		{in: "1", wantErr: true},
		{in: "150%", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTolerance(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseTolerance(%q) = %s, want an error", tt.in, got)
				}
				if !strings.Contains(err.Error(), "bad tolerance") || !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.in)) {
					t.Errorf("ParseTolerance(%q) error %q does not name the input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseTolerance(%q): %v", tt.in, err)
			}
			if !got.Equal(dec(tt.want)) {
				t.Errorf("ParseTolerance(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// cl describes a claim for build. Unset fields default to an exact, actual
// money claim in USD (or % for a percent) with rounding 0.5, in talks.txt,
// on line i+1 and in sentence i+1 of its index i.
type cl struct {
	speaker string
	metric  string
	value   string
	q       claim.Qualifier
	period  string
	// optional
	kind     claim.Kind
	unit     string
	scope    string
	rounding string
	modality claim.Modality
	file     string
	sentence int
}

func build(cs []cl) []claim.Claim {
	out := make([]claim.Claim, len(cs))
	for i, c := range cs {
		k := claim.Money
		if c.kind != "" {
			k = c.kind
		}
		unit := map[claim.Kind]string{claim.Money: "USD", claim.Percent: "%"}[k]
		if c.unit != "" {
			unit = c.unit
		}
		q := claim.Exact
		if c.q != "" {
			q = c.q
		}
		r := "0.5"
		if c.rounding != "" {
			r = c.rounding
		}
		m := claim.Actual
		if c.modality != "" {
			m = c.modality
		}
		file := "talks.txt"
		if c.file != "" {
			file = c.file
		}
		s := i + 1
		if c.sentence != 0 {
			s = c.sentence
		}
		out[i] = claim.Claim{
			File: file, Speaker: c.speaker, Line: i + 1, Sentence: s,
			Kind: k, Value: dec(c.value), Unit: unit, Qualifier: q, Rounding: dec(r),
			Metric: c.metric, Scope: c.scope, Period: c.period, Modality: m,
			Text: c.value, Context: c.value,
		}
	}
	return out
}

// pair is a conflict as a test states it: its class and the indices of its
// two claims.
type pair struct {
	class Class
	a, b  int
}

func TestCompare(t *testing.T) {
	related := func(a, b string) bool {
		return a == "investment" && b == "projects value" || a == "projects value" && b == "investment"
	}
	tests := []struct {
		name    string
		claims  []cl
		related func(a, b string) bool
		want    []pair
	}{
		{
			name: "contradiction, same period",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25600000000", rounding: "50000000", period: "2022"},
				{speaker: "B", metric: "trade", value: "20000000000", q: claim.Almost, rounding: "500000000", period: "2022"},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "contradiction, one period unknown",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: ""},
				{speaker: "B", metric: "trade", value: "30", period: "2022"},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "contradiction, other period unknown",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2022-01/2022-09"},
				{speaker: "B", metric: "trade", value: "30", period: ""},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "contradiction, both periods unknown",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25"},
				{speaker: "B", metric: "trade", value: "30"},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "period mismatch, Jan-Aug vs Jan-Sep",
			claims: []cl{
				{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "9", period: "2022-01/2022-08"},
				{speaker: "B", metric: "trade growth", kind: claim.Percent, value: "5", period: "2022-01/2022-09"},
			},
			want: []pair{{PeriodMismatch, 0, 1}},
		},
		{
			name: "period mismatch, year vs month within it",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2022"},
				{speaker: "B", metric: "trade", value: "30", period: "2022-03"},
			},
			want: []pair{{PeriodMismatch, 0, 1}},
		},
		{
			name: "period mismatch, intervals share one month",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2022-01/2022-06"},
				{speaker: "B", metric: "trade", value: "30", period: "2022-06/2022-12"},
			},
			want: []pair{{PeriodMismatch, 0, 1}},
		},
		{
			name: "different years do not overlap",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2021"},
				{speaker: "B", metric: "trade", value: "30", period: "2022"},
			},
		},
		{
			name: "adjacent intervals do not overlap",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2022-01/2022-05"},
				{speaker: "B", metric: "trade", value: "30", period: "2022-06/2022-12"},
			},
		},
		{
			name: "adjacent months do not overlap",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2022-02"},
				{speaker: "B", metric: "trade", value: "30", period: "2022-03-01"},
			},
		},
		{
			name: "possible, related metrics",
			claims: []cl{
				{speaker: "A", metric: "investment", value: "17000000000", rounding: "500000000"},
				{speaker: "B", metric: "projects value", value: "9000000000", rounding: "500000000"},
			},
			related: related,
			want:    []pair{{Possible, 0, 1}},
		},
		{
			name: "related metrics with different periods are still possible",
			claims: []cl{
				{speaker: "A", metric: "investment", value: "17", period: "2022-01/2022-08"},
				{speaker: "B", metric: "projects value", value: "9", period: "2022"},
			},
			related: related,
			want:    []pair{{Possible, 0, 1}},
		},
		{
			name: "different metrics without Related",
			claims: []cl{
				{speaker: "A", metric: "investment", value: "17"},
				{speaker: "B", metric: "projects value", value: "9"},
			},
		},
		{
			name: "unrelated metrics",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "17"},
				{speaker: "B", metric: "investment", value: "9"},
			},
			related: related,
		},
		{
			name: "self, same speaker",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2021"},
				{speaker: "A", metric: "trade", value: "30", period: "2021"},
			},
			want: []pair{{Self, 0, 1}},
		},
		{
			name: "self needs stated periods",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2021"},
				{speaker: "A", metric: "trade", value: "30"},
			},
		},
		{
			name: "self needs the same scope",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", period: "2021", scope: "with china"},
				{speaker: "A", metric: "trade", value: "30", period: "2021"},
			},
		},
		{
			name: "figures five times apart measure different things",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "100", period: "2021"},
				{speaker: "B", metric: "trade", value: "501", period: "2021"},
			},
		},
		{
			name: "self wins over period mismatch",
			claims: []cl{
				{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "9", period: "2022-01/2022-08"},
				{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "5", period: "2022-01/2022-09"},
			},
			want: []pair{{Self, 0, 1}},
		},
		{
			name: "no self between related metrics",
			claims: []cl{
				{speaker: "A", metric: "investment", value: "17", period: "2021"},
				{speaker: "A", metric: "projects value", value: "9", period: "2021"},
			},
			related: related,
		},
		{
			name: "a speaker repeating a figure raises nothing",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25"},
				{speaker: "A", metric: "trade", value: "25"},
			},
		},
		{
			name: "almost 24.5bn agrees with 24.5bn",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "24500000000", q: claim.Almost, rounding: "50000000"},
				{speaker: "B", metric: "trade", value: "24500000000", rounding: "50000000"},
			},
		},
		{
			name: "about 25bn agrees with 25.6bn",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25000000000", q: claim.About, rounding: "500000000"},
				{speaker: "B", metric: "trade", value: "25600000000", rounding: "50000000"},
			},
		},
		{
			name: "rounding intervals that touch agree",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", rounding: "0.5"},
				{speaker: "B", metric: "trade", value: "26", rounding: "0.5"},
			},
		},
		{
			name: "over and under that cannot meet disagree",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "30", q: claim.Over},
				{speaker: "B", metric: "trade", value: "25", q: claim.Under},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "same sentence is one breath",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", sentence: 7},
				{speaker: "B", metric: "trade", value: "30", sentence: 7},
			},
		},
		{
			name: "same sentence number in different files is compared",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", sentence: 7, file: "a.txt", scope: "with china"},
				{speaker: "B", metric: "trade", value: "30", sentence: 7, file: "b.txt", scope: "with china"},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "across files an unstated scope is each file's own subject",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", file: "a.txt"},
				{speaker: "B", metric: "trade", value: "30", file: "b.txt"},
				{speaker: "C", metric: "trade", value: "35", file: "c.txt", scope: "with china"},
			},
		},
		{
			name: "different scopes",
			claims: []cl{
				{speaker: "A", metric: "exports", value: "35", kind: claim.Percent, scope: "of petroleum"},
				{speaker: "B", metric: "exports", value: "22", kind: claim.Percent, scope: "of steel"},
			},
		},
		{
			name: "one empty scope is compared",
			claims: []cl{
				{speaker: "A", metric: "exports", value: "35", kind: claim.Percent, scope: "of petroleum"},
				{speaker: "B", metric: "exports", value: "22", kind: claim.Percent},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "equal scopes are compared",
			claims: []cl{
				{speaker: "A", metric: "exports", value: "35", kind: claim.Percent, scope: "of steel"},
				{speaker: "B", metric: "exports", value: "22", kind: claim.Percent, scope: "of steel"},
			},
			want: []pair{{Contradiction, 0, 1}},
		},
		{
			name: "targets are never compared",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", modality: claim.Target},
				{speaker: "B", metric: "trade", value: "100"},
				{speaker: "C", metric: "trade", value: "60", modality: claim.Target},
			},
		},
		{
			name: "different units",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25", unit: "USD"},
				{speaker: "B", metric: "trade", value: "30", unit: "EUR"},
			},
		},
		{
			name: "percent and percentage points",
			claims: []cl{
				{speaker: "A", metric: "inflation", kind: claim.Percent, value: "5", unit: "%"},
				{speaker: "B", metric: "inflation", kind: claim.Percent, value: "2", unit: "pp"},
			},
		},
		{
			name: "different kinds",
			claims: []cl{
				{speaker: "A", metric: "trade", kind: claim.Count, value: "25"},
				{speaker: "B", metric: "trade", kind: claim.Fraction, value: "0.3"},
			},
		},
		{
			name: "empty metric",
			claims: []cl{
				{speaker: "A", metric: "", value: "25"},
				{speaker: "B", metric: "", value: "30"},
			},
		},
		{
			name: "empty metric on one side",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "25"},
				{speaker: "B", metric: "", value: "30"},
			},
			related: func(a, b string) bool { return true },
		},
		{
			name: "reading order",
			claims: []cl{
				{speaker: "A", metric: "trade", value: "10"},
				{speaker: "B", metric: "trade", value: "20", period: "2021"},
				{speaker: "C", metric: "investment", value: "5", period: "2020"},
				{speaker: "B", metric: "trade", value: "30", period: "2021"},
				{speaker: "C", metric: "investment", value: "8", period: "2020"},
			},
			want: []pair{
				{Contradiction, 0, 1},
				{Contradiction, 0, 3},
				{Self, 1, 3},
				{Self, 2, 4},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := build(tt.claims)
			got := Compare(claims, Options{Tolerance: DefaultTolerance, Related: tt.related})
			if len(got) != len(tt.want) {
				t.Fatalf("Compare found %d conflicts, want %d:\n%s", len(got), len(tt.want), show(got))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Class != w.class || g.A.Line != w.a+1 || g.B.Line != w.b+1 {
					t.Errorf("conflict %d = %s (lines %d, %d), want %s (lines %d, %d)",
						i, g.Class, g.A.Line, g.B.Line, w.class, w.a+1, w.b+1)
				}
				if g.Metric != g.A.Metric {
					t.Errorf("conflict %d: Metric = %q, want A's %q", i, g.Metric, g.A.Metric)
				}
			}
		})
	}
}

func show(cs []Conflict) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "\t%s %s: line %d %s vs line %d %s\n", c.Class, c.Metric, c.A.Line, c.A.Value, c.B.Line, c.B.Value)
	}
	return b.String()
}

func TestCompareDifference(t *testing.T) {
	tests := []struct {
		name     string
		a, b     cl
		diff     string
		relative string
	}{
		{
			name:     "25.6bn then almost 24.5bn",
			a:        cl{speaker: "A", metric: "trade", value: "25600000000", rounding: "50000000"},
			b:        cl{speaker: "B", metric: "trade", value: "24500000000", q: claim.Almost, rounding: "50000000"},
			diff:     "-1100000000",
			relative: "-0.0430", // -1.1/25.6 = -0.04296875
		},
		{
			name:     "growth then larger growth",
			a:        cl{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "5"},
			b:        cl{speaker: "B", metric: "trade growth", kind: claim.Percent, value: "9"},
			diff:     "4",
			relative: "0.8",
		},
		{
			name:     "relative to the size of a fall",
			a:        cl{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "-8"},
			b:        cl{speaker: "B", metric: "trade growth", kind: claim.Percent, value: "-2"},
			diff:     "6",
			relative: "0.75",
		},
		{
			name:     "thirds round to four places",
			a:        cl{speaker: "A", metric: "projects", kind: claim.Count, value: "3", rounding: "0"},
			b:        cl{speaker: "B", metric: "projects", kind: claim.Count, value: "5", rounding: "0"},
			diff:     "2",
			relative: "0.6667",
		},
		{
			name:     "zero first figure",
			a:        cl{speaker: "A", metric: "trade growth", kind: claim.Percent, value: "0", rounding: "0"},
			b:        cl{speaker: "B", metric: "trade growth", kind: claim.Percent, value: "3"},
			diff:     "3",
			relative: "0",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(build([]cl{tt.a, tt.b}), Options{Tolerance: DefaultTolerance})
			if len(got) != 1 {
				t.Fatalf("Compare found %d conflicts, want 1:\n%s", len(got), show(got))
			}
			c := got[0]
			if !c.Difference.Equal(dec(tt.diff)) {
				t.Errorf("Difference = %s, want %s", c.Difference, tt.diff)
			}
			if !c.RelativeDifference.Equal(dec(tt.relative)) {
				t.Errorf("RelativeDifference = %s, want %s", c.RelativeDifference, tt.relative)
			}
			if c.RelativeDifference.Exponent() < -4 {
				t.Errorf("RelativeDifference %s has more than 4 places", c.RelativeDifference)
			}
		})
	}
}

func TestCompareScope(t *testing.T) {
	tests := []struct {
		name           string
		scopeA, scopeB string
		want           string
	}{
		{"both empty", "", "", ""},
		{"A narrower", "of steel", "", "of steel"},
		{"B narrower", "", "of steel", "of steel"},
		{"equal", "of steel", "of steel", "of steel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := build([]cl{
				{speaker: "A", metric: "exports", value: "25", scope: tt.scopeA},
				{speaker: "B", metric: "exports", value: "30", scope: tt.scopeB},
			})
			got := Compare(claims, Options{Tolerance: DefaultTolerance})
			if len(got) != 1 {
				t.Fatalf("Compare found %d conflicts, want 1", len(got))
			}
			if got[0].Scope != tt.want {
				t.Errorf("Scope = %q, want %q", got[0].Scope, tt.want)
			}
		})
	}
}

// TestCompareTolerance checks that the tolerance decides whether hedged
// figures meet.
func TestCompareTolerance(t *testing.T) {
	claims := build([]cl{
		{speaker: "A", metric: "trade", value: "100", q: claim.About, rounding: "0"},
		{speaker: "B", metric: "trade", value: "108", rounding: "0"},
	})
	tests := []struct {
		tol  string
		want int
	}{
		{"0", 1},
		{"0.05", 1},
		{"0.079", 1},
		{"0.08", 0},
		{"0.1", 0},
	}
	for _, tt := range tests {
		got := Compare(claims, Options{Tolerance: dec(tt.tol)})
		if len(got) != tt.want {
			t.Errorf("tolerance %s: %d conflicts, want %d", tt.tol, len(got), tt.want)
		}
	}
}

func TestCompareEmpty(t *testing.T) {
	if got := Compare(nil, Options{Tolerance: DefaultTolerance}); len(got) != 0 {
		t.Errorf("Compare(nil) = %v, want none", got)
	}
	one := build([]cl{{speaker: "A", metric: "trade", value: "1"}})
	if got := Compare(one, Options{Tolerance: DefaultTolerance}); len(got) != 0 {
		t.Errorf("Compare(one claim) = %v, want none", got)
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in       string
		from, to string // "" for unknown
	}{
		{"", "", ""},
		{"2022", "2022-01-01", "2022-12-31"},
		{"2022-02", "2022-02-01", "2022-02-28"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2022-03-15", "2022-03-15", "2022-03-15"},
		{"2022-01/2022-08", "2022-01-01", "2022-08-31"},
		{"2021/2022", "2021-01-01", "2022-12-31"},
		{"H1 2022", "", ""},
		{"2022-13", "", ""},
		{"2022-01/x", "", ""},
	}
	for _, tt := range tests {
		s := parsePeriod(tt.in)
		if tt.from == "" {
			if s.known() {
				t.Errorf("parsePeriod(%q) = %v, want unknown", tt.in, s)
			}
			continue
		}
		from, to := s.from.Format("2006-01-02"), s.to.Format("2006-01-02")
		if from != tt.from || to != tt.to {
			t.Errorf("parsePeriod(%q) = %s..%s, want %s..%s", tt.in, from, to, tt.from, tt.to)
		}
	}
}

// TestCompareUndated checks that a claim with no period stands for the year
// up to its document's date.
func TestCompareUndated(t *testing.T) {
	cs := build([]cl{
		{speaker: "A", metric: "trade", value: "100"},
		{speaker: "B", metric: "trade", value: "200", period: "2021"},
		{speaker: "C", metric: "trade", value: "300", period: "2014"},
	})
	cs[0].Date = "2022-11-28"
	got := Compare(cs, Options{Tolerance: DefaultTolerance})
	if len(got) != 1 || got[0].B.Value.IntPart() != 200 {
		t.Fatalf("got %s; want A–B only (2021 meets the year to 2022-11-28; 2014 meets neither)", show(got))
	}
	if got[0].Class != Contradiction {
		t.Errorf("an undated claim against a dated one is a %s, want contradiction", got[0].Class)
	}
}

// TestCompareRepeats checks that a figure repeated by the same speaker is
// one statement, reported against another speaker's figure once.
func TestCompareRepeats(t *testing.T) {
	cs := build([]cl{
		{speaker: "A", metric: "trade", value: "100", period: "2021"},
		{speaker: "B", metric: "trade", value: "200", period: "2021"},
		{speaker: "A", metric: "trade", value: "100", period: "2021", file: "other.txt"},
		{speaker: "A", metric: "trade", value: "100", q: claim.Almost, period: "2021"},
	})
	got := Compare(cs, Options{Tolerance: DefaultTolerance})
	if len(got) != 2 {
		t.Fatalf("got %s; want the repeat reported once and the hedged figure on its own", show(got))
	}
}

// TestCompareStockAndFlow checks that an accumulated amount is not held
// against a period's flow.
func TestCompareStockAndFlow(t *testing.T) {
	cs := build([]cl{
		{speaker: "A", metric: "investment", value: "200"},
		{speaker: "B", metric: "investment", value: "123"},
		{speaker: "C", metric: "investment", value: "150"},
	})
	cs[0].Flow, cs[1].Flow = claim.Stock, claim.FlowOfPeriod
	got := Compare(cs, Options{Tolerance: DefaultTolerance})
	if len(got) != 2 || got[0].B.Speaker != "C" || got[1].A.Speaker != "B" {
		t.Errorf("got %s; want A–C and B–C (unknown flow), not A–B", show(got))
	}
}

// TestCompareSameSubject checks that across files an unstated scope is
// compatible when the documents are about the same thing.
func TestCompareSameSubject(t *testing.T) {
	cs := build([]cl{
		{speaker: "A", metric: "trade", value: "25", period: "2021", file: "day1.txt"},
		{speaker: "A", metric: "trade", value: "30", period: "2021", file: "day2.txt"},
	})
	if got := Compare(cs, Options{Tolerance: DefaultTolerance}); len(got) != 0 {
		t.Errorf("without SameSubject got %s, want nothing", show(got))
	}
	same := func(a, b *claim.Claim) bool { return true }
	got := Compare(cs, Options{Tolerance: DefaultTolerance, SameSubject: same})
	if len(got) != 1 || got[0].Class != Self {
		t.Errorf("with SameSubject got %s, want one self", show(got))
	}
}

// compareAllPairs is Compare judging every pair of entries, as it did
// before it looked only at pairs of one metric or related ones: the
// reference TestCompareCandidates checks it against.
func compareAllPairs(claims []claim.Claim, opts Options) []Conflict {
	var es []entry
	stated := map[string]bool{}
	for i := range claims {
		c := &claims[i]
		if key := c.File + "\x00" + statement(*c); c.Modality == claim.Actual && c.Metric != "" && !stated[key] {
			stated[key] = true
			es = append(es, newEntry(c, opts.Tolerance))
		}
	}
	var out []Conflict
	seen := map[[2]string]bool{}
	for i := range es {
		for j := i + 1; j < len(es); j++ {
			class, ok := judge(&es[i], &es[j], opts)
			if !ok {
				continue
			}
			key := [2]string{statement(*es[i].c), statement(*es[j].c)}
			if key[1] < key[0] {
				key[0], key[1] = key[1], key[0]
			}
			if !seen[key] {
				seen[key] = true
				out = append(out, newConflict(class, *es[i].c, *es[j].c))
			}
		}
	}
	return out
}

// showAll is show with the files and offsets of both claims and the
// difference.
func showAll(cs []Conflict) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s %s %s: %s@%d %s vs %s@%d %s (%s)\n", c.Class, c.Metric, c.Scope, c.A.File, c.A.Pos, c.A.Value, c.B.File, c.B.Pos, c.B.Value, c.Difference)
	}
	return b.String()
}

// TestCompareCandidates checks that Compare, which judges only pairs of
// one metric or of related metrics, reports what judging every pair does,
// in the same order: on the claims of every transcript of testdata (each
// file alone and all together, with the default lexicon's related
// metrics and documents taken to be about one subject or not), and on
// made-up claims whose metrics are related in every way.
func TestCompareCandidates(t *testing.T) {
	lx := claim.DefaultLexicon()
	var all []claim.Claim
	sets := [][]claim.Claim{}
	for _, cs := range testClaims(t, lx) {
		sets = append(sets, cs)
		all = append(all, cs...)
	}
	made := build([]cl{
		{speaker: "A", metric: "projects", value: "10", period: "2021"},
		{speaker: "B", metric: "investment projects", value: "20", period: "2021"},
		{speaker: "C", metric: "trade", value: "25", period: "2021"},
		{speaker: "D", metric: "trade growth", value: "30", period: "2021"},
		{speaker: "E", metric: "projects", value: "12", period: "2021"},
		{speaker: "F", metric: "joint projects", value: "40", period: "2021"},
	})
	// Periods of one year, of several, unknown (no period and no date),
	// too long to list by year, and ending before they start; speakers,
	// values and files that make most pairs conflict.
	var periods []cl
	for k, p := range []string{"2021", "2020/2022", "2021-03", "", "1900/2100", "2022/2020", "2019-11/2020-02", "2020", "bad", "2021-12-31"} {
		for f, file := range []string{"a.txt", "b.txt"} {
			periods = append(periods, cl{speaker: fmt.Sprint("S", k%3), metric: []string{"trade", "trade growth", "projects"}[k%3], value: fmt.Sprint(10 + 7*k + f), period: p, file: file})
		}
	}
	sets = append(sets, all, made, build(periods))
	always := func(a, b string) bool { return true }
	same := func(a, b *claim.Claim) bool { return true }
	pairs := 0
	for _, cs := range sets {
		for _, opts := range []Options{
			{Tolerance: DefaultTolerance},
			{Tolerance: DefaultTolerance, Related: lx.Related},
			{Tolerance: DefaultTolerance, Related: lx.Related, SameSubject: same},
			{Tolerance: DefaultTolerance, Related: always, SameSubject: same},
		} {
			got, want := Compare(cs, opts), compareAllPairs(cs, opts)
			if g, w := showAll(got), showAll(want); g != w {
				t.Fatalf("Compare of %d claims:\n%s\nwant\n%s", len(cs), g, w)
			}
			pairs += len(want)
		}
	}
	if pairs < 100 {
		t.Errorf("only %d conflicts in all: the test compares too little", pairs)
	}
}

// TestComparable checks that Compare finds the same conflicts among the
// claims Comparable picks as among all of them, on the claims of every
// test transcript (some targets and claims with no metric among them) and
// on claims made to conflict.
func TestComparable(t *testing.T) {
	for _, tt := range []struct {
		c    claim.Claim
		want bool
	}{
		{claim.Claim{Modality: claim.Actual, Metric: "trade"}, true},
		{claim.Claim{Modality: claim.Target, Metric: "trade"}, false},
		{claim.Claim{Modality: claim.Actual}, false},
		{claim.Claim{Modality: claim.Target}, false},
	} {
		if got := Comparable(&tt.c); got != tt.want {
			t.Errorf("Comparable(%s, metric %q) = %v, want %v", tt.c.Modality, tt.c.Metric, got, tt.want)
		}
	}
	lx := claim.DefaultLexicon()
	all := slices.Concat(testClaims(t, lx)...)
	made := build([]cl{
		{speaker: "A", metric: "trade", value: "10", period: "2021"},
		{speaker: "B", metric: "trade", value: "20", period: "2021"},
		{speaker: "C", metric: "", value: "30", period: "2021"},
	})
	made[1].Modality = claim.Target
	for _, cs := range [][]claim.Claim{all, made, append(slices.Clone(made), all...)} {
		var some []claim.Claim
		for i := range cs {
			if Comparable(&cs[i]) {
				some = append(some, cs[i])
			}
		}
		if len(some) == len(cs) {
			t.Errorf("every one of %d claims is comparable: the test tests nothing", len(cs))
		}
		opts := Options{Tolerance: DefaultTolerance, Related: lx.Related, SameSubject: func(a, b *claim.Claim) bool { return true }}
		if got, want := showAll(Compare(some, opts)), showAll(Compare(cs, opts)); got != want {
			t.Errorf("Compare of the %d comparable claims of %d:\n%s\nwant\n%s", len(some), len(cs), got, want)
		}
	}
}

// TestCompareRepeatsAcrossFiles checks that Compare, which judges the
// repeats of a statement across files as one (alike) until the files'
// rules pass, reports what judging every pair does, in the same order: on
// the claims of the test transcripts and on made-up ones of related
// metrics, copied into several files (two copies in each file, some
// copies with their rounding or flow changed, which splits their sets;
// the copies one after another, or interleaved), with documents about one
// subject by an uneven rule that is not symmetric, and with metrics
// related one way only.
func TestCompareRepeatsAcrossFiles(t *testing.T) {
	lx := claim.DefaultLexicon()
	base := slices.Concat(testClaims(t, lx)...)
	metrics := []string{"trade", "trade growth", "projects", "investment projects", "joint projects"}
	periods := []string{"2021", "2020/2022", "", "2021-03"}
	var made []cl
	for n := range 40 {
		made = append(made, cl{speaker: fmt.Sprint("S", n%4), metric: metrics[n%5], value: fmt.Sprint(10 + 7*n%31),
			period: periods[n/5%4], file: []string{"a.txt", "b.txt"}[n/3%2], sentence: n/2 + 1})
	}
	base = append(base, build(made)...)
	copyOf := func(c claim.Claim, k int) claim.Claim {
		c.File = fmt.Sprintf("copy%d/%s", k/2, c.File) // copies 2n and 2n+1 in one file
		c.Document = fmt.Sprintf("%s #%d", c.Document, k)
		c.Sentence += 100000 * (k % 2) // in other sentences
		switch {
		case k == 3 && c.Pos%3 == 0:
			c.Rounding = c.Rounding.Mul(decimal.NewFromInt(20))
		case k == 4 && c.Flow == "":
			c.Flow = claim.Stock
		}
		return c
	}
	const copies = 7
	var inTurn, interleaved []claim.Claim
	for k := range copies {
		for _, c := range base {
			inTurn = append(inTurn, copyOf(c, k))
		}
	}
	for _, c := range base {
		for k := range copies {
			interleaved = append(interleaved, copyOf(c, k))
		}
	}
	copyNumber := func(c *claim.Claim) int { return int(c.Document[len(c.Document)-1] - '0') }
	uneven := func(a, b *claim.Claim) bool { return (copyNumber(a)+2*copyNumber(b))%5 == 1 }
	oneWay := func(a, b string) bool {
		return a < b && (lx.Related(a, b) || strings.HasSuffix(a, b) || strings.HasSuffix(b, a))
	}
	pairs := map[Class]int{}
	for _, cs := range [][]claim.Claim{inTurn, interleaved} {
		var es []entry
		for i := range cs {
			if Comparable(&cs[i]) {
				e := newEntry(&cs[i], DefaultTolerance)
				e.statement = statement(cs[i])
				es = append(es, e)
			}
		}
		if sets, _ := alike(es); len(sets) > len(es)/3 {
			t.Fatalf("%d sets of %d entries: too few repeats to test", len(sets), len(es))
		}
		always := func(a, b *claim.Claim) bool { return true }
		copyKey := func(c *claim.Claim) string { return fmt.Sprint(copyNumber(c)) } // what uneven reads
		oneKey := func(c *claim.Claim) string { return "" }
		for _, opts := range []Options{
			{Tolerance: DefaultTolerance},
			{Tolerance: DefaultTolerance, Related: oneWay, SameSubject: uneven},
			{Tolerance: DefaultTolerance, Related: lx.Related, SameSubject: uneven},
			{Tolerance: decimal.RequireFromString("0.01"), Related: oneWay, SameSubject: always},
			// A hedge's interval turned inside out, which ParseTolerance
			// refuses: the repeats of one statement then disagree.
			{Tolerance: decimal.RequireFromString("-0.1"), SameSubject: uneven},
			// The same, SameSubject asked by subject keys.
			{Tolerance: DefaultTolerance, Related: oneWay, SameSubject: uneven, SubjectKey: copyKey},
			{Tolerance: DefaultTolerance, Related: lx.Related, SameSubject: uneven, SubjectKey: copyKey},
			{Tolerance: decimal.RequireFromString("0.01"), Related: oneWay, SameSubject: always, SubjectKey: oneKey},
			{Tolerance: decimal.RequireFromString("-0.1"), SameSubject: uneven, SubjectKey: copyKey},
			{Tolerance: DefaultTolerance, SubjectKey: copyKey}, // keys, and no SameSubject: never
		} {
			got, want := Compare(cs, opts), compareAllPairs(cs, opts)
			if g, w := showAll(got), showAll(want); g != w {
				t.Fatalf("Compare of %d claims:\n%s\nwant\n%s", len(cs), g, w)
			}
			for _, c := range want {
				pairs[c.Class]++
			}
		}
	}
	for _, class := range []Class{Contradiction, PeriodMismatch, Possible, Self} {
		if pairs[class] < 20 {
			t.Errorf("%d conflicts of class %s in all: the test compares too little", pairs[class], class)
		}
	}
}

// testClaims returns the claims of each transcript of testdata, read
// with lexicon lx.
func testClaims(t testing.TB, lx *claim.Lexicon) [][]claim.Claim {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/transcripts/*")
	if len(paths) == 0 {
		t.Fatal("no transcripts in testdata")
	}
	var out [][]claim.Claim
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, claim.NewExtractor(lx).Extract(transcript.Parse(p, string(data), "")))
	}
	return out
}

// BenchmarkCompareRepeats compares the claims of the test transcripts
// copied into 40 files, each statement repeated in all of them (an
// archive that publishes a transcript again and again), with documents
// about one subject when their copies' numbers are a multiple of three
// apart.
func BenchmarkCompareRepeats(b *testing.B) {
	lx := claim.DefaultLexicon()
	base := slices.Concat(testClaims(b, lx)...)
	var cs []claim.Claim
	for k := range 40 {
		for _, c := range base {
			c.File = fmt.Sprintf("copy%02d/%s", k, c.File)
			cs = append(cs, c)
		}
	}
	copyNumber := func(c *claim.Claim) int { return int(c.File[4]-'0')*10 + int(c.File[5]-'0') }
	opts := Options{Tolerance: DefaultTolerance, Related: lx.Related,
		SameSubject: func(a, b *claim.Claim) bool { return (copyNumber(a)-copyNumber(b))%3 == 0 }}
	for _, keyed := range []bool{false, true} {
		if keyed {
			// What SameSubject reads: the copy's number, modulo 3.
			opts.SubjectKey = func(c *claim.Claim) string { return fmt.Sprint(copyNumber(c) % 3) }
		}
		b.Run(fmt.Sprintf("keyed=%v", keyed), func(b *testing.B) {
			conflicts := 0
			for b.Loop() {
				conflicts = len(Compare(cs, opts))
			}
			b.ReportMetric(float64(conflicts), "conflicts/op")
			b.ReportMetric(float64(len(cs)), "claims/op")
		})
	}
}
