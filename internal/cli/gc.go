package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// minHeap is the heap the collector lets the tool grow to before it
// runs, however little is live: see TuneGC.
const minHeap = 64 << 20

// The bounds of the GC percent TuneGC sets.
const (
	minPercent = 100 // Go's default: the heap may grow to twice what is live
	maxPercent = 2000
)

// firstHeap is the heap at which the first collection comes: a streaming
// run's heap stays below it (a 50 MB Kremlin file allocates some 15 MB in
// all), so that it never collects; a run that keeps what it reads meets
// it early enough to learn how much is live.
const firstHeap = 32 << 20

// firstPercent is the GC percent until the first collection: the runtime
// sets the first collection's goal at 4 MB at Go's default percent (100),
// and this percent puts it at firstHeap.
const firstPercent = firstHeap / (4 << 20) * 100

var tuneOnce sync.Once

// TuneGC sets the garbage collector for the way the tool allocates: a
// small live heap (a document, its tokens and claims) thrown away at a
// great rate. With Go's default (GOGC=100) the collector ran every few
// milliseconds and took a sixth of the time, and its work kept the
// workers of a many-file run waiting on each other. The first collection
// comes when the heap reaches firstHeap (32 MB; not the runtime's 4 MB,
// which a streaming run passed in its first milliseconds and collected
// once for, 2 ms), and after each, TuneGC sets the GC percent so that
// the next one comes when the heap reaches minHeap (64 MB) or twice what
// is live, whichever is more: a streaming run keeps a few megabytes live
// and collects seldom, and a run that keeps a large heap (a 50 MB line, a
// table of millions of claims) grows as it would by default. It does
// nothing when GOGC is set.
func TuneGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	tuneOnce.Do(func() {
		debug.SetGCPercent(firstPercent)
		watchGC()
	})
}

// watchGC sets the GC percent after every collection: an object with a
// finalizer is found unreachable by each cycle, and its finalizer sets
// the percent and leaves another such object.
func watchGC() {
	type sentinel struct{ _ [16]byte }
	s := new(sentinel)
	runtime.SetFinalizer(s, func(*sentinel) {
		debug.SetGCPercent(percentFor(liveHeap()))
		watchGC()
	})
}

// liveHeap returns the bytes the last collection found live.
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// percentFor returns the GC percent under which a heap with live bytes
// live grows to minHeap before the next collection, within
// [minPercent, maxPercent].
func percentFor(live uint64) int {
	switch {
	case live == 0:
		return minPercent // nothing known yet
	case live >= minHeap/2:
		return minPercent
	}
	return min(maxPercent, max(minPercent, int((minHeap-live)*100/live)))
}
