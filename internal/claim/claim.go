// Package claim finds the numeric claims in a parsed transcript and
// normalises each one exactly: its kind, value (a decimal, never a float),
// unit, hedge, what it measures, the period it refers to, and whether it
// states a fact or a target.
//
// The lexer (package lex) only recognises the shape of words and numbers;
// this package reads the token stream of each sentence of speech, assembles
// number phrases ("almost $24.5 billion", "over two and half-fold",
// "76 out of 89 Russian regions"), decides which of them are claims and
// which are dates, years, names, idioms or period words, and attaches the
// context a fact-checker needs.
package claim

import (
	"github.com/shopspring/decimal"
)

// Kind is what sort of quantity a claim states.
type Kind string

// The kinds of claims and of other numeric mentions.
const (
	Money      Kind = "money"
	Percent    Kind = "percent"
	Count      Kind = "count"
	Multiplier Kind = "multiplier"
	Fraction   Kind = "fraction"
	// The kinds below are recognised but are not claims.
	Number   Kind = "number" // a bare number that is part of something else
	Ordinal  Kind = "ordinal"
	Year     Kind = "year"
	Date     Kind = "date"
	Time     Kind = "time"
	Duration Kind = "duration"
)

// IsClaim reports whether mentions of kind k are reported as claims.
func (k Kind) IsClaim() bool {
	switch k {
	case Money, Percent, Count, Multiplier, Fraction:
		return true
	}
	return false
}

// Qualifier is the hedge a speaker puts on a figure.
type Qualifier string

// The hedges of spec §3.
const (
	Exact   Qualifier = "exact"
	About   Qualifier = "about"
	Almost  Qualifier = "almost"
	Over    Qualifier = "over"
	AtLeast Qualifier = "at_least"
	Under   Qualifier = "under"
	UpTo    Qualifier = "up_to"
)

// Modality says whether a figure is a fact or an aim.
type Modality string

// The modalities.
const (
	Actual Modality = "actual"
	Target Modality = "target"
)

// Flow tells an amount built up over time from one that came in a period.
type Flow string

// The flows; "" is unknown.
const (
	Stock        Flow = "stock"
	FlowOfPeriod Flow = "flow"
)

// Claim is one numeric claim made by one speaker.
type Claim struct {
	File     string // the path the transcript was read from ("<stdin>" for standard input)
	Document string // the title of the document within the file
	Date     string // the document's date, ISO 8601, or ""
	Speaker  string // the canonical speaker name
	Line     int    // 1-based line of the file where Text starts
	Pos, End int    // byte offsets of Text in the file, End exclusive

	Kind  Kind
	Value decimal.Decimal // exact, in base units, negative for a fall
	// Rounding is half the unit of the last digit stated: "$25.6 billion"
	// → 50000000, so the figure stands for [25.55, 25.65] billion.
	Rounding  decimal.Decimal
	Unit      string // ISO 4217, "%", "pp", "x" or ""
	Qualifier Qualifier
	Metric    string // what is measured ("trade", "trade growth", "projects"), or ""
	Scope     string // what narrows the metric ("from russia to kazakhstan"), or ""
	Period    string // ISO 8601 date, month, year or interval, or ""
	Modality  Modality
	Change    bool // the figure states a change rather than a level
	Flow      Flow // a stock, a flow, or "" when the sentence does not say

	Text    string // the exact source span, with hedge and unit
	Context string // the sentence the claim stands in
	// Sentence tells the sentences of a file apart: it is one more than
	// the byte offset in the file of the sentence's first token, so
	// claims with the same Sentence were made in one breath.
	Sentence int
}
