package atomicfs

import (
	"errors"
	"os"
	"path/filepath"
)

// Replace puts the complete folder tmp in the place of dir and removes
// the folder it replaced.
func Replace(tmp, dir string) error {
	old, err := Exchange(tmp, dir)
	if err != nil || old == "" {
		return err
	}
	return os.RemoveAll(old)
}

// exchangeByRename replaces dir by tmp with two renames, for systems
// without an atomic exchange, and returns where the old folder is now
// ("" when there was none). The old folder is first moved aside under a
// name that begins with "."+base(dir)+".old-", which the next build
// removes should this one die in between.
func exchangeByRename(tmp, dir string) (string, error) {
	aside, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-")
	if err != nil {
		return "", err
	}
	os.Remove(aside)
	if err := os.Rename(dir, aside); err != nil {
		if !os.IsNotExist(err) {
			return "", err
		}
		aside = ""
	}
	if err := os.Rename(tmp, dir); err != nil {
		if aside != "" {
			os.Rename(aside, dir)
		}
		return "", err
	}
	return aside, nil
}

// ReplaceFile writes data to full through a temporary file and a rename,
// making the folders it needs.
func ReplaceFile(full string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(full), 0o777); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(full), ".werkboek-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = chmod(tmp.Name(), FileMode())
	}
	if err == nil {
		err = os.Rename(tmp.Name(), full)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// SyncDir asks the disk to keep a rename in dir; where a folder cannot
// be synced (Windows), the rename is kept all the same.
func SyncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// ErrNoSwap says that the system cannot exchange two files in one step.
var ErrNoSwap = errors.New("deze schijf kan twee bestanden niet in één stap verwisselen")
