package report

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// TestAppendCell checks the hand-made CSV fields against encoding/csv
// writing cell(s), and that they read back as cell(s).
func TestAppendCell(t *testing.T) {
	for _, s := range []string{
		"", "plain", "a,b", `say "so"`, "two\nlines", "cr\rin", " leading space", "\tleading tab",
		"=SUM(A1)", "+7", "-32", "@home", "\rstarts", "-with, comma", `\.`, `'\.`, "\u00a0no-break",
		"\u2003em space", "trailing ", `"`, `""`, "ends\n", "-\"q\"", "Tokayev’s “$24.5 billion”", "\vvt", "\ffeed", "\x1cfs", "\x00nul", "\u0085nel", "\x08bs",
		"a cell of more than thirty-two bytes, with a comma", "a cell of more than thirty-two bytes with a \"quote\"",
		"a cell of more than thirty-two bytes with a line\nend", "a cell of more than thirty-two bytes with a\rreturn",
		"a cell of more than thirty-two bytes with none at all", "=a formula cell of more than thirty-two bytes",
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

// TestClaimCSVRows checks that the cells ClaimCSV keeps from claim to claim
// (a turn's file, document, date and speaker, a sentence's context) are
// made again whenever they change, within one Write and between Writes:
// the rows of one Write of all the claims, of one Write a claim, and read
// back, are those of each claim.
func TestClaimCSVRows(t *testing.T) {
	var claims []claim.Claim
	contexts := []string{"Trade grew, to $5 billion.", "Trade grew, to $5 billion.", "Another sentence, with 5%.", "Trade grew, to $5 billion."}
	for i := range 12 {
		c := claim.Claim{
			File: "a.txt", Document: "Talks", Date: "2022-11-28", Speaker: "Anna Smith",
			Line: i + 1, Kind: claim.Money, Value: decimal.New(int64(i), 9), Unit: "USD",
			Qualifier: claim.Exact, Modality: claim.Actual, Text: "$5 billion", Context: contexts[i%len(contexts)],
		}
		switch i % 5 {
		case 1:
			c.Speaker = "Ivan Petrov"
		case 2:
			c.Document = "Talks, again"
		case 3:
			c.File, c.Date = "b.txt", ""
		}
		// Equal strings in other memory, as a new document's are.
		c.Context = string([]byte(c.Context))
		claims = append(claims, c)
	}
	out := writeTwice(t, func(w io.Writer) claimWriter { return NewClaimCSV(w) }, claims)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != len(claims)+1 {
		t.Fatalf("%d rows read back (%v), want %d", len(rows), err, len(claims)+1)
	}
	for i, c := range claims {
		row := rows[i+1]
		if row[0] != c.File || row[1] != c.Document || row[2] != c.Date || row[3] != c.Speaker || row[14] != c.Context {
			t.Errorf("row %d: %q, want file %q, document %q, date %q, speaker %q, context %q", i+1, row, c.File, c.Document, c.Date, c.Speaker, c.Context)
		}
	}
}

// claimWriter is what ClaimCSV and ClaimJSONL are.
type claimWriter interface {
	Write(claims []claim.Claim) error
	Flush() error
}

// writeTwice writes claims with the writer newWriter makes, in one Write
// and then in one Write a claim, checks that both write the same, and
// returns it.
func writeTwice(t *testing.T, newWriter func(io.Writer) claimWriter, claims []claim.Claim) string {
	t.Helper()
	var all, each bytes.Buffer
	w := newWriter(&all)
	if err := w.Write(claims); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	w = newWriter(&each)
	for i := range claims {
		if err := w.Write(claims[i : i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if all.String() != each.String() {
		t.Fatalf("one Write:\n%s\none Write a claim:\n%s", all.String(), each.String())
	}
	return all.String()
}
