// Package regular opens only regular files and folders: a FIFO, a device
// or a socket in the content, among the layouts or in an output folder is
// refused by name instead of read. Opening a FIFO for reading normally
// waits until something writes to it, and reading a device may never end,
// so every file werkboek reads from a folder it does not own goes
// through Open or DirFS.
package regular

import (
	"io"
	"io/fs"
	"os"
)

// NotRegularError says in Dutch what kind of file was refused.
type NotRegularError struct{ Mode fs.FileMode }

func (e *NotRegularError) Error() string {
	return "dit is geen gewoon bestand maar " + Kind(e.Mode) + "; werkboek leest alleen gewone bestanden: haal het weg of vervang het door een gewoon bestand"
}

// Kind names a kind of file that is not regular, in Dutch.
func Kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "een FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "een socket"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "een apparaat"
	case m&fs.ModeSymlink != 0:
		return "een snelkoppeling (symlink)"
	}
	return "een bijzonder bestand"
}

// Open opens a regular file or a folder for reading, without waiting, and
// refuses any other kind of file with a *NotRegularError in an
// *fs.PathError.
func Open(name string) (*os.File, error) {
	f, err := OpenNoWait(name)
	if err != nil {
		// A socket cannot be opened at all: say what it is.
		if st, serr := os.Stat(name); serr == nil && !st.Mode().IsRegular() && !st.IsDir() {
			return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{st.Mode()}}
		}
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() && !st.IsDir() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{st.Mode()}}
	}
	return f, nil
}

// ReadFile reads a regular file whole, at most limit bytes when limit is
// positive.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if limit > 0 {
		r = io.LimitReader(f, limit)
	}
	return io.ReadAll(r)
}

// DirFS is os.DirFS(dir) whose Open (and so fs.ReadFile) reads regular
// files and folders only.
func DirFS(dir string) fs.FS { return dirFS{os.DirFS(dir), dir} }

type dirFS struct {
	fs.FS
	dir string
}

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := Open(d.dir + "/" + name)
	if err != nil {
		if pe, ok := err.(*fs.PathError); ok {
			pe.Path = name
		}
		return nil, err
	}
	return f, nil
}

// ReadDir lists a folder, as os.DirFS does.
// ReadFile reads the regular file name, with fewer system calls than
// through Open where the system allows it; what is not a regular file
// gets the error Open gives.
func (d dirFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := readPlain(d.dir + "/" + name); ok {
		return data, nil
	}
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }

// Stat describes a file without opening it, as os.DirFS does.
func (d dirFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.FS, name) }
