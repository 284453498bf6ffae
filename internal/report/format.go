package report

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// MaxWidth is the widest line, in display columns, that the table format
// prints.
const MaxWidth = 100

// places is how many decimal places figures keep when printed for people.
// Machine formats (CSV, JSON) print every digit.
const places = 4

var hundred = decimal.NewFromInt(100)

// FormatValue returns c's value for people: digits grouped in thousands,
// at most four decimal places, a minus sign when negative, then the unit.
// For example "25,600,000,000 USD", "-32 %", "2.5 x", "0.3333" or "1,050".
func FormatValue(c claim.Claim) string {
	return withUnit(FormatNumber(c.Value), c.Unit)
}

// FormatNumber returns d with its integer digits grouped in thousands and
// rounded to at most four decimal places: "25,600,000,000", "-0.3333".
func FormatNumber(d decimal.Decimal) string {
	if d.Exponent() < -places {
		d = d.Round(places)
	}
	sign := ""
	if d.Sign() < 0 {
		sign = "-"
	}
	s := d.Abs().String()
	frac := ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s, frac = s[:i], s[i:]
	}
	return sign + group(s) + frac
}

// FormatDifference returns the difference of cf (B's value minus A's) for
// people, always signed, in A's unit: "+1,500,000,000 USD". Two percentages
// differ by percentage points: "+41 pp".
func FormatDifference(cf compare.Conflict) string {
	unit := cf.A.Unit
	if unit == "%" {
		unit = "pp"
	}
	return withUnit(signed(cf.Difference), unit)
}

// FormatRelative returns the relative difference of cf as a signed
// percentage of A's value with one decimal place ("+6.1%", "-128.1%"), or
// "n/a" when A's value is 0.
func FormatRelative(cf compare.Conflict) string {
	if cf.A.Value.IsZero() {
		return "n/a"
	}
	return signed(cf.RelativeDifference.Mul(hundred).Round(1)) + "%"
}

// signed is FormatNumber with a plus sign on positive numbers.
func signed(d decimal.Decimal) string {
	if d.Sign() > 0 {
		return "+" + FormatNumber(d)
	}
	return FormatNumber(d)
}

func withUnit(s, unit string) string {
	if unit == "" {
		return s
	}
	return s + " " + unit
}

// formatInt returns n with its digits grouped in thousands.
func formatInt(n int) string {
	return FormatNumber(decimal.NewFromInt(int64(n)))
}

// group puts a comma between each group of three digits of the unsigned
// integer digits.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteByte(',')
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// relativeString is the relative difference the machine formats print:
// rounded to four decimal places.
func relativeString(cf compare.Conflict) string {
	return cf.RelativeDifference.Round(places).String()
}

// qualifierText is q for people: "at least" for at_least.
func qualifierText(q claim.Qualifier) string {
	return strings.ReplaceAll(string(q), "_", " ")
}

// periodText is c's period for people, marked when c states a target.
func periodText(c claim.Claim) string {
	if c.Modality != claim.Target {
		return c.Period
	}
	if c.Period == "" {
		return "(target)"
	}
	return c.Period + " (target)"
}

// metricText is a metric with its scope, if any: "trade (from russia)".
func metricText(metric, scope string) string {
	switch {
	case scope == "":
		return metric
	case metric == "":
		return "(" + scope + ")"
	}
	return metric + " (" + scope + ")"
}

// clean makes s safe and tidy for one cell or line of text: runs of white
// space (new lines and tabs included) become one space, leading and
// trailing space goes, and control and bidirectional formatting characters,
// which would upset a terminal or the column widths, are dropped.
func clean(s string) string {
	if tidyASCII(s) {
		return s // the common cell: nothing to change, nothing to copy
	}
	return cleanRunes(s)
}

// cleanRunes is clean, rune by rune.
func cleanRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// width is the display width of s, as the table renderer measures it:
// its length when it is printable ASCII (a column each), else
// twwidth.Width's (whose cache, shared and locked, costs more than
// counting the bytes: a table's every cell and line is measured).
func width(s string) int {
	if printableASCII(s) {
		return len(s)
	}
	return twwidth.Width(s)
}

// printableASCII reports whether every byte of s is printable ASCII, a
// space to a tilde.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// tidyASCII reports whether s is what clean makes of it, by a look that
// suffices for most cells: printable ASCII with no space at either end
// and no two spaces in a row.
func tidyASCII(s string) bool {
	if !printableASCII(s) || s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	return !strings.Contains(s, "  ")
}

// truncate shortens s to at most w display columns, ending it with "…"
// when it cuts.
func truncate(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	return strings.TrimRight(twwidth.Truncate(s, w-1), " ") + "…"
}

// truncateLeft shortens s to at most w display columns by cutting its
// start, marked with "…": the end of a path:line is what tells files apart.
func truncateLeft(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	rs := []rune(s)
	n := 1 // the "…"
	i := len(rs)
	for i > 0 {
		rw := width(string(rs[i-1]))
		if n+rw > w {
			break
		}
		n += rw
		i--
	}
	return "…" + strings.TrimLeft(string(rs[i:]), " ")
}

// padRight pads s with spaces to w display columns.
func padRight(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// padLeft pads s with leading spaces to w display columns.
func padLeft(s string, w int) string {
	if n := w - width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// tidyLines strips trailing spaces from every line of s and, when limit is
// positive, truncates lines wider than limit display columns. The result
// ends in exactly one new line, or is empty.
func tidyLines(s string, limit int) string {
	s = strings.TrimRight(s, " \n")
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if limit > 0 {
			l = truncate(l, limit)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n") + "\n"
}

// locator says where claims are. When a report spans one file, a line
// number is enough. Otherwise the files get numbers, shown in the list of
// documents, and a table cell says "2:14" for line 14 of file 2; running
// text, which has the room, names the file.
type locator struct {
	files []string       // every file, numbered from 1 in this order
	tags  map[string]int // file → its number
}

// newLocator returns the locator for r: its documents' files in order,
// then any other files its claims and conflicts come from.
func newLocator(r *Report) locator {
	l := locator{tags: map[string]int{}}
	add := func(f string) {
		if l.tags[f] == 0 {
			l.files = append(l.files, f)
			l.tags[f] = len(l.files)
		}
	}
	for _, d := range r.Documents {
		add(d.File)
	}
	for _, c := range r.Claims {
		add(c.File)
	}
	for _, cf := range r.Conflicts {
		add(cf.A.File)
		add(cf.B.File)
	}
	return l
}

// multi reports whether the report spans several files.
func (l locator) multi() bool {
	return len(l.files) > 1
}

// tag is the number of file f, as the list of documents shows it: "[2] ".
// It is empty when the report spans one file.
func (l locator) tag(f string) string {
	if !l.multi() {
		return ""
	}
	return "[" + strconv.Itoa(l.tags[f]) + "] "
}

// header is the title of the column of cell.
func (l locator) header() string {
	if l.multi() {
		return "file:line"
	}
	return "line"
}

// cell is where c is, for a table next to the list of documents: "14" or
// "2:14".
func (l locator) cell(c claim.Claim) string {
	if l.multi() {
		return strconv.Itoa(l.tags[c.File]) + ":" + strconv.Itoa(c.Line)
	}
	return strconv.Itoa(c.Line)
}

// full is where c is, naming the file when the report spans several:
// "14" or "seed/talks.txt:14".
func (l locator) full(c claim.Claim) string {
	if l.multi() {
		return clean(c.File) + ":" + strconv.Itoa(c.Line)
	}
	return strconv.Itoa(c.Line)
}
