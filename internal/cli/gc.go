package cli

import (
	"os"
	"runtime/debug"
)

// GC settings of the tool: see TuneGC.
const (
	gcPercent   = 1000    // the heap may grow to 11 times what is live
	memoryLimit = 1 << 30 // but past 1 GiB the collector runs as often as it must
)

// TuneGC sets the garbage collector for the way the tool allocates: a
// small live heap (a document, its tokens and claims) that is thrown away
// at a great rate. With Go's default (GOGC=100) the collector ran every
// few milliseconds and took a sixth of the time, and its work kept the
// workers of a many-file run waiting on each other. The heap may now grow
// to 11 times what is live, up to a soft limit of 1 GiB (the collector
// then runs harder, so a run that keeps millions of claims for a table
// stays within bounds). GOGC and GOMEMLIMIT, when set, are left alone.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
