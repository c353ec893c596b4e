// Package fingerprint makes fingerprints of sequences of numbers, strings
// and bytes: the keys under which an engine keeps what it made, so it
// reuses it only when what it was made from is the same.
package fingerprint

import (
	"encoding/binary"
	"hash/maphash"
)

// Hash fingerprints a sequence of numbers and strings; fingerprints are
// comparable within one process, which is all an engine needs.
type Hash struct{ h maphash.Hash }

// New starts a fingerprint.
func New() *Hash {
	h := &Hash{}
	h.h.SetSeed(seed)
	return h
}

// Num adds a number.
func (h *Hash) Num(n uint64) *Hash {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], n)
	h.h.Write(b[:])
	return h
}

// Str adds a string, delimited so that "ab","c" and "a","bc" differ.
func (h *Hash) Str(s string) *Hash {
	h.Num(uint64(len(s)))
	h.h.WriteString(s)
	return h
}

// Bytes adds a byte slice, delimited like Str.
func (h *Hash) Bytes(b []byte) *Hash {
	h.Num(uint64(len(b)))
	h.h.Write(b)
	return h
}

// Sum returns the fingerprint.
func (h *Hash) Sum() uint64 { return h.h.Sum64() }

var seed = maphash.MakeSeed()
