package site

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swap puts the folder tmp in the place of dir. When dir exists the two
// are exchanged atomically (renameat2 with RENAME_EXCHANGE), so a reader
// or a crash sees either the complete old site or the complete new one;
// the old site, now at tmp, is removed afterwards.
func swap(tmp, dir string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return os.RemoveAll(tmp)
	case errors.Is(err, unix.ENOENT):
		return os.Rename(tmp, dir)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		return swapByRename(tmp, dir)
	}
	return err
}
