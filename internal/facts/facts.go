// Package facts reads, checks and writes fact tables: the reference figures
// ("2021 Russia–Kazakhstan trade = $24.5 billion") that a team keeps in its
// repository and holds transcripts to (spec §7).
//
// A fact table is CSV with a header. The columns metric, period, value and
// unit are required; scope, qualifier, tolerance and source are optional;
// any other column is an error. Values are written as people type them
// ("24.5 billion", "$24.5bn", "24,500,000,000", "5%") and read exactly, with
// claim.ParseFigure, never as floating point. A UTF-8 byte order mark, CRLF
// line ends, blank lines and lines starting with # are fine. A row that
// cannot be read is an error naming the file, the row's line and the
// problem: a fact table is never read with a row silently left out.
package facts

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// Columns are the columns of a fact table in the order Write writes them.
// The first four are required.
var Columns = []string{"metric", "period", "value", "unit", "scope", "qualifier", "tolerance", "source"}

// required is how many of Columns a table must have.
const required = 4

// Error is a problem with a fact table: its file, the line of the row
// (1 for the header) and what is wrong.
type Error struct {
	File string
	Line int // 0 when the problem is not on one line
	Err  error
}

// Error returns "FILE:LINE: problem", or "FILE: problem" without a line.
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the problem.
func (e *Error) Unwrap() error { return e.Err }

// Read reads the fact table in r; name is the file it came from, for the
// facts' File and for errors. It returns the facts in the table's order,
// or the first problem found.
func Read(r io.Reader, name string) ([]compare.Fact, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1 // checked below, with a clearer message
	cr.TrimLeadingSpace = true
	cr.Comment = '#'

	header, err := cr.Read()
	if err == io.EOF {
		return nil, &Error{File: name, Err: fmt.Errorf("empty fact table: want a header such as %s", strings.Join(Columns[:required], ","))}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	line, _ := cr.FieldPos(0)
	cols, err := readHeader(header)
	if err != nil {
		return nil, &Error{File: name, Line: line, Err: err}
	}

	var out []compare.Fact
	seen := map[key]int{} // → line of the first fact with the key
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue // a spreadsheet's empty row: ",,,"
		}
		f, err := readRow(rec, cols, len(header))
		if err != nil {
			return nil, &Error{File: name, Line: line, Err: err}
		}
		f.File, f.Line = name, line
		k := keyOf(f)
		if first, dup := seen[k]; dup {
			return nil, &Error{File: name, Line: line, Err: fmt.Errorf("%s is already in the table on line %d", k, first)}
		}
		seen[k] = line
		out = append(out, f)
	}
	return out, nil
}

// Join returns the facts of several tables as one list, or an error when
// two of them state the same metric, scope, period and unit.
func Join(tables ...[]compare.Fact) ([]compare.Fact, error) {
	var out []compare.Fact
	seen := map[key]compare.Fact{}
	for _, t := range tables {
		for _, f := range t {
			k := keyOf(f)
			if first, dup := seen[k]; dup {
				return nil, &Error{File: f.File, Line: f.Line, Err: fmt.Errorf("%s is already in %s", k, first.Where())}
			}
			seen[k] = f
			out = append(out, f)
		}
	}
	return out, nil
}

// key identifies what a fact states a figure for: one figure per metric,
// scope, period and unit.
type key struct {
	metric, scope, period, unit string
}

func keyOf(f compare.Fact) key {
	return key{f.Metric, f.Scope, f.Period, f.Unit}
}

// String describes k for an error: `the fact for trade (between russia and
// kazakhstan), 2021, in USD`.
func (k key) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the fact for %s", k.metric)
	if k.scope != "" {
		fmt.Fprintf(&b, " (%s)", k.scope)
	}
	if k.period != "" {
		fmt.Fprintf(&b, ", %s", k.period)
	} else {
		b.WriteString(", any period")
	}
	if k.unit != "" {
		fmt.Fprintf(&b, ", in %s", k.unit)
	}
	return b.String()
}

// csvError turns an error of encoding/csv into one naming the file and
// line.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: pe.Line, Err: fmt.Errorf("bad CSV: %v", pe.Err)}
	}
	return &Error{File: name, Err: err}
}

// readHeader returns the column of each name of Columns (-1 when absent).
func readHeader(header []string) (map[string]int, error) {
	cols := map[string]int{}
	for _, c := range Columns {
		cols[c] = -1
	}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(unguard(h)))
		at, known := cols[name]
		switch {
		case !known:
			return nil, fmt.Errorf("unknown column %q (want %s)", h, strings.Join(Columns, ", "))
		case at >= 0:
			return nil, fmt.Errorf("column %q twice", name)
		}
		cols[name] = i
	}
	var missing []string
	for _, c := range Columns[:required] {
		if cols[c] < 0 {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no %s column: the header must name %s", strings.Join(missing, ", "), strings.Join(Columns[:required], ", "))
	}
	return cols, nil
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// readRow reads one row into a fact; cols are the columns of the header
// and n their number.
func readRow(rec []string, cols map[string]int, n int) (compare.Fact, error) {
	var f compare.Fact
	if len(rec) != n {
		return f, fmt.Errorf("%d fields, want %d (one per column of the header)", len(rec), n)
	}
	for _, s := range rec {
		if !utf8.ValidString(s) {
			return f, errors.New("not UTF-8 text")
		}
	}
	get := func(col string) string {
		if i := cols[col]; i >= 0 {
			return strings.TrimSpace(unguard(strings.TrimSpace(rec[i])))
		}
		return ""
	}
	f.Metric = words(get("metric"))
	if f.Metric == "" {
		return f, errors.New("no metric")
	}
	f.Scope = words(get("scope"))
	f.Source = get("source")
	f.Period = get("period")
	if err := compare.CheckPeriod(f.Period); err != nil {
		return f, err
	}
	f.Text = get("value")
	if f.Text == "" {
		return f, errors.New("no value")
	}
	v, err := claim.ParseFigure(f.Text)
	if err != nil {
		return f, fmt.Errorf("bad value: %v", err)
	}
	f.Kind, f.Value, f.Rounding, f.Unit, f.Qualifier = v.Kind, v.Value, v.Rounding, v.Unit, v.Qualifier

	unit, err := Unit(get("unit"))
	if err != nil {
		return f, err
	}
	switch {
	case unit == "" || unit == f.Unit:
	case f.Unit != "":
		return f, fmt.Errorf("the value %q is in %s, the unit column says %s", f.Text, f.Unit, unit)
	case f.Kind == claim.Fraction:
		return f, fmt.Errorf("the value %q is a fraction, which has no unit; the unit column says %s", f.Text, unit)
	default:
		f.Unit, f.Kind = unit, kindOf(unit)
	}

	if q := get("qualifier"); q != "" {
		qual, err := qualifier(q)
		if err != nil {
			return f, err
		}
		if f.Qualifier != claim.Exact && f.Qualifier != qual {
			return f, fmt.Errorf("the value %q is %s, the qualifier column says %s", f.Text, f.Qualifier, qual)
		}
		f.Qualifier = qual
	}
	if t := get("tolerance"); t != "" {
		tol, err := compare.ParseTolerance(t)
		if err != nil {
			return f, err
		}
		f.Tolerance = decimal.NewNullDecimal(tol)
	}
	return f, nil
}

// Unit returns the unit a fact table's unit cell names, as claims write
// it: an ISO 4217 code for money ("USD", "usd", "$", "dollars"), "%"
// ("%", "percent"), "pp" ("percentage points"), "x" ("times", "fold") or
// "" (a count or a fraction).
func Unit(s string) (string, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(strings.Join(strings.Fields(s), " ")) {
	case "":
		return "", nil
	case "%", "percent", "per cent", "pct":
		return "%", nil
	case "pp", "p.p.", "percentage point", "percentage points":
		return "pp", nil
	case "x", "×", "times", "fold":
		return "x", nil
	}
	for _, figure := range []string{"1 " + s, s + "1"} {
		if c, err := claim.ParseFigure(figure); err == nil && c.Kind == claim.Money {
			return c.Unit, nil
		}
	}
	if len(s) == 3 && isLetters(s) {
		return strings.ToUpper(s), nil // an ISO 4217 code the extractor does not know
	}
	return "", fmt.Errorf("unknown unit %q (want an ISO 4217 code such as USD, %%, pp, x, or nothing for a count)", s)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// kindOf is the kind of claim a unit belongs to.
func kindOf(unit string) claim.Kind {
	switch unit {
	case "":
		return claim.Count
	case "%", "pp":
		return claim.Percent
	case "x":
		return claim.Multiplier
	}
	return claim.Money
}

// qualifiers are the values of the qualifier column.
var qualifiers = []claim.Qualifier{claim.Exact, claim.About, claim.Almost, claim.Over, claim.AtLeast, claim.Under, claim.UpTo}

// qualifier reads a qualifier cell: "almost", "at_least" or "at least".
func qualifier(s string) (claim.Qualifier, error) {
	q := strings.ReplaceAll(strings.Join(strings.Fields(strings.ToLower(s)), "_"), "-", "_")
	for _, known := range qualifiers {
		if q == string(known) {
			return known, nil
		}
	}
	names := make([]string, len(qualifiers))
	for i, known := range qualifiers {
		names[i] = string(known)
	}
	return "", fmt.Errorf("unknown qualifier %q (want %s)", s, strings.Join(names, ", "))
}

// words lower-cases s and collapses its runs of white space, as claims
// write metrics and scopes.
func words(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// guarded are the first characters that a spreadsheet would run as a
// formula (and # that would make a row a comment); Write puts a "'"
// before a text cell that starts with one, and Read takes it off.
const guarded = "=+-@#"

// unguard takes off the "'" that guards a cell.
func unguard(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte(guarded, s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// guard puts a "'" before a text cell that a spreadsheet would run.
func guard(s string) string {
	if s != "" && strings.IndexByte(guarded, s[0]) >= 0 {
		return "'" + s
	}
	return s
}
