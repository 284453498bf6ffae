package claim

import (
	"math"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// figVals are the values the fig tests work on: zeros with exponents,
// small and wide coefficients, both signs, the edges of 18 digits.
var figVals = []decimal.Decimal{decimal.Zero, decimal.New(0, -3), decimal.New(0, 4), decimal.New(1, 0), decimal.New(-7, 2),
	decimal.New(256, -1), decimal.New(1, 9), decimal.New(12, 0), decimal.New(100, 0), decimal.New(99, 0), decimal.New(999999999, 0),
	decimal.New(999999999999999999, 0), decimal.New(100000000000000000, 0), decimal.New(5, -16), decimal.New(3, 12),
	decimal.New(123456789, -9), decimal.New(1, 18), decimal.New(-1, -18), decimal.New(1, -19), decimal.New(1, 2),
	decimal.New(995, -1), decimal.New(10, 1), decimal.New(-100, 0), decimal.New(1, 300), decimal.New(3, -300),
	decimal.RequireFromString("12345678901234567890123"), decimal.RequireFromString("-1234567890123456789")}

// sameDecimal reports whether a and b have the same coefficient and
// exponent (not only the same value).
func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

// TestFigArith checks fig's arithmetic against the decimal package's:
// mulFig and addFig give Mul's and Add's coefficient and exponent, figOf
// and dec go there and back, and below, isZero and exponent say what the
// decimal says.
func TestFigArith(t *testing.T) {
	for _, a := range figVals {
		fa := figOf(a)
		if !sameDecimal(fa.dec(), a) || fa.isZero() != a.IsZero() || fa.exponent() != a.Exponent() {
			t.Errorf("figOf(%s) = %+v: dec %s, isZero %v, exponent %d", a, fa, fa.dec(), fa.isZero(), fa.exponent())
		}
		if wide := a.NumDigits() > maxFigDigits; fa.wide != wide {
			t.Errorf("figOf(%s).wide = %v, want %v", a, fa.wide, wide)
		}
		for _, n := range []int64{0, 1, 12, 100, 1000, math.MaxInt64} {
			if got, want := fa.below(n), a.LessThan(decimal.NewFromInt(n)); got != want {
				t.Errorf("figOf(%s).below(%d) = %v, want %v", a, n, got, want)
			}
		}
		for _, b := range figVals {
			fb := figOf(b)
			if got, want := mulFig(fa, fb).dec(), a.Mul(b); !sameDecimal(got, want) {
				t.Errorf("mulFig(%s, %s) = %v e%d, want %v e%d", a, b, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
			}
			if got, want := addFig(fa, fb).dec(), a.Add(b); !sameDecimal(got, want) {
				t.Errorf("addFig(%s, %s) = %v e%d, want %v e%d", a, b, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
			}
		}
	}
}

// TestDigits64 checks digits64 against the length of the number written
// out, at and around every power of ten and of two.
func TestDigits64(t *testing.T) {
	var xs []int64
	for p := int64(1); ; p *= 10 {
		xs = append(xs, p-1, p, p+1)
		if p > math.MaxInt64/10 {
			break
		}
	}
	for i := range 63 {
		xs = append(xs, 1<<i-1, 1<<i, 1<<i+1)
	}
	xs = append(xs, 0, math.MaxInt64, math.MinInt64+1)
	for _, x := range xs {
		for _, v := range []int64{x, -x} {
			s := strconv.FormatInt(v, 10)
			if v < 0 {
				s = s[1:]
			}
			if got := digits64(v); got != len(s) {
				t.Errorf("digits64(%d) = %d, want %d", v, got, len(s))
			}
		}
	}
}

// TestNumberFig checks that numberFig reads what numberValue reads,
// coefficient and exponent, the long way's numbers too.
func TestNumberFig(t *testing.T) {
	for _, s := range []string{"0", "7", "2021", "2200", "25.6", "25.60", "0.5", "1,050", "24,500.5", "999999999999999999",
		"1234567890123456789", "40 000", "62,8", "1.111,11", "1.3x10^6", "2^10", "2.5^-1", "12a", "", "1,2,345"} {
		f, fstep, fok := numberFig(s)
		v, step, ok := numberValue(s)
		if fok != ok || ok && (!sameDecimal(f.dec(), v) || !sameDecimal(fstep, step)) {
			t.Errorf("numberFig(%q) = %s, %s, %v; numberValue gives %s, %s, %v", s, f.dec(), fstep, fok, v, step, ok)
		}
	}
}
