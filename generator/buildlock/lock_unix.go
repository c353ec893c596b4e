//go:build unix

package buildlock

import (
	"errors"
	"os"
	"syscall"
)

// take opens the lock file and flocks it; busy when another process
// holds it. The holder removes the file when done (release), so a lock
// taken on a file that was removed meanwhile is taken again on the new
// one.
func take(name string) (*os.File, bool, error) {
	for {
		f, busy, err := takeOnce(name)
		if err != nil || busy {
			return nil, busy, err
		}
		st, err1 := f.Stat()
		now, err2 := os.Stat(name)
		if err1 == nil && err2 == nil && os.SameFile(st, now) {
			return f, false, nil
		}
		f.Close()
	}
}

func takeOnce(name string) (*os.File, bool, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|syscall.O_NONBLOCK, 0o666)
	if err != nil {
		return nil, false, err
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, false, &os.PathError{Op: "lock", Path: name, Err: syscall.EINVAL}
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	switch {
	case errors.Is(err, syscall.EWOULDBLOCK):
		f.Close()
		return nil, true, nil
	case err != nil:
		f.Close()
		return nil, false, err
	}
	return f, false, nil
}

// release removes the lock file while still holding it, then unlocks by
// closing: nothing stays beside the folder, and a process waiting on the
// removed file takes the lock again on a new one (take).
func release(f *os.File, name string) {
	os.Remove(name)
	f.Close()
}

// staleHint: a lock of a process that ended is released by the system.
func staleHint(string) string { return "" }

// HoldFile locks a file its process keeps open, such as a temporary file
// being written, so Held tells it from one a killed process left.
func HoldFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) }

// Held reports whether a running process holds the file name with
// HoldFile.
func Held(name string) bool {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB), syscall.EWOULDBLOCK)
}
