package cli

import (
	"runtime/debug"
	"testing"
)

func TestPercentFor(t *testing.T) {
	tests := []struct {
		live uint64
		want int
	}{
		{0, minPercent},            // nothing known: Go's default
		{1 << 20, maxPercent},      // 1 MB live: 63 MB to grow is past the cap
		{4 << 20, 1500},            // 4 MB: grow to 64 MB
		{16 << 20, 300},            // 16 MB: grow to 64 MB
		{32 << 20, minPercent},     // half of minHeap: the default
		{500 << 20, minPercent},    // a large heap: the default
		{minHeap - 1, minPercent},  // just under minHeap
		{minHeap / 3, 200},         // a third: twice more
		{minHeap / 21, maxPercent}, // capped at 2000
	}
	for _, tt := range tests {
		if got := percentFor(tt.live); got != tt.want {
			t.Errorf("percentFor(%d) = %d, want %d", tt.live, got, tt.want)
		}
	}
}

// TestFirstPercent checks that the first collection's goal, 4 MB at Go's
// default percent, is firstHeap at firstPercent, and below minHeap.
func TestFirstPercent(t *testing.T) {
	if goal := (4 << 20) * firstPercent / 100; goal != firstHeap || firstHeap >= minHeap {
		t.Errorf("first goal %d at GC percent %d, want %d below %d", goal, firstPercent, firstHeap, minHeap)
	}
}

// TestTuneGCLeavesGOGC checks that a GOGC the user set is left alone.
func TestTuneGCLeavesGOGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(50))
	t.Setenv("GOGC", "50")
	TuneGC()
	if got := debug.SetGCPercent(50); got != 50 {
		t.Errorf("GOGC=50 set, GC percent %d after TuneGC", got)
	}
}
