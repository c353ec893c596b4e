package site

import (
	"os"
	"path/filepath"
)

// Publish writes a whole snapshot as the new output folder, atomically
// as Build does (watch mode's first build).
func (s *Session) Publish(snap *Snapshot) error {
	out, err := newOutput(s.opts.OutDir, s.opts.SiteDir, s.opts.ContentDir)
	if err != nil {
		return err
	}
	files, err := snap.All()
	if err == nil {
		for name, data := range files {
			if err = writeFile(out, name, data); err != nil {
				break
			}
		}
	}
	if err != nil {
		out.abort()
		return err
	}
	return out.commit()
}

// Apply brings the output folder from the previous snapshot to up's: it
// writes only the files whose bytes changed, each through a temporary
// file and a rename so no reader sees half a file, and removes the files
// that are gone (and folders left empty).
func (s *Session) Apply(up *Update) error {
	for _, name := range up.Changed {
		data, ok := up.Snapshot.Get(name)
		if !ok {
			continue
		}
		full := filepath.Join(s.opts.OutDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		tmp, err := os.CreateTemp(filepath.Dir(full), ".werkboek-*")
		if err != nil {
			return err
		}
		_, err = tmp.Write(data)
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(tmp.Name(), 0o644)
		}
		if err == nil {
			err = os.Rename(tmp.Name(), full)
		}
		if err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	for _, name := range up.Removed {
		full := filepath.Join(s.opts.OutDir, filepath.FromSlash(name))
		if err := os.Remove(full); err != nil && !os.IsNotExist(err) {
			return err
		}
		for dir := filepath.Dir(full); dir != filepath.Clean(s.opts.OutDir); dir = filepath.Dir(dir) {
			if os.Remove(dir) != nil { // not empty, or gone
				break
			}
		}
	}
	return nil
}
