//go:build !linux

package site

import (
	"io"
	"os"
)

// createFile creates a file of a new site for writing.
func createFile(path string) (io.WriteCloser, error) { return os.Create(path) }
