package main

import (
	"os"
	"syscall"
)

// maxRSS is the peak resident memory of a finished process, in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // Linux counts kilobytes
	}
	return 0
}

func mkfifo(name string) error { return syscall.Mkfifo(name, 0o644) }
