package report

import (
	"io"
	"strings"
)

// markdownWriter prints a report as GitHub Markdown: the content of the
// table format under "## " headings, with pipe tables and no width limit.
type markdownWriter struct {
	w io.Writer
}

// Stats prints the documents, the speakers, each speaker's claims and the
// inconsistencies.
func (m *markdownWriter) Stats(r *Report) error {
	loc := newLocator(r)
	var b strings.Builder
	mdSection(&b, "Documents", markdownDocuments(r, loc))
	tab, err := renderGrid(speakersGrid(r), true)
	if err != nil {
		return err
	}
	mdSection(&b, "Speakers", tab)
	groups := speakerClaims(r)
	if len(groups) == 0 {
		mdSection(&b, "Claims", "No claims found.\n")
	}
	for _, g := range groups {
		tab, err := renderGrid(claimsGrid(g.claims, loc), true)
		if err != nil {
			return err
		}
		mdSection(&b, "Claims by "+clean(g.speaker), tab)
	}
	tab, err = renderGrid(conflictsGrid(r, loc), true)
	if err != nil {
		return err
	}
	mdSection(&b, "Inconsistencies", tab)
	return write(m.w, tidyLines(b.String(), 0))
}

// Conflicts prints the inconsistencies.
func (m *markdownWriter) Conflicts(r *Report) error {
	tab, err := renderGrid(conflictsGrid(r, newLocator(r)), true)
	if err != nil {
		return err
	}
	var b strings.Builder
	mdSection(&b, "Inconsistencies", tab)
	return write(m.w, tidyLines(b.String(), 0))
}

// mdSection appends a "## " heading and its body to b.
func mdSection(b *strings.Builder, heading, body string) {
	section(b, "## "+heading, body)
}

// markdownDocuments lists the documents of r as a nested bullet list:
// files, then their documents.
func markdownDocuments(r *Report, loc locator) string {
	lines := documentLines(r, loc, 0)
	if lines == "No documents.\n" {
		return lines
	}
	var b strings.Builder
	for _, l := range strings.SplitAfter(lines, "\n") {
		if l == "" {
			continue
		}
		if rest := strings.TrimLeft(l, " "); rest != l {
			b.WriteString("  - " + rest)
		} else {
			b.WriteString("- " + l)
		}
	}
	return b.String()
}

// conflictsGrid is the table of conflicts, one row each, for Markdown,
// where width is no concern.
func conflictsGrid(r *Report, loc locator) grid {
	g := grid{none: "No inconsistencies found."}
	g.cols = []column{
		{header: "class"},
		{header: "metric"},
		{header: "A", right: true},
		{header: "period A"},
		{header: "speaker A"},
		{header: "line A", right: !loc.multi()},
		{header: "B", right: true},
		{header: "period B"},
		{header: "speaker B"},
		{header: "line B", right: !loc.multi()},
		{header: "difference", right: true},
		{header: "relative", right: true},
	}
	for _, cf := range r.Conflicts {
		g.rows = append(g.rows, []string{
			clean(string(cf.Class)),
			conflictMetric(cf),
			FormatValue(cf.A),
			clean(cf.A.Period),
			clean(cf.A.Speaker),
			loc.full(cf.A),
			FormatValue(cf.B),
			clean(cf.B.Period),
			clean(cf.B.Speaker),
			loc.full(cf.B),
			FormatDifference(cf),
			FormatRelative(cf),
		})
	}
	return g
}

// escaped returns g with its cells made safe for a Markdown pipe table:
// "|" becomes "\|" (tablewriter leaves it alone, which would split the
// cell) and new lines become spaces.
func (g grid) escaped() grid {
	out := grid{none: g.none, cols: make([]column, len(g.cols)), rows: make([][]string, len(g.rows))}
	for i, c := range g.cols {
		c.header = mdCell(c.header)
		out.cols[i] = c
	}
	for j, row := range g.rows {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = mdCell(cell)
		}
		out.rows[j] = cells
	}
	return out
}

// mdCell escapes s for a cell of a Markdown pipe table.
func mdCell(s string) string {
	return strings.ReplaceAll(clean(s), "|", `\|`)
}
