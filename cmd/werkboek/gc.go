package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// A build runs once and ends, and most of what it allocates is garbage
// soon after. Go's default lets garbage grow to as much as the live heap
// before it collects, which makes a small build spend a third of its
// time collecting. tuneGC lets build and check collect less often:
// garbage may grow to three times the live heap (gcRoom), while all the
// memory Go holds stays under gcLimit, which the collector and the
// scavenger (which hands freed memory back to the system) see to. Near
// the limit collections come sooner, but the limit grows with the live
// heap so that garbage always has at least gcFloor percent of it: an
// edition larger than any measured still builds at about Go's default
// pace, with more memory.
const (
	gcRoom  = 300       // percent of the live heap, while there is room
	gcFloor = 60        // percent of the live heap, at least
	gcLimit = 170 << 20 // bytes Go may hold, while the live heap is small enough
)

// tuneGC applies the above for the rest of the process, unless GOGC or
// GOMEMLIMIT says otherwise.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcRoom)
	debug.SetMemoryLimit(gcLimit)
	armGC(gcLimit)
}

// memoryLimit is the limit after a collection that found live bytes in
// use: gcLimit, or enough to leave gcFloor percent of the live heap for
// garbage.
func memoryLimit(live uint64) int64 {
	return int64(max(gcLimit, live+live*gcFloor/100))
}

// armGC sets the memory limit again after the next collection, from the
// live heap it found, and arms itself for the one after: a cleanup runs
// once the collector has found its object unreachable.
func armGC(limit int64) {
	runtime.AddCleanup(new([64]byte), func(prev int64) {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(sample)
		l := memoryLimit(sample[0].Value.Uint64())
		if l != prev {
			debug.SetMemoryLimit(l)
		}
		armGC(l)
	}, limit)
}
