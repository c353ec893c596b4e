package watch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"

	"github.com/probiblio/werkboek/generator/syserr"
)

// tree keeps an fsnotify watch on every folder under the roots, each
// under the path the folder has now.
//
// fsnotify keys its watches by path, but the system keys them by folder:
// on Linux a renamed folder keeps its watch, and adding the new path
// hands back that watch with the old path still on it, so everything
// below a renamed folder would be reported under its old name (and a
// folder renamed away and back could lose its watch altogether). tree
// therefore drops the watches of every folder that is renamed or
// removed, with all folders below it, before the new path is watched.
type tree struct {
	w     *fsnotify.Watcher
	roots []string
	dirs  map[string]bool // folders watched, by their current path
	// lost are the roots that were renamed or removed; they are watched
	// again (and their files reported) once they are back.
	lost map[string]bool
}

func newTree(w *fsnotify.Watcher, roots []string) *tree {
	return &tree{w: w, roots: roots, dirs: map[string]bool{}, lost: map[string]bool{}}
}

// add watches dir and every folder below it. found, when set, gets every
// file in them: files in a folder that appeared after the watch started
// had their own events before the folder was watched.
func (t *tree) add(dir string, found func(string)) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // vanished meanwhile
		}
		if d.IsDir() {
			if p != dir && Ignored(p) {
				return filepath.SkipDir
			}
			if err := t.w.Add(p); err != nil {
				if p != dir && errors.Is(err, fs.ErrNotExist) {
					return filepath.SkipDir // vanished meanwhile
				}
				return err
			}
			t.dirs[p] = true
			return nil
		}
		if found != nil && !Ignored(p) {
			found(p)
		}
		return nil
	})
}

// drop ends the watches of path and every folder below it, after path
// was renamed or removed. A root that goes is remembered as lost.
func (t *tree) drop(path string) {
	for d := range t.dirs {
		if within(d, path) {
			// The watch may be gone already (removed folder, or
			// fsnotify's own handling of a moved one).
			t.w.Remove(d)
			delete(t.dirs, d)
		}
	}
	for _, r := range t.roots {
		if within(r, path) {
			t.lost[r] = true
		}
	}
}

// recover watches the lost roots that are back, reporting their files
// and themselves as changed. It reports whether any root is still lost.
func (t *tree) recover(found func(string)) (bool, error) {
	for r := range t.lost {
		st, err := os.Stat(r)
		if err != nil || !st.IsDir() {
			continue
		}
		if err := t.add(r, found); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue // gone again before it was read
			}
			return true, syserr.Wrap(r, err)
		}
		delete(t.lost, r)
		found(r)
	}
	return len(t.lost) > 0, nil
}

// handle updates the watches for one event, reporting the files of a
// folder that appeared through found. A folder that could not be watched
// is an error: its changes would be missed.
func (t *tree) handle(ev fsnotify.Event, found func(string)) error {
	if ev.Has(fsnotify.Rename) || ev.Has(fsnotify.Remove) {
		t.drop(ev.Name)
	}
	if ev.Has(fsnotify.Create) && !Ignored(ev.Name) {
		if st, err := os.Lstat(ev.Name); err == nil && st.IsDir() {
			if err := t.add(ev.Name, found); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// within reports whether path is dir or lies inside it.
func within(path, dir string) bool {
	return path == dir || strings.HasPrefix(path, dir+string(filepath.Separator))
}
