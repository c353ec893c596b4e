package content

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// readDir lists a folder of the content, or takes the listing of the last
// load from the cache when none of the changed paths can have changed it:
// every changed path in the folder is still there and was there before,
// or is gone and was not there before. A folder of two thousand cards
// is then not read again for a save of one of them.
func (l *loader) readDir(dir string) ([]fs.DirEntry, error) {
	c := l.opts.Cache
	if c == nil || l.opts.ChangedPaths == nil {
		return l.listAndKeep(dir)
	}
	c.mu.RLock()
	entries, ok := c.lists[dir]
	c.mu.RUnlock()
	if !ok {
		return l.listAndKeep(dir)
	}
	for _, p := range l.opts.ChangedPaths {
		// The entry of dir that p is or lies in: a file written in a new
		// subfolder is news for dir too.
		child, ok := childOf(dir, p)
		if !ok {
			continue
		}
		st, err := fs.Stat(l.fsys, child)
		i := slices.IndexFunc(entries, func(e fs.DirEntry) bool { return e.Name() == path.Base(child) })
		if (err == nil) != (i >= 0) || err == nil && st.IsDir() != entries[i].IsDir() {
			return l.listAndKeep(dir)
		}
	}
	return entries, nil
}

// forgetLists drops the kept listings of changed paths that are folders
// and of every folder in them: a folder renamed away is not listed while
// it is gone, and when it is made again later, with one file written in
// it, its old listing would still look right for that file.
func (l *loader) forgetLists() {
	c := l.opts.Cache
	if c == nil || l.opts.ChangedPaths == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for dir := range c.lists {
		for _, p := range l.opts.ChangedPaths {
			if dir == p || strings.HasPrefix(dir, p+"/") {
				delete(c.lists, dir)
				break
			}
		}
	}
}

// childOf returns the path of the entry of dir that p is or lies in.
func childOf(dir, p string) (string, bool) {
	rest := p
	if dir != "." {
		var ok bool
		if rest, ok = strings.CutPrefix(p, dir+"/"); !ok {
			return "", false
		}
	}
	first, _, _ := strings.Cut(rest, "/")
	return path.Join(dir, first), first != "" && first != ".."
}

// listAndKeep lists a folder and keeps the listing for the next load.
func (l *loader) listAndKeep(dir string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if c := l.opts.Cache; c != nil {
		c.mu.Lock()
		if err == nil {
			c.lists[dir] = entries
		} else {
			delete(c.lists, dir)
		}
		c.mu.Unlock()
	}
	return entries, err
}
