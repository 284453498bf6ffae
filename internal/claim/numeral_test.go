package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// TestPlainNumber checks that the short way of reading a number gives
// what the long way does, exponent included, and leaves the rest to it.
func TestPlainNumber(t *testing.T) {
	for _, s := range []string{"0", "7", "007", "2021", "2199", "2200", "02199", "25.6", "25.60", "0.5", "1.000", "123456789012345678",
		"999999999999999999", "12345678901234567.8", "1,050", "24,500.5", "1,000,000", "12,34,567", "999,999,999,999,999,999",
		"1,2,345", "0,001", "1,050.25"} {
		v, step, ok := plainNumber(s)
		if !ok {
			t.Errorf("plainNumber(%q) not read", s)
			continue
		}
		wv, wstep, wok := anyNumber(s)
		if !wok || v.Exponent() != wv.Exponent() || v.Coefficient().Cmp(wv.Coefficient()) != 0 || !step.Equal(wstep) || step.Exponent() != wstep.Exponent() {
			t.Errorf("plainNumber(%q) = %s (exp %d), step %s; want %s (exp %d), step %s", s, v, v.Exponent(), step, wv, wv.Exponent(), wstep)
		}
	}
	for _, s := range []string{"", ".5", "5.", "1.2.3", "40 000", "1234567890123456789", "1.3x10^6", "2^10", "12a",
		"62,8", "1.111,11", "1,0505", ",050", "1,050,", "1,999,999,999,999,999,999", "1.5,000"} {
		if v, _, ok := plainNumber(s); ok {
			t.Errorf("plainNumber(%q) = %s, want it left to the long way", s, v)
		}
	}
}

// TestIsInteger checks isInteger on numbers written in each way.
func TestIsInteger(t *testing.T) {
	for s, want := range map[string]bool{"7": true, "2021": true, "1,050": true, "1,000,000": true, "12,34,567": true,
		"25.6": false, "62,8": false, "1,0505": false, "1e6": false, "1E6": false, "2^10": false, "1.3x10^6": false, "": true} {
		if got := isInteger(s); got != want {
			t.Errorf("isInteger(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestISODate checks isoDate against time.Parse.
func TestISODate(t *testing.T) {
	for _, s := range []string{"2022-11-28", "2024-02-29", "2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31",
		"0001-01-01", "0000-01-01", "2021-1-01", "2021/01/01", "", "abcd-ef-gh", "2021-01-011", "9999-12-31", "2021-12-00"} {
		y, m, ok := isoDate(s)
		ref, err := time.Parse("2006-01-02", s)
		wantOK := err == nil && !ref.IsZero()
		if ok != wantOK || y != ref.Year() && err == nil || m != int(ref.Month()) && err == nil || err != nil && (y != 1 || m != 1) {
			t.Errorf("isoDate(%q) = %d, %d, %v; time.Parse gives %v, %v", s, y, m, ok, ref, err)
		}
	}
}

// TestHalfOf checks that halfOf has the value of a division by two.
func TestHalfOf(t *testing.T) {
	steps := []decimal.Decimal{decimal.New(1, 0), decimal.New(1, 8), decimal.New(1, -1), decimal.New(1, -4), decimal.New(12, 0),
		decimal.New(3, -15), decimal.New(1, -16), decimal.New(1, -17), decimal.New(7, -20), decimal.New(99999999999999999, 3),
		decimal.New(999999999999999999, 0), decimal.New(1, 99), decimal.New(1, 100), decimal.New(-5, -2), decimal.Zero,
		decimal.RequireFromString("123456789012345678901234567890")}
	for _, step := range steps {
		if got, want := halfOf(step), step.Div(decimal.NewFromInt(2)); !got.Equal(want) {
			t.Errorf("halfOf(%s) = %s, want %s", step, got, want)
		}
	}
}

// TestDecArith checks mulDec and addDec against Decimal's Mul and Add,
// coefficient and exponent both.
func TestDecArith(t *testing.T) {
	vals := []decimal.Decimal{decimal.Zero, decimal.New(0, -3), decimal.New(1, 0), decimal.New(-7, 2), decimal.New(256, -1),
		decimal.New(1, 9), decimal.New(12, 0), decimal.New(100, 0), decimal.New(999999999, 0), decimal.New(999999999999999999, 0),
		decimal.New(5, -16), decimal.New(3, 12), decimal.New(123456789, -9), decimal.New(1, 18), decimal.New(-1, -18),
		decimal.RequireFromString("12345678901234567890123")}
	same := func(a, b decimal.Decimal) bool {
		return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
	}
	for _, a := range vals {
		for _, b := range vals {
			if got, want := mulDec(a, b), a.Mul(b); !same(got, want) {
				t.Errorf("mulDec(%s, %s) = %v e%d, want %v e%d", a, b, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
			}
			if got, want := addDec(a, b), a.Add(b); !same(got, want) {
				t.Errorf("addDec(%s, %s) = %v e%d, want %v e%d", a, b, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
			}
		}
	}
}

// TestNewDec checks that newDec, which hands out shared decimals, gives
// decimal.New's coefficient and exponent, in and out of what it shares,
// and that the shared ones keep their values after arithmetic on them.
func TestNewDec(t *testing.T) {
	type ce struct {
		c int64
		e int32
	}
	cases := []ce{{0, 0}, {1, 0}, {2199, 0}, {2200, 0}, {-1, 0}, {-5, 3}, {7, 3}, {1, 19}, {1, -19}, {1, 9}, {1, -1}, {10, 0}, {10, 1}, {0, 5}}
	for e := int32(-20); e <= 20; e++ {
		cases = append(cases, ce{1, e})
	}
	for n := int64(0); n < 2200; n += 100 { // each hundred made at its first use
		cases = append(cases, ce{n + 99, 0}, ce{n, 0}, ce{n + 37, 0})
	}
	for _, tc := range cases {
		got, want := newDec(tc.c, tc.e), decimal.New(tc.c, tc.e)
		if got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0 {
			t.Errorf("newDec(%d, %d) = %v e%d, want %v e%d", tc.c, tc.e, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	}
	three, billion := newDec(3, 0), newDec(1, 9)
	mulDec(addDec(three, billion), mulDec(billion, three))
	three.Mul(billion).Add(three)
	if three.String() != "3" || billion.String() != "1000000000" || smallInt(3).String() != "3" || unitStep(9).String() != "1000000000" {
		t.Errorf("shared decimals changed: %s %s", three, billion)
	}
}

// TestTrimPossessive checks trimPossessive against trimming each
// possessive ending in turn, on words with and without one.
func TestTrimPossessive(t *testing.T) {
	ref := func(w string) string {
		for _, suf := range []string{"’s", "'s", "’", "'"} {
			w = strings.TrimSuffix(w, suf)
		}
		return w
	}
	for _, w := range []string{"", "s", "'s", "’s", "x’s", "x's", "x’", "x'", "x’s’", "x's'", "x'’s", "x’'s", "countries",
		"Russia’s", "Russia's", "partners’", "partners'", "bus", "’", "'", "s’s", "ss", "a’b", "naïve's", "x\x99s", "x\xe2\x80s", "ę", "\x99", "Pę’s"} {
		if got, want := trimPossessive(w), ref(w); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestDaysIn checks daysIn against the time package for every month of
// years around the leap-year rules' edges.
func TestDaysIn(t *testing.T) {
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999} {
		for m := 1; m <= 12; m++ {
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Errorf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}
