package render

import (
	"encoding/binary"
	"hash/maphash"
	"sync"
)

// Cache keeps the HTML made for each card with Refs between rebuilds of
// one engine (watch and serve mode); a card without keeps its own, made
// while loading (content.Options.Convert). Every entry is stored with the key of what it
// was made from and reused only under the same key: the caller derives
// the keys from the inputs, so the cache never decides on its own what
// an entry depends on.
type Cache struct {
	mu   sync.RWMutex
	conv map[string]keyed // by card path
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{conv: map[string]keyed{}}
}

// Hash fingerprints a sequence of numbers and strings; fingerprints are
// comparable within one process, which is all an engine needs.
type Hash struct{ h maphash.Hash }

// NewHash starts a fingerprint.
func NewHash() *Hash {
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

// keyed is a card's converted texts and the key they were made under.
type keyed struct {
	key uint64
	*converted
}

// get returns the texts of the card at path made under key, or nil.
func (c *Cache) get(path string, key uint64) *converted {
	if c == nil {
		return nil
	}
	c.mu.RLock()
	e, ok := c.conv[path]
	c.mu.RUnlock()
	if !ok || e.key != key {
		return nil
	}
	return e.converted
}

func (c *Cache) put(path string, key uint64, conv *converted) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.conv[path] = keyed{key, conv}
	c.mu.Unlock()
}

// Prune forgets the cards that are no longer in the book.
func (c *Cache) Prune(b *Book) {
	if c == nil {
		return
	}
	keep := make(map[string]bool, len(b.Cards))
	for _, cv := range b.Cards {
		keep[cv.Card.Path] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for p := range c.conv {
		if !keep[p] {
			delete(c.conv, p)
		}
	}
}
