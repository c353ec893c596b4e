package site

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
)

// overlay is a site's own theme folder over the built-in one: a file of
// the site replaces the built-in file of the same name, file by file, as
// in mdBook's theme folder. Go source files (which embed the built-in
// theme) are not part of a theme.
type overlay struct {
	top    fs.FS // the site's folder; nil when it has none
	bottom fs.FS // the built-in files
}

func hidden(name string) bool { return strings.HasSuffix(name, ".go") }

// Open opens the site's file if there is one, else the built-in one.
func (o overlay) Open(name string) (fs.File, error) {
	if hidden(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if o.top != nil {
		f, err := o.top.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return o.bottom.Open(name)
}

// ReadDir lists the files of both folders, the site's winning.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	byName := map[string]fs.DirEntry{}
	found := false
	for _, fsys := range []fs.FS{o.bottom, o.top} {
		if fsys == nil {
			continue
		}
		entries, err := fs.ReadDir(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			if !hidden(e.Name()) {
				byName[e.Name()] = e
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// Sub-folders are reached through Open and ReadDir with slash paths.
var _ fs.ReadDirFS = overlay{}
