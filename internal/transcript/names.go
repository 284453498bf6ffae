package transcript

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// titleWords start a label that carries an office before the name
// ("Prime Minister Modi", "Federal Chancellor Kurz").
var titleWords = map[string]bool{
	"President": true, "Prime": true, "Minister": true, "Chancellor": true,
	"Federal": true, "Chairman": true, "Chairwoman": true, "Chair": true,
	"Governor": true, "Mayor": true, "Secretary": true, "Ambassador": true,
	"Director": true, "Head": true, "Chief": true, "Deputy": true,
	"First": true, "Vice": true, "Speaker": true, "Senator": true, "King": true,
	"Queen": true, "Emir": true, "Sheikh": true, "Premier": true, "Aide": true,
	"Press": true, "Foreign": true, "General": true, "Executive": true,
	"CEO": true, "Chief-Executive": true, "Presidential": true, "Envoy": true,
	"Special": true, "Representative": true, "Commissioner": true, "Mr": true,
	"Mrs": true, "Ms": true, "Dr": true, "Mr.": true, "Mrs.": true, "Ms.": true,
	"Dr.": true, "State": true, "Councillor": true, "Counsellor": true,
}

// stateNouns end the multi-word name of a state or body after "of the"
// ("of the Russian Federation", "of the Kyrgyz Republic").
var stateNouns = map[string]bool{
	"Federation": true, "Republic": true, "Kingdom": true, "States": true,
	"Emirates": true, "Union": true, "Commonwealth": true, "Islands": true,
	"Confederation": true, "Board": true, "Government": true, "Council": true,
	"Commission": true, "Committee": true, "Assembly": true, "Duma": true,
	"Bank": true, "Region": true, "Territory": true, "Company": true,
	"Corporation": true, "Fund": true, "Group": true, "Forum": true,
	"Ministry": true, "Office": true, "Service": true, "Agency": true,
	"Administration": true, "Senate": true, "Parliament": true, "Court": true,
}

// personalName splits a label's core (brackets removed) into the office it
// states and the personal name: "President of Russia Vladimir Putin" →
// ("President of Russia", "Vladimir Putin").
func personalName(core string) (role, name string) {
	var buf [16]string
	words, folded := spaceFields(buf[:0], core)
	if len(words) <= 1 {
		return "", core
	}
	start := 0
	// After the last "of"/"for", skip the name of the state or body.
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] != "of" && words[i] != "for" {
			continue
		}
		j := i + 1
		if j < len(words) && words[j] == "the" {
			j++
			k := j
			for k < len(words) && k < j+4 && !stateNouns[words[k]] {
				k++
			}
			if k < len(words) && k < j+4 {
				j = k + 1
			} else {
				j++
			}
		} else {
			j++
			for j < len(words) && stateNouns[words[j]] {
				j++
			}
		}
		start = j
		break
	}
	if start == 0 {
		for start < len(words)-1 && titleWords[words[start]] {
			start++
		}
	}
	if start >= len(words) {
		return "", core
	}
	// Very long remainders keep their last words: a name rarely has more
	// than three (four with a particle such as "Van der").
	if n := len(words) - start; n > 3 {
		keep := 2
		if connectors.Has(words[len(words)-2]) {
			keep = 4
		}
		if n > keep {
			start = len(words) - keep
		}
	}
	if folded {
		// The words are core's, one space apart: cut it where the name
		// starts.
		at := len(core) - len(words[start])
		for _, w := range words[start+1:] {
			at -= len(w) + 1
		}
		return strings.TrimSuffix(core[:at], " "), core[at:]
	}
	return strings.Join(words[:start], " "), strings.Join(words[start:], " ")
}

// spaceFields appends to dst the fields of s, as strings.Fields splits
// it; folded reports whether s is its fields joined by single spaces (as
// transcript.FoldSpace leaves a label).
func spaceFields(dst []string, s string) (fields []string, folded bool) {
	if FoldSpace(s) != s {
		return append(dst, strings.Fields(s)...), false
	}
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		dst, s = append(dst, w), rest
	}
	return dst, true
}

// nameSpeakers gives every turn its canonical speaker: one person, one name,
// across all the label forms the file uses. personalName splits a label
// into an office and a name.
//
// known holds the forms of labels split before by the same personalName,
// and gets those of new labels (up to maxKnownLabels); nil, none are kept.
func (p *parser) nameSpeakers(personalName func(core string) (role, name string), known map[string]labelForm) {
	// The distinct labels of the text, in order of appearance, with
	// their forms; each turn's index among them. A text has a few dozen
	// labels and hundreds of turns: a turn with the label of the turn
	// before (the same string) is not looked up again.
	sc := p.names
	clear(sc.index)
	if sc.index == nil {
		sc.index = map[string]int{}
	}
	forms, turnForm := sc.forms[:0], sc.turnForm[:0]
	last, lastForm := "", -1
	for _, d := range p.t.Documents {
		for _, turn := range d.Turns {
			if lastForm >= 0 && turn.Label == last {
				turnForm = append(turnForm, lastForm)
				continue
			}
			i, ok := sc.index[turn.Label]
			if !ok {
				f, ok := known[turn.Label]
				if !ok {
					f = splitLabelForm(turn.Label, personalName)
					if known != nil && len(known) < maxKnownLabels {
						// Kept past the text: copied out of it.
						known[strings.Clone(turn.Label)] = labelForm{strings.Clone(f.role), strings.Clone(f.name)}
					}
				}
				i = len(forms)
				forms = append(forms, f)
				sc.index[turn.Label] = i
			}
			turnForm = append(turnForm, i)
			last, lastForm = turn.Label, i
		}
	}
	// The distinct personal names, in order of appearance.
	names := sc.names[:0]
	for _, f := range forms {
		if !slices.Contains(names, f.name) {
			names = append(names, f.name)
		}
	}
	// A shorter name that ends a longer one is the same person
	// ("Putin", "Vladimir Putin"), provided only one longer name ends so.
	longer := sc.longer[:0] // each name's longer form, or its own index
	for i, n := range names {
		match, count := i, 0
		if !roles.Has(n) {
			for j, m := range names {
				if len(m) > len(n) && strings.HasSuffix(m, n) && m[len(m)-len(n)-1] == ' ' {
					match = j
					count++
				}
			}
		}
		if count != 1 {
			match = i
		}
		longer = append(longer, match)
	}
	// Follow chains: "Putin" → "Vladimir Putin" → itself. Each step goes
	// to a longer name: a chain ends.
	speakers := sc.speakers[:0] // each form's canonical name
	for _, f := range forms {
		i := slices.Index(names, f.name)
		for longer[i] != i {
			i = longer[i]
		}
		speakers = append(speakers, names[i])
	}
	k := 0
	for di := range p.t.Documents {
		d := &p.t.Documents[di]
		for ti := range d.Turns {
			turn := &d.Turns[ti]
			f := turnForm[k]
			k++
			turn.Speaker, turn.Role = speakers[f], forms[f].role
		}
	}
	// The scratch is kept for the next text; nothing of this one is.
	clear(sc.index)
	clear(forms)
	clear(names)
	clear(speakers)
	sc.forms, sc.turnForm, sc.names, sc.longer, sc.speakers = forms[:0], turnForm[:0], names[:0], longer[:0], speakers[:0]
}

// speakerScratch is the room nameSpeakers works in, kept from parse to
// parse by the Parser: its label index and slices.
type speakerScratch struct {
	index    map[string]int // a label's index in forms
	forms    []labelForm    // the distinct labels' forms
	turnForm []int          // each turn's form, the documents' turns in order
	names    []string       // the distinct personal names
	longer   []int          // each name's longer form (its index in names), or its own
	speakers []string       // each form's canonical name
}

// labelForm is a speaker label split into the office it states and the
// personal name.
type labelForm struct{ role, name string }

// splitLabelForm splits label with personalName; a role label ("Question")
// is its own name, and bracketed parts go to the office.
func splitLabelForm(label string, personalName func(core string) (role, name string)) labelForm {
	core := stripParens(label)
	role, name := personalName(core)
	if roles.Has(core) {
		role, name = "", core
	}
	if extra := parens(label); extra != "" {
		role = strings.TrimSpace(strings.TrimSpace(role+" ") + extra)
		role = strings.TrimSpace(role)
	}
	return labelForm{role, name}
}

// months maps month names to their numbers.
var months = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
	"December": 12,
}

// ParseDate reads a date line ("November 28, 2022", "28 November 2022",
// "2022-11-28") and returns it as ISO 8601.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimRight(s, "."))
	if len(s) > 40 || len(s) < 8 {
		return "", false
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, err1 := strconv.Atoi(s[:4])
		m, err2 := strconv.Atoi(s[5:7])
		d, err3 := strconv.Atoi(s[8:])
		if err1 == nil && err2 == nil && err3 == nil && valid(y, m, d) {
			return s, true
		}
		return "", false
	}
	f, ok := threeFields(s)
	if !ok {
		return "", false
	}
	var m, d, y int
	var err1, err2 error
	if mm, ok := months[f[0]]; ok { // November 28, 2022
		m = mm
		d, err1 = strconv.Atoi(f[1])
		y, err2 = strconv.Atoi(f[2])
	} else if mm, ok := months[f[1]]; ok { // 28 November 2022
		m = mm
		d, err1 = strconv.Atoi(f[0])
		y, err2 = strconv.Atoi(f[2])
	} else {
		return "", false
	}
	if err1 != nil || err2 != nil || !valid(y, m, d) {
		return "", false
	}
	return isoDate(y, m, d), true
}

// isoDate formats a valid date as YYYY-MM-DD (fmt's "%04d-%02d-%02d").
func isoDate(y, m, d int) string {
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// threeFields returns the fields of s split at commas and white space, as
// strings.FieldsFunc splits it, when there are exactly three.
func threeFields(s string) (f [3]string, ok bool) {
	n := 0
	start := -1 // the start of the field being read, or -1
	for i, r := range s {
		if r == ',' || unicode.IsSpace(r) {
			if start >= 0 {
				if n == len(f) {
					return f, false
				}
				f[n], n, start = s[start:i], n+1, -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if n == len(f) {
			return f, false
		}
		f[n], n = s[start:], n+1
	}
	return f, n == len(f)
}

// isDateLine reports whether s is a date or a date range as sidebars
// write them: "November 28, 2022", "April 3 − 4, 2018",
// "March 31 − April 1, 2018".
func isDateLine(s string) bool {
	if _, ok := ParseDate(s); ok {
		return true
	}
	for _, dash := range []string{"−", "–", "—", "-"} {
		a, b, ok := strings.Cut(s, dash)
		if !ok {
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		comma := strings.LastIndex(b, ",")
		if comma < 0 {
			return false
		}
		year := b[comma:]
		if _, ok := ParseDate(a + year); !ok {
			return false
		}
		// The second half may borrow the month of the first: "3 − 4, 2018".
		month, _, _ := strings.Cut(a, " ")
		_, ok1 := ParseDate(b)
		_, ok2 := ParseDate(month + " " + b)
		return ok1 || ok2
	}
	return false
}

func valid(y, m, d int) bool {
	return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
