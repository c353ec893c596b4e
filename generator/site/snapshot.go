package site

import (
	"bytes"
	"io"
	"maps"
	"strings"
	"sync"
	"sync/atomic"
)

// Snapshot is the complete output of one rebuild, in memory, as serve
// mode shows it. Pages listed as lazy are made on first request: a large
// page that nobody looks at (the print edition of ten thousand cards)
// costs nothing on a save. A Snapshot never changes once made, so a
// server can read it from many goroutines while the next is made.
type Snapshot struct {
	files map[string][]byte
	lazy  map[string]*lazyPage
}

type lazyPage struct {
	once  sync.Once
	write func(io.Writer) error
	hint  int // expected size
	data  []byte
	err   error
	done  atomic.Bool
}

func (l *lazyPage) get() ([]byte, error) {
	l.once.Do(func() {
		var buf bytes.Buffer
		buf.Grow(l.hint)
		l.err = l.write(&buf)
		l.data = buf.Bytes()
		l.done.Store(true)
	})
	return l.data, l.err
}

// Get returns the file at a slash path such as "index.html". A page made
// on request that fails gives its error.
func (s *Snapshot) Get(name string) ([]byte, bool, error) {
	if s == nil {
		return nil, false, nil
	}
	if b, ok := s.files[name]; ok {
		return b, true, nil
	}
	if l, ok := s.lazy[name]; ok {
		b, err := l.get()
		if err != nil {
			return nil, true, &PageError{Name: name, Err: err}
		}
		return b, true, nil
	}
	return nil, false, nil
}

// PageError is a page that could not be made.
type PageError struct {
	Name string
	Err  error
}

func (e *PageError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *PageError) Unwrap() error { return e.Err }

// rendered returns a file only if it is already made.
func (s *Snapshot) rendered(name string) ([]byte, bool) {
	if s == nil {
		return nil, false
	}
	if b, ok := s.files[name]; ok {
		return b, true
	}
	if l, ok := s.lazy[name]; ok && l.done.Load() && l.err == nil {
		return l.data, true
	}
	return nil, false
}

// All makes what is still lazy and returns every file.
func (s *Snapshot) All() (map[string][]byte, error) {
	out := maps.Clone(s.files)
	for name, l := range s.lazy {
		b, err := l.get()
		if err != nil {
			return nil, &PageError{Name: name, Err: err}
		}
		out[name] = b
	}
	return out, nil
}

// memory is the Target of one rebuild in memory: the next snapshot, made
// from the previous one. The next snapshot starts as a copy of the
// previous one's tables (one copy each, not an insert per file), so
// handing a file over costs nothing; what was neither handed over nor
// made is dropped at the end (see finish).
type memory struct {
	prev, next *Snapshot
	lazyAbove  int
	mu         sync.Mutex
	kept       []string // Keep is called from one goroutine, before any Put
	made       []string // under mu
}

func (m *memory) Keep(name string, _ FileState) {
	m.kept = append(m.kept, name)
}

func (m *memory) Put(name string, prev FileState, write func(io.Writer) error, later bool) (FileState, bool, error) {
	if m.lazyAbove > 0 && (prev.Size > m.lazyAbove || later && prev.Size > 0) {
		m.mu.Lock()
		delete(m.next.files, name)
		m.next.lazy[name] = &lazyPage{write: write, hint: prev.Size}
		m.made = append(m.made, name)
		m.mu.Unlock()
		return FileState{Size: prev.Size}, true, nil
	}
	var buf bytes.Buffer
	buf.Grow(prev.Size + 4096)
	if err := write(&buf); err != nil {
		return FileState{}, false, err
	}
	st := stateOf(buf.Bytes())
	m.mu.Lock()
	delete(m.next.lazy, name)
	m.next.files[name] = buf.Bytes()
	m.made = append(m.made, name)
	m.mu.Unlock()
	return st, st.Sum != prev.Sum || st.Size != prev.Size, nil
}

func (m *memory) Remove(name string) error {
	m.mu.Lock()
	delete(m.next.files, name)
	delete(m.next.lazy, name)
	m.mu.Unlock()
	return nil
}

// finish drops from the next snapshot the files of the previous one that
// the rebuild neither handed over nor made (after a failed rebuild the
// engine makes everything anew and removes nothing).
func (m *memory) finish() {
	if len(m.next.files)+len(m.next.lazy) == len(m.kept)+len(m.made) {
		return
	}
	keep := make(map[string]bool, len(m.kept)+len(m.made))
	for _, names := range [][]string{m.kept, m.made} {
		for _, name := range names {
			keep[name] = true
		}
	}
	maps.DeleteFunc(m.next.files, func(name string, _ []byte) bool { return !keep[name] })
	maps.DeleteFunc(m.next.lazy, func(name string, _ *lazyPage) bool { return !keep[name] })
}

// RebuildSnapshot runs one rebuild into memory: the new snapshot shares
// every unchanged file with prev, the snapshot of the engine's previous
// rebuild (nil for the first). Files that were larger than lazyAbove
// bytes are made on request (0: every file now). On an error it returns
// prev.
func (e *Engine) RebuildSnapshot(changed []string, prev *Snapshot, lazyAbove int) (*Snapshot, *Update, error) {
	if prev == nil {
		prev = &Snapshot{}
	}
	next := &Snapshot{files: maps.Clone(prev.files), lazy: maps.Clone(prev.lazy)}
	if next.files == nil {
		next.files = map[string][]byte{}
	}
	if next.lazy == nil {
		next.lazy = map[string]*lazyPage{}
	}
	m := &memory{prev: prev, lazyAbove: lazyAbove, next: next}
	up, err := e.Rebuild(changed, m)
	if err != nil {
		return prev, up, err
	}
	m.finish()
	return m.next, up, nil
}

// CSSOnly reports whether going from prev to next changed nothing but
// the stylesheet: one stylesheet gone, a new one there, and every other
// changed page that is made differs from its old version only in the
// stylesheet's name (pages made on request follow from the same inputs).
// It returns the old and new stylesheet names.
func CSSOnly(prev, next *Snapshot, up *Update) (bool, [2]string) {
	if prev == nil {
		return false, [2]string{}
	}
	var names [2]string
	for _, name := range up.Removed {
		if !strings.HasSuffix(name, ".css") || names[0] != "" {
			return false, [2]string{}
		}
		names[0] = name
	}
	for _, name := range up.Changed {
		if strings.HasSuffix(name, ".css") && next.files[name] != nil {
			if _, old := prev.files[name]; !old {
				if names[1] != "" {
					return false, [2]string{}
				}
				names[1] = name
			}
		}
	}
	if names[0] == "" || names[1] == "" {
		return false, [2]string{}
	}
	for _, name := range up.Changed {
		if name == names[1] || next.lazy[name] != nil {
			continue
		}
		old, ok := prev.rendered(name)
		if !strings.HasSuffix(name, ".html") || !ok {
			return false, [2]string{}
		}
		if !bytes.Equal(bytes.ReplaceAll(old, []byte(names[0]), []byte(names[1])), next.files[name]) {
			return false, [2]string{}
		}
	}
	return true, names
}
