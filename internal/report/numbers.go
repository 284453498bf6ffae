package report

import (
	"bufio"
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
	case "csv":
		rows := [][]string{NumberColumns}
		for _, f := range fs {
			rows = append(rows, []string{
				strconv.Itoa(f.Pos), strconv.Itoa(f.End), strconv.Itoa(f.Line), cell(f.Text),
				string(f.Kind), valueString(f), f.Unit, string(f.Qualifier),
				strconv.FormatBool(f.Vague), strconv.FormatBool(f.Claim), cell(f.Reason),
			})
		}
		return (&csvWriter{w: w}).write(rows)
	case "jsonl":
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, f := range fs {
			j := jsonNumber{
				Start: f.Pos, End: f.End, Line: f.Line, Text: f.Text, Kind: string(f.Kind),
				Unit: f.Unit, Qualifier: string(f.Qualifier), Vague: f.Vague, Claim: f.Claim, Reason: f.Reason,
			}
			if f.HasValue {
				v := f.Value.String()
				j.Value = &v
			}
			if err := enc.Encode(j); err != nil {
				return fmt.Errorf("report: jsonl: %w", err)
			}
		}
		return bw.Flush()
	}
	return fmt.Errorf("unknown format %q for numbers (want one of %s)", format, strings.Join(NumberFormats, ", "))
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
