//go:build !unix

package tickets

import "os"

// openNoWait opens a file for reading; this system has no FIFOs that
// block on opening.
func openNoWait(name string) (*os.File, error) { return os.Open(name) }
