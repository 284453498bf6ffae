package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// tableWriter prints a report for people, as plain-text sections and
// borderless tables no wider than MaxWidth columns.
type tableWriter struct {
	w io.Writer
}

// Stats prints the documents, the speakers, each speaker's claims and the
// inconsistencies.
func (t *tableWriter) Stats(r *Report) error {
	loc := newLocator(r)
	var b strings.Builder
	section(&b, "Documents", documentLines(r, loc, MaxWidth))
	tab, err := renderGrid(speakersGrid(r), false)
	if err != nil {
		return err
	}
	section(&b, "Speakers", tab)
	groups := speakerClaims(r)
	if len(groups) == 0 {
		section(&b, "Claims", "No claims found.\n")
	}
	for _, g := range groups {
		tab, err := renderGrid(claimsGrid(g.claims, loc), false)
		if err != nil {
			return err
		}
		section(&b, truncate("Claims by "+clean(g.speaker), MaxWidth), tab)
	}
	section(&b, "Inconsistencies", conflictBlocks(r, loc))
	return write(t.w, tidyLines(b.String(), MaxWidth))
}

// Conflicts prints the inconsistencies.
func (t *tableWriter) Conflicts(r *Report) error {
	var b strings.Builder
	section(&b, "Inconsistencies", conflictBlocks(r, newLocator(r)))
	return write(t.w, tidyLines(b.String(), MaxWidth))
}

// section appends a heading and its body to b, a blank line before each
// heading but the first.
func section(b *strings.Builder, heading, body string) {
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(heading)
	b.WriteString("\n\n")
	b.WriteString(body)
}

// write writes s to w.
func write(w io.Writer, s string) error {
	_, err := io.WriteString(w, s)
	return err
}

// column describes one column of a table.
type column struct {
	header string
	right  bool // right-aligned, for numbers
	// In the table format a column is at most max display columns wide (0:
	// no limit) and, when the table would be wider than MaxWidth, may be
	// narrowed down to min (0: never narrowed). Cut cells end in "…", or
	// start with it when cutLeft is set.
	max, min int
	cutLeft  bool
	// soft is the width a column is comfortable with: the column furthest
	// beyond it shrinks first.
	soft int
}

// grid is a table before it is rendered: columns and rows of cells.
type grid struct {
	cols []column
	rows [][]string
	none string // what to print instead of a table without rows
}

// fit returns g with its cells truncated so that the rendered table is at
// most limit display columns wide, where it can be: one display column at
// a time, the column furthest beyond its comfortable width gives way.
func (g grid) fit(limit int) grid {
	n := len(g.cols)
	w := make([]int, n)
	floor := make([]int, n)
	total := 2 * n // " cell  cell ": a space either side of each cell
	for i, c := range g.cols {
		hw := width(c.header)
		for _, row := range g.rows {
			w[i] = max(w[i], width(row[i]))
		}
		if c.max > 0 {
			w[i] = min(w[i], c.max)
		}
		w[i] = max(w[i], hw)
		floor[i] = w[i]
		if c.min > 0 {
			floor[i] = min(w[i], max(c.min, hw))
		}
		total += w[i]
	}
	for total > limit {
		best := -1
		for i := range w {
			if w[i] > floor[i] && (best < 0 || w[i]-g.cols[i].soft >= w[best]-g.cols[best].soft) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		w[best]--
		total--
	}
	out := grid{cols: g.cols, none: g.none, rows: make([][]string, len(g.rows))}
	for j, row := range g.rows {
		cells := make([]string, n)
		for i, cell := range row {
			if g.cols[i].cutLeft {
				cells[i] = truncateLeft(cell, w[i])
			} else {
				cells[i] = truncate(cell, w[i])
			}
		}
		out.rows[j] = cells
	}
	return out
}

// renderGrid renders g with tablewriter: as a borderless ASCII table that
// fits MaxWidth, columns apart by two spaces and the header underlined
// with dashes, or as a GitHub Markdown pipe table when markdown is set.
func renderGrid(g grid, markdown bool) (string, error) {
	if len(g.rows) == 0 {
		return g.none + "\n", nil
	}
	var r tw.Renderer
	if markdown {
		g = g.escaped()
		r = renderer.NewMarkdown()
	} else {
		g = g.fit(MaxWidth)
		r = renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleASCII),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off},
			},
		})
	}
	header := make([]any, len(g.cols))
	align := make(tw.Alignment, len(g.cols))
	for i, c := range g.cols {
		header[i] = c.header
		align[i] = tw.AlignLeft
		if c.right {
			align[i] = tw.AlignRight
		}
	}
	var buf bytes.Buffer
	table := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithAlignment(align),
	)
	table.Header(header...)
	if err := table.Bulk(g.rows); err != nil {
		return "", fmt.Errorf("report: %w", err)
	}
	if err := table.Render(); err != nil {
		return "", fmt.Errorf("report: %w", err)
	}
	return buf.String(), nil
}

// documentLines lists the documents of r under the name of their file,
// one line each, the files numbered when r spans several:
//
//	[1] seed/talks.txt
//	    Russian-Kazakhstani talks — 2022-11-28: 12 turns, 3,456 words, 4 claims
//
// With a positive limit, file names and titles are cut to keep lines
// within it.
func documentLines(r *Report, loc locator, limit int) string {
	byFile := map[string][]Document{}
	for _, d := range r.Documents {
		byFile[d.File] = append(byFile[d.File], d)
	}
	indent := "  "
	if loc.multi() {
		indent = "    "
	}
	var b strings.Builder
	for _, f := range loc.files {
		docs := byFile[f]
		if len(docs) == 0 && !loc.multi() {
			continue
		}
		head := loc.tag(f) + clean(f)
		if limit > 0 {
			head = loc.tag(f) + truncateLeft(clean(f), limit-width(loc.tag(f)))
		}
		b.WriteString(head + "\n")
		for _, d := range docs {
			title := clean(d.Title)
			if title == "" {
				title = "(untitled)"
			}
			date := ""
			if d.Date != "" {
				date = " — " + clean(d.Date)
			}
			counts := fmt.Sprintf(": %s turns, %s words, %s claims",
				formatInt(d.Turns), formatInt(d.Words), formatInt(d.Claims))
			if limit > 0 {
				title = truncate(title, max(limit-width(indent+date+counts), 16))
			}
			b.WriteString(indent + title + date + counts + "\n")
		}
	}
	if b.Len() == 0 {
		return "No documents.\n"
	}
	return b.String()
}

// speakersGrid is the table of speakers: turns, words and claims by kind.
func speakersGrid(r *Report) grid {
	g := grid{none: "No speakers."}
	g.cols = []column{
		{header: "speaker", max: 32, min: 10, soft: 16},
		{header: "turns", right: true},
		{header: "words", right: true},
		{header: "money", right: true},
		{header: "percent", right: true},
		{header: "count", right: true},
		{header: "mult.", right: true},
		{header: "fraction", right: true},
		{header: "total", right: true},
	}
	for _, s := range r.Speakers {
		row := []string{clean(s.Name), formatInt(s.Turns), formatInt(s.Words)}
		for _, k := range ClaimKinds {
			row = append(row, formatInt(s.Claims[k]))
		}
		row = append(row, formatInt(s.Total()))
		g.rows = append(g.rows, row)
	}
	return g
}

// claimGroup is one speaker's claims.
type claimGroup struct {
	speaker string
	claims  []claim.Claim
}

// speakerClaims groups the claims of r by speaker: speakers in the order of
// r.Speakers, then any others in the order of their first claim; each
// speaker's claims in reading order.
func speakerClaims(r *Report) []claimGroup {
	by := claimsBySpeaker(r)
	var groups []claimGroup
	done := map[string]bool{}
	add := func(name string) {
		if done[name] || len(by[name]) == 0 {
			return
		}
		done[name] = true
		groups = append(groups, claimGroup{speaker: name, claims: by[name]})
	}
	for _, s := range r.Speakers {
		add(s.Name)
	}
	for _, c := range r.Claims {
		add(c.Speaker)
	}
	return groups
}

// claimsGrid is the table of one speaker's claims.
func claimsGrid(cs []claim.Claim, loc locator) grid {
	g := grid{none: "No claims."}
	g.cols = []column{
		{header: loc.header(), right: true},
		{header: "metric", max: 20, min: 8, soft: 12},
		{header: "as stated", max: 32, min: 12, soft: 20},
		{header: "value", right: true},
		{header: "qualifier"},
		{header: "period"},
	}
	for _, c := range cs {
		g.rows = append(g.rows, []string{
			loc.cell(c),
			clean(metricText(c.Metric, c.Scope)),
			clean(c.Text),
			FormatValue(c),
			qualifierText(c.Qualifier),
			clean(periodText(c)),
		})
	}
	return g
}

// conflictMetric is the metric of cf with its scope, for a heading.
func conflictMetric(cf compare.Conflict) string {
	m := clean(metricText(cf.Metric, cf.Scope))
	if m == "" {
		return "(no metric)"
	}
	return m
}

// conflictBlocks prints each conflict of r as a short block:
//
//  1. contradiction: trade
//     A  24,500,000,000 USD  2021  Vladimir Putin         line 14  "almost $24.5 billion"
//     B  26,000,000,000 USD  2021  Kassym-Jomart Tokayev  line 40  "over $26 billion"
//     difference: +1,500,000,000 USD (+6.1% of A)
//
// with the fields of A and B aligned and every line within MaxWidth. When
// the report spans several files, "line 14" gives way to a line of its own
// under each figure: "at seed/talks.txt:14".
func conflictBlocks(r *Report, loc locator) string {
	if len(r.Conflicts) == 0 {
		return "No inconsistencies found.\n"
	}
	var b strings.Builder
	for i, cf := range r.Conflicts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(truncate(fmt.Sprintf("%d. %s: %s", i+1, clean(string(cf.Class)), conflictMetric(cf)), MaxWidth))
		b.WriteString("\n")
		sides := [2]claim.Claim{cf.A, cf.B}
		var fields [2][]string // figure, period, speaker, line; the text as stated goes last
		for j, c := range sides {
			f := []string{FormatValue(c)}
			if cf.A.Period != "" || cf.B.Period != "" {
				p := clean(c.Period)
				if p == "" {
					p = "undated"
				}
				f = append(f, p)
			}
			f = append(f, truncate(clean(c.Speaker), 24))
			if !loc.multi() {
				f = append(f, "line "+loc.full(c))
			}
			fields[j] = f
		}
		w := make([]int, len(fields[0]))
		for _, f := range fields {
			for k, s := range f {
				w[k] = max(w[k], width(s))
			}
		}
		for j, f := range fields {
			var line strings.Builder
			line.WriteString("   " + "AB"[j:j+1])
			for k, s := range f {
				line.WriteString("  ")
				if k == 0 {
					line.WriteString(padLeft(s, w[k]))
				} else {
					line.WriteString(padRight(s, w[k]))
				}
			}
			// The figure as stated, quoted, if there is room for it.
			if text := clean(sides[j].Text); text != "" {
				if room := MaxWidth - width(line.String()) - 2; room >= 10 {
					line.WriteString(`  "` + truncate(text, room-2) + `"`)
				}
			}
			b.WriteString(line.String())
			b.WriteString("\n")
			if loc.multi() {
				b.WriteString("      at " + truncateLeft(loc.full(sides[j]), MaxWidth-9) + "\n")
			}
		}
		diff := "   difference: " + FormatDifference(cf)
		if rel := FormatRelative(cf); rel != "n/a" {
			diff += " (" + rel + " of A)"
		}
		b.WriteString(diff)
		b.WriteString("\n")
	}
	return b.String()
}
