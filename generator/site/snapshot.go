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
// from the previous one.
type memory struct {
	prev, next *Snapshot
	lazyAbove  int
	mu         sync.Mutex
}

func (m *memory) Keep(name string, _ FileState) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if b, ok := m.prev.files[name]; ok {
		m.next.files[name] = b
	} else if l, ok := m.prev.lazy[name]; ok {
		m.next.lazy[name] = l
	}
}

func (m *memory) Put(name string, prev FileState, write func(io.Writer) error, later bool) (FileState, bool, error) {
	if m.lazyAbove > 0 && (prev.Size > m.lazyAbove || later && prev.Size > 0) {
		m.mu.Lock()
		m.next.lazy[name] = &lazyPage{write: write, hint: prev.Size}
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
	m.next.files[name] = buf.Bytes()
	m.mu.Unlock()
	return st, st.Sum != prev.Sum || st.Size != prev.Size, nil
}

func (m *memory) Remove(string) error { return nil }

// RebuildSnapshot runs one rebuild into memory: the new snapshot shares
// every unchanged file with prev, the snapshot of the engine's previous
// rebuild (nil for the first). Files that were larger than lazyAbove
// bytes are made on request (0: every file now). On an error it returns
// prev.
func (e *Engine) RebuildSnapshot(changed []string, prev *Snapshot, lazyAbove int) (*Snapshot, *Update, error) {
	if prev == nil {
		prev = &Snapshot{}
	}
	m := &memory{prev: prev, lazyAbove: lazyAbove, next: &Snapshot{files: make(map[string][]byte, len(prev.files)), lazy: map[string]*lazyPage{}}}
	up, err := e.Rebuild(changed, m)
	if err != nil {
		return prev, up, err
	}
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
