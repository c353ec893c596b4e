package site

import (
	"bytes"
	"maps"
	"sync"
	"sync/atomic"
)

// Snapshot is the complete output of one build, in memory. Pages listed as
// lazy are rendered on first use: in serve mode a large page that nobody
// looks at (the print edition of ten thousand cards) costs nothing on a
// save. A Snapshot never changes once made, so a server can read it from
// many goroutines while the next build makes the next one.
type Snapshot struct {
	files map[string][]byte
	lazy  map[string]*lazyPage
}

type lazyPage struct {
	once sync.Once
	make func(*bytes.Buffer) error
	hint int // expected size
	data []byte
	err  error
	done atomic.Bool
}

func (l *lazyPage) get() ([]byte, error) {
	l.once.Do(func() {
		var buf bytes.Buffer
		buf.Grow(l.hint)
		l.err = l.make(&buf)
		l.data = buf.Bytes()
		l.done.Store(true)
	})
	return l.data, l.err
}

// Get returns the file at a slash path such as "index.html".
func (s *Snapshot) Get(name string) ([]byte, bool) {
	if s == nil {
		return nil, false
	}
	if b, ok := s.files[name]; ok {
		return b, true
	}
	if l, ok := s.lazy[name]; ok {
		b, err := l.get()
		return b, err == nil
	}
	return nil, false
}

// rendered returns a file only if it is already rendered, for reuse.
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

// size returns the last known size of a file, or 0.
func (s *Snapshot) size(name string) int {
	if s == nil {
		return 0
	}
	if b, ok := s.files[name]; ok {
		return len(b)
	}
	if l, ok := s.lazy[name]; ok {
		return l.hint
	}
	return 0
}

// All renders what is still lazy and returns every file.
func (s *Snapshot) All() (map[string][]byte, error) {
	out := maps.Clone(s.files)
	for name, l := range s.lazy {
		b, err := l.get()
		if err != nil {
			return nil, err
		}
		out[name] = b
	}
	return out, nil
}

// Names lists every file, rendered or not.
func (s *Snapshot) Names() []string {
	out := make([]string, 0, len(s.files)+len(s.lazy))
	for name := range s.files {
		out = append(out, name)
	}
	for name := range s.lazy {
		out = append(out, name)
	}
	return out
}
