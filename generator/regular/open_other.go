//go:build !unix

package regular

import "os"

// OpenNoWait opens a file for reading, without looking at its kind; this
// system has no FIFOs that block on opening.
func OpenNoWait(name string) (*os.File, error) { return os.Open(name) }
