//go:build unix

package regular

import (
	"os"
	"syscall"
)

// OpenNoWait opens a file for reading without waiting (opening a FIFO
// normally blocks until something writes to it) and without looking at
// its kind: Open refuses what is not a regular file or a folder.
func OpenNoWait(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
