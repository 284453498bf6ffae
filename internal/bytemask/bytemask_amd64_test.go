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

// TestFillMatchWithoutShuffle runs Prefixes.Fill as a processor without
// SSSE3 does: the masks of fill, every bit of Long and Short.
func TestFillMatchWithoutShuffle(t *testing.T) {
	defer func(has, exact bool) { hasShuffle, exactMatch = has, exact }(hasShuffle, exactMatch)
	hasShuffle, exactMatch = false, false
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

// TestCPUHasSSSE3 checks the CPUID test against the flags Linux lists for
// the processor.
func TestCPUHasSSSE3(t *testing.T) {
	info, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(info), "\n") {
		if flags, ok := strings.CutPrefix(line, "flags"); ok {
			want := slices.Contains(strings.Fields(flags), "ssse3")
			if got := cpuHasSSSE3(); got != want {
				t.Errorf("cpuHasSSSE3() = %v, /proc/cpuinfo says %v", got, want)
			}
			return
		}
	}
	t.Skip("no flags in /proc/cpuinfo")
}
