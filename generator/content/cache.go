package content

import (
	"hash/fnv"
	"io/fs"
	"sync"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/model"
)

// Cache keeps parsed cards between loads, for watch and serve mode: a card
// whose file did not change is not read or parsed again. The zero value is
// not usable; call NewCache.
type Cache struct {
	mu    sync.RWMutex
	cards map[string]cacheEntry    // by path in the content fs
	lists map[string][]fs.DirEntry // folder listings, by path
}

type cacheEntry struct {
	card  *model.Card // pristine: never handed out, only copies
	diags diag.List
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{cards: map[string]cacheEntry{}, lists: map[string][]fs.DirEntry{}}
}

// get returns a copy of the cached card for name, and its diagnostics.
func (c *Cache) get(name string) (*model.Card, diag.List, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.cards[name]
	if !ok {
		return nil, nil, false
	}
	if e.card == nil {
		return nil, e.diags, true
	}
	cp := *e.card
	return &cp, e.diags, true
}

func (c *Cache) put(name string, card *model.Card, diags diag.List) {
	var keep *model.Card
	if card != nil {
		cp := *card
		keep = &cp
	}
	c.mu.Lock()
	c.cards[name] = cacheEntry{keep, append(diag.List(nil), diags...)}
	c.mu.Unlock()
}

// prune drops the entries of files that no longer exist.
func (c *Cache) prune(seen map[string]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for name := range c.cards {
		if !seen[name] {
			delete(c.cards, name)
		}
	}
}

// hashBytes is the fingerprint of a card file's bytes (FNV-1a, 64 bits).
func hashBytes(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}
