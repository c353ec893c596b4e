//go:build !unix

package atomicfs

import "io/fs"

// readUmask: this system has no umask; files get the access rules of
// their folder.
func readUmask() fs.FileMode { return 0o022 }

// chmod does nothing: this system's modes say only whether a file is
// read-only.
func chmod(string, fs.FileMode) error { return nil }
