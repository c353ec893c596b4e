package view

import (
	"sync"

	"github.com/probiblio/werkboek/generator/model"
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

// keyed is a card's converted texts and the key they were made under.
type keyed struct {
	key uint64
	*model.Converted
}

// get returns the texts of the card at path made under key, or nil.
func (c *Cache) get(path string, key uint64) *model.Converted {
	if c == nil {
		return nil
	}
	c.mu.RLock()
	e, ok := c.conv[path]
	c.mu.RUnlock()
	if !ok || e.key != key {
		return nil
	}
	return e.Converted
}

func (c *Cache) put(path string, key uint64, conv *model.Converted) {
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
