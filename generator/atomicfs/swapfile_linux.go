package atomicfs

import (
	"errors"

	"golang.org/x/sys/unix"
)

// SwapFile puts the file tmp in the place of target in one step and
// reports whether a file was there: then tmp now names that file, so the
// caller can look at what it replaced and swap back. A target that
// appears meanwhile is never overwritten unseen. ErrNoSwap says the
// system cannot do this.
func SwapFile(tmp, target string) (bool, error) {
	for range 3 {
		err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, target, unix.RENAME_EXCHANGE)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
			return false, ErrNoSwap
		case !errors.Is(err, unix.ENOENT):
			return false, err
		}
		err = unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, target, unix.RENAME_NOREPLACE)
		switch {
		case err == nil:
			return false, nil
		case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
			return false, ErrNoSwap
		case !errors.Is(err, unix.EEXIST):
			return false, err
		}
	}
	return false, ErrNoSwap
}
