//go:build !linux

package site

// swap puts the folder tmp in the place of dir.
func swap(tmp, dir string) error { return swapByRename(tmp, dir) }
