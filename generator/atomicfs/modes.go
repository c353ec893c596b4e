package atomicfs

import (
	"io/fs"
	"os"
	"sync"
)

// A web server reads a published site as another user than the one who
// built it, so its folders and files get the modes every new file gets
// (0777 and 0666 less the umask: 755 and 644 under the usual 022). The
// temporary files and folders of the standard library are made for one
// user only (0700, 0600) and keep that mode when renamed into place:
// MkdirTemp and FileMode set them right.

var umaskOnce = sync.OnceValue(readUmask)

// DirMode is the mode of a new folder: 0777 less the umask.
func DirMode() fs.FileMode { return 0o777 &^ umaskOnce() }

// FileMode is the mode of a new file: 0666 less the umask.
func FileMode() fs.FileMode { return 0o666 &^ umaskOnce() }

// MkdirTemp makes a new folder in dir as os.MkdirTemp does, with the mode
// of any new folder (DirMode) instead of 0700.
func MkdirTemp(dir, pattern string) (string, error) {
	tmp, err := os.MkdirTemp(dir, pattern)
	if err != nil {
		return "", err
	}
	if err := chmod(tmp, DirMode()); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}
