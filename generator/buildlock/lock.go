// Package buildlock lets one werkboek at a time write a folder: two
// builds into the same output folder would remove each other's temporary
// folder, and two counts into the same content folder each other's file.
// The lock is a file beside the folder that holds the process id of its
// owner and is removed when done; on Unix it is held with flock, so a
// killed process leaves no lock behind (only the file, which the next
// build takes), elsewhere the file is made with O_EXCL.
package buildlock

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Lock is a held lock; Release gives it up.
type Lock struct {
	f    *os.File
	name string
}

// BusyError says that another process holds the lock.
type BusyError struct {
	What string // what is being written, as messages name it
	PID  int    // 0 when unknown
	File string // the lock file
}

func (e *BusyError) Error() string {
	who := "een ander werkboek-proces"
	if e.PID > 0 {
		who += " (proces " + strconv.Itoa(e.PID) + ")"
	}
	return fmt.Sprintf("%s schrijft al naar %s; wacht tot dat klaar is en probeer het dan opnieuw%s", who, e.What, staleHint(e.File))
}

// Name is the lock file of the folder dir: beside it, as
// ".<name>.lock", so it survives the folder being exchanged.
func Name(dir string) string {
	dir = strings.TrimRight(dir, `/\`)
	i := strings.LastIndexAny(dir, `/\`)
	return dir[:i+1] + "." + dir[i+1:] + ".lock"
}

// Acquire takes the lock file name, without waiting: when another
// process holds it, it returns a *BusyError naming that process; what
// says what the lock guards, for that message.
func Acquire(name, what string) (*Lock, error) {
	f, busy, err := take(name)
	if err != nil {
		return nil, err
	}
	if busy {
		return nil, &BusyError{What: what, PID: readPID(name), File: name}
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return &Lock{f: f, name: name}, nil
}

// Release gives the lock up; a nil Lock is released already.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	release(l.f, l.name)
	l.f = nil
}

func readPID(name string) int {
	b, err := os.ReadFile(name)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return n
}
