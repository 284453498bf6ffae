package bytemask

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// exactMatch tells whether Prefixes.Fill sets Long and Short as
// fillMatchGeneric does (else every bit of them).
var exactMatch = hasShuffle

// widePlain tells whether Prefixes.Fill's Plain marks every byte of
// isWidePlain: where it makes the blocks with AVX-512.
var widePlain = hasAVX512 && hasShuffle

// TestFillMatchWithoutShuffle runs Prefixes.Fill as a processor without
// SSSE3 does: the masks of fill, every bit of Long and Short.
func TestFillMatchWithoutShuffle(t *testing.T) {
	defer func(has, exact, wide bool) { hasShuffle, exactMatch, widePlain = has, exact, wide }(hasShuffle, exactMatch, widePlain)
	hasShuffle, exactMatch, widePlain = false, false, false
	for _, text := range []string{"a", "Trade grew by one third, to $25.6 billion.", strings.Repeat("twenty percent ", 30)} {
		checkFillMatch(t, testPrefixes, text)
		dst := make([]Block, len(text)/64+1)
		for i := range testPrefixes.Fill(dst, text) {
			if dst[i].Long != ^uint64(0) || dst[i].Short != ^uint64(0) {
				t.Errorf("block %d of %q: Long %064b, Short %064b, want every bit", i, text, dst[i].Long, dst[i].Short)
			}
		}
	}
}

// TestFillMatchWithoutAVX512 runs Prefixes.Fill as a processor with
// SSSE3 and without AVX-512 does (fillMatchBlocks), on a machine that has
// it: both paths are checked against fillMatchGeneric.
func TestFillMatchWithoutAVX512(t *testing.T) {
	if !hasAVX512 {
		t.Skip("no AVX-512 here: TestFill runs the SSSE3 path")
	}
	defer func(has, wide bool) { hasAVX512, widePlain = has, wide }(hasAVX512, widePlain)
	hasAVX512, widePlain = false, false
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	for n := range 130 {
		text := strings.Repeat("Trade grew by one third, to $25.6 billion. ", 3) + all.String()[n:]
		checkFillMatch(t, testPrefixes, text)
		checkFillMatch(t, testPrefixes, text[n:])
	}
}

// cpuFlags returns the flags Linux lists for the processor (for the
// features the system saves the registers of), or skips the test.
func cpuFlags(t *testing.T) []string {
	t.Helper()
	info, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(info), "\n") {
		if flags, ok := strings.CutPrefix(line, "flags"); ok {
			return strings.Fields(flags)
		}
	}
	t.Skip("no flags in /proc/cpuinfo")
	return nil
}

// TestCPUHasAVX512BW checks the CPUID test (AVX-512 F and BW, BMI1 and
// BMI2, their registers saved) against the flags Linux lists.
func TestCPUHasAVX512BW(t *testing.T) {
	fs := cpuFlags(t)
	want := slices.Contains(fs, "avx512f") && slices.Contains(fs, "avx512bw") && slices.Contains(fs, "bmi1") && slices.Contains(fs, "bmi2")
	if got := cpuHasAVX512BW(); got != want {
		t.Errorf("cpuHasAVX512BW() = %v, /proc/cpuinfo says %v", got, want)
	}
}

// TestCPUHasSSSE3 checks the CPUID test against the flags Linux lists.
func TestCPUHasSSSE3(t *testing.T) {
	if got, want := cpuHasSSSE3(), slices.Contains(cpuFlags(t), "ssse3"); got != want {
		t.Errorf("cpuHasSSSE3() = %v, /proc/cpuinfo says %v", got, want)
	}
}
