package render

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"html/template"
	"io"
	"sync"
)

// Cache keeps the HTML made for each card between builds of one session
// (watch and serve mode): a card whose file did not change is not
// converted again, and its print edition part and checklist row are reused
// while its number and priority stay the same. A Cache belongs to one set
// of layouts; make a new one when the layouts change.
type Cache struct {
	mu     sync.Mutex
	conv   map[string]converted // by card path
	frags  map[string]fragments // by card path
	joined map[string]joined    // by priority slug
}

type joined struct {
	sig   uint64
	parts [len(fragmentNames)]template.HTML
}

// listSig fingerprints the cards of a priority, in order: when it is
// unchanged, so are the priority's joined lists.
func listSig(p *PriorityView) uint64 {
	h := fnv.New64a()
	io.WriteString(h, p.Slug+"\x00"+p.Title)
	var nums [3 * 8]byte
	binary.LittleEndian.PutUint64(nums[16:], uint64(p.Number))
	for _, cv := range p.Cards {
		binary.LittleEndian.PutUint64(nums[0:], cv.Hash)
		binary.LittleEndian.PutUint64(nums[8:], uint64(cv.Number))
		h.Write(nums[:])
		io.WriteString(h, cv.Path)
	}
	return h.Sum64()
}

func (c *Cache) lists(slug string, sig uint64) ([len(fragmentNames)]template.HTML, bool) {
	if c == nil {
		return [len(fragmentNames)]template.HTML{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.joined[slug]
	return e.parts, ok && e.sig == sig
}

func (c *Cache) storeLists(slug string, sig uint64, parts [len(fragmentNames)]template.HTML) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.joined[slug] = joined{sig, parts}
	c.mu.Unlock()
}

type converted struct {
	hash     uint64
	lead     template.HTML
	sections []SectionView
	desc     string
}

type fragments struct {
	sig   string
	parts [len(fragmentNames)]template.HTML
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{conv: map[string]converted{}, frags: map[string]fragments{}, joined: map[string]joined{}}
}

func (c *Cache) converted(cv *CardView) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	e, ok := c.conv[cv.Path]
	c.mu.Unlock()
	if !ok || e.hash != cv.Hash || cv.Hash == 0 {
		return false
	}
	cv.Lead, cv.Sections, cv.Description = e.lead, e.sections, e.desc
	return true
}

func (c *Cache) storeConverted(cv *CardView) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.conv[cv.Path] = converted{cv.Hash, cv.Lead, cv.Sections, cv.Description}
	c.mu.Unlock()
}

// fragmentSig names everything a card's print part and checklist row
// depend on besides the layouts.
func fragmentSig(cv *CardView) string {
	p := cv.Priority
	return fmt.Sprintf("%x|%d|%s|%d|%s", cv.Hash, cv.Number, p.Slug, p.Number, p.Title)
}

func (c *Cache) fragments(cv *CardView) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	e, ok := c.frags[cv.Path]
	c.mu.Unlock()
	if !ok || e.sig != fragmentSig(cv) {
		return false
	}
	cv.Parts = e.parts
	return true
}

func (c *Cache) storeFragments(cv *CardView) {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.frags[cv.Path] = fragments{fragmentSig(cv), cv.Parts}
	c.mu.Unlock()
}
