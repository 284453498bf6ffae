package claim

import (
	"errors"
	"fmt"
	"strings"

	"github.com/transcripts/transcripts/internal/lex"
)

// ParseFigure reads a figure written on its own, as people type one into a
// table cell: "24.5 billion", "$24.5bn", "24,500,000,000", "5%", "-32
// percent", "almost 1.9 billion dollars", "2.5x", "a third". It reads the
// text with the same lexer and number rules as the extractor, so a figure
// in a table means what the same words mean in a transcript.
//
// The result is a Claim with Kind, Value, Rounding (half the unit of the
// last digit written: "24.5 billion" → 50000000), Unit, Qualifier and Text
// set; nothing else. A bare number is a count (Kind Count, no unit), even
// one that looks like a year. The whole text must be one figure: anything
// else ("24.5 billion in 2021", "abc", "") is an error.
func ParseFigure(text string) (Claim, error) {
	t := strings.TrimSpace(text)
	written := t
	if t == "" {
		return Claim{}, errors.New("empty figure")
	}
	// "2.5x", "2.5 ×", "2.5 times": a multiplier written for a table.
	times := false
	for _, suffix := range []string{"x", "X", "×"} {
		if rest, ok := strings.CutSuffix(t, suffix); ok && rest != "" && rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9' {
			t, times = rest, true
			break
		}
	}
	toks := lex.Lex(t)
	if n := len(toks); n > 1 && !times {
		if w := strings.ToLower(toks[n-1].Text); w == "×" || w == "times" || w == "x" && toks[n-2].Kind == lex.Number {
			times, toks = true, toks[:n-1]
		}
	}
	s := newSentence(toks)
	ms := s.mentions()
	if len(ms) != 1 || ms[0].First != 0 || ms[0].Last != s.n()-1 {
		return Claim{}, fmt.Errorf("%q is not a figure (want a number, with an optional hedge, scale and unit: 24.5 billion, $24.5bn, 5%%)", written)
	}
	m := ms[0]
	kind := m.Kind
	if m.Noun != "" && m.Unit == "" && (kind == Count || kind == Number || kind == Year) {
		return Claim{}, fmt.Errorf("%q is not a figure: %q is not a scale or a unit (write the metric in its own column)", written, m.Noun)
	}
	switch {
	case kind.IsClaim():
	case (kind == Year || kind == Number) && m.Unit == "":
		kind = Count // "2021" or "two and a half" in a value cell is a count
	case kind == Number && m.Unit == "x":
		kind = Multiplier // "twice"
	default:
		return Claim{}, fmt.Errorf("%q is not a figure but %s", written, article(kind))
	}
	if m.Vague {
		return Claim{}, fmt.Errorf("%q has no exact value", written)
	}
	c := Claim{
		Kind: kind, Value: m.Value, Unit: m.Unit, Qualifier: m.Qualifier, Text: written,
		Rounding: halfOf(m.step),
	}
	if times {
		if c.Kind != Count || c.Unit != "" {
			return Claim{}, fmt.Errorf("%q is not a figure: a multiplier has no other unit", written)
		}
		c.Kind, c.Unit = Multiplier, "x"
	}
	return c, nil
}

// article returns k with its indefinite article: "a date", "an ordinal".
func article(k Kind) string {
	if strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}
