package compare

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// fact returns a fact stating figure (as a table cell would) for metric in
// period.
func fact(t *testing.T, metric, scope, period, figure string) Fact {
	t.Helper()
	c, err := claim.ParseFigure(figure)
	if err != nil {
		t.Fatal(err)
	}
	return Fact{Metric: metric, Scope: scope, Period: period, Kind: c.Kind, Value: c.Value, Rounding: c.Rounding,
		Unit: c.Unit, Qualifier: c.Qualifier, Text: figure, File: "facts.csv", Line: 2}
}

// said returns an actual claim stating figure about metric in period, on
// line 7 of talk.txt, of a document dated 2022-11-28.
func said(t *testing.T, metric, scope, period, figure string) claim.Claim {
	t.Helper()
	c, err := claim.ParseFigure(figure)
	if err != nil {
		t.Fatal(err)
	}
	c.File, c.Line, c.Date, c.Speaker = "talk.txt", 7, "2022-11-28", "ALICE"
	c.Metric, c.Scope, c.Period, c.Modality = metric, scope, period, claim.Actual
	c.Change = strings.HasSuffix(metric, " growth")
	return c
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name     string
		claim    claim.Claim
		fact     Fact
		disagree bool
		met      bool // the claim met the fact at all
	}{
		{"exact figures apart", said(t, "trade", "", "2021", "$25.6 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), true, true},
		{"rounding overlaps", said(t, "trade", "", "2021", "$24.5 billion"), fact(t, "trade", "", "2021", "24,520,000,000 USD"), false, true},
		{"almost reaches", said(t, "trade", "", "2021", "almost $24.5 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), false, true},
		{"about reaches within tolerance", said(t, "trade", "", "2021", "about $25 billion"), fact(t, "trade", "", "2021", "$26 billion"), false, true},
		{"about falls short", said(t, "trade", "", "2021", "about $20 billion"), fact(t, "trade", "", "2021", "$26 billion"), true, true},
		{"over is above", said(t, "trade", "", "2021", "over $30 billion"), fact(t, "trade", "", "2021", "$26 billion"), true, true},
		{"a hedged fact", said(t, "trade", "", "2021", "$25 billion"), fact(t, "trade", "", "2021", "almost $25.5 billion"), false, true},
		{"another metric", said(t, "exports", "", "2021", "$25.6 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), false, false},
		{"another unit", said(t, "trade", "", "2021", "RUB 25.6 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), false, false},
		{"another scope", said(t, "trade", "from russia", "2021", "$25.6 billion"), fact(t, "trade", "to russia", "2021", "$24.5 billion"), false, false},
		{"a scope and none", said(t, "trade", "between russia and kazakhstan", "2021", "$25.6 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), true, true},
		{"no scope and a scope", said(t, "trade", "", "2021", "$25.6 billion"), fact(t, "trade", "from russia", "2021", "$24.5 billion"), true, true},
		{"another period", said(t, "trade", "", "2020", "$25.6 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), false, false},
		{"overlapping period", said(t, "trade growth", "", "2022-01/2022-08", "9%"), fact(t, "trade growth", "", "2022-01/2022-09", "5%"), true, true},
		{"undated claim: the year to its date", said(t, "trade", "", "", "$25.6 billion"), fact(t, "trade", "", "2022", "$24.5 billion"), true, true},
		{"undated claim, old fact", said(t, "trade", "", "", "$25.6 billion"), fact(t, "trade", "", "2019", "$24.5 billion"), false, false},
		{"a fact for any period", said(t, "regions", "", "2014", "89"), fact(t, "regions", "", "", "85"), true, true},
		{"five times apart: another thing", said(t, "trade", "", "2021", "$2 billion"), fact(t, "trade", "", "2021", "$24.5 billion"), false, false},
		{"changes are not held to magnitude", said(t, "trade growth", "", "2021", "2%"), fact(t, "trade growth", "", "2021", "35%"), true, true},
		{"a fall", said(t, "exports growth", "", "2021", "-32%"), fact(t, "exports growth", "", "2021", "-30%"), true, true},
		{"a fall that agrees", said(t, "exports growth", "", "2021", "-32%"), fact(t, "exports growth", "", "2021", "about -31%"), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, checked := Check([]claim.Claim{tt.claim}, []Fact{tt.fact}, Options{Tolerance: DefaultTolerance})
			if got := len(ds) > 0; got != tt.disagree {
				t.Errorf("disagree = %v, want %v", got, tt.disagree)
			}
			if got := checked == 1; got != tt.met {
				t.Errorf("met = %v, want %v", got, tt.met)
			}
		})
	}
}

func TestCheckTolerance(t *testing.T) {
	c := said(t, "trade", "", "2021", "$25.6 billion")
	f := fact(t, "trade", "", "2021", "$24.5 billion")
	for _, tt := range []struct {
		tolerance string
		disagree  bool
	}{{"", true}, {"4%", true}, {"5%", false}, {"0", true}} {
		f.Tolerance = decimal.NullDecimal{}
		if tt.tolerance != "" {
			tol, err := ParseTolerance(tt.tolerance)
			if err != nil {
				t.Fatal(err)
			}
			f.Tolerance = decimal.NewNullDecimal(tol)
		}
		ds, _ := Check([]claim.Claim{c}, []Fact{f}, Options{Tolerance: DefaultTolerance})
		if got := len(ds) > 0; got != tt.disagree {
			t.Errorf("tolerance %q: disagree = %v, want %v", tt.tolerance, got, tt.disagree)
		}
	}
	// A tolerance of 0 makes an exact fact exact to the unit: 24.5 billion
	// stated is no longer 24.45–24.55 billion.
	f.Tolerance = decimal.NewNullDecimal(decimal.Zero)
	lo, hi := f.Interval(DefaultTolerance)
	if !lo.Equal(f.Value) || !hi.Equal(f.Value) {
		t.Errorf("interval with tolerance 0 = [%s, %s]", lo, hi)
	}
}

func TestCheckSkips(t *testing.T) {
	f := fact(t, "trade", "", "2021", "$24.5 billion")
	target := said(t, "trade", "", "2021", "$100 billion")
	target.Modality = claim.Target
	noMetric := said(t, "", "", "2021", "$25.6 billion")
	own := said(t, "trade", "", "2021", "$25.6 billion")
	taken := f
	taken.Source = "talk.txt:7" // the line of own
	ds, checked := Check([]claim.Claim{target, noMetric, own}, []Fact{taken}, Options{Tolerance: DefaultTolerance})
	if len(ds) != 0 || checked != 0 {
		t.Errorf("targets, claims without a metric and the fact's own line are checked: %v", ds)
	}
	taken.Source = "talk.txt:8"
	if ds, _ := Check([]claim.Claim{own}, []Fact{taken}, Options{Tolerance: DefaultTolerance}); len(ds) != 1 {
		t.Errorf("a fact taken from another line does not judge line 7")
	}
}

func TestCheckDifference(t *testing.T) {
	ds, _ := Check([]claim.Claim{said(t, "trade", "", "2021", "$25.6 billion")},
		[]Fact{fact(t, "trade", "", "2021", "$24.5 billion"), fact(t, "trade", "", "", "$20 billion")},
		Options{Tolerance: DefaultTolerance})
	if len(ds) != 2 {
		t.Fatalf("got %d disagreements, want one per fact", len(ds))
	}
	if !ds[0].Difference.Equal(decimal.RequireFromString("1100000000")) || !ds[0].RelativeDifference.Equal(decimal.RequireFromString("0.0449")) {
		t.Errorf("difference = %s (%s)", ds[0].Difference, ds[0].RelativeDifference)
	}
	zero := fact(t, "balance", "", "2021", "0")
	ds, _ = Check([]claim.Claim{said(t, "balance", "", "2021", "5")}, []Fact{zero}, Options{Tolerance: DefaultTolerance})
	if len(ds) != 1 || !ds[0].RelativeDifference.IsZero() {
		t.Errorf("against 0: %+v", ds)
	}
}

func TestCheckPeriod(t *testing.T) {
	for _, p := range []string{"", "2021", "2022-08", "2022-11-28", "2022-01/2022-08", "2021/2022", "2022-01-01/2022-12"} {
		if err := CheckPeriod(p); err != nil {
			t.Errorf("CheckPeriod(%q) = %v", p, err)
		}
	}
	for _, p := range []string{"last year", "2022-13", "2022-1", "21", "2022-08/2022-01", "2021/", "/2021", "2021/2022/2023", "2022-02-30"} {
		if err := CheckPeriod(p); err == nil || !strings.HasPrefix(err.Error(), "bad period") {
			t.Errorf("CheckPeriod(%q) = %v, want an error", p, err)
		}
	}
}

// TestCheckable checks which claims a run that checks keeps: those of a
// metric and unit some fact has, whatever their scope, period or value.
func TestCheckable(t *testing.T) {
	checkable := Checkable([]Fact{
		fact(t, "trade", "", "2021", "$24.5 billion"),
		fact(t, "trade growth", "", "", "5%"),
		fact(t, "projects", "", "", "30"),
	})
	for _, tt := range []struct {
		metric, unit string
		want         bool
	}{
		{"trade", "USD", true},
		{"trade", "EUR", false},
		{"trade", "", false},
		{"trade growth", "%", true},
		{"trade growth", "pp", false},
		{"projects", "", true},
		{"investment", "USD", false},
		{"", "USD", false},
		{"", "", false},
	} {
		c := claim.Claim{Metric: tt.metric, Unit: tt.unit, Scope: "between russia and kazakhstan", Period: "1999", Value: decimal.NewFromInt(-7)}
		if got := checkable(&c); got != tt.want {
			t.Errorf("Checkable(...)(%q, %q) = %v, want %v", tt.metric, tt.unit, got, tt.want)
		}
	}
}
