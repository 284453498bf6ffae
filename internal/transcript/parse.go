package transcript

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/bytemask"
)

// line is one line of the text: [pos, end) without its line end.
type line struct {
	pos, end int
}

// Parse splits text, read from the file called name, into documents and
// speaker turns. Layout "" (or "auto") detects the layout. Parse never
// fails: text it cannot place is narration.
func Parse(name, text string, layout Layout) *Transcript {
	return new(Parser).Parse(name, text, layout)
}

// Parser parses texts one after another, as Parse does, and remembers the
// speaker labels it took on their own merits (several capitalised words,
// a role, a name in capitals: not a one-word label a longer one in the same
// file lets through), with their offices and names: the documents of an
// archive share their speakers, whose labels it then need not read again.
// What it remembers it copies out of the texts, so that a text need not
// outlive its parse (the caller may reuse its memory; Transcript.Compact
// copies out what a Transcript keeps). Its zero value is ready to use; it
// is not safe for use by several goroutines at once.
type Parser struct {
	labels        map[string]bool      // at most maxKnownLabels
	forms         map[string]labelForm // the labels' offices and names, as many
	labelSurnames map[string]surname   // and the surnames of the labels read, as many
	// Room a parse needs and leaves, kept for the next: the lines of
	// the text, the label of each, the surnames of the labels, and a
	// document's lines.
	lines      []line
	feeds      []int // the offsets of the line feeds (appendLines)
	lineLabels []lineLabel
	surnames   map[string]bool
	docLines   []line
	names      speakerScratch // nameSpeakers'
	released   *Transcript    // handed back by Release: the next parse fills its memory
	p          parser         // the state of a parse, kept for the next
}

// arena holds the speech spans and the turns of a transcript, each in one
// slice, in order: each turn's Speech is its stretch of spans, each
// document's Turns its stretch of turns (made so, a parse allocates a few
// slices, not a few for each turn).
type arena struct {
	spans     []Span
	turns     []Turn
	narration []Span // each document's Narration is its stretch
}

// Release hands back the memory of t, which ps returned and which the
// caller (and whatever it gave t's turns and spans to) no longer uses,
// for the next Parse to reuse; t must not be used after. A reader that
// handles a file part by part and forgets each calls it after each part.
func (ps *Parser) Release(t *Transcript) {
	t.Name, t.Text = "", ""
	ps.released = t
}

// maxKnownLabels bounds the labels a Parser remembers.
const maxKnownLabels = 4096

// Parse is the package's Parse.
func (ps *Parser) Parse(name, text string, layout Layout) *Transcript {
	return ps.parse(name, text, layout, false)
}

// parse is Parse; lookAgain has body look for every line's label again
// instead of taking what collectLabels found (tests compare the two).
func (ps *Parser) parse(name, text string, layout Layout, lookAgain bool) *Transcript {
	if ps.labels == nil {
		ps.labels, ps.forms, ps.labelSurnames = map[string]bool{}, map[string]labelForm{}, map[string]surname{}
	}
	// A released transcript's memory is filled again: its struct, its
	// lines, its documents and its arena.
	t := ps.released
	if t == nil {
		t = new(Transcript)
	}
	ps.released = nil
	a, offsets, docs := t.arena, t.lines, t.Documents
	room := arena{a.spans[:0], a.turns[:0], a.narration[:0]}
	*t = Transcript{Name: name, Text: text, Documents: docs[:0]}
	lines := appendLines(ps.lines[:0], text, &ps.feeds)
	ps.lines = lines
	if t.lines = offsets[:0]; cap(t.lines) < len(lines) {
		t.lines = make([]int, 0, len(lines))
	}
	for _, l := range lines {
		t.lines = append(t.lines, l.pos)
	}
	if layout == "" || layout == "auto" {
		layout = Detect(text)
	}
	t.Layout = layout
	if ps.surnames == nil {
		ps.surnames = map[string]bool{}
	}
	clear(ps.surnames)
	if cap(ps.lineLabels) < len(lines) {
		ps.lineLabels = make([]lineLabel, len(lines))
	}
	p := &ps.p
	*p = parser{t: t, lines: lines, labels: ps.labels, lookAgain: lookAgain,
		surnames: ps.surnames, lineLabels: ps.lineLabels[:len(lines)], arena: room, docLines: ps.docLines,
		surnameMemo: ps.labelSurnames, names: &ps.names}
	p.collectLabels()
	switch layout {
	case Kremlin:
		p.kremlin()
		p.nameSpeakers(personalName, ps.forms)
	case WhiteHouse:
		p.whitehouse() // names its speakers itself
	case Hansard:
		p.hansard()
		p.nameSpeakers(func(core string) (string, string) { return "", core }, nil)
	default:
		p.plain()
		p.nameSpeakers(personalName, ps.forms)
	}
	t.arena, ps.docLines = p.arena, p.docLines
	*p = parser{} // nothing of the text is kept
	return t
}

// Detect guesses the layout of text from its first lines. It keeps
// nothing of text (a caller may hand it a view of a buffer it reuses).
func Detect(text string) Layout {
	head := text
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = strings.TrimPrefix(head, "\uFEFF")
	lines := strings.SplitN(head, "\n", 4)
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], "\r")
	}
	switch {
	case strings.HasPrefix(strings.TrimLeft(head, " \t\r\n"), "Events") || strings.Contains(text, "Text versionEvents"):
		return Kremlin
	case len(lines) >= 2 && isHansard(lines[0], lines[1]):
		return Hansard
	case strings.TrimSpace(lines[0]) == "---" && (strings.Contains(head, "whitehouse") || strings.Contains(head, "\n\u00a0Q\u00a0") || strings.Contains(head, "THE PRESIDENT:")):
		return WhiteHouse
	}
	return Plain
}

// appendLines appends the lines of text to lines; a final line without a
// line end counts, an empty text has one empty line. *feedsp is room for
// the offsets of the line feeds, kept for the next call.
func appendLines(lines []line, text string, feedsp *[]int) []line {
	pos := 0
	if strings.HasPrefix(text, "\uFEFF") {
		pos = len("\uFEFF")
	}
	// A line ends at LF, CRLF, or a lone CR (old Mac files), as editors
	// count them.
	start := pos
	if feeds, ok := bytemask.AppendLineFeeds((*feedsp)[:0], text[pos:]); ok {
		// Only LF: the common case, found a block at a time.
		*feedsp = feeds
		for _, i := range feeds {
			lines = append(lines, line{start, pos + i})
			start = pos + i + 1
		}
		return append(lines, line{start, len(text)})
	}
	for i := pos; i < len(text); i++ {
		switch text[i] {
		case '\n':
			end := i
			if end > start && text[end-1] == '\r' {
				end--
			}
			lines = append(lines, line{start, end})
			start = i + 1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			lines = append(lines, line{start, i})
			start = i + 1
		}
	}
	lines = append(lines, line{start, len(text)})
	return lines
}

// parser holds the state of one Parse.
type parser struct {
	t     *Transcript
	lines []line
	// surnames are the last words of multi-word labels in the file: a
	// one-word label is accepted only when it is one of these or a role.
	surnames map[string]bool
	labels   map[string]bool // the labels isLabel took whatever surnames come, with nothing to fold (its Parser's)
	// lineLabels is what collectLabels found on each line, for body not
	// to look again; surnameAsked is set by isLabel when it turned a
	// label down for want of a surname (later surnames may change that).
	lineLabels   []lineLabel
	surnameAsked bool
	lookAgain    bool // body takes nothing from lineLabels
	// recent are the last labels taken in this parse (as label returned
	// them): one taken is taken again (isLabel's surnames and labels only
	// grow), and its surname is known. Most turns have the label of the
	// turn before the one before: told by comparing strings, not hashing
	// them into the maps.
	recent     [4]string
	recentNext int
	doc        *Document
	turn       *Turn // the turn being read, open, or nil
	open       Turn  // which turn points to
	// The spans and turns of the transcript (t.arena once parsed);
	// where the open turn's spans and the document's turns start in
	// them.
	arena                                arena
	speechFrom, turnsFrom, narrationFrom int
	docLines                             []line             // room for a document's lines
	surnameMemo                          map[string]surname // its Parser's
	names                                *speakerScratch    // its Parser's
}

// lineLabel is the label found on a line of the text, as label and
// splitLabel with the next line of the text found it.
type lineLabel struct {
	kind    uint8  // one of the kinds below
	noColon bool   // the line has no colon (label's search told it)
	n       int    // label: the offset after the colon and its space
	lab     string // label, splitLabel: the label
}

// The kinds of lineLabel.
const (
	labelUnknown = iota // not settled: look again
	labelNone           // neither label nor splitLabel finds one
	labelHere           // label finds one
	labelSplit          // label finds none, splitLabel one
)

func (p *parser) text(l line) string { return p.t.Text[l.pos:l.end] }

// collectLabels finds the multi-word labels of the file first, so that
// one-word labels ("Putin:") can be told from a sentence that starts with a
// word and a colon. p.surnames is empty, p.lineLabels has a place for each
// line (what is in it is cleared).
func (p *parser) collectLabels() {
	clear(p.lineLabels)
	// The text's colons are found one after another, not looked for in
	// each line: most lines have none, and a search a line, its end
	// mispredicted, costs more than the bytes it reads.
	text, colon := p.t.Text, -1 // the first colon at or after the line read (the text's length: none)
	for i, l := range p.lines {
		s := p.text(l)
		if colon < l.pos {
			colon = len(text)
			if k := strings.IndexByte(text[l.pos:], ':'); k >= 0 {
				colon = l.pos + k
			}
		}
		p.surnameAsked = false
		var lab string
		var n int
		ok, noColon := false, colon >= l.end
		if !noColon {
			at := colon - l.pos // the line's first colon
			if at >= maxLabelLine {
				at = -1
			}
			lab, n, ok, noColon = p.labelColonAt(s, at)
		}
		settled := !p.surnameAsked
		if ok {
			p.lineLabels[i] = lineLabel{kind: labelHere, n: n, lab: lab}
		} else if i+1 < len(p.lines) {
			lab, ok = p.splitLabel(s, p.text(p.lines[i+1]))
			settled = settled && !p.surnameAsked
			switch {
			case ok && settled:
				p.lineLabels[i] = lineLabel{kind: labelSplit, lab: lab}
			case settled:
				p.lineLabels[i].kind = labelNone
			}
		} else if settled {
			p.lineLabels[i].kind = labelNone
		}
		p.lineLabels[i].noColon = noColon
		if !ok || p.isRecent(lab) {
			continue
		}
		if last, ok := p.surnameOf(lab); ok {
			p.surnames[last] = true
		}
		p.recent[p.recentNext] = lab
		p.recentNext = (p.recentNext + 1) % len(p.recent)
	}
}

// isRecent reports whether lab is one of the labels taken last.
func (p *parser) isRecent(lab string) bool {
	for _, r := range p.recent {
		if r == lab {
			return true
		}
	}
	return false
}

// surnameOf returns the last word of label lab without its bracketed
// parts, when it has more than one: the surname of a speaker. The labels
// of an archive come back document after document: the Parser remembers
// (up to maxKnownLabels) what it found, copied out of the text.
func (p *parser) surnameOf(lab string) (string, bool) {
	if s, ok := p.surnameMemo[lab]; ok {
		return s.surname, s.ok
	}
	last, ok := lastOfFields(stripParens(lab))
	if p.surnameMemo != nil && len(p.surnameMemo) < maxKnownLabels {
		p.surnameMemo[strings.Clone(lab)] = surname{strings.Clone(last), ok}
	}
	return last, ok
}

// surname is what surnameOf found in a label.
type surname struct {
	surname string
	ok      bool
}

// lastOfFields returns the last field of s (as strings.Fields splits it)
// when s has two fields or more, without making the slice of them.
func lastOfFields(s string) (string, bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:], strings.TrimSpace(s[:i]) != ""
}

// kremlin parses the en.kremlin.ru layout: documents start at "Events" and
// end with a metadata block.
func (p *parser) kremlin() {
	var starts []int // byte offsets where documents start
	for _, l := range p.lines {
		s := p.text(l)
		if !mayTrimTo(s, 'E') && !strings.HasPrefix(s, "T") {
			continue // neither "Events" nor "Text version...": most lines
		}
		if strings.TrimSpace(s) == "Events" {
			starts = append(starts, l.pos)
		} else if strings.HasPrefix(s, "Text version") && strings.HasSuffix(strings.TrimSpace(s), "Events") {
			starts = append(starts, l.pos+strings.LastIndex(s, "Events"))
		}
	}
	if len(starts) == 0 || strings.TrimSpace(p.t.Text[:starts[0]]) != "" && strings.TrimPrefix(strings.TrimSpace(p.t.Text[:starts[0]]), "\uFEFF") != "" {
		starts = append([]int{0}, starts...)
	}
	for i, start := range starts {
		end := len(p.t.Text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		p.kremlinDocument(start, end)
	}
}

// kremlinDocument parses one Kremlin document occupying [start, end).
func (p *parser) kremlinDocument(start, end int) {
	d := Document{Pos: start, End: end}
	var ls []line // the document's lines, clipped to it
	// The lines are in order: the document's start where the first line
	// that ends at or after start is (a file of thousands of documents is
	// not read line by line for each).
	first, _ := slices.BinarySearchFunc(p.lines, start, func(l line, start int) int {
		if l.end < start {
			return -1
		}
		return 1
	})
	last, _ := slices.BinarySearchFunc(p.lines[first:], end, func(l line, end int) int {
		if l.pos < end {
			return -1
		}
		return 1
	})
	if ls = p.docLines[:0]; cap(ls) < last {
		ls = make([]line, 0, last)
	}
	for _, l := range p.lines[first : first+last] {
		if l.end < start {
			continue
		}
		if l.pos < start {
			l.pos = start
		}
		if l.end > end {
			l.end = end
		}
		ls = append(ls, l)
	}
	p.docLines = ls[:0] // room for the next document's
	p.startDocument(&d)
	// Skip the "Events" line itself.
	if len(ls) > 0 && strings.TrimSpace(p.text(ls[0])) == "Events" {
		p.addNarration(Span{ls[0].pos, ls[0].end})
		ls = ls[1:]
	}
	for _, l := range ls {
		if s := strings.TrimSpace(p.text(l)); s != "" {
			d.Title = s
			break
		}
	}
	for i, l := range ls {
		if i > 8 {
			break
		}
		if date, ok := ParseDate(strings.TrimSpace(p.text(l))); ok {
			d.Date = date
			break
		}
	}
	body := ls[:metadataStart(p, ls)]
	p.body(body)
	p.flushTurn()
	for _, l := range ls[len(body):] {
		p.addNarration(Span{l.pos, l.end})
	}
	// Narration spans start at distinct offsets, and come in order: the
	// "Events" line, the body's, the metadata's (the sort is a guard).
	byPos := func(a, b Span) int { return a.Pos - b.Pos }
	if !slices.IsSortedFunc(d.Narration, byPos) {
		slices.SortFunc(d.Narration, byPos)
	}
	p.t.Documents = append(p.t.Documents, d)
	p.doc = nil
}

// isMetadataKey reports whether s is a heading of the Kremlin's trailing
// metadata block (a switch: Go tells the strings apart by their length
// first, without hashing them).
func isMetadataKey(s string) bool {
	switch s {
	case "Geography", "Topics", "Persons", "Organisations", "Publication status", "Text version":
		return true
	}
	return false
}

// metadataStart returns the index of the first line of the trailing
// metadata block (Geography, Topics, Persons, Publication status, ...), or
// len(ls) when there is none.
func metadataStart(p *parser, ls []line) int {
	status := -1
	for i := len(ls) - 1; i >= 0; i-- {
		if s := p.text(ls[i]); mayTrimTo(s, 'P') {
			s = strings.TrimSpace(s)
			if s == "Publication status" || strings.HasPrefix(s, "Publication date:") || strings.HasPrefix(s, "Published in section") {
				status = i
			}
		}
		if status >= 0 && len(ls)-i > 40 {
			break
		}
	}
	if status < 0 {
		return len(ls)
	}
	start := status
	// Walk back over headings and their short item lines.
	for i := status - 1; i >= 0; i-- {
		s := trimSpace(p.text(ls[i]))
		if isMetadataKey(s) {
			start = i
			continue
		}
		if s == "" || isMetadataItem(s) {
			continue
		}
		break
	}
	return start
}

// mayTrimTo reports whether line s, trimmed of white space, may start
// with the ASCII letter c: it starts with c, or with white space or a
// byte of a rune that may be white space. Most lines are ruled out by
// their first byte, without trimming them.
func mayTrimTo(s string, c byte) bool {
	return s != "" && (s[0] == c || s[0] <= ' ' || s[0] >= utf8.RuneSelf)
}

// isMetadataItem reports whether s looks like an item of a metadata list
// (a country, a topic, "Tokayev Kassym-Jomart"): short, no sentence end.
func isMetadataItem(s string) bool {
	if len(s) > 80 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if sentenceMark[s[i]] {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceMark marks the bytes no metadata item has: ".:;!?" (a table:
// strings.ContainsAny builds its set of bytes at each call).
var sentenceMark = [256]bool{'.': true, ':': true, ';': true, '!': true, '?': true}

// plain parses a file of "NAME: text" turns as one document.
func (p *parser) plain() {
	d := Document{Pos: 0, End: len(p.t.Text)}
	for i, l := range p.lines {
		if i > 8 {
			break
		}
		s := strings.TrimSpace(p.text(l))
		if d.Title == "" && s != "" {
			if _, _, ok := p.label(s); !ok {
				d.Title = s
			}
		}
		if date, ok := ParseDate(s); ok && d.Date == "" {
			d.Date = date
		}
	}
	p.startDocument(&d)
	p.body(p.lines)
	p.flushTurn()
	p.t.Documents = append(p.t.Documents, d)
	p.doc = nil
}

// body assigns the lines of a document body to turns and narration.
func (p *parser) body(ls []line) {
	// ls are lines of p.lines from at, some perhaps clipped: what
	// collectLabels found on a line holds while the line (and the next)
	// are as it read them.
	at := 0
	if len(ls) > 0 {
		at, _ = slices.BinarySearchFunc(p.lines, ls[0].pos, func(l line, pos int) int { return cmp.Compare(l.end, pos) })
	}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		s := p.text(l)
		trimmed := trimSpace(s)
		if trimmed == "" {
			continue
		}
		found := lineLabel{}
		colon := true // the line may hold a colon
		if k := at + i; k < len(p.lineLabels) && p.lines[k] == l && !p.lookAgain {
			found = p.lineLabels[k]
			colon = !found.noColon
			if found.kind != labelHere && (i+1 == len(ls) || k+1 == len(p.lines) || p.lines[k+1] != ls[i+1]) {
				found.kind = labelUnknown // splitLabel read another next line
			}
		}
		if found.kind == labelUnknown {
			// A line told it has no colon has no label either: it is
			// not searched again.
			if lab, n, ok := p.labelIf(colon, s); ok {
				found = lineLabel{kind: labelHere, n: n, lab: lab}
			} else if i+1 < len(ls) {
				if lab, ok := p.splitLabel(s, p.text(ls[i+1])); ok {
					found = lineLabel{kind: labelSplit, lab: lab}
				}
			}
		}
		if found.kind == labelHere {
			p.startTurn(found.lab, l.pos)
			p.speech(line{l.pos + found.n, l.end})
			continue
		}
		if found.kind == labelSplit {
			p.startTurn(found.lab, l.pos)
			next := ls[i+1]
			rest := p.text(next)
			n := strings.IndexByte(rest, ':') + 1
			p.speech(line{next.pos + n, next.end})
			i++
			continue
		}
		if p.turn == nil {
			p.narration(l)
			continue
		}
		switch {
		case trimmed == "See also" || trimmed == "Additional":
			// A sidebar: the heading, then pairs of a linked title and its
			// date (or date range).
			p.narration(l)
			for i+2 < len(ls) && isDateLine(strings.TrimSpace(p.text(ls[i+2]))) {
				p.narration(ls[i+1])
				p.narration(ls[i+2])
				i += 2
			}
		case isNonSpeech(trimmed) || p.isCaption(trimmed, colon):
			p.narration(l)
		case p.continues(s):
			// A paragraph broken inside ("with 14" / "billion dollars"):
			// the line goes on the previous one.
			last := &p.turn.Speech[len(p.turn.Speech)-1]
			last.End = l.end - trailingSpace(s) // as speech trims a line
		default:
			p.speech(l)
		}
	}
}

// isNonSpeech reports whether a line inside a turn is not speech: an
// elision, a separator, a stage note, a heading or a caption.
func isNonSpeech(s string) bool {
	switch {
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && len(s) <= 12:
		return true // <…>, <...>
	case starsOnly(s):
		return true // * * *, ***
	case strings.HasPrefix(s, "(") && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, ".)") || !strings.Contains(s, ")")) && len(s) < 60:
		return true // (Applause.), (Laughter
	}
	// A heading or a caption has no sentence end; speech paragraphs do.
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf {
		return !sentenceEndASCII[s[n-1]]
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(sentenceEnds, last)
}

// sentenceEnds are the runes a paragraph of speech ends with (isNonSpeech);
// sentenceEndASCII marks its ASCII ones.
const sentenceEnds = ".!?…:;,\"'”’»)]–—-"

var sentenceEndASCII = func() (t [utf8.RuneSelf]bool) {
	for _, r := range sentenceEnds {
		if r < utf8.RuneSelf {
			t[r] = true
		}
	}
	return t
}()

// starsOnly reports whether s has no byte but asterisks and spaces, as
// strings.Trim(s, "* ") == "" does, without building the cut set.
func starsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '*' && s[i] != ' ' {
			return false
		}
	}
	return true
}

// continues reports whether line s goes on the previous speech line: it
// starts with a lower-case letter and the previous line did not end a
// sentence.
func (p *parser) continues(s string) bool {
	if p.turn == nil || len(p.turn.Speech) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(trimBlank(s))
	if !unicode.IsLower(r) {
		return false
	}
	prev := p.t.Text[p.turn.Speech[len(p.turn.Speech)-1].Pos:p.turn.Speech[len(p.turn.Speech)-1].End]
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(".!?…:", last)
}

// isCaption reports whether a line inside a turn is a photo caption: the
// document's title again, "At the meeting ...", "With ...", "Left: ...", or
// an office and a name alone ("President of Turkey Recep Tayyip Erdogan.").
// Captions are short, end with a full stop, and hold no digits and no
// first or second person. s is the line trimmed of white space; colon is
// false when it surely has no colon (then it names no sides: namesSides
// need not look).
func (p *parser) isCaption(s string, colon bool) bool {
	if !strings.HasSuffix(s, ".") || !p.mayBeCaption(s, colon) {
		return false
	}
	// A paragraph of speech is long: its 21st word settles it. A space
	// before an ASCII byte that is no space starts a word: past 20 of
	// them, the line has more than 20 words.
	starts := 0
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && wordStart[s[i]] {
			if starts++; starts == 20 {
				return false
			}
		}
	}
	var ws [20]string
	words := 0
	for rest := s; ; {
		w, after, ok := nextField(rest)
		if !ok {
			break
		}
		if words == len(ws) {
			return false
		}
		ws[words] = w
		words++
		rest = after
	}
	if strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, w := range ws[:words] {
		if isPersonal(trimCaptionPunct(w)) {
			return false
		}
	}
	first := ws[0]
	body := strings.TrimSuffix(s, ".")
	if p.repeatsTitle(s) {
		return true
	}
	if colon && namesSides(s) {
		return true
	}
	switch first {
	case "At", "With", "During":
		return words >= 3
	}
	if strings.HasPrefix(s, "Before the beginning") {
		return true
	}
	return words >= 3 && !strings.Contains(body, ".") && p.isLabel(body) && strings.Contains(body, " of ")
}

// mayBeCaption reports whether s, which ends with a full stop and starts
// with no white space, has one of the forms isCaption accepts, before its
// words are counted: most paragraphs have none (one sentence ends inside
// them, or they name no office "of" anything). colon is as isCaption has it.
func (p *parser) mayBeCaption(s string, colon bool) bool {
	body := s[:len(s)-1]
	// Each form's first byte is told before its words are compared.
	if p.repeatsTitle(s) {
		return true
	}
	if c := s[0]; c == 'A' || c == 'W' || c == 'D' { // s starts with no white space
		switch first, _, _ := nextField(s); first {
		case "At", "With", "During":
			return true
		}
	}
	// Most paragraphs end with a word in lower case: told by their last
	// word, before a search for a full stop in them.
	return s[0] == 'B' && strings.HasPrefix(s, "Before the beginning") ||
		!endsLowerWord(body) && strings.IndexByte(body, '.') < 0 && strings.Contains(body, " of ") ||
		colon && namesSides(s)
}

// repeatsTitle reports whether s, which ends with a full stop, is the
// document's title again: alone ("Title.") or before a sentence ("Title.
// ..."). Its first byte is told before the title is compared.
func (p *parser) repeatsTitle(s string) bool {
	title := p.doc.Title
	return title != "" && s[0] == title[0] && strings.HasPrefix(s, title) &&
		(len(s) == len(title)+1 || strings.HasPrefix(s[len(title):], ". "))
}

// namesSides reports whether s holds " Left: ", " Right: " or " Centre: "
// (a caption naming who stands where); it looks only around its colons.
func namesSides(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if i+1 < len(s) && s[i+1] == ' ' {
			before := s[:i]
			if strings.HasSuffix(before, " Left") || strings.HasSuffix(before, " Right") || strings.HasSuffix(before, " Centre") {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// endsLowerWord reports whether the last word of s surely starts with a
// lower-case ASCII letter (so s is no label: its last word would need a
// capital). Any other byte in the word leaves it unsure: false.
func endsLowerWord(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] < utf8.RuneSelf && !asciiSpace[s[i-1]] && s[i-1] != ')' {
		i--
	}
	return i < len(s) && (i == 0 || asciiSpace[s[i-1]]) && 'a' <= s[i] && s[i] <= 'z'
}

// nextField returns the first field of s (as strings.Fields splits it)
// and what follows it; ok is false when s is all white space.
func nextField(s string) (field, rest string, ok bool) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	if i == len(s) {
		return "", "", false
	}
	start := i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return s[start:i], s[i:], true
}

// asciiSpace tells the ASCII white space bytes, as unicode.IsSpace does.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordStart tells the bytes that start a word after a space: ASCII, not
// white space.
var wordStart = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c]
	}
	return t
}()

// personal are the words that show a line is spoken, not a caption.
var personal = []string{"i", "we", "you", "our", "my", "us", "your", "please", "me"}

// isPersonal reports whether w is one of personal, in any case.
func isPersonal(w string) bool {
	if len(w) > len("please") && utf8.RuneCountInString(w) > len("please") {
		return false // lower-cased, still too long ("Putin’s"): no case made
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			w = strings.ToLower(w) // as Unicode lower-cases it: İ is i
			break
		}
	}
	if len(w) > len("please") {
		return false
	}
	var low [len("please")]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, p := range personal { // as Unicode folds it
				if strings.EqualFold(w, p) {
					return true
				}
			}
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	for _, p := range personal {
		if string(low[:len(w)]) == p {
			return true
		}
	}
	return false
}

// trimCaptionPunct is strings.Trim(w, ".,:;!?’'\"") (the punctuation
// around a caption's words) a byte at a time.
func trimCaptionPunct(w string) string {
	const quote = "’"
	for {
		if w != "" && captionPunct[w[0]] {
			w = w[1:]
		} else if strings.HasPrefix(w, quote) {
			w = w[len(quote):]
		} else {
			break
		}
	}
	for {
		if n := len(w); n > 0 && captionPunct[w[n-1]] {
			w = w[:n-1]
		} else if strings.HasSuffix(w, quote) {
			w = w[:len(w)-len(quote)]
		} else {
			return w
		}
	}
}

// captionPunct marks the ASCII bytes trimCaptionPunct trims.
var captionPunct = [256]bool{'.': true, ',': true, ':': true, ';': true, '!': true, '?': true, '\'': true, '"': true}

func (p *parser) startTurn(label string, pos int) {
	p.flushTurn()
	p.open = Turn{Label: label, Pos: pos}
	p.turn, p.speechFrom = &p.open, len(p.arena.spans)
}

// flushTurn ends the open turn, if any: it is the document's last.
func (p *parser) flushTurn() {
	if p.turn != nil {
		a := &p.arena
		a.turns = append(a.turns, *p.turn)
		p.doc.Turns = a.turns[p.turnsFrom:len(a.turns):len(a.turns)]
		p.turn = nil
	}
}

// startDocument makes d the document being read, with no turn yet.
func (p *parser) startDocument(d *Document) {
	p.doc, p.turn, p.turnsFrom, p.narrationFrom = d, nil, len(p.arena.turns), len(p.arena.narration)
}

// addNarration adds sp to the document's narration.
func (p *parser) addNarration(sp Span) {
	a := &p.arena
	a.narration = append(a.narration, sp)
	p.doc.Narration = a.narration[p.narrationFrom:len(a.narration):len(a.narration)]
}

// addSpeech adds sp to the open turn's speech.
func (p *parser) addSpeech(sp Span) {
	a := &p.arena
	a.spans = append(a.spans, sp)
	p.turn.Speech = a.spans[p.speechFrom:len(a.spans):len(a.spans)]
}

// trimSpace is strings.TrimSpace, with no work for a line that starts
// and ends with ASCII that is no white space: most lines.
func trimSpace(s string) string {
	if s != "" && wordStart[s[0]] && wordStart[s[len(s)-1]] {
		return s
	}
	return strings.TrimSpace(s)
}

func (p *parser) speech(l line) {
	s := p.text(l)
	if s != "" && wordStart[s[0]] && wordStart[s[len(s)-1]] {
		// ASCII and no white space at either end: most lines.
		p.addSpeech(Span{l.pos, l.end})
		return
	}
	lead, trail := leadingSpace(s), trailingSpace(s)
	if lead+trail >= len(s) {
		return
	}
	p.addSpeech(Span{l.pos + lead, l.end - trail})
}

func (p *parser) narration(l line) {
	if l.end > l.pos {
		p.addNarration(Span{l.pos, l.end})
	}
}
