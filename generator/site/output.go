package site

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/probiblio/werkboek/generator/atomicfs"
	"github.com/probiblio/werkboek/generator/buildlock"
	"github.com/probiblio/werkboek/generator/syserr"
)

// Marker is written into every output folder, so a later build knows the
// folder is its own and may replace it.
const Marker = ".werkboek-uitvoer"

// output is a build in progress: files go into a temporary folder next to
// the output folder, and commit swaps it in.
type output struct {
	dir   string // the output folder; a symbolic link's target
	tmp   string // the temporary folder being filled
	lock  *buildlock.Lock
	pages atomic.Int64
	files atomic.Int64
	dirs  sync.Map // folders already created in tmp
}

// newOutput refuses output folders that would destroy the site itself,
// takes the output folder's lock, cleans temporary folders left by
// builds that were killed, and creates the temporary folder for this
// build. An output folder that is a symbolic link (public →
// /var/www/werkboek) is published into: the link stays, its target is
// replaced.
func newOutput(dir, siteDir, contentDir string) (*output, error) {
	abs, err := publishedDir(dir)
	if err != nil {
		return nil, err
	}
	for _, keep := range []string{siteDir, contentDir, filepath.Join(siteDir, "layouts"), filepath.Join(siteDir, "assets")} {
		k, err := filepath.Abs(keep)
		if k2, err2 := filepath.EvalSymlinks(k); err2 == nil {
			k = k2
		}
		if err == nil && (k == abs || strings.HasPrefix(k, abs+string(filepath.Separator))) {
			return nil, fmt.Errorf("uitvoermap %s bevat %s en zou die overschrijven; kies een andere map met -d, bijvoorbeeld public", dir, keep)
		}
	}
	if entries, err := os.ReadDir(abs); err == nil && len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(abs, Marker)); err != nil {
			return nil, fmt.Errorf("uitvoermap %s bestaat al en is niet door werkboek gemaakt; kies een andere map met -d of maak deze leeg", dir)
		}
	}
	parent, base := filepath.Dir(abs), filepath.Base(abs)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return nil, syserr.Wrap("kan de map "+filepath.Dir(dir)+" niet maken", err)
	}
	lock, err := buildlock.Acquire(buildlock.Name(abs), dir)
	var busy *buildlock.BusyError
	switch {
	case errors.As(err, &busy):
		return nil, err
	case err != nil:
		return nil, syserr.Wrap("kan de uitvoermap "+dir+" niet vastzetten voor deze build", err)
	}
	cleanStale(parent, base)
	tmp, err := atomicfs.MkdirTemp(parent, "."+base+".tmp-")
	if err != nil {
		lock.Release()
		return nil, syserr.Wrap("kan geen tijdelijke map maken naast "+dir, err)
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte("Deze map is gemaakt door werkboek build en wordt bij elke build vervangen.\n"), 0o666); err != nil {
		os.RemoveAll(tmp)
		lock.Release()
		return nil, syserr.Wrap("kan niet schrijven in "+tmp, err)
	}
	return &output{dir: abs, tmp: tmp, lock: lock}, nil
}

// publishedDir is the absolute folder a build into dir replaces: dir
// itself, or the target of a symbolic link dir.
func publishedDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", syserr.Wrap("kan de map waarin u werkt niet lezen (is ze verwijderd?); ga naar een bestaande map en probeer het opnieuw", err)
	}
	if st, err := os.Lstat(abs); err != nil || st.Mode()&os.ModeSymlink == 0 {
		return abs, nil
	}
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		link, _ := os.Readlink(abs)
		return "", fmt.Errorf("uitvoermap %s is een snelkoppeling naar %s, en die map %s; maak de map aan of haal de snelkoppeling weg", dir, link, syserr.Dutch(err))
	}
	return target, nil
}

// cleanStale removes temporary folders of earlier builds that did not
// finish (a killed process leaves them behind).
func cleanStale(parent, base string) {
	for _, pattern := range []string{"." + base + ".tmp-*", "." + base + ".old-*"} {
		matches, _ := filepath.Glob(filepath.Join(parent, pattern))
		for _, m := range matches {
			os.RemoveAll(m)
		}
	}
}

// Keep does nothing: a folder being filled starts empty, so an engine
// never has a file of it to hand over.
func (o *output) Keep(string, FileState) {}

// Remove does nothing, for the same reason.
func (o *output) Remove(string) error { return nil }

// Put writes one file of the new site, streamed through a buffer; safe for
// concurrent use.
func (o *output) Put(name string, _ FileState, write func(io.Writer) error, _ bool) (FileState, bool, error) {
	w, err := o.Create(name)
	if err != nil {
		return FileState{}, false, err
	}
	sw := newSumWriter(w)
	err = write(sw)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return sw.state(), true, err
}

// Create opens a file of the new site for writing; safe for concurrent
// use. Writes are buffered; Close flushes and closes the file.
func (o *output) Create(name string) (io.WriteCloser, error) {
	full := filepath.Join(o.tmp, filepath.FromSlash(name))
	if !strings.HasPrefix(full, o.tmp+string(filepath.Separator)) {
		return nil, fmt.Errorf("uitvoerbestand %q valt buiten de uitvoermap", name)
	}
	if dir := filepath.Dir(full); dir != o.tmp {
		if _, done := o.dirs.Load(dir); !done {
			// Most folders are new in a new site: make them at once, and
			// their parents only when they are missing too.
			if err := os.Mkdir(dir, 0o777); err != nil && !os.IsExist(err) {
				if err := os.MkdirAll(dir, 0o777); err != nil {
					return nil, err
				}
			}
			o.dirs.Store(dir, true)
		}
	}
	f, err := atomicfs.Create(full)
	if err != nil {
		return nil, err
	}
	o.files.Add(1)
	if strings.HasSuffix(name, ".html") {
		o.pages.Add(1)
	}
	w := writers.Get().(*bufio.Writer)
	w.Reset(f)
	return &bufferedFile{Writer: w, f: f}, nil
}

// writers are the write buffers of files being written, reused: a build
// of ten thousand pages would otherwise allocate a buffer for each.
var writers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 32<<10) }}

// count returns how many pages and files were written.
func (o *output) count() (pages, files int) {
	return int(o.pages.Load()), int(o.files.Load())
}

// bufferedFile is a file behind a write buffer.
type bufferedFile struct {
	*bufio.Writer
	f io.WriteCloser
}

func (b *bufferedFile) Close() error {
	err := b.Flush()
	if cerr := b.f.Close(); err == nil {
		err = cerr
	}
	b.Writer.Reset(nil)
	writers.Put(b.Writer)
	return err
}

// abort throws the temporary folder away; the output folder is untouched.
func (o *output) abort() {
	os.RemoveAll(o.tmp)
	o.lock.Release()
}

// commit replaces the output folder by the temporary one in one atomic
// step where the system allows it.
func (o *output) commit() error {
	if err := atomicfs.Replace(o.tmp, o.dir); err != nil {
		o.abort()
		return syserr.Wrap("kan de nieuwe site niet op de plaats van "+o.dir+" zetten", err)
	}
	o.lock.Release()
	return nil
}
