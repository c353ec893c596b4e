//go:build unix

package atomicfs

import (
	"io/fs"
	"os"
	"syscall"
)

// readUmask reads the process's umask. Reading it means setting it: it is
// read once, before the files of a build are made.
func readUmask() fs.FileMode {
	old := syscall.Umask(0o022)
	syscall.Umask(old)
	return fs.FileMode(old) & fs.ModePerm
}

func chmod(name string, mode fs.FileMode) error { return os.Chmod(name, mode) }
