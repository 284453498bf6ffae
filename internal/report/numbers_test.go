package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	goldenfile "github.com/transcripts/transcripts/internal/golden"

	"github.com/transcripts/transcripts/internal/claim"
)

// numbersSample is the text the numbers goldens are made from: money,
// percentages, a vague quantity, a year, an ordinal, a fraction, and a
// text cell that a spreadsheet would run ("-2.5%").
const numbersSample = "Trade grew almost 9 percent to $25.6 billion in 2021, the first time.\n" +
	"Dozens of firms; -2.5%, and a third of them.\n"

func TestGoldenNumbers(t *testing.T) {
	fs := claim.Scan(numbersSample)
	for _, tt := range []struct{ format, golden string }{
		{"table", "numbers.txt.golden"},
		{"csv", "numbers.csv.golden"},
		{"jsonl", "numbers.jsonl.golden"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteNumbers(tt.format, &b, fs); err != nil {
				t.Fatal(err)
			}
			goldenfile.Check(t, tt.golden, b.Bytes())
		})
	}
}

func TestWriteNumbersEmpty(t *testing.T) {
	for _, tt := range []struct{ format, want string }{
		{"table", "No numbers found.\n"},
		{"csv", strings.Join(NumberColumns, ",") + "\n"},
		{"jsonl", ""},
	} {
		var b bytes.Buffer
		if err := WriteNumbers(tt.format, &b, nil); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s: got %q, want %q", tt.format, b.String(), tt.want)
		}
	}
	if err := WriteNumbers("xml", &bytes.Buffer{}, nil); err == nil {
		t.Error("WriteNumbers(xml) did not fail")
	}
}

// TestNumbersFields checks the machine formats against the mentions: the
// fields named exactly so, in order, the values exact, no value as null.
func TestNumbersFields(t *testing.T) {
	fs := claim.Scan(numbersSample)
	var b bytes.Buffer
	if err := WriteNumbers("jsonl", &b, fs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Fatalf("%d lines for %d mentions", len(lines), len(fs))
	}
	for i, l := range lines {
		var keys []string
		dec := json.NewDecoder(strings.NewReader(l))
		dec.Token() // {
		for dec.More() {
			k, _ := dec.Token()
			keys = append(keys, k.(string))
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
		}
		if strings.Join(keys, ",") != strings.Join(NumberColumns, ",") {
			t.Fatalf("keys %v, want %v", keys, NumberColumns)
		}
		var j jsonNumber
		if err := json.Unmarshal([]byte(l), &j); err != nil {
			t.Fatal(err)
		}
		f := fs[i]
		if j.Start != f.Pos || j.End != f.End || j.Text != numbersSample[j.Start:j.End] || (j.Value == nil) == f.HasValue {
			t.Errorf("line %d = %s, mention %+v", i, l, f)
		}
		if j.Value != nil && *j.Value != f.Value.String() {
			t.Errorf("value %s, want %s", *j.Value, f.Value)
		}
	}
	b.Reset()
	if err := WriteNumbers("csv", &b, fs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(fs)+1 || strings.Join(rows[0], ",") != strings.Join(NumberColumns, ",") {
		t.Fatalf("csv: %d rows, header %v", len(rows), rows[0])
	}
}
