package transcript

import (
	"strings"
	"unicode"
)

// The Hansard layout (UK Parliament, as TheyWorkForYou renders it): the
// House and the sitting's date on the first two lines, then one paragraph
// a line. A speech starts with `Name (Office):` the first time a member
// speaks and `Name:` after; the office is the speaker's role. Headings,
// chair notices (`[Mrs. Joan Humble in the Chair]`) and procedural lines
// (`Question put and agreed to.`) are not speech.

// hansardHouses open a Hansard file.
var hansardHouses = map[string]bool{
	"House of Commons": true, "House of Lords": true, "Westminster Hall": true,
	"Grand Committee": true, "Public Bill Committee": true,
}

// isHansard reports whether the first lines of text are a House and a
// sitting date ("Wednesday 28 October 2009").
func isHansard(first, second string) bool {
	if !hansardHouses[strings.TrimSpace(first)] {
		return false
	}
	f := strings.Fields(second)
	if len(f) != 4 || !strings.HasSuffix(f[0], "day") {
		return false
	}
	_, ok := ParseDate(strings.Join(f[1:], " "))
	return ok
}

// hansard parses the Hansard layout as one document.
func (p *parser) hansard() {
	d := Document{Pos: 0, End: len(p.t.Text)}
	p.startDocument(&d)
	ls := p.lines
	if len(ls) >= 2 {
		d.Title = strings.TrimSpace(p.text(ls[0]))
		if f := strings.Fields(p.text(ls[1])); len(f) == 4 {
			d.Date, _ = ParseDate(strings.Join(f[1:], " "))
		}
		p.narration(ls[0])
		p.narration(ls[1])
		ls = ls[2:]
	}
	for i, l := range ls {
		s := p.text(l)
		trimmed := strings.TrimSpace(s)
		switch {
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "[") && strings.Contains(trimmed, " in the Chair]"):
			p.narration(l) // a chair notice does not end the speech it stands in
			continue
		case isProcedural(trimmed):
			p.narration(l)
			p.flushTurn()
			continue
		}
		if lab, n, ok := p.label(s); ok {
			p.startTurn(lab, l.pos)
			p.speech(line{l.pos + n, l.end})
			continue
		}
		next := ""
		if i+1 < len(ls) {
			next = p.text(ls[i+1])
		}
		if p.turn == nil || p.isHeading(trimmed, next) {
			p.narration(l)
			p.flushTurn()
			continue
		}
		p.speech(l)
	}
	p.flushTurn()
	p.t.Documents = append(p.t.Documents, d)
	p.doc = nil
}

// isProcedural reports whether s is a procedural line of the record.
func isProcedural(s string) bool {
	for _, prefix := range []string{"Sitting suspended", "Sitting adjourned", "Question put", "Motion made", "Division", "Bill read", "Ordered,", "Resolved,"} {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return strings.HasSuffix(s, " was asked—") || strings.HasSuffix(s, " were asked—")
}

// isHeading reports whether s is a heading: short, capitalised, without
// a final stop, and followed by a speech, a procedural line or another
// heading (a fragment of a quotation is followed by more speech).
func (p *parser) isHeading(s, next string) bool {
	if len(s) > 80 || strings.ContainsAny(s[len(s)-1:], ".,;:?!\"”—)]") || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	next = strings.TrimSpace(next)
	if next == "" || isProcedural(next) {
		return true
	}
	if _, _, ok := p.label(next); ok {
		return true
	}
	return strings.ToUpper(s) == s
}
