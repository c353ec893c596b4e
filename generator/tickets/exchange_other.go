//go:build !linux

package tickets

// exchange puts the folder tmp in the place of dir and returns where the
// folder it replaced is now ("" when there was none).
func exchange(tmp, dir string) (string, error) { return exchangeByRename(tmp, dir) }
