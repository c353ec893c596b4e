package atomicfs

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// Exchange puts the folder tmp in the place of dir and returns where the
// folder it replaced is now ("" when there was none). The two are
// exchanged atomically (renameat2 with RENAME_EXCHANGE), so a reader or a
// crash sees the old folder or the new one, never a mix.
func Exchange(tmp, dir string) (string, error) {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return tmp, nil
	case errors.Is(err, unix.ENOENT):
		return "", os.Rename(tmp, dir)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		return exchangeByRename(tmp, dir)
	}
	return "", err
}
