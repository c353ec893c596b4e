package site

import (
	"hash/maphash"
	"io"
)

// sumWriter passes bytes on and fingerprints them on the way.
type sumWriter struct {
	w    io.Writer
	h    maphash.Hash
	size int
}

func newSumWriter(w io.Writer) *sumWriter {
	s := &sumWriter{w: w}
	s.h.SetSeed(sumSeed)
	return s
}

func (s *sumWriter) Write(p []byte) (int, error) {
	s.h.Write(p)
	s.size += len(p)
	return s.w.Write(p)
}

// state describes the bytes written so far.
func (s *sumWriter) state() FileState {
	return FileState{Sum: s.h.Sum64() | 1, Size: s.size}
}

// sumOf fingerprints bytes as a sumWriter would; never 0.
func sumOf(b []byte) uint64 { return maphash.Bytes(sumSeed, b) | 1 }

var sumSeed = maphash.MakeSeed()
