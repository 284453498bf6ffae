package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/words"
)

// maxLabelWords bounds the words of a label ("President of the Republic of
// Kazakhstan Kassym-Jomart Tokayev" has eight).
const maxLabelWords = 12

// connectors are the lower-case words a label may contain between its
// capitalised words ("Minister of the Interior", "Alexander Van der Bellen").
var connectors = words.NewSet(map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"at": true, "to": true, "de": true, "da": true, "del": true, "der": true,
	"van": true, "von": true, "bin": true, "al": true, "el": true, "la": true,
	"le": true, "du": true, "di": true, "y": true, "zu": true, "dos": true,
})

// roles are one-word labels that name a part, not a person.
var roles = words.NewSet(map[string]bool{
	"Question": true, "Remark": true, "Reply": true, "Response": true,
	"Answer": true, "Comment": true, "Q": true, "A": true, "Interpreter": true,
	"Moderator": true, "Voice": true, "Voices": true, "Audience": true,
	"Participant": true, "Journalist": true, "Host": true, "Announcer": true,
})

// notNames are capitalised words that start sentences and addresses, never
// labels ("Colleagues: ...", "Ladies and Gentlemen: ...").
var notNames = words.NewSet(map[string]bool{
	"Dear": true, "Ladies": true, "Gentlemen": true, "Colleagues": true,
	"Friends": true, "Note": true, "Thus": true, "However": true,
	"Firstly": true, "Secondly": true, "Thirdly": true, "Finally": true,
	"First": true, "Second": true, "Third": true, "Therefore": true,
	"So": true, "Well": true, "Yes": true, "No": true, "Now": true,
	"Today": true, "Example": true, "Left": true, "Right": true,
	"Centre": true, "Center": true, "Photo": true, "Source": true,
	"In": true, "At": true, "On": true, "With": true, "During": true,
	"Before": true, "After": true,
})

// label reports whether line s starts with a speaker label and returns the
// label (spaces folded, no colon) and the offset just after the colon and
// the space that follows it.
func (p *parser) label(s string) (string, int, bool) {
	lab, n, ok, _ := p.labelColon(s)
	return lab, n, ok
}

// labelIf is label of a line that may hold a colon (colon), and nothing
// of one that surely holds none.
func (p *parser) labelIf(colon bool, s string) (string, int, bool) {
	if !colon {
		return "", 0, false
	}
	return p.label(s)
}

// labelColon is label that also reports whether s holds no colon, as
// its search for the label's colon tells when s is short enough: the
// caption test then need not look for one (most lines have none).
func (p *parser) labelColon(s string) (_ string, _ int, _ bool, noColon bool) {
	return p.labelColonAt(s, strings.IndexByte(s[:min(len(s), maxLabelLine)], ':'))
}

// labelColonAt is labelColon given the first colon of s: its offset i,
// when it is one of the first maxLabelLine bytes, else -1 (collectLabels
// has found it already).
func (p *parser) labelColonAt(s string, i int) (_ string, _ int, _ bool, noColon bool) {
	if i < 0 {
		return "", 0, false, len(s) <= maxLabelLine
	}
	if i == 0 {
		return "", 0, false, false
	}
	rest := s[i+1:]
	if rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsDigit(r) || r == '/' || r == ':' {
			return "", 0, false, false // 13:50, http://
		}
	}
	lab := s[:i]
	if !p.isRecent(lab) && !p.labels[lab] {
		// A label taken before is looked up as it stands (a label taken is
		// folded, so it folds to itself); the others are folded first,
		// unless their first words already tell they are none.
		if !mayBeLabel(lab) {
			return "", 0, false, false
		}
		if lab = FoldSpace(lab); !p.isLabel(lab) {
			return "", 0, false, false
		}
	}
	n := i + 1
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsSpace(r) {
			break
		}
		n += size
	}
	return lab, n, true, false
}

// maxLabelLine is how far into a line label looks for its colon: a
// label is shorter.
const maxLabelLine = 161

// splitLabel reports whether line s is a label whose colon starts the next
// line ("President of Kazakhstan Kassym-Jomart Tokayev" / ": Mr President").
func (p *parser) splitLabel(s, next string) (string, bool) {
	if !strings.HasPrefix(trimBlank(next), ":") || strings.Contains(s, ":") {
		return "", false
	}
	lab := FoldSpace(s)
	if !p.isLabel(lab) {
		return "", false
	}
	return lab, true
}

// isLabel reports whether lab reads as a speaker label: capitalised words
// and connectors, optional bracketed parts, no digits or sentence
// punctuation; one word only when it is a role or the surname of a longer
// label in the same file.
func (p *parser) isLabel(lab string) bool {
	if p.labels[lab] {
		return true // a speaker's label again: most turns are
	}
	if lab == "" || strings.Count(lab, "(") != strings.Count(lab, ")") {
		return false
	}
	core := stripParens(lab)
	// One pass: a word that fails inside a label fails at its edges too.
	n := 0
	var first, last string
	for rest := core; ; {
		w, after, ok := nextField(rest)
		if !ok {
			break
		}
		if n++; n > maxLabelWords {
			return false
		}
		if n == 1 {
			if notNames.Has(w) {
				return false
			}
			first = w
		}
		if !isLabelWord(w, false) {
			return false
		}
		last, rest = w, after
	}
	if n == 0 || !isLabelWord(first, true) || !isLabelWord(last, true) {
		return false
	}
	if n == 1 && !roles.Has(last) && !isUpperWord(last) {
		if p.surnames != nil && p.surnames[last] {
			return true // not remembered: surnames grow
		}
		p.surnameAsked = true // the answer may change as they do
		return false
	}
	if p.labels != nil && len(p.labels) < maxKnownLabels && FoldSpace(lab) == lab {
		// Kept past the text; only a label with nothing to fold (label
		// looks its lines' labels up as they stand).
		p.labels[strings.Clone(lab)] = true
	}
	return true
}

// mayBeLabel is false for a lab that isLabel surely rejects, told by the
// words of lab before its first bracket, which are words of the label
// isLabel reads (what stripParens and FoldSpace leave): the first in
// notNames or no word for a label's edge, a later one no word for its
// inside, or too many of them. It neither folds nor copies lab, nor
// counts its brackets: most lines with a colon that are not a speaker's
// turn ("As for trade, I will say this: ...") are told at their first
// words, and folding and reading them whole took a tenth of the parse.
// Its answer does not depend on what the parser has learnt (isLabel's
// surnames), only on the words.
func mayBeLabel(lab string) bool {
	pre, cut := lab, false // the words before the first bracket
	if i := strings.IndexByte(lab, '('); i >= 0 {
		pre, cut = lab[:i], true
	}
	if i := strings.IndexByte(pre, ')'); i >= 0 {
		pre, cut = pre[:i], true
	}
	n := 0
	for rest := pre; ; {
		w, after, ok := nextField(rest)
		if !ok || cut && after == "" {
			// The end, or a word that may go on past the bracket (what
			// the bracket holds is dropped, and what follows joins it).
			return true
		}
		if n++; n > maxLabelWords {
			return false
		}
		if n == 1 && (notNames.Has(w) || !isLabelWord(w, true)) || n > 1 && !isLabelWord(w, false) {
			return false // (a word for an edge is one for the inside too)
		}
		rest = after
	}
}

// isLabelWord reports whether w can stand in a label. Words at the edges
// must be capitalised; inside, connectors may be lower-case.
func isLabelWord(w string, edge bool) bool {
	if !edge && connectors.Has(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		switch {
		case unicode.IsLetter(r), r == '-', r == '\'', r == '’', r == '.':
		default:
			return false
		}
	}
	// A full stop only in abbreviations (Mr., U.S.), not after a word.
	if strings.HasSuffix(w, ".") && len(w) > 4 && !strings.Contains(w[:len(w)-1], ".") {
		return false
	}
	return true
}

// isUpperWord reports whether w is written in capitals (TRUMP).
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// FoldSpace folds each run of white space in s (line breaks of a wrapped
// paragraph, tabs, no-break spaces) into one space and trims it at the
// ends, as strings.Fields joined by spaces does. Most texts have single
// ASCII spaces only, and are returned as they are.
func FoldSpace(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if !foldMark[c] {
			i++ // most bytes: no white space, ASCII
			continue
		}
		if c < utf8.RuneSelf {
			if c != ' ' || i == 0 || i+1 == len(s) || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		i += n
	}
	return s
}

// foldMark marks the bytes FoldSpace looks at: the ASCII white space of
// unicode.IsSpace, and the bytes of multi-byte runes.
var foldMark = func() (t [256]bool) {
	for c := range t {
		t[c] = asciiSpace[c] || c >= utf8.RuneSelf
	}
	return t
}()

// trimBlank returns s without the spaces, tabs and no-break spaces it
// starts with.
func trimBlank(s string) string {
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t':
			s = s[1:]
		case c == 0xc2 && len(s) > 1 && s[1] == 0xa0: // U+00A0
			s = s[2:]
		default:
			return s
		}
	}
	return s
}

// stripParens removes bracketed parts: "Tokayev (retranslated)" → "Tokayev".
func stripParens(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return FoldSpace(b.String())
}

// parens returns the bracketed parts of s, without "retranslated".
func parens(s string) string {
	var parts []string
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		part := strings.TrimSpace(s[i+1 : j])
		if !strings.EqualFold(part, "retranslated") && part != "" {
			parts = append(parts, part)
		}
		s = s[j+1:]
	}
	return strings.Join(parts, ", ")
}
