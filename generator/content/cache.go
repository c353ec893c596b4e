package content

import (
	"hash/fnv"
	"io/fs"
	"sync"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/pool"
)

// Cache keeps parsed cards between loads, for watch and serve mode: a card
// whose file did not change is not read or parsed again. The zero value is
// not usable; call NewCache.
type Cache struct {
	mu    sync.RWMutex
	cards map[string]cacheEntry    // by path in the content fs
	lists map[string][]fs.DirEntry // folder listings, by path
	names map[string]cardListing   // card files of priority folders, by path
}

// cardListing is what cardFiles found in a priority folder's listing
// that held nothing but cards and _index.md.
type cardListing struct {
	entries  []fs.DirEntry // the listing it was found in (the same slice)
	cards    []string
	hasIndex bool
}

type cacheEntry struct {
	card  *model.Card // pristine: never handed out, only copies
	diags diag.List
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{cards: map[string]cacheEntry{}, lists: map[string][]fs.DirEntry{}, names: map[string]cardListing{}}
}

// getAll looks up n cards at once, under one lock: for each i whose
// name(i) is not "" and is cached, it calls set(i, copy, diagnostics) and
// marks hit[i]. The work is split over the cores; the copies of each
// part share one allocation. name and set are called from several
// goroutines at once, for different i.
func (c *Cache) getAll(n int, name func(i int) string, set func(i int, card *model.Card, diags diag.List)) (hit []bool) {
	hit = make([]bool, n)
	c.mu.RLock()
	defer c.mu.RUnlock()
	const part = 1024
	pool.Each((n+part-1)/part, func(p int) {
		from, to := p*part, min(n, (p+1)*part)
		slab := make([]model.Card, 0, to-from)
		for i := from; i < to; i++ {
			key := name(i)
			if key == "" {
				continue
			}
			e, ok := c.cards[key]
			if !ok {
				continue
			}
			hit[i] = true
			if e.card == nil {
				set(i, nil, e.diags)
				continue
			}
			slab = append(slab, *e.card)
			set(i, &slab[len(slab)-1], e.diags)
		}
	})
	return hit
}

// cardNames returns the card files found in the listing of dir when that
// very listing (the slice kept by readDir) was scanned before.
func (c *Cache) cardNames(dir string, entries []fs.DirEntry) ([]string, bool, bool) {
	if c == nil || len(entries) == 0 {
		return nil, false, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	k, ok := c.names[dir]
	if !ok || len(k.entries) != len(entries) || &k.entries[0] != &entries[0] {
		return nil, false, false
	}
	return k.cards, k.hasIndex, true
}

// keepCardNames keeps what cardFiles found in the listing of dir.
func (c *Cache) keepCardNames(dir string, entries []fs.DirEntry, cards []string, hasIndex bool) {
	if c == nil || len(entries) == 0 {
		return
	}
	c.mu.Lock()
	c.names[dir] = cardListing{entries, cards, hasIndex}
	c.mu.Unlock()
}

// size is the number of files the cache holds.
func (c *Cache) size() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.cards)
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
