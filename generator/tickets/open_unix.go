//go:build unix

package tickets

import (
	"os"
	"syscall"
)

// openNoWait opens a file for reading without waiting: opening a FIFO
// normally blocks until something writes to it.
func openNoWait(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
