package site

import (
	"hash/crc32"
	"hash/maphash"
	"io"
)

// sumWriter passes bytes on and fingerprints them on the way.
type sumWriter struct {
	w    io.Writer
	h    maphash.Hash
	crc  uint32
	size int
}

// castagnoli is the CRC-32C table: computed in hardware on amd64 and
// arm64, so the stable fingerprint costs next to nothing.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func newSumWriter(w io.Writer) *sumWriter {
	s := &sumWriter{w: w}
	s.h.SetSeed(sumSeed)
	return s
}

func (s *sumWriter) Write(p []byte) (int, error) {
	s.h.Write(p)
	s.crc = crc32.Update(s.crc, castagnoli, p)
	s.size += len(p)
	return s.w.Write(p)
}

// state describes the bytes written so far.
func (s *sumWriter) state() FileState {
	return FileState{Sum: s.h.Sum64() | 1, CRC: s.crc, Size: s.size}
}

// stateOf describes bytes as a sumWriter would.
func stateOf(b []byte) FileState {
	return FileState{Sum: sumOf(b), CRC: crc32.Checksum(b, castagnoli), Size: len(b)}
}

// sumOf fingerprints bytes as a sumWriter would; never 0.
func sumOf(b []byte) uint64 { return maphash.Bytes(sumSeed, b) | 1 }

var sumSeed = maphash.MakeSeed()
