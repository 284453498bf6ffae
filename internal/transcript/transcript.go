// Package transcript splits a speech transcript into documents and speaker
// turns.
//
// It works the way txtar splits an archive: label lines
// ("President of Russia Vladimir Putin: ...") start a turn, text before the
// first label is narration, and ordinary text is never an error. Everything
// is a byte range into the original text, so that callers can report exact
// offsets and lines.
//
// Goals: read the Kremlin layout in full (several documents in one file,
// labels split over two lines, one person under several titles, See-also
// sidebars, elisions, separators, headings and the trailing metadata block)
// and plain "NAME: text" files; keep every byte of speech and nothing else in
// the turns. Non-goals: deciding what a number means (package claim) and
// reading formats other than text.
package transcript

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Layout names a transcript layout.
type Layout string

// The layouts Parse understands.
const (
	Kremlin    Layout = "kremlin"    // en.kremlin.ru pages: Events, title, ..., metadata
	WhiteHouse Layout = "whitehouse" // White House transcripts: front matter, THE PRESIDENT:, Q
	Hansard    Layout = "hansard"    // UK Hansard: House, date, Name (Office): speech
	Plain      Layout = "plain"      // NAME: text, one turn after another
)

// Layouts lists the layouts, as --layout names them.
var Layouts = []Layout{Kremlin, WhiteHouse, Hansard, Plain}

// Span is a byte range [Pos, End) of a transcript's text.
type Span struct {
	Pos, End int
}

// Turn is one stretch of speech by one speaker.
type Turn struct {
	Speaker string // canonical name: one person, one name ("Vladimir Putin")
	Label   string // the label as written, spaces folded, without its colon
	Role    string // what the label says besides the name ("President of Russia")
	Pos     int    // byte offset of the label
	Speech  []Span // the paragraphs of speech, label and non-speech lines excluded
	Words   int    // the words of Speech, once CountWords has counted them
}

// Document is one document of a transcript file.
type Document struct {
	Title          string
	Date           string // ISO 8601 (2022-11-28), or "" when the document gives none
	Pos, End       int    // byte range of the whole document
	Narration      []Span // text that is not speech: lead, captions, headings
	NarrationWords int    // the words of Narration, once CountWords has counted them
	Turns          []Turn
}

// Transcript is a parsed transcript file.
type Transcript struct {
	Name      string // the file name it was read from
	Text      string // the whole text; every Span indexes it ("" once compacted)
	Layout    Layout
	Documents []Document
	lines     []int // byte offset of the start of each line
	arena     arena // the spans and turns of its documents
	counted   bool  // CountWords has counted the words
}

// CountWords counts the words of each turn's speech and of each
// document's narration into Turn.Words and Document.NarrationWords, once.
func (t *Transcript) CountWords() {
	if t.counted {
		return
	}
	for i := range t.Documents {
		d := &t.Documents[i]
		d.NarrationWords = t.Words(d.Narration)
		for k := range d.Turns {
			d.Turns[k].Words = t.Words(d.Turns[k].Speech)
		}
	}
	t.counted = true
}

// Compact keeps what a summary of t needs and drops its text: it counts
// the words (CountWords), copies the titles, dates and speakers' names
// out of the text, and forgets the text, its lines and the spans of
// speech and narration (with no text they index nothing; their words are
// counted). The turns move to one slice of their number, without the
// room the parse grew. A run that keeps every document of an archive
// then keeps, for each, its documents and turns: not its text, nor
// anything that grows with it.
func (t *Transcript) Compact() {
	t.CountWords()
	n := 0
	for _, d := range t.Documents {
		n += len(d.Turns)
	}
	turns := make([]Turn, 0, n)
	for i := range t.Documents {
		d := &t.Documents[i]
		d.Title, d.Date = strings.Clone(d.Title), strings.Clone(d.Date)
		d.Narration = nil
		from := len(turns)
		for _, turn := range d.Turns {
			turn.Speaker, turn.Label, turn.Role = strings.Clone(turn.Speaker), strings.Clone(turn.Label), strings.Clone(turn.Role)
			turn.Speech = nil
			turns = append(turns, turn)
		}
		d.Turns = turns[from:len(turns):len(turns)]
	}
	t.Text, t.lines, t.arena = "", nil, arena{}
}

// Line returns the 1-based line number of byte offset pos.
func (t *Transcript) Line(pos int) int {
	return sort.SearchInts(t.lines, pos+1)
}

// LineAfter is Line(pos) for a pos on line from or after it (1-based; a
// claim's line after the one before it): it walks on from there over a
// few lines, and searches only when pos is further or from is no help.
func (t *Transcript) LineAfter(pos, from int) int {
	if from < 1 || from > len(t.lines) || t.lines[from-1] > pos {
		return t.Line(pos)
	}
	n := from // t.lines[n-1] <= pos
	for ; n < len(t.lines) && t.lines[n] <= pos; n++ {
		if n-from == 8 {
			return t.Line(pos)
		}
	}
	return n
}

// LineSpan returns the byte range of 1-based line n without its line end.
func (t *Transcript) LineSpan(n int) Span {
	if n < 1 || n > len(t.lines) {
		return Span{len(t.Text), len(t.Text)}
	}
	start := t.lines[n-1]
	end := len(t.Text)
	if n < len(t.lines) {
		end = t.lines[n] - 1
	}
	if end > start && t.Text[end-1] == '\r' {
		end--
	}
	return Span{start, end}
}

// Words counts the words of the spans: runs of characters between spaces,
// as strings.Fields splits them (without building the slice of them).
func (t *Transcript) Words(spans []Span) int {
	n := 0
	for _, s := range spans {
		n += countFields(t.Text[s.Pos:s.End])
	}
	return n
}

// countFields returns len(strings.Fields(s)). It reads s eight bytes at
// a time while they are ASCII (most of a transcript's), telling its white
// space from the rest by arithmetic on the eight as one integer, and a
// rune at a time where they are not.
func countFields(s string) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080 // each byte's top bit
	)
	n, inField := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if w&high == 0 {
				// With each byte's top bit set, subtracting c from it
				// borrows from no other byte and leaves the top bit set
				// where the byte was c or more.
				x := w | high
				ge09, ge0e := (x-0x09*ones)&high, (x-0x0e*ones)&high
				ge20, ge21 := (x-0x20*ones)&high, (x-0x21*ones)&high
				field := high &^ (ge09&^ge0e | ge20&^ge21) // not \t, \n, \v, \f, \r or a space
				before := field << 8                       // the byte before each is in a field
				if inField {
					before |= 0x80
				}
				n += bits.OnesCount64(field &^ before)
				inField = field>>63 != 0
				i += 8
				continue
			}
		}
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// Speakers lists the transcript's speakers in order of first appearance.
func (t *Transcript) Speakers() []string {
	var names []string
	seen := map[string]bool{}
	for _, d := range t.Documents {
		for _, turn := range d.Turns {
			if !seen[turn.Speaker] {
				seen[turn.Speaker] = true
				names = append(names, turn.Speaker)
			}
		}
	}
	return names
}
