package claim

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// showFailures makes TestConformance log every failing case (make
// conformance sets it).
var showFailures = flag.Bool("failures", false, "log every failing conformance case")

// conformanceFloor is the pass rate each conformance file must reach, over
// all its cases.
const conformanceFloor = 0.90

// conformanceFiles are the Recognizers-Text spec files in
// testdata/conformance, each with the mention kinds that count as its kind.
var conformanceFiles = []struct {
	name  string
	kinds func(Kind) bool
}{
	// A number is any mention of a quantity: every kind but the ordinals,
	// dates and times, which name a position or a moment.
	{"recognizers-en-number.jsonl", func(k Kind) bool { return k != Ordinal && k != Date && k != Time }},
	{"recognizers-en-percent.jsonl", func(k Kind) bool { return k == Percent }},
	{"recognizers-en-currency.jsonl", func(k Kind) bool { return k == Money }},
}

// conformanceCase is one line of a conformance file (see
// testdata/conformance/README.md for every field).
type conformanceCase struct {
	ID       string `json:"id"`
	Input    string `json:"input"`
	Expected []struct {
		Text  string          `json:"text"`
		Value json.RawMessage `json:"value"`
		Start int             `json:"start"`
	} `json:"expected"`
}

// TestConformance runs the number reader on every case of the conformance
// files and holds each file to conformanceFloor. A case passes when the
// reader finds exactly as many mentions of the file's kind as expected and,
// in order of position, each one's value equals the expected one after
// canonicalisation (canonicalValue).
func TestConformance(t *testing.T) {
	for _, f := range conformanceFiles {
		t.Run(strings.TrimSuffix(f.name, ".jsonl"), func(t *testing.T) {
			cases := readConformance(t, filepath.Join("..", "..", "testdata", "conformance", f.name))
			passed := 0
			for _, c := range cases {
				want := make([]string, len(c.Expected))
				for i, e := range c.Expected {
					want[i] = expectedValue(t, c.ID, e.Value)
				}
				var got, texts []string
				for _, m := range Scan(c.Input) {
					if !f.kinds(m.Kind) {
						continue
					}
					v := "null"
					if m.HasValue {
						v = canonicalValue(m.Value)
					}
					got = append(got, v)
					texts = append(texts, m.Text)
				}
				if strings.Join(got, " ") == strings.Join(want, " ") {
					passed++
				} else if *showFailures {
					t.Logf("FAIL %s %q\n\twant %q\n\tgot  %q from %q", c.ID, c.Input, want, got, texts)
				}
			}
			rate := float64(passed) / float64(len(cases))
			t.Logf("%s: %d of %d cases pass (%.1f%%)", f.name, passed, len(cases), 100*rate)
			if rate < conformanceFloor {
				t.Errorf("%s: %.1f%% of the cases pass, want at least %.0f%% (make conformance lists the failures)", f.name, 100*rate, 100*conformanceFloor)
			}
		})
	}
}

// readConformance reads the cases of a JSON Lines conformance file.
func readConformance(t *testing.T, path string) []conformanceCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []conformanceCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c conformanceCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return cases
}

// expectedValue canonicalises an upstream value: JSON null and the string
// "null" are "null" (no value); "35%" loses its percent sign.
func expectedValue(t *testing.T, id string, raw json.RawMessage) string {
	t.Helper()
	var s *string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("%s: value %s: %v", id, raw, err)
	}
	if s == nil || *s == "null" {
		return "null"
	}
	d, err := decimal.NewFromString(strings.TrimSuffix(*s, "%"))
	if err != nil {
		t.Fatalf("%s: value %q: %v", id, *s, err)
	}
	return canonicalValue(d)
}

// canonicalValue prints d rounded to 15 significant digits (upstream
// computes in binary floating point and prints 15), in plain digits with
// no exponent and no trailing zeros.
func canonicalValue(d decimal.Decimal) string {
	if d.IsZero() {
		return "0"
	}
	digits := len(d.Coefficient().String())
	if d.Sign() < 0 {
		digits-- // the minus sign
	}
	// The place of the most significant digit: 10^top.
	top := digits - 1 + int(d.Exponent())
	if places := 15 - 1 - top; places < -int(d.Exponent()) {
		d = d.Round(int32(places))
	}
	return d.String()
}

func TestCanonicalValue(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"0.3333333333333333", "0.333333333333333"},
		{"103.6666666666666667", "103.666666666667"},
		{"1E-12", "0.000000000001"},
		{"-1.2732E+15", "-1273200000000000"},
		{"4.800", "4.8"},
		{"25600000000", "25600000000"},
		{"-0.8", "-0.8"},
	} {
		if got := canonicalValue(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("canonicalValue(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
