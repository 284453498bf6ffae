package claim

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/transcript"
)

// Found is one numeric mention as the number reader saw it, whether or not
// it became a claim: the figures a user can check against the report, and
// for each one that is not a claim, the reason why.
//
// Kind is one of number, money, percent, multiplier, fraction, ordinal,
// year, date, time and duration: a count is a number (with Claim set when
// it was counted as a claim). Value is the figure as written, exact, in
// base units ("$25.6 billion" → 25600000000, "a third" → 0.333...), with
// the sign only a minus sign or word gives it: the report may make a fall
// negative or give a bare figure the currency named before it. HasValue is
// false for vague quantities ("dozens", "a small percent"), dates and times.
type Found struct {
	Pos, End  int    // byte offsets of Text in the text, End exclusive
	Line      int    // 1-based line where Text starts
	Text      string // the exact span, hedge and unit included
	Kind      Kind
	Value     decimal.Decimal
	HasValue  bool
	Unit      string // ISO 4217, "%", "pp", "x" or ""
	Qualifier Qualifier
	Vague     bool   // "dozens", "hundreds of": a quantity with no exact value
	Claim     bool   // it is reported as a claim
	Reason    string // why it is not a claim; "" for a claim
}

// Reasons a mention outside speech is not a claim.
const (
	ReasonNarration = "narration" // lead, captions, headings, stage notes
	ReasonMetadata  = "metadata"  // date and time lines, front matter, the publication block
	ReasonLabel     = "label"     // speaker labels and other text outside speech and narration
)

// Scan returns the numeric mentions of text read as one stretch of speech
// by one speaker: Claim is set on each that the extractor would report as
// a claim if someone said it.
func Scan(text string) []Found {
	lines := lineStarts(text)
	var out []Found
	for _, s := range splitSentences(lex.Lex(text)) {
		s.lowerWords(nil, nil, nil)
		for _, m := range s.mentions() {
			out = append(out, s.found(text, lines, m, ""))
		}
	}
	return out
}

// Mentions returns every numeric mention of transcript t in reading order:
// those in speech as the extractor reads them (Claim set exactly on those
// that Extract reports), and those in narration, metadata and speaker
// labels, which are never claims. A mention's own reason (a date, an
// ordinal) wins over where it stands.
func (e *Extractor) Mentions(t *transcript.Transcript) []Found {
	lines := lineStarts(t.Text)
	type region struct {
		transcript.Span
		reason string // "" for speech
	}
	var rs []region
	for _, d := range t.Documents {
		frontEnd := frontMatterEnd(t, d)
		lastSpeech := -1
		for _, turn := range d.Turns {
			for _, sp := range turn.Speech {
				rs = append(rs, region{sp, ""})
				lastSpeech = max(lastSpeech, sp.End)
			}
		}
		for _, sp := range d.Narration {
			reason := ReasonNarration
			if isMetadataLine(t.Text[sp.Pos:sp.End]) || sp.End <= frontEnd || t.Layout == transcript.Kremlin && lastSpeech >= 0 && sp.Pos >= lastSpeech && trailingBlock(t, d, sp, lastSpeech) {
				reason = ReasonMetadata
			}
			rs = append(rs, region{sp, reason})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Pos < rs[j].Pos })
	// The gaps: labels, separators and lines the parser set aside.
	var all []region
	at := 0
	for _, r := range rs {
		if r.Pos < at {
			continue // overlapping spans are not expected; keep the first
		}
		if r.Pos > at {
			all = append(all, region{transcript.Span{Pos: at, End: r.Pos}, ReasonLabel})
		}
		all = append(all, r)
		at = r.End
	}
	if at < len(t.Text) {
		all = append(all, region{transcript.Span{Pos: at, End: len(t.Text)}, ReasonLabel})
	}
	var out []Found
	for _, r := range all {
		if r.reason == ReasonLabel && strings.TrimSpace(t.Text[r.Pos:r.End]) == "" {
			continue
		}
		e.toks = lex.AppendAt(e.toks[:0], t.Text[r.Pos:r.End], r.Pos)
		for _, s := range splitSentences(e.toks) {
			s.lowerWords(nil, nil, nil)
			for _, m := range s.mentions() {
				out = append(out, s.found(t.Text, lines, m, r.reason))
			}
		}
	}
	return out
}

// found turns mention m of the sentence into a Found; where is the reason
// of the region it stands in ("" for speech).
func (s *sentence) found(text string, lines []int, m Mention, where string) Found {
	f := Found{
		Pos: s.toks[m.First].Pos, End: s.toks[m.Last].End(),
		Kind: m.Kind, Value: m.Value, HasValue: !m.noValue, Unit: m.Unit,
		Qualifier: m.Qualifier, Vague: m.Vague, Reason: m.Reason,
	}
	f.Text = text[f.Pos:f.End]
	f.Line = sort.SearchInts(lines, f.Pos+1)
	if f.Qualifier == "" {
		f.Qualifier = Exact
	}
	switch m.Kind {
	case Count:
		f.Kind = Number
	case Date, Time:
		f.HasValue = false
	case Ordinal:
		f.Value, f.HasValue = s.ordinalValue(m)
	}
	if !f.HasValue {
		f.Value = decimal.Zero
	}
	f.Claim = m.Reason == "" && m.Kind.IsClaim()
	if where != "" {
		f.Claim = false
		if f.Reason == "" {
			f.Reason = where
		}
	}
	return f
}

// ordinalValue returns the number an ordinal mention names: 18 for "18th",
// 3 for "third".
func (s *sentence) ordinalValue(m Mention) (decimal.Decimal, bool) {
	t := s.toks[m.NumFirst]
	if t.Kind == lex.Ordinal {
		d, err := decimal.NewFromString(strings.TrimRight(t.Text, "stndrhSTNDRH"))
		return d, err == nil
	}
	if v, ok := ordinalNumbers[s.low[m.NumFirst]]; ok {
		return decimal.NewFromInt(v), true
	}
	return decimal.Decimal{}, false
}

// lineStarts returns the byte offset of the start of each line of text.
// A line ends at LF, CRLF or a lone CR, as package transcript counts
// them.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n') {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// isMetadataLine reports whether a line of narration is metadata: a date
// line, a time or photo counter ("13:50", "2 of 3"), or a publication
// line.
func isMetadataLine(line string) bool {
	s := strings.TrimSpace(line)
	if _, ok := transcript.ParseDate(s); ok {
		return true
	}
	for _, p := range []string{"Publication date:", "Published in section", "Publication status", "Text version"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	// Only numbers, times and "of": a time line or a photo counter.
	toks := lex.Lex(s)
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		switch {
		case t.Kind == lex.Number || t.Kind == lex.Time:
		case t.Kind.IsWord() && strings.EqualFold(t.Text, "of"):
		default:
			return false
		}
	}
	return true
}

// frontMatterEnd returns the end of document d's YAML front matter (a
// first line "---" down to the next "---"), or -1.
func frontMatterEnd(t *transcript.Transcript, d transcript.Document) int {
	head := t.Text[d.Pos:d.End]
	rest, ok := strings.CutPrefix(strings.TrimLeft(head, "\uFEFF \t\r\n"), "---")
	if !ok || !strings.HasPrefix(rest, "\n") && !strings.HasPrefix(rest, "\r\n") {
		return -1
	}
	i := strings.Index(rest, "\n---")
	if i < 0 {
		return -1
	}
	return d.Pos + len(head) - len(rest) + i + len("\n---")
}

// trailingBlock reports whether narration span sp of Kremlin document d,
// after its last speech, belongs to the trailing metadata block
// (Geography, Topics, Persons, Publication status ...): every narration
// line from sp to the document's end is short and has no sentence end
// other than a publication line.
func trailingBlock(t *transcript.Transcript, d transcript.Document, sp transcript.Span, lastSpeech int) bool {
	for _, n := range d.Narration {
		if n.Pos < sp.Pos || n.Pos < lastSpeech {
			continue
		}
		s := strings.TrimSpace(t.Text[n.Pos:n.End])
		if s == "" || isMetadataLine(s) {
			continue
		}
		if len(s) > 80 || strings.ContainsAny(s, ".;!?") {
			return false
		}
	}
	return true
}
