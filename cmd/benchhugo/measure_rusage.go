//go:build linux || darwin

package main

import (
	"os"
	"runtime"
	"syscall"
)

// syncDisks writes every dirty page of the file system to disk.
func syncDisks() { syscall.Sync() }

// peakRSS is the peak resident memory of a finished process, in KiB.
// Linux counts ru_maxrss in KiB, macOS in bytes.
func peakRSS(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss / 1024
	}
	return ru.Maxrss
}
