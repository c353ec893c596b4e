//go:build !linux && !darwin

package main

import "os"

// syncDisks does nothing here: Windows has no call that flushes every
// disk at once. Runs still alternate, so both programs meet the same
// machine.
func syncDisks() {}

// peakRSS is 0 (not known) on systems whose process state does not
// report peak memory.
func peakRSS(*os.ProcessState) int64 { return 0 }
