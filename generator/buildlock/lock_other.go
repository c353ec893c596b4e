//go:build !unix

package buildlock

import (
	"errors"
	"os"
	"time"
)

// take makes the lock file; busy when it exists already.
func take(name string) (*os.File, bool, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if errors.Is(err, os.ErrExist) {
		return nil, true, nil
	}
	return f, false, err
}

// release closes and removes the lock file.
func release(f *os.File, name string) {
	f.Close()
	os.Remove(name)
}

// staleHint says what to do about a lock a stopped process left.
func staleHint(name string) string {
	return " (draait er geen werkboek meer, verwijder dan " + name + ")"
}

// HoldFile does nothing here: Held goes by a file's age.
func HoldFile(*os.File) error { return nil }

// Held reports whether the file name may still be in use: changed in the
// last hour (this system cannot tell whether a process holds it).
func Held(name string) bool {
	st, err := os.Stat(name)
	return err == nil && time.Since(st.ModTime()) < time.Hour
}
