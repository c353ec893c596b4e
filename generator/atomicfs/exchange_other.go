//go:build !linux

package atomicfs

// Exchange puts the folder tmp in the place of dir and returns where the
// folder it replaced is now ("" when there was none).
func Exchange(tmp, dir string) (string, error) { return exchangeByRename(tmp, dir) }
