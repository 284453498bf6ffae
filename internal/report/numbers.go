package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/transcripts/transcripts/internal/claim"
)

// NumberColumns are the fields of each numeric mention that `transcripts
// numbers` prints: the CSV header and the JSON Lines keys, in this order.
var NumberColumns = []string{"start", "end", "line", "text", "kind", "value", "unit", "qualifier", "vague", "claim", "reason"}

// NumberFormats lists the formats WriteNumbers accepts.
var NumberFormats = []string{"table", "csv", "jsonl"}

// jsonNumber is one line of the JSON Lines output. Value is the exact
// decimal as a string, or null when the mention has none (a vague
// quantity, a date, a time).
type jsonNumber struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Line      int     `json:"line"`
	Text      string  `json:"text"`
	Kind      string  `json:"kind"`
	Value     *string `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
	Vague     bool    `json:"vague"`
	Claim     bool    `json:"claim"`
	Reason    string  `json:"reason"`
}

// WriteNumbers prints the numeric mentions fs in format: "table" for
// people (line, text, kind, value, unit, qualifier, and "claim" or the
// reason it is not one), "csv" with the NumberColumns, or "jsonl", one JSON
// object per mention. Values in csv and jsonl are exact decimals in plain
// digits; a mention with no value has an empty cell or null.
func WriteNumbers(format string, w io.Writer, fs []claim.Found) error {
	switch format {
	case "table", "":
		tab, err := renderGrid(numbersGrid(fs), false)
		if err != nil {
			return err
		}
		return write(w, tidyLines(tab, MaxWidth))
	case "csv", "jsonl":
		rows := NewNumberRows(format, w)
		if err := rows.Write(fs); err != nil {
			return err
		}
		return rows.Flush()
	}
	return fmt.Errorf("unknown format %q for numbers (want one of %s)", format, strings.Join(NumberFormats, ", "))
}

// NumberRows writes numeric mentions as they come, in csv (the header
// first, before the first mention or at Flush) or jsonl, a row or line
// each, as WriteNumbers prints them all at once: `transcripts numbers`
// on a large file writes each part's mentions and forgets them.
type NumberRows struct {
	csv    *csv.Writer   // for csv
	bw     *bufio.Writer // for jsonl, under enc
	enc    *json.Encoder
	header bool // the csv header is written
}

// NewNumberRows returns a NumberRows writing format ("csv" or "jsonl";
// any other is taken as jsonl) to w.
func NewNumberRows(format string, w io.Writer) *NumberRows {
	if format == "csv" {
		c := csv.NewWriter(w)
		c.UseCRLF = false
		return &NumberRows{csv: c}
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &NumberRows{bw: bw, enc: enc}
}

// Write writes the rows of fs.
func (n *NumberRows) Write(fs []claim.Found) error {
	if n.csv != nil {
		n.writeHeader()
		for _, f := range fs {
			if err := n.csv.Write([]string{
				strconv.Itoa(f.Pos), strconv.Itoa(f.End), strconv.Itoa(f.Line), cell(f.Text),
				string(f.Kind), valueString(f), f.Unit, string(f.Qualifier),
				strconv.FormatBool(f.Vague), strconv.FormatBool(f.Claim), cell(f.Reason),
			}); err != nil {
				return fmt.Errorf("report: csv: %w", err)
			}
		}
		return nil
	}
	for _, f := range fs {
		j := jsonNumber{
			Start: f.Pos, End: f.End, Line: f.Line, Text: f.Text, Kind: string(f.Kind),
			Unit: f.Unit, Qualifier: string(f.Qualifier), Vague: f.Vague, Claim: f.Claim, Reason: f.Reason,
		}
		if f.HasValue {
			v := f.Value.String()
			j.Value = &v
		}
		if err := n.enc.Encode(j); err != nil {
			return fmt.Errorf("report: jsonl: %w", err)
		}
	}
	return nil
}

// writeHeader writes the csv header, once.
func (n *NumberRows) writeHeader() {
	if !n.header {
		n.header = true
		n.csv.Write(NumberColumns) // an error stays with the writer: Flush reports it
	}
}

// Flush writes what is buffered (and the csv header, when no row came).
func (n *NumberRows) Flush() error {
	if n.csv == nil {
		return n.bw.Flush()
	}
	n.writeHeader()
	n.csv.Flush()
	if err := n.csv.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// valueString is f's exact value, or "" when it has none.
func valueString(f claim.Found) string {
	if !f.HasValue {
		return ""
	}
	return f.Value.String()
}

// numbersGrid is the table of numeric mentions.
func numbersGrid(fs []claim.Found) grid {
	g := grid{none: "No numbers found."}
	g.cols = []column{
		{header: "line", right: true},
		{header: "text", max: 36, min: 12, soft: 20},
		{header: "kind"},
		{header: "value", right: true, max: 24, min: 8, soft: 16},
		{header: "unit"},
		{header: "qualifier"},
		{header: "claim or why not", max: 30, min: 12, soft: 24},
	}
	for _, f := range fs {
		value := ""
		switch {
		case !f.HasValue:
		case f.Kind == claim.Year || f.Kind == claim.Ordinal:
			value = f.Value.String() // 2021, not 2,021
		default:
			value = FormatNumber(f.Value)
		}
		verdict := "claim"
		if !f.Claim {
			verdict = f.Reason
		}
		g.rows = append(g.rows, []string{
			strconv.Itoa(f.Line), clean(f.Text), string(f.Kind), value, f.Unit,
			qualifierText(f.Qualifier), clean(verdict),
		})
	}
	return g
}
