//go:build !linux

package atomicfs

import (
	"io"
	"os"
)

// Create creates a file of a new site for writing.
func Create(path string) (io.WriteCloser, error) { return os.Create(path) }
