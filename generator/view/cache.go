package view

import (
	"sync"
	"sync/atomic"

	"github.com/probiblio/werkboek/generator/model"
)

// Cache keeps, between rebuilds of one engine (watch and serve mode),
// the HTML made for each card with Refs (a card without keeps its own,
// made while loading: content.Options.Convert) and the addresses and ids
// of every card's view. Every entry is stored with what it was made from
// and reused only when that is the same: the HTML under a key the caller
// derives from the inputs, the addresses under the very values they are
// made of. So a rebuild after one card's edit makes one view's strings,
// not ten thousand, and the cache never decides on its own what an entry
// depends on.
type Cache struct {
	mu    sync.RWMutex
	conv  map[string]keyed      // by card path
	names map[string]*cardNames // by card path; see setNames
	gen   uint64                // the book being made; entries of older books are pruned
	// namesUsed counts the entries of names the book being made uses:
	// when that is all of them, Prune has nothing to look for.
	namesUsed atomic.Int64
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{conv: map[string]keyed{}, names: map[string]*cardNames{}}
}

// keyed is a card's converted texts and the key they were made under.
type keyed struct {
	key uint64
	gen uint64
	*model.Converted
}

// cardNames are the strings of a card's view made from its place and its
// topics: what they are made of (the first six fields) and what was made.
type cardNames struct {
	hash                      uint64 // the card's bytes and what its links resolved to
	title, slug, prioritySlug string
	number, priorityNumber    int

	gen                                   uint64
	url, file, id, anchor, checkID, label string
	topics                                []string
}

// get returns the texts of the card at path made under key, or nil.
func (c *Cache) get(path string, key uint64) *model.Converted {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.conv[path]
	if !ok || e.key != key {
		return nil
	}
	e.gen = c.gen
	c.conv[path] = e
	return e.Converted
}

func (c *Cache) put(path string, key uint64, conv *model.Converted) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.conv[path] = keyed{key, c.gen, conv}
	c.mu.Unlock()
}

// start begins a new book: what it does not use is pruned after it.
func (c *Cache) start() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.gen++
	c.namesUsed.Store(0)
	c.mu.Unlock()
}

// knownNames fills in the strings of cv made from its card's place, and
// its topics, from the cache when they were made from the same values,
// and reports whether they were. It only reads the table (the entry it
// uses is marked as used): NewBook calls it for many cards at once.
func (c *Cache) knownNames(cv *CardView, card *model.Card, pv *PriorityView) bool {
	if c == nil {
		return false
	}
	n := c.names[card.Path]
	if n == nil || n.hash != card.Hash || n.title != card.Title || n.slug != card.Slug ||
		n.number != card.Number || n.prioritySlug != pv.Slug || n.priorityNumber != pv.Number {
		return false
	}
	cv.URL, cv.File, cv.ID, cv.Anchor, cv.CheckID, cv.Label, cv.Topics = n.url, n.file, n.id, n.anchor, n.checkID, n.label, n.topics
	if n.gen != c.gen {
		n.gen = c.gen
		c.namesUsed.Add(1)
	}
	return true
}

// makeNames makes the strings knownNames did not find, and keeps them.
// Books are made one at a time and NewBook calls this from one
// goroutine, so the names need no lock.
func (c *Cache) makeNames(cv *CardView, card *model.Card, pv *PriorityView) {
	cv.URL, cv.ID, cv.Anchor = CardURL(card), card.ID(), CardAnchor(card)
	cv.File = cv.URL + "index.html"
	cv.CheckID, cv.Label = "k"+itoa(pv.Number)+"-"+itoa(card.Number), itoa(card.Number)+" "+card.Title
	cv.Topics = []string{}
	if s := card.Section(model.Onderwerpen); s != nil && len(s.Topics) > 0 {
		cv.Topics = s.Topics
	}
	if c == nil {
		return
	}
	if old := c.names[card.Path]; old == nil || old.gen != c.gen {
		c.namesUsed.Add(1)
	}
	c.names[card.Path] = &cardNames{
		hash: card.Hash, title: card.Title, slug: card.Slug, prioritySlug: pv.Slug, number: card.Number, priorityNumber: pv.Number,
		gen: c.gen, url: cv.URL, file: cv.File, id: cv.ID, anchor: cv.Anchor, checkID: cv.CheckID, label: cv.Label, topics: cv.Topics,
	}
}

// Prune forgets the cards the last book did not use: those no longer in
// the workbook, and the texts of cards that no longer have Refs.
func (c *Cache) Prune() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for p, e := range c.conv {
		if e.gen != c.gen {
			delete(c.conv, p)
		}
	}
	if int(c.namesUsed.Load()) == len(c.names) {
		return
	}
	for p, n := range c.names {
		if n.gen != c.gen {
			delete(c.names, p)
		}
	}
}
