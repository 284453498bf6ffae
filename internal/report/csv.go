package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

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
func (c *csvWriter) Stats(r *Report) error { return writeRows(NewClaimCSV(c.w), r.Claims) }

// claimRows is a writer of claims as rows (ClaimCSV, ClaimJSONL).
type claimRows interface {
	Write(claims []claim.Claim) error
	Flush() error
}

// writeRows writes claims with w and flushes it.
func writeRows(w claimRows, claims []claim.Claim) error {
	if err := w.Write(claims); err != nil {
		return err
	}
	return w.Flush()
}

// ClaimCSV writes claims as CSV rows as they come, header first: the
// claims CSV of a file of any size, one part at a time. It formats the
// rows itself into a buffer it reuses (quoting as encoding/csv does, with
// LF line ends), because at a hundred megabytes a second the general
// writer's per-field calls are a tenth of the tool's time.
type ClaimCSV struct {
	rowBuffer
	sharedCells // head: file, document, date, speaker and the commas after them; tail: a comma and the context
	header      bool
}

// flushAt is how many bytes ClaimCSV gathers before it writes them.
const flushAt = 64 << 10

// NewClaimCSV returns a ClaimCSV writing to w.
func NewClaimCSV(w io.Writer) *ClaimCSV {
	return &ClaimCSV{rowBuffer: rowBuffer{w: w, format: "csv"}}
}

// NewClaimRows returns a ClaimCSV that writes rows only, no header: a
// piece of the claims CSV, for a writer that puts pieces together.
func NewClaimRows(w io.Writer) *ClaimCSV {
	c := NewClaimCSV(w)
	c.header = true
	return c
}

// Reset makes c write to w from now on, keeping its buffers, so that a
// writer of many small pieces (a file's rows each) does not grow a new
// buffer for each; it forgets an earlier write error. Call it after Flush.
func (c *ClaimCSV) Reset(w io.Writer) { c.reset(w) }

// Write writes the rows of claims (and the header, the first time).
func (c *ClaimCSV) Write(claims []claim.Claim) error {
	if c.err != nil {
		return c.err
	}
	b := c.buf
	if !c.header {
		c.header = true
		b = appendRow(b, ClaimColumns...)
	}
	for i := range claims {
		cl := &claims[i]
		var prev *claim.Claim
		if i > 0 {
			prev = &claims[i-1]
		}
		if c.newTurn(cl, prev) {
			c.head = appendCell(c.head[:0], cl.File)
			c.head = appendCell(append(c.head, ','), cl.Document)
			c.head = appendCell(append(c.head, ','), cl.Date)
			c.head = appendCell(append(c.head, ','), cl.Speaker)
			c.head = append(c.head, ',')
		}
		if c.newSentence(cl, prev) {
			c.tail = appendCell(append(c.tail[:0], ','), cl.Context)
			c.tail = append(c.tail, '\n')
		}
		b = append(b, c.head...)
		b = strconv.AppendInt(b, int64(cl.Line), 10)
		b = appendCell(append(b, ','), string(cl.Kind))
		b = appendDecimal(append(b, ','), cl.Value)
		b = appendCell(append(b, ','), cl.Unit)
		b = appendCell(append(b, ','), string(cl.Qualifier))
		b = appendCell(append(b, ','), cl.Metric)
		b = appendCell(append(b, ','), cl.Scope)
		b = appendCell(append(b, ','), cl.Period)
		b = appendCell(append(b, ','), string(cl.Modality))
		b = appendCell(append(b, ','), cl.Text)
		b = append(b, c.tail...)
		if len(b) >= flushAt {
			if b = c.write(b); c.err != nil {
				return c.err
			}
		}
	}
	c.buf = b
	return nil
}

// Flush writes the header if nothing was written yet, and what is
// gathered.
func (c *ClaimCSV) Flush() error {
	if err := c.Write(nil); err != nil {
		return err
	}
	return c.flush()
}

// sharedCells keeps, for a writer of a row a claim, the pieces of its
// rows that the claims of one turn share (their file, document, date and
// speaker: head) and those of one sentence (its context: tail), formatted
// once, and the strings they were made of, copied, since the text the
// claims were read from may be gone (its memory reused) by the next
// Write.
type sharedCells struct {
	file, document, date, speaker, context []byte
	head, tail                             []byte
}

// newTurn reports whether head must be made for claim c: whether c's
// turn is another than the one head was made for (or none was yet), whose
// strings it then keeps. prev, the claim before c in the same Write (or
// nil), was written with head: the same strings there (most often the
// very same memory, told at once) keep it without comparing with the
// copies.
func (s *sharedCells) newTurn(c, prev *claim.Claim) bool {
	if prev != nil && c.File == prev.File && c.Document == prev.Document && c.Date == prev.Date && c.Speaker == prev.Speaker {
		return false
	}
	if s.head != nil && c.File == string(s.file) && c.Document == string(s.document) && c.Date == string(s.date) && c.Speaker == string(s.speaker) {
		return false
	}
	s.file, s.document = append(s.file[:0], c.File...), append(s.document[:0], c.Document...)
	s.date, s.speaker = append(s.date[:0], c.Date...), append(s.speaker[:0], c.Speaker...)
	return true
}

// newSentence is newTurn for tail and c's context.
func (s *sharedCells) newSentence(c, prev *claim.Claim) bool {
	if prev != nil && c.Context == prev.Context || s.tail != nil && c.Context == string(s.context) {
		return false
	}
	s.context = append(s.context[:0], c.Context...)
	return true
}

// rowBuffer gathers the rows a streaming writer (ClaimCSV, ClaimJSONL)
// formats, and writes them out when asked (every flushAt bytes),
// keeping the first write error.
type rowBuffer struct {
	w      io.Writer
	buf    []byte
	err    error  // the first write error: every later write returns it
	format string // the format's name, for the error
}

// write writes b out and returns it emptied, keeping the first error.
func (r *rowBuffer) write(b []byte) []byte {
	if _, err := r.w.Write(b); err != nil && r.err == nil {
		r.err = fmt.Errorf("report: %s: %w", r.format, err)
	}
	r.buf = b[:0]
	return r.buf
}

// flush writes what is gathered, and returns the first write error.
func (r *rowBuffer) flush() error {
	if r.err == nil && len(r.buf) > 0 {
		r.write(r.buf)
	}
	return r.err
}

// reset makes r write to w from now on, keeping its buffer, and forgets
// an earlier write error.
func (r *rowBuffer) reset(w io.Writer) {
	r.w, r.err, r.buf = w, nil, r.buf[:0]
}

// appendRow appends fields as one CSV row, each made safe by cell.
func appendRow(b []byte, fields ...string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCell(b, f)
	}
	return append(b, '\n')
}

// appendCell appends cell(s) as a CSV field, quoted as encoding/csv
// quotes it: when it holds a comma, a quote, a CR or an LF, starts with
// white space, or is `\.`.
func appendCell(b []byte, s string) []byte {
	if s == "" {
		return b
	}
	guard := formulaStart[s[0]]
	quote := false
	if len(s) < 32 { // a short cell (most): one pass a byte at a time, here
		for i := 0; i < len(s) && !quote; i++ {
			quote = csvSpecial[s[i]]
		}
	} else {
		quote = hasSpecial(s)
	}
	if !guard && !quote { // cell(s) is s; it may still start with a space
		if c := s[0]; c < utf8.RuneSelf {
			quote = c == ' ' || '\t' <= c && c <= '\r' || s == `\.` // the ASCII white space of unicode.IsSpace
		} else {
			r, _ := utf8.DecodeRuneInString(s)
			quote = unicode.IsSpace(r)
		}
	}
	if quote {
		b = append(b, '"')
	}
	if guard {
		b = append(b, '\'')
	}
	for quote {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	if quote {
		b = append(b, '"')
	}
	return b
}

// hasSpecial reports whether s, a long cell, holds a byte that makes a
// CSV field quoted: four block scans beat one scan a byte at a time, and
// most contexts have a comma early (appendCell reads a short cell itself).
func hasSpecial(s string) bool {
	return strings.IndexByte(s, ',') >= 0 || strings.IndexByte(s, '"') >= 0 ||
		strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0
}

// csvSpecial marks the bytes that make a CSV field quoted.
var csvSpecial = [256]bool{',': true, '"': true, '\n': true, '\r': true}

// appendDecimal appends d as d.String() does (plain digits, no trailing
// zeros after the point), without building big integers for the
// coefficients that fit in 18 digits.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	exp := d.Exponent()
	if d.NumDigits() > 18 || exp > 18 || exp < -18 {
		return append(b, d.String()...)
	}
	c := d.CoefficientInt64()
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	if exp >= 0 {
		if b = strconv.AppendInt(b, c, 10); c != 0 {
			for range exp {
				b = append(b, '0')
			}
		}
		return b
	}
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], c, 10)
	point := len(ds) + int(exp) // digits before the point
	if point > 0 {
		b = append(b, ds[:point]...)
		ds = ds[point:]
	} else {
		b = append(b, '0')
	}
	frac := len(ds)
	for frac > 0 && ds[frac-1] == '0' {
		frac--
	}
	if frac == 0 {
		return b
	}
	b = append(b, '.')
	for range -point {
		b = append(b, '0')
	}
	return append(b, ds[:frac]...)
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
	if s != "" && formulaStart[s[0]] {
		return "'" + s
	}
	return s
}

// formulaStart marks the first bytes that make a spreadsheet run a cell.
var formulaStart = [256]bool{'=': true, '+': true, '-': true, '@': true, '\t': true, '\r': true}
