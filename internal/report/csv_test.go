package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/shopspring/decimal"
)

// TestAppendCell checks the hand-made CSV fields against encoding/csv
// writing cell(s), and that they read back as cell(s).
func TestAppendCell(t *testing.T) {
	for _, s := range []string{
		"", "plain", "a,b", `say "so"`, "two\nlines", "cr\rin", " leading space", "\tleading tab",
		"=SUM(A1)", "+7", "-32", "@home", "\rstarts", "-with, comma", `\.`, `'\.`, "\u00a0no-break",
		"\u2003em space", "trailing ", `"`, `""`, "ends\n", "-\"q\"", "Tokayev’s “$24.5 billion”", "\vvt", "\ffeed", "\x1cfs", "\x00nul", "\u0085nel", "\x08bs",
	} {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		if err := w.Write([]string{cell(s), "x"}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		got := append(appendCell(nil, s), ",x\n"...)
		if string(got) != want.String() {
			t.Errorf("appendCell(%q) = %q, encoding/csv writes %q", s, got, want.String())
		}
		rows, err := csv.NewReader(bytes.NewReader(got)).ReadAll()
		if err != nil || len(rows) != 1 || rows[0][0] != cell(s) {
			t.Errorf("appendCell(%q) reads back as %q (%v)", s, rows, err)
		}
	}
}

// TestAppendDecimal checks the fast decimal form against Decimal.String.
func TestAppendDecimal(t *testing.T) {
	values := []decimal.Decimal{
		decimal.Zero, decimal.New(0, -3), decimal.New(0, 4), decimal.New(1, 0), decimal.New(-1, 0),
		decimal.New(256, 8), decimal.New(-256, 8), decimal.New(25600, -1), decimal.New(5, -1),
		decimal.New(5, -16), decimal.New(-333333333333333333, -18), decimal.New(12300, -2),
		decimal.New(1000, -3), decimal.New(999999999999999999, 0), decimal.New(1, 19), decimal.New(7, -19),
		decimal.RequireFromString("123456789012345678901234567890.5"), decimal.RequireFromString("-0.00010"),
		decimal.New(1, 30).Add(decimal.New(1, -5)),
	}
	for c := int64(-1005); c <= 1005; c += 67 {
		for e := int32(-6); e <= 6; e++ {
			values = append(values, decimal.New(c, e))
		}
	}
	for _, d := range values {
		if got, want := string(appendDecimal([]byte("x"), d)), "x"+d.String(); got != want {
			t.Errorf("appendDecimal(%v e%d) = %q, want %q", d.Coefficient(), d.Exponent(), got, want)
		}
	}
}
