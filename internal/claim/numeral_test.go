package claim

import "testing"

// TestPlainNumber checks that the short way of reading a number gives
// what the long way does, exponent included, and leaves the rest to it.
func TestPlainNumber(t *testing.T) {
	for _, s := range []string{"0", "7", "007", "2021", "25.6", "25.60", "0.5", "1.000", "123456789012345678",
		"999999999999999999", "12345678901234567.8"} {
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
	for _, s := range []string{"", ".5", "5.", "1.2.3", "1,050", "40 000", "1234567890123456789", "1.3x10^6", "2^10", "12a"} {
		if v, _, ok := plainNumber(s); ok {
			t.Errorf("plainNumber(%q) = %s, want it left to the long way", s, v)
		}
	}
}
