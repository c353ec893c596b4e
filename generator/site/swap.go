package site

import (
	"os"
	"path/filepath"
)

// swapByRename replaces dir by tmp with two renames, for systems without
// an atomic exchange. The old folder is first moved aside under a name the
// next build removes, should this one die in between.
func swapByRename(tmp, dir string) error {
	aside, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return err
	}
	os.Remove(aside)
	if err := os.Rename(dir, aside); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(aside, dir)
		return err
	}
	return os.RemoveAll(aside)
}
