package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/transcripts/transcripts/internal/claim"
)

// ClaimColumns are the columns of the CSV of claims (spec §6).
var ClaimColumns = []string{
	"file", "document", "date", "speaker", "line", "kind", "value", "unit",
	"qualifier", "metric", "scope", "period", "modality", "text", "context",
}

// ConflictColumns are the columns of the CSV of conflicts (spec §6).
var ConflictColumns = []string{
	"metric", "scope", "class",
	"speaker_a", "value_a", "unit", "period_a", "file_a", "line_a", "text_a",
	"speaker_b", "value_b", "period_b", "file_b", "line_b", "text_b",
	"difference", "relative_difference", "document_a", "document_b",
}

// csvWriter prints one row per claim or per conflict, header first, with
// LF line ends. Values are exact decimals in plain digits.
type csvWriter struct {
	w io.Writer
}

// Stats prints the claims.
func (c *csvWriter) Stats(r *Report) error {
	w := NewClaimCSV(c.w)
	if err := w.Write(r.Claims); err != nil {
		return err
	}
	return w.Flush()
}

// ClaimCSV writes claims as CSV rows as they come, header first: the
// claims CSV of a file of any size, one part at a time.
type ClaimCSV struct {
	w      *csv.Writer
	header bool
}

// NewClaimCSV returns a ClaimCSV writing to w.
func NewClaimCSV(w io.Writer) *ClaimCSV {
	cw := csv.NewWriter(w)
	cw.UseCRLF = false
	return &ClaimCSV{w: cw}
}

// NewClaimRows returns a ClaimCSV that writes rows only, no header: a
// piece of the claims CSV, for a writer that puts pieces together.
func NewClaimRows(w io.Writer) *ClaimCSV {
	c := NewClaimCSV(w)
	c.header = true
	return c
}

// Write writes the rows of claims (and the header, the first time).
func (c *ClaimCSV) Write(claims []claim.Claim) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(ClaimColumns); err != nil {
			return fmt.Errorf("report: csv: %w", err)
		}
	}
	for _, cl := range claims {
		if err := c.w.Write([]string{
			cell(cl.File), cell(cl.Document), cell(cl.Date), cell(cl.Speaker),
			strconv.Itoa(cl.Line), cell(string(cl.Kind)), cl.Value.String(), cell(cl.Unit),
			cell(string(cl.Qualifier)), cell(cl.Metric), cell(cl.Scope), cell(cl.Period),
			cell(string(cl.Modality)), cell(cl.Text), cell(cl.Context),
		}); err != nil {
			return fmt.Errorf("report: csv: %w", err)
		}
	}
	return c.w.Error()
}

// Flush writes the header if nothing was written yet, and flushes.
func (c *ClaimCSV) Flush() error {
	if err := c.Write(nil); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// Conflicts prints the conflicts.
func (c *csvWriter) Conflicts(r *Report) error {
	rows := [][]string{ConflictColumns}
	for _, cf := range r.Conflicts {
		a, b := cf.A, cf.B
		rows = append(rows, []string{
			cell(cf.Metric), cell(cf.Scope), cell(string(cf.Class)),
			cell(a.Speaker), a.Value.String(), cell(a.Unit), cell(a.Period), cell(a.File), strconv.Itoa(a.Line), cell(a.Text),
			cell(b.Speaker), b.Value.String(), cell(b.Period), cell(b.File), strconv.Itoa(b.Line), cell(b.Text),
			cf.Difference.String(), relativeString(cf), cell(a.Document), cell(b.Document),
		})
	}
	return c.write(rows)
}

func (c *csvWriter) write(rows [][]string) error {
	w := csv.NewWriter(c.w)
	w.UseCRLF = false
	for _, row := range rows {
		if err := w.Write(row); err != nil {
			return fmt.Errorf("report: csv: %w", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// cell makes s safe as a text cell of a spreadsheet: a cell that starts
// with "=", "+", "-", "@", a tab or a carriage return gets a leading "'"
// so that it is never run as a formula. Numeric cells are not passed
// through cell: they stay plain numbers, negative ones included.
func cell(s string) string {
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			return "'" + s
		}
	}
	return s
}
