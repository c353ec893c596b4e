package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// writers is how many goroutines the floor writes with: one per core of
// the machine the README's figures come from.
const writers = 2

// tree is a site's output held in memory: what any generator of that
// site must at least write. Writing it into an empty folder is the floor
// werkboek is measured against.
type tree struct {
	dirs  [][]string // folders by depth (dirs[0] are the top-level ones), relative
	files []treeFile
	bytes int64
}

type treeFile struct {
	name string // relative
	data []byte
}

// readTree reads every folder and file under root.
func readTree(root string) (*tree, error) {
	t := &tree{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			depth := strings.Count(rel, string(filepath.Separator))
			for len(t.dirs) <= depth {
				t.dirs = append(t.dirs, nil)
			}
			t.dirs[depth] = append(t.dirs[depth], rel)
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		t.files = append(t.files, treeFile{rel, data})
		t.bytes += int64(len(data))
		return nil
	})
	return t, err
}

// write writes the tree into dir, which must not exist, with two plain
// writers: first the folders a depth at a time, then the files, each
// with os.WriteFile. It returns the wall time, the creation of dir
// included.
func (t *tree) write(dir string) (time.Duration, error) {
	start := time.Now()
	if err := os.Mkdir(dir, 0o755); err != nil {
		return 0, err
	}
	for _, level := range t.dirs {
		if err := split(len(level), func(i int) error {
			return os.Mkdir(filepath.Join(dir, level[i]), 0o755)
		}); err != nil {
			return 0, err
		}
	}
	err := split(len(t.files), func(i int) error {
		f := t.files[i]
		return os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644)
	})
	return time.Since(start), err
}

// count is the number of files and folders of the tree.
func (t *tree) count() (files, dirs int) {
	for _, l := range t.dirs {
		dirs += len(l)
	}
	return len(t.files), dirs
}

// split runs do for 0..n-1 over the writers, each taking every writers-th
// index, and returns the first error.
func split(n int, do func(i int) error) error {
	var wg sync.WaitGroup
	errs := make([]error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += writers {
				if err := do(i); err != nil && errs[w] == nil {
					errs[w] = err
				}
			}
		}()
	}
	wg.Wait()
	if i := slices.IndexFunc(errs, func(e error) bool { return e != nil }); i >= 0 {
		return errs[i]
	}
	return nil
}
