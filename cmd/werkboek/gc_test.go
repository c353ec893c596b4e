package main

import "testing"

// TestMemoryLimit checks that the memory limit is gcLimit while the live
// heap is small, and leaves gcFloor percent of a large live heap for
// garbage.
func TestMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, gcLimit},
		{50 << 20, gcLimit},
		{200 << 20, 200<<20 + 200<<20*gcFloor/100},
		{1 << 30, 1<<30 + 1<<30*gcFloor/100},
	} {
		if got := memoryLimit(c.live); got != c.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}
