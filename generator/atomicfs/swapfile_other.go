//go:build !linux

package atomicfs

// SwapFile cannot exchange two files on this system: it returns
// ErrNoSwap, and the caller compares and renames instead.
func SwapFile(tmp, target string) (bool, error) { return false, ErrNoSwap }
