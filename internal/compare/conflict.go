// Package compare finds where speakers' figures disagree (spec §5).
//
// Each stated figure stands for an interval of values it is consistent with:
// an exact figure for its rounding, a hedged one for the range its hedge
// allows, widened by a tolerance. Two actual claims of the same (or a
// related) metric, kind and unit, compatible scopes and overlapping periods
// disagree when their intervals do not meet.
package compare

import (
	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// Class says how two disagreeing figures relate.
type Class string

// The classes of spec §5.
const (
	// Contradiction: same metric, same period (or one unknown).
	Contradiction Class = "contradiction"
	// PeriodMismatch: same metric, overlapping but different periods.
	PeriodMismatch Class = "period_mismatch"
	// Possible: related metrics; worth a human look.
	Possible Class = "possible"
	// Self: any of the above within one speaker.
	Self Class = "self"
)

// Classes lists every class, in order of severity.
var Classes = []Class{Contradiction, PeriodMismatch, Possible, Self}

// Conflict is a pair of claims whose figures disagree.
type Conflict struct {
	Metric string // the metric they share (A's, for related metrics)
	Scope  string // the narrower of the two scopes, or ""
	Class  Class
	A, B   claim.Claim // A comes first in reading order
	// Difference is B's value minus A's; RelativeDifference is that
	// difference over A's value (0 when A is 0).
	Difference         decimal.Decimal
	RelativeDifference decimal.Decimal
}
