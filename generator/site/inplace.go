package site

import (
	"bytes"
	"io"
	"os"
	"path/filepath"

	"github.com/probiblio/werkboek/generator/atomicfs"
)

// inPlace keeps an output folder up to date in place, as watch mode does
// after its first build: only files whose bytes changed are written, each
// through a temporary file and a rename so no reader sees half a file;
// files that are gone are removed, and folders left empty with them.
type inPlace struct{ dir string }

// Keep does nothing: the file is already there.
func (d inPlace) Keep(string, FileState) {}

// Put makes the file in memory and writes it when its bytes changed.
func (d inPlace) Put(name string, prev FileState, write func(io.Writer) error, _ bool) (FileState, bool, error) {
	var buf bytes.Buffer
	buf.Grow(prev.Size + 4096)
	if err := write(&buf); err != nil {
		return FileState{}, false, err
	}
	st := stateOf(buf.Bytes())
	if st.Sum == prev.Sum && st.Size == prev.Size {
		return st, false, nil
	}
	return st, true, atomicfs.ReplaceFile(filepath.Join(d.dir, filepath.FromSlash(name)), buf.Bytes())
}

// Remove deletes a file and the folders it leaves empty.
func (d inPlace) Remove(name string) error {
	full := filepath.Join(d.dir, filepath.FromSlash(name))
	if err := os.Remove(full); err != nil && !os.IsNotExist(err) {
		return err
	}
	for dir := filepath.Dir(full); dir != filepath.Clean(d.dir); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil { // not empty, or gone
			break
		}
	}
	return nil
}
