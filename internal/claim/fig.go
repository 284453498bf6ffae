package claim

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// fig is a number being read, held as the decimal package holds it (a
// coefficient and an exponent) but in machine integers while the
// coefficient has at most 18 digits, so that summing a number's words and
// scales allocates nothing; a wider one is the decimal d. The arithmetic
// gives the coefficient and exponent the decimal package's does (tests
// compare the two), so that a fig made a decimal (dec) is the decimal the
// package would have made.
type fig struct {
	coef int64
	exp  int32
	wide bool            // the number is d
	d    decimal.Decimal // when wide
}

// maxFigDigits is the most digits a fig's coefficient may have: the sum of
// two of them, each brought to the other's exponent, must fit in an int64.
const maxFigDigits = 18

// figOf returns d as a fig.
func figOf(d decimal.Decimal) fig {
	if d.NumDigits() <= maxFigDigits {
		return fig{coef: d.CoefficientInt64(), exp: d.Exponent()}
	}
	return fig{wide: true, d: d}
}

// dec returns f as a decimal: one made once when it is a small whole
// number or a power of ten (newDec).
func (f fig) dec() decimal.Decimal {
	if f.wide {
		return f.d
	}
	return newDec(f.coef, f.exp)
}

// isZero reports whether f is zero.
func (f fig) isZero() bool {
	if f.wide {
		return f.d.IsZero()
	}
	return f.coef == 0
}

// exponent is f's exponent, as the decimal package would give it.
func (f fig) exponent() int32 {
	if f.wide {
		return f.d.Exponent()
	}
	return f.exp
}

// below reports whether f < n, for n ≥ 0.
func (f fig) below(n int64) bool {
	switch {
	case f.wide:
		return f.d.LessThan(decimal.NewFromInt(n))
	case f.coef < 0:
		return true
	case f.exp >= 0:
		// coef×10^exp < n: scaled up while it may still be below n.
		c := f.coef
		for e := f.exp; e > 0 && c != 0 && c < n; e-- {
			if c > math.MaxInt64/10 {
				return false // c×10 passes any n
			}
			c *= 10
		}
		return c < n
	case f.exp >= -maxFigDigits && n <= math.MaxInt64/pow10[-f.exp]:
		return f.coef < n*pow10[-f.exp]
	}
	return f.dec().LessThan(decimal.NewFromInt(n))
}

// digits64 is the number of decimal digits of |x| (1 for 0), as the
// decimal package's NumDigits counts them.
func digits64(x int64) int {
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	// An estimate from the bit length, put right by one comparison.
	d := (bits.Len64(u) * 1233) >> 12
	if d < len(pow10) && u >= uint64(pow10[d]) {
		d++
	}
	return max(d, 1)
}

// mulFig is a×b, the coefficient and exponent the decimal package's Mul
// gives.
func mulFig(a, b fig) fig {
	if !a.wide && !b.wide && digits64(a.coef)+digits64(b.coef) <= maxFigDigits {
		if e := int64(a.exp) + int64(b.exp); e >= math.MinInt32 && e <= math.MaxInt32 {
			return fig{coef: a.coef * b.coef, exp: int32(e)}
		}
	}
	return figOf(a.dec().Mul(b.dec()))
}

// addFig is a+b, the coefficient and exponent the decimal package's Add
// gives (the smaller exponent of the two).
func addFig(a, b fig) fig {
	if !a.wide && !b.wide {
		// A zero that needs no rescaling adds nothing: the other is the
		// sum, coefficient and exponent.
		if b.coef == 0 && b.exp >= a.exp {
			return a
		}
		if a.coef == 0 && a.exp >= b.exp {
			return b
		}
		ea, eb := int64(a.exp), int64(b.exp)
		e := min(ea, eb)
		if da, db := ea-e, eb-e; int64(digits64(a.coef))+da <= maxFigDigits && int64(digits64(b.coef))+db <= maxFigDigits {
			return fig{coef: a.coef*pow10[da] + b.coef*pow10[db], exp: int32(e)}
		}
	}
	return figOf(a.dec().Add(b.dec()))
}

// numberFig is numberValue with the value as a fig: the common number
// (plainNumber's) is read with no decimal made.
func numberFig(t string) (v fig, step decimal.Decimal, ok bool) {
	if n, exp, ok := plainParts(t); ok {
		return fig{coef: n, exp: exp}, unitStep(exp), true
	}
	d, step, ok := anyNumber(t)
	return figOf(d), step, ok
}
