package transcript

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The White House briefing-room layout: YAML front matter (date, title),
// then a body hard-wrapped at about 72 columns in which paragraphs are
// separated by blank lines, speakers are labelled in capitals
// (`THE PRESIDENT:`, `PRIME MINISTER MODI:`, `MS. JEAN-PIERRE:`) and each
// reporter's question starts with `Q` and spaces. Time lines
// (`4:44 P.M. EDT`, `END 3:07 P.M. EST`) and stand-alone stage notes
// (`(Cross-talk.)`) are not speech.

// frontMatter returns the index of the first body line and the keys of the
// YAML front matter at the start of ls, or 0 and nil when there is none.
func (p *parser) frontMatter(ls []line) (int, map[string]string) {
	if len(ls) == 0 || strings.TrimSpace(strings.TrimPrefix(p.text(ls[0]), "\uFEFF")) != "---" {
		return 0, nil
	}
	keys := map[string]string{}
	key := ""
	for i := 1; i < len(ls) && i < 60; i++ {
		s := p.text(ls[i])
		if strings.TrimSpace(s) == "---" {
			for k, v := range keys {
				keys[k] = yamlScalar(v)
			}
			return i + 1, keys
		}
		if k, v, ok := strings.Cut(s, ":"); ok && k != "" && !strings.ContainsAny(k[:1], " \t") {
			key = strings.TrimSpace(k)
			keys[key] = strings.TrimSpace(v)
			continue
		}
		if key != "" { // a continued scalar
			keys[key] += "\n" + strings.TrimSpace(s)
		}
	}
	return 0, nil
}

// yamlScalar reads a YAML scalar as the front matter writes them: plain,
// single-quoted, or double-quoted with escapes (\_ \u2019 and a backslash
// before a line break), continued over several lines.
func yamlScalar(v string) string {
	switch {
	case strings.HasPrefix(v, "'") && strings.HasSuffix(v, "'") && len(v) >= 2:
		v = strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	case strings.HasPrefix(v, `"`) && strings.HasSuffix(v, `"`) && len(v) >= 2:
		v = v[1 : len(v)-1]
		v = strings.ReplaceAll(v, "\\\n", "")
		var b strings.Builder
		for i := 0; i < len(v); i++ {
			if v[i] != '\\' || i+1 == len(v) {
				b.WriteByte(v[i])
				continue
			}
			i++
			switch v[i] {
			case '_', ' ':
				b.WriteByte(' ')
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if i+4 < len(v) {
					if r, err := strconv.ParseUint(v[i+1:i+5], 16, 32); err == nil {
						b.WriteRune(rune(r))
						i += 4
						continue
					}
				}
				b.WriteString(`\u`)
			default:
				b.WriteByte(v[i])
			}
		}
		v = b.String()
	}
	return FoldSpace(v)
}

// whitehouse parses the White House layout as one document.
func (p *parser) whitehouse() {
	start, keys := p.frontMatter(p.lines)
	d := Document{Pos: 0, End: len(p.t.Text), Title: keys["title"]}
	if date, ok := ParseDate(strings.Trim(keys["date"], `'"`)); ok {
		d.Date = date
	}
	p.startDocument(&d)
	for _, l := range p.lines[:start] {
		p.narration(l)
	}
	open := false // a paragraph of speech is open: the next line goes on it
	for _, l := range p.lines[start:] {
		s := p.text(l)
		trimmed := strings.TrimFunc(s, unicode.IsSpace)
		switch {
		case trimmed == "":
			open = false
			continue
		case isTimeLine(trimmed) || isStageNote(trimmed):
			p.narration(l)
			open = false
			continue
		}
		if lab, n, ok := p.capsLabel(s); ok {
			p.startTurn(lab, l.pos+leadingSpace(s))
			p.speech(line{l.pos + n, l.end})
			open = len(p.turn.Speech) > 0
			continue
		}
		if p.turn == nil {
			p.narration(l)
			continue
		}
		if open {
			// A wrapped line goes on its paragraph, so that a figure
			// split over two lines ("a historic $45" / "billion") is
			// one claim.
			last := &p.turn.Speech[len(p.turn.Speech)-1]
			last.End = l.end - trailingSpace(s)
			continue
		}
		p.speech(l)
		open = true
	}
	p.flushTurn()
	p.t.Documents = append(p.t.Documents, d)
	p.doc = nil
	p.presidents(&p.t.Documents[len(p.t.Documents)-1])
}

// capsLabel reads a White House label at the start of line s: capital
// words and a colon (`PRIME MINISTER MODI:`), or a reporter's `Q` and a
// space. It returns the label and the offset of the speech after it.
func (p *parser) capsLabel(s string) (string, int, bool) {
	lead := leadingSpace(s)
	rest := s[lead:]
	if strings.HasPrefix(rest, "Q") && len(rest) > 1 {
		r, size := utf8.DecodeRuneInString(rest[1:])
		if unicode.IsSpace(r) {
			return "Q", lead + 1 + size + leadingSpace(rest[1+size:]), true
		}
		if r == ':' {
			return "Q", lead + 2 + leadingSpace(rest[2:]), true
		}
	}
	lab, n, ok := p.label(s)
	if !ok {
		return "", 0, false
	}
	for _, w := range strings.Fields(stripParens(lab)) {
		if !isUpperWord(w) && w != "Q" {
			return "", 0, false
		}
	}
	return lab, n, true
}

// presidents names `THE PRESIDENT` and `THE VICE PRESIDENT` after the
// title ("Remarks by President Trump and ..."), and spells capital labels
// as names: `PRIME MINISTER MODI` is "Prime Minister Modi".
func (p *parser) presidents(d *Document) {
	names := map[string]string{}
	words := strings.Fields(d.Title)
	for i := 0; i+1 < len(words); i++ {
		name := strings.Trim(words[i+1], ",.;:")
		if name == "" || !unicode.IsUpper(firstRune(name)) {
			continue
		}
		switch {
		case words[i] == "President" && (i == 0 || words[i-1] != "Vice"):
			if _, ok := names["THE PRESIDENT"]; !ok {
				names["THE PRESIDENT"] = "President " + name
			}
		case words[i] == "President" && words[i-1] == "Vice":
			names["THE VICE PRESIDENT"] = "Vice President " + name
		}
	}
	for ti := range d.Turns {
		turn := &d.Turns[ti]
		label := strings.ToUpper(stripParens(turn.Label))
		switch {
		case turn.Label == "Q":
			turn.Speaker, turn.Role = "Reporter (Q)", "reporter"
		case names[label] != "":
			turn.Speaker, turn.Role = names[label], titleCase(label)
		default:
			turn.Speaker = titleCase(label)
		}
	}
}

// titleCase spells a capitalised label as a name: "MS. JEAN-PIERRE" →
// "Ms. Jean-Pierre".
func titleCase(s string) string {
	var b strings.Builder
	upper := true
	for _, r := range strings.ToLower(s) {
		if upper && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
		}
		upper = r == ' ' || r == '-' || r == '\''
		b.WriteRune(r)
	}
	return b.String()
}

// isTimeLine reports whether s is a time line: "4:44 P.M. EDT",
// "END 3:07 P.M. EST", "END".
func isTimeLine(s string) bool {
	f := strings.Fields(s)
	if len(f) > 0 && f[0] == "END" {
		f = f[1:]
	}
	if len(f) == 0 {
		return true
	}
	if len(f) != 3 || (f[1] != "P.M." && f[1] != "A.M.") {
		return false
	}
	h, m, ok := strings.Cut(f[0], ":")
	return ok && len(m) == 2 && len(h) <= 2 && isDigits(h) && isDigits(m)
}

// isStageNote reports whether a whole line is a stage note: "(Cross-talk.)".
func isStageNote(s string) bool {
	return strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.Count(s, "(") == 1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// leadingSpace returns the bytes of white space (no-break spaces included)
// at the start of s; trailingSpace those at its end.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

func trailingSpace(s string) int {
	return len(s) - len(strings.TrimRightFunc(s, unicode.IsSpace))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
